"""The Quotes pane: each quote with its speaker on a line of its own."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from textual.binding import Binding, BindingType

from briefreader.model import Brief, Quote
from briefreader.render.citations import speaker_of
from briefreader.tui.widgets.digest_pane import DigestPane


class QuotesPane(DigestPane[Quote]):
    """Lists the quotes in article order; ``y`` copies one with attribution, ``Y`` all."""

    pane_name = "quotes"
    label = "Quotes"
    noun = "quote"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("y", "screen.copy_quote", "Copy quote", id="copy_quote"),
        Binding("Y", "screen.copy_all_quotes", "Copy all", id="copy_all_quotes"),
    ]

    def items_of(self, brief: Brief) -> Sequence[Quote]:
        """Return the brief's quotes."""
        return brief.quotes

    def item_parts(self, item: Quote) -> list[tuple[str, str]]:
        """The quoted words, then "— speaker" (or "— unknown speaker") below them."""
        return [(f"“{item.text}”", ""), ("\n", ""), (f"— {speaker_of(item)}", "muted")]
