"""Builders and checks shared by the issue 11 tests ("Hostile pages").

- News-like articles (a fictional water-board story: facts, quotes, figures), written as a
  text dump, HTML or Markdown, with terminal escapes, C1 controls and bidi overrides laced
  into the title, a quote, a figure's sentence and the body (:func:`laced_paragraphs`).
- :func:`controls_in`: the characters no text output may hold (every C0 and C1 control but
  tab and newline, DEL, and the bidi embeddings, overrides and isolates).
- :func:`run_briefreader`: the ``briefreader`` command in a child process (``python -m``),
  so the tests see real exit codes, real stdout and stderr, signals, umask and limits.
- :func:`serve`: a small HTTP server on 127.0.0.1 (loopback only, never the network) whose
  routes send a page, an HTTP error, a binary, headers late, or a body one byte at a time.
"""

from __future__ import annotations

import base64
import contextlib
import http.server
import os
import re
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

# --- what must never reach a terminal -------------------------------------------------------------

#: Every C0 control but tab and newline, DEL, every C1 control, and the bidi controls that
#: reorder text (embeddings and overrides U+202A-U+202E, isolates U+2066-U+2069).
CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def controls_in(text: str) -> list[str]:
    """The control characters of ``text`` that no text output may hold, each once, as
    escapes (``['\\x1b', '\\u202e']``), so an assertion message shows them."""
    return sorted({match.encode("unicode_escape").decode() for match in CONTROL.findall(text)})


#: What a page can try on a terminal, by name: each one is text a stranger wrote.
ESCAPES: dict[str, str] = {
    "osc0-title": "\x1b]0;HOSTILE-TITLE\x07",
    "osc2-title": "\x1b]2;HOSTILE-TITLE\x1b\\",
    "osc52-clipboard": "\x1b]52;c;" + base64.b64encode(b"echo pwned").decode() + "\x07",
    # The same ended by ST: a terminal honours both, and a renderer that drops BEL keeps it.
    "osc52-clipboard-st": "\x1b]52;c;" + base64.b64encode(b"echo pwned").decode() + "\x1b\\",
    "csi-clear-screen": "\x1b[2J\x1b[H",
    "csi-cursor-up": "\x1b[8A\x1b[3C",
    "osc8-link": "\x1b]8;;https://evil.example/\x1b\\click here\x1b]8;;\x1b\\",
    "dcs": "\x1bP+q544e\x1b\\",
    "apc": "\x1b_hidden payload\x1b\\",
    "c1-csi": "\x9b2J",
    "c1-osc": "\x9d0;HOSTILE-TITLE\x9c",
    "bidi-override": "\u202etxt.exe\u202c",
    "bidi-isolate": "\u2067hidden\u2069",
    "bell": "\x07",
    "backspaces": "\x08\x08\x08",
}

#: All of :data:`ESCAPES` in one run of text.
ALL_ESCAPES = "".join(ESCAPES.values())

# --- a news-like article --------------------------------------------------------------------------

TITLE = "Water board approves new meters for the valley"
PARAGRAPHS: tuple[str, ...] = (
    "The regional water board voted on Thursday to replace about 42,000 household meters "
    "across the valley, a project officials said would cost $18.5 million over four years.",
    '"We have been losing water we cannot even measure," said Helen Okafor, the board\'s '
    'chair, after the vote. "This puts an end to guessing."',
    "Residents filed more than 1,200 complaints about estimated bills last year, according to "
    "the board's annual report, up from 700 the year before.",
    "The first meters will be installed in the northern districts in May, and crews expect to "
    "finish the southern districts by the end of next year.",
    '"The old meters were installed when my father ran this office," said Tomas Reyes, the '
    'board\'s chief engineer. "They have done their time."',
    "Ratepayers will see a monthly charge of $2.40 added to their bills to pay for the work, "
    "the board said, while households on the assistance plan will be exempt.",
)


def laced_paragraphs(escape: str = ALL_ESCAPES) -> list[str]:
    """The article's paragraphs with ``escape`` laced into a fact, a quote, a figure's
    sentence and the body (several places, so every output section carries it)."""
    out = []
    for paragraph in PARAGRAPHS:
        words = paragraph.split(" ")
        words.insert(3, escape)  # inside the first sentence (and the first quote)
        out.append(" ".join(words))
    return out


def text_dump(title: str, paragraphs: Sequence[str]) -> str:
    """A saved page as a text dump: the title, then paragraphs between blank lines."""
    return title + "\n\n" + "\n\n".join(paragraphs) + "\n"


def html_page(title: str, paragraphs: Sequence[str], head: str = "") -> str:
    """A saved page as HTML: one article, its headline and paragraphs (nothing escaped:
    the caller decides what the markup holds)."""
    body = "".join(f"<p>{paragraph}</p>\n" for paragraph in paragraphs)
    return (
        f"<!doctype html>\n<html><head>{head}<title>{title}</title></head>\n<body><article>"
        f"<h1>{title}</h1>\n{body}</article></body></html>\n"
    )


def hostile_text(escape: str = ALL_ESCAPES) -> str:
    """The article as a text dump with ``escape`` in its title and its paragraphs."""
    return text_dump(f"{TITLE} {escape}", laced_paragraphs(escape))


def clean_text() -> str:
    """The article as a text dump, nothing hostile in it."""
    return text_dump(TITLE, PARAGRAPHS)


