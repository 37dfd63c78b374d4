"""Expanding arguments into sources (folders opened), their loaders, and ordering by date."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefreader import errors, read_brief
from briefreader.model import Brief
from briefreader.sources import ArticleSource, article_sources, load_document, order_by_date
from tests.conftest import SEED


def _paths(args: list[str]) -> list[str]:
    return [source.path for source in article_sources(args)]


def _unread() -> Brief:
    raise AssertionError("ordering never reads a source")


def test_expand_folder(tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    for name in ("b.html", "a.txt", "page10.md", "page2.md", "notes.pdf", ".hidden.txt", "c.HTM"):
        (folder / name).write_text("x", encoding="utf-8")
    (folder / "sub.txt").mkdir()  # a folder named like a page is not a page
    paths = _paths([str(folder)])
    names = [Path(p).name for p in paths]
    assert names == ["a.txt", "b.html", "c.HTM", "page2.md", "page10.md"]
    entries = article_sources([str(folder)])
    assert all(entry.folder == str(folder) for entry in entries)


def test_expand_keeps_files_urls_and_stdin_in_order(tmp_path):
    args = ["http://127.0.0.1:1/a", "-", str(SEED), "missing.txt", str(SEED)]
    assert _paths(args) == ["http://127.0.0.1:1/a", "-", str(SEED), "missing.txt"]


def test_expand_folder_without_pages(tmp_path):
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff")
    [entry] = article_sources([str(tmp_path)])
    with pytest.raises(errors.NotAFile) as caught:
        entry.loader()
    assert "is a directory with no saved pages" in str(caught.value)


def test_source_names():
    assert ArticleSource("-", _unread).name == "standard input"
    assert ArticleSource("https://example.org/a", _unread).name == "https://example.org/a"
    assert ArticleSource("news/page.txt", _unread, "news").name == "page.txt"
    assert ArticleSource("news/", _unread).name == "news"


def test_order_by_date_within_a_folder():
    entries = [
        ArticleSource("one.txt", _unread),
        ArticleSource("f/a.txt", _unread, "f"),
        ArticleSource("f/b.txt", _unread, "f"),
        ArticleSource("f/c.txt", _unread, "f"),
        ArticleSource("f/d.txt", _unread, "f"),
        ArticleSource("two.txt", _unread),
    ]
    dates = ["2024-05-01", None, "2024-03-02", "2024-01-09T10:00", "March 2024", "2020-01-01"]
    ordered = order_by_date(entries, dates, lambda date: date)
    assert [entry.path for entry, _ in ordered] == [
        "one.txt",  # given by itself: stays first
        "f/c.txt",
        "f/b.txt",
        "f/a.txt",  # no date, then unparsed date: name order
        "f/d.txt",
        "two.txt",
    ]


def test_a_file_checked_before_the_reader_is_not_read_again(tmp_path):
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
