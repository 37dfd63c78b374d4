"""The Article pane: the clean paragraphs with captions in place, highlight and search."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.widget import Widget

from briefreader.model import Article, Span
from briefreader.tui.widgets.caption_block import CaptionBlock
from briefreader.tui.widgets.digest_pane import find_all
from briefreader.tui.widgets.paragraph import Paragraph


class ArticleView(VerticalScroll, can_focus=True):
    """The article, scrollable. ``show_source`` scrolls to a span and highlights it;
    ``set_search``/``next_match`` mark and step through matches of a search."""

    pane_name = "article"
    label = "Article"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j", "scroll_down", "Down", show=False),
        Binding("k", "scroll_up", "Up", show=False),
        Binding("g", "scroll_home", "Top", show=False),
        Binding("G", "scroll_end", "Bottom", show=False),
        Binding("ctrl+d", "page_down", "Page down", show=False),
        Binding("ctrl+u", "page_up", "Page up", show=False),
    ]

    def __init__(self, article: Article) -> None:
        """Show ``article``."""
        super().__init__(id="article-pane", classes="article-pane")
        self.article = article
        self.highlight: Span | None = None
        self.matches: list[tuple[int, int, int]] = []
        """Search matches as ``(paragraph, start, end)``, in reading order."""
        self.current_match: int | None = None
        self._pending_reveal: tuple[Widget, bool] | None = None
        self.border_title = self._title()

    def _title(self) -> str:
        count = len(self.article.paragraphs)
        return f"{self.label} {count} ¶"

    def compose(self) -> ComposeResult:
        """The paragraphs, each caption after the paragraph it follows."""
        captions: dict[int, list[Widget]] = {}
        for caption in self.article.captions:
            captions.setdefault(caption.after_paragraph, []).append(CaptionBlock(caption))
        yield from captions.get(-1, [])
        last = len(self.article.paragraphs) - 1
        for index, text in enumerate(self.article.paragraphs):
            yield Paragraph(text, index)
            yield from captions.pop(index, [])
        # Captions pointing past the end still belong to the article: show them last.
        for after, blocks in sorted(captions.items()):
            if after > last:
                yield from blocks

    def paragraph(self, index: int) -> Paragraph:
        """Return the widget showing paragraph ``index``."""
        return self.query_one(f"#paragraph-{index}", Paragraph)

    @property
    def highlighted_text(self) -> str | None:
        """The text of the highlighted sentence, if any."""
        return None if self.highlight is None else self.highlight.text_in(self.article)

    def show_source(self, sentence: Span, *, animate: bool = False) -> None:
        """Highlight ``sentence`` and scroll its paragraph into view near the top."""
        if not 0 <= sentence.paragraph < len(self.article.paragraphs):
            return
        if self.highlight is not None:
            self.paragraph(self.highlight.paragraph).highlight = None
        self.highlight = sentence
        target = self.paragraph(sentence.paragraph)
        target.highlight = (sentence.start, sentence.end)
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
        self.scroll_to_widget(widget, animate=animate, top=True)

    def on_show(self) -> None:
        """Scroll to a source chosen while the article was hidden."""
        self.call_after_refresh(self._apply_reveal)

    def on_resize(self) -> None:
        """Scroll to a source chosen before the article had its size."""
        self.call_after_refresh(self._apply_reveal)

    def set_search(self, query: str) -> int:
        """Mark every case-insensitive match of ``query``; return how many there are."""
        by_paragraph: dict[int, list[tuple[int, int]]] = {}
        self.matches = []
        for index, text in enumerate(self.article.paragraphs):
            for start, end in find_all(text, query):
                self.matches.append((index, start, end))
                by_paragraph.setdefault(index, []).append((start, end))
        self.current_match = None
        for paragraph in self.query(Paragraph):
            paragraph.current_match = None
            paragraph.matches = tuple(by_paragraph.get(paragraph.index, ()))
        self.border_subtitle = f"{len(self.matches)} matching" if query else ""
        return len(self.matches)

    def next_match(self, forward: bool = True) -> bool:
        """Step to the next (or previous) match, wrapping around, and scroll to it."""
        if not self.matches:
            return False
        if self.current_match is None:
            number = 0 if forward else len(self.matches) - 1
        else:
            number = (self.current_match + (1 if forward else -1)) % len(self.matches)
        self.go_to_match(number)
        return True

    def go_to_match(self, number: int) -> None:
        """Make match ``number`` the current one and scroll to it."""
        if self.current_match is not None:
            old_paragraph = self.matches[self.current_match][0]
            self.paragraph(old_paragraph).current_match = None
        self.current_match = number
        paragraph_index, start, _ = self.matches[number]
        paragraph = self.paragraph(paragraph_index)
        paragraph.current_match = [m[1] for m in self.matches if m[0] == paragraph_index].index(
            start
        )
        self._reveal(paragraph, animate=False)
