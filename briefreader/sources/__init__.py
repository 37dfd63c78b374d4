"""Sources: what the reader and the digest read, and how they read them ahead.

The flow, one module each:

1. :mod:`~briefreader.sources.source`: what a source is, an :class:`ArticleSource` (a path,
   ``-``, a URL or a folder member, with the loader that reads it), used all the way through.
2. :mod:`~briefreader.sources.expand`: command-line arguments to sources
   (:func:`article_sources`; a folder gives its saved pages, by name).
3. :mod:`~briefreader.sources.read`: reading one source into a brief (:func:`read_source`);
   a URL is downloaded by :mod:`~briefreader.sources.fetch` (imported only then), a file is
   loaded by :mod:`~briefreader.sources.load` (size limit; the bytes' encoding,
   :mod:`~briefreader.sources.encoding`; the kind, :mod:`~briefreader.sources.kind`).
4. :mod:`~briefreader.sources.readahead`: the one read-ahead mechanism, forked children
   streaming their briefs back (:func:`read_ahead` for ``open``, :func:`read_all` for
   ``digest``; :func:`start_loading` in a thread).
5. :mod:`~briefreader.sources.order`: a folder's articles in date order once read
   (:func:`order_by_date`).

Nothing here imports Textual, trafilatura or charset-normalizer at import time.
"""

from __future__ import annotations

from briefreader.sources.expand import ARTICLE_SUFFIXES, article_sources
from briefreader.sources.load import document_from_bytes, load_document, read_stdin
from briefreader.sources.order import date_key, order_by_date
from briefreader.sources.read import read_brief_from_url, read_source
from briefreader.sources.readahead import read_ahead, read_all, read_in_thread, start_loading
from briefreader.sources.source import ArticleSource, Loader, is_url

__all__ = [
    "ARTICLE_SUFFIXES",
    "ArticleSource",
    "Loader",
    "article_sources",
    "date_key",
    "document_from_bytes",
    "is_url",
    "load_document",
    "order_by_date",
    "read_ahead",
    "read_all",
    "read_brief_from_url",
    "read_in_thread",
    "read_source",
    "read_stdin",
    "start_loading",
]
