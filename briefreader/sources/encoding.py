"""What a page's bytes are: binary (refused) or text in which encoding.

:func:`reject_binary` refuses PDFs, images, archives and other binaries by their magic
numbers and by NUL or control bytes. :func:`decode` detects the encoding: BOMs first, then
UTF-16 without a BOM, then UTF-8 (tolerating a few damaged bytes, refusing a mix of
encodings), then the charset a page declares, then charset-normalizer (imported only then)
for legacy encodings such as cp1252 or EUC-KR.
"""

from __future__ import annotations

import codecs
import re

from briefreader import errors

#: Tolerate one undecodable byte per this many good UTF-8 characters ("damaged", not "mixed").
MIXED_RATIO = 50
#: With this many good UTF-8 characters beside undecodable bytes (and more good than bad: a
#: legacy encoding such as EUC-KR makes a few UTF-8 look-alikes by chance), the file mixes
#: encodings.
MIXED_MIN_UTF8 = 3
#: A page mostly in UTF-8 may hold up to one stray byte per this many characters (a byte
#: pasted from a legacy page into a long article) and still be read, with replacement, as
#: trafilatura reads it; a short text with as many bad bytes as good characters mixes encodings.
STRAY_PER_CHARS = 1000
#: charset-normalizer's "chaos" above which its best guess is not believed.
MAX_CHAOS = 0.3

#: Bytes at the start of a file searched for the magic number of a binary format.
MAGIC_BYTES = 64
#: Bytes at the start of a file searched for NULs and control bytes (binary, or UTF-16).
SAMPLE_BYTES = 8192
#: Control bytes found in text: tab, line feed, form feed, carriage return and escape.
TEXT_CONTROLS = frozenset((9, 10, 12, 13, 27))
#: Control bytes (beside TEXT_CONTROLS) a short sample may hold and still be text ...
MAX_CONTROLS = 8
#: ... and a long one: one byte in this many (a stray control byte in a page's text is noise).
CONTROLS_PER = 10
#: UTF-16 text: NULs in more than this share of the bytes on one side (even or odd) ...
UTF16_NULS = 0.3
#: ... and in less than this share of those on the other side (ASCII letters in UTF-16).
UTF16_OTHER_NULS = 0.05
#: Bytes searched for a ``<meta charset>`` declaration (it belongs in the page's head).
CHARSET_SEARCH_BYTES = 32768
#: Bytes charset-normalizer looks at: enough to tell an encoding, bounded for big pages.
DETECT_SAMPLE_BYTES = 262144

