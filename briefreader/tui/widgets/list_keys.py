"""The movement keys the reader's lists share (panes, briefing, sidebar)."""

from __future__ import annotations

from textual.binding import Binding, BindingType


def _hidden(*keys: tuple[str, str, str]) -> list[BindingType]:
    """``(key, action, description)`` bindings left out of the key line (the help lists them)."""
    return [Binding(key, action, description, show=False) for key, action, description in keys]


#: j/k, g/G and page keys for an OptionList (shown in the help screen, not the key line).
LIST_MOVES: list[BindingType] = _hidden(
    ("j", "cursor_down", "Down"),
    ("k", "cursor_up", "Up"),
    ("g", "first", "Top"),
    ("G", "last", "Bottom"),
    ("ctrl+d", "page_down", "Page down"),
    ("ctrl+u", "page_up", "Page up"),
)

#: The arrow, home/end and page keys an OptionList has of its own, for a list drawn by the
#: reader itself (the article list).
CURSOR_KEYS: list[BindingType] = _hidden(
    ("up", "cursor_up", "Up"),
    ("down", "cursor_down", "Down"),
    ("home", "first", "First"),
    ("end", "last", "Last"),
    ("pageup", "page_up", "Page up"),
    ("pagedown", "page_down", "Page down"),
)
