"""The key line and the article pane's progressive mounting, on small apps and the seed."""

from __future__ import annotations

import pytest
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.widgets import Static

from briefreader.config import Config
from briefreader.model import Article, Caption, Source
from briefreader.tui.keys import HELP_ACTIONS, KEYMAP_ACTIONS, help_rows
from briefreader.tui.widgets.article_view import ArticleView, _first_screen_blocks
from briefreader.tui.widgets.key_bar import KeyBar
from briefreader.tui.widgets.paragraph import Paragraph


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


def test_first_screen_blocks_never_stop_short_of_the_terminal() -> None:
    short = [(i, "One line.") for i in range(100)]
    # Every paragraph takes at least two rows: half the height is the most that can show.
    assert _first_screen_blocks(short, 160, 45) == 23
    long = [(i, "x" * 1000) for i in range(10)]
    assert _first_screen_blocks(long, 100, 45) == 5  # 11 rows each: 44 rows are not enough
    assert _first_screen_blocks(short[:3], 160, 45) == 3
    assert _first_screen_blocks([], 160, 45) == 0


class ArticleApp(App[None]):
    """Shows an article; ``jump_to`` paragraph is looked up as soon as the view is mounted,
    before the first screen is painted."""

    def __init__(self, article: Article, jump_to: int | None = None) -> None:
        super().__init__()
        self.article = article
        self.jump_to = jump_to
        self.mounted_at_start = -1
        self.jumped_text = ""

    def compose(self) -> ComposeResult:
        yield ArticleView(self.article)

    def on_mount(self) -> None:
        view = self.query_one(ArticleView)
        self.mounted_at_start = len(view.query(Paragraph))
        if self.jump_to is not None:
            self.jumped_text = view.paragraph(self.jump_to).text


def _long_article() -> Article:
    paragraphs = tuple(f"Paragraph {i} says something about item {i}." for i in range(120))
    return Article(
        source=Source(path="long.txt", kind="text", encoding="utf-8"),
        paragraphs=paragraphs,
        captions=(Caption(text="A photo of the last item.", after_paragraph=119),),
    )


async def test_long_article_mounts_the_first_screen_then_the_rest() -> None:
    app = ArticleApp(_long_article())
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.pause()
        view = app.query_one(ArticleView)
        # At most half the terminal's rows (a paragraph and its blank row each) came first.
        assert 0 < app.mounted_at_start <= 12
        assert len(view.query(Paragraph)) == 120
        ids = [child.id for child in view.children if isinstance(child, Paragraph)]
        assert ids == [f"paragraph-{i}" for i in range(120)]
        assert "caption" in view.children[-1].classes


async def test_jumping_past_the_first_screen_mounts_the_rest_at_once() -> None:
    app = ArticleApp(_long_article(), jump_to=110)
    async with app.run_test(size=(80, 24)) as pilot:
        assert app.mounted_at_start <= 12
        assert app.jumped_text.startswith("Paragraph 110 ")
        view = app.query_one(ArticleView)
        assert view.set_search("item 115") == 1
        await pilot.pause()
        assert len(view.query(Paragraph)) == 120
        assert view.query_one("#paragraph-115", Paragraph).matches == ((35, 43),)


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
async def test_the_first_compose_fills_the_article_pane_it_is_shown_in(size, monkeypatch) -> None:
    """The reader composes only the blocks its first screen can show (the article pane's
    share of the width, side by side or as a tab), and never stops short: laid out, those
    blocks are at least as tall as the pane."""
    from briefreader.tui.app import create_app
    from tests.conftest import SEED
    from tests.tui.conftest import wait_loaded

    app = create_app([str(SEED)], use_system_clipboard=False, config=Config())
    first_compose: list[int] = []
    original = ArticleView.compose

    def recording(view: ArticleView) -> ComposeResult:
        blocks = list(original(view))
        first_compose.append(len(blocks))
        return iter(blocks)

    monkeypatch.setattr(ArticleView, "compose", recording)
    async with app.run_test(size=size) as pilot:
        await wait_loaded(pilot)
        await pilot.press("4")
        await pilot.pause(0.2)
        view = app.screen.query_one(ArticleView)
        total = len(view.children)
        composed = first_compose[-1]
        assert composed < total  # the rest came after the first paint
        last = view.children[composed - 1]
        assert last.virtual_region_with_margin.bottom >= view.scrollable_content_region.height
