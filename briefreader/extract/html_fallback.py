"""When trafilatura finds no article in an HTML page, or far less text than the page holds,
read the page's text the way a text dump is read (:mod:`briefreader.extract.text`).

The page's text is what a browser's "select all, copy" gives: the visible text, a line per
block element, without scripts, styles and templates.
"""

from __future__ import annotations

from briefreader.extract.language import count_words
from briefreader.model import Article, Document, Source

#: Elements whose text a browser does not show.
HIDDEN = frozenset(("script", "style", "noscript", "template", "head", "svg", "iframe"))
#: Elements that start a new line in a browser's copy of the page.
BLOCKS = frozenset(
    (
        "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table",
        "section", "article", "header", "footer", "nav", "aside", "blockquote", "pre", "figure",
        "figcaption", "dd", "dt", "dl", "form", "main", "hr", "td", "th", "address",
    )
)  # fmt: skip
#: trafilatura's body is "far less than the page holds" below this share of the words the
#: text method finds in the page's text (zyte-dev and readability: its bodies hold at least
#: 0.4 of them on every page, so the fallback leaves the pages trafilatura reads alone).
FAR_LESS_SHARE = 0.25
#: The fallback is tried only on pages whose text has at least this many words.
MIN_PAGE_WORDS = 80


def page_text(tree) -> str:  # type: ignore[no-untyped-def]
    """The visible text of an lxml ``tree``, a line per block element."""
    parts: list[str] = []

    def walk(element) -> None:  # type: ignore[no-untyped-def]
        tag = element.tag if isinstance(element.tag, str) else ""
        if tag in HIDDEN:
            if element.tail:
                parts.append(element.tail)
            return
        block = tag in BLOCKS
        if block:
            parts.append("\n")
        if element.text and tag:
            parts.append(element.text)
        for child in element:
            walk(child)
        if block:
            parts.append("\n")
        if element.tail:
            parts.append(element.tail)

    body = tree.find("body")
    walk(body if body is not None else tree)
    lines = (" ".join(line.split()) for line in "".join(parts).split("\n"))
    return "\n".join(line for line in lines if line)


def text_article(tree, source: Source) -> Article | None:  # type: ignore[no-untyped-def]
    """The article the text method finds in the page's text, or ``None``."""
    from briefreader import errors
    from briefreader.extract.text import extract_text

    text = page_text(tree)
    if count_words(text) < MIN_PAGE_WORDS:
        return None
    try:
        return extract_text(Document(source=source, text=text))
    except errors.NoArticle:
        return None


def body_words(article: Article) -> int:
    """The number of words in ``article``'s paragraphs (:func:`.language.count_words`)."""
    return sum(count_words(p) for p in article.paragraphs)
