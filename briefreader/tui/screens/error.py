"""The error state: what went wrong reading the file, and the way out."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import Static

from briefreader.tui.widgets.key_bar import KeyBar


class ErrorScreen(Screen[None]):
    """Shows the one-line error message; q or escape quits with the error's exit code."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("q,escape", "leave", "Quit"),
    ]

    def __init__(self, message: str, exit_code: int = 1) -> None:
        """Show ``message``; quitting returns ``exit_code``."""
        super().__init__()
        self.message = message
        self.exit_code = exit_code

    def compose(self) -> ComposeResult:
        """The message in a box in the middle of the screen."""
        with Vertical(id="error-box") as box:
            box.border_title = "Could not open the brief"
            yield Static(self.message, id="error-message", markup=False)
            yield Static("Press q or escape to quit.", id="error-hint", markup=False)
        yield KeyBar()

    def action_leave(self) -> None:
        """Quit the app with the error's exit code."""
        self.app.exit(return_code=self.exit_code)
