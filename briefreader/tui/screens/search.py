"""The search of a reader screen: ``/`` opens the bar, enter marks every match, ``n``/``N``.

Each pane finds and marks its own matches (``set_search``, ``next_match``); the mixin asks
them all, says what was found, moves to a pane with matches and steps through them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefreader.tui.messages import SearchSubmitted
from briefreader.tui.widgets.search_bar import SearchBar

if TYPE_CHECKING:
    from briefreader.tui.screens.panes import PanesScreen

    _Base = PanesScreen
else:
    _Base = object

SEARCHED_PANES = ("facts", "quotes", "figures", "article")
"""The panes a search looks in, in the order its summary names them."""


class SearchMixin(_Base):
    """Search for :class:`~briefreader.tui.screens.panes.PanesScreen`: its ``search_query``,
    and the pane it was opened from (focused again when the bar closes).

    A plain class, not a Textual one, so its message handlers go by their names
    (``on_search_submitted``) rather than ``@on``, which only Textual's classes collect.
    """

    def action_search(self) -> None:
        """Open the search bar."""
        if not self.is_loaded:
            return
        self._search_from = self.active_pane
        bar = self.query_one(SearchBar)
        bar.value = self.search_query
        bar.add_class("-open")
        bar.focus()

    def _close_search_bar(self) -> None:
        self.query_one(SearchBar).remove_class("-open")
        self.action_show_pane(self._search_from)

    def on_search_cancelled(self) -> None:
        """Close the bar; the search in effect (if any) stays."""
        self._close_search_bar()

    def on_search_submitted(self, event: SearchSubmitted) -> None:
        """Search every pane for ``event.query``, go to the first match and say how many."""
        self._close_search_bar()
        counts = self._apply_search(event.query)
        self.refresh_bindings()
        if not event.query:
            return
        total = sum(counts.values())
        if not total:
            self.notify(f"No match for “{event.query}”.", title="Search", severity="warning")
            return
        here = self.active_pane
        if not counts[here]:
            here = "article" if counts["article"] else next(n for n in SEARCHED_PANES if counts[n])
            self.action_show_pane(here)
        self._step(here, forward=True)
        summary = ", ".join(f"{counts[name]} in {name}" for name in SEARCHED_PANES if counts[name])
        self.notify(f"“{event.query}”: {summary}. n / N step through them.", title="Search")

    def _apply_search(self, query: str) -> dict[str, int]:
        """Mark ``query`` in every pane; return how many matches each has."""
        self.search_query = query
        counts = {name: self.digest_pane(name).set_search(query) for name in SEARCHED_PANES[:3]}
        counts["article"] = self.article.set_search(query)
        return counts

    def _step(self, name: str, forward: bool) -> bool:
        if name == "article":
            return self.article.next_match(forward)
        return self.digest_pane(name).next_match(forward)

    def action_next_match(self, forward: bool = True) -> None:
        """Step to the next (or previous) match in the focused pane."""
        if not self.search_query:
            self.notify("Press / to search first.", title="Search")
            return
        if not self._step(self.active_pane, forward):
            self.notify(
                f"No match for “{self.search_query}” in {self.active_pane}.",
                title="Search",
                severity="warning",
            )

    def action_clear(self) -> None:
        """Clear the search marks; if there are none, clear the highlighted sentence."""
        if not self.is_loaded:
            return
        if self.search_query:
            self._apply_search("")
            self.refresh_bindings()
        elif self.highlight is not None:
            self.highlight = None
            self.article.clear_highlight()
