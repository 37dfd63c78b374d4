"""Writing the output: ``digest -o OUT``, ``digest`` to stdout, and the reader's export (``e``).

:func:`write_atomically` is the one routine for a file: the text goes to a temporary file in
the target's folder, is flushed to disk, takes the mode of the file it replaces (a new file:
the umask's), then is renamed over the target, so an existing file is only ever replaced by a
complete one. A symlink is followed (the link stays, its target gets the text); a device node
or a FIFO (``/dev/null``, a pipe) is written in place, never replaced by a regular file.
:func:`write_all` writes every byte or raises: a short write (a full disk, ``ulimit -f``) is
an error, never a silently cut output. :func:`refuse_input_as_output` keeps ``-o`` from
replacing one of its own inputs.

The callers word the failures for where they are shown: :func:`write_output` and
:func:`write_stdout` as CLI errors with an exit code, :func:`export_file` as the one line of
a notification.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import select
import stat
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Literal

from briefreader.errors import OutputFailed

__all__ = [
    "ExportFailed",
    "StdoutClosed",
    "WriteFailed",
    "export_file",
    "refuse_input_as_output",
    "resolve",
    "write_all",
    "write_atomically",
    "write_output",
    "write_stdout",
]

#: The mode a new file asks for, before the umask takes its bits away (as editors and shells
#: create files: read-write for everyone the umask allows).
NEW_FILE_MODE = 0o666
#: The permission bits a replaced file hands on to its replacement (not setuid, setgid, sticky).
KEPT_MODE_BITS = 0o777
#: Temporary files start with this (a dot: hidden while they exist).
TEMPORARY_PREFIX = ".briefreader-"
#: Random names tried for a temporary file before giving up (one clash is already rare).
TEMPORARY_TRIES = 100
#: How standard output is named in messages.
STDOUT_NAME = "standard output"
#: How standard input is named in messages.
STDIN_NAME = "standard input"

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


class StdoutClosed(Exception):
    """Standard output was closed by its reader (``| head`` had seen enough): not an error
    to report, only a reason to stop."""


def write_all(descriptor: int, data: bytes) -> None:
    """Write every byte of ``data`` to ``descriptor``, however many calls it takes.

    A write that the system cuts short is continued; one that fails raises :class:`OSError`
    (``EFBIG`` past ``ulimit -f`` once ``SIGXFSZ`` is ignored, ``ENOSPC`` on a full disk).
    A non-blocking descriptor is waited on, not given up.
    """
    view = memoryview(data)
    while view:
        try:
            written = os.write(descriptor, view)
        except BlockingIOError:
            select.select([], [descriptor], [])
            continue
        if written == 0:  # nothing taken and no error: report it rather than spin
            raise OSError(errno.EIO, os.strerror(errno.EIO))
        view = view[written:]


def _umask() -> int:
    """The process's umask, read without changing it where the system says it (Linux)."""
    with (
        contextlib.suppress(OSError, ValueError),
        open("/proc/self/status", encoding="ascii") as status,
    ):
        for line in status:
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    # Elsewhere: set a strict mask for the instant it takes to read the old one (a file made
    # meanwhile by another thread comes out more private, never less).
    mask = os.umask(0o077)
    os.umask(mask)
    return mask


def _existing(target: str) -> os.stat_result | None:
    """``target``'s status (following links), ``None`` when nothing is there."""
    try:
        return os.stat(target)
    except FileNotFoundError:
        return None
    except OSError as error:
        raise WriteFailed("file", error.strerror) from None


def write_atomically(path: str | os.PathLike[str], text: str) -> None:
    """Write ``text`` (UTF-8) to ``path`` through a temporary file and ``os.replace``.

    A symlink's target is written (the link stays); a device node or FIFO is written in
    place. A replaced file's mode (and owner, where allowed) is kept; a new file gets
    :data:`NEW_FILE_MODE` less the umask. Raises :class:`WriteFailed`; the temporary file
    never stays behind (an interruption included: KeyboardInterrupt, or any exception a
    signal handler raises).
    """
    target = os.path.realpath(os.fspath(path))
    existing = _existing(target)
    data = text.encode("utf-8")
    if existing is not None and stat.S_ISDIR(existing.st_mode):
        raise WriteFailed("file", os.strerror(errno.EISDIR))
    if existing is not None and not stat.S_ISREG(existing.st_mode):
        _write_in_place(target, data)
        return
    made: list[str] = []  # the temporary file, named here before it exists
    try:
        handle = _make_temporary(os.path.dirname(target), made)
        try:
            write_all(handle, data)
            os.fsync(handle)
        finally:
            os.close(handle)
        _set_mode(made[0], existing)
        os.replace(made[0], target)
    except BaseException as error:
        for temporary in made:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
        if isinstance(error, OSError):
            raise WriteFailed("file", error.strerror) from None
        raise


