"""Pilot tests: drive every key of the reader and check what happened."""

from __future__ import annotations

import pytest
from textual.command import CommandPalette
from textual.widgets import Static, TabbedContent

from briefreader.errors import EmptyInput
from briefreader.model import Brief
from briefreader.tui.keys import BRIEFING_GROUP, KEY_HELP
from briefreader.tui.screens.error import ErrorScreen
from briefreader.tui.screens.help import HelpScreen
from briefreader.tui.screens.panes import SPINNER_AFTER
from briefreader.tui.screens.reader import ReaderScreen
from briefreader.tui.widgets.article_view import ArticleView
from briefreader.tui.widgets.digest_pane import DigestPane
from tests.tui.conftest import (
    NARROW,
    WIDE,
    palette_offers,
    reader_app,
    wait_loaded,
    wait_until,
)
from tests.tui.sample_brief import TITLE, make_brief

SOURCE = f"({TITLE}, The Korea Times)"


def focused_name(app) -> str | None:
    return getattr(app.focused, "pane_name", None)


# Layout


async def test_header_shows_what_is_known_and_never_none(app):
    async with app.run_test(size=WIDE) as pilot:
        await wait_loaded(pilot)
        title = str(app.screen.query_one("#brief-title").render())
        meta = str(app.screen.query_one("#brief-meta").render())
        assert title == TITLE
        assert meta == "Kwak Yeon-soo · The Korea Times"
        assert "None" not in meta


async def test_pane_titles_show_counts(app):
    async with app.run_test(size=WIDE) as pilot:
        await wait_loaded(pilot)
        screen = app.screen
        assert screen.digest_pane("facts").border_title == "Key facts 4"
        assert screen.digest_pane("quotes").border_title == "Quotes 5"
        assert screen.digest_pane("figures").border_title == "Figures 5"


async def test_wide_shows_panes_side_by_side(app):
    async with app.run_test(size=WIDE) as pilot:
        await wait_loaded(pilot)
        screen = app.screen
        assert not screen.query(TabbedContent)
        quotes, article = screen.pane("quotes"), screen.article
        assert quotes.region.right <= article.region.x
        assert all(screen.pane(name).region.height > 5 for name in ("facts", "quotes", "figures"))


async def test_narrow_shows_tabs(app):
    async with app.run_test(size=NARROW) as pilot:
        await wait_loaded(pilot)
        tabs = app.screen.query_one(TabbedContent)
        assert tabs.active == "tab-facts"
        await pilot.press("2")
        assert tabs.active == "tab-quotes"
        assert focused_name(app) == "quotes"
        await pilot.press("4")
        assert tabs.active == "tab-article"
        assert focused_name(app) == "article"


async def test_resize_keeps_selection_and_focus(app):
    async with app.run_test(size=WIDE) as pilot:
        await wait_loaded(pilot)
        await pilot.press("2", "j", "j")
        await pilot.resize_terminal(*NARROW)
        await wait_until(pilot, lambda: bool(app.screen.query(TabbedContent)))
        assert app.screen.query_one(TabbedContent).active == "tab-quotes"
        assert app.screen.digest_pane("quotes").highlighted == 2
        assert focused_name(app) == "quotes"
        await pilot.resize_terminal(*WIDE)
        await wait_until(pilot, lambda: not app.screen.query(TabbedContent))
        assert app.screen.digest_pane("quotes").highlighted == 2


async def test_empty_pane_says_so():
    brief = make_brief(quotes=False)
    app = reader_app(lambda: brief)
    async with app.run_test(size=WIDE) as pilot:
        await wait_loaded(pilot)
        quotes = app.screen.digest_pane("quotes")
        assert quotes.border_title == "Quotes 0"
        assert quotes.selected_item is None
        assert "No quotes found" in str(quotes.get_option_at_index(0).prompt)


async def test_captions_stand_in_the_article_with_credit(app):
    async with app.run_test(size=WIDE) as pilot:
        await wait_loaded(pilot)
        article = app.screen.article
        kinds = [type(block).__name__ for block in article.blocks]
        assert kinds[0] == "Caption"  # after_paragraph -1: before the first paragraph
        after_seventh = kinds.index("Caption", 1)
        assert article.blocks[after_seventh - 1] == (7, app.screen.brief.article.paragraphs[7])
        assert article.block_text(after_seventh).endswith("— Yonhap")
        # Drawn set apart: indented behind a bar, in the caption's own style.
        row = article.block_rows(after_seventh).start
        await pilot.press("4")
        top = min(row, article.max_scroll_y)
        article.scroll_to(y=top, animate=False, immediate=True)
        await wait_until(pilot, lambda: article.scroll_y == top)
        drawn = article.render_line(row - top)
        assert drawn.text.startswith("  ▌ ")
        caption_style = article.get_visual_style("article-pane--caption")
        assert any(
            segment.style is not None and segment.style.italic and segment.text.strip()
            for segment in drawn
        ), caption_style


