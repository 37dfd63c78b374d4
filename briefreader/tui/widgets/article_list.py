"""The article list of a briefing: one row per source, filled in as articles load.

A line-API widget rather than an ``OptionList``: the list is on a briefing's first screen,
where an ``OptionList`` of 40 rows cost a fifth of the time to the first paint (it measures
and renders every option through its generic visual machinery, again on each change).
"""

from __future__ import annotations

from typing import ClassVar

from textual import events
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.geometry import Region, Size
from textual.reactive import Reactive, reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from briefreader.model import Brief
from briefreader.tui.articles import Row
from briefreader.tui.messages import ArticleChosen
from briefreader.tui.widgets.list_keys import CURSOR_KEYS, LIST_MOVES
from briefreader.tui.widgets.steady_scrollbar import (
    keep_scrollbar,
    set_content_size,
    steady_virtual_size,
)


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


UNREAD_MARK = "● "
"""What an article the reader has not opened yet starts with (``▶`` is the one shown)."""


class ArticleList(ScrollView, can_focus=True):
    """The sidebar: title, site and date, and counts of facts, quotes and figures per article.

    A failed source is a marked row ("✗") with its one-line reason; an article not yet opened
    is marked unread ("●"). ``rows`` are by source
    index; ``order[i]`` is the source index of row ``i``; ``highlighted`` is the cursor's row.
    Enter (or a click) chooses a row: :class:`~briefreader.tui.messages.ArticleChosen`.
    """

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "article-list--muted",
        "article-list--title",
        "article-list--failed",
        "article-list--cursor",
        "article-list--separator",
    }

    DEFAULT_CSS = """
    ArticleList {
        background: $surface;
        overflow-x: hidden;
        padding: 0 1;
    }
    ArticleList > .article-list--cursor {
        color: $foreground;
        background: $block-cursor-blurred-background;
    }
    ArticleList:focus > .article-list--cursor {
        color: $block-cursor-foreground;
        background: $block-cursor-background;
        text-style: $block-cursor-text-style;
    }
    ArticleList > .article-list--separator {
        color: $foreground 15%;
    }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "select", "Open article"),
        *CURSOR_KEYS,
        *LIST_MOVES,
    ]

    highlighted: reactive[int | None] = reactive(None, always_update=True)
    """The row (position in ``order``) under the cursor."""

    virtual_size: Reactive[Size] = steady_virtual_size()

    def __init__(
        self,
        rows: list[Row],
        order: list[int],
        current: int,
        facts_shown: int,
        read: set[int] | None = None,
    ) -> None:
        """Show ``rows`` (by source index) in ``order``, with source ``current`` selected;
        the articles in ``read`` have been on screen (the others are marked unread)."""
        super().__init__(id="article-list")
        self.rows = rows
        self.read = read if read is not None else set()
        self.order = order
        self.current = current
        self.facts_shown = facts_shown
        self.border_title = "Articles"
        self._lines: list[tuple[int, Content]] = []
        """Each line of the list: the row it belongs to (-1 for a separator) and its text."""
        self._row_starts: list[int] = []
        self._width = 0
        self._styles: dict[str, object] = {}
        self._wrapped: dict[int, tuple[tuple[int, str, int], list[Content]]] = {}
        """Each source's row wrapped, with what it was wrapped for (its row, its marker, the
        width): an article read re-wraps its own row, not the whole list (40 arrivals
        re-wrapping 40 rows each took most of a folder's loading time in the reader)."""
        self.set_reactive(ArticleList.highlighted, order.index(current) if current in order else 0)

    # What a row says.

    def _style(self, name: str):  # type: ignore[no-untyped-def]
        # Kept until the theme changes: each row asks for three styles.
        style = self._styles.get(name)
        if style is None:
            style = self._styles[name] = self.get_visual_style(
                f"article-list--{name}", partial=True
            )
        return style

    def _marker(self, index: int) -> str:
        if index == self.current:
            return "▶ "
        if self.rows[index].brief is not None and index not in self.read:
            return UNREAD_MARK
        return "  "

    def prompt(self, index: int) -> Content:
        """The text of the row for source ``index``."""
        row = self.rows[index]
        marker = self._marker(index)
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

    # Laying out and drawing the lines.

    def _layout_lines(self) -> None:
        """Wrap every row to the width, with a separator line between rows, and repaint."""
        self._wrap_lines()
        self.refresh()

    def _wrap_lines(self) -> None:
        width = self.scrollable_content_region.width
        if width <= 0:
            return
        self._width = width
        lines: list[tuple[int, Content]] = []
        starts: list[int] = []
        separator = Content.styled("─" * width, self._style("separator"))
        for position, index in enumerate(self.order):
            starts.append(len(lines))
            lines.extend((position, line) for line in self._wrap_row(index, width))
            if position < len(self.order) - 1:
                lines.append((-1, separator))
        self._lines, self._row_starts = lines, starts
        set_content_size(self, Size(width, len(lines)))

    def _wrap_row(self, index: int, width: int) -> list[Content]:
        """The lines of source ``index``'s row at ``width`` (wrapped again only if its row,
        its marker or the width changed)."""
        key = (id(self.rows[index]), self._marker(index), width)
        cached = self._wrapped.get(index)
        if cached is not None and cached[0] == key:
            return cached[1]
        wrapped = [
            line for part in self.prompt(index).split("\n") for line in part.wrap(max(1, width - 2))
        ]
        self._wrapped[index] = (key, wrapped)
        return wrapped

    def on_mount(self) -> None:
        """Have the scrollbar before the first layout (the rows are wrapped when first
        drawn, at the width the layout gave)."""
        keep_scrollbar(self)

    def notify_style_update(self) -> None:
        """Wrap the rows again when the styles they are drawn in changed (a theme was
        picked); focus and hover restyle the list too, and leave its rows as they are."""
        super().notify_style_update()
        drawn_in, self._styles = self._styles, {}
        if any(self._style(name) != style for name, style in drawn_in.items()):
            self._wrapped.clear()
            self._layout_lines()

    def on_resize(self) -> None:
        """Wrap the rows again for a new width."""
        if self.scrollable_content_region.width != self._width:
            self._layout_lines()

    def render_line(self, y: int) -> Strip:
        """Line ``y`` of the visible part of the list."""
        width = self.scrollable_content_region.width
        if width != self._width:
            self._wrap_lines()  # the first paint, or a paint before the resize event
        base = self.get_visual_style()
        number = self.scroll_offset.y + y
        if not 0 <= number < len(self._lines):
            return Strip.blank(width, base.rich_style)
        position, text = self._lines[number]
        if position == -1:
            style = base
            line = text
        else:
            style = (
                self.get_visual_style("article-list--cursor")
                if position == self.highlighted
                else base
            )
            line = Content(" ") + text
        strip = Strip(line.render_segments(style), line.cell_length)
        return strip.extend_cell_length(width, style.rich_style).crop(0, width)

    # The cursor.

    def validate_highlighted(self, value: int | None) -> int | None:
        """Keep the cursor on a row."""
        if value is None or not self.order:
            return None
        return max(0, min(value, len(self.order) - 1))

    def watch_highlighted(self, value: int | None) -> None:
        """Redraw and keep the cursor's row in view."""
        self.refresh()
        if value is None or value >= len(self._row_starts):
            return
        start = self._row_starts[value]
        end = self._row_starts[value + 1] - 1 if value + 1 < len(self._row_starts) else None
        height = (end if end is not None else len(self._lines)) - start
        self.scroll_to_region(Region(0, start, self._width, height), animate=False, force=True)

    def action_cursor_down(self) -> None:
        """Move to the next row."""
        self.highlighted = 0 if self.highlighted is None else self.highlighted + 1

    def action_cursor_up(self) -> None:
        """Move to the previous row."""
        self.highlighted = 0 if self.highlighted is None else self.highlighted - 1

    def action_first(self) -> None:
        """Move to the first row."""
        self.highlighted = 0

    def action_last(self) -> None:
        """Move to the last row."""
        self.highlighted = len(self.order) - 1

    def _rows_per_page(self) -> int:
        if not self._row_starts:
            return 1
        row_height = max(1, -(-len(self._lines) // len(self._row_starts)))
        return max(1, self.scrollable_content_region.height // row_height)

    def action_page_down(self) -> None:
        """Move a page of rows down."""
        self.highlighted = (self.highlighted or 0) + self._rows_per_page()

    def action_page_up(self) -> None:
        """Move a page of rows up."""
        self.highlighted = (self.highlighted or 0) - self._rows_per_page()

    def action_select(self) -> None:
        """Open the article under the cursor."""
        if self.highlighted is not None and self.order:
            self.post_message(ArticleChosen(self.order[self.highlighted]))

    def on_click(self, event: events.Click) -> None:
        """A click chooses the row under the pointer."""
        number = self.scroll_offset.y + event.y
        if 0 <= number < len(self._lines) and self._lines[number][0] >= 0:
            event.stop()
            self.highlighted = self._lines[number][0]
            self.action_select()

    # Changes from the reader.

    def update_row(self, index: int, row: Row) -> None:
        """Show the new state of source ``index``."""
        self.rows[index] = row
        if self.is_mounted:
            self._layout_lines()

    def set_order(self, order: list[int]) -> None:
        """Show the rows in a new order, keeping the current article highlighted."""
        self.order = order
        if self.is_mounted:
            self._layout_lines()
            self.highlighted = order.index(self.current) if self.current in order else 0

    @property
    def highlighted_source(self) -> int | None:
        """The source index of the highlighted row."""
        if self.highlighted is None:
            return None
        return self.order[self.highlighted]
