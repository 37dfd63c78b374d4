"""Issue 11, items 17 and 19: inputs read as something they are not, and messages that hide why.

UTF-16 text without a byte-order mark, control bytes past the part sniffed for binaries, a
control character inside an HTML paragraph; an HTTP error without its status, a binary
served as HTML named by an internal path. (Item 18, search, is a reader test:
``tests/tui/test_hostile_reader.py``.)
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefreader import load_document
from briefreader.errors import BinaryInput, FetchFailed
from tests.hostile.pages import (
    PARAGRAPHS,
    TITLE,
    Reply,
    assert_one_line_error,
    clean_text,
    controls_in,
    html_page,
    long_article,
    run_briefreader,
    serve,
)


def _strings(value: object) -> list[str]:
    """Every string in a JSON value."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [text for item in value.values() for text in _strings(item)]
    if isinstance(value, list):
        return [text for item in value for text in _strings(item)]
    return []


# --- item 17: UTF-16 without a BOM ----------------------------------------------------------------


@pytest.mark.xfail(strict=True, reason="issue 11 item 17: UTF-16 without a BOM is 'binary'")
@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_bom_is_read_as_text(tmp_path: Path, encoding: str) -> None:
    text = clean_text().replace("board", "b\xf6ard")  # a non-ASCII letter too
    path = tmp_path / "meters.txt"
    path.write_bytes(text.encode(encoding))  # Python writes no BOM for -le / -be
    document = load_document(str(path))
    assert document.source.encoding.lower().startswith("utf-16")
    assert document.text == text


def test_utf16_with_a_bom_is_read_as_text(tmp_path: Path) -> None:
    path = tmp_path / "meters.txt"
    path.write_bytes(clean_text().encode("utf-16"))  # with the BOM
    assert load_document(str(path)).text == clean_text()


def test_a_binary_with_nuls_up_front_is_still_refused(tmp_path: Path) -> None:
    path = tmp_path / "data.txt"
    path.write_bytes(b"\x00\x01\x02\x03" * 600 + clean_text().encode())
    result = run_briefreader("digest", path)
    assert result.returncode == BinaryInput.exit_code
    assert_one_line_error(result.stderr, "data.txt")


# --- item 17: control bytes past the sniffed part -------------------------------------------------


def test_control_bytes_after_the_first_8_kb_do_not_reach_the_body(tmp_path: Path) -> None:
    head = long_article(30)  # about 15 KB of clean text first
    assert len(head.encode()) > 8192
    tail = "The clerk said \x00\x01\x02 the records were \x1b[2J lost in a flood \x7f last year.\n"
    path = tmp_path / "meters.txt"
    path.write_text(head + "\n" + tail, encoding="utf-8")
    result = run_briefreader("digest", path, "--format", "json")
    if result.returncode == BinaryInput.exit_code:  # refused whole: also acceptable
        assert_one_line_error(result.stderr, "meters.txt")
        return
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert any("the records were" in text for text in data["body"])
    assert not [text for text in _strings(data) if controls_in(text)]


# --- item 17: a control character inside an HTML paragraph ----------------------------------------


@pytest.mark.xfail(strict=True, reason="issue 11 item 17: a control character in <p> loses all")
@pytest.mark.parametrize(
    "control", ["&#27;", "&#x1b;", "&#1;", "\x1b", "\x07"], ids=["dec", "hex", "soh", "esc", "bel"]
)
def test_a_control_character_inside_a_paragraph_keeps_the_article(
    tmp_path: Path, control: str
) -> None:
    paragraphs = list(PARAGRAPHS)
    paragraphs[2] = paragraphs[2].replace("according to", f"according {control}[2J to")
    path = tmp_path / "meters.html"
    path.write_text(html_page(TITLE, paragraphs), encoding="utf-8")
    result = run_briefreader("digest", path, "--format", "json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert any("annual report" in text for text in data["body"])
    assert not [text for text in _strings(data) if controls_in(text)]


def test_the_same_page_without_the_control_character_is_read(tmp_path: Path) -> None:
    path = tmp_path / "meters.html"
    path.write_text(html_page(TITLE, PARAGRAPHS), encoding="utf-8")
    result = run_briefreader("digest", path, "--format", "json")
    assert result.returncode == 0, result.stderr
    assert any("annual report" in text for text in json.loads(result.stdout)["body"])


# --- item 19: what a failed download says ---------------------------------------------------------


def test_an_http_404_names_its_status() -> None:
    with serve({}) as (base, _):
        result = run_briefreader("digest", f"{base}/gone")
    assert result.returncode == FetchFailed.exit_code
    assert "404" in assert_one_line_error(result.stderr, f"{base}/gone")


@pytest.mark.xfail(strict=True, reason="issue 11 item 19: a server error hides its status")
@pytest.mark.parametrize("status", [500, 503])
def test_a_server_error_names_its_status(status: int) -> None:
    routes = {"/meters": Reply(b"<h1>Oops</h1>", status=status)}
    with serve(routes) as (base, _):
        result = run_briefreader("digest", f"{base}/meters", "--timeout", "2")
    assert result.returncode == FetchFailed.exit_code
    assert str(status) in assert_one_line_error(result.stderr, f"{base}/meters")


@pytest.mark.xfail(strict=True, reason="issue 11 item 19: a binary is named '<url>#.html'")
@pytest.mark.parametrize("path", ["/report.pdf", "/files/report", "/files/"])
def test_a_binary_served_as_html_is_named_by_its_url(path: str) -> None:
    routes = {path: Reply(b"%PDF-1.5\n" + bytes(400), content_type="text/html")}
    with serve(routes) as (base, _):
        result = run_briefreader("digest", f"{base}{path}")
    assert result.returncode == BinaryInput.exit_code
    line = assert_one_line_error(result.stderr, f"{base}{path}:", "PDF")
    assert "#.html" not in line
