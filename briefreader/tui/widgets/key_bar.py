"""The key line at the bottom of a screen: the keys that work now, and what they do."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from typing import ClassVar

from textual import events
from textual.binding import ActiveBinding
from textual.content import Content
from textual.screen import Screen
from textual.widget import Widget

PINNED = frozenset({"help"})
"""Binding ids kept at the right edge, beside the palette's key, however narrow the line."""


class KeyBar(Widget, can_focus=False):
    """What Textual's ``Footer`` shows (the shown bindings of the focused widget, its screen
    and the app, and the command palette's key on the right), drawn as one line of text.

    ``Footer`` builds a widget per key and builds them all again whenever the focus moves;
    on a briefing's first screen that cost as much as the article list. A click on a key
    presses it, as in ``Footer``.
    """

    DEFAULT_CSS = """
    KeyBar {
        dock: bottom;
        height: 1;
        color: $footer-foreground;
        background: $footer-background;
    }
    KeyBar > .key-bar--key {
        color: $footer-key-foreground;
        background: $footer-key-background;
        text-style: bold;
    }
    KeyBar > .key-bar--description {
        color: $footer-description-foreground;
        background: $footer-description-background;
    }
    KeyBar > .key-bar--disabled {
        text-style: dim;
    }
    KeyBar > .key-bar--separator {
        color: $foreground 20%;
    }
    """

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "key-bar--key",
        "key-bar--description",
        "key-bar--disabled",
        "key-bar--separator",
    }

    def __init__(self, *, id: str | None = None) -> None:  # noqa: A002 - Textual's name
        """A key line for the screen it is mounted on."""
        super().__init__(id=id)
        self._regions: list[tuple[int, int, str]] = []
        """Where each key is drawn: ``(start, end, key)`` in cells, for clicks."""

    def on_mount(self) -> None:
        """Redraw whenever the screen's bindings change (focus moved, a check changed)."""
        self.screen.bindings_updated_signal.subscribe(self, self._bindings_changed)

    def on_unmount(self) -> None:
        """Stop listening to the screen."""
        self.screen.bindings_updated_signal.unsubscribe(self)

    def _bindings_changed(self, screen: Screen[object]) -> None:
        if screen is self.screen:
            self.refresh()

    def _keys(
        self, active_bindings: Mapping[str, ActiveBinding], *, pinned: bool | None = None
    ) -> Iterator[tuple[str, str, str, bool]]:
        """``(key, shown key, description, enabled)`` per shown action, as Footer lists them
        (``pinned`` True: only the keys kept on the line however narrow, False: the others)."""
        seen: set[str] = set()
        palette = self.app.COMMAND_PALETTE_BINDING if self.app.ENABLE_COMMAND_PALETTE else None
        for key, active in active_bindings.items():
            binding = active.binding
            if not binding.show or binding.action in seen or key == palette:
                continue
            if pinned is not None and (binding.id in PINNED) != pinned:
                continue
            seen.add(binding.action)
            yield (
                binding.key,
                self.app.get_key_display(binding),
                binding.description,
                active.enabled,
            )

    def render(self) -> Content:
        """The keys from the left, the command palette's key on the right."""
        key_style = self.get_visual_style("key-bar--key", partial=True)
        description_style = self.get_visual_style("key-bar--description", partial=True)
        disabled_style = self.get_visual_style("key-bar--disabled", partial=True)
        # The screen works the bindings out afresh on each access: once per drawing.
        active_bindings = self.screen.active_bindings
        palette = self._palette_key(active_bindings)
        keys = list(self._keys(active_bindings))
        right = [] if palette is None else [palette]
        if self._width(keys) + self._width(right) > self.size.width:
            # Too long for the line: help moves to the right edge, where it is never cut.
            keys = list(self._keys(active_bindings, pinned=False))
            pinned = self._keys(active_bindings, pinned=True)
            right = [(key, shown, description) for key, shown, description, _ in pinned] + right
        parts: list[tuple[str, object]] = []
        regions: list[tuple[int, int, str]] = []
        cell = 0
        for key, shown, description, enabled in keys:
            pieces = [(f" {shown} ", key_style)]
            if description:
                pieces.append((f"{description} ", description_style))
            width = sum(len(text) for text, _ in pieces)
            for text, style in pieces:
                parts.append((text, style if enabled else style + disabled_style))
            regions.append((cell, cell + width, key))
            cell += width
        left = Content.assemble(*parts)  # type: ignore[arg-type]
        if not right:
            self._regions = regions
            return left
        # Help and the palette's key sit at the right edge, over the end of a line too long.
        labels = [f"{shown} {description} " for _, shown, description in right]
        room = max(0, self.size.width - sum(len(label) + 1 for label in labels))
        if left.cell_length > room:
            left = left[:room]
            regions = [(start, min(end, room), k) for start, end, k in regions if start < room]
        separator = self.get_visual_style("key-bar--separator", partial=True)
        pieces: list[tuple[str, object]] = [(" " * (room - left.cell_length), description_style)]
        cell = room
        for (key, shown, description), label in zip(right, labels):
            regions.append((cell + 1, cell + 1 + len(label), key))
            cell += 1 + len(label)
            pieces += [
                ("▏", separator),
                (shown, key_style),
                (f" {description} ", description_style),
            ]
        self._regions = regions
        return Content.assemble(left, *pieces)  # type: ignore[arg-type]

    @staticmethod
    def _width(keys: Sequence[tuple[str, ...]]) -> int:
        """Cells that ``keys`` (``(key, shown, description, ...)``) take on the line."""
        return sum(len(shown) + len(description) + 3 for _, shown, description, *_ in keys)

    def _palette_key(
        self, active_bindings: Mapping[str, ActiveBinding]
    ) -> tuple[str, str, str] | None:
        if not self.app.ENABLE_COMMAND_PALETTE:
            return None
        active = active_bindings.get(self.app.COMMAND_PALETTE_BINDING)
        if active is None:
            return None
        binding = active.binding
        return binding.key, self.app.get_key_display(binding), binding.description

    def key_at(self, x: int) -> str | None:
        """The key drawn at cell ``x`` of the line, if any."""
        for start, end, key in self._regions:
            if start <= x < end:
                return key
        return None

    def on_click(self, event: events.Click) -> None:
        """Press the key that was clicked."""
        key = self.key_at(event.x)
        if key is not None:
            event.stop()
            self.app.simulate_key(key)
