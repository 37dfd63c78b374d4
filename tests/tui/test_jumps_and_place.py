"""Back after a jump (``ctrl+o`` as in vim, ``''`` as in less), the article's position in
its title, and the reading position kept through resizes (issue 16 items 5 and 11)."""

from __future__ import annotations

import pytest

from briefreader.config import Config
from briefreader.tui.app import create_app
from tests.conftest import SEED
from tests.tui.conftest import messages, wait_loaded, wait_until


def focused_name(app) -> str | None:
    return getattr(app.focused, "pane_name", None)


def top_paragraph(app) -> int:
    """The block (paragraph or caption) at the top of the article pane, as drawn now."""
    return app.screen.article._place_now()[0]


def seed_app():
    return create_app([str(SEED)], use_system_clipboard=False, config=Config())


async def settle(pilot) -> None:
    for _ in range(4):
        await pilot.pause()


async def test_ctrl_o_goes_back_to_before_enter(app):
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_loaded(pilot)
        await pilot.press("2", "G", "enter")  # the last quote, far down the article
        await settle(pilot)
        article = app.screen.article
        assert top_paragraph(app) > 0
        await pilot.press("1", "j")
        await pilot.press("ctrl+o")
        await settle(pilot)
        assert focused_name(app) == "quotes"
        quotes = app.screen.digest_pane("quotes")
        assert quotes.highlighted == len(quotes.items) - 1
        assert article.place[0] == top_paragraph(app) == 0
        await pilot.press("ctrl+o")  # nothing left to go back to: it says so
        assert any("No jump to go back to" in m for m in messages(app))


async def test_two_apostrophes_go_back_and_return(app):
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_loaded(pilot)
        await pilot.press("3", "G", "enter")
        await settle(pilot)
        far = top_paragraph(app)
        assert far > 0
        await pilot.press("4")
        await pilot.press("apostrophe", "apostrophe")
        await settle(pilot)
        assert focused_name(app) == "figures"
        assert top_paragraph(app) == 0
        await pilot.press("apostrophe", "apostrophe")  # and back again, as in less
        await settle(pilot)
        assert focused_name(app) == "article"
        assert top_paragraph(app) == far


async def test_ctrl_o_goes_back_through_search_jumps(app):
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_loaded(pilot)
        await pilot.press("2")
        await pilot.press("slash", *"russia", "enter")
        await settle(pilot)
        first = app.screen.current
        await pilot.press("n")
        await pilot.press("ctrl+o")
        await settle(pilot)
        # Back on the first match's item (where the walk was before n).
        assert focused_name(app) == app.screen.walk()[first][0]


async def test_the_article_title_says_where_the_reader_is():
    app = seed_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_loaded(pilot)
        article = app.screen.article
        count = len(article.article.paragraphs)
        await pilot.press("4")
        await settle(pilot)
        assert article.border_title == f"Article · ¶ 1 of {count} · 0%"
        await pilot.press("G")
        await wait_until(pilot, lambda: article.border_title.endswith("100%"))
        assert f"of {count} · 100%" in article.border_title
        await pilot.press("g", "ctrl+d")
        await settle(pilot)
        index = article._paragraph_at(top_paragraph(app))
        assert 0 < index < count - 1
        assert f"¶ {index + 1} of {count}" in article.border_title


@pytest.mark.parametrize("sizes", [[(80, 24), (200, 50)], [(200, 50), (60, 20), (120, 40)]])
async def test_a_resize_keeps_the_reading_position(sizes):
    app = seed_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_loaded(pilot)
        # The steps: a quote's sentence, then the top of the article, then facts.
        await pilot.press("2", "j", "enter")
        await settle(pilot)
        await pilot.press("4", "g", "1")
        await settle(pilot)
        assert top_paragraph(app) == 0
        for size in sizes:
            await pilot.resize_terminal(*size)
            await settle(pilot)
            assert top_paragraph(app) == 0, size
        # And from the middle of the article.
        await pilot.press("4", "ctrl+d", "ctrl+d")
        await settle(pilot)
        reading = top_paragraph(app)
        assert reading > 0
        for size in [*sizes, (120, 40)]:
            await pilot.resize_terminal(*size)
            await settle(pilot)
            assert top_paragraph(app) == reading, size
