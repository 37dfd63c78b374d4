"""The screen of one article: the loading state, then its header, panes and article."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from textual import on
from textual.binding import Binding, BindingType
from textual.widget import Widget

from briefreader.render.terminal import one_line
from briefreader.tui.loading import already_read, read_article
from briefreader.tui.messages import BriefLoaded, LoadFailed
from briefreader.tui.screens.panes import PanesScreen
from briefreader.tui.widgets.brief_header import BriefHeader

if TYPE_CHECKING:
    from concurrent.futures import Future

    from briefreader.config import Config
    from briefreader.model import Brief
    from briefreader.sources import ArticleSource

BRIEFING_ACTIONS = frozenset(
    {"next_article", "previous_article", "briefing", "focus_list", "export"}
)
"""What only a briefing offers: hidden from the key line and the palette here."""

BRIEFING_KEYS: dict[str, str] = {
    "right_square_bracket": "]",
    "left_square_bracket": "[",
    "l": "l",
    "b": "b",
    "e": "e",
}
"""The briefing's keys (binding key: as the toast shows it), which here only say why not."""

ONLY_IN_A_BRIEFING = (
    "{key} works in a briefing: open several files or a folder "
    "(] [ next / previous article, l the list, b the briefing view, e export)."
)
"""What a briefing's key says in the reader of one article."""

PAGE_UP_HINT = " To page up as in less: ctrl+b or pageup."
"""Added for ``b``, which pages up in less."""


class ReaderScreen(PanesScreen):
    """Reads ``source`` in a worker (waiting for ``first_read`` when it is under way), then
    shows it; a failure puts the error screen over it."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(key, f"only_in_a_briefing('{key}')", "Briefing only", show=False)
        for key in BRIEFING_KEYS
    ]

    show_briefing: ClassVar[bool] = False
    """One article has no briefing view."""

    def __init__(
        self,
        source: ArticleSource,
        *,
        config: Config | None = None,
        first_read: Future[Brief] | None = None,
    ) -> None:
        """Show ``source``; ``config`` as in :class:`PanesScreen`."""
        super().__init__(config=config)
        self.source = source
        self.first_read = first_read

    def compose_body(self) -> Iterable[Widget]:
        """The loading state until the brief is there, then the header, panes and article."""
        if self.brief is None:
            self.take_finished_read(already_read(self.first_read))
        brief = self.brief
        if brief is None:
            path = one_line(self.source.path)
            yield BriefHeader(Path(path).name or path, "Reading…")
            yield from self._compose_loading(path)
        else:
            yield BriefHeader.for_article(brief.article)
            yield from self._compose_panes(brief)

    def on_mount(self) -> None:
        """Start reading the article, unless it was read ahead and is composed already."""
        if self.brief is not None:
            self.composed_with_panes()
        else:
            read_article(self, self.source.path, self.source.loader, self.first_read)

    @on(BriefLoaded)
    async def _loaded(self, event: BriefLoaded) -> None:
        self.collect_after_first_paint()
        self.take_finished_read(event.brief)
        await self._relayout()

    @on(LoadFailed)
    def _failed(self, event: LoadFailed) -> None:
        self.show_error(event.message, event.exit_code)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """As for any reader screen, without the briefing's actions."""
        if action in BRIEFING_ACTIONS:
            return False
        return super().check_action(action, parameters)

    def action_only_in_a_briefing(self, key: str) -> None:
        """Say (once while the toast is up) that ``key`` belongs to a briefing."""
        message = ONLY_IN_A_BRIEFING.format(key=BRIEFING_KEYS.get(key, key))
        if key == "b":
            message += PAGE_UP_HINT
        if any(toast.message == message for toast in self.app._notifications):
            return
        self.notify(message, title="One article", markup=False)
