"""The Figures pane: numbers with what they count."""

from __future__ import annotations

from typing import ClassVar

from textual.binding import BindingType

from briefreader.model import Figure
from briefreader.render.labels import figure_amount
from briefreader.tui.copying import Copied, figure_copy
from briefreader.tui.widgets.digest_pane import DigestPane, copy_key


class FiguresPane(DigestPane[Figure]):
    """Lists the figures in article order; ``c`` copies one with its sentence."""

    pane_name, label, noun = "figures", "Figures", "figure"
    BINDINGS: ClassVar[list[BindingType]] = copy_key("Copy figure")

    def item_parts(self, item: Figure) -> list[tuple[str, str]]:
        """Qualifier and value with its unit ("about 2,300 tons"), then what it counts (else
        its sentence)."""
        parts: list[tuple[str, str]] = []
        if item.qualifier:
            parts.append((f"{item.qualifier} ", "muted"))
        parts.append((figure_amount(item), "strong"))
        parts.append(("\n", ""))
        if item.subject:
            parts.append((item.subject, ""))
        else:
            parts.append((item.context, "muted"))
        return parts

    def copied(self, item: Figure) -> Copied:
        """The figure, what it counts and its sentence, then ``(Title, Site)``."""
        return figure_copy(item, self.brief.article)
