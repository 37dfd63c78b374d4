"""How the command is stopped from outside: signals become exceptions, so that clean-up runs.

Ctrl-C is Python's :class:`KeyboardInterrupt`. :func:`stopping_cleanly` makes ``SIGTERM``
(``kill``, a service manager) and ``SIGHUP`` (the terminal went away) raise :class:`Terminated`
in the same way, so an interrupted ``-o`` removes its temporary file (see
:func:`briefreader.render.files.write_atomically`) and the command exits with the shell's code
for the signal (128 + its number) and one line. :func:`ignore_file_size_signal` turns the
``SIGXFSZ`` of ``ulimit -f``, which kills without a word, into a write error (``EFBIG``).
"""

from __future__ import annotations

import contextlib
import os
import signal
import threading
from collections.abc import Iterator
from types import FrameType

__all__ = ["Terminated", "ignore_file_size_signal", "stopping_cleanly"]

#: The signals that stop the command cleanly, by their names where the system has them.
STOPPING_SIGNALS = tuple(
    getattr(signal, name) for name in ("SIGTERM", "SIGHUP") if hasattr(signal, name)
)
#: A process killed by signal N exits, as shells report it, with 128 + N.
SIGNAL_EXIT_BASE = 128


class Terminated(BaseException):
    """A stopping signal arrived (a ``BaseException``, like ``KeyboardInterrupt``, so that no
    ``except Exception`` takes it for a bad page)."""

    def __init__(self, signum: int) -> None:
        """Stopped by signal ``signum``."""
        super().__init__(signum)
        self.signum = signum

    @property
    def exit_code(self) -> int:
        """The shell's exit code for this signal: 143 for ``SIGTERM``, 129 for ``SIGHUP``."""
        return SIGNAL_EXIT_BASE + self.signum

    @property
    def name(self) -> str:
        """The signal's name, ``SIGTERM``."""
        return signal.Signals(self.signum).name


@contextlib.contextmanager
def stopping_cleanly() -> Iterator[None]:
    """Within this block, :data:`STOPPING_SIGNALS` raise :class:`Terminated` in this process.

    A forked child (the read-ahead's) that inherits the handler dies of the signal as before.
    Outside the main thread (a test runner's) nothing changes.
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    owner = os.getpid()

    def handler(signum: int, frame: FrameType | None) -> None:
        if os.getpid() != owner:  # a forked child: die of it, as without the handler
            signal.signal(signum, signal.SIG_DFL)
            os.kill(os.getpid(), signum)
            return
        raise Terminated(signum)

    previous = {signum: signal.signal(signum, handler) for signum in STOPPING_SIGNALS}
    try:
        yield
    finally:
        for signum, old in previous.items():
            signal.signal(signum, signal.SIG_DFL if old is None else old)


def ignore_file_size_signal() -> None:
    """Ignore ``SIGXFSZ``: a write past ``ulimit -f`` then fails with ``EFBIG`` (reported as
    an output error) instead of killing the process with no message."""
    if hasattr(signal, "SIGXFSZ"):
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
