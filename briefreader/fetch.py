"""Sources beyond one saved file: URLs, folders and lists of them.

- :func:`fetch_document` downloads a page with trafilatura's own fetcher (a timeout, a size
  limit, no retries on a refused connection) and turns it into a
  :class:`~briefreader.model.Document`; any failure is one :class:`~briefreader.errors.FetchFailed`
  line. :func:`read_brief_from_url` runs the whole flow on it.
- :func:`expand_sources` turns command-line arguments (files, folders, ``-``, URLs) into the
  list of sources to read: a folder gives every saved page in it (``.txt``, ``.html``,
  ``.htm``, ``.md``), by name.
- :func:`read_source` reads any one of those into a :class:`~briefreader.model.Brief`, and
  :func:`order_by_date` puts the articles of a folder in date order once they are read.
"""

from __future__ import annotations

import dataclasses
import logging
import os
import re
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TypeVar

from briefreader import errors
from briefreader.defaults import DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT
from briefreader.model import Brief, Document

__all__ = [
    "ARTICLE_SUFFIXES",
    "DEFAULT_TIMEOUT",
    "SourceEntry",
    "expand_source_entries",
    "expand_sources",
    "fetch_document",
    "is_url",
    "order_by_date",
    "read_brief_from_url",
    "read_source",
]

#: File name endings of the saved pages read from a folder.
ARTICLE_SUFFIXES = (".txt", ".html", ".htm", ".xhtml", ".md", ".markdown")

_URL = re.compile(r"^https?://[^\s/]+", re.IGNORECASE)
T = TypeVar("T")


def is_url(source: str) -> bool:
    """Whether ``source`` is an ``http://`` or ``https://`` URL (not a path)."""
    return bool(_URL.match(source.strip()))


# --- fetching -------------------------------------------------------------------------------------


class _Capture(logging.Handler):
    """Collects trafilatura's download log messages per thread, so a failure can say why."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.active: dict[int, list[str]] = {}
        self.guard = threading.Lock()

    def emit(self, record: logging.LogRecord) -> None:
        with self.guard:
            messages = self.active.get(record.thread or 0)
        if messages is not None and record.levelno >= logging.WARNING:
            messages.append(record.getMessage())


_CAPTURE = _Capture()
_CAPTURE_LOCK = threading.Lock()


@contextmanager
def _capturing() -> Iterator[list[str]]:
    """Capture (and keep off stderr) what trafilatura's downloader logs in this thread."""
    logger = logging.getLogger("trafilatura.downloads")
    with _CAPTURE_LOCK:
        if _CAPTURE not in logger.handlers:
            logger.addHandler(_CAPTURE)
            # Our handler reports the reason in one line; without this, Python's last-resort
            # handler would also print trafilatura's own messages to stderr.
            logger.propagate = False
    messages: list[str] = []
    ident = threading.get_ident()
    with _CAPTURE.guard:
        _CAPTURE.active[ident] = messages
    try:
        yield messages
    finally:
        with _CAPTURE.guard:
            _CAPTURE.active.pop(ident, None)


def _reason(messages: Sequence[str]) -> str:
    """Turn trafilatura's log lines into a short reason a reader can act on."""
    text = " ".join(messages)
    lower = text.lower()
    if "refused" in lower:
        return "connection refused"
    if "timed out" in lower or "timeout" in lower:
        return "the server did not answer in time"
    if "name or service not known" in lower or "nodename nor servname" in lower:
        return "cannot resolve the host name (offline?)"
    if "failed to resolve" in lower or "getaddrinfo" in lower or "name resolution" in lower:
        return "cannot resolve the host name (offline?)"
    if "network is unreachable" in lower or "no route to host" in lower:
        return "the network is unreachable (offline?)"
    if "exceeds max_file_size" in lower:
        return "the page is over the size limit"
    if "ssl" in lower or "certificate" in lower:
        return "the secure connection failed"
    if "ssrf" in lower:
        return "the address is not public"
    return "the download failed"


def _config(timeout: float, max_bytes: int, allow_private: bool):  # type: ignore[no-untyped-def]
    from copy import deepcopy

    from trafilatura.settings import DEFAULT_CONFIG

    config = deepcopy(DEFAULT_CONFIG)
    config.set("DEFAULT", "DOWNLOAD_TIMEOUT", str(max(1, round(timeout))))
    config.set("DEFAULT", "MAX_FILE_SIZE", str(max_bytes))
    config.set("DEFAULT", "MIN_FILE_SIZE", "1")
    # A reader fetches the URL its user typed, which may be an intranet or local page.
    config.set("DEFAULT", "SSRF_PROTECTION", "on" if not allow_private else "off")
    return config


