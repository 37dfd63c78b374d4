"""Writing the briefing to a file (the ``e`` key), atomically. No Textual here."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

DEFAULT_EXPORT_NAME = "briefing.md"
"""The file name the export dialog offers (in the current directory)."""


class ExportFailed(Exception):
    """The briefing could not be written; ``str(error)`` says why, in one line."""


def resolve(name: str, cwd: str | None = None) -> Path:
    """The absolute path ``name`` (``~`` expanded) stands for, relative to ``cwd``."""
    path = Path(os.path.expanduser(name.strip()))
    if not path.is_absolute():
        path = Path(cwd or os.getcwd()) / path
    return path


def write_atomically(path: Path, text: str) -> Path:
    """Write ``text`` to ``path`` through a temporary file and ``os.replace``.

    An existing file is only ever replaced by a complete one. Raises :class:`ExportFailed`.
    """
    if path.is_dir():
        raise ExportFailed(f"{path}: is a folder; give a file name")
    directory = path.parent
    try:
        handle, temporary = tempfile.mkstemp(prefix=".briefreader-", dir=directory)
    except OSError as error:
        raise ExportFailed(f"{path}: cannot write there ({error.strerror})") from None
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        mode = 0o644
        if path.exists():
            with contextlib.suppress(OSError):
                mode = os.stat(path).st_mode & 0o777
        os.chmod(temporary, mode)
        os.replace(temporary, path)
    except BaseException as error:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        if isinstance(error, OSError):
            raise ExportFailed(f"{path}: cannot write ({error.strerror})") from None
        raise
    return path