# Switching panes


@pytest.mark.parametrize(
    ("key", "name"), [("1", "facts"), ("2", "quotes"), ("3", "figures"), ("4", "article")]
)
async def test_number_keys_focus_panes(app, key, name):
    async with app.run_test(size=WIDE) as pilot:
        await wait_loaded(pilot)
        await pilot.press("4" if key != "4" else "1")
        await pilot.press(key)
        assert focused_name(app) == name


async def test_tab_and_shift_tab_cycle_panes(app):
    async with app.run_test(size=WIDE) as pilot:
        await wait_loaded(pilot)
        assert focused_name(app) == "facts"
        seen = []
        for _ in range(4):
            await pilot.press("tab")
            seen.append(focused_name(app))
        assert seen == ["quotes", "figures", "article", "facts"]
        await pilot.press("shift+tab")
        assert focused_name(app) == "article"


async def test_tab_cycles_tabs_when_narrow(app):
    async with app.run_test(size=NARROW) as pilot:
        await wait_loaded(pilot)
        await pilot.press("tab")
        assert app.screen.query_one(TabbedContent).active == "tab-quotes"
        assert focused_name(app) == "quotes"


# Moving


async def test_list_movement_keys(app):
    async with app.run_test(size=WIDE) as pilot:
        await wait_loaded(pilot)
        await pilot.press("2")
        quotes = app.screen.digest_pane("quotes")
        assert quotes.highlighted == 0
        await pilot.press("j")
        assert quotes.highlighted == 1
        await pilot.press("down")
        assert quotes.highlighted == 2
        await pilot.press("k")
        assert quotes.highlighted == 1
        await pilot.press("up")
        assert quotes.highlighted == 0
        await pilot.press("G")
        assert quotes.highlighted == 4
        await pilot.press("g")
        assert quotes.highlighted == 0
        await pilot.press("ctrl+d")
        assert quotes.highlighted > 0
        await pilot.press("ctrl+u")
        assert quotes.highlighted == 0


async def test_article_scroll_keys(app):
    async with app.run_test(size=NARROW) as pilot:
        await wait_loaded(pilot)
        await pilot.press("4")
        article = app.screen.article
        assert article.max_scroll_y > 0
        await pilot.press("j")
        await wait_until(pilot, lambda: article.scroll_y == 1)
        await pilot.press("G")
        await wait_until(pilot, lambda: article.scroll_y == article.max_scroll_y)
        await pilot.press("g")
        await wait_until(pilot, lambda: article.scroll_y == 0)
        await pilot.press("ctrl+d")
        await wait_until(pilot, lambda: article.scroll_y > 5)
        await pilot.press("ctrl+u")
        await wait_until(pilot, lambda: article.scroll_y == 0)


# Going to the source


async def test_enter_highlights_the_quote_sentence(app, brief: Brief):
    async with app.run_test(size=WIDE) as pilot:
        await wait_loaded(pilot)
        await pilot.press("2", "j", "enter")
        quote = brief.quotes[1]
        article = app.screen.article
        assert article.highlight == quote.sentence
        assert article.highlighted_text.startswith('"We are confirming the possibility')
        assert focused_name(app) == "quotes"  # wide: keep reading the list


async def test_enter_uses_span_when_there_is_no_sentence(app, brief: Brief):
    async with app.run_test(size=WIDE) as pilot:
        await wait_loaded(pilot)
        await pilot.press("3", "j", "j", "enter")
        figure = brief.figures[2]
        assert figure.sentence is None
        assert app.screen.article.highlight == figure.span
        assert app.screen.article.highlighted_text == "100"


async def test_enter_scrolls_the_article_to_the_paragraph(app, brief: Brief):
    async with app.run_test(size=NARROW) as pilot:
        await wait_loaded(pilot)
        await pilot.press("2", "G", "enter")
        article = app.screen.article
        assert focused_name(app) == "article"  # narrow: the article tab comes forward
        assert app.screen.query_one(TabbedContent).active == "tab-article"
        target = article.block_rows(article.block_of_paragraph(brief.quotes[-1].span.paragraph))
        await wait_until(pilot, lambda: article.scroll_y > 0)
        # The paragraph's first row is on screen (at the top, unless the article ends first).
        assert article.scroll_y <= target.start < article.scroll_y + article.size.height


