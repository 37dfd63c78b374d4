"""What the reader opens: one loader per source (file, folder entry, ``-`` or URL). No Textual.

:func:`article_sources` expands command-line arguments with
:func:`briefreader.fetch.expand_source_entries` and gives each source a loader the reader calls
in a worker thread. Standard input is read by the caller *before* the app starts (the keyboard
is then reattached, see :mod:`briefreader.tui.terminal`); its bytes are handed in as ``stdin``.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial

from briefreader.load import DEFAULT_MAX_BYTES
from briefreader.model import Brief

DEFAULT_TIMEOUT = 20
"""Seconds to wait for a server (as :data:`briefreader.fetch.DEFAULT_TIMEOUT`)."""


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


def _read(path: str, max_bytes: int, timeout: float) -> Brief:
    from briefreader.fetch import read_source

    return read_source(path, max_bytes=max_bytes, timeout=timeout)


def _read_bytes(data: bytes, path: str) -> Brief:
    from briefreader import build_brief, extract_article
    from briefreader.load import document_from_bytes

    return build_brief(extract_article(document_from_bytes(data, path)))


def _raise(error: BaseException) -> Brief:
    raise error


def article_sources(
    args: Sequence[str],
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    timeout: float = DEFAULT_TIMEOUT,
    stdin: bytes | None = None,
) -> list[ArticleSource]:
    """The sources ``args`` stand for, in order, each with its loader.

    Folders give every saved page in them; a folder without any gives one source whose loader
    raises the reason. ``-`` reads ``stdin`` (bytes read beforehand) when given.
    """
    from briefreader.fetch import expand_source_entries

    sources: list[ArticleSource] = []
    for entry in expand_source_entries(args):
        loader: Callable[[], Brief]
        if entry.error is not None:
            loader = partial(_raise, entry.error)
        elif entry.path == "-" and stdin is not None:
            loader = partial(_read_bytes, stdin, "-")
        else:
            loader = partial(_read, entry.path, max_bytes, timeout)
        sources.append(ArticleSource(entry.path, loader, entry.folder))
    return sources
