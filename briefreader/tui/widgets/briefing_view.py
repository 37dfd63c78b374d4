"""The briefing view (key ``b``): facts without repeats, quotes by speaker, figures by subject.

Three columns over a :class:`~briefreader.briefing.Briefing` of every loaded article. Group
headings are rows that cannot be chosen; enter on an item posts
:class:`~briefreader.tui.messages.BriefingItemChosen` with the source and sentence to open.
The view copies its items (``y`` the selected quote, ``c`` through the screen the focused
column's item), each with its own article's title and site.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from briefreader.briefing import Briefing, BriefingFact, source_label
from briefreader.model import Figure, Quote, Span
from briefreader.render.labels import OTHER_FIGURES_HEADING
from briefreader.tui.copying import (
    copy,
    fact_copy,
    figure_copy,
    nothing_copied,
    quote_copy,
    settings,
)
from briefreader.tui.messages import BriefingItemChosen
from briefreader.tui.widgets.digest_pane import styled_parts
from briefreader.tui.widgets.list_keys import LIST_MOVES

LABEL_WIDTH = 32
"""Characters of an article's name in a row; a longer name is cut with "…"."""


def article_label(briefing: Briefing, position: int) -> str:
    """Name article ``position`` of ``briefing`` in its rows: "[2] The Korea Times"."""
    label = source_label(briefing.briefs[position].article)
    if len(label) > LABEL_WIDTH:
        label = label[: LABEL_WIDTH - 1].rstrip() + "…"
    return f"[{position + 1}] {label}"


@dataclass(frozen=True)
class BriefingRow:
    """One row of a briefing column: a heading (``source`` None) or an item to open.

    ``parts`` are ``(text, component)`` pairs as in the digest panes; ``source`` is the index
    of the item's article in the reader's sources, ``sentence`` where to highlight it.
    """

    parts: tuple[tuple[str, str], ...]
    source: int | None = None
    sentence: Span | None = None
    item: BriefingFact | Quote | Figure | None = None
    """The fact, quote or figure the row shows (what ``c`` and ``y`` copy)."""
    article: int | None = None
    """The item's article: its index in ``Briefing.briefs``."""

    @property
    def text(self) -> str:
        """The row's plain text."""
        return "".join(text for text, _ in self.parts)

    @property
    def is_heading(self) -> bool:
        """True for a group heading (not choosable)."""
        return self.source is None


def briefing_rows(
    briefing: Briefing, sources: Sequence[int], label: Callable[[int], str]
) -> dict[str, list[BriefingRow]]:
    """The rows of the three columns. ``sources[i]`` is the reader's index of
    ``briefing.briefs[i]``; ``label(i)`` names that article in a row ("The Korea Times")."""

    def names(articles: Sequence[int]) -> str:
        return " · ".join(label(i) for i in articles)

    facts = [
        BriefingRow(
            ((fact.text, ""), ("\n", ""), (f"— {names(fact.articles)}", "muted")),
            sources[fact.refs[0].article],
            fact.refs[0].span,
            fact,
            fact.refs[0].article,
        )
        for fact in briefing.facts
    ]
    quotes: list[BriefingRow] = []
    for group in briefing.speakers:
        count = len(group.quotes)
        where = len(group.articles)
        quotes.append(
            BriefingRow(
                (
                    (group.heading, "heading"),
                    (
                        f"  {count} quote{'s' if count != 1 else ''}"
                        f"{f', {where} articles' if where > 1 else ''}",
                        "muted",
                    ),
                )
            )
        )
        for item in group.quotes:
            quote = item.quote
            said = ""
            if quote.speaker and quote.speaker != group.speaker:
                said = f" (as “{quote.speaker}”)"
            quotes.append(
                BriefingRow(
                    (
                        (f"“{quote.text}”", ""),
                        ("\n", ""),
                        (f"— {label(item.article)}{said}", "muted"),
                    ),
                    sources[item.article],
                    quote.sentence or quote.span,
                    quote,
                    item.article,
                )
            )
    figures: list[BriefingRow] = []
    for figure_group in briefing.figures:
        side_by_side = " · ".join(
            f"{entry.label} ([{entry.article + 1}]"
            + (f", {entry.claimant})" if entry.claimant else ")")
            for entry in figure_group.figures
        )
        heading: list[tuple[str, str]] = [
            (figure_group.subject or OTHER_FIGURES_HEADING, "heading")
        ]
        if len(figure_group.articles) > 1:
            heading += [("\n", ""), (side_by_side, "muted")]
        figures.append(BriefingRow(tuple(heading)))
        for entry in figure_group.figures:
            figure = entry.figure
            parts: list[tuple[str, str]] = [(entry.label, "strong")]
            if figure_group.subject is None or (
                figure.subject and figure.subject != figure_group.subject
            ):
                if figure.subject:
                    parts.append((f" {figure.subject}", ""))
            who = f" · {entry.claimant}" if entry.claimant else ""
            parts.append((f"  — {label(entry.article)}{who}", "muted"))
            figures.append(
                BriefingRow(
                    tuple(parts),
                    sources[entry.article],
                    figure.sentence or figure.span,
                    figure,
                    entry.article,
                )
            )
    return {"facts": facts, "quotes": quotes, "figures": figures}


