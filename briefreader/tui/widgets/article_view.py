"""The Article pane: the clean paragraphs with captions in place, highlight and search.

The pane draws its own lines (a :class:`~textual.scroll_view.ScrollView` with the line API,
as Textual's ``Log`` is): one widget however long the article, wrapped at the pane's width
(:mod:`briefreader.tui.wrapping`), and only the rows on screen are rendered. A widget per
paragraph cost the first screen a few milliseconds each to mount, style and lay out. The
scrollbar is there from the first layout (:mod:`briefreader.tui.widgets.steady_scrollbar`),
so the text never re-wraps for it and the screen is laid out once.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from textual.binding import BindingType
from textual.content import Content
from textual.geometry import Size
from textual.reactive import Reactive
from textual.scroll_view import ScrollView
from textual.selection import Selection
from textual.strip import Strip
from textual.style import Style

from briefreader.model import Article, Caption, Span
from briefreader.tui.search import SearchPattern, as_pattern
from briefreader.tui.widgets.list_keys import SCROLL_MOVES
from briefreader.tui.widgets.steady_scrollbar import (
    keep_scrollbar,
    set_content_size,
    steady_virtual_size,
)
from briefreader.tui.wrapping import line_breaks

Place = tuple[int, float]
"""A reading position: the block at the top of the pane (its number among the paragraphs and
captions, in reading order), and the part of it scrolled past (0 to 1)."""

Block = tuple[int, str] | Caption
"""A paragraph (its index and text) or a caption, in the order the article shows them."""

_Line = tuple[int, int, int]
"""A row of the article: its block, and the start and end of its text in the block's text
(``-1, -1``: the blank row under a block)."""

CAPTION_MARGIN = 2
"""Columns left blank on each side of a caption, setting it apart from the body."""

CAPTION_BAR = "▌"
"""The bar drawn down a caption's left edge (in the caption's border colour)."""

CAPTION_INDENT = 2 * CAPTION_MARGIN + len(CAPTION_BAR) + 2
"""Columns a caption's text gives up: both margins, the bar, a space each side of the text."""

STRIP_CACHE_ROWS = 2000
"""Rendered rows kept between paints (a few screens of scrolling back and forth)."""


