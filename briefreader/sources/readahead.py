"""Reading briefs ahead: the one mechanism ``open`` and ``digest`` read their sources with.

Reading, extracting and digesting a page (and importing the code that does it) is pure
Python that holds the GIL, so a thread cannot overlap it with other work; a forked child can,
on another core. :func:`read_ahead` forks its children at once (before any thread of ours
exists, so none holds a lock at the fork); each child takes the loaders in order (several
children take them from one shared queue) and sends each pickled outcome (a brief, or the
user-facing error) back through its own pipe as soon as it is ready; one future per loader.
Where ``fork`` is not available, or fails, the reads run in one thread instead
(:func:`read_in_thread`, which the reader also uses for its own first read).

- ``briefreader open`` forks one child before it imports Textual: the reader starts on one
  core while the pages are read, in order, on the other.
- ``briefreader digest`` (:func:`read_all`) reads several pages in one child per core and
  waits for them; a few pages, or standard input, it reads in turn in its own process.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import pickle
import signal
import struct
import threading
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future
from typing import Any, Literal, TypeVar, cast

from briefreader.model import Brief
from briefreader.sources.source import ArticleSource

T = TypeVar("T")

#: Below this many pages, ``digest`` reads in turn: a second process costs more than it saves.
PARALLEL_FROM = 4

#: How far the reader's read-ahead child lowers its priority after the first page (``nice``
#: steps; 10 is what ``nice`` gives by default): enough that the reader's own process wins
#: the CPU while it starts, not so far that other background jobs starve the folder.
BACKGROUND_NICENESS = 10

#: What a child sends for one loader: its result, the error it raised, or (when that error
#: does not pickle) the error's text.
Outcome = Literal["brief", "error", "bug"]

_FRAME = struct.Struct("!QQ")  # the loader's index, the size of the pickled outcome
_INDEX = struct.Struct("!Q")  # a loader's index in the shared queue of several children
_STOPPED = "EOFError: the reader process stopped"


def read_ahead(
    loaders: Sequence[Callable[[], T]], *, processes: int = 1, first_in_front: bool = False
) -> list[Future[T]]:
    """Start every loader now, in order, in ``processes`` forked children where possible.

    With ``first_in_front`` (the reader's read-ahead: one child, in order), the child lowers
    its own priority by :data:`BACKGROUND_NICENESS` once the first outcome is sent: the rest
    of a folder is background work, which must not take the CPU from the reader's start-up
    and first paint on a busy machine (on an idle one it still has a core to itself).

    Returns one future per loader; each resolves (to its result, or to the error its loader
    raised) as soon as a child has read it.
    """
    if loaders and hasattr(os, "fork"):
        futures: list[Future[T]] = [_PickledFuture() for _ in loaders]
        try:
            _start_children(loaders, futures, max(1, processes), first_in_front)
            return futures
        except OSError:
            pass
    return read_in_thread(loaders)


def read_in_thread(loaders: Sequence[Callable[[], T]]) -> list[Future[T]]:
    """Start reading every loader now, in order, in one thread; one future per loader."""
    futures: list[Future[T]] = [Future() for _ in loaders]

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


def start_loading(loader: Callable[[], Brief]) -> Future[Brief]:
    """Call ``loader`` in a thread of its own, now, and return the future of its brief.

    The app starts its first read this way as soon as it is built (when the command line has
    not started it already), so that reading the file (and importing the extraction and
    digest code) overlaps with Textual's start-up.
    """
    return read_in_thread([loader])[0]


def read_all(sources: Sequence[ArticleSource]) -> list[Brief | Exception]:
    """Each source's brief, or the error reading it (returned, not raised), in order.

    Several saved pages are read by one child per core; stdin, and machines without ``fork``,
    read in turn. A page whose child stopped before sending it (or whose error did not pickle)
    is read again here, as a pool of processes that broke would be.
    """
    processes = min(os.cpu_count() or 1, len(sources))
    parallel = (
        processes > 1
        and len(sources) >= PARALLEL_FROM
        and hasattr(os, "fork")
        and not any(source.is_stdin for source in sources)
    )
    if not parallel:
        return [_outcome(source.loader) for source in sources]
    loaders = [source.loader for source in sources]
    futures = read_ahead(loaders, processes=processes)
    return [_awaited(future, loader) for future, loader in zip(futures, loaders)]


def _outcome(loader: Callable[[], Brief]) -> Brief | Exception:
    try:
        return loader()
    except Exception as error:  # noqa: BLE001 - handed back in place of the brief
        return error


def _awaited(future: Future[Brief], loader: Callable[[], Brief]) -> Brief | Exception:
    try:
        return future.result()
    except RuntimeError:  # the child stopped, or the error did not pickle: read it here
        return _outcome(loader)
    except Exception as error:  # noqa: BLE001 - handed back in place of the brief
        return error


# --- the children ---------------------------------------------------------------------------------


def _settle(future: Future[T], kind: Outcome | Literal["pickled"], value: object) -> None:
    if not future.set_running_or_notify_cancel():
        return
    if kind == "pickled":
        future.set_result(value)  # type: ignore[arg-type]  # the bytes: see _PickledFuture
    elif kind == "brief":
        future.set_result(value)  # type: ignore[arg-type]
    elif kind == "error":
        future.set_exception(value)  # type: ignore[arg-type]
    else:
        future.set_exception(RuntimeError(value))


def _payload(loader: Callable[[], object]) -> bytes:
    """The pickled outcome of one loader, in the child."""
    try:
        return pickle.dumps(("brief", loader()))
    except BaseException as error:  # noqa: BLE001 - sent to the parent to raise
        try:
            return pickle.dumps(("error", error))
        except Exception:  # an error that does not pickle: its text still helps
            return pickle.dumps(("bug", f"{type(error).__name__}: {error}"))


def _claimed(queue: int) -> Iterator[int]:
    """The indexes a child takes from the shared queue, one at a time, until it is empty."""
    while len(record := os.read(queue, _INDEX.size)) == _INDEX.size:
        yield _INDEX.unpack(record)[0]


def _child(
    loaders: Sequence[Callable[[], object]],
    pipe_end: int,
    queue: int | None,
    first_in_front: bool = False,
) -> None:
    """Read the loaders (all in order, or those taken from ``queue``); send each outcome.

    With ``first_in_front``, step back (:data:`BACKGROUND_NICENESS`) after the first one.
    """
    code = 0
    try:
        with os.fdopen(pipe_end, "wb") as pipe:
            for sent, index in enumerate(range(len(loaders)) if queue is None else _claimed(queue)):
                if sent == 1 and first_in_front:
                    with contextlib.suppress(OSError):  # a priority we may not lower: go on
                        os.nice(BACKGROUND_NICENESS)
                payload = _payload(loaders[index])
                pipe.write(_FRAME.pack(index, len(payload)) + payload)
                pipe.flush()
    except BaseException:  # noqa: BLE001 - nothing may escape the child (a closed pipe)
        code = 1
    finally:
        os._exit(code)


def _fork(
    loaders: Sequence[Callable[[], object]],
    queue: int | None,
    close: list[int],
    first_in_front: bool = False,
) -> tuple[int, int]:
    """Fork one child reading ``loaders``; return its pid and the end of its pipe to read.

    The child closes ``close`` (the parent's ends of other pipes) and never returns.
    """
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: read, send, and leave without running any parent clean-up
        for descriptor in (read_end, *close):
            os.close(descriptor)
        _child(loaders, write_end, queue, first_in_front)
    os.close(write_end)
    atexit.register(_stop_child, pid)
    return pid, read_end


def _start_children(
    loaders: Sequence[Callable[[], T]],
    futures: list[Future[T]],
    processes: int,
    first_in_front: bool = False,
) -> None:
    """Fork the children (all before any thread starts), then collect what they send.

    One child reads the loaders in order; several take their indexes from a shared queue (a
    pipe), so that a slow page holds up one child only.
    """
    queue = os.pipe() if processes > 1 else None
    children: list[tuple[int, int]] = []
    try:
        for _ in range(processes):
            others = [end for _, end in children] + ([queue[1]] if queue else [])
            children.append(
                _fork(loaders, queue[0] if queue else None, others, first_in_front and not queue)
            )
    except OSError:
        if not children:  # no child at all: the caller reads in a thread
            for end in queue or ():
                os.close(end)
            raise
    if queue:  # the children share the queue: fill it
        os.close(queue[0])
        threading.Thread(
            target=_fill, args=(queue[1], len(loaders)), name="briefreader-queue", daemon=True
        ).start()
    collectors = _Collectors(futures, len(children))
    for pid, read_end in children:
        threading.Thread(
            target=collectors.collect,
            args=(pid, read_end),
            name="briefreader-early-read",
            daemon=True,
        ).start()


def _fill(queue: int, count: int) -> None:
    """Put every index into the shared queue, in order, then close it (the children stop)."""
    chunk = max(_INDEX.size, os.fpathconf(queue, "PC_PIPE_BUF") // _INDEX.size * _INDEX.size)
    data = b"".join(_INDEX.pack(index) for index in range(count))
    with contextlib.suppress(OSError):  # every child stopped: nobody reads the queue
        for start in range(0, len(data), chunk):
            os.write(queue, data[start : start + chunk])  # atomic: whole indexes only
    os.close(queue)


class _PickledFuture(Future[T]):
    """A child's outcome as the pipe brought it: pickled bytes, unpickled on the first
    :meth:`result` (in the thread that wants the brief), then kept.

    ``result()`` returns the brief or raises the error the loader raised, as a plain future
    would; an outcome that does not unpickle raises :class:`RuntimeError` (a broken child).
    Until then ``exception()`` cannot tell an error from a brief: nothing here asks it.
    """

    def __init__(self) -> None:
        super().__init__()
        self._unpickling = threading.Lock()
        self._outcome: tuple[str, Any] | None = None  # (kind, value), once unpickled

    def result(self, timeout: float | None = None) -> T:
        """The brief (or the loader's error, raised), unpickled once."""
        payload = super().result(timeout)
        if not isinstance(payload, bytes):  # set by _settle other than from a pipe
            return payload
        with self._unpickling:
            if self._outcome is None:
                try:
                    self._outcome = pickle.loads(payload)
                except Exception as error:  # noqa: BLE001 - a broken child is reported
                    self._outcome = ("bug", f"{type(error).__name__}: {error}")
        kind, value = self._outcome
        if kind == "brief":
            return cast(T, value)
        if kind == "error" and isinstance(value, BaseException):
            raise value
        raise RuntimeError(value)


class _Collectors:
    """What the children send, settled into the futures; the last to finish settles the rest."""

    def __init__(self, futures: Sequence[Future[Any]], children: int) -> None:
        self.futures = futures
        self.running = children
        self.guard = threading.Lock()

    def collect(self, pid: int, read_end: int) -> None:
        """Settle each outcome child ``pid`` sends, until its pipe closes."""
        with os.fdopen(read_end, "rb") as pipe:
            while True:
                header = pipe.read(_FRAME.size)
                if len(header) < _FRAME.size:
                    break
                index, size = _FRAME.unpack(header)
                # Unpickled by whoever asks for the result (_PickledFuture), not here: a
                # briefing's later pages arrive while the first one is painted, and
                # unpickling them in this thread would take the GIL from that paint.
                _settle(self.futures[index], "pickled", pipe.read(size))
        with self.guard:
            self.running -= 1
            last = self.running == 0
        if last:  # what no child sent will not come
            for future in self.futures:
                if not future.done():
                    _settle(future, "bug", _STOPPED)
        with contextlib.suppress(ChildProcessError):
            os.waitpid(pid, 0)


def _stop_child(pid: int) -> None:
    """At exit, stop a child still reading (the user quit before the folder was read)."""
    with contextlib.suppress(OSError, ChildProcessError):
        finished, _ = os.waitpid(pid, os.WNOHANG)
        if finished == 0:
            os.kill(pid, signal.SIGTERM)
            os.waitpid(pid, 0)
