"""The search of a reader screen: ``/`` marks the matches in every pane, ``n`` / ``N`` walk
them all in reading order (key facts, quotes, figures, then the article), and one line above
the key line says where the walk is ("match 2 of 4 · quotes"): no toasts, however many
presses.

:class:`Searching` is mixed into :class:`~briefreader.tui.screens.panes.PanesScreen`; it
uses the screen's panes (``digest_pane``, ``article``), its focus (``active_pane``,
``action_show_pane``) and its ``is_loaded``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from briefreader.render.terminal import show_controls
from briefreader.tui.search import NO_SEARCH, SearchPattern
from briefreader.tui.widgets.search_bar import SearchBar, SearchStatus

if TYPE_CHECKING:
    from briefreader.model import Brief
    from briefreader.tui.messages import SearchSubmitted

SEARCHED_PANES = ("facts", "quotes", "figures", "article")
"""The panes a search walks through, in reading order (the digest column, then the article)."""

Match = tuple[str, int]
"""A match of the walk: its pane and its number among that pane's matches."""


class _Searchable(Protocol):
    """What a pane offers the search (digest panes and the article alike)."""

    matches: list[object]

    def set_search(self, query: str | SearchPattern) -> int: ...

    def go_to_match(self, number: int, *, reveal: bool = True) -> None: ...


class Searching:
    """The search state and keys of a reader screen (see the module's docstring)."""

    # What the screen provides.
    active_pane: str
    brief: Brief | None
    is_loaded: bool

    def _searched(self, name: str) -> _Searchable:
        raise NotImplementedError

    def action_show_pane(self, name: str) -> None:
        raise NotImplementedError

    def record_jump(self) -> None:
        raise NotImplementedError

    # The state.
    pattern: SearchPattern = NO_SEARCH
    """The search in force (:data:`NO_SEARCH` when none)."""
    current: int | None = None
    """The match the walk is on (an index into :meth:`walk`), if any yet."""
    _search_from = "facts"
    _searched_brief: Brief | None = None

    @property
    def search_query(self) -> str:
        """The query of the search in force ("" when none)."""
        return self.pattern.query

    def walk(self) -> list[Match]:
        """Every match of the screen, in reading order."""
        return [
            (name, number)
            for name in SEARCHED_PANES
            for number in range(len(self._searched(name).matches))
        ]

    # Opening and closing the bar.

    def action_search(self) -> None:
        """Open the search bar (in a text field, "/" is typed as text: the key has priority)."""
        from textual.widgets import Input

        focused = self.focused  # type: ignore[attr-defined]
        if isinstance(focused, Input):
            focused.insert_text_at_cursor("/")
            return
        if not self.is_loaded:
            return
        self._search_from = self.active_pane
        bar = self.query_one(SearchBar)  # type: ignore[attr-defined]
        bar.value = self.search_query
        bar.add_class("-open")
        bar.display = True  # now, not at the next style update: the focus needs it shown
        bar.can_focus = True
        # Focus now, not after a refresh, so that a query typed ahead ("/Kim⏎" pasted or
        # typed fast in a real terminal) goes into the bar and not to the pane behind it.
        self.set_focus(bar)  # type: ignore[attr-defined]
        self.query_one(SearchStatus).show(None)  # type: ignore[attr-defined]

    def _close_search_bar(self) -> None:
        bar = self.query_one(SearchBar)  # type: ignore[attr-defined]
        bar.remove_class("-open")
        bar.display = False
        bar.can_focus = False
        self.action_show_pane(self._search_from)
        self._show_status()

    def on_search_cancelled(self) -> None:
        """Escape in the bar: back where the reader was, the search in force unchanged."""
        self._close_search_bar()

    def on_search_submitted(self, event: SearchSubmitted) -> None:
        """Search for what was typed, and go to its first match from the focused pane on."""
        self._close_search_bar()
        total = self.apply_search(SearchPattern.of(event.query))
        self.refresh_bindings()  # type: ignore[attr-defined]
        if total:
            self._go(self._first_from(self.active_pane, forward=True))
        else:
            self._show_status()

    def apply_search(self, pattern: SearchPattern) -> int:
        """Mark ``pattern`` in every pane (a regex that finds nothing is tried as typed);
        return how many matches the screen has."""
        total = self._mark(pattern)
        if not total and pattern.regex is not None:
            total = self._mark(pattern.literal())
        self.current = None
        self._searched_brief = self.brief
        self._show_status()
        return total

    def _mark(self, pattern: SearchPattern) -> int:
        self.pattern = pattern
        return sum(self._searched(name).set_search(pattern) for name in SEARCHED_PANES)

    def restore_search(self) -> None:
        """Mark the search again in panes built afresh (the same brief keeps the walk's place,
        without moving to it; another brief starts the walk again)."""
        if not self.pattern:
            return
        current, same = self.current, self._searched_brief is self.brief
        self.apply_search(self.pattern)
        walk = self.walk()
        if same and current is not None and current < len(walk):
            self.current = current
            name, number = walk[current]
            if name == "article":  # the digest panes keep their selection themselves
                self._searched(name).go_to_match(number, reveal=False)
            self._show_status()

    def clear_search(self) -> None:
        """Drop the search and its marks."""
        self._mark(NO_SEARCH)
        self.current = None
        self._show_status()
        self.refresh_bindings()  # type: ignore[attr-defined]

    # Walking.

    def _first_from(self, pane: str, *, forward: bool) -> int:
        """The first match (``forward``) in ``pane`` or after it in reading order, or the
        last one before it (not ``forward``), wrapping round."""
        walk = self.walk()
        order = SEARCHED_PANES.index(pane) if pane in SEARCHED_PANES else 0
        if forward:
            later = [i for i, (name, _) in enumerate(walk) if SEARCHED_PANES.index(name) >= order]
            return later[0] if later else 0
        earlier = [i for i, (name, _) in enumerate(walk) if SEARCHED_PANES.index(name) < order]
        return earlier[-1] if earlier else len(walk) - 1

    def action_next_match(self, forward: bool = True) -> None:
        """Go to the next (or previous) match of the screen, in reading order, wrapping."""
        walk = self.walk()
        if not walk:
            self._show_status()
            return
        current = self.current
        if current is None or current >= len(walk) or walk[current][0] != self.active_pane:
            # The reader moved to another pane since: walk on from there.
            target = self._first_from(self.active_pane, forward=forward)
            if current is not None and target == current:
                target = (target + (1 if forward else -1)) % len(walk)
        else:
            target = (current + (1 if forward else -1)) % len(walk)
        self._go(target)

    def _go(self, index: int) -> None:
        name, number = self.walk()[index]
        self.record_jump()
        self.current = index
        if name != self.active_pane:
            self.action_show_pane(name)
        self._searched(name).go_to_match(number)
        self._show_status()

    def _show_status(self) -> None:
        """Say on the search line where the walk is (or that nothing matched)."""
        status = self.query_one(SearchStatus)  # type: ignore[attr-defined]
        pattern = self.pattern
        if not pattern:
            status.show(None)
            return
        query = show_controls(pattern.query)
        walk = self.walk()
        if not walk:
            status.show(f"/{query}  no match · {pattern.how}", warning=True)
            return
        place = "" if self.current is None else f"match {self.current + 1} of "
        where = "" if self.current is None else f" · {walk[self.current][0]}"
        status.show(f"/{query}  {place}{len(walk)}{where} · {pattern.how} · n / N · escape clears")
