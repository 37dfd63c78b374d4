"""Reattaching the keyboard after reading standard input (``briefreader open -``).

Textual reads keys from file descriptor 0. When the article came through a pipe
(``curl … | briefreader open -``), fd 0 is that pipe, at its end. After reading it fully we open
the controlling terminal (``/dev/tty`` on Linux and macOS) and ``dup2`` it onto fd 0, so the
app gets the keyboard as if it had been started from the terminal. On Windows Textual reads the
console directly, so nothing needs doing there.
"""

from __future__ import annotations

import os
import sys

from briefreader.errors import BriefreaderError


class NoTerminal(BriefreaderError):
    """There is no terminal to read keys from (standard input was a pipe and no /dev/tty)."""

    exit_code = 2


def reattach_keyboard(tty: str = "/dev/tty") -> None:
    """Make fd 0 the terminal again after standard input has been read to its end.

    Does nothing when fd 0 is already a terminal or on Windows. Raises :class:`NoTerminal`
    when there is no controlling terminal to open.
    """
    if sys.platform.startswith("win"):
        return
    try:
        if os.isatty(0):
            return
    except OSError:
        pass
    try:
        fd = os.open(tty, os.O_RDWR)
    except OSError as error:
        raise NoTerminal(
            "-",
            f"no terminal to read keys from after reading standard input ({error.strerror})",
            "run it from a terminal, or use `briefreader digest -`",
        ) from None
    try:
        os.dup2(fd, 0)
    finally:
        os.close(fd)
