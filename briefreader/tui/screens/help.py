"""The help screen: every key of the reader, as the settings set them."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Grid, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from briefreader.tui.keys import KEYMAP_ACTIONS, help_rows


class HelpScreen(ModalScreen[None]):
    """Lists every key, grouped; escape, ``?`` or ``q`` closes it."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,question_mark,q", "dismiss", "Close help"),
    ]

    def compose(self) -> ComposeResult:
        """A scrollable table of keys and what they do."""
        with VerticalScroll(id="help") as scroll:
            scroll.border_title = "Keys"
            scroll.border_subtitle = "escape closes"
            config = getattr(self.app, "config", None)
            keymap = {
                action: keys
                for action, keys in (config.keys.items() if config is not None else ())
                if action in KEYMAP_ACTIONS
            }
            for group, keys in help_rows(keymap):
                yield Static(group, classes="help-group", markup=False)
                with Grid(classes="help-keys"):
                    for key, description in keys:
                        yield Static(key, classes="help-key", markup=False)
                        yield Static(description, classes="help-description", markup=False)

    async def action_dismiss(self, result: None = None) -> None:
        """Close the help screen."""
        self.dismiss(result)
