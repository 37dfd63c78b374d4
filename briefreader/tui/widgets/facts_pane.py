"""The Key facts pane: the article's key sentences, best first."""

from __future__ import annotations

from typing import ClassVar

from textual.binding import BindingType

from briefreader.model import Fact
from briefreader.tui.copying import Copied, fact_copy
from briefreader.tui.widgets.digest_pane import DigestPane, copy_key


class FactsPane(DigestPane[Fact]):
    """Lists the key facts, best first; ``c`` copies the selected one."""

    pane_name, label, noun = "facts", "Key facts", "key fact"
    BINDINGS: ClassVar[list[BindingType]] = copy_key("Copy fact")

    def item_parts(self, item: Fact) -> list[tuple[str, str]]:
        """A fact is its sentence."""
        return [(item.text, "")]

    def copied(self, item: Fact) -> Copied:
        """The fact, then ``(Title, Site)``."""
        return fact_copy(item, self.brief.article)
