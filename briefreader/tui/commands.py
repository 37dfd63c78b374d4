"""The command palette's reader commands (ctrl+p): the same actions as the keys."""

from __future__ import annotations

from functools import partial

from textual.command import DiscoveryHit, Hit, Hits, Provider

READER_COMMANDS: tuple[tuple[str, str, str], ...] = (
    ("Show key facts", "show_pane('facts')", "Focus the Key facts pane (1)"),
    ("Show quotes", "show_pane('quotes')", "Focus the Quotes pane (2)"),
    ("Show figures", "show_pane('figures')", "Focus the Figures pane (3)"),
    ("Show article", "show_pane('article')", "Focus the Article (4)"),
    ("Go to source", "go_to_source", "Show the selected item's sentence in the article (enter)"),
    ("Copy quote", "copy_quote", "Copy the selected quote with its attribution (y)"),
    ("Copy all quotes as Markdown", "copy_all_quotes", "Copy every quote as Markdown (Y)"),
    ("Copy fact or figure", "copy_item", "Copy the selected fact or figure with its sentence (c)"),
    ("Search", "search", "Search the article and the panes (/)"),
    ("Next match", "next_match(True)", "Step to the next search match (n)"),
    ("Previous match", "next_match(False)", "Step to the previous search match (N)"),
    ("Clear search and highlight", "clear", "Remove search marks, then the highlight (escape)"),
    ("Next article", "next_article", "Show the next article of the briefing (])"),
    ("Previous article", "previous_article", "Show the previous article of the briefing ([)"),
    ("Article list", "focus_list", "Focus the list of articles (l)"),
    ("Briefing view", "briefing", "Facts, quotes by speaker, figures by subject (b)"),
    ("Export briefing", "export", "Write the briefing as Markdown to a file (e)"),
    ("Help", "app.help", "List every key (?)"),
)
"""``(name, action on the main screen, help)`` for each palette command."""


class ReaderCommands(Provider):
    """Offers the reader's actions in the command palette; themes come from Textual's own."""

    def _callback(self, action: str):
        return partial(self.screen.run_action, action)

    def _available(self) -> list[tuple[str, str, str]]:
        """The commands that apply here (no article commands for a single file)."""
        check = getattr(self.screen, "check_action", None)
        available = []
        for command in READER_COMMANDS:
            action = command[1]
            name = action.split("(", 1)[0]
            if check is None or "." in name or check(name, ()) is not False:
                available.append(command)
        return available

    async def discover(self) -> Hits:
        """All reader commands, shown when the palette opens."""
        for name, action, help_text in self._available():
            yield DiscoveryHit(name, self._callback(action), help=help_text)

    async def search(self, query: str) -> Hits:
        """The reader commands matching ``query``, best first."""
        matcher = self.matcher(query)
        for name, action, help_text in self._available():
            score = matcher.match(name)
            if score > 0:
                yield Hit(score, matcher.highlight(name), self._callback(action), help=help_text)