BOMS: tuple[tuple[bytes, str], ...] = (
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

_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_\-:.]+)""", re.IGNORECASE)
# Labels browsers read as another encoding than Python does (the WHATWG Encoding Standard):
# "iso-8859-1" and "ascii" are cp1252, and so on; and its labels Python does not know.
_CHARSET_ALIASES = {
    "ascii": "cp1252",
    "gb2312": "gbk",
    "iso-8859-1": "cp1252",
    "iso-8859-11": "cp874",
    "iso-8859-9": "cp1254",
    "latin-1": "cp1252",
    "latin1": "cp1252",
    "tis-620": "cp874",
    "us-ascii": "cp1252",
    "windows-874": "cp874",
    "x-mac-cyrillic": "mac-cyrillic",
    "x-sjis": "shift_jis",
}
# The encodings a page may declare: those of the WHATWG Encoding Standard, by Python's
# names for them (codecs.lookup(label).name). Anything else a codec lookup finds (bytes
# transforms such as base64 or rot13, unicode_escape, punycode, UTF-7, UTF-16 declared in
# bytes that are not UTF-16) is no text encoding of a web page and is ignored.
TEXT_ENCODINGS = frozenset(
    {
        "big5", "big5hkscs", "cp1250", "cp1251", "cp1252", "cp1253", "cp1254", "cp1255",
        "cp1256", "cp1257", "cp1258", "cp866", "cp874", "euc_jp", "euc_kr", "gb18030", "gbk",
        "iso2022_jp", "iso8859-10", "iso8859-13", "iso8859-14", "iso8859-15", "iso8859-16",
        "iso8859-2", "iso8859-3", "iso8859-4", "iso8859-5", "iso8859-6", "iso8859-7",
        "iso8859-8", "koi8-r", "koi8-u", "mac-cyrillic", "mac-roman", "shift_jis", "utf-8",
    }
)  # fmt: skip
# Codecs charset-normalizer's guess must not be: they turn plain ASCII into other
# characters (an escape written "+ABs-" in UTF-7, "\\x1b" in unicode_escape).
_NOT_TEXT = frozenset({"idna", "punycode", "raw-unicode-escape", "unicode-escape", "utf-7"})


def reject_binary(data: bytes, path: str) -> None:
    """Raise :class:`~briefreader.errors.BinaryInput` when ``data`` is not text."""
    head = data[:MAGIC_BYTES]
    for magic, what in _BINARY_MAGIC:
        if head.startswith(magic):
            raise errors.BinaryInput(
                path, f"this is {what}, not a web page", "save the article as .html or .txt"
            )
    if any(head.startswith(bom) for bom, _ in BOMS):
        return
    sample = data[:SAMPLE_BYTES]
    # Text in UTF-16 without a BOM shows NULs in every other byte: its control characters are
    # counted once it is decoded. Anything else with NULs, or with many control bytes, is binary.
    if b"\x00" in sample:
        if not looks_utf16(sample):
            raise errors.BinaryInput(
                path, "this is a binary file, not a web page", "save the article as .html or .txt"
            )
        even = sample[: len(sample) // 2 * 2]
        codes = [ord(ch) for ch in even.decode(utf16_name(sample), "replace")]
    else:
        codes = list(sample)
    controls = sum(1 for code in codes if code < 32 and code not in TEXT_CONTROLS)
    if controls > max(MAX_CONTROLS, len(codes) // CONTROLS_PER):
        raise errors.BinaryInput(
            path, "this is a binary file, not a web page", "save the article as .html or .txt"
        )


def utf16_name(sample: bytes) -> str:
    """The byte order of UTF-16 text without a BOM: ASCII in UTF-16-LE has its NULs second
    (at odd offsets), in UTF-16-BE first."""
    little = sample[1::2].count(b"\x00") > sample[0::2].count(b"\x00")
    return "utf-16-le" if little else "utf-16-be"


def looks_utf16(sample: bytes) -> bool:
    """Whether ``sample`` has NULs in every other byte, as UTF-16 text without a BOM has."""
    even = sample[0::2].count(b"\x00")
    odd = sample[1::2].count(b"\x00")
    half = max(1, len(sample) // 2)
    return (odd > UTF16_NULS * half and even < UTF16_OTHER_NULS * half) or (
        even > UTF16_NULS * half and odd < UTF16_OTHER_NULS * half
    )


def decode(data: bytes, path: str = "-") -> tuple[str, str]:
    """Decode ``data``; return the text (newlines normalised, no BOM) and the encoding used."""
    found = _decode_unicode(data)
    if found is not None:
        return found
    # Not clean UTF-8. Count what does decode as UTF-8 beyond ASCII, and what does not.
    lenient = data.decode("utf-8", errors="replace")
    broken = lenient.count("\ufffd")
    multibyte = sum(1 for ch in lenient if ch > "\x7f") - broken
    if broken * MIXED_RATIO <= multibyte or (
        multibyte >= broken and broken * STRAY_PER_CHARS <= len(lenient)
    ):
        # UTF-8 with a few damaged bytes (a truncated download): keep it, mark the damage.
        return _normalise(lenient), "utf-8"
    if multibyte >= MIXED_MIN_UTF8 and multibyte >= broken:
        raise errors.DecodeFailed(
            path,
            f"mixes UTF-8 with another encoding ({broken} bytes are not UTF-8)",
            "re-save the page as UTF-8 from the browser and retry",
        )
    found = _decode_legacy(data)
    if found is not None:
        return found
    raise errors.DecodeFailed(
        path, "cannot tell the text encoding", "re-save the page as UTF-8 and retry"
    )


def _decode_unicode(data: bytes) -> tuple[str, str] | None:
    """``data`` decoded by its BOM, as UTF-16 without one, or as clean UTF-8; else ``None``."""
    for bom, name in BOMS:
        if data.startswith(bom):
            try:
                return _normalise(data[len(bom) :].decode(name.replace("-sig", ""))), name
            except UnicodeDecodeError:
                break
    sample = data[:SAMPLE_BYTES]
    if b"\x00" in sample and looks_utf16(sample):
        name = utf16_name(sample)
        try:
            return _normalise(data.decode(name)), name
        except UnicodeDecodeError:
            pass
    try:
        return _normalise(data.decode("utf-8")), "utf-8"
    except UnicodeDecodeError:
        return None


def _decode_legacy(data: bytes) -> tuple[str, str] | None:
    """``data`` decoded by the charset it declares, or charset-normalizer's guess; else
    ``None``."""
    declared = _declared_charset(data)
    if declared:
        try:
            return _normalise(data.decode(declared)), declared
        except (UnicodeDecodeError, LookupError):
            pass
    from charset_normalizer import from_bytes

    sample = data[:DETECT_SAMPLE_BYTES] if len(data) > DETECT_SAMPLE_BYTES else data
    best = from_bytes(sample).best()
    if best is not None and best.chaos <= MAX_CHAOS and _codec_name(best.encoding) not in _NOT_TEXT:
        encoding = best.encoding
        try:
            return _normalise(data.decode(encoding)), encoding
        except (UnicodeDecodeError, LookupError):
            pass
    return None


def _declared_charset(data: bytes) -> str | None:
    """The text encoding the page's ``<meta charset>`` declares, or ``None`` (none, or one
    that is not in :data:`TEXT_ENCODINGS`)."""
    match = _CHARSET.search(data[:CHARSET_SEARCH_BYTES])
    if not match:
        return None
    name = match.group(1).decode("ascii", "ignore").lower()
    name = _CHARSET_ALIASES.get(name, name)
    return name if _codec_name(name) in TEXT_ENCODINGS else None


def _codec_name(label: str) -> str | None:
    """Python's own name for the codec ``label`` finds, or ``None`` when there is none."""
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def _normalise(text: str) -> str:
    """``text`` with Unix newlines and no NUL (a NUL is never text: a damaged file's
    padding, or a binary's; lxml and terminals cut text at one)."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\x00" in text:
        text = text.replace("\x00", "")
    return text
