"""The key line and the article pane's rows (wrapping, long articles), on small apps and the
seed."""

from __future__ import annotations

from pathlib import Path

import pytest
from rich.cells import cell_len
from rich.segment import Segment
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.widgets import Static

import briefreader.tui
from briefreader.config import Config
from briefreader.model import Article, Caption, Source, Span
from briefreader.tui.keys import HELP_ACTIONS, KEYMAP_ACTIONS, help_rows
from briefreader.tui.widgets.article_view import ArticleView
from briefreader.tui.widgets.key_bar import KeyBar
from briefreader.tui.wrapping import line_breaks


class Focusable(Static, can_focus=True):
    BINDINGS = [Binding("w", "app.press('w')", "Widget key")]


class KeysApp(App[None]):
    BINDINGS = [
        Binding("x", "press('x')", "Mark"),
        Binding("z", "press('z')", "Hidden", show=False),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.pressed: list[str] = []

    def compose(self) -> ComposeResult:
        yield Focusable("focus me", id="field")
        yield KeyBar()

    def action_press(self, key: str) -> None:
        self.pressed.append(key)


def _line(app: App[None]) -> str:
    return str(app.screen.query_one(KeyBar).render())


async def test_key_bar_shows_the_shown_keys_and_the_palette() -> None:
    app = KeysApp()
    async with app.run_test(size=(80, 5)) as pilot:
        app.set_focus(None)
        await pilot.pause()
        line = _line(app)
        assert " x Mark " in line
        assert "Hidden" not in line
        assert line.rstrip().endswith("^p palette")
        assert len(line) <= 80


async def test_key_bar_follows_the_focus() -> None:
    app = KeysApp()
    async with app.run_test(size=(120, 5)) as pilot:
        app.set_focus(None)
        await pilot.pause()
        assert "Widget key" not in _line(app)
        app.query_one("#field", Focusable).focus()
        await pilot.pause()
        line = _line(app)
        assert "Widget key" in line and "Mark" in line
        assert app.screen.query_one(KeyBar).key_at(line.index("Widget key")) == "w"


async def test_clicking_a_key_presses_it() -> None:
    app = KeysApp()
    async with app.run_test(size=(80, 5)) as pilot:
        app.set_focus(None)
        await pilot.pause()
        bar = app.screen.query_one(KeyBar)
        line = _line(app)
        x = line.index("Mark")
        assert bar.key_at(x) == "x"
        await pilot.click(KeyBar, offset=(x, 0))
        await pilot.pause()
        assert app.pressed == ["x"]
        assert bar.key_at(79 - len("palette ")) == "ctrl+p"


def test_line_breaks_wrap_at_spaces_and_cut_what_is_wider_than_a_line() -> None:
    text = "The council met on Tuesday and voted for the plan"
    lines = line_breaks(text, 16)
    assert [text[a:b] for a, b in lines] == [
        "The council met",
        "on Tuesday and",
        "voted for the",
        "plan",
    ]
    assert all(len(text[a:b]) <= 16 for a, b in lines)
    url = "see https://example.org/" + "a" * 30
    assert [url[a:b] for a, b in line_breaks(url, 20)] == [
        "see",
        "https://example.org/",
        "a" * 20,
        "a" * 10,
    ]
    # Wide characters take two cells: a run with no spaces is cut by cells, not characters.
    wide = "東京都は新しい計画を発表した"
    assert [wide[a:b] for a, b in line_breaks(wide, 10)] == ["東京都は新", "しい計画を", "発表した"]
    assert line_breaks("", 10) == [(0, 0)]
    assert line_breaks("   ", 10) == [(0, 0)]


class ArticleApp(App[None]):
    """Shows an article; ``jump_to`` paragraph is highlighted as soon as the view is
    mounted, before the first screen is painted. The reader's styles apply."""

    CSS_PATH = str(Path(briefreader.tui.__file__).with_name("app.tcss"))

    def __init__(self, article: Article, jump_to: int | None = None) -> None:
        super().__init__()
        self.article = article
        self.jump_to = jump_to

    def compose(self) -> ComposeResult:
        yield ArticleView(self.article)

    def on_mount(self) -> None:
        if self.jump_to is not None:
            view = self.query_one(ArticleView)
            view.show_source(Span(self.jump_to, 0, 9))


def _long_article() -> Article:
    paragraphs = tuple(f"Paragraph {i} says something about item {i}." for i in range(120))
    return Article(
        source=Source(path="long.txt", kind="text", encoding="utf-8"),
        paragraphs=paragraphs,
        captions=(Caption(text="A photo of the last item.", credit="AP", after_paragraph=119),),
    )


def _in_style(segments: list[Segment], background: object) -> str:
    """The text of the segments drawn on ``background``."""
    return "".join(s.text for s in segments if s.style and s.style.bgcolor == background)


def _rows(view: ArticleView) -> list[str]:
    """The text of every row the view shows when scrolled to the top, as drawn."""
    return [view.render_line(y).text.rstrip() for y in range(view.scrollable_content_region.height)]


async def test_a_long_article_is_one_view_of_rows_in_reading_order() -> None:
    app = ArticleApp(_long_article())
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        view = app.query_one(ArticleView)
        assert not view.children  # no widget per paragraph: the view draws the rows
        # Every paragraph a row and a blank row under it, the caption last with its credit.
        assert view.virtual_size.height == 2 * 121
        assert _rows(view)[:4] == [
            "Paragraph 0 says something about item 0.",
            "",
            "Paragraph 1 says something about item 1.",
            "",
        ]
        assert view.block_text(len(view.blocks) - 1) == "A photo of the last item. — AP"
        view.scroll_end(animate=False, immediate=True)
        await pilot.pause()
        assert any(row.strip().endswith("A photo of the last item. — AP") for row in _rows(view))


async def test_jumping_far_into_a_long_article_scrolls_to_the_paragraph() -> None:
    app = ArticleApp(_long_article(), jump_to=90)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.pause()
        view = app.query_one(ArticleView)
        assert view.highlighted_text == "Paragraph"
        assert view.scroll_y == view.block_rows(view.block_of_paragraph(90)).start
        assert _rows(view)[0].startswith("Paragraph 90 ")
        # The highlighted words are drawn in the highlight's style, the rest not.
        highlight = view.get_visual_style("article-pane--highlight")
        segments = list(view.render_line(0))
        assert _in_style(segments, highlight.rich_style.bgcolor) == "Paragraph"


async def test_a_search_far_into_a_long_article_marks_its_match() -> None:
    app = ArticleApp(_long_article())
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        view = app.query_one(ArticleView)
        assert view.set_search("item 95") == 1
        assert view.matches == [(95, 34, 41)]
        view.go_to_match(0)
        await pilot.pause()
        await pilot.pause()
        assert _rows(view)[0].startswith("Paragraph 95 ")
        current = view.get_visual_style("article-pane--current-match")
        segments = list(view.render_line(0))
        assert _in_style(segments, current.rich_style.bgcolor) == "item 95"


def test_help_rows_show_overridden_keys_in_place_of_the_defaults() -> None:
    rows = {key: text for _, group in help_rows({}) for key, text in group}
    assert rows["n  N"].startswith("Next / previous match")
    changed = {
        text: key
        for _, group in help_rows({"previous_match": "p", "quit": "ctrl+q,Q"})
        for key, text in group
    }
    assert changed["Next / previous match of the screen, in reading order"] == "n  p"
    assert changed["Quit"] == "ctrl+q / Q"
    assert changed["Copy all quotes as Markdown"] == "Y"  # untouched
    # Every remappable row names only actions the settings know.
    assert {a for actions in HELP_ACTIONS.values() for a in actions} <= set(KEYMAP_ACTIONS)
    assert set(HELP_ACTIONS) <= set(rows)


@pytest.mark.parametrize("size", [(160, 45), (120, 40), (80, 24), (200, 50)])
async def test_the_article_fills_its_pane_and_loses_no_text_at_any_size(size) -> None:
    """The seed at four sizes: the pane's rows hold the article's words in order (no word
    lost or doubled by the wrapping), no row is wider than the pane, and the first screen is
    full of text."""
    from briefreader.tui.app import create_app
    from tests.conftest import SEED
    from tests.tui.conftest import wait_loaded

    app = create_app([str(SEED)], use_system_clipboard=False, config=Config())
    async with app.run_test(size=size) as pilot:
        await wait_loaded(pilot)
        await pilot.press("4")
        await pilot.pause(0.2)
        view = app.screen.query_one(ArticleView)
        width = view.scrollable_content_region.width
        words = []
        for number in range(len(view.blocks)):
            text = view.block_text(number)
            rows = [view._lines[row] for row in view.block_rows(number)]
            assert all(cell_len(text[start:end]) <= width for _, start, end in rows)
            words.append(" ".join(text[start:end] for _, start, end in rows).split())
            assert words[-1] == text.split()
        shown = _rows(view)
        assert shown[0] and sum(bool(row) for row in shown) > len(shown) // 2


def test_line_breaks_count_the_gaps_as_they_stand() -> None:
    # Two or more spaces between words take their cells: no row is wider than the pane.
    text = "aaaaaaaaaa     bbbbbbbbbb end"
    lines = line_breaks(text, 25)
    assert [text[a:b] for a, b in lines] == ["aaaaaaaaaa     bbbbbbbbbb", "end"]
    assert all(cell_len(text[a:b]) <= 25 for a, b in lines)


async def test_a_mouse_selection_in_the_article_copies_its_text() -> None:
    app = ArticleApp(_long_article())
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        view = app.query_one(ArticleView)
        # Offsets into the pane: its text starts inside the border and the padding.
        left = view.content_region.x - view.region.x
        top = view.content_region.y - view.region.y
        await pilot.mouse_down(view, offset=(left, top))
        await pilot.hover(view, offset=(left + 10, top + 2))
        await pilot.mouse_up(view, offset=(left + 10, top + 2))
        await pilot.pause()
        # From the first row's start to the third row's eleventh column (the cell under the
        # mouse included), across the blank row.
        assert app.screen.get_selected_text() == (
            "Paragraph 0 says something about item 0.\n\nParagraph 1"
        )


async def test_a_place_past_the_end_of_the_article_goes_to_its_last_block() -> None:
    app = ArticleApp(_long_article())
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        view = app.query_one(ArticleView)
        view.go_to_place((999, 0.0))
        await pilot.pause()
        await pilot.pause()
        assert view.scroll_y == view.max_scroll_y
        # The reader's own scrolling is followed again afterwards.
        view.focus()
        await pilot.press("g")
        await pilot.pause()
        assert view.place == (0, 0.0)
