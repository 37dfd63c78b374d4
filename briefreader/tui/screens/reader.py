"""The screen of one article: the loading state, then its header, panes and article."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from textual import on
from textual.binding import Binding, BindingType
from textual.widget import Widget

from briefreader.render.terminal import one_line
from briefreader.tui.loading import read_article
from briefreader.tui.messages import BriefLoaded, LoadFailed
from briefreader.tui.screens.panes import NARROW_BELOW, PanesScreen
from briefreader.tui.widgets.brief_header import BriefHeader

if TYPE_CHECKING:
    from concurrent.futures import Future

    from briefreader.config import Config
    from briefreader.model import Brief
    from briefreader.sources import ArticleSource

BRIEFING_ACTIONS = frozenset({"next_article", "previous_article", "briefing", "focus_list"})
"""What only a briefing offers: hidden from the key line and the palette here."""


class ReaderScreen(PanesScreen):
    """Reads ``source`` in a worker (waiting for ``first_read`` when it is under way), then
    shows it; a failure switches to the error screen."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("e", "export", "Export", show=False, id="export"),
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
        brief = self.brief
        if brief is None:
            path = one_line(self.source.path)
            yield BriefHeader(Path(path).name or path, "Reading…")
            yield from self._compose_loading(path)
        else:
            yield BriefHeader.for_article(brief.article)
            yield from self._compose_panes(brief)

    def on_mount(self) -> None:
        """Start reading the article."""
        read_article(self, self.source.path, self.source.loader, self.first_read)

    @on(BriefLoaded)
    async def _loaded(self, event: BriefLoaded) -> None:
        import gc

        # The first article is going on screen: garbage collection may resume after it.
        self.call_after_refresh(gc.enable)
        self.brief = event.brief
        self.narrow = self.app.size.width < NARROW_BELOW
        await self._relayout()

    @on(LoadFailed)
    def _failed(self, event: LoadFailed) -> None:
        from briefreader.tui.screens.error import ErrorScreen

        self.app.switch_screen(ErrorScreen(event.message, event.exit_code))

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """As for any reader screen, without the briefing's actions."""
        if action in BRIEFING_ACTIONS:
            return False
        return super().check_action(action, parameters)

    def action_export(self) -> None:
        """``e`` (bound on every reader screen) exports a briefing; one article is none, and
        the reader has always said so this way."""
        self.notify("No article is loaded yet.", title="Export", severity="warning", markup=False)
