"""The briefing list (issue 16 item 13): read / unread marks, ``o`` opens the source with the
system's opener (injected here), and a folder opens on the first article as the list sorts
it (by date), not the first by file name."""

from __future__ import annotations

import os
import threading
from dataclasses import replace
from pathlib import Path

from briefreader.config import Config
from briefreader.sources import article_sources
from briefreader.tui.app import create_app
from briefreader.tui.opener import target_of
from briefreader.tui.widgets.article_list import UNREAD_MARK, ArticleList
from tests.tui.conftest import WIDE, messages, wait_all_read, wait_loaded, wait_until

BODY = (
    "The council of {town} voted on Tuesday to fund a new library wing, after a debate that "
    "ran past midnight and drew a large crowd of residents to the town hall.\n\n"
    '"We have waited a long time for this," said Mayor Ann {town}, who backed the plan '
    "from the start and thanked the volunteers who had raised part of the money.\n\n"
    "The wing will cost 2.4 million dollars and should open in the spring of next year, "
    "the council said, with longer opening hours on weekends for families.\n"
)


def page(folder: Path, name: str, date: str, town: str) -> Path:
    path = folder / name
    path.write_text(
        f"---\ntitle: {town} library\ndate: {date}\n---\n\n{BODY.format(town=town)}",
        encoding="utf-8",
    )
    return path


def app_of(*paths: Path):
    return create_app([str(p) for p in paths], use_system_clipboard=False, config=Config())


def list_prompts(app) -> list[str]:
    article_list = app.screen.query_one(ArticleList)
    return [article_list.prompt(index).plain for index in article_list.order]


async def test_a_folder_opens_on_its_first_article_by_date(tmp_path: Path):
    folder = tmp_path / "today"
    folder.mkdir()
    page(folder, "a-later.md", "2024-11-02", "Ashby")
    page(folder, "b-earlier.md", "2024-11-01", "Bexley")
    app = app_of(folder)
    async with app.run_test(size=WIDE) as pilot:
        await wait_all_read(pilot)
        await wait_until(pilot, lambda: app.screen.current == 1)
        await wait_loaded(pilot)
        assert app.screen.order == [1, 0]  # the earlier first
        assert app.screen.brief.article.title == "Bexley library"
        assert list_prompts(app)[0].startswith("▶ Bexley library")


async def test_a_folder_does_not_move_the_reader_who_moved(tmp_path: Path):
    folder = tmp_path / "today"
    folder.mkdir()
    page(folder, "a-later.md", "2024-11-02", "Ashby")
    page(folder, "b-earlier.md", "2024-11-01", "Bexley")
    first, second = article_sources([str(folder)])
    gate = threading.Event()

    def held():  # the second article is read once the reader has moved
        gate.wait(10)
        return second.loader()

    app = create_app(
        sources=[first, replace(second, loader=held)], use_system_clipboard=False, config=Config()
    )
    async with app.run_test(size=WIDE) as pilot:
        await wait_loaded(pilot)
        await pilot.press("2")  # the reader started reading the first one shown
        gate.set()
        await wait_all_read(pilot)
        await pilot.pause()
        assert app.screen.order == [1, 0]
        assert app.screen.current == 0


async def test_unread_articles_are_marked_until_opened(tmp_path: Path):
    paths = [
        page(tmp_path, f"{n}.md", f"2024-11-0{n}", town)
        for n, town in ((1, "Ashby"), (2, "Bexley"), (3, "Cray"))
    ]
    app = app_of(*paths)
    async with app.run_test(size=WIDE) as pilot:
        await wait_all_read(pilot)
        prompts = list_prompts(app)
        assert prompts[0].startswith("▶ ")
        assert all(p.startswith(UNREAD_MARK) for p in prompts[1:]), prompts
        article_list = app.screen.query_one(ArticleList)
        assert article_list.border_subtitle == "2 unread"
        await pilot.press("right_square_bracket")
        await wait_until(pilot, lambda: app.screen.current == 1)
        prompts = list_prompts(app)
        assert prompts[0].startswith("  Ashby")  # read, no longer marked
        assert prompts[1].startswith("▶ ")
        assert prompts[2].startswith(UNREAD_MARK)
        assert app.screen.query_one(ArticleList).border_subtitle == "1 unread"


async def test_o_opens_the_file_or_the_list_row_with_the_opener(tmp_path: Path):
    paths = [
        page(tmp_path, f"{n}.md", f"2024-11-0{n}", t) for n, t in ((1, "Ashby"), (2, "Bexley"))
    ]
    opened: list[str] = []
    app = app_of(*paths)
    app.opener = lambda target: opened.append(target)  # type: ignore[assignment,func-returns-value]
    async with app.run_test(size=WIDE) as pilot:
        await wait_all_read(pilot)
        await pilot.press("o")
        assert opened == [os.path.abspath(paths[0])]
        await pilot.press("l", "j", "o")  # the row under the cursor in the list
        assert opened[-1] == os.path.abspath(paths[1])
        assert any("Opening" in m for m in messages(app))


async def test_o_says_why_when_the_opener_fails(tmp_path: Path):
    path = page(tmp_path, "1.md", "2024-11-01", "Ashby")
    app = app_of(path)
    app.opener = lambda target: "no opener found (install one of xdg-open, gio, wslview)"
    async with app.run_test(size=WIDE) as pilot:
        await wait_loaded(pilot)
        await pilot.press("o")
        assert any("Could not open" in m and "xdg-open" in m for m in messages(app))


def test_what_o_opens() -> None:
    assert target_of("page.html", "https://example.org/a") == "https://example.org/a"
    assert target_of("https://example.org/b", None) == "https://example.org/b"
    assert target_of("-", None) is None
    assert target_of("x/page.html", None) == os.path.abspath("x/page.html")
