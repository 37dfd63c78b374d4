"""The briefing's article list on its own: rows, cursor keys, scrolling, clicks, updates."""

from __future__ import annotations

from textual.app import App, ComposeResult
from textual.widgets import Static

from briefreader.tui.articles import Row
from briefreader.tui.messages import ArticleChosen
from briefreader.tui.widgets.article_list import ArticleList
from tests.tui.sample_brief import make_brief


class ListApp(App[None]):
    def __init__(self, count: int) -> None:
        super().__init__()
        self.rows = [Row(f"page-{n:02d}.txt") for n in range(count)]
        self.chosen: list[int] = []

    def compose(self) -> ComposeResult:
        article_list = ArticleList(self.rows, list(range(len(self.rows))), 0, 5)
        article_list.styles.height = 20
        article_list.styles.width = 34
        yield article_list
        yield Static("beside")

    def on_article_chosen(self, event: ArticleChosen) -> None:
        self.chosen.append(event.index)


def _visible_text(article_list: ArticleList) -> list[str]:
    return [article_list.render_line(y).text for y in range(article_list.size.height)]


async def test_rows_show_names_loading_and_separators() -> None:
    app = ListApp(3)
    async with app.run_test(size=(60, 24)) as pilot:
        await pilot.pause()
        lines = [line.rstrip() for line in _visible_text(app.query_one(ArticleList))]
        rule = "─" * app.query_one(ArticleList).scrollable_content_region.width
        assert lines[:6] == [
            " ▶ page-00.txt",
            " loading…",
            rule,
            "   page-01.txt",
            " loading…",
            rule,
        ]


async def test_cursor_keys_move_and_keep_the_row_in_view() -> None:
    app = ListApp(40)
    async with app.run_test(size=(60, 24)) as pilot:
        article_list = app.query_one(ArticleList)
        article_list.focus()
        await pilot.pause()
        assert article_list.highlighted == 0
        await pilot.press("down", "j", "j")
        assert article_list.highlighted == 3
        await pilot.press("k")
        assert article_list.highlighted == 2
        await pilot.press("end")
        await pilot.pause()
        assert article_list.highlighted == 39
        # The last row is in view: its name is on screen.
        assert any("page-39.txt" in line for line in _visible_text(article_list))
        await pilot.press("home")
        await pilot.pause()
        assert article_list.highlighted == 0 and article_list.scroll_offset.y == 0
        await pilot.press("pagedown")
        assert 3 <= article_list.highlighted <= 8
        await pilot.press("up", "up", "up", "up", "up", "up", "up", "up", "up", "up")
        assert article_list.highlighted == 0  # never above the first row
        await pilot.press("enter")
        await pilot.pause()
        assert app.chosen == [0]


async def test_a_click_chooses_the_row_under_the_pointer() -> None:
    app = ListApp(5)
    async with app.run_test(size=(60, 24)) as pilot:
        await pilot.pause()
        await pilot.click(ArticleList, offset=(5, 3))  # page-01's name line
        await pilot.pause()
        assert app.chosen == [1]
        await pilot.click(ArticleList, offset=(5, 2))  # a separator: nothing
        await pilot.pause()
        assert app.chosen == [1]


async def test_updates_and_a_new_order_relayout_the_rows() -> None:
    app = ListApp(3)
    async with app.run_test(size=(60, 24)) as pilot:
        article_list = app.query_one(ArticleList)
        await pilot.pause()
        article_list.update_row(1, Row("page-01.txt", make_brief()))
        article_list.update_row(2, Row("page-02.txt", reason="not an article"))
        await pilot.pause()
        text = "\n".join(_visible_text(article_list))
        assert "facts ·" in text and "✗ page-02.txt" in text and "not an article" in text
        article_list.set_order([2, 1, 0])
        await pilot.pause()
        assert article_list.highlighted == 2  # the current article (0) is now last
        assert article_list.highlighted_source == 0
        assert _visible_text(article_list)[0].strip().startswith("✗ page-02.txt")
