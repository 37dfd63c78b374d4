"""Read a path or stdin into a :class:`~briefreader.model.Document`.

Loading checks the file (exists, regular, readable, not empty, not binary, under the size
limit), detects the encoding (BOMs first, then UTF-8, then charset-normalizer for legacy
encodings such as cp1252 or EUC-KR) and sniffs the kind: HTML, Markdown or plain text.
"""

from __future__ import annotations

import os
import re
import stat
import sys

from briefreader import errors
from briefreader.defaults import DEFAULT_MAX_BYTES
from briefreader.model import Document, Kind, Source

#: Tolerate one undecodable byte per this many good UTF-8 characters ("damaged", not "mixed").
MIXED_RATIO = 50
#: With this many good UTF-8 characters beside undecodable bytes (and more good than bad: a
#: legacy encoding such as EUC-KR makes a few UTF-8 look-alikes by chance), the file mixes
#: encodings.
MIXED_MIN_UTF8 = 3
#: charset-normalizer's "chaos" above which its best guess is not believed.
MAX_CHAOS = 0.3

_BOMS: tuple[tuple[bytes, str], ...] = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)

# Magic numbers of binary formats a user might pass by mistake.
_BINARY_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "a PDF"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive (or office document)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"BZh", "a bzip2 archive"),
    (b"\xfd7zXZ", "an xz archive"),
    (b"7z\xbc\xaf", "a 7z archive"),
    (b"Rar!", "a RAR archive"),
    (b"\x7fELF", "a program"),
    (b"RIFF", "a media file"),
    (b"OggS", "a media file"),
    (b"ID3", "an MP3 file"),
    (b"\x00\x00\x00\x18ftyp", "a video file"),
    (b"\x00\x00\x00\x1cftyp", "a video file"),
    (b"\x00\x00\x00 ftyp", "a video file"),
    (b"SQLite format 3", "a database"),
)

_HTML_START = re.compile(
    rb"^\s*(?:<!doctype\s+html|<html|<head|<body|<meta|<!--|<\?xml[^>]*>\s*<(?:!doctype|html))",
    re.IGNORECASE,
)
_HTML_TAGS = re.compile(rb"<(?:p|div|article|span|a|br|section|h[1-6]|script|title)\b[^>]*>", re.I)
_MD_LINE = re.compile(r"^(?:#{1,6} \S|[-*+] \S|\d+\. \S|> |```|\[[^\]]+\]\([^)]+\))", re.MULTILINE)