def long_article(paragraphs: int, seed: int = 7) -> str:
    """A text dump of ``paragraphs`` distinct news-like paragraphs (for size and time)."""
    import random

    rng = random.Random(seed)
    words = [
        "the", "board", "said", "on", "thursday", "that", "crews", "would", "replace", "meters",
        "in", "the", "northern", "districts", "before", "winter", "while", "residents",
        "complained", "about", "estimated", "bills", "and", "officials", "promised", "refunds",
    ]  # fmt: skip
    out = []
    for number in range(paragraphs):
        sentences = [
            " ".join(rng.choice(words) for _ in range(rng.randint(8, 22))).capitalize() + "."
            for _ in range(4)
        ]
        out.append(f"{' '.join(sentences)} ({number})")
    return text_dump(TITLE, out)


# --- the command ----------------------------------------------------------------------------------


def child_env(**extra: str) -> dict[str, str]:
    """The environment of a child ``briefreader``: this one, without proxies, without a
    settings file, with ``extra`` on top."""
    env = {
        key: value
        for key, value in os.environ.items()
        if key.lower() not in {"http_proxy", "https_proxy", "all_proxy", "no_proxy"}
    }
    env["BRIEFREADER_CONFIG"] = "/nonexistent/briefreader-config.toml"
    env.update(extra)
    return env


def run_briefreader(
    *args: str | os.PathLike[str],
    timeout: float = 60,
    env: dict[str, str] | None = None,
    **options: object,
) -> subprocess.CompletedProcess[bytes]:
    """Run ``briefreader ARGS`` (this Python's ``-m briefreader``) and return its outcome.

    ``options`` go to :func:`subprocess.run` (``stdout=``, ``cwd=``, ``preexec_fn=``...);
    stdout and stderr are captured unless given.
    """
    options.setdefault("stdout", subprocess.PIPE)
    options.setdefault("stderr", subprocess.PIPE)
    return subprocess.run(  # type: ignore[call-overload,no-any-return]
        [sys.executable, "-m", "briefreader", *map(str, args)],
        timeout=timeout,
        env=env or child_env(),
        check=False,
        **options,
    )


def assert_one_line_error(stderr: bytes, *names: str) -> str:
    """``stderr`` is one line "briefreader: ...", naming each of ``names``, with no control
    character in it; return the line."""
    text = stderr.decode("utf-8", "replace")
    lines = text.splitlines()
    assert len(lines) == 1, f"expected one line on stderr, got {text!r}"
    line = lines[0]
    assert line.startswith("briefreader: "), line
    assert not controls_in(line), f"control characters {controls_in(line)} in {line!r}"
    for name in names:
        assert name in line, f"{name!r} is not named in {line!r}"
    return line


def leftovers(folder: Path) -> list[str]:
    """Hidden temporary files an interrupted write left in ``folder``."""
    return sorted(path.name for path in folder.iterdir() if path.name.startswith("."))


# --- a local server -------------------------------------------------------------------------------


@dataclass
class Reply:
    """What a route of :func:`serve` answers: status, content type, body, and pacing.

    ``headers_after`` seconds pass before anything is sent; ``drip`` sends the body one byte
    every ``drip`` seconds (with the whole body's Content-Length, so the client keeps reading).
    """

    body: bytes
    status: int = 200
    content_type: str = "text/html; charset=utf-8"
    headers_after: float = 0.0
    drip: float = 0.0


class _Server(http.server.ThreadingHTTPServer):
    daemon_threads = True
    routes: dict[str, Reply]
    stopping: threading.Event
    hits: list[str]

    def handle_error(self, request, client_address) -> None:  # type: ignore[no-untyped-def]
        """A client that hangs up (the point of some tests) is no error here."""


class _Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server

    def log_message(self, format: str, *args: object) -> None:
        """Keep the test output quiet."""

    def do_GET(self) -> None:
        server = self.server
        server.hits.append(self.path)
        reply = server.routes.get(self.path.split("?", 1)[0])
        if reply is None:
            reply = Reply(b"not here", status=404, content_type="text/plain")
        if reply.headers_after and server.stopping.wait(reply.headers_after):
            return
        self.send_response(reply.status)
        self.send_header("Content-Type", reply.content_type)
        self.send_header("Content-Length", str(len(reply.body)))
        self.end_headers()
        if not reply.drip:
            self.wfile.write(reply.body)
            return
        for byte in reply.body:
            if server.stopping.wait(reply.drip):
                return
            self.wfile.write(bytes([byte]))
            self.wfile.flush()


@contextlib.contextmanager
def serve(routes: dict[str, Reply]) -> Iterator[tuple[str, list[str]]]:
    """Serve ``routes`` (path -> :class:`Reply`) on 127.0.0.1 in a thread; yield the base URL
    ("http://127.0.0.1:PORT") and the list of paths requested (in order)."""
    server = _Server(("127.0.0.1", 0), _Handler)
    server.routes = routes
    server.stopping = threading.Event()
    server.hits = []
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", server.hits
    finally:
        server.stopping.set()
        server.shutdown()
        server.server_close()
        thread.join(5)


def wait_for(condition: Callable[[], bool], timeout: float, step: float = 0.001) -> bool:
    """Poll ``condition`` for up to ``timeout`` seconds; whether it came true."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(step)
    return condition()
