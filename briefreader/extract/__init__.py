"""Turn a :class:`~briefreader.model.Document` into a clean :class:`~briefreader.model.Article`."""

from __future__ import annotations

from briefreader.model import Article, Document


def extract_article(document: Document) -> Article:
    """Extract the article from ``document`` according to its kind (html, text, markdown)."""
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
