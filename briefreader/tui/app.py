"""The briefreader App: a thin shell whose first screen is the reader's, and its one factory.

:func:`create_app` builds the app for ``briefreader open FILE...`` (one file, or a briefing of
several) and for the tests, which may hand it prepared sources (a loader returning a brief
they made, or raising an error) instead of paths.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, ClassVar

from textual import events, on
from textual.app import App
from textual.binding import Binding, BindingType

from briefreader.defaults import DEFAULT_FACTS_SHOWN, DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT
from briefreader.model import Brief
from briefreader.sources import ArticleSource, article_sources, start_loading

if TYPE_CHECKING:
    from concurrent.futures import Future
    from pathlib import Path

    from textual.notifications import SeverityLevel
    from textual.screen import Screen
    from textual.theme import Theme

    from briefreader.config import Config
    from briefreader.model import Document

#: Seconds after start-up by which garbage collection is back on, first article or not.
GC_PAUSE_AT_MOST = 3.0


def resume_collection() -> None:
    """Turn garbage collection back on after start-up (which the launcher paused).

    What start-up made (Textual's classes and styles, the first article's widgets) lives as
    long as the reader: it is frozen first (:func:`gc.freeze`), so that the first collection
    does not walk the hundreds of thousands of objects allocated while collection was off
    (tens of ms, right after the first paint) and later ones do not walk them again.
    """
    if not gc.isenabled():
        gc.freeze()
        gc.enable()


class BriefReaderApp(App[int]):
    """Shows one article of ``sources``, or, with ``briefing``, a briefing of them all.

    ``config`` applies the user's settings (theme, key overrides, quote template, facts
    shown); ``config_error`` is a one-line reason the settings could not be read, shown as a
    warning while the defaults are used. Build it with :func:`create_app`.
    """

    CSS_PATH = "app.tcss"
    TITLE = "briefreader"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("q", "quit", "Quit", id="quit"),
        Binding("question_mark", "help", "Help", id="help"),
    ]

    def __init__(
        self,
        sources: Sequence[ArticleSource],
        *,
        briefing: bool = False,
        use_system_clipboard: bool = True,
        config: Config | None = None,
        config_error: str | None = None,
        first_read: Future[Brief] | None = None,
        settings_file: Path | None = None,
    ) -> None:
        """Show ``sources`` (each loader is called in a worker thread).

        ``settings_file`` is where ``config`` was read from: a theme picked in the palette is
        kept there for the next start (None: kept nowhere, as in tests).

        ``first_read`` is the first source's read, already under way (see
        :mod:`briefreader.sources.readahead`); without it the read starts here, in a thread.
        ``use_system_clipboard=False`` copies through the terminal (OSC 52) only, for tests.
        """
        super().__init__()
        self.sources = list(sources)
        self.opens_briefing = briefing
        self.use_system_clipboard = use_system_clipboard
        self.config = config
        self.config_error = config_error
        self.settings_file = settings_file
        self.opener: Callable[[str], str | None] | None = None
        """Opens a URL or file for ``o`` (None: the system's opener,
        :func:`briefreader.tui.opener.open_externally`); tests put their own."""
        # Start reading now, in a thread: reading and digesting the file (and importing the
        # code that does it) then overlaps with Textual's own start-up and the first compose.
        self.first_read: Future[Brief] = first_read or start_loading(self.sources[0].loader)

    def on_mount(self) -> None:
        """Apply the settings (the reader's screen, :meth:`get_default_screen`, is already
        composed: it waits for the first read, or shows it at once when it has ended)."""
        # The launcher may have paused garbage collection for start-up: never for long.
        self.set_timer(GC_PAUSE_AT_MOST, resume_collection)

        self.apply_config()
        self.theme_changed_signal.subscribe(self, self._theme_changed)

    def get_default_screen(self) -> Screen[None]:
        """The reader's screen (or the briefing's) is the app's first screen, in the settings'
        theme: one screen is built and styled at start-up, not a blank one and then this."""
        config = self.config
        if config is not None and config.theme != self.theme:
            if config.theme in self.available_themes:
                self.theme = config.theme  # an unknown one is reported by apply_config
        return self._reader_screen()

    def _reader_screen(self) -> Screen[None]:
        if self.opens_briefing:
            from briefreader.tui.screens.briefing import BriefingScreen

            return BriefingScreen(self.sources, config=self.config, first_read=self.first_read)
        from briefreader.tui.screens.reader import ReaderScreen

        return ReaderScreen(self.sources[0], config=self.config, first_read=self.first_read)

    def apply_config(self) -> None:
        """Set the theme and key overrides of ``config``; warn (never fail) on bad values."""
        from briefreader.config import first_few
        from briefreader.tui.keys import KEYMAP_ACTIONS

        if self.config_error:
            self.notify(
                f"{self.config_error}. Using the default settings.",
                title="Settings",
                severity="warning",
                timeout=10,
                markup=False,
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
                    markup=False,
                )
        keymap = {action: keys for action, keys in config.keys.items() if action in KEYMAP_ACTIONS}
        unknown = [action for action in config.keys if action not in KEYMAP_ACTIONS]
        if unknown:
            self.notify(
                f"Unknown action{'s' if len(unknown) > 1 else ''} in [keys]: "
                f"{first_few(unknown)}. Known: {', '.join(KEYMAP_ACTIONS)}.",
                title="Settings",
                severity="warning",
                timeout=10,
                markup=False,
            )
        if keymap:
            self.set_keymap(keymap)

    def _theme_changed(self, theme: Theme) -> None:
        """Keep a theme the reader picked in the settings file (not one the file set), or say
        why it could not be kept."""
        config = self.config
        if self.settings_file is None or self.config_error or config is None:
            return
        if theme.name == config.theme:
            return
        from dataclasses import replace

        from briefreader.config import save_theme
        from briefreader.errors import BriefreaderError

        try:
            save_theme(theme.name, self.settings_file)
        except BriefreaderError as error:
            self.notify(
                f"The theme is not kept for the next start: {error}.",
                title="Settings",
                severity="warning",
                markup=False,
            )
            return
        self.config = replace(config, theme=theme.name)

    def notify(
        self,
        message: str,
        *,
        title: str = "",
        severity: SeverityLevel = "information",
        timeout: float | None = None,
        markup: bool = True,
    ) -> None:
        """Every toast, with the control characters of its message and title shown as escapes
        (a toast may quote a file name, a search or a settings value: nothing of it may reach
        the terminal as a command). Ours pass ``markup=False``: what they quote is text."""
        from briefreader.render.terminal import show_controls

        super().notify(
            show_controls(message),
            title=show_controls(title),
            severity=severity,
            timeout=timeout,
            markup=markup,
        )

    def deliver_screenshot(
        self,
        filename: str | None = None,
        path: str | None = None,
        time_format: str | None = None,
    ) -> str | None:
        """Save a screenshot as Textual does (in the Downloads folder unless ``path`` says
        where), making the folder first; if it cannot be made, say where and why."""
        from pathlib import Path

        from platformdirs import user_downloads_path

        folder = Path(path) if path else user_downloads_path()
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            self.notify(
                f"Could not save the screenshot in {folder}: {error.strerror or error}.",
                title="Screenshot",
                severity="error",
                markup=False,
            )
            return None
        return super().deliver_screenshot(filename, str(folder), time_format)

    @on(events.DeliveryFailed)
    def _on_delivery_failed(self, event: events.DeliveryFailed) -> None:
        """Say why a screenshot could not be saved (Textual's own toast gives no reason)."""
        if event.name == "screenshot":
            reason = getattr(event.exception, "strerror", None) or str(event.exception)
            self.notify(
                f"Could not save the screenshot: {reason}.",
                title="Screenshot",
                severity="error",
                markup=False,
            )

    def action_help(self) -> None:
        """Open the help screen (once)."""
        from briefreader.tui.screens.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(briefing=getattr(self.screen, "multi", True)))


