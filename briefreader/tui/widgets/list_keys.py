"""The movement keys the reader's lists and its article share (panes, briefing, sidebar)."""

from __future__ import annotations

from textual.binding import Binding, BindingType

_MOVES: tuple[tuple[str, str, str, str], ...] = (
    # key, what it does, its action in a list, its action in the article
    ("j", "Down", "cursor_down", "scroll_down"),
    ("k", "Up", "cursor_up", "scroll_up"),
    ("g", "Top", "first", "scroll_home"),
    ("G", "Bottom", "last", "scroll_end"),
    ("ctrl+d", "Page down", "page_down", "page_down"),
    ("ctrl+u", "Page up", "page_up", "page_up"),
    # As in less: space and ctrl+f a page down, ctrl+b a page up (b is the briefing view).
    ("space", "Page down", "page_down", "page_down"),
    ("ctrl+f", "Page down", "page_down", "page_down"),
    ("ctrl+b", "Page up", "page_up", "page_up"),
)
"""j/k, g/G and page keys, which move the same way through a list and through the article."""

#: j/k, g/G and page keys for an OptionList (shown in the help screen, not the key line).
LIST_MOVES: list[BindingType] = [
    Binding(key, action, description, show=False) for key, description, action, _ in _MOVES
]

#: The same keys scrolling the article.
SCROLL_MOVES: list[BindingType] = [
    Binding(key, action, description, show=False) for key, description, _, action in _MOVES
]

#: The arrow, home/end and page keys an OptionList has of its own, for a list drawn by the
#: reader itself (the article list).
CURSOR_KEYS: list[BindingType] = [
    Binding(key, action, description, show=False)
    for key, action, description in (
        ("up", "cursor_up", "Up"),
        ("down", "cursor_down", "Down"),
        ("home", "first", "First"),
        ("end", "last", "Last"),
        ("pageup", "page_up", "Page up"),
        ("pagedown", "page_down", "Page down"),
    )
]
