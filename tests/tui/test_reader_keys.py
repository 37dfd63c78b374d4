"""Pilot tests of issue 16 ("The reader, finished"): the keys a less/vim user expects.

Items 1 (a briefing's keys in one article), 3 (screenshots), 4 (help scrolls), 6 (copying in
every pane and the briefing view, export asks before replacing), 9 (the key line keeps help,
the briefing as tabs, figure rows, speaker runs) and 10 (paging as in less).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from textual.widgets import Input, TabbedContent

from briefreader.tui.commands import ReaderCommands
from briefreader.tui.screens.export import ExportScreen, OverwriteScreen
from briefreader.tui.screens.help import HelpKeys, HelpScreen
from briefreader.tui.widgets.briefing_view import BriefingColumn
from briefreader.tui.widgets.key_bar import KeyBar
from tests.tui import test_briefing
from tests.tui.conftest import NARROW, WIDE, messages, wait_all_read, wait_loaded, wait_until

SMALL = (60, 20)


def key_line(app) -> str:
    """The key line's text as drawn."""
    return app.screen.query_one(KeyBar).render().plain


@pytest.fixture
def briefing_paths(tmp_path: Path) -> list[str]:
    """The seed, four dev-set pages and the Zelenskyy article (as in test_briefing)."""
    zelenskyy = tmp_path / "zelenskyy.md"
    shutil.copy(test_briefing.ZELENSKYY, zelenskyy)
    return [str(test_briefing.SEED), *map(str, test_briefing.dev_pages()), str(zelenskyy)]


async def open_briefing_view(pilot) -> None:
    await wait_all_read(pilot)
    await pilot.press("b")
    await wait_until(pilot, lambda: pilot.app.screen.show_briefing)


# 1. A briefing's keys in the reader of one article


async def test_briefing_keys_in_one_article_are_not_offered_and_say_why(app):
    async with app.run_test(size=WIDE) as pilot:
        await wait_loaded(pilot)
        screen = app.screen
        line = key_line(app)
        for label in ("Next article", "Briefing", "Export", "Article list"):
            assert label not in line
        names = {name for name, _, _ in ReaderCommands(screen)._available()}
        assert not names & {"Next article", "Previous article", "Article list", "Briefing view"}
        assert "Export briefing" not in names
        await pilot.press("question_mark")
        keys = {str(widget.render()) for widget in app.screen.query(".help-key")}
        assert not keys & {"]  [", "l", "b", "e"}
        await pilot.press("escape")
        for key in ("e", "b", "l", "right_square_bracket", "left_square_bracket"):
            await pilot.press(key)
            await pilot.pause()
        said = messages(app)
        assert "No article is loaded yet." not in said
        assert any(m.startswith("e works in a briefing") for m in said)
        assert any(m.startswith("b works in a briefing") and "ctrl+b" in m for m in said)
        assert any(m.startswith("] works in a briefing") for m in said)
        assert screen.is_loaded and not screen.show_briefing
        # The same key again while its toast is up says nothing more: one toast.
        count = len(messages(app))
        await pilot.press("e")
        await pilot.pause()
        assert len(messages(app)) == count


async def test_briefing_help_lists_the_briefing_keys(briefing_paths):
    app = test_briefing.open_app(briefing_paths[:2])
    async with app.run_test(size=WIDE) as pilot:
        await wait_loaded(pilot)
        await pilot.press("question_mark")
        keys = {str(widget.render()) for widget in app.screen.query(".help-key")}
        assert {"]  [", "l", "b", "e"} <= keys


# 3. Screenshots


async def test_screenshot_makes_its_folder(app, tmp_path, monkeypatch):
    folder = tmp_path / "not" / "there"
    monkeypatch.setenv("XDG_DOWNLOAD_DIR", str(folder))
    async with app.run_test(size=NARROW) as pilot:
        await wait_loaded(pilot)
        app.action_screenshot()
        await wait_until(pilot, lambda: any("Saved screenshot" in m for m in messages(app)))
    assert len(list(folder.glob("*.svg"))) == 1


