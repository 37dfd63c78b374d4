"""briefreader: a terminal briefing reader for news articles.

The public API is small: :func:`read_brief` runs the whole flow on one file;
:func:`load_document`, :func:`extract_article` and :func:`build_brief` are its steps.
"""

from __future__ import annotations

from briefreader.defaults import DEFAULT_FACTS_SHOWN
from briefreader.model import Article, Brief, Document

__version__ = "0.1.0"

__all__ = [
    "Article",
    "Brief",
    "Document",
    "__version__",
    "build_brief",
    "extract_article",
    "load_document",
    "read_article",
    "read_brief",
]


def load_document(path: str, **options):  # type: ignore[no-untyped-def]
    """Read ``path`` (or ``-``) into a :class:`Document` (see :mod:`briefreader.sources.load`)."""
    from briefreader.sources import load_document as _load

    return _load(path, **options)


def extract_article(document: Document) -> Article:
    """Extract the clean article from a document (see :mod:`briefreader.extract`)."""
    from briefreader.extract import extract_article as _extract

    return _extract(document)


def build_brief(article: Article, *, max_facts: int = DEFAULT_FACTS_SHOWN) -> Brief:
    """Digest an article into facts (at most ``max_facts``), quotes and figures (see
    :mod:`briefreader.digest`)."""
    from briefreader.digest import build_brief as _build

    return _build(article, max_facts=max_facts)


def read_article(path: str, **options) -> Article:  # type: ignore[no-untyped-def]
    """Load and extract the article in ``path``."""
    return extract_article(load_document(path, **options))


def read_brief(  # type: ignore[no-untyped-def]
    path: str, *, max_facts: int = DEFAULT_FACTS_SHOWN, **options
) -> Brief:
    """Load, extract and digest ``path``; raises ``BriefreaderError`` for bad input."""
    return build_brief(read_article(path, **options), max_facts=max_facts)
