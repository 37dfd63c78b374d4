"""Reading a path or stdin into a :class:`~briefreader.model.Document`.

Loading checks the file (exists, regular, readable, not empty, under the size limit), then
the bytes (not binary; the encoding, see :mod:`briefreader.sources.encoding`) and sniffs the
kind (HTML, Markdown or plain text, see :mod:`briefreader.sources.kind`).
"""

from __future__ import annotations

import os
import stat
import sys

from briefreader import errors
from briefreader.defaults import DEFAULT_MAX_BYTES
from briefreader.model import Document, Source
from briefreader.sources.encoding import decode, reject_binary
from briefreader.sources.kind import sniff_kind

SIZE_STEPS = ((1024**3, "GB"), (1024**2, "MB"), (1024, "KB"))
"""The units a size is said in (binary, as ``--max-size 64M`` reads them), largest first."""


def size_text(size: int) -> str:
    """``size`` bytes as a person says it: "812 bytes", "1 KB", "2.5 MB" (one decimal, none
    when whole, so a limit reads as it was given: ``--max-size 1K`` is "1 KB")."""
    for step, unit in SIZE_STEPS:
        if size >= step:
            number = f"{size / step:.1f}".removesuffix(".0")
            return f"{number} {unit}"
    return f"{size} byte{'s' if size != 1 else ''}"


def load_document(path: str, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Document:
    """Read ``path`` (``-`` for stdin) and return it decoded, with its kind and encoding.

    Raises a :class:`~briefreader.errors.BriefreaderError` subclass for anything a user can fix.
    """
    data = read_stdin(max_bytes) if path == "-" else _read_file(path, max_bytes)
    return document_from_bytes(data, path)


def document_from_bytes(data: bytes, path: str, *, kind_path: str | None = None) -> Document:
    """Decode ``data`` read from ``path`` and sniff its kind (by the ending of ``kind_path``
    when given, else of ``path``: a download is named by its URL, its kind told by its
    final address and content type)."""
    if not data:
        raise errors.EmptyInput(path, "the file is empty", "save the page again and retry")
    if not data.strip():
        raise errors.EmptyInput(path, "the file holds only white space", "save the page again")
    reject_binary(data, path)
    text, encoding = decode(data, path)
    if not text.strip():
        raise errors.EmptyInput(path, "the file holds only white space", "save the page again")
    kind = sniff_kind(text, path if kind_path is None else kind_path, data)
    if kind == "html":
        # Imported here: its patterns take milliseconds to compile, which a text dump (the
        # reader's usual start) does not need to pay for.
        from briefreader.sources.controls import drop_markup_controls

        text = drop_markup_controls(text)
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
            f"file is {size_text(info.st_size)}, over the {size_text(max_bytes)} limit",
            "raise the limit with --max-size if you really want to open it",
        )
    try:
        with open(path, "rb") as handle:
            # Ask for the size the file has (a read of max_bytes would take that much memory
            # at once), then for what it grew by since, up to the limit.
            data = handle.read(info.st_size + 1)
            if len(data) > info.st_size:
                data += handle.read(max_bytes + 1 - len(data))
            return data
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
            "-", f"input is over the {size_text(max_bytes)} limit", "raise it with --max-size"
        )
    return data