def fetch_document(
    url: str,
    *,
    timeout: float = DEFAULT_TIMEOUT,
    max_bytes: int = DEFAULT_MAX_BYTES,
    allow_private: bool = True,
) -> Document:
    """Download ``url`` with trafilatura's fetcher and decode it into a :class:`Document`.

    ``timeout`` (seconds) bounds connecting and each read; ``max_bytes`` the page size.
    ``allow_private=False`` refuses local and private addresses (trafilatura's SSRF guard).
    Raises :class:`~briefreader.errors.FetchFailed` with a one-line reason (offline, refused,
    timed out, HTTP status), or the loading errors of :mod:`briefreader.load` for the body.
    """
    from trafilatura.downloads import fetch_response

    from briefreader.load import document_from_bytes

    url = url.strip()
    config = _config(timeout, max_bytes, allow_private)
    with _capturing() as messages:
        try:
            response = fetch_response(url, decode=False, config=config)
        except Exception as error:  # noqa: BLE001 - any network failure is one message
            messages.append(str(error))
            response = None
    if response is None or response.data is None:
        raise errors.FetchFailed(
            url, f"cannot download: {_reason(messages)}", "check the address and your connection"
        )
    if response.status != 200:
        raise errors.FetchFailed(
            url,
            f"the server answered HTTP {response.status}",
            "check the address, or save the page from the browser",
        )
    data = response.data if isinstance(response.data, bytes) else bytes(response.data)
    if len(data) > max_bytes:
        raise errors.TooLarge(
            url, f"page is over the {max_bytes / 1e6:.0f} MB limit", "raise it with --max-size"
        )
    final_url = response.url or url
    path = final_url
    headers = response.headers or {}
    content_type = headers.get("content-type", "").lower()
    if "html" in content_type and not path.lower().endswith((".html", ".htm")):
        # Let the kind sniffing see what the server says the page is.
        path = final_url.split("?", 1)[0].split("#", 1)[0].rstrip("/") + "#.html"
    document = document_from_bytes(data, path)
    source = dataclasses.replace(document.source, path=url, url=final_url)
    return dataclasses.replace(document, source=source)


def read_brief_from_url(
    url: str, *, timeout: float = DEFAULT_TIMEOUT, max_bytes: int = DEFAULT_MAX_BYTES
) -> Brief:
    """Download, extract and digest the article at ``url``."""
    from briefreader import build_brief, extract_article

    document = fetch_document(url, timeout=timeout, max_bytes=max_bytes)
    return build_brief(extract_article(document))


def read_source(
    source: str, *, max_bytes: int = DEFAULT_MAX_BYTES, timeout: float = DEFAULT_TIMEOUT
) -> Brief:
    """Read one source (a path, ``-`` or a URL) into a :class:`Brief`.

    Raises a :class:`~briefreader.errors.BriefreaderError` subclass for anything a user can fix.
    """
    if is_url(source):
        return read_brief_from_url(source, timeout=timeout, max_bytes=max_bytes)
    from briefreader import read_brief

    return read_brief(source, max_bytes=max_bytes)


# --- expanding arguments --------------------------------------------------------------------------


@dataclass(frozen=True)
class SourceEntry:
    """One source to read: its path or URL, and the folder it was found in (if any).

    ``error`` is set when the argument itself is unusable (a folder without saved pages).
    """

    path: str
    folder: str | None = None
    error: errors.BriefreaderError | None = None


def _natural_key(name: str) -> tuple[object, ...]:
    """Sort "page2" before "page10"."""
    return tuple(
        int(part) if part.isdigit() else part.casefold() for part in re.split(r"(\d+)", name)
    )


def expand_source_entries(args: Sequence[str]) -> list[SourceEntry]:
    """Turn arguments into sources: files and URLs as given, ``-`` once, folders opened.

    A folder gives every saved page directly in it (``.txt``, ``.html``, ``.htm``, ``.md``;
    hidden files skipped) in name order; a folder with none gives one entry with an error.
    Paths that do not exist are kept, so reading them reports the problem.
    """
    entries: list[SourceEntry] = []
    seen: set[str] = set()
    for arg in args:
        if arg != "-" and not is_url(arg) and os.path.isdir(arg):
            try:
                names = sorted(os.listdir(arg), key=_natural_key)
            except OSError as error:
                entries.append(
                    SourceEntry(
                        arg,
                        arg,
                        errors.PermissionDenied(
                            arg,
                            f"cannot list the folder ({error.strerror})",
                            "check its permissions",
                        ),
                    )
                )
                continue
            found = [
                os.path.join(arg, name)
                for name in names
                if not name.startswith(".")
                and name.lower().endswith(ARTICLE_SUFFIXES)
                and os.path.isfile(os.path.join(arg, name))
            ]
            if not found:
                entries.append(
                    SourceEntry(
                        arg,
                        arg,
                        errors.NotAFile(
                            arg,
                            "is a directory with no saved pages (.txt, .html, .md) in it",
                            "give a folder of saved articles",
                        ),
                    )
                )
            for path in found:
                if path not in seen:
                    seen.add(path)
                    entries.append(SourceEntry(path, arg))
            continue
        if arg in seen:
            continue
        seen.add(arg)
        entries.append(SourceEntry(arg))
    return entries


def expand_sources(args: Sequence[str]) -> list[str]:
    """The paths and URLs to read for ``args`` (see :func:`expand_source_entries`)."""
    return [entry.path for entry in expand_source_entries(args)]


_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def date_key(date: str | None) -> str | None:
    """A sortable form (``YYYY-MM-DD``) of an article's date, or ``None`` when unknown."""
    if not date:
        return None
    match = _ISO_DATE.search(date)
    return "-".join(match.groups()) if match else None


def order_by_date(
    entries: Sequence[SourceEntry], items: Sequence[T], date_of: Callable[[T], str | None]
) -> list[tuple[SourceEntry, T]]:
    """Pair ``entries`` with ``items`` (read results) and sort each folder's run by date.

    Within the sources found in one folder, articles with a known date come first, oldest
    first; the rest keep their name order. Sources given one by one keep the order given.
    """
    pairs = list(zip(entries, items))
    out: list[tuple[SourceEntry, T]] = []
    index = 0
    while index < len(pairs):
        folder = pairs[index][0].folder
        end = index + 1
        if folder is not None:
            while end < len(pairs) and pairs[end][0].folder == folder:
                end += 1
        run = pairs[index:end]
        keyed = [(date_key(date_of(item)), n) for n, (_, item) in enumerate(run)]
        order = sorted(range(len(run)), key=lambda n: (keyed[n][0] is None, keyed[n][0] or "", n))
        out.extend(run[n] for n in order)
        index = end
    return out
