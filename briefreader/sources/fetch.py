"""Downloading a page: the one source that is not already on this machine.

:func:`fetch_document` downloads a page over urllib3, with trafilatura's connection pool (its
guard against private addresses, its proxy setting and its request headers), and turns it
into a :class:`~briefreader.model.Document`. One deadline bounds the whole download:
connecting, every redirect, the headers and the body, read as it comes so that a server
sending one byte at a time cannot hold it past the deadline; nothing is retried but a
secure connection that fails its certificate check (once, unverified, as trafilatura does).
Any failure is one :class:`~briefreader.errors.FetchFailed` line naming the URL the user
gave; an HTTP error says its status. urllib3 and trafilatura are imported only when a page
is downloaded.
"""

from __future__ import annotations

import dataclasses
import http
import math
import time
from typing import TYPE_CHECKING, Any
from urllib.parse import urljoin

from briefreader import errors
from briefreader.defaults import DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT
from briefreader.model import Document
from briefreader.sources.load import size_text

if TYPE_CHECKING:
    import urllib3

#: Redirects followed before the download fails (trafilatura's own MAX_REDIRECTS).
MAX_REDIRECTS = 2
#: Bytes asked for per read of the body: a read returns what has arrived, so the deadline
#: is checked between reads however slowly the bytes come.
CHUNK_BYTES = 2**17
#: The longest a socket is told to wait, in seconds (a day): a larger timeout, or an
#: infinite one, overflows the socket's own clock and means "no limit" to a reader anyway.
MAX_WAIT = 86400.0
#: Statuses that send the client elsewhere (with a Location header).
_REDIRECTS = frozenset({301, 302, 303, 307, 308})

_HINT = "check the address and your connection"


class _Late(TimeoutError):
    """The deadline passed while the body was still coming."""


class _Deadline:
    """The moment the whole download must be over, and what is left of it."""

    def __init__(self, timeout: float) -> None:
        wait = min(timeout, MAX_WAIT) if math.isfinite(timeout) else MAX_WAIT
        self.end = time.monotonic() + max(0.0, wait)

    def left(self) -> float:
        """Seconds left (raises :class:`_Late` when there are none)."""
        left = self.end - time.monotonic()
        if left <= 0:
            raise _Late("the deadline passed")
        return left


def _reason(message: str) -> str:
    """Turn a download error's text into a short reason a reader can act on."""
    lower = message.lower()
    if "refused" in lower:
        return "connection refused"
    if "timed out" in lower or "timeout" in lower or "deadline" in lower:
        return "the server did not answer in time"
    if "name or service not known" in lower or "nodename nor servname" in lower:
        return "cannot resolve the host name (offline?)"
    if "failed to resolve" in lower or "getaddrinfo" in lower or "name resolution" in lower:
        return "cannot resolve the host name (offline?)"
    if "network is unreachable" in lower or "no route to host" in lower:
        return "the network is unreachable (offline?)"
    if "ssl" in lower or "certificate" in lower:
        return "the secure connection failed"
    if "ssrf" in lower:
        return "the address is not public"
    return "the download failed"


_POOLS: dict[tuple[bool, bool], Any] = {}


def _pool(allow_private: bool, verify: bool) -> urllib3.PoolManager:
    """trafilatura's pool manager (private addresses refused unless ``allow_private``), one
    per setting, kept for the next download."""
    key = (allow_private, verify)
    if key not in _POOLS:
        import certifi
        from trafilatura.downloads import create_pool

        _POOLS[key] = create_pool(
            ssrf_protection=not allow_private,
            ca_certs=certifi.where() if verify else None,
            cert_reqs="CERT_REQUIRED" if verify else "CERT_NONE",
        )
    return _POOLS[key]  # type: ignore[no-any-return]


