"""Snapshot tests: the main screen wide and narrow, help, and the error state.

Generate with ``pytest tests/tui --snapshot-update`` and look at the SVGs in ``__snapshots__``.
"""

from __future__ import annotations

from textual.pilot import Pilot

from briefreader.errors import NoArticle
from briefreader.model import Brief
from briefreader.tui.app import BriefReaderApp
from tests.tui.conftest import NARROW, WIDE, reader_app, wait_all_read, wait_loaded, wait_until
from tests.tui.sample_brief import make_brief


def sample_app() -> BriefReaderApp:
    brief = make_brief()
    return reader_app(lambda: brief, "samples/nk-troops.txt")


async def loaded(pilot: Pilot) -> None:
    await wait_loaded(pilot)


def test_main_screen_wide(snap_compare):
    assert snap_compare(sample_app(), terminal_size=WIDE, run_before=loaded)


def test_main_screen_narrow(snap_compare):
    assert snap_compare(sample_app(), terminal_size=NARROW, run_before=loaded)


def test_quote_source_highlighted_wide(snap_compare):
    async def choose_quote(pilot: Pilot) -> None:
        await wait_loaded(pilot)
        await pilot.press("2", "j", "enter")
        await pilot.pause()

    assert snap_compare(sample_app(), terminal_size=WIDE, run_before=choose_quote)


def test_quotes_tab_narrow(snap_compare):
    async def quotes(pilot: Pilot) -> None:
        await wait_loaded(pilot)
        await pilot.press("2", "j")

    assert snap_compare(sample_app(), terminal_size=NARROW, run_before=quotes)


def test_help_screen(snap_compare):
    async def help_screen(pilot: Pilot) -> None:
        await wait_loaded(pilot)
        await pilot.press("question_mark")
        await pilot.pause()

    assert snap_compare(sample_app(), terminal_size=NARROW, run_before=help_screen)


def test_error_state(snap_compare):
    def broken() -> Brief:
        raise NoArticle(
            "samples/menu-only.html", "no article text found", "save the article page itself"
        )

    app = reader_app(broken, "samples/menu-only.html")

    async def failed(pilot: Pilot) -> None:
        await wait_until(pilot, lambda: type(pilot.app.screen).__name__ == "ErrorScreen")

    assert snap_compare(app, terminal_size=NARROW, run_before=failed)


def test_article_tab_narrow_with_source(snap_compare):
    async def go_to_source(pilot: Pilot) -> None:
        await wait_loaded(pilot)
        await pilot.press("3", "G", "enter")
        await pilot.pause()

    assert snap_compare(sample_app(), terminal_size=NARROW, run_before=go_to_source)


def test_search_results_wide(snap_compare):
    async def search(pilot: Pilot) -> None:
        await wait_loaded(pilot)
        await pilot.press("4", "slash", *"korean", "enter")
        await pilot.pause()
        pilot.app.clear_notifications()
        await pilot.pause()

    assert snap_compare(sample_app(), terminal_size=WIDE, run_before=search)


# A briefing of fixed inputs: the seed, two bundled HTML pages and the Zelenskyy article.
BRIEFING_FILES = [
    "samples/nk-troops.txt",
    "samples/twincities-parise.html",
    "samples/nytimes-sudan-sanctions.html",
    "tests/tui/data/zelenskyy.md",
]


def briefing_app() -> BriefReaderApp:
    from briefreader.config import Config
    from briefreader.tui.app import create_app

    return create_app(BRIEFING_FILES, use_system_clipboard=False, config=Config())


async def all_read(pilot: Pilot) -> None:
    await wait_all_read(pilot)
    pilot.app.clear_notifications()
    await pilot.pause()


def test_briefing_articles_wide(snap_compare):
    assert snap_compare(briefing_app(), terminal_size=WIDE, run_before=all_read)


def test_briefing_view_wide(snap_compare):
    async def briefing_view(pilot: Pilot) -> None:
        await all_read(pilot)
        await pilot.press("b")
        await wait_until(pilot, lambda: pilot.app.screen.show_briefing)
        pilot.app.clear_notifications()
        await pilot.pause()

    assert snap_compare(briefing_app(), terminal_size=WIDE, run_before=briefing_view)


def test_help_screen_scrolled_to_the_end(snap_compare):
    async def help_end(pilot: Pilot) -> None:
        await wait_loaded(pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        await pilot.press("space")
        await pilot.pause()

    assert snap_compare(sample_app(), terminal_size=NARROW, run_before=help_end)


def test_briefing_view_narrow(snap_compare):
    async def briefing_view(pilot: Pilot) -> None:
        await all_read(pilot)
        await pilot.press("b")
        await wait_until(pilot, lambda: pilot.app.screen.show_briefing)
        await pilot.press("2")
        pilot.app.clear_notifications()
        await pilot.pause()

    assert snap_compare(briefing_app(), terminal_size=NARROW, run_before=briefing_view)


def test_briefing_articles_narrow(snap_compare):
    """The briefing at 80x24: the list above the panes, the panes as tabs."""
    assert snap_compare(briefing_app(), terminal_size=NARROW, run_before=all_read)


def test_search_active_narrow(snap_compare):
    """The article with a search active at 80x24: the marks, and the search line's place."""

    async def search(pilot: Pilot) -> None:
        await wait_loaded(pilot)
        await pilot.press("4", "slash", *"troops", "enter", "n")
        await pilot.pause()
        pilot.app.clear_notifications()
        await pilot.pause()

    assert snap_compare(sample_app(), terminal_size=NARROW, run_before=search)