async def test_escape_clears_the_highlight(app):
    async with app.run_test(size=WIDE) as pilot:
        await wait_loaded(pilot)
        await pilot.press("2", "enter")
        assert app.screen.article.highlight is not None
        await pilot.press("escape")
        assert app.screen.article.highlight is None


# Help, palette, quitting


async def test_question_mark_opens_help_listing_every_key(app):
    async with app.run_test(size=WIDE) as pilot:
        await wait_loaded(pilot)
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        shown = {str(widget.render()) for widget in app.screen.query(".help-key")}
        # One article's help leaves out the keys only a briefing has.
        assert shown == {
            key for group, keys in KEY_HELP if group != BRIEFING_GROUP for key, _ in keys
        }
        everything = " ".join(shown)
        for key in ["1 2 3 4", "tab", "j", "g", "ctrl+d", "enter", "/", "n", "y", "Y", "c", "?"]:
            assert key in everything
        await pilot.press("escape")
        assert isinstance(app.screen, ReaderScreen)


async def test_q_quits(app):
    async with app.run_test(size=WIDE) as pilot:
        await wait_loaded(pilot)
        await pilot.press("q")
        await pilot.pause()
        assert app.return_code == 0
        assert not app.is_running


async def test_command_palette_runs_reader_actions(app):
    async with app.run_test(size=WIDE) as pilot:
        await wait_loaded(pilot)
        await pilot.press("ctrl+p")
        await wait_until(pilot, lambda: isinstance(app.screen, CommandPalette))
        await pilot.press(*"show quotes")
        await wait_until(pilot, lambda: palette_offers(app, "quotes"))
        await pilot.press("enter")
        await wait_until(pilot, lambda: focused_name(app) == "quotes")
        await pilot.press("ctrl+p")
        await wait_until(pilot, lambda: isinstance(app.screen, CommandPalette))
        await pilot.press(*"copy quote")
        await wait_until(pilot, lambda: palette_offers(app, "copy quote"))
        await pilot.press("enter")
        await wait_until(pilot, lambda: app.clipboard.endswith(SOURCE))
        assert "— NIS" in app.clipboard


async def test_themes_switch_without_losing_the_selection(app):
    async with app.run_test(size=WIDE) as pilot:
        await wait_loaded(pilot)
        await pilot.press("2", "j")
        app.theme = "textual-light"
        await pilot.pause()
        assert app.screen.digest_pane("quotes").highlighted == 1
        app.theme = "nord"
        await pilot.pause()
        assert app.screen.digest_pane("quotes").highlighted == 1


# Loading and errors


async def test_error_shows_a_message_screen_and_escape_quits(app_with_loader):
    def broken() -> Brief:
        raise EmptyInput("samples/broken.txt", "the file is empty", "give a saved article")

    app = app_with_loader(broken)
    async with app.run_test(size=WIDE) as pilot:
        await wait_until(pilot, lambda: isinstance(app.screen, ErrorScreen))
        text = str(app.screen.query_one("#error-message").render())
        assert text == "samples/broken.txt: the file is empty; give a saved article"
        await pilot.press("escape")
        await pilot.pause()
        assert app.return_code == EmptyInput.exit_code


async def test_unexpected_error_is_a_screen_not_a_traceback(app_with_loader):
    def buggy() -> Brief:
        raise ValueError("boom")

    app = app_with_loader(buggy)
    async with app.run_test(size=WIDE) as pilot:
        await wait_until(pilot, lambda: isinstance(app.screen, ErrorScreen))
        assert "ValueError: boom" in str(app.screen.query_one("#error-message").render())
        await pilot.press("q")
        await pilot.pause()
        assert app.return_code == 1


async def test_loading_shows_an_indicator_and_keys_wait(app_with_loader, brief: Brief, monkeypatch):
    import threading

    from briefreader.tui.screens import panes

    # A loaded CI machine can take longer than the shipped delay to reach the first pause, so
    # the delay is lengthened here: what is tested is that the spinner waits, then shows.
    spinner_after = max(SPINNER_AFTER, 3.0)
    monkeypatch.setattr(panes, "SPINNER_AFTER", spinner_after)
    release = threading.Event()

    def slow() -> Brief:
        release.wait(10)
        return brief

    app = app_with_loader(slow)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause()
        # One line at once; the spinner only once reading has taken a while.
        assert "Reading" in str(app.screen.query_one("#loading-label", Static).render())
        assert not app.screen.query("LoadingIndicator")
        await wait_until(pilot, lambda: bool(app.screen.query("LoadingIndicator")), tries=400)
        assert not app.screen.query(ArticleView)
        await pilot.press("2", "y")  # nothing to act on yet, and no crash
        assert app.clipboard == ""
        release.set()
        await wait_loaded(pilot)
        assert isinstance(app.focused, DigestPane)
