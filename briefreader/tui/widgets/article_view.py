"""The Article pane: the clean paragraphs with captions in place, highlight and search."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import VerticalScroll
from textual.widget import Widget

from briefreader.model import Article, Caption, Span
from briefreader.tui.search import SearchPattern, as_pattern
from briefreader.tui.widgets.caption_block import CaptionBlock
from briefreader.tui.widgets.list_keys import SCROLL_MOVES
from briefreader.tui.widgets.paragraph import Paragraph

Place = tuple[int, float]
"""A reading position: the block at the top of the pane (its number among the paragraphs and
captions, in reading order), and the part of it scrolled past (0 to 1)."""

_Block = tuple[int, str] | Caption
"""A paragraph (its index and text) or a caption, in the order the article shows them."""


class ArticleView(VerticalScroll, can_focus=True):
    """The article, scrollable. ``show_source`` scrolls to a span and highlights it;
    ``set_search``/``go_to_match`` mark the matches of a search and go to one."""

    pane_name = "article"
    label = "Article"

    BINDINGS: ClassVar[list[BindingType]] = [*SCROLL_MOVES]

    def __init__(self, article: Article, *, columns: int | None = None) -> None:
        """Show ``article``; ``columns`` is the most its text can be wide on the first screen
        (the terminal's width when not given), which decides how much of it is composed
        before the first paint."""
        super().__init__(id="article-pane", classes="article-pane")
        self.article = article
        self.columns = columns
        self.highlight: Span | None = None
        self.matches: list[tuple[int, int, int]] = []
        """Search matches as ``(paragraph, start, end)``, in reading order."""
        self.current_match: int | None = None
        self._pending_reveal: tuple[Widget, bool] | None = None
        self._later: list[_Block] = []
        """Blocks (paragraph texts, captions) still to mount after the first screen."""
        self.place: Place = (0, 0.0)
        """Where the reader is: the block at the top of the pane, and how far into it."""
        self._place_width = 0
        """The width ``place`` was taken at: a scroll at another width is the re-wrapping of
        a resize, not the reader moving."""
        self.border_title = self._title()

    def _title(self) -> str:
        count = len(self.article.paragraphs)
        if not count or not self.is_mounted or not self.max_scroll_y:
            return f"{self.label} {count} ¶"
        percent = round(100 * self.scroll_y / self.max_scroll_y)
        return f"{self.label} · ¶ {self._paragraph_at(self.place[0]) + 1} of {count} · {percent}%"

    def _paragraph_at(self, block: int) -> int:
        """The paragraph the reader is in at block ``block`` (a caption counts as the
        paragraph after it; captions at the end as the last paragraph)."""
        for widget in self.children[block:]:
            if isinstance(widget, Paragraph):
                return widget.index
        return max(0, len(self.article.paragraphs) - 1)

    # Where the reader is: kept through resizes and new layouts, shown in the title.

    def watch_scroll_y(self, old_value: float, new_value: float) -> None:
        """Remember the block at the top after the reader scrolled (not after a resize
        re-wrapped the text), and show where it is in the title."""
        super().watch_scroll_y(old_value, new_value)
        if self.size.width == self._place_width:
            self.place = self._place_now()
        self.border_title = self._title()

    def _place_now(self) -> Place:
        top = self.scroll_y
        for number, widget in enumerate(self.children):
            region = widget.virtual_region
            if region.bottom > top:
                into = max(0.0, top - region.y) / max(1, region.height)
                return number, into
        return self.place

    def go_to_place(self, place: Place) -> None:
        """Scroll so that ``place`` is at the top again (once laid out)."""
        self.place = place
        self._place_width = 0
        self.call_after_refresh(self._apply_place)

    def _apply_place(self) -> None:
        if self._pending_reveal is not None or not self.size.height:
            self._place_width = self.size.width
            return
        number, into = self.place
        if number >= len(self.children):
            self.mount_rest()
        if number >= len(self.children):
            return
        region = self.children[number].virtual_region
        if not region.height:  # just mounted: not laid out yet
            self.call_after_refresh(self._apply_place)
            return
        self.scroll_to(y=region.y + round(into * region.height), animate=False, immediate=True)
        self._place_width = self.size.width
        self.border_title = self._title()

    def compose(self) -> ComposeResult:
        """The paragraphs, each caption after the paragraph it follows.

        Only the paragraphs that can be on the first screen are composed with the pane; the
        rest are mounted right after its first paint (:meth:`mount_rest`), so a long
        article shows as fast as a short one.
        """
        blocks = self._blocks()
        width, height = self.app.size
        first = _first_screen_blocks(blocks, min(width, self.columns or width), height)
        self._later = blocks[first:]
        for block in blocks[:first]:
            yield _make_block(block)

    def _blocks(self) -> list[_Block]:
        """The article in reading order: paragraph texts, captions where they stand."""
        captions: dict[int, list[Caption]] = {}
        for caption in self.article.captions:
            captions.setdefault(caption.after_paragraph, []).append(caption)
        blocks: list[_Block] = list(captions.pop(-1, []))
        for index, text in enumerate(self.article.paragraphs):
            blocks.append((index, text))
            blocks.extend(captions.pop(index, []))
        # Captions pointing past the end still belong to the article: show them last.
        for _, rest in sorted(captions.items()):
            blocks.extend(rest)
        return blocks

    def on_mount(self) -> None:
        """Mount the rest of the article once the first screen is painted."""
        if self._later:
            # After the refresh that paints the first screen, behind what waits for it.
            self.call_after_refresh(self.call_later, self.mount_rest)

    def mount_rest(self) -> None:
        """Mount the paragraphs not composed with the first screen (no-op once done)."""
        if not self._later or not self.is_attached:
            return
        later, self._later = self._later, []
        self.mount_all([_make_block(block) for block in later])

    def paragraph(self, index: int) -> Paragraph:
        """Return the widget showing paragraph ``index`` (mounting the rest first: whoever
        asks for a paragraph is about to highlight or scroll through the article)."""
        self.mount_rest()
        return self.query_one(f"#paragraph-{index}", Paragraph)

    @property
    def highlighted_text(self) -> str | None:
        """The text of the highlighted sentence, if any."""
        return None if self.highlight is None else self.highlight.text_in(self.article)

    def show_source(self, sentence: Span, *, animate: bool = False, reveal: bool = True) -> None:
        """Highlight ``sentence`` and (with ``reveal``) scroll its paragraph to the top."""
        if not 0 <= sentence.paragraph < len(self.article.paragraphs):
            return
        if self.highlight is not None:
            self.paragraph(self.highlight.paragraph).highlight = None
        self.highlight = sentence
        target = self.paragraph(sentence.paragraph)
        target.highlight = (sentence.start, sentence.end)
        if reveal:
            self._reveal(target, animate=animate)

    def clear_highlight(self) -> None:
        """Remove the sentence highlight."""
        if self.highlight is not None:
            self.paragraph(self.highlight.paragraph).highlight = None
        self.highlight = None

    def _reveal(self, widget: Widget, *, animate: bool) -> None:
        # The article may be in a hidden tab that is only now being shown: scroll once it
        # has been laid out (see on_resize / on_show), not before.
        self._pending_reveal = (widget, animate)
        self.call_after_refresh(self._apply_reveal)

    def _apply_reveal(self) -> None:
        if self._pending_reveal is None:
            return
        widget, animate = self._pending_reveal
        if not self.size.height or not widget.region:
            return
        self._pending_reveal = None
        self.scroll_to_widget(widget, animate=animate, top=True, immediate=True)
        self._place_width = self.size.width
        self.place = self._place_now()
        self.border_title = self._title()

    def on_show(self) -> None:
        """Scroll to a source chosen while the article was hidden."""
        self.call_after_refresh(self._apply_reveal)

    def on_resize(self) -> None:
        """Scroll to a source chosen before the article had its size; else keep the reader's
        paragraph at the top, however the text wraps now."""
        if self._pending_reveal is not None:
            self.call_after_refresh(self._apply_reveal)
        elif self.size.width != self._place_width:
            self._place_width = 0
            self.call_after_refresh(self._apply_place)

    def set_search(self, query: str | SearchPattern) -> int:
        """Mark every match of ``query`` (see :mod:`briefreader.tui.search`); return how many
        there are."""
        pattern = as_pattern(query)
        by_paragraph: dict[int, list[tuple[int, int]]] = {}
        self.mount_rest()
        self.matches = []
        for index, text in enumerate(self.article.paragraphs):
            for start, end in pattern.find(text):
                self.matches.append((index, start, end))
                by_paragraph.setdefault(index, []).append((start, end))
        self.current_match = None
        for paragraph in self.query(Paragraph):
            paragraph.current_match = None
            paragraph.matches = tuple(by_paragraph.get(paragraph.index, ()))
        self.border_subtitle = f"{len(self.matches)} matching" if pattern else ""
        return len(self.matches)

    def go_to_match(self, number: int, *, reveal: bool = True) -> None:
        """Make match ``number`` the current one and (with ``reveal``) scroll to it."""
        if self.current_match is not None:
            old_paragraph = self.matches[self.current_match][0]
            self.paragraph(old_paragraph).current_match = None
        self.current_match = number
        paragraph_index, start, _ = self.matches[number]
        paragraph = self.paragraph(paragraph_index)
        paragraph.current_match = [m[1] for m in self.matches if m[0] == paragraph_index].index(
            start
        )
        if reveal:
            self._reveal(paragraph, animate=False)


def _first_screen_blocks(blocks: list[_Block], width: int, height: int) -> int:
    """How many of ``blocks`` can show on a ``width`` x ``height`` terminal at most.

    Every block takes at least its text's length over ``width`` in rows (the most columns
    the text can have: the article pane's share of the terminal), plus the blank row under
    it: counting that way never stops short of what the pane, which is shorter and no wider,
    can show.
    """
    rows = 0
    for count, block in enumerate(blocks, start=1):
        text = block[1] if isinstance(block, tuple) else block.text
        rows += -(-len(text) // max(1, width)) + 1
        if rows >= height:
            return count
    return len(blocks)


def _make_block(block: _Block) -> Widget:
    if isinstance(block, tuple):
        return Paragraph(block[1], block[0])
    return CaptionBlock(block)