def create_app(
    paths: str | Sequence[str] = (),
    *,
    sources: Sequence[ArticleSource] | None = None,
    first_read: Future[Brief] | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    timeout: float = DEFAULT_TIMEOUT,
    stdin: bytes | None = None,
    document: Document | None = None,
    use_system_clipboard: bool = True,
    config: Config | None = None,
    config_error: str | None = None,
    settings_file: Path | None = None,
) -> BriefReaderApp:
    """Return the app that reads ``paths`` and shows them, with the user's settings.

    One file (not a folder) opens alone; several sources, or a folder, open a briefing.
    ``max_bytes``, ``timeout``, ``stdin`` (the bytes of standard input, read beforehand, for
    ``-``) and ``document`` (the one file of ``paths``, already loaded) are as in
    :func:`~briefreader.sources.article_sources`. ``sources`` stands for ``paths``
    already expanded (the CLI reads them ahead; tests give loaders of their own), and
    ``first_read`` is the first one's read, already started. Without ``config`` the settings
    file is read (a broken one gives a warning and the defaults); ``config_error`` is why the
    caller's ``config`` is the defaults (the reason is shown as that warning).
    ``settings_file`` is the file ``config`` came from, where a theme picked is kept (the file
    read here when there is no ``config``; tests give neither, and nothing is written).
    """
    if config is None and config_error is None:
        from briefreader.config import config_path, load_settings

        config, config_error = load_settings()
        settings_file = config_path()
    if sources is None:
        args = [paths] if isinstance(paths, str) else list(paths)
        sources = article_sources(
            args,
            max_bytes=max_bytes,
            timeout=timeout,
            stdin=stdin,
            document=document,
            max_facts=config.facts_shown if config is not None else DEFAULT_FACTS_SHOWN,
        )
    first = sources[0]
    return BriefReaderApp(
        sources,
        briefing=len(sources) > 1 or first.folder is not None,
        use_system_clipboard=use_system_clipboard,
        config=config,
        config_error=config_error,
        first_read=first_read,
        settings_file=settings_file,
    )
