"""Every key of the reader with what it does: the help screen and the palette read this."""

from __future__ import annotations

KEY_HELP: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] = (
    (
        "Panes",
        (
            ("1 2 3 4", "Key facts, Quotes, Figures, Article"),
            ("tab / shift+tab", "Next / previous pane"),
        ),
    ),
    (
        "Moving",
        (
            ("j k  ↓ ↑", "Next / previous item (scroll in the article)"),
            ("g  G", "First / last item (top / bottom of the article)"),
            ("ctrl+d  ctrl+u", "Page down / up"),
            ("enter", "Go to the item's sentence in the article"),
        ),
    ),
    (
        "Search",
        (
            ("/", "Search the article and the panes"),
            ("n  N", "Next / previous match in the focused pane"),
            ("escape", "Clear the search, then the highlight"),
        ),
    ),
    (
        "Copying",
        (
            ("y", "Copy the selected quote with its attribution"),
            ("Y", "Copy all quotes as Markdown"),
            ("c", "Copy the selected fact or figure with its sentence"),
        ),
    ),
    (
        "Other",
        (
            ("ctrl+p", "Command palette (also: change theme)"),
            ("?", "This help (escape closes it)"),
            ("q", "Quit"),
        ),
    ),
)
"""Keys grouped by purpose: ``(group, ((keys, description), ...))``."""
