"""Every key of the reader with what it does: the help screen reads this."""

from __future__ import annotations

from collections.abc import Mapping

BRIEFING_GROUP = "Briefing (several articles)"
"""The help group of the keys only a briefing has (one article's help leaves it out)."""

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
            ("g G  home end", "First / last item (top / bottom of the article)"),
            ("space  ctrl+f", "Page down (as in less)"),
            ("ctrl+b", "Page up (b is the briefing view)"),
            ("ctrl+d  ctrl+u", "Page down / up"),
            ("pagedown  pageup", "Page down / up"),
            ("enter", "Go to the item's sentence in the article"),
            ("ctrl+o", "Back to before the last jump (enter, n / N), as in vim"),
            ("' '", "Back to before the last jump; again to return (as in less)"),
        ),
    ),
    (
        "Search",
        (
            ("/", "Search the article and the panes (smart case; a regex if it has .*?[]()|^$)"),
            ("n  N", "Next / previous match of the screen, in reading order"),
            ("escape", "Clear the search, then the highlight"),
        ),
    ),
    (
        "Copying and opening",
        (
            ("y  c", "Copy the selected quote, fact or figure (with its source)"),
            ("Y", "Copy all quotes as Markdown"),
            ("o", "Open the source (its URL, else the file) with the system's opener"),
        ),
    ),
    (
        BRIEFING_GROUP,
        (
            ("]  [", "Next / previous article"),
            ("l", "Focus the article list (enter opens the article; ● is unread)"),
            ("b", "Briefing view: facts, quotes by speaker, figures by subject"),
            ("s", "Stories: the articles on one event together (escape closes)"),
            ("e", "Export the briefing as Markdown to a file"),
        ),
    ),
    (
        "Other",
        (
            ("ctrl+p", "Command palette (also: change theme, kept for the next start)"),
            ("?", "This help (j k space b scroll it, escape closes it)"),
            ("q", "Quit"),
        ),
    ),
)
"""Keys grouped by purpose: ``(group, ((keys, description), ...))``."""

KEYMAP_ACTIONS: dict[str, str] = {
    "quit": "Quit",
    "help": "Help",
    "search": "Search",
    "next_match": "Next match",
    "previous_match": "Previous match",
    "copy_quote": "Copy the selected item (y)",
    "copy_all_quotes": "Copy all quotes",
    "copy_item": "Copy the selected fact or figure",
    "next_article": "Next article",
    "previous_article": "Previous article",
    "briefing": "Briefing view",
    "export": "Export the briefing",
    "focus_list": "Focus the article list",
    "jump_back": "Back to before the last jump",
    "open_source": "Open the source",
}
"""Actions whose keys the settings' ``[keys]`` table may change (binding ids)."""

HELP_ACTIONS: dict[str, tuple[str, ...]] = {
    "/": ("search",),
    "n  N": ("next_match", "previous_match"),
    "y  c": ("copy_quote", "copy_item"),
    "Y": ("copy_all_quotes",),
    "]  [": ("next_article", "previous_article"),
    "l": ("focus_list",),
    "b": ("briefing",),
    "e": ("export",),
    "ctrl+o": ("jump_back",),
    "o": ("open_source",),
    "?": ("help",),
    "q": ("quit",),
}
"""The help rows whose keys the settings may change: each key shown (separated by two
spaces), in order, is the default key of these actions (see :data:`KEYMAP_ACTIONS`)."""


def help_rows(
    keymap: Mapping[str, str],
) -> tuple[tuple[str, tuple[tuple[str, str], ...]], ...]:
    """:data:`KEY_HELP` with the keys the settings' ``[keys]`` table changed (``keymap``:
    action to keys, commas between several) shown in place of the defaults."""

    def keys_shown(default: str) -> str:
        actions = HELP_ACTIONS.get(default)
        if not actions or not any(action in keymap for action in actions):
            return default
        defaults = default.split("  ")
        return "  ".join(
            " / ".join(k.strip() for k in keymap[action].split(",")) if action in keymap else key
            for action, key in zip(actions, defaults)
        )

    return tuple(
        (group, tuple((keys_shown(keys), description) for keys, description in rows))
        for group, rows in KEY_HELP
    )


def markdown_key_table() -> str:
    """The keys of :data:`KEY_HELP` as the README's Markdown table (a test keeps the two the
    same): each key in backticks, groups in bold."""
    lines = ["| keys | what they do |", "| --- | --- |"]
    for group, rows in KEY_HELP:
        lines.append(f"| **{group}** | |")
        for keys, description in rows:
            shown = " ".join(
                "/" if key == "/" and "/ " in keys else f"`{key}`" for key in keys.split()
            )
            lines.append(f"| {shown} | {description.replace('|', chr(92) + '|')} |")
    return "\n".join(lines) + "\n"
