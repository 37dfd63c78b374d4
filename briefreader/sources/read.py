"""Reading one source into a :class:`~briefreader.model.Brief`, and the loaders that do it.

:func:`read_source` reads a path, ``-`` or a URL (downloading it with
:mod:`briefreader.sources.fetch`, imported only for URLs). :func:`loader_for` is how the
sources of the command line are read: a page already in hand (standard input read before the
reader started, or the one file checked beforehand) is only extracted and digested.
"""

from __future__ import annotations

from functools import partial

from briefreader import errors
from briefreader.defaults import DEFAULT_FACTS_SHOWN, DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT
from briefreader.model import Brief, Document
from briefreader.sources.source import STDIN, Loader, is_url


def read_source(
    source: str,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    timeout: float = DEFAULT_TIMEOUT,
    max_facts: int = DEFAULT_FACTS_SHOWN,
) -> Brief:
    """Read one source (a path, ``-`` or a URL) into a :class:`Brief` of at most ``max_facts``
    key facts.

    Raises a :class:`~briefreader.errors.BriefreaderError` subclass for anything a user can fix.
    """
    if is_url(source):
        return read_brief_from_url(
            source, timeout=timeout, max_bytes=max_bytes, max_facts=max_facts
        )
    # A file (or "-"): the fetching code (and its imports) is not needed.
    from briefreader import read_brief

    return read_brief(source, max_bytes=max_bytes, max_facts=max_facts)


def read_brief_from_url(
    url: str,
    *,
    timeout: float = DEFAULT_TIMEOUT,
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_facts: int = DEFAULT_FACTS_SHOWN,
) -> Brief:
    """Download, extract and digest the article at ``url``."""
    from briefreader.sources.fetch import fetch_document

    document = fetch_document(url, timeout=timeout, max_bytes=max_bytes)
    return digest_document(document, max_facts=max_facts)


def digest_document(document: Document, *, max_facts: int = DEFAULT_FACTS_SHOWN) -> Brief:
    """Extract and digest a document already loaded."""
    from briefreader import build_brief, extract_article

    return build_brief(extract_article(document), max_facts=max_facts)


def _read_bytes(data: bytes, path: str, max_facts: int) -> Brief:
    from briefreader.sources.load import document_from_bytes

    return digest_document(document_from_bytes(data, path), max_facts=max_facts)


def _raise(error: errors.BriefreaderError) -> Brief:
    raise error


def failing(error: errors.BriefreaderError) -> Loader:
    """The loader of a source that cannot be read at all (a folder without pages): it raises
    ``error``."""
    return partial(_raise, error)


def loader_for(
    path: str,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    timeout: float = DEFAULT_TIMEOUT,
    stdin: bytes | None = None,
    document: Document | None = None,
    max_facts: int = DEFAULT_FACTS_SHOWN,
) -> Loader:
    """The loader of ``path``: ``document`` is ``path`` already loaded (only extracted and
    digested then), ``stdin`` the bytes of standard input read beforehand, for ``-``; its
    briefs keep at most ``max_facts`` key facts."""
    if document is not None and document.source.path == path:
        return partial(digest_document, document, max_facts=max_facts)
    if path == STDIN and stdin is not None:
        return partial(_read_bytes, stdin, STDIN, max_facts)
    return partial(read_source, path, max_bytes=max_bytes, timeout=timeout, max_facts=max_facts)
