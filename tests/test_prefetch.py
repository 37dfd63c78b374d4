"""The early read of ``briefreader open FILE``: in a forked child, with errors carried back."""

from __future__ import annotations

import os

import pytest

from briefreader import errors, prefetch, read_brief
from tests.conftest import SEED


def test_child_read_returns_the_same_brief():
    future = prefetch.read_early(lambda: read_brief(str(SEED)))
    assert future.result(timeout=60) == read_brief(str(SEED))


def test_child_error_comes_back_as_the_same_error(tmp_path):
    missing = str(tmp_path / "missing.txt")
    future = prefetch.read_early(lambda: read_brief(missing))
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

    future = prefetch.read_early(loader)
    with pytest.raises(RuntimeError, match="Odd: strange"):
        future.result(timeout=60)


def test_thread_fallback_without_fork(monkeypatch):
    monkeypatch.delattr(os, "fork")
    future = prefetch.read_early(lambda: read_brief(str(SEED)))
    assert future.result(timeout=60).article.title


def test_several_reads_arrive_in_order_with_their_errors(tmp_path):
    missing = str(tmp_path / "missing.txt")
    html = str(SEED.parent / "nytimes-sudan-sanctions.html")
    futures = prefetch.read_all_early(
        [lambda: read_brief(str(SEED)), lambda: read_brief(missing), lambda: read_brief(html)]
    )
    assert futures[0].result(timeout=60).article.byline == "Kwak Yeon-soo"
    with pytest.raises(errors.FileNotFound):
        futures[1].result(timeout=60)
    assert futures[2].result(timeout=60).article.title == "United States to Lift Sudan Sanctions"


def test_a_file_checked_before_the_reader_is_not_read_again(tmp_path):
    from briefreader.load import load_document
    from briefreader.tui.sources import article_sources

    page = tmp_path / "page.txt"
    page.write_bytes(SEED.read_bytes())
    document = load_document(str(page))
    page.unlink()  # the reader must extract the document it was given, not the file
    (source,) = article_sources([str(page)], document=document)
    loaded, expected = source.loader(), read_brief(str(SEED))
    assert loaded.article.source.path == str(page)
    assert loaded.article.paragraphs == expected.article.paragraphs
    assert (loaded.facts, loaded.quotes, loaded.figures) == (
        expected.facts,
        expected.quotes,
        expected.figures,
    )
    # Another file than the one checked is read as usual.
    (other,) = article_sources([str(SEED)], document=document)
    assert other.loader().article.source.path == str(SEED)
