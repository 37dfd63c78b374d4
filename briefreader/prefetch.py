"""Read briefs in a child process while the reader starts up.

Reading, extracting and digesting a page (and importing the code that does it) is pure
Python that holds the GIL, so a thread cannot overlap it with Textual's own start-up or
with the user scrolling; a forked child can, on the machine's other core. ``briefreader
open`` forks once, before it imports Textual (so no other thread exists to hold a lock at
the fork); the child reads every source in order and sends each pickled
:class:`~briefreader.model.Brief` (or the user-facing error) back through a pipe as soon as
it is ready. Where ``fork`` is not available, or fails, the reads run in a thread instead.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import pickle
import signal
import struct
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import Future

from briefreader.model import Brief

_HEADER = struct.Struct("!Q")


def read_early(loader: Callable[[], Brief]) -> Future[Brief]:
    """Start ``loader`` now, in a forked child where possible; return the future brief."""
    return read_all_early([loader])[0]


def read_all_early(loaders: Sequence[Callable[[], Brief]]) -> list[Future[Brief]]:
    """Start reading every loader now, in order, in one forked child where possible.

    Returns one future per loader; each resolves (to a brief, or to the error its loader
    raised) as soon as the child has read it.
    """
    if loaders and hasattr(os, "fork"):
        futures: list[Future[Brief]] = [Future() for _ in loaders]
        try:
            _start_child(loaders, futures)
            return futures
        except OSError:
            pass
    return read_in_thread(loaders)


def _settle(future: Future[Brief], kind: str, value: object) -> None:
    if not future.set_running_or_notify_cancel():
        return
    if kind == "brief":
        future.set_result(value)  # type: ignore[arg-type]
    elif kind == "error":
        future.set_exception(value)  # type: ignore[arg-type]
    else:
        future.set_exception(RuntimeError(value))


def read_in_thread(loaders: Sequence[Callable[[], Brief]]) -> list[Future[Brief]]:
    """Start reading every loader now, in order, in one thread; one future per loader."""
    futures: list[Future[Brief]] = [Future() for _ in loaders]

    def run() -> None:
        for loader, future in zip(loaders, futures):
            if not future.set_running_or_notify_cancel():
                continue  # nobody waits for it any more: do not read it
            try:
                future.set_result(loader())
            except BaseException as error:  # handed to whoever waits for the result
                future.set_exception(error)

    if loaders:
        threading.Thread(target=run, name="briefreader-early-read", daemon=True).start()
    return futures


def _payload(loader: Callable[[], Brief]) -> bytes:
    """The pickled outcome of one loader, in the child."""
    try:
        return pickle.dumps(("brief", loader()))
    except BaseException as error:  # noqa: BLE001 - sent to the parent to raise
        try:
            return pickle.dumps(("error", error))
        except Exception:  # an error that does not pickle: its text still helps
            return pickle.dumps(("bug", f"{type(error).__name__}: {error}"))


def _start_child(loaders: Sequence[Callable[[], Brief]], futures: list[Future[Brief]]) -> None:
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: read, send, and leave without running any parent clean-up
        os.close(read_end)
        code = 0
        try:
            with os.fdopen(write_end, "wb") as pipe:
                for loader in loaders:
                    payload = _payload(loader)
                    pipe.write(_HEADER.pack(len(payload)) + payload)
                    pipe.flush()
        except BaseException:  # noqa: BLE001 - nothing may escape the child (a closed pipe)
            code = 1
        finally:
            os._exit(code)
    os.close(write_end)
    atexit.register(_stop_child, pid)

    def collect() -> None:
        with os.fdopen(read_end, "rb") as pipe:
            for future in futures:
                try:
                    header = pipe.read(_HEADER.size)
                    if len(header) < _HEADER.size:
                        raise EOFError("the reader process stopped")
                    (size,) = _HEADER.unpack(header)
                    kind, value = pickle.loads(pipe.read(size))
                except Exception as error:  # noqa: BLE001 - a broken child is reported
                    kind, value = "bug", f"{type(error).__name__}: {error}"
                _settle(future, kind, value)
        with contextlib.suppress(ChildProcessError):
            os.waitpid(pid, 0)

    threading.Thread(target=collect, name="briefreader-early-read", daemon=True).start()


def _stop_child(pid: int) -> None:
    """At exit, stop a child still reading (the user quit before the folder was read)."""
    with contextlib.suppress(OSError, ChildProcessError):
        finished, _ = os.waitpid(pid, os.WNOHANG)
        if finished == 0:
            os.kill(pid, signal.SIGTERM)
            os.waitpid(pid, 0)
