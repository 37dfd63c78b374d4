"""The stories screen (key ``s`` in a briefing): the story view
(:class:`~briefreader.tui.widgets.story_view.StoryView`) of the articles read, over the
briefing. Enter on an item closes it and opens that article at the item's sentence; escape or
``s`` closes it."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.screen import Screen

from briefreader.briefing import Briefing
from briefreader.model import Span
from briefreader.tui.messages import BriefingItemChosen
from briefreader.tui.widgets.story_view import StoryView


class StoriesScreen(Screen[tuple[int, Span] | None]):
    """Shows the stories of ``briefing``; dismissed with ``(source, sentence)`` of the item
    chosen, or ``None``."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,s", "dismiss_stories", "Close stories"),
    ]

    def __init__(self, briefing: Briefing, sources: Sequence[int]) -> None:
        """``sources[i]`` is the reader's index of ``briefing.briefs[i]``."""
        super().__init__()
        self.briefing = briefing
        self.sources = list(sources)

    def compose(self) -> ComposeResult:
        """The story list, full screen."""
        yield StoryView(self.briefing, self.sources)

    def on_mount(self) -> None:
        """The list takes the keys."""
        self.query_one(StoryView).focus()

    def action_dismiss_stories(self) -> None:
        """Back to the briefing, nothing chosen."""
        self.dismiss(None)

    @on(BriefingItemChosen)
    def _chosen(self, event: BriefingItemChosen) -> None:
        event.stop()
        self.dismiss((event.index, event.sentence))