class ArticleView(ScrollView, can_focus=True):
    """The article, scrollable. ``show_source`` scrolls to a span and highlights it;
    ``set_search``/``go_to_match`` mark the matches of a search and go to one."""

    pane_name = "article"
    label = "Article"

    BINDINGS: ClassVar[list[BindingType]] = [*SCROLL_MOVES]

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "article-pane--highlight",
        "article-pane--match",
        "article-pane--current-match",
        "article-pane--caption",
        "article-pane--caption-bar",
    }

    virtual_size: Reactive[Size] = steady_virtual_size()

    def __init__(self, article: Article) -> None:
        """Show ``article``."""
        super().__init__(id="article-pane", classes="article-pane")
        self.article = article
        self.blocks: list[Block] = _blocks_of(article)
        """The paragraphs and captions in reading order, as the pane shows them."""
        self._block_of_paragraph = {
            block[0]: number for number, block in enumerate(self.blocks) if isinstance(block, tuple)
        }
        self.highlight: Span | None = None
        self.matches: list[tuple[int, int, int]] = []
        """Search matches as ``(paragraph, start, end)``, in reading order."""
        self.current_match: int | None = None
        self._matches_in: dict[int, list[int]] = {}
        """The numbers (in ``matches``) of the matches of each paragraph."""
        self._lines: list[_Line] = []
        self._block_starts: list[int] = []
        self._lines_width = 0
        self._strips: dict[int, Strip] = {}
        self._pending_reveal: tuple[int, bool] | None = None
        self.place: Place = (0, 0.0)
        """Where the reader is: the block at the top of the pane, and how far into it."""
        self._place_width = 0
        """The width ``place`` was taken at: a scroll at another width is the re-wrapping of
        a resize, not the reader moving."""
        self.border_title = self._title()

    # What the blocks are.

    def block_of_paragraph(self, index: int) -> int:
        """The block showing paragraph ``index``."""
        return self._block_of_paragraph[index]

    def block_text(self, number: int) -> str:
        """The text block ``number`` shows: a paragraph's, or a caption with "— credit"."""
        block = self.blocks[number]
        return block[1] if isinstance(block, tuple) else _caption_text(block)

    def block_rows(self, number: int) -> range:
        """The rows of the article block ``number`` takes at the pane's width (its blank row
        under it excluded); empty before the pane has a width."""
        if not self._lines:
            return range(0)
        start = self._block_starts[number]
        end = self._block_starts[number + 1] if number + 1 < len(self.blocks) else len(self._lines)
        return range(start, end - 1)

    def _title(self) -> str:
        count = len(self.article.paragraphs)
        if not count or not self.is_mounted or not self.max_scroll_y:
            return f"{self.label} {count} ¶"
        percent = round(100 * self.scroll_y / self.max_scroll_y)
        return f"{self.label} · ¶ {self._paragraph_at(self.place[0]) + 1} of {count} · {percent}%"

    def _paragraph_at(self, block: int) -> int:
        """The paragraph the reader is in at block ``block`` (a caption counts as the
        paragraph after it; captions at the end as the last paragraph)."""
        for candidate in self.blocks[block:]:
            if isinstance(candidate, tuple):
                return candidate[0]
        return max(0, len(self.article.paragraphs) - 1)

    # The rows: wrapped at the pane's width, rendered when drawn.

    def _wrap(self, width: int) -> None:
        """Break every block into rows at ``width`` (once per width)."""
        if width <= 0 or width == self._lines_width:
            return
        lines: list[_Line] = []
        starts: list[int] = []
        for number, block in enumerate(self.blocks):
            starts.append(len(lines))
            text_width = width if isinstance(block, tuple) else width - CAPTION_INDENT
            breaks = line_breaks(self.block_text(number), text_width)
            lines.extend((number, start, end) for start, end in breaks)
            lines.append((number, -1, -1))
        self._lines, self._block_starts, self._lines_width = lines, starts, width
        self._strips.clear()
        set_content_size(self, Size(width, len(lines)))

    def _text_width(self) -> int:
        return self.scrollable_content_region.width

    def on_mount(self) -> None:
        """Have the scrollbar before the first layout."""
        keep_scrollbar(self)

    def on_resize(self) -> None:
        """Wrap at the new width; scroll to a source chosen before the article had its size,
        else keep the reader's paragraph at the top, however the text wraps now."""
        self._wrap(self._text_width())
        if self._pending_reveal is not None:
            self.call_after_refresh(self._apply_reveal)
        elif self.size.width != self._place_width:
            self._place_width = 0
            self.call_after_refresh(self._apply_place)

    def notify_style_update(self) -> None:
        """Render the rows afresh in the new styles (a theme was picked)."""
        super().notify_style_update()
        self._strips.clear()

    def render_line(self, y: int) -> Strip:
        """Row ``y`` of the pane as it is scrolled now."""
        scroll_x, scroll_y = self.scroll_offset
        width = self._text_width()
        self._wrap(width)
        row = scroll_y + y
        rich_style = self.rich_style
        if row >= len(self._lines):
            return Strip.blank(width, rich_style)
        selection = self.text_selection
        strip = None if selection is not None else self._strips.get(row)
        if strip is None:
            strip = self._render_row(row, selection)
            if selection is None:
                if len(self._strips) >= STRIP_CACHE_ROWS:
                    self._strips.clear()
                self._strips[row] = strip
        # The offsets tell a mouse selection which row and column it is over.
        return strip.crop_extend(scroll_x, scroll_x + width, rich_style).apply_offsets(
            scroll_x, row
        )

    def _render_row(self, row: int, selection: Selection | None = None) -> Strip:
        number, start, end = self._lines[row]
        if start < 0:
            return Strip([])
        block = self.blocks[number]
        base = self.visual_style
        if isinstance(block, tuple):
            content = self._marked(block[0], block[1], start, end)
        else:
            text_style = self.get_visual_style("article-pane--caption")
            bar_style = self.get_visual_style("article-pane--caption-bar")
            margin, bar, text = _caption_row(self.block_text(number)[start:end])
            content = Content.assemble(
                margin, Content.styled(bar, bar_style), Content.styled(text, text_style)
            )
        span = None if selection is None else selection.get_span(row)
        if span is not None:
            left, right = span
            right = len(content.plain) if right == -1 else right
            selected = self.screen.get_component_rich_style("screen--selection")
            content = content.stylize(Style.from_rich_style(selected), left, right)
        return Strip(content.render_segments(base), content.cell_length)

    def row_text(self, row: int) -> str:
        """The text row ``row`` shows (a caption's with its margin and bar), "" for a blank."""
        number, start, end = self._lines[row]
        if start < 0:
            return ""
        text = self.block_text(number)[start:end]
        return text if isinstance(self.blocks[number], tuple) else "".join(_caption_row(text))

    def get_selection(self, selection: Selection) -> tuple[str, str] | None:
        """The text a mouse selection covers, row by row (for copying it)."""
        text = "\n".join(self.row_text(row) for row in range(len(self._lines)))
        return selection.extract(text), "\n"

    def selection_updated(self, selection: Selection | None) -> None:
        """Draw the rows again with the selection marked (or no longer marked)."""
        self._repaint()

    def _marked(self, paragraph: int, text: str, start: int, end: int) -> Content:
        """The part ``start:end`` of a paragraph with its highlight and matches styled."""
        content = Content(text[start:end])
        marks: list[tuple[int, int, str]] = []
        highlight = self.highlight
        if highlight is not None and highlight.paragraph == paragraph:
            marks.append((highlight.start, highlight.end, "article-pane--highlight"))
        for number in self._matches_in.get(paragraph, ()):
            _, match_start, match_end = self.matches[number]
            current = number == self.current_match
            component = "article-pane--current-match" if current else "article-pane--match"
            marks.append((match_start, match_end, component))
        for mark_start, mark_end, component in marks:
            left, right = max(mark_start, start) - start, min(mark_end, end) - start
            if left < right:
                style: Style = self.get_visual_style(component)
                content = content.stylize(style, left, right)
        return content

    def _repaint(self) -> None:
        self._strips.clear()
        self.refresh()

    # Where the reader is: kept through resizes and new layouts, shown in the title.

    def watch_scroll_y(self, old_value: float, new_value: float) -> None:
        """Remember the block at the top after the reader scrolled (not after a resize
        re-wrapped the text), and show where it is in the title."""
        super().watch_scroll_y(old_value, new_value)
        if self.size.width == self._place_width:
            self.place = self._place_now()
        self.border_title = self._title()

    def _place_now(self) -> Place:
        if not self._lines:
            return self.place
        top = min(int(self.scroll_y), len(self._lines) - 1)
        number, start, _ = self._lines[top]
        if start < 0:  # the blank row under a block: the next block is at the top
            return (number + 1, 0.0) if number + 1 < len(self.blocks) else (number, 1.0)
        rows = self.block_rows(number)
        return number, (top - rows.start) / max(1, len(rows))

    def go_to_place(self, place: Place) -> None:
        """Scroll so that ``place`` is at the top again (once laid out)."""
        self.place = place
        self._place_width = 0
        self.call_after_refresh(self._apply_place)

    def _apply_place(self) -> None:
        if self._pending_reveal is not None or not self.size.height:
            self._place_width = self.size.width
            return
        self._wrap(self._text_width())
        number, into = self.place
        if not self._lines:
            return
        number = min(number, len(self.blocks) - 1)
        rows = self.block_rows(number)
        if self._scroll_to_row(rows.start + round(into * len(rows)), self._apply_place):
            self.border_title = self._title()

    def _scroll_to_row(
        self, target: int, retry: Callable[[], None], *, animate: bool = False
    ) -> bool:
        """Scroll row ``target`` to the top and take the place at this width; or, while the
        rows just wrapped are not laid out yet (the pane cannot scroll as far as ``target``
        though its rows reach it), call ``retry`` after the next layout and return False."""
        reachable = min(target, self.virtual_size.height - self.scrollable_content_region.height)
        if self.max_scroll_y < reachable:
            self.call_after_refresh(retry)
            return False
        self.scroll_to(y=target, animate=animate, immediate=not animate, force=True)
        self._place_width = self.size.width
        return True

    # The highlighted sentence and going to it.

    @property
    def highlighted_text(self) -> str | None:
        """The text of the highlighted sentence, if any."""
        return None if self.highlight is None else self.highlight.text_in(self.article)

    def show_source(self, sentence: Span, *, animate: bool = False, reveal: bool = True) -> None:
        """Highlight ``sentence`` and (with ``reveal``) scroll its paragraph to the top."""
        if not 0 <= sentence.paragraph < len(self.article.paragraphs):
            return
        self.highlight = sentence
        self._repaint()
        if reveal:
            self._reveal(self.block_of_paragraph(sentence.paragraph), animate=animate)

    def clear_highlight(self) -> None:
        """Remove the sentence highlight."""
        self.highlight = None
        self._repaint()

    def _reveal(self, block: int, *, animate: bool) -> None:
        # The article may be in a hidden tab that is only now being shown: scroll once it
        # has been laid out (see on_resize / on_show), not before.
        self._pending_reveal = (block, animate)
        self.call_after_refresh(self._apply_reveal)

    def _apply_reveal(self) -> None:
        if self._pending_reveal is None or not self.size.height:
            return
        self._wrap(self._text_width())
        if not self._lines:
            return
        block, animate = self._pending_reveal
        target = self.block_rows(block).start
        if not self._scroll_to_row(target, self._apply_reveal, animate=animate):
            return
        self._pending_reveal = None
        self.place = (block, 0.0)
        self.border_title = self._title()

    def on_show(self) -> None:
        """Scroll to a source chosen while the article was hidden."""
        self.call_after_refresh(self._apply_reveal)

    # Search.

    def set_search(self, query: str | SearchPattern) -> int:
        """Mark every match of ``query`` (see :mod:`briefreader.tui.search`); return how many
        there are."""
        pattern = as_pattern(query)
        self.matches = []
        self._matches_in = {}
        for index, text in enumerate(self.article.paragraphs):
            for start, end in pattern.find(text):
                self._matches_in.setdefault(index, []).append(len(self.matches))
                self.matches.append((index, start, end))
        self.current_match = None
        self.border_subtitle = f"{len(self.matches)} matching" if pattern else ""
        self._repaint()
        return len(self.matches)

    def go_to_match(self, number: int, *, reveal: bool = True) -> None:
        """Make match ``number`` the current one and (with ``reveal``) scroll to it."""
        self.current_match = number
        self._repaint()
        if reveal:
            self._reveal(self.block_of_paragraph(self.matches[number][0]), animate=False)


def _blocks_of(article: Article) -> list[Block]:
    """The article in reading order: paragraph texts, captions where they stand."""
    captions: dict[int, list[Caption]] = {}
    for caption in article.captions:
        captions.setdefault(caption.after_paragraph, []).append(caption)
    blocks: list[Block] = list(captions.pop(-1, []))
    for index, text in enumerate(article.paragraphs):
        blocks.append((index, text))
        blocks.extend(captions.pop(index, []))
    # Captions pointing past the end still belong to the article: show them last.
    for _, rest in sorted(captions.items()):
        blocks.extend(rest)
    return blocks


def _caption_row(text: str) -> tuple[str, str, str]:
    """A caption's row as drawn: its margin, the bar, and its text after a space."""
    return " " * CAPTION_MARGIN, CAPTION_BAR, " " + text


def _caption_text(caption: Caption) -> str:
    return f"{caption.text} — {caption.credit}" if caption.credit else caption.text