def _make_temporary(directory: str, made: list[str]) -> int:
    """Create a new private file in ``directory``; return its descriptor.

    Its name is put in ``made`` *before* the file is created, so that an interruption at
    any instant (a signal handler raising just after the system made the file) still finds
    it to remove; a name that was not made here is taken out again.
    """
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    for _ in range(TEMPORARY_TRIES):
        made.append(os.path.join(directory, TEMPORARY_PREFIX + secrets.token_hex(8)))
        try:
            return os.open(made[-1], flags, 0o600)
        except FileExistsError:  # another file has that name: not ours to remove
            made.pop()
        except OSError as error:
            made.pop()
            raise WriteFailed("folder", error.strerror) from None
    raise WriteFailed("folder", os.strerror(errno.EEXIST))


def _set_mode(temporary: str, existing: os.stat_result | None) -> None:
    """Give the temporary file the mode (and owner) of the file it replaces, or a new file's."""
    if existing is None:
        os.chmod(temporary, NEW_FILE_MODE & ~_umask())
        return
    owner = (existing.st_uid, existing.st_gid)
    if hasattr(os, "geteuid") and owner != (os.geteuid(), os.getegid()):  # POSIX only
        with contextlib.suppress(OSError):  # to one's own group, or by root, only
            os.chown(temporary, existing.st_uid, existing.st_gid)
    with contextlib.suppress(OSError):
        os.chmod(temporary, existing.st_mode & KEPT_MODE_BITS)


def _write_in_place(target: str, data: bytes) -> None:
    """Write to a device node or FIFO as a shell's ``>`` would (no temporary, no rename)."""
    try:
        handle = os.open(target, os.O_WRONLY | getattr(os, "O_NOCTTY", 0))
    except OSError as error:
        raise WriteFailed("file", error.strerror) from None
    try:
        write_all(handle, data)
    except OSError as error:
        raise WriteFailed("file", error.strerror) from None
    finally:
        os.close(handle)


def refuse_input_as_output(output: str, inputs: Iterable[str]) -> None:
    """Raise :class:`~briefreader.errors.OutputFailed` when ``output`` is the same file as
    one of ``inputs`` (the same device and inode: another spelling, a symlink or a hard
    link to it), so that ``-o`` never replaces what it reads. ``-`` stands for stdin."""
    try:
        target = os.stat(output)
    except (OSError, ValueError):
        return  # nothing there yet (or nothing statable): it cannot be an input
    if not stat.S_ISREG(target.st_mode):
        return  # a device or FIFO is written in place, never replaced
    for name in inputs:
        try:
            source = os.fstat(sys.stdin.fileno()) if name == "-" else os.stat(name)
        except (OSError, ValueError):
            continue
        if (source.st_dev, source.st_ino) == (target.st_dev, target.st_ino):
            shown = STDIN_NAME if name == "-" else name
            problem = "is one of the inputs" if shown == output else f"is the same file as {shown}"
            raise OutputFailed(
                output, problem, "choose another output file (writing it would replace the input)"
            )


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


def write_stdout(text: str) -> None:
    """``digest`` without ``-o``: every byte of ``text`` to standard output, or
    :class:`~briefreader.errors.OutputFailed` naming it (a full disk, a size limit).

    A closed pipe raises :class:`StdoutClosed`. Where stdout is no file (a test's capture),
    it is written as a stream.
    """
    stream = sys.stdout
    try:
        descriptor = stream.fileno()
    except (AttributeError, OSError, ValueError):  # io.UnsupportedOperation: no descriptor
        stream.write(text)
        stream.flush()
        return
    if os.linesep != "\n":  # as the text stream would have written it
        text = text.replace("\n", os.linesep)
    try:
        stream.flush()
        write_all(descriptor, text.encode(stream.encoding or "utf-8", stream.errors or "strict"))
    except BrokenPipeError:
        raise StdoutClosed from None
    except OSError as error:
        raise OutputFailed(
            STDOUT_NAME,
            f"cannot write ({error.strerror})",
            "check the free space and the file-size limit (ulimit -f)",
        ) from None


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
