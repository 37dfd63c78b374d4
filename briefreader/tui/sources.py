"""What the reader opens: one loader per source (file, folder entry, ``-`` or URL). No Textual.

:func:`article_sources` expands command-line arguments with
:func:`briefreader.fetch.expand_source_entries` (imported only for folders) and gives each
source a loader the reader calls in a worker thread (:func:`start_loading` for the first).
Standard input is read by the caller *before* the app starts (the keyboard is then reattached,
see :mod:`briefreader.tui.terminal`); its bytes are handed in as ``stdin``.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Sequence
from concurrent.futures import Future
from dataclasses import dataclass
from functools import partial

from briefreader.defaults import DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT
from briefreader.model import Brief, Document


@dataclass(frozen=True)
class ArticleSource:
    """One article to read: ``path`` (a path, ``-`` or a URL), the folder it came from, and
    ``loader``, which reads, extracts and digests it (raising ``BriefreaderError``)."""

    path: str
    loader: Callable[[], Brief]
    folder: str | None = None

    @property
    def name(self) -> str:
        """A short name for lists: the file name, the URL, or "standard input"."""
        if self.path == "-":
            return "standard input"
        if "://" in self.path:
            return self.path
        return os.path.basename(self.path.rstrip("/")) or self.path


_URL = re.compile(r"^https?://[^\s/]+", re.IGNORECASE)
"""As :func:`briefreader.fetch.is_url`, without importing the fetching code."""


def _is_url(source: str) -> bool:
    return bool(_URL.match(source.strip()))


def _read(path: str, max_bytes: int, timeout: float) -> Brief:
    if _is_url(path):
        from briefreader.fetch import read_source

        return read_source(path, max_bytes=max_bytes, timeout=timeout)
    # A file (or "-"): the fetching code (and its imports) is not needed.
    from briefreader import read_brief

    return read_brief(path, max_bytes=max_bytes)


def _read_bytes(data: bytes, path: str) -> Brief:
    from briefreader.load import document_from_bytes

    return _digest_document(document_from_bytes(data, path))


def _digest_document(document: Document) -> Brief:
    from briefreader import build_brief, extract_article

    return build_brief(extract_article(document))


def _raise(error: BaseException) -> Brief:
    raise error


def _entries(args: Sequence[str]) -> list[tuple[str, str | None, BaseException | None]]:
    """:func:`briefreader.fetch.expand_source_entries`, importing it only for folders.

    ``(path, folder, error)`` per source. Without a folder among ``args`` they are the
    arguments in order, repeats left out, as that function gives them; so the common
    ``open FILE`` does not import the fetching code.
    """
    if any(arg != "-" and not _is_url(arg) and os.path.isdir(arg) for arg in args):
        from briefreader.fetch import expand_source_entries

        return [(entry.path, entry.folder, entry.error) for entry in expand_source_entries(args)]
    return [(arg, None, None) for arg in dict.fromkeys(args)]


def start_loading(loader: Callable[[], Brief]) -> Future[Brief]:
    """Call ``loader`` in a thread of its own, now, and return the future of its brief.

    The app starts its first read this way as soon as it is built, so that reading the
    file (and importing the extraction and digest code) overlaps with Textual's start-up.
    """
    from briefreader.prefetch import read_in_thread

    return read_in_thread([loader])[0]


def article_sources(
    args: Sequence[str],
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    timeout: float = DEFAULT_TIMEOUT,
    stdin: bytes | None = None,
    document: Document | None = None,
) -> list[ArticleSource]:
    """The sources ``args`` stand for, in order, each with its loader.

    Folders give every saved page in them; a folder without any gives one source whose loader
    raises the reason. ``-`` reads ``stdin`` (bytes read beforehand) when given. ``document``
    is the one source of ``args`` already loaded (the caller checked it): its loader only
    extracts and digests it.
    """
    sources: list[ArticleSource] = []
    for path, folder, error in _entries(args):
        loader: Callable[[], Brief]
        if error is not None:
            loader = partial(_raise, error)
        elif document is not None and len(args) == 1 and document.source.path == path:
            loader = partial(_digest_document, document)
        elif path == "-" and stdin is not None:
            loader = partial(_read_bytes, stdin, "-")
        else:
            loader = partial(_read, path, max_bytes, timeout)
        sources.append(ArticleSource(path, loader, folder))
    return sources
