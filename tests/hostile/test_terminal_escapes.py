"""Issue 11, items 1-3: nothing a page (or a file name) holds reaches the terminal as a command.

Text from a page is shown as text: every control character but tab and newline, and the
bidi controls, are stripped or made visible in the text and Markdown digests, the briefing,
error messages, and through a URL; JSON stays strict and escaped. The reader's copies are in
``tests/tui/test_hostile_reader.py`` and the real terminal (tmux) in
``tests/tui/test_tmux_hostile.py``.
"""

from __future__ import annotations

import json
import os
import select
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from briefreader import load_document
from briefreader.cli import app
from tests.hostile.pages import (
    ESCAPES,
    PARAGRAPHS,
    Reply,
    assert_one_line_error,
    child_env,
    clean_text,
    controls_in,
    hostile_text,
    html_page,
    laced_paragraphs,
    run_briefreader,
    serve,
)

runner = CliRunner()


def _strict(text: str) -> object:
    """``json.loads`` that refuses NaN and Infinity, as strict parsers do."""

    def refuse(constant: str) -> object:
        raise ValueError(f"not JSON: {constant}")

    return json.loads(text, parse_constant=refuse)


@pytest.fixture
def hostile_file(tmp_path: Path) -> Path:
    """The article with every escape of ``ESCAPES`` in its title, quotes, figures and body."""
    path = tmp_path / "valley-water.txt"
    path.write_text(hostile_text(), encoding="utf-8")
    return path


# --- item 1: the digests --------------------------------------------------------------------------


@pytest.mark.parametrize("output_format", ["text", "md"])
@pytest.mark.parametrize("escape", list(ESCAPES), ids=list(ESCAPES))
def test_each_escape_is_neutralised_in_text_and_markdown(
    tmp_path: Path, escape: str, output_format: str
) -> None:
    path = tmp_path / "page.txt"
    path.write_text(hostile_text(ESCAPES[escape]), encoding="utf-8")
    result = runner.invoke(app, ["digest", str(path), "--format", output_format])
    assert result.exit_code == 0, result.stderr
    assert "Okafor" in result.stdout  # the article is still there
    assert not controls_in(result.stdout)


@pytest.mark.parametrize("output_format", ["text", "md"])
def test_digest_to_a_pipe_holds_no_control_character(
    hostile_file: Path, output_format: str
) -> None:
    result = run_briefreader("digest", hostile_file, "--format", output_format)
    assert result.returncode == 0, result.stderr
    text = result.stdout.decode("utf-8")
    assert "Helen Okafor" in text
    assert not controls_in(text)


def _run_on_a_terminal(*args: str | os.PathLike[str], stream: str = "stdout") -> tuple[int, str]:
    """Run ``briefreader ARGS`` with ``stream`` (stdout or stderr) on a pseudo-terminal, the
    other one discarded; the exit code and what reached the terminal.

    (Click strips CSI sequences from what it prints when it is not printing to a terminal,
    so only a terminal shows what a user would see.)
    """
    import pty  # POSIX only, like the rest of these checks

    leader, follower = pty.openpty()
    streams = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL, stream: follower}
    try:
        child = subprocess.Popen(
            [sys.executable, "-m", "briefreader", *map(str, args)],
            stdin=subprocess.DEVNULL,
            env=child_env(),
            **streams,  # type: ignore[arg-type]
        )
        os.close(follower)
        follower = -1
        chunks = []
        while True:
            ready, _, _ = select.select([leader], [], [], 30)
            if not ready:
                child.kill()
                raise AssertionError("no output from the command in 30 s")
            try:
                chunk = os.read(leader, 65536)
            except OSError:  # EIO: the child closed the terminal
                break
            if not chunk:
                break
            chunks.append(chunk)
        child.wait(30)
        # The terminal turns "\n" into "\r\n"; that carriage return is the terminal's own.
        return child.returncode, b"".join(chunks).decode("utf-8", "replace").replace("\r\n", "\n")
    finally:
        os.close(leader)
        if follower != -1:
            os.close(follower)


@pytest.mark.parametrize("output_format", ["text", "md"])
def test_digest_to_a_terminal_holds_no_control_character(
    hostile_file: Path, output_format: str
) -> None:
    code, text = _run_on_a_terminal("digest", hostile_file, "--format", output_format)
    assert code == 0
    assert "Helen Okafor" in text
    assert not controls_in(text)


def test_json_is_strict_and_escapes_the_c0_controls(hostile_file: Path) -> None:
    result = run_briefreader("digest", hostile_file, "--format", "json")
    assert result.returncode == 0, result.stderr
    raw = result.stdout.decode("utf-8")
    data = _strict(raw)
    assert isinstance(data, dict) and data["quotes"]
    assert "\x1b" not in raw and "\x07" not in raw  # written as \u001b, \u0007


@pytest.mark.parametrize("output_format", ["json", "jsonl"])
def test_json_holds_no_raw_c1_or_bidi_control(hostile_file: Path, output_format: str) -> None:
    result = run_briefreader("digest", hostile_file, "--format", output_format)
    assert result.returncode == 0, result.stderr
    raw = result.stdout.decode("utf-8")
    for line in raw.splitlines() if output_format == "jsonl" else [raw]:
        _strict(line)
    assert not controls_in(raw)


