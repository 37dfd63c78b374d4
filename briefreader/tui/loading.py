"""Reading briefs in Textual thread workers that post what happened to the screen.

Reading, extracting and digesting a page is slow, so it never runs on the screen's own
thread. A reader of one article starts one worker (:func:`read_article`), which posts
:class:`~briefreader.tui.messages.BriefLoaded` or
:class:`~briefreader.tui.messages.LoadFailed`. A briefing reads its sources with
:class:`BriefingLoader`: the first alone, so it shows as fast as a single file, then
:data:`LOAD_WORKERS` at a time, each posting
:class:`~briefreader.tui.messages.ArticleLoaded` or
:class:`~briefreader.tui.messages.ArticleFailed`.

The reads themselves come from :mod:`briefreader.sources` (a loader per source, and the
first one's read already under way when the app starts). Each runs in a daemon thread that
its worker waits for (:func:`read_unless_cancelled`): quitting the reader cancels the worker,
which stops waiting, and nothing keeps the process from exiting while a large page is still
being read (a read in the worker's own thread would hold the exit until it finished).
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING

from textual.worker import get_current_worker

from briefreader.model import Brief
from briefreader.tui.messages import ArticleFailed, ArticleLoaded, BriefLoaded, LoadFailed

if TYPE_CHECKING:
    from concurrent.futures import Future

    from textual.dom import DOMNode
    from textual.message_pump import MessagePump

    from briefreader.sources import ArticleSource

LOAD_WORKERS = 4
"""How many articles of a briefing load at the same time."""

FIRST_PAINT_POLL = 0.05
"""Seconds a briefing's worker waits, at a time, for the first article to be on screen."""

CANCEL_POLL = 0.05
"""Seconds a worker waits, at a time, for its read before it looks whether it was cancelled
(the reader quit): short enough that quitting feels at once."""


@dataclass(frozen=True)
class ReadFailed:
    """Why a source could not be read: one line for the reader, and the exit code."""

    reason: str
    exit_code: int = 1


def read(path: str, loader: Callable[[], Brief]) -> Brief | ReadFailed:
    """Call ``loader``; return its brief, or why it failed.

    A user-facing error gives its message and code; any other exception is a bug, but the
    reader deserves a screen (or a row) saying so, not a traceback.
    """
    from briefreader.errors import BriefreaderError

    try:
        return loader()
    except BriefreaderError as error:
        return ReadFailed(str(error), error.exit_code)
    except Exception as error:
        from briefreader.render.terminal import one_line

        return ReadFailed(
            one_line(
                f"{path}: unexpected error ({type(error).__name__}: {error}); "
                "this is a bug, please report it"
            )
        )


def already_read(first_read: Future[Brief] | None) -> Brief | None:
    """The brief of a read that has already finished well, else None.

    The read ahead usually ends while Textual starts: a screen that finds it done shows the
    panes in its first paint, not a loading state that is painted and replaced at once. A
    read still under way, or one that failed, is left to the screen's worker, which waits
    for it or reports the failure.
    """
    if first_read is None or not first_read.done():
        return None
    try:
        return first_read.result(timeout=0)
    except Exception:  # noqa: BLE001 - reported by the worker, which asks again
        return None


def read_unless_cancelled(path: str, loader: Callable[[], Brief]) -> Brief | ReadFailed | None:
    """:func:`read` in a daemon thread, waited for by the current worker: its outcome, or
    ``None`` once the worker is cancelled (the read then goes on, unwaited for, and does not
    hold up the exit)."""
    worker = get_current_worker()
    outcome: list[Brief | ReadFailed] = []
    done = threading.Event()

    def run() -> None:
        outcome.append(read(path, loader))
        done.set()

    threading.Thread(target=run, name=f"read {path}", daemon=True).start()
    while not done.wait(CANCEL_POLL):
        if worker.is_cancelled:
            return None
    return outcome[0]


def read_article(
    screen: DOMNode, path: str, loader: Callable[[], Brief], first_read: Future[Brief] | None
) -> None:
    """Read the one article of ``screen`` in a worker (``first_read`` when it is already under
    way, else ``loader``); the worker posts :class:`BriefLoaded` or :class:`LoadFailed`."""
    source = first_read.result if first_read is not None else loader
    screen.run_worker(
        partial(_read_article, screen, path, source),
        name="read_article",
        group="load",
        exclusive=True,
        exit_on_error=False,
        thread=True,
    )


def _read_article(screen: MessagePump, path: str, loader: Callable[[], Brief]) -> None:
    outcome = read_unless_cancelled(path, loader)
    if outcome is None:
        return
    if isinstance(outcome, ReadFailed):
        screen.post_message(LoadFailed(outcome.reason, outcome.exit_code))
    else:
        screen.post_message(BriefLoaded(outcome))


class BriefingLoader:
    """Reads the sources of a briefing in thread workers started on ``screen``, which gets an
    :class:`ArticleLoaded` or :class:`ArticleFailed` per source.

    One worker starts with :meth:`start`; once the first article (or its failure) is on
    screen, :meth:`first_shown` starts the others. Until then the first worker holds the
    other articles back, so their rows do not slow that first paint.
    """

    def __init__(
        self,
        screen: DOMNode,
        sources: Sequence[ArticleSource],
        first_read: Future[Brief] | None = None,
    ) -> None:
        """Read ``sources`` for ``screen``; ``first_read`` is source 0's read, under way."""
        self.screen = screen
        self.sources = list(sources)
        self.first_read = first_read
        self._queue: queue.SimpleQueue[int] = queue.SimpleQueue()
        self._first_shown = threading.Event()
        self._workers = 0  # started before the first article was on screen

    def start(self, order: Sequence[int], *, first_on_screen: bool = False) -> None:
        """Queue the sources in ``order`` and start the first worker. With
        ``first_on_screen`` (source 0 was read ahead and is shown already) source 0 is not
        read again and no worker starts before :meth:`first_shown`."""
        for index in order:
            if not (first_on_screen and index == 0):
                self._queue.put(index)
        if not first_on_screen:
            self._start_worker()
            self._workers = 1

    def first_shown(self) -> None:
        """The first article is on screen: let the other workers go."""
        self._first_shown.set()
        for _ in range(min(LOAD_WORKERS, len(self.sources)) - self._workers):
            self._start_worker()

    def _start_worker(self) -> None:
        self.screen.run_worker(
            self._work, name="read_briefing", group="load-many", exit_on_error=False, thread=True
        )

    def _loader(self, index: int) -> Callable[[], Brief]:
        if index == 0 and self.first_read is not None:
            return self.first_read.result
        return self.sources[index].loader

    def _work(self) -> None:
        worker = get_current_worker()
        posted = False
        while not worker.is_cancelled:
            if posted and not self._first_shown.is_set():
                self._first_shown.wait(FIRST_PAINT_POLL)
                continue
            posted = True
            try:
                index = self._queue.get_nowait()
            except queue.Empty:
                return
            outcome = read_unless_cancelled(self.sources[index].path, self._loader(index))
            if outcome is None:
                return
            if isinstance(outcome, ReadFailed):
                self.screen.post_message(ArticleFailed(index, outcome.reason, outcome.exit_code))
            else:
                self.screen.post_message(ArticleLoaded(index, outcome))
