"""Reading ahead: in forked children (one in order, or several sharing a queue), with errors
carried back; in a thread without ``fork``; ``digest``'s reads in order."""

from __future__ import annotations

import os
import signal

import pytest

from briefreader import errors, read_brief
from briefreader.sources import ArticleSource, article_sources, readahead
from tests.conftest import SAMPLES, SEED


def test_child_read_returns_the_same_brief():
    (future,) = readahead.read_ahead([lambda: read_brief(str(SEED))])
    assert future.result(timeout=60) == read_brief(str(SEED))


def test_child_error_comes_back_as_the_same_error(tmp_path):
    missing = str(tmp_path / "missing.txt")
    (future,) = readahead.read_ahead([lambda: read_brief(missing)])
    with pytest.raises(errors.FileNotFound) as info:
        future.result(timeout=60)
    assert info.value.exit_code == errors.FileNotFound.exit_code
    assert str(info.value).startswith(missing)


def test_unpicklable_failure_is_reported_as_a_bug():
    class Odd(Exception):
        def __reduce__(self):  # type: ignore[no-untyped-def]
            raise TypeError("cannot pickle")

    def loader():  # type: ignore[no-untyped-def]
        raise Odd("strange")

    (future,) = readahead.read_ahead([loader])
    with pytest.raises(RuntimeError, match="Odd: strange"):
        future.result(timeout=60)


def test_thread_fallback_without_fork(monkeypatch):
    monkeypatch.delattr(os, "fork")
    (future,) = readahead.read_ahead([lambda: read_brief(str(SEED))])
    assert future.result(timeout=60).article.title


def test_several_reads_arrive_in_order_with_their_errors(tmp_path):
    missing = str(tmp_path / "missing.txt")
    html = str(SEED.parent / "nytimes-sudan-sanctions.html")
    futures = readahead.read_ahead(
        [lambda: read_brief(str(SEED)), lambda: read_brief(missing), lambda: read_brief(html)]
    )
    assert futures[0].result(timeout=60).article.byline == "Kwak Yeon-soo"
    with pytest.raises(errors.FileNotFound):
        futures[1].result(timeout=60)
    assert futures[2].result(timeout=60).article.title == "United States to Lift Sudan Sanctions"


def test_several_children_share_the_reads(tmp_path):
    pages = [SEED, *sorted(SAMPLES.glob("*.html")), tmp_path / "missing.txt"]
    futures = readahead.read_ahead(
        [lambda page=page: (os.getpid(), read_brief(str(page))) for page in pages], processes=2
    )
    *read, missing = futures
    results = [future.result(timeout=60) for future in read]
    assert [brief for _, brief in results] == [read_brief(str(page)) for page in pages[:-1]]
    assert os.getpid() not in {pid for pid, _ in results}
    with pytest.raises(errors.FileNotFound):
        missing.result(timeout=60)


def test_a_child_that_stops_fails_what_it_did_not_send():
    def stop() -> int:
        os.kill(os.getpid(), signal.SIGKILL)
        return 0

    futures = readahead.read_ahead([lambda: 1, stop, lambda: 3])
    assert futures[0].result(timeout=60) == 1
    for future in futures[1:]:
        with pytest.raises(RuntimeError, match="the reader process stopped"):
            future.result(timeout=60)


def test_read_all_in_turn_and_in_children_give_the_same(tmp_path, monkeypatch):
    (tmp_path / "empty").mkdir()
    args = [str(SEED), *map(str, sorted(SAMPLES.glob("*.html"))), str(tmp_path / "empty")]
    sources = article_sources(args)
    parallel = readahead.read_all(sources)
    monkeypatch.setattr(readahead, "PARALLEL_FROM", 10**6)
    in_turn = readahead.read_all(sources)
    assert parallel[:-1] == in_turn[:-1]
    assert [str(outcome) for outcome in parallel[-1:]] == [str(in_turn[-1])]
    assert isinstance(parallel[-1], errors.NotAFile)


def test_read_all_reads_again_what_a_stopped_child_did_not_send():
    parent = os.getpid()

    def fragile() -> object:
        if os.getpid() != parent:  # in a child: it dies before sending anything
            os.kill(os.getpid(), signal.SIGKILL)
        return "read here"

    sources = [ArticleSource(f"page{n}.txt", fragile) for n in range(readahead.PARALLEL_FROM)]
    assert readahead.read_all(sources) == ["read here"] * len(sources)  # type: ignore[comparison-overlap]


def test_outcomes_are_unpickled_by_who_asks_not_by_the_collector(tmp_path):
    """The collector thread only stores what a child sent; the brief is unpickled on the
    first result() (in the reader's worker, after the first screen), once."""
    import pickle
    import time

    missing = str(tmp_path / "missing.txt")
    futures = readahead.read_ahead([lambda: read_brief(str(SEED)), lambda: read_brief(missing)])
    deadline = time.monotonic() + 60
    while not all(future.done() for future in futures) and time.monotonic() < deadline:
        time.sleep(0.01)
    brief_future, error_future = futures
    assert isinstance(brief_future, readahead._PickledFuture)
    assert brief_future._outcome is None  # done, not unpickled yet
    first = brief_future.result()
    assert first == read_brief(str(SEED))
    assert brief_future.result() is first  # unpickled once
    with pytest.raises(errors.FileNotFound):
        error_future.result()

    broken: readahead._PickledFuture = readahead._PickledFuture()
    readahead._settle(broken, "pickled", pickle.dumps(("brief", 1))[:-3])
    with pytest.raises(RuntimeError, match="Error"):
        broken.result()


@pytest.mark.parametrize("first_in_front", [True, False])
def test_the_readers_child_steps_back_after_the_first_page(first_in_front):
    """The reader's read-ahead child lowers its priority once the first page is sent, so the
    rest of a folder does not take the CPU from the reader's start-up; digest's do not."""

    def niceness() -> int:
        return os.nice(0)  # in the child: its own priority

    futures = readahead.read_ahead([niceness, niceness, niceness], first_in_front=first_in_front)
    first, second, third = (future.result(timeout=60) for future in futures)
    if first_in_front:
        assert second == min(19, first + readahead.BACKGROUND_NICENESS)  # 19: the lowest
        assert second > first or first == 19
    else:
        assert second == first
    assert third == second
