"""The header: the article's title, then byline, date and site when known."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Static

from briefreader.model import Article
from briefreader.render.terminal import one_line


def meta_line(article: Article) -> str:
    """Return "byline · date · site", leaving out what is unknown ("" if all are)."""
    return " · ".join(part for part in (article.byline, article.date, article.site) if part)


class BriefHeader(Vertical):
    """Shows the title on one line and what else is known below it, never "None"."""

    def __init__(self, title: str, meta: str = "") -> None:
        """Show ``title`` and ``meta`` (the meta line is hidden when empty)."""
        super().__init__(id="brief-header")
        self._title = title
        self._meta = meta

    @classmethod
    def for_article(cls, article: Article) -> BriefHeader:
        """Return a header for ``article`` (its file name, on one line, stands in for a
        missing title)."""
        title = article.title or one_line(article.source.path)
        return cls(title, meta_line(article))

    def compose(self) -> ComposeResult:
        """A title line and a meta line."""
        yield Static(self._title, id="brief-title", markup=False)
        meta = Static(self._meta, id="brief-meta", markup=False)
        meta.display = bool(self._meta)
        yield meta
