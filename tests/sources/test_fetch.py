"""Reading URLs (against a local server on 127.0.0.1 only)."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from briefreader import errors
from briefreader.sources import is_url, read_brief_from_url, read_source
from briefreader.sources.fetch import fetch_document
from tests.conftest import SAMPLES, SEED


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        """Keep the test output clean."""


@contextmanager
def serve(directory: Path) -> Iterator[str]:
    """Serve ``directory`` over HTTP on 127.0.0.1 (never another address); yield the base URL."""
    handler = partial(_QuietHandler, directory=str(directory))
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


def serve_samples(directory: Path) -> AbstractContextManager[str]:
    """Copy the samples (sudan.html, seed.txt, empty.html) to ``directory`` and serve it."""
    (directory / "sudan.html").write_bytes((SAMPLES / "nytimes-sudan-sanctions.html").read_bytes())
    (directory / "seed.txt").write_bytes(SEED.read_bytes())
    (directory / "empty.html").write_bytes(b"")
    return serve(directory)


@pytest.fixture
def server(tmp_path: Path) -> Iterator[str]:
    """A local HTTP server on 127.0.0.1 serving a few pages; yields its base URL."""
    with serve_samples(tmp_path) as url:
        yield url


def refused_url() -> str:
    """A URL on 127.0.0.1 whose port nobody listens on."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}/page.html"


def test_is_url():
    assert is_url("http://example.org/a")
    assert is_url("HTTPS://example.org")
    assert not is_url("example.org/a.html")
    assert not is_url("-")
    assert not is_url("ftp://example.org/a")
    assert not is_url("samples/nk-troops.txt")


def test_fetch_html_page(server):
    url = f"{server}/sudan.html"
    document = fetch_document(url, timeout=5)
    assert document.source.kind == "html"
    assert document.source.url == url
    assert document.source.path == url
    assert "Sudan" in document.text


def test_read_brief_from_url_matches_the_file(server):
    from briefreader import read_brief

    remote = read_brief_from_url(f"{server}/sudan.html", timeout=5)
    local = read_brief(str(SAMPLES / "nytimes-sudan-sanctions.html"))
    assert remote.article.title == local.article.title
    assert remote.article.paragraphs == local.article.paragraphs
    assert remote.article.source.url == f"{server}/sudan.html"


def test_text_page_by_url(server):
    brief = read_source(f"{server}/seed.txt", timeout=5)
    assert brief.article.title.startswith("N. Korean troops in Russia")


def test_refused_port_is_one_line_fetch_failed():
    url = refused_url()
    with pytest.raises(errors.FetchFailed) as caught:
        fetch_document(url, timeout=2)
    message = str(caught.value)
    assert "\n" not in message
    assert message.startswith(url)
    assert "connection refused" in message
    assert caught.value.exit_code == 12


def test_refused_port_prints_nothing_else(capfd):
    with pytest.raises(errors.FetchFailed):
        fetch_document(refused_url(), timeout=2)
    captured = capfd.readouterr()
    assert captured.out == ""
    assert captured.err == ""  # trafilatura's own log lines are kept off stderr


def test_http_error_status(server):
    with pytest.raises(errors.FetchFailed) as caught:
        fetch_document(f"{server}/missing.html", timeout=5)
    assert "HTTP 404" in str(caught.value)


def test_empty_page_is_empty_input(server):
    with pytest.raises(errors.BriefreaderError):
        fetch_document(f"{server}/empty.html", timeout=5)


def test_server_that_never_answers_times_out():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        sock.listen(1)  # accepts connections in the kernel, never answers
        url = f"http://127.0.0.1:{sock.getsockname()[1]}/slow.html"
        started = time.monotonic()
        with pytest.raises(errors.FetchFailed) as caught:
            fetch_document(url, timeout=1)
        assert time.monotonic() - started < 15
    assert "in time" in str(caught.value)


def test_size_limit_applies_to_urls(server):
    with pytest.raises(errors.BriefreaderError):
        fetch_document(f"{server}/sudan.html", timeout=5, max_bytes=1000)


class _RedirectingHandler(_QuietHandler):
    """``/moved`` redirects to ``/sudan.html``; ``/loop`` redirects to itself; ``/sudan.gz``
    sends the page gzip-compressed (Content-Encoding)."""

    def do_GET(self) -> None:
        if self.path in ("/moved", "/loop"):
            self.send_response(302)
            self.send_header("Location", "/sudan.html" if self.path == "/moved" else "/loop")
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        if self.path == "/sudan.gz":
            import gzip

            body = gzip.compress((SAMPLES / "nytimes-sudan-sanctions.html").read_bytes())
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Encoding", "gzip")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            return
        super().do_GET()


@pytest.fixture
def redirecting(tmp_path: Path) -> Iterator[str]:
    """A local server (127.0.0.1) with redirects and a compressed page; yields its base URL."""
    (tmp_path / "sudan.html").write_bytes((SAMPLES / "nytimes-sudan-sanctions.html").read_bytes())
    handler = partial(_RedirectingHandler, directory=str(tmp_path))
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


def test_a_redirect_is_followed_and_the_page_named_by_the_url_given(redirecting):
    document = fetch_document(f"{redirecting}/moved", timeout=5)
    assert document.source.path == f"{redirecting}/moved"
    assert document.source.url == f"{redirecting}/sudan.html"
    assert "Sudan" in document.text


def test_a_redirect_loop_is_one_line_fetch_failed(redirecting):
    with pytest.raises(errors.FetchFailed) as caught:
        fetch_document(f"{redirecting}/loop", timeout=5)
    assert "\n" not in str(caught.value)


def test_a_compressed_page_is_read(redirecting):
    document = fetch_document(f"{redirecting}/sudan.gz", timeout=5)
    assert document.source.kind == "html"
    assert "Sudan" in document.text
