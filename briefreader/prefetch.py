"""Read a brief in a child process while the reader starts up.

Reading, extracting and digesting a page (and importing the code that does it) is pure
Python that holds the GIL, so a thread cannot overlap it with Textual's own start-up; a
forked child can, on a machine with a second core. ``briefreader open FILE`` forks before
it imports Textual; the child sends the pickled :class:`~briefreader.model.Brief` (or the
user-facing error) back through a pipe. Where ``fork`` is not available, or fails, the read
runs in a thread instead.
"""

from __future__ import annotations

import os
import pickle
import threading
from collections.abc import Callable
from concurrent.futures import Future

from briefreader.model import Brief


def read_early(loader: Callable[[], Brief]) -> Future[Brief]:
    """Start ``loader`` now, in a forked child where possible; return the future brief."""
    future: Future[Brief] = Future()
    if hasattr(os, "fork"):
        try:
            _start_child(loader, future)
            return future
        except OSError:
            pass
    _start_thread(loader, future)
    return future


def _start_thread(loader: Callable[[], Brief], future: Future[Brief]) -> None:
    def run() -> None:
        if not future.set_running_or_notify_cancel():
            return
        try:
            future.set_result(loader())
        except BaseException as error:  # handed to whoever waits for the result
            future.set_exception(error)

    threading.Thread(target=run, name="briefreader-first-read", daemon=True).start()


def _start_child(loader: Callable[[], Brief], future: Future[Brief]) -> None:
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: read, send, and leave without running any parent clean-up
        os.close(read_end)
        code = 0
        try:
            try:
                payload = pickle.dumps(("brief", loader()))
            except BaseException as error:  # noqa: BLE001 - sent to the parent to raise
                try:
                    payload = pickle.dumps(("error", error))
                except Exception:  # an error that does not pickle: its text still helps
                    payload = pickle.dumps(("bug", f"{type(error).__name__}: {error}"))
            with os.fdopen(write_end, "wb") as pipe:
                pipe.write(payload)
        except BaseException:  # noqa: BLE001 - nothing may escape the child
            code = 1
        finally:
            os._exit(code)
    os.close(write_end)

    def collect() -> None:
        if not future.set_running_or_notify_cancel():
            return
        try:
            with os.fdopen(read_end, "rb") as pipe:
                payload = pipe.read()
            os.waitpid(pid, 0)
            kind, value = pickle.loads(payload) if payload else ("bug", "the reader crashed")
        except Exception as error:  # noqa: BLE001 - a broken child is reported, not raised
            kind, value = "bug", f"{type(error).__name__}: {error}"
        if kind == "brief":
            future.set_result(value)
        elif kind == "error":
            future.set_exception(value)
        else:
            future.set_exception(RuntimeError(value))

    threading.Thread(target=collect, name="briefreader-first-read", daemon=True).start()
