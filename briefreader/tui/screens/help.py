"""The help screen: every key of the reader, as the settings set them."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Grid, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from briefreader.tui.keys import BRIEFING_GROUP, KEYMAP_ACTIONS, help_rows


class HelpKeys(VerticalScroll, can_focus=True):
    """The scrollable list of keys: j/k and arrows scroll, space / b and the page keys page,
    as in ``less``."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(keys, action, description, show=False)
        for keys, action, description in (
            ("j,down", "scroll_down", "Down"),
            ("k,up", "scroll_up", "Up"),
            ("space,f,ctrl+f,ctrl+d,pagedown", "page_down", "Page down"),
            ("b,ctrl+b,ctrl+u,pageup", "page_up", "Page up"),
            ("g,home", "scroll_home", "Top"),
            ("G,end", "scroll_end", "Bottom"),
        )
    ]


class HelpScreen(ModalScreen[None]):
    """Lists every key, grouped (the briefing's only with ``briefing``); escape, ``?`` or
    ``q`` closes it."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,question_mark,q", "dismiss", "Close help"),
    ]

    def __init__(self, *, briefing: bool = True) -> None:
        """Help for a briefing, or (``briefing`` False) for one article."""
        super().__init__()
        self.briefing = briefing

    def compose(self) -> ComposeResult:
        """A scrollable table of keys and what they do."""
        with HelpKeys(id="help") as scroll:
            scroll.border_title = "Keys"
            scroll.border_subtitle = "j k space b scroll · escape closes"
            config = getattr(self.app, "config", None)
            keymap = {
                action: keys
                for action, keys in (config.keys.items() if config is not None else ())
                if action in KEYMAP_ACTIONS
            }
            for group, keys in help_rows(keymap):
                if group == BRIEFING_GROUP and not self.briefing:
                    continue
                yield Static(group, classes="help-group", markup=False)
                with Grid(classes="help-keys"):
                    for key, description in keys:
                        yield Static(key, classes="help-key", markup=False)
                        yield Static(description, classes="help-description", markup=False)

    async def action_dismiss(self, result: None = None) -> None:
        """Close the help screen."""
        self.dismiss(result)
