"""The Key facts pane: the article's key sentences, best first."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from textual.binding import Binding, BindingType

from briefreader.model import Brief, Fact
from briefreader.tui.widgets.digest_pane import DigestPane


class FactsPane(DigestPane[Fact]):
    """Lists the key facts; ``c`` copies the selected one."""

    pane_name = "facts"
    label = "Key facts"
    noun = "key fact"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("c", "screen.copy_item", "Copy fact", id="copy_item"),
    ]

    def items_of(self, brief: Brief) -> Sequence[Fact]:
        """Return the brief's facts, best first."""
        return brief.facts

    def item_parts(self, item: Fact) -> list[tuple[str, str]]:
        """A fact is its sentence."""
        return [(item.text, "")]
