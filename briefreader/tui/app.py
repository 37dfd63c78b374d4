"""The briefreader App: a thin shell that pushes the main screen.

:func:`create_app` is what ``briefreader open FILE...`` runs (one file, or a briefing of
several); tests build :class:`BriefReaderApp` with a loader that returns a prepared brief or
raises an error, or :func:`app_for_opened` over several sources.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, ClassVar

from textual.app import App
from textual.binding import Binding, BindingType

from briefreader.defaults import DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT
from briefreader.model import Brief
from briefreader.sources import ArticleSource, article_sources, start_loading

if TYPE_CHECKING:
    from concurrent.futures import Future

    from briefreader.config import Config

#: Seconds after start-up by which garbage collection is back on, first article or not.
GC_PAUSE_AT_MOST = 3.0


class BriefReaderApp(App[int]):
    """Shows one brief, or a briefing of several. ``loader`` is called in a worker thread.

    ``sources`` (more than one) opens a briefing: each source's loader runs in a worker.
    ``config`` applies the user's settings (theme, key overrides, quote template, facts
    shown); ``config_error`` is a one-line reason the settings could not be read, shown as a
    warning while the defaults are used.
    """

    CSS_PATH = "app.tcss"
    TITLE = "briefreader"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("q", "quit", "Quit", id="quit"),
        Binding("question_mark", "help", "Help", id="help"),
    ]

    def __init__(
        self,
        loader: Callable[[], Brief],
        source: str,
        *,
        use_system_clipboard: bool = True,
        sources: Sequence[ArticleSource] | None = None,
        config: Config | None = None,
        config_error: str | None = None,
        first_read: Future[Brief] | None = None,
    ) -> None:
        """Show the brief ``loader`` returns; ``source`` names the file in the loading state.

        ``first_read`` is a read already under way (see :mod:`briefreader.sources.readahead`).

        ``use_system_clipboard=False`` copies through the terminal (OSC 52) only, for tests.
        """
        super().__init__()
        self.loader = loader
        self.source = source
        self.use_system_clipboard = use_system_clipboard
        self.sources = list(sources) if sources else None
        self.config = config
        self.config_error = config_error
        # Start reading now, in a thread: reading and digesting the file (and importing the
        # code that does it) then overlaps with Textual's own start-up and the first compose.
        first = self.sources[0].loader if self.sources else loader
        self.first_read: Future[Brief] = first_read or start_loading(first)

    def on_mount(self) -> None:
        """Apply the settings, then push the main screen, which waits for the first read."""
        from briefreader.tui.screens.main import MainScreen

        # The launcher may have paused garbage collection for start-up: never for long.
        self.set_timer(GC_PAUSE_AT_MOST, gc.enable)

        self.apply_config()
        self.push_screen(
            MainScreen(
                self.loader,
                self.source,
                use_system_clipboard=self.use_system_clipboard,
                sources=self.sources,
                config=self.config,
                first_read=self.first_read,
            )
        )

    def apply_config(self) -> None:
        """Set the theme and key overrides of ``config``; warn (never fail) on bad values."""
        from briefreader.tui.keys import KEYMAP_ACTIONS

        if self.config_error:
            self.notify(
                f"{self.config_error}. Using the default settings.",
                title="Settings",
                severity="warning",
                timeout=10,
            )
        config = self.config
        if config is None:
            return
        if config.theme != self.theme:
            if config.theme in self.available_themes:
                self.theme = config.theme
            else:
                self.notify(
                    f"Unknown theme {config.theme!r} in the settings; ctrl+p lists the themes.",
                    title="Settings",
                    severity="warning",
                    timeout=10,
                )
        keymap = {action: keys for action, keys in config.keys.items() if action in KEYMAP_ACTIONS}
        unknown = sorted(set(config.keys) - set(keymap))
        if unknown:
            self.notify(
                f"Unknown action{'s' if len(unknown) > 1 else ''} in [keys]: "
                f"{', '.join(unknown)}. Known: {', '.join(KEYMAP_ACTIONS)}.",
                title="Settings",
                severity="warning",
                timeout=10,
            )
        if keymap:
            self.set_keymap(keymap)

    def action_help(self) -> None:
        """Open the help screen (once)."""
        from briefreader.tui.screens.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())


def load_settings() -> tuple[Config | None, str | None]:
    """The user's settings, or ``(None, reason)`` when the file cannot be read."""
    from briefreader.config import load_config
    from briefreader.errors import BriefreaderError

    try:
        return load_config(), None
    except BriefreaderError as error:
        return None, str(error)


def create_app(
    paths: str | Sequence[str],
    *,
    use_system_clipboard: bool = True,
    max_bytes: int = DEFAULT_MAX_BYTES,
    timeout: float = DEFAULT_TIMEOUT,
    stdin: bytes | None = None,
    config: Config | None = None,
    first_read: Future[Brief] | None = None,
) -> BriefReaderApp:
    """Return the app that reads ``paths`` and shows them, with the user's settings.

    One file (not a folder) opens as before; several sources, or a folder, open a briefing.
    ``stdin`` is the bytes of standard input, read beforehand, for ``-``. Without ``config``
    the settings file is read (a broken one gives a warning and the defaults).
    ``first_read`` is the first source's read, already started by the caller.
    """
    args = [paths] if isinstance(paths, str) else list(paths)
    sources = article_sources(args, max_bytes=max_bytes, timeout=timeout, stdin=stdin)
    return app_for_opened(
        sources, use_system_clipboard=use_system_clipboard, config=config, first_read=first_read
    )


def app_for_opened(
    sources: Sequence[ArticleSource],
    *,
    use_system_clipboard: bool = True,
    config: Config | None = None,
    first_read: Future[Brief] | None = None,
) -> BriefReaderApp:
    """The app for sources already expanded: one file (not a folder) alone, else a briefing.

    Without ``config`` the settings file is read (a broken one gives a warning and the
    defaults). ``first_read`` is the first source's read, already started by the caller.
    """
    config_error = None
    if config is None:
        config, config_error = load_settings()
    first = sources[0]
    alone = len(sources) == 1 and first.folder is None
    return BriefReaderApp(
        first.loader,
        first.path,
        use_system_clipboard=use_system_clipboard,
        sources=None if alone else sources,
        config=config,
        config_error=config_error,
        first_read=first_read,
    )


def app_for_brief(brief: Brief, source: str = "brief", **options: bool) -> BriefReaderApp:
    """Return an app showing a brief already in hand (for tests and embedding)."""
    return BriefReaderApp(lambda: brief, source, **options)