def load_document(path: str, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Document:
    """Read ``path`` (``-`` for stdin) and return it decoded, with its kind and encoding.

    Raises a :class:`~briefreader.errors.BriefreaderError` subclass for anything a user can fix.
    """
    data = read_stdin(max_bytes) if path == "-" else _read_file(path, max_bytes)
    return document_from_bytes(data, path)


def document_from_bytes(data: bytes, path: str) -> Document:
    """Decode ``data`` read from ``path`` and sniff its kind."""
    if not data:
        raise errors.EmptyInput(path, "the file is empty", "save the page again and retry")
    if not data.strip():
        raise errors.EmptyInput(path, "the file holds only white space", "save the page again")
    _reject_binary(data, path)
    text, encoding = decode(data, path)
    if not text.strip():
        raise errors.EmptyInput(path, "the file holds only white space", "save the page again")
    kind = sniff_kind(text, path, data)
    return Document(source=Source(path=path, kind=kind, encoding=encoding), text=text)


def _read_file(path: str, max_bytes: int) -> bytes:
    try:
        info = os.stat(path)
    except FileNotFoundError:
        raise errors.FileNotFound(path, "no such file", "check the path and try again") from None
    except PermissionError:
        raise errors.PermissionDenied(
            path, "permission denied", "check the file's permissions"
        ) from None
    except OSError as exc:
        raise errors.FileNotFound(path, f"cannot open ({exc.strerror})", "check the path") from None
    if stat.S_ISDIR(info.st_mode):
        raise errors.NotAFile(path, "is a directory", "give the path of a saved page inside it")
    if not stat.S_ISREG(info.st_mode):
        raise errors.NotAFile(path, "is not a regular file", "give the path of a saved page")
    if info.st_size > max_bytes:
        raise errors.TooLarge(
            path,
            f"file is {info.st_size / 1e6:.1f} MB, over the {max_bytes / 1e6:.0f} MB limit",
            "raise the limit with --max-size if you really want to open it",
        )
    try:
        with open(path, "rb") as handle:
            return handle.read(max_bytes + 1)
    except PermissionError:
        raise errors.PermissionDenied(
            path, "permission denied", "check the file's permissions"
        ) from None
    except IsADirectoryError:
        raise errors.NotAFile(path, "is a directory", "give the path of a saved page") from None
    except OSError as exc:
        raise errors.FileNotFound(path, f"cannot read ({exc.strerror})", "check the file") from None


def read_stdin(max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """Read all of standard input (at most ``max_bytes``).

    A terminal is not a page: rather than wait for typing, say how to pipe one in.
    """
    stream = sys.stdin
    if stream is None or stream.isatty():
        raise errors.EmptyInput(
            "-",
            "nothing is piped in (standard input is the terminal)",
            "pipe a saved page in, e.g. cat page.html | briefreader open -",
        )
    data = stream.buffer.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise errors.TooLarge(
            "-", f"input is over the {max_bytes / 1e6:.0f} MB limit", "raise it with --max-size"
        )
    return data


def _reject_binary(data: bytes, path: str) -> None:
    head = data[:64]
    for magic, what in _BINARY_MAGIC:
        if head.startswith(magic):
            raise errors.BinaryInput(
                path, f"this is {what}, not a web page", "save the article as .html or .txt"
            )
    if any(head.startswith(bom) for bom, _ in _BOMS):
        return
    sample = data[:8192]
    # Text in UTF-16 without a BOM shows NULs in every other byte; anything else with NULs or
    # many control bytes is binary.
    nuls = sample.count(b"\x00")
    if nuls and not _looks_utf16(sample):
        raise errors.BinaryInput(
            path, "this is a binary file, not a web page", "save the article as .html or .txt"
        )
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13, 27))
    if controls > max(8, len(sample) // 10):
        raise errors.BinaryInput(
            path, "this is a binary file, not a web page", "save the article as .html or .txt"
        )


def _looks_utf16(sample: bytes) -> bool:
    even = sample[0::2].count(b"\x00")
    odd = sample[1::2].count(b"\x00")
    half = max(1, len(sample) // 2)
    return (odd > 0.3 * half and even < 0.05 * half) or (even > 0.3 * half and odd < 0.05 * half)


def decode(data: bytes, path: str = "-") -> tuple[str, str]:
    """Decode ``data``; return the text (newlines normalised, no BOM) and the encoding used."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                return _normalise(data[len(bom) :].decode(name.replace("-sig", ""))), name
            except UnicodeDecodeError:
                break
    if b"\x00" in data[:8192] and _looks_utf16(data[:8192]):
        name = "utf-16-le" if data[1:2] == b"\x00" else "utf-16-be"
        try:
            return _normalise(data.decode(name)), name
        except UnicodeDecodeError:
            pass
    try:
        return _normalise(data.decode("utf-8")), "utf-8"
    except UnicodeDecodeError:
        pass
    # Not clean UTF-8. Count what does decode as UTF-8 beyond ASCII, and what does not.
    lenient = data.decode("utf-8", errors="replace")
    broken = lenient.count("\ufffd")
    multibyte = sum(1 for ch in lenient if ch > "\x7f") - broken
    if broken * MIXED_RATIO <= multibyte:
        # UTF-8 with a few damaged bytes (a truncated download): keep it, mark the damage.
        return _normalise(lenient), "utf-8"
    if multibyte >= MIXED_MIN_UTF8 and multibyte >= broken:
        raise errors.DecodeFailed(
            path,
            f"mixes UTF-8 with another encoding ({broken} bytes are not UTF-8)",
            "re-save the page as UTF-8 from the browser and retry",
        )
    declared = _declared_charset(data)
    if declared:
        try:
            return _normalise(data.decode(declared)), declared
        except (UnicodeDecodeError, LookupError):
            pass
    from charset_normalizer import from_bytes

    sample = data[:262144] if len(data) > 262144 else data
    best = from_bytes(sample).best()
    if best is not None and best.chaos <= MAX_CHAOS:
        encoding = best.encoding
        try:
            return _normalise(data.decode(encoding)), encoding
        except (UnicodeDecodeError, LookupError):
            pass
    raise errors.DecodeFailed(
        path, "cannot tell the text encoding", "re-save the page as UTF-8 and retry"
    )


_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_\-:.]+)""", re.IGNORECASE)


def _declared_charset(data: bytes) -> str | None:
    match = _CHARSET.search(data[:32768])
    if not match:
        return None
    name = match.group(1).decode("ascii", "ignore").lower()
    # Browsers read "iso-8859-1" as cp1252; so do we.
    return {"iso-8859-1": "cp1252", "latin1": "cp1252", "latin-1": "cp1252"}.get(name, name)


def _normalise(text: str) -> str:
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text


def sniff_kind(text: str, path: str = "", data: bytes | None = None) -> Kind:
    """Tell HTML, Markdown and plain text apart, by extension first, then by content."""
    lower = path.lower()
    if lower.endswith((".html", ".htm", ".xhtml", ".shtml")):
        return "html"
    if lower.endswith((".md", ".markdown", ".mdown")):
        return "markdown"
    head = text[:4096].encode("utf-8", "ignore")
    if _HTML_START.match(head) or len(_HTML_TAGS.findall(head)) >= 5:
        return "html"
    if lower.endswith(".txt"):
        return "text"
    sample = text[:20000]
    if len(_MD_LINE.findall(sample)) >= 3:
        return "markdown"
    return "text"
