"""Downloading a page: the one source that is not already on this machine.

:func:`fetch_document` downloads a page with trafilatura's own fetcher (a timeout, a size
limit, no retries on a refused connection) and turns it into a
:class:`~briefreader.model.Document`; any failure is one
:class:`~briefreader.errors.FetchFailed` line. trafilatura is imported only when a page is
downloaded.
"""

from __future__ import annotations

import dataclasses
import logging
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from briefreader import errors
from briefreader.defaults import DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT
from briefreader.model import Document


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
    timed out, HTTP status), or the loading errors of :mod:`briefreader.sources.load` for the body.
    """
    from trafilatura.downloads import fetch_response

    from briefreader.sources.load import document_from_bytes

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