class BriefingColumn(OptionList):
    """One column of the briefing view: headings and the items under them."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "briefing-column--muted",
        "briefing-column--strong",
        "briefing-column--heading",
    }

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "select", "Open at source"),
        *LIST_MOVES,
    ]

    def __init__(self, name: str, title: str, rows: list[BriefingRow]) -> None:
        """A column called ``name`` (facts, quotes, figures) showing ``rows``."""
        super().__init__(id=f"briefing-{name}", classes="briefing-column")
        self.pane_name = name
        self.rows = rows
        self.border_title = title

    def on_mount(self) -> None:
        """Fill the column once the styles are known."""
        options: list[Option | None] = []
        for index, row in enumerate(self.rows):
            if row.is_heading and index:
                options.append(None)
            options.append(Option(self._prompt(row), id=f"row-{index}", disabled=row.is_heading))
        if not self.rows:
            options.append(Option("Nothing found in the articles loaded so far.", disabled=True))
        self.add_options(options)
        first = next((i for i, row in enumerate(self.rows) if not row.is_heading), None)
        if first is not None:
            self.highlighted = first

    def _prompt(self, row: BriefingRow) -> Content:
        return styled_parts(self, "briefing-column", row.parts)

    @property
    def selected_row(self) -> BriefingRow | None:
        """The highlighted row, if any."""
        if self.highlighted is None or not self.rows:
            return None
        option = self.get_option_at_index(self.highlighted)
        if not option.id:
            return None
        return self.rows[int(option.id.removeprefix("row-"))]

    @on(OptionList.OptionSelected)
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        row = self.selected_row
        if row is not None and row.source is not None and row.sentence is not None:
            self.post_message(BriefingItemChosen(row.source, row.sentence))


class BriefingView(Vertical):
    """The three columns of the briefing, side by side (stacked when ``narrow``)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        # As in the quotes pane: y copies the quote selected in the quotes column, whichever
        # column has the focus (c, bound on the screen, copies the focused column's item).
        Binding("y", "copy_quote", "Copy quote", id="copy_quote"),
    ]

    def __init__(self, briefing: Briefing, sources: Sequence[int], *, narrow: bool = False) -> None:
        """Show ``briefing``; ``sources`` as in :func:`briefing_rows` (its rows name each
        article with :func:`article_label`)."""
        super().__init__(id="briefing-view")
        self.briefing = briefing
        self.rows = briefing_rows(briefing, sources, partial(article_label, briefing))
        self.narrow = narrow

    def compose(self) -> ComposeResult:
        """Key facts, Quotes by speaker, Figures by subject."""
        briefing = self.briefing
        columns = (
            BriefingColumn("facts", f"Key facts {len(briefing.facts)}", self.rows["facts"]),
            BriefingColumn(
                "quotes",
                f"Quotes by speaker {len(briefing.speakers)}",
                self.rows["quotes"],
            ),
            BriefingColumn(
                "figures", f"Figures by subject {len(briefing.figures)}", self.rows["figures"]
            ),
        )
        if self.narrow:
            yield from columns
        else:
            with Horizontal(id="briefing-columns"):
                yield from columns

    def column(self, name: str) -> BriefingColumn:
        """The column called ``name``: facts, quotes or figures."""
        return self.query_one(f"#briefing-{name}", BriefingColumn)

    # Copying.

    def copy_row(self, name: str) -> None:
        """Copy the selected row of column ``name`` as ``c``/``y`` copy an item of one article
        (with the item's own article's title and site)."""
        row = self.column(name).selected_row
        if row is None or row.item is None or row.article is None:
            nothing_copied(
                self, f"Select an item in the {name} column first (headings are not copied)."
            )
            return
        article = self.briefing.briefs[row.article].article
        item = row.item
        if isinstance(item, Quote):
            copy(self, quote_copy(item, article, settings(self)))
        elif isinstance(item, BriefingFact):
            copy(self, fact_copy(item, article))
        else:
            copy(self, figure_copy(item, article))

    def action_copy_quote(self) -> None:
        """Copy the quote selected in the quotes column."""
        self.copy_row("quotes")
