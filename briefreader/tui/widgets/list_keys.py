"""The vim-style movement keys every list of the reader shares (panes, briefing, sidebar)."""

from __future__ import annotations

from textual.binding import Binding, BindingType

#: j/k, g/G and page keys for an OptionList (shown in the help screen, not the footer).
LIST_MOVES: list[BindingType] = [
    Binding("j", "cursor_down", "Down", show=False),
    Binding("k", "cursor_up", "Up", show=False),
    Binding("g", "first", "Top", show=False),
    Binding("G", "last", "Bottom", show=False),
    Binding("ctrl+d", "page_down", "Page down", show=False),
    Binding("ctrl+u", "page_up", "Page up", show=False),
]