def _get(
    url: str, deadline: _Deadline, pool: urllib3.PoolManager
) -> tuple[urllib3.BaseHTTPResponse, str]:
    """The response at the end of ``url``'s redirects (its body not read yet), and its URL."""
    import urllib3
    from trafilatura.downloads import DEFAULT_HEADERS

    for _ in range(MAX_REDIRECTS + 1):
        left = deadline.left()
        response = pool.request(
            "GET",
            url,
            headers=dict(DEFAULT_HEADERS),
            redirect=False,
            retries=False,
            timeout=urllib3.Timeout(connect=left, read=left),
            preload_content=False,
        )
        location = response.headers.get("location")
        if response.status not in _REDIRECTS or not location:
            return response, url
        response.close()
        url = urljoin(url, location)
    raise urllib3.exceptions.MaxRetryError(None, url, "too many redirects")  # type: ignore[arg-type]


def _body(
    response: urllib3.BaseHTTPResponse, deadline: _Deadline, max_bytes: int, url: str
) -> bytes:
    """The body of ``response`` (decompressed), read as it comes until the deadline.

    Raises :class:`_Late` at the deadline and :class:`~briefreader.errors.TooLarge` (naming
    ``url``) past ``max_bytes``.
    """
    chunks: list[bytes] = []
    size = 0
    connection = getattr(response, "connection", None)
    while True:
        sock = getattr(connection, "sock", None)
        if sock is not None:  # no one read may wait past the deadline
            sock.settimeout(deadline.left())
        chunk = response.read1(CHUNK_BYTES)
        if not chunk:
            return b"".join(chunks)
        size += len(chunk)
        if size > max_bytes:
            raise errors.TooLarge(
                url,
                f"page is over the {size_text(max_bytes)} limit",
                "raise it with --max-size",
            )
        chunks.append(chunk)
        deadline.left()


def _download(
    url: str, deadline: _Deadline, max_bytes: int, allow_private: bool
) -> tuple[urllib3.BaseHTTPResponse, str, bytes]:
    """The final response for ``url``, its URL and its body (empty unless the status is
    200); a certificate that fails its check is tried once more unverified (trafilatura's
    fallback)."""
    import urllib3

    try:
        response, final_url = _get(url, deadline, _pool(allow_private, verify=True))
    except urllib3.exceptions.SSLError:
        response, final_url = _get(url, deadline, _pool(allow_private, verify=False))
    try:
        data = _body(response, deadline, max_bytes, url) if response.status == 200 else b""
        return response, final_url, data
    finally:
        response.close()


def _status(status: int) -> str:
    """``HTTP 503 Service Unavailable``: the status and its standard reason (not the one
    the server sent, which is a stranger's text)."""
    try:
        return f"HTTP {status} {http.HTTPStatus(status).phrase}"
    except ValueError:
        return f"HTTP {status}"


def fetch_document(
    url: str,
    *,
    timeout: float = DEFAULT_TIMEOUT,
    max_bytes: int = DEFAULT_MAX_BYTES,
    allow_private: bool = True,
) -> Document:
    """Download ``url`` and decode it into a :class:`Document`.

    ``timeout`` (seconds) bounds the whole download; ``max_bytes`` the page size.
    ``allow_private=False`` refuses local and private addresses (trafilatura's SSRF guard).
    Raises :class:`~briefreader.errors.FetchFailed` with a one-line reason (offline, refused,
    timed out, HTTP status), :class:`~briefreader.errors.TooLarge`, or the loading errors of
    :mod:`briefreader.sources.load` for the body, each naming ``url``.
    """
    from briefreader.sources.load import document_from_bytes

    url = url.strip()
    try:
        response, final_url, data = _download(url, _Deadline(timeout), max_bytes, allow_private)
    except errors.TooLarge:
        raise
    except Exception as error:  # noqa: BLE001 - any network failure is one message
        raise errors.FetchFailed(url, f"cannot download: {_reason(str(error))}", _HINT) from None
    if response.status != 200:
        raise errors.FetchFailed(
            url,
            f"the server answered {_status(response.status)}",
            "check the address, or save the page from the browser",
        )
    content_type = (response.headers.get("content-type") or "").lower()
    kind_path = final_url
    if "html" in content_type and not final_url.lower().endswith((".html", ".htm")):
        # Let the kind sniffing see what the server says the page is.
        kind_path = final_url.split("?", 1)[0].split("#", 1)[0].rstrip("/") + "#.html"
    document = document_from_bytes(data, url, kind_path=kind_path)
    return dataclasses.replace(document, source=dataclasses.replace(document.source, url=final_url))
