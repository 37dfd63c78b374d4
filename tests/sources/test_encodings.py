"""Files in legacy encodings open and digest exactly as the same text in UTF-8."""

from __future__ import annotations

import pytest

from briefreader import read_brief, render
from tests.conftest import SAMPLES, SEED


def _digest_without_source(path) -> dict:
    data = render.to_dict(read_brief(str(path)))
    data.pop("source")
    return data


@pytest.mark.parametrize(
    ("encoding", "bom"),
    [("cp1252", b""), ("euc-kr", b""), ("utf-16-le", b"\xff\xfe"), ("utf-8", b"\xef\xbb\xbf")],
)
@pytest.mark.parametrize("sample", [SEED, SAMPLES / "nytimes-sudan-sanctions.html"])
def test_same_brief_in_every_encoding(tmp_path, sample, encoding, bom):
    # Keep only what the legacy encoding can hold, then write that same text both ways.
    text = sample.read_text(encoding="utf-8")
    text = text.encode(encoding, errors="replace").decode(encoding)
    reference = tmp_path / f"utf8{sample.suffix}"
    reference.write_bytes(text.encode("utf-8"))
    if sample.suffix == ".html":
        # A saved page declares its encoding, as real pages in legacy encodings do.
        text = text.replace("<head>", f'<head><meta charset="{encoding}">', 1)
    encoded = tmp_path / f"encoded{sample.suffix}"
    encoded.write_bytes(bom + text.encode(encoding))
    expected = _digest_without_source(reference)
    assert expected["body"], "the reference must have an article"
    assert _digest_without_source(encoded) == expected


# A page with one Latin-1 byte (so it is not UTF-8) declaring ``label``: which declarations
# are honoured (issue 11 item 2: only text encodings a browser knows).
@pytest.mark.parametrize(
    ("label", "honoured"),
    [
        ("windows-1252", "windows-1252"),
        ("ISO-8859-1", "cp1252"),
        ("koi8-r", "koi8-r"),
        ("windows-874", "cp874"),
        ("rot13", None),
        ("base64", None),
        ("unicode_escape", None),
        ("raw_unicode_escape", None),
        ("punycode", None),
        ("utf-7", None),
        ("utf-16", None),
        ("no-such-codec", None),
    ],
)
def test_only_text_encodings_are_honoured_when_declared(label, honoured):
    from briefreader.sources.encoding import _declared_charset

    page = f'<html><head><meta charset="{label}"></head><body>caf\xe9</body></html>'
    assert _declared_charset(page.encode("latin-1")) == honoured
