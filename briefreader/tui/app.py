"""The briefreader App: a thin shell that pushes the main screen.

:func:`create_app` is what ``briefreader open FILE`` runs; tests build :class:`BriefReaderApp`
with a loader that returns a prepared brief or raises an error.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import ClassVar

from textual.app import App
from textual.binding import Binding, BindingType

from briefreader.model import Brief


def _read(path: str) -> Brief:
    """Read, extract and digest ``path``; the core is imported here, in the worker thread."""
    from briefreader import read_brief

    return read_brief(path)


class BriefReaderApp(App[int]):
    """Shows one brief. ``loader`` is called in a worker thread to produce it."""

    CSS_PATH = "app.tcss"
    TITLE = "briefreader"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("q", "quit", "Quit"),
        Binding("question_mark", "help", "Help"),
    ]

    def __init__(
        self,
        loader: Callable[[], Brief],
        source: str,
        *,
        use_system_clipboard: bool = True,
    ) -> None:
        """Show the brief ``loader`` returns; ``source`` names the file in the loading state.

        ``use_system_clipboard=False`` copies through the terminal (OSC 52) only, for tests.
        """
        super().__init__()
        self.loader = loader
        self.source = source
        self.use_system_clipboard = use_system_clipboard

    def on_mount(self) -> None:
        """Push the main screen, which starts loading."""
        from briefreader.tui.screens.main import MainScreen

        self.push_screen(
            MainScreen(self.loader, self.source, use_system_clipboard=self.use_system_clipboard)
        )

    def action_help(self) -> None:
        """Open the help screen (once)."""
        from briefreader.tui.screens.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())


def create_app(path: str, *, use_system_clipboard: bool = True) -> BriefReaderApp:
    """Return the app that reads ``path`` (with :func:`briefreader.read_brief`) and shows it."""
    return BriefReaderApp(partial(_read, path), path, use_system_clipboard=use_system_clipboard)


def app_for_brief(brief: Brief, source: str = "brief", **options: bool) -> BriefReaderApp:
    """Return an app showing a brief already in hand (for tests and embedding)."""
    return BriefReaderApp(lambda: brief, source, **options)
