"""Loading: encodings, kinds, and the errors a user can meet."""

from __future__ import annotations

import os

import pytest

from briefreader import errors
from briefreader.sources import load_document
from briefreader.sources.encoding import decode
from briefreader.sources.kind import sniff_kind

ARTICLE_KO = (
    "북한군 3,000명이 러시아 쿠르스크 지역에 있다고 국가정보원이 밝혔다.\n\n두 번째 문단이다."
)
ARTICLE_FR = "Le président a déclaré que l'économie française se porte bien, malgré la crise.\n"


def test_seed_loads_as_utf8_text(seed_path):
    document = load_document(str(seed_path))
    assert document.source.kind == "text"
    assert document.source.encoding == "utf-8"
    assert "Sabrina Singh" in document.text


@pytest.mark.parametrize(
    ("encoding", "text", "expected"),
    [
        ("utf-8-sig", ARTICLE_FR, "utf-8-sig"),
        ("utf-16", ARTICLE_FR, "utf-16-le"),
        ("cp1252", ARTICLE_FR * 5, None),
        ("euc-kr", ARTICLE_KO * 5, None),
    ],
)
def test_encodings_are_detected(tmp_path, encoding, text, expected):
    path = tmp_path / "page.txt"
    path.write_bytes(text.encode(encoding))
    document = load_document(str(path))
    assert document.text.replace("\ufeff", "") == text
    if expected:
        assert document.source.encoding == expected


def test_declared_html_charset_is_honoured(tmp_path):
    html = '<html><head><meta charset="windows-1252"></head><body><p>Café — naïve</p></body></html>'
    path = tmp_path / "page.html"
    path.write_bytes(html.encode("cp1252"))
    document = load_document(str(path))
    assert "Café — naïve" in document.text
    assert document.source.kind == "html"


def test_crlf_is_normalised():
    text, encoding = decode(b"one\r\ntwo\rthree")
    assert text == "one\ntwo\nthree" and encoding == "utf-8"


@pytest.mark.parametrize(
    ("path", "text", "kind"),
    [
        ("a.html", "plain words", "html"),
        ("a.md", "# Title\n\ntext", "markdown"),
        ("a.txt", "just text\n", "text"),
        ("-", "<!DOCTYPE html><html><body><p>x</p></body></html>", "html"),
        ("-", "# Headline\n\nFirst paragraph.\n\n- a list\n- more\n", "markdown"),
        ("-", "Settings\n\nA dumped page with words.\n", "text"),
    ],
)
def test_kind_sniffing(path, text, kind):
    assert sniff_kind(text, path) == kind


def test_missing_file():
    with pytest.raises(errors.FileNotFound) as info:
        load_document("/no/such/file.txt")
    assert "/no/such/file.txt" in str(info.value)


def test_directory(tmp_path):
    with pytest.raises(errors.NotAFile):
        load_document(str(tmp_path))


@pytest.mark.parametrize("content", [b"", b"   \n\n\t  "])
def test_empty(tmp_path, content):
    path = tmp_path / "empty.txt"
    path.write_bytes(content)
    with pytest.raises(errors.EmptyInput):
        load_document(str(path))


@pytest.mark.parametrize(
    "content",
    [
        b"%PDF-1.7\n%\xe2\xe3",
        b"\x89PNG\r\n\x1a\n\x00\x00",
        b"PK\x03\x04\x14\x00",
        bytes(range(256)),
    ],
)
def test_binary(tmp_path, content):
    path = tmp_path / "file.txt"
    path.write_bytes(content * 4)
    with pytest.raises(errors.BinaryInput):
        load_document(str(path))


def test_too_large(tmp_path):
    path = tmp_path / "big.txt"
    path.write_text("word " * 1000)
    with pytest.raises(errors.TooLarge) as info:
        load_document(str(path), max_bytes=100)
    assert "--max-size" in str(info.value)


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads any file")
def test_permission_denied(tmp_path):
    path = tmp_path / "secret.txt"
    path.write_text("text")
    path.chmod(0)
    with pytest.raises(errors.PermissionDenied):
        load_document(str(path))


def test_input_file_is_not_modified(seed_path):
    before = (seed_path.stat().st_mtime_ns, seed_path.read_bytes())
    load_document(str(seed_path))
    assert (seed_path.stat().st_mtime_ns, seed_path.read_bytes()) == before


def test_mixed_encodings_is_a_clear_error(tmp_path):
    path = tmp_path / "mixed.txt"
    utf8 = "Le président a déclaré que l'économie française se porte bien. " * 3
    path.write_bytes(utf8.encode("utf-8") + " Café crème à emporter.".encode("cp1252") * 3)
    with pytest.raises(errors.DecodeFailed) as info:
        load_document(str(path))
    assert "UTF-8" in str(info.value)


def test_utf8_with_one_damaged_byte_still_opens(tmp_path):
    path = tmp_path / "damaged.txt"
    text = "Ein längerer Absatz über die Lage in der Stadt, schön geschrieben. " * 20
    path.write_bytes(text.encode("utf-8") + b"\xff")
    document = load_document(str(path))
    assert document.source.encoding == "utf-8"
    assert document.text.startswith("Ein längerer Absatz")


def test_undecodable_noise_is_a_clear_error(tmp_path):
    path = tmp_path / "noise.txt"
    path.write_bytes(bytes([0x80 + (i * 37) % 0x7F for i in range(3000)]))
    with pytest.raises((errors.DecodeFailed, errors.BinaryInput)):
        load_document(str(path))


def test_a_nul_past_the_sniffed_start_is_dropped_from_the_text(tmp_path):
    # Issue 11 item 17: the binary check reads the first 8 KB; a NUL later is no text.
    path = tmp_path / "late-nul.txt"
    path.write_bytes(b"Water board meters. " * 500 + b"The clerk\x00\x00 said so.\n")
    text = load_document(str(path)).text
    assert "\x00" not in text
    assert text.endswith("The clerk said so.\n")


def test_utf16_without_a_bom_full_of_controls_is_binary(tmp_path):
    # NULs on one side, control bytes on the other: it decodes as UTF-16, into controls.
    path = tmp_path / "data.txt"
    path.write_bytes(b"\x00\x01\x00\x02" * 500)
    with pytest.raises(errors.BinaryInput):
        load_document(str(path))


def test_a_long_utf8_page_with_a_few_stray_bytes_is_read_with_replacement(tmp_path):
    # Issue 12 item 5: mostly UTF-8 (a dozen accented letters), three bytes pasted from a
    # legacy page: read as trafilatura reads it, the stray bytes replaced, not refused.
    path = tmp_path / "stray.html"
    paragraph = "<p>The council met on Tuesday to discuss the harbour repairs again.</p>\n"
    page = (
        "<html><body><h1>Harbour – café owners worry</h1>\n"
        + paragraph * 40
        + "<p>“We lost money,” said the café’s owner.</p>\n"
    ).encode("utf-8")
    page += "<p>Caf\xe9 cr\xe8me \xe0 emporter.</p></body></html>".encode("cp1252")
    path.write_bytes(page)
    document = load_document(str(path))
    assert document.source.encoding == "utf-8"
    assert "café owners" in document.text
    assert "Caf\ufffd cr\ufffdme" in document.text
