"""Turn a :class:`~briefreader.model.Document` into a clean :class:`~briefreader.model.Article`.

This package owns extraction, by the document's kind: :mod:`.html` (trafilatura, captions from
``<figure>``, the byline search in :mod:`.html_byline`), :mod:`.text` (our own
method for text dumps) and :mod:`.markdown`; with what they share: :mod:`.clean` (white space,
paragraphs, and the control characters taken out of every article), :mod:`.captions` (a caption
and its credit) and :mod:`.language` (the page's language and its stoplist).
"""

from __future__ import annotations

from briefreader.model import Article, Document


def extract_article(document: Document) -> Article:
    """Extract the article from ``document`` according to its kind (html, text, markdown),
    without the control characters of its page (:func:`.clean.without_controls`)."""
    from briefreader.extract.clean import without_controls

    return without_controls(_extract(document))


def _extract(document: Document) -> Article:
    """The article as the extractor of the document's kind finds it."""
    kind = document.source.kind
    if kind == "html":
        from briefreader.extract.html import extract_html

        return extract_html(document)
    if kind == "markdown":
        from briefreader.extract.markdown import extract_markdown

        return extract_markdown(document)
    from briefreader.extract.text import extract_text

    return extract_text(document)


__all__ = ["extract_article"]
