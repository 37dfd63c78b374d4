"""The briefing view (key ``b``): facts without repeats, quotes by speaker, figures by subject.

Three columns over a :class:`~briefreader.briefing.Briefing` of every loaded article. Group
headings are rows that cannot be chosen; enter on an item posts
:class:`~briefreader.tui.messages.BriefingItemChosen` with the source and sentence to open.
The view copies the focused column's selected item (``y``, and ``c`` through the screen),
each with its own article's title and site. Under 100 columns the columns are tabs.
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
from textual.widgets import OptionList, TabbedContent, TabPane
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

TAB_NAMES = {"facts": "Facts", "quotes": "Quotes", "figures": "Figures"}
"""The columns' names on their tabs (narrow terminals), before the count."""

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
        written: str | None = None  # the name as written of the quote above, in this group
        for item in group.quotes:
            quote = item.quote
            said = ""
            if quote.speaker and quote.speaker != group.speaker and quote.speaker != written:
                # Once per run of quotes giving the speaker the same way.
                said = f" (as “{quote.speaker}”)"
            written = quote.speaker
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
            # The gap is plain text of its own, so the value never runs into the dash.
            parts += [("  ", ""), (f"— {label(entry.article)}{who}", "muted")]
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
    """One column of the briefing view: headings and the items under them; ``y`` (as ``c``,
    bound on the screen) copies the selected item."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "briefing-column--muted",
        "briefing-column--strong",
        "briefing-column--heading",
    }

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "select", "Open at source"),
        *LIST_MOVES,
    ]

    noun: ClassVar[str] = "item"
    """What the column's items are called on the key line ("Copy quote")."""

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

    def action_copy(self) -> None:
        """Copy the selected item (with its own article's title and site)."""
        self.query_ancestor(BriefingView).copy_row(self.pane_name)


def _column_class(noun: str) -> type[BriefingColumn]:
    """A briefing column whose ``y`` says on the key line what it copies."""
    return type(
        f"{noun.title()}Column",
        (BriefingColumn,),
        {
            "noun": noun,
            "BINDINGS": [Binding("y", "copy", f"Copy {noun}", id="copy_quote")],
            "__doc__": f"The briefing column of {noun}s.",
        },
    )


COLUMN_CLASSES: dict[str, type[BriefingColumn]] = {
    name: _column_class(noun)
    for name, noun in (("facts", "fact"), ("quotes", "quote"), ("figures", "figure"))
}
"""The briefing view's column class for each column name."""


class BriefingView(Vertical):
    """The three columns of the briefing, side by side (as tabs when ``narrow``)."""

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
        titles = {
            "facts": f"Key facts {len(briefing.facts)}",
            "quotes": f"Quotes by speaker {len(briefing.speakers)}",
            "figures": f"Figures by subject {len(briefing.figures)}",
        }
        columns = [
            COLUMN_CLASSES[name](name, title, self.rows[name]) for name, title in titles.items()
        ]
        if self.narrow:
            with TabbedContent(id="briefing-tabs"):
                for column in columns:
                    name = column.pane_name
                    tab = f"{TAB_NAMES[name]} {titles[name].rsplit(' ', 1)[1]}"
                    with TabPane(tab, id=f"briefing-tab-{name}"):
                        yield column
        else:
            with Horizontal(id="briefing-columns"):
                yield from columns

    def on_mount(self) -> None:
        """The tabs' own bar takes no focus: 1 2 3 and tab choose the columns."""
        for tabs in self.query("#briefing-tabs Tabs"):
            tabs.can_focus = False

    @on(TabbedContent.TabActivated)
    def _tab_clicked(self, event: TabbedContent.TabActivated) -> None:
        event.stop()
        name = (event.pane.id or "").removeprefix("briefing-tab-")
        if name in self.rows and not self.column(name).has_focus:
            self.column(name).focus()

    def show_column(self, name: str) -> BriefingColumn:
        """The column called ``name``, its tab made the active one when the view is tabs."""
        if self.narrow:
            self.query_one("#briefing-tabs", TabbedContent).active = f"briefing-tab-{name}"
        return self.column(name)

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