def test_briefing_holds_no_control_character(tmp_path: Path, hostile_file: Path) -> None:
    second = tmp_path / "valley-water-2.md"
    second.write_text(
        "# Meters for the valley\n\n" + "\n\n".join(laced_paragraphs("\x1b]52;c;ZXZpbA==\x07"))
    )
    missing = tmp_path / "gone\x1b]0;HOSTILE-TITLE\x07.txt"
    result = run_briefreader("digest", hostile_file, second, missing, "--briefing")
    assert result.returncode == 0, result.stderr
    text = result.stdout.decode("utf-8")
    assert "Okafor" in text
    assert not controls_in(text)


@pytest.mark.parametrize("output_format", ["text", "md"])
def test_a_page_from_a_url_holds_no_control_character(output_format: str) -> None:
    # A text dump: HTML with a control character inside a paragraph is item 17.
    page = hostile_text("\x1b]0;HOSTILE-TITLE\x07\x9b2J\u202e").encode("utf-8")
    with serve({"/news/meters": Reply(page, content_type="text/plain")}) as (base, _):
        result = run_briefreader("digest", f"{base}/news/meters", "--format", output_format)
    assert result.returncode == 0, result.stderr
    text = result.stdout.decode("utf-8")
    assert "Okafor" in text
    assert not controls_in(text)


# --- item 2: only real text encodings -------------------------------------------------------------


def _declared_page(charset: str, escape: str) -> bytes:
    """A page declaring ``charset``, with a Latin-1 byte (so it is not UTF-8) and, written
    out as backslash sequences, an escape the codec would turn into a real one."""
    paragraphs = [f"The caf\xe9 owner said {escape} rents rose again. {p}" for p in PARAGRAPHS]
    return html_page("Caf\xe9 rents", paragraphs, head=f"<meta charset={charset}>").encode(
        "latin-1", "replace"
    )


@pytest.mark.xfail(strict=True, reason="issue 11 item 2: a declared codec that is no encoding")
@pytest.mark.parametrize(
    ("charset", "escape"),
    [("unicode_escape", r"\x1b]0;HOSTILE-TITLE\x07"), ("raw_unicode_escape", r"\u001b[2J")],
)
def test_a_codec_that_is_not_a_text_encoding_is_not_honoured(
    tmp_path: Path, charset: str, escape: str
) -> None:
    path = tmp_path / "cafe.html"
    path.write_bytes(_declared_page(charset, escape))
    document = load_document(str(path))
    assert document.source.encoding.replace("-", "_") != charset
    assert "\x1b" not in document.text
    assert escape in document.text  # the backslashes stay text


@pytest.mark.xfail(
    strict=True, reason="issue 11 item 2: charset=undefined is 'a bug' (UnicodeError)"
)
def test_a_declared_codec_that_always_fails_is_no_bug(tmp_path: Path) -> None:
    path = tmp_path / "cafe.html"
    path.write_bytes(_declared_page("undefined", "plainly"))
    result = run_briefreader("digest", path, "--format", "json")
    assert b"unexpected error" not in result.stderr
    assert result.returncode == 0, result.stderr
    assert any("caf\xe9 owner" in text for text in _strict(result.stdout.decode())["body"])  # type: ignore[index]


def test_a_real_declared_encoding_is_still_honoured(tmp_path: Path) -> None:
    path = tmp_path / "cafe.html"
    path.write_bytes(_declared_page("windows-1252", "plainly"))
    document = load_document(str(path))
    assert "caf\xe9 owner" in document.text


# --- item 3: file names in messages and output ----------------------------------------------------

HOSTILE_NAMES = {
    "newline": "gone\nbriefreader: fake second line.txt",
    "osc-title": "gone\x1b]0;HOSTILE-TITLE\x07.txt",
    "csi": "gone\x1b[2J.txt",
    "c1": "gone\x9b2J.txt",
    "bidi": "gone\u202etxt.exe",
}


@pytest.mark.parametrize("command", ["digest", "open"])
@pytest.mark.parametrize("name", list(HOSTILE_NAMES), ids=list(HOSTILE_NAMES))
def test_a_missing_file_name_is_one_clean_line(tmp_path: Path, command: str, name: str) -> None:
    code, text = _run_on_a_terminal(command, tmp_path / HOSTILE_NAMES[name], stream="stderr")
    assert code == 3
    assert_one_line_error(text.encode("utf-8"), "gone", "no such file")


def test_a_url_with_escapes_is_one_clean_line() -> None:
    with serve({}) as (base, _):
        result = run_briefreader("digest", f"{base}/gone\x1b]0;HOSTILE-TITLE\x07\nfake line")
    assert result.returncode == 12
    assert_one_line_error(result.stderr, "127.0.0.1")


@pytest.mark.parametrize("output_format", ["text", "md"])
def test_a_file_name_with_escapes_is_clean_in_the_digest(
    tmp_path: Path, output_format: str
) -> None:
    path = tmp_path / "meters\x1b]0;HOSTILE-TITLE\x07\u202e.txt"
    path.write_text(clean_text(), encoding="utf-8")
    result = run_briefreader("digest", path, "--format", output_format)
    assert result.returncode == 0, result.stderr
    text = result.stdout.decode("utf-8")
    assert "meters" in text
    assert not controls_in(text)
