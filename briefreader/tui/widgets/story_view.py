"""The story view (key ``s`` in a briefing): the briefing's stories, most sources first.

Each story is a heading (how many sources, the first one's title) and under it: its facts,
each with every source that reports it; its figures where the sources give different numbers,
side by side; its quotes by speaker; and what each source adds that no other has. Enter on an
item posts :class:`~briefreader.tui.messages.BriefingItemChosen` with the source and sentence
to open. Page text is shown as text (never as markup).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from typing import ClassVar

from textual import on
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from briefreader.briefing import Briefing, Story
from briefreader.model import Span
from briefreader.tui.messages import BriefingItemChosen
from briefreader.tui.widgets.briefing_view import article_label
from briefreader.tui.widgets.digest_pane import styled_parts
from briefreader.tui.widgets.list_keys import LIST_MOVES

__all__ = ["StoryRow", "StoryView", "story_rows"]

#: Quotes shown per speaker of a story (the briefing view lists them all).
QUOTES_PER_SPEAKER = 2


@dataclass(frozen=True)
class StoryRow:
    """One row of the story view: a heading (``source`` None) or an item to open.

    ``parts`` are ``(text, component)`` pairs as in the digest panes; ``source`` is the index
    of the item's article in the reader's sources, ``sentence`` where to highlight it.
    """

    parts: tuple[tuple[str, str], ...]
    source: int | None = None
    sentence: Span | None = None

    @property
    def text(self) -> str:
        """The row's plain text."""
        return "".join(text for text, _ in self.parts)

    @property
    def is_heading(self) -> bool:
        """True for a heading (not choosable)."""
        return self.source is None


def _story_heading(briefing: Briefing, number: int, story: Story) -> StoryRow:
    first = briefing.briefs[story.articles[0]].article
    count = len(story.articles)
    kind = f"{count} sources" if count > 1 else "1 source"
    return StoryRow(
        ((f"Story {number} · {kind}", "heading"), ("\n", ""), (first.title or "(no title)", ""))
    )


def _story_items(
    story: Story, sources: Sequence[int], label: Callable[[int], str]
) -> list[StoryRow]:
    rows = []
    for fact in story.facts:
        if len(story.articles) > 1 and len(fact.articles) < 2:
            continue  # shown under "only in" below
        names = " · ".join(label(i) for i in fact.articles)
        ref = fact.refs[0]
        parts = ((fact.text, ""), ("\n", ""), (f"— {names}", "muted"))
        rows.append(StoryRow(parts, sources[ref.article], ref.span))
    for group in story.figures:
        if not group.sources_differ:
            continue
        values = " · ".join(f"{e.label} [{e.article + 1}]" for e in group.figures)
        first = group.figures[0]
        parts = (
            ("Sources differ: ", "muted"),
            (group.subject or "", "strong"),
            (f"  {values}", ""),
        )
        rows.append(
            StoryRow(parts, sources[first.article], first.figure.sentence or first.figure.span)
        )
    for speaker in story.speakers:
        for item in speaker.quotes[:QUOTES_PER_SPEAKER]:
            parts = (
                (f"{speaker.heading}: ", "strong"),
                (f"“{item.quote.text}”", ""),
                (f"  — {label(item.article)}", "muted"),
            )
            rows.append(
                StoryRow(parts, sources[item.article], item.quote.sentence or item.quote.span)
            )
    for index in story.articles if len(story.articles) > 1 else ():
        for fact in story.adds(index):
            ref = fact.refs[0]
            parts = ((f"Only in {label(index)}: ", "muted"), (fact.text, ""))
            rows.append(StoryRow(parts, sources[ref.article], ref.span))
    return rows


def story_rows(
    briefing: Briefing, sources: Sequence[int], label: Callable[[int], str]
) -> list[StoryRow]:
    """The rows of every story. ``sources[i]`` is the reader's index of
    ``briefing.briefs[i]``; ``label(i)`` names that article in a row."""
    rows: list[StoryRow] = []
    for number, story in enumerate(briefing.stories, 1):
        rows.append(_story_heading(briefing, number, story))
        rows += _story_items(story, sources, label)
    return rows


class StoryView(OptionList):
    """The stories of a briefing as one list: headings and the items under them."""

    DEFAULT_CSS = """
    StoryView {
        height: 1fr;
        border: round $accent;
        border-title-color: $accent;
        border-title-style: bold;
        background: $surface;
    }
    StoryView > .option-list--option {
        padding: 0 1;
    }
    StoryView > .option-list--option-disabled {
        color: $text;
    }
    StoryView > .story-view--heading {
        color: $text-accent;
        text-style: bold;
    }
    StoryView > .story-view--muted {
        color: $text-muted;
        text-style: italic;
    }
    StoryView > .story-view--strong {
        color: $text-accent;
        text-style: bold;
    }
    """

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "story-view--heading",
        "story-view--muted",
        "story-view--strong",
    }

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "select", "Open at source"),
        *LIST_MOVES,
    ]

    def __init__(self, briefing: Briefing, sources: Sequence[int]) -> None:
        """Show the stories of ``briefing``; ``sources`` as in :func:`story_rows`."""
        super().__init__(id="story-view")
        self.briefing = briefing
        self.rows = story_rows(briefing, sources, partial(article_label, briefing))
        stories = len(briefing.stories)
        several = sum(len(s.articles) > 1 for s in briefing.stories)
        self.border_title = f"Stories {stories} ({several} with several sources)"

    def on_mount(self) -> None:
        """Fill the list once the styles are known; the first item is highlighted."""
        options: list[Option | None] = []
        for index, row in enumerate(self.rows):
            if row.is_heading and index:
                options.append(None)
            prompt: Content = styled_parts(self, "story-view", row.parts)
            options.append(Option(prompt, id=f"row-{index}", disabled=row.is_heading))
        if not self.rows:
            options.append(Option("No article is read yet.", disabled=True))
        self.add_options(options)
        first = next((i for i, row in enumerate(self.rows) if not row.is_heading), None)
        if first is not None:
            self.highlighted = self.get_option_index(f"row-{first}")

    @property
    def selected_row(self) -> StoryRow | None:
        """The highlighted row, if any."""
        if self.highlighted is None or not self.rows:
            return None
        option = self.get_option_at_index(self.highlighted)
        if not option.id:
            return None
        return self.rows[int(option.id.removeprefix("row-"))]

    @on(OptionList.OptionSelected)
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        row = self.selected_row
        if row is not None and row.source is not None and row.sentence is not None:
            self.post_message(BriefingItemChosen(row.source, row.sentence))