async def test_screenshot_says_where_and_why_it_failed(app, tmp_path, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("XDG_DOWNLOAD_DIR", str(blocker / "shots"))
    async with app.run_test(size=NARROW) as pilot:
        await wait_loaded(pilot)
        app.action_screenshot()
        await wait_until(pilot, lambda: any("screenshot" in m for m in messages(app)))
        said = [m for m in messages(app) if "screenshot" in m]
        assert said == [f"Could not save the screenshot in {blocker / 'shots'}: Not a directory."]


# 4. Help scrolls


async def test_help_at_80x24_scrolls_with_j_k_space_and_pages(app):
    async with app.run_test(size=NARROW) as pilot:
        await wait_loaded(pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        keys = app.screen.query_one(HelpKeys)
        assert app.focused is keys
        assert keys.max_scroll_y > 0 and keys.show_vertical_scrollbar
        await pilot.press("j")
        await pilot.pause()
        assert keys.scroll_y == 1
        await pilot.press("k")
        await pilot.pause()
        assert keys.scroll_y == 0
        await pilot.press("space")
        await pilot.pause()
        assert keys.scroll_y == keys.max_scroll_y  # the last key (q) is in view
        last = list(app.screen.query(".help-key"))[-1]
        assert str(last.render()) == "q" and keys.region.contains_region(last.region)
        await pilot.press("b")
        await pilot.pause()
        assert keys.scroll_y == 0
        await pilot.press("G", "g", "ctrl+f")
        await pilot.pause()
        assert keys.scroll_y > 0
        await pilot.press("escape")
        assert not isinstance(app.screen, HelpScreen)


# 6. Copying and export


async def test_y_copies_the_selected_item_of_every_pane(app):
    async with app.run_test(size=WIDE) as pilot:
        await wait_loaded(pilot)
        screen = app.screen
        await pilot.press("1", "y")
        fact = screen.digest_pane("facts").selected_item
        assert app.clipboard.startswith(fact.text)
        await pilot.press("3", "y")
        figure = screen.digest_pane("figures").selected_item
        assert figure.value in app.clipboard.splitlines()[0]
        await pilot.press("2", "y")
        quote = screen.digest_pane("quotes").selected_item
        assert app.clipboard.startswith(f'"{quote.text}" — ')
        await pilot.press("4", "y")
        assert "then press y or c" in messages(app)[-1]


async def test_briefing_view_copies_with_c_and_y_and_names_the_focused_column(briefing_paths):
    app = test_briefing.open_app(briefing_paths)
    async with app.run_test(size=WIDE) as pilot:
        target = await test_briefing.select_zelenskyy_quote_in_the_briefing(pilot)
        assert "y Copy quote" in key_line(app)
        await pilot.press("c")
        assert app.clipboard.startswith(f'"{target.item.text}" — ')
        await pilot.press("1")
        line = key_line(app)
        assert "y Copy fact" in line and "Copy quote" not in line
        await pilot.press("3")
        assert "y Copy figure" in key_line(app)


async def test_export_asks_before_replacing_a_file(briefing_paths, tmp_path: Path):
    target = tmp_path / "morning.md"
    target.write_text("my notes", encoding="utf-8")
    app = test_briefing.open_app(briefing_paths[:2])
    async with app.run_test(size=WIDE) as pilot:
        await wait_all_read(pilot)
        for answer in ("n", "y"):
            await pilot.press("e")
            await wait_until(pilot, lambda: isinstance(app.screen, ExportScreen))
            app.screen.query_one(Input).value = str(target)
            await pilot.press("enter")
            await wait_until(pilot, lambda: isinstance(app.screen, OverwriteScreen))
            await pilot.press(answer)
            await wait_until(pilot, lambda: not isinstance(app.screen, OverwriteScreen))
            await pilot.pause()
            if answer == "n":
                assert target.read_text(encoding="utf-8") == "my notes"
                assert messages(app)[-1] == f"Kept {target}: nothing written."
        assert target.read_text(encoding="utf-8").startswith("# Briefing")


# 9. Small terminals, figure rows, speaker runs


@pytest.mark.parametrize("size", [NARROW, SMALL])
async def test_the_key_line_keeps_help_at_every_width(app, size):
    async with app.run_test(size=size) as pilot:
        await wait_loaded(pilot)
        line = key_line(app)
        assert "? Help" in line and "^p palette" in line and len(line) <= size[0]


@pytest.mark.parametrize("size", [NARROW, SMALL])
async def test_the_briefing_view_is_tabs_under_100_columns(briefing_paths, size):
    app = test_briefing.open_app(briefing_paths)
    async with app.run_test(size=size) as pilot:
        await open_briefing_view(pilot)
        tabs = app.screen.query_one("#briefing-tabs", TabbedContent)
        assert tabs.active == "briefing-tab-facts"
        assert "? Help" in key_line(app)
        await pilot.press("2")
        assert tabs.active == "briefing-tab-quotes"
        assert app.focused.id == "briefing-quotes"
        await pilot.press("c")  # c on a quote copies it here too
        assert app.clipboard.startswith('"')
        await pilot.press("tab")
        assert tabs.active == "briefing-tab-figures"
        assert app.focused.id == "briefing-figures"
        shown = [c for c in app.screen.query(BriefingColumn) if c.region.width]
        assert len(shown) == 1


async def test_figure_rows_space_the_value_and_speakers_as_written_once_per_run(
    briefing_paths,
):
    app = test_briefing.open_app(briefing_paths)
    async with app.run_test(size=WIDE) as pilot:
        await open_briefing_view(pilot)
        view = app.screen.briefing_view
        for row in view.rows["figures"]:
            if not row.is_heading:
                assert " — [" in row.text
        column = view.column("figures")
        for index in range(column.option_count):
            plain = column.get_option_at_index(index).prompt.plain
            assert "— [" not in plain.replace(" — [", "")
        # The Noem quotes of article 5 name her "Gov. Kristi Noem": said once for the run.
        quotes = [row.text for row in view.rows["quotes"] if not row.is_heading]
        as_written = [text for text in quotes if "(as “Gov. Kristi Noem”)" in text]
        assert len(as_written) == 1


# 10. Paging as in less


async def test_space_ctrl_f_b_d_u_page_in_every_pane(app):
    async with app.run_test(size=WIDE) as pilot:
        await wait_loaded(pilot)
        screen = app.screen
        await pilot.press("4")
        article = screen.article
        await pilot.pause()
        for key, down in (("space", True), ("ctrl+b", False), ("ctrl+f", True), ("ctrl+u", False)):
            before = article.scroll_target_y
            await pilot.press(key)
            await pilot.pause()
            after = article.scroll_target_y
            assert (after > before) if down else (after < before), key
        for name in ("facts", "quotes", "figures"):
            await pilot.press({"facts": "1", "quotes": "2", "figures": "3"}[name])
            pane = screen.digest_pane(name)
            await pilot.press("g", "space")
            assert pane.highlighted > 0, name
            await pilot.press("ctrl+b")
            assert pane.highlighted == 0, name
            await pilot.press("ctrl+f")
            assert pane.highlighted > 0, name
            await pilot.press("ctrl+u")
            assert pane.highlighted == 0, name
