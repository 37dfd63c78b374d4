"""What a source is: one article to read, as the command line names it or a folder holds it.

An :class:`ArticleSource` is a file path, ``-`` (standard input) or an http(s) URL, with the
folder it was found in (a folder member) and the loader that reads it. The same object goes
from the arguments (:mod:`briefreader.sources.expand`) through the read-ahead
(:mod:`briefreader.sources.readahead`) to the ordering by date
(:mod:`briefreader.sources.order`) and the reader.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeAlias

from briefreader.model import Brief

#: Reads, extracts and digests one source; raises ``BriefreaderError`` for bad input.
Loader: TypeAlias = Callable[[], Brief]

#: The name a source is given by on the command line for standard input.
STDIN = "-"

_URL = re.compile(r"^https?://[^\s/]+", re.IGNORECASE)


def is_url(source: str) -> bool:
    """Whether ``source`` is an ``http://`` or ``https://`` URL (not a path)."""
    return bool(_URL.match(source.strip()))


@dataclass(frozen=True)
class ArticleSource:
    """One article to read: ``path`` (a path, ``-`` or a URL), ``loader``, which reads,
    extracts and digests it (raising ``BriefreaderError``), and the ``folder`` it came from
    (``None`` for a source given by itself)."""

    path: str
    loader: Loader
    folder: str | None = None

    @property
    def name(self) -> str:
        """A short name for lists: the file name, the URL, or "standard input"."""
        if self.path == STDIN:
            return "standard input"
        if "://" in self.path:
            return self.path
        return os.path.basename(self.path.rstrip("/")) or self.path

    @property
    def is_stdin(self) -> bool:
        """Whether this source is standard input (which only this process can read)."""
        return self.path == STDIN
