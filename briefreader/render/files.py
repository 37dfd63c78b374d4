"""Writing an output file atomically: ``digest -o OUT`` and the reader's export (``e``).

:func:`write_atomically` is the one routine: the text goes to a temporary file in the target's
folder, is flushed to disk, takes the mode of the file it replaces, then is renamed over the
target, so an existing file is only ever replaced by a complete one. The two callers word its
failures for where they are shown: :func:`write_output` as a CLI error with an exit code,
:func:`export_file` as the one line of a notification.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path
from typing import Literal

from briefreader.errors import OutputFailed

__all__ = [
    "ExportFailed",
    "WriteFailed",
    "export_file",
    "resolve",
    "write_atomically",
    "write_output",
]

#: The mode of a new file: read-write for its owner, readable by others (as editors write).
NEW_FILE_MODE = 0o644
#: Temporary files start with this (a dot: hidden while they exist).
TEMPORARY_PREFIX = ".briefreader-"

#: Where writing failed: ``"folder"`` (no temporary file could be made there) or ``"file"``
#: (writing, flushing or renaming it).
WriteStep = Literal["folder", "file"]


class WriteFailed(Exception):
    """:func:`write_atomically` failed at ``step``; ``strerror`` is the system's reason."""

    def __init__(self, step: WriteStep, strerror: str | None) -> None:
        """A failure at ``step`` for the system's reason ``strerror``."""
        super().__init__(step, strerror)
        self.step: WriteStep = step
        self.strerror = strerror


def write_atomically(path: str | os.PathLike[str], text: str) -> None:
    """Write ``text`` (UTF-8) to ``path`` through a temporary file and ``os.replace``.

    A replaced file's mode is kept (when it can be read and set); a new file gets
    :data:`NEW_FILE_MODE`. Raises :class:`WriteFailed`; the temporary file never stays behind.
    """
    target = os.fspath(path)
    directory = os.path.dirname(os.path.abspath(target))
    try:
        handle, temporary = tempfile.mkstemp(prefix=TEMPORARY_PREFIX, dir=directory)
    except OSError as error:
        raise WriteFailed("folder", error.strerror) from None
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        if os.path.exists(target):
            with contextlib.suppress(OSError):
                os.chmod(temporary, os.stat(target).st_mode & 0o777)
        else:
            os.chmod(temporary, NEW_FILE_MODE)
        os.replace(temporary, target)
    except BaseException as error:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        if isinstance(error, OSError):
            raise WriteFailed("file", error.strerror) from None
        raise


def write_output(output: str, text: str) -> None:
    """``digest -o OUTPUT``: :func:`write_atomically`, failures as
    :class:`~briefreader.errors.OutputFailed` (the CLI's message and exit code)."""
    try:
        write_atomically(output, text)
    except WriteFailed as error:
        if error.step == "folder":
            raise OutputFailed(
                output, f"cannot write here ({error.strerror})", "choose another path"
            ) from None
        raise OutputFailed(output, f"cannot write ({error.strerror})", "check the path") from None


class ExportFailed(Exception):
    """The briefing could not be exported; ``str(error)`` says why, in one line."""


def resolve(name: str, cwd: str | None = None) -> Path:
    """The absolute path ``name`` (``~`` expanded) stands for, relative to ``cwd``."""
    path = Path(os.path.expanduser(name.strip()))
    if not path.is_absolute():
        path = Path(cwd or os.getcwd()) / path
    return path


def export_file(path: Path, text: str) -> Path:
    """The reader's export: :func:`write_atomically` to ``path`` (not a folder), failures
    as :class:`ExportFailed` with a one-line reason. Returns ``path``."""
    if path.is_dir():
        raise ExportFailed(f"{path}: is a folder; give a file name")
    try:
        write_atomically(path, text)
    except WriteFailed as error:
        if error.step == "folder":
            raise ExportFailed(f"{path}: cannot write there ({error.strerror})") from None
        raise ExportFailed(f"{path}: cannot write ({error.strerror})") from None
    return path
