"""The Key facts pane: the article's key sentences, best first."""

from __future__ import annotations

from typing import ClassVar

from textual.binding import Binding, BindingType

from briefreader.model import Fact
from briefreader.tui.copying import Copied, fact_copy
from briefreader.tui.widgets.digest_pane import DigestPane


class FactsPane(DigestPane[Fact]):
    """Lists the key facts, best first; ``c`` copies the selected one."""

    pane_name = "facts"
    label = "Key facts"
    noun = "key fact"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("c", "copy_item", "Copy fact", id="copy_item"),
    ]

    def item_parts(self, item: Fact) -> list[tuple[str, str]]:
        """A fact is its sentence."""
        return [(item.text, "")]

    def copied(self, item: Fact) -> Copied:
        """The fact, then ``(Title, Site)``."""
        return fact_copy(item, self.brief.article)
