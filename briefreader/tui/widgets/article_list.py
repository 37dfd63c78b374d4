"""The article list of a briefing: one row per source, filled in as articles load."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from textual import on
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from briefreader.model import Brief
from briefreader.tui.messages import ArticleChosen
from briefreader.tui.widgets.list_keys import LIST_MOVES


@dataclass(frozen=True)
class Row:
    """What one row shows: the source's name, and its brief or failure reason once known."""

    name: str
    brief: Brief | None = None
    reason: str | None = None

    @property
    def state(self) -> str:
        """``loading``, ``loaded`` or ``failed``."""
        if self.reason is not None:
            return "failed"
        return "loading" if self.brief is None else "loaded"


def counts_line(brief: Brief) -> str:
    """ "12 facts · 3 quotes · 5 figures"."""

    def plural(count: int, noun: str) -> str:
        return f"{count} {noun}{'' if count == 1 else 's'}"

    return " · ".join(
        (
            plural(len(brief.facts), "fact"),
            plural(len(brief.quotes), "quote"),
            plural(len(brief.figures), "figure"),
        )
    )


class ArticleList(OptionList):
    """The sidebar: title, site and date, and counts of facts, quotes and figures per article.

    A failed source is a marked row ("✗") with its one-line reason. ``rows`` are in display
    order; ``order[i]`` is the source index of row ``i``. Enter (or a click) chooses a row.
    """

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "article-list--muted",
        "article-list--title",
        "article-list--failed",
    }

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "select", "Open article"),
        *LIST_MOVES,
    ]

    def __init__(self, rows: list[Row], order: list[int], current: int, facts_shown: int) -> None:
        """Show ``rows`` (by source index) in ``order``, with source ``current`` selected."""
        super().__init__(id="article-list")
        self.rows = rows
        self.order = order
        self.current = current
        self.facts_shown = facts_shown
        self.border_title = "Articles"

    def on_mount(self) -> None:
        """Fill the rows once the styles are known."""
        self._rebuild()

    def _style(self, name: str):  # type: ignore[no-untyped-def]
        return self.get_visual_style(f"article-list--{name}", partial=True)

    def prompt(self, index: int) -> Content:
        """The text of the row for source ``index``."""
        row = self.rows[index]
        marker = "▶ " if index == self.current else "  "
        if row.state == "failed":
            return Content.assemble(
                Content.styled(f"✗ {row.name}", self._style("failed")),
                "\n",
                Content.styled(row.reason or "", self._style("muted")),
            )
        if row.brief is None:
            return Content.assemble(
                Content(f"{marker}{row.name}"),
                "\n",
                Content.styled("loading…", self._style("muted")),
            )
        article = row.brief.article
        title = article.title or row.name
        meta = " · ".join(part for part in (article.site, article.date) if part)
        shown = row.brief
        if len(shown.facts) > self.facts_shown:
            shown = Brief(
                shown.article, shown.facts[: self.facts_shown], shown.quotes, shown.figures
            )
        pieces = [Content.styled(f"{marker}{title}", self._style("title")), "\n"]
        if meta:
            pieces += [Content.styled(meta, self._style("muted")), "\n"]
        pieces.append(Content.styled(counts_line(shown), self._style("muted")))
        return Content.assemble(*pieces)

    def _rebuild(self) -> None:
        highlighted = self.highlighted
        self.clear_options()
        options: list[Option | None] = []
        for position, index in enumerate(self.order):
            options.append(Option(self.prompt(index), id=f"article-{index}"))
            if position < len(self.order) - 1:
                options.append(None)
        self.add_options(options)
        if highlighted is None:
            highlighted = self.order.index(self.current) if self.current in self.order else 0
        self.highlighted = min(highlighted, len(self.order) - 1)

    def update_row(self, index: int, row: Row) -> None:
        """Show the new state of source ``index``."""
        self.rows[index] = row
        if self.is_mounted:
            self.replace_option_prompt(f"article-{index}", self.prompt(index))

    def set_order(self, order: list[int]) -> None:
        """Show the rows in a new order, keeping the current article highlighted."""
        self.order = order
        if self.is_mounted:
            self.highlighted = None
            self._rebuild()
            self.highlighted = order.index(self.current)

    @property
    def highlighted_source(self) -> int | None:
        """The source index of the highlighted row."""
        if self.highlighted is None:
            return None
        return self.order[self.highlighted]

    @on(OptionList.OptionSelected)
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id:
            self.post_message(ArticleChosen(int(event.option.id.removeprefix("article-"))))
