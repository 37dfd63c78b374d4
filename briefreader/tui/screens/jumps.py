"""Back after a jump, as in vim and less: ``ctrl+o`` goes back to where the reader was before
the last jump (``enter`` to an item's sentence, a search's ``n`` / ``N``), one jump at a time;
``'`` ``'`` goes back to before the last jump, and pressed again returns (as in less).

:class:`Jumps` is mixed into :class:`~briefreader.tui.screens.panes.PanesScreen`; it uses the
screen's panes (``digest_pane``, ``article``), its focus (``active_pane``,
``action_show_pane``), its ``brief`` and ``is_loaded``.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from briefreader.model import Brief
    from briefreader.tui.widgets.article_view import ArticleView, Place
    from briefreader.tui.widgets.digest_pane import DigestPane

JUMPS_KEPT = 100
"""Jumps remembered for ``ctrl+o`` (vim keeps 100 too); older ones are forgotten."""

MARK_KEY_PAUSE = 1.5
"""Seconds within which a second ``'`` makes ``''``; later, it starts a new ``''``."""


@dataclass(frozen=True)
class Position:
    """Where the reader is: the focused pane, its selected item, the article's place."""

    brief: Brief
    pane: str
    item: int | None
    place: Place


class Jumps:
    """The jump list of a reader screen (see the module's docstring)."""

    # What the screen provides.
    active_pane: str
    brief: Brief | None

    def digest_pane(self, name: str) -> DigestPane:
        raise NotImplementedError

    def action_show_pane(self, name: str) -> None:
        raise NotImplementedError

    # The state: class-level empty defaults, replaced per screen on first use.
    _jumps: tuple[Position, ...] = ()
    _mark_pressed_at = -MARK_KEY_PAUSE

    def _article(self) -> ArticleView:
        from briefreader.tui.widgets.article_view import ArticleView

        return self.query_one(ArticleView)  # type: ignore[attr-defined, no-any-return]

    def position(self) -> Position | None:
        """Where the reader is now (None before the brief is shown)."""
        if self.brief is None or not getattr(self, "is_loaded", False):
            return None
        pane = self.active_pane
        item = self.digest_pane(pane).highlighted if pane != "article" else None
        return Position(self.brief, pane, item, self._article().place)

    def record_jump(self) -> None:
        """Remember where the reader is, before a jump takes them elsewhere."""
        here = self.position()
        if here is not None and (not self._jumps or self._jumps[-1] != here):
            self._jumps = (*self._jumps, here)[-JUMPS_KEPT:]

    def _back(self) -> Position | None:
        """Take the last jump of this brief off the list (those of others are dropped)."""
        jumps = [jump for jump in self._jumps if jump.brief is self.brief]
        if not jumps:
            self._jumps = ()
            return None
        self._jumps = tuple(jumps[:-1])
        return jumps[-1]

    def action_jump_back(self) -> None:
        """``ctrl+o``: back to before the last jump (or say there is none)."""
        target = self._back()
        if target is None:
            self._no_jump()
            return
        self.go_to_position(target)

    def action_mark_key(self) -> None:
        """``'``: the second press within :data:`MARK_KEY_PAUSE` goes back to before the
        last jump, and remembers here, so ``''`` again returns."""
        now = time.monotonic()
        if now - self._mark_pressed_at > MARK_KEY_PAUSE:
            self._mark_pressed_at = now
            return
        self._mark_pressed_at = -MARK_KEY_PAUSE
        here = self.position()
        target = self._back()
        if target is None:
            self._no_jump()
            return
        if here is not None:
            self._jumps = (*self._jumps, here)[-JUMPS_KEPT:]
        self.go_to_position(target)

    def go_to_position(self, position: Position) -> None:
        """Focus the pane of ``position``, select its item, scroll the article back."""
        self.action_show_pane(position.pane)
        if position.pane != "article" and position.item is not None:
            self.digest_pane(position.pane).highlighted = position.item
        self._article().go_to_place(position.place)

    def _no_jump(self) -> None:
        self.notify(  # type: ignore[attr-defined]
            "No jump to go back to: enter on an item, or a search's n / N, jumps.",
            title="Back",
            timeout=3,
            markup=False,
        )
