"""Pilot tests of the copy keys: each pane copies its own items, y/Y/c from anywhere."""

from __future__ import annotations

from briefreader.model import Brief
from tests.tui.conftest import WIDE, messages, reader_app, wait_loaded
from tests.tui.sample_brief import TITLE, make_brief

SOURCE = f"({TITLE}, The Korea Times)"


async def test_y_copies_the_quote_with_speaker_and_source(app):
    async with app.run_test(size=WIDE) as pilot:
        await wait_loaded(pilot)
        await pilot.press("2", "y")
        assert app.clipboard == (
            '"North Korea\'s troop deployment in Russia is underway," — NIS\n' + SOURCE
        )
        assert "Copied quote by NIS" in messages(app)


async def test_y_names_an_unknown_speaker(app):
    async with app.run_test(size=WIDE) as pilot:
        await wait_loaded(pilot)
        await pilot.press("2", "j", "j", "j", "y")
        assert app.clipboard.startswith('"soon." — unknown speaker')


async def test_Y_copies_all_quotes_as_markdown(app, brief: Brief):
    async with app.run_test(size=WIDE) as pilot:
        await wait_loaded(pilot)
        await pilot.press("2", "Y")
        text = app.clipboard
        assert text.startswith(f"## Quotes: {TITLE}\n\n*The Korea Times*")
        assert text.count("\n> — ") == len(brief.quotes)
        assert "> — Yoon Suk Yeol" in text
        assert "Copied 5 quotes as Markdown" in messages(app)


async def test_Y_works_from_any_pane(app):
    async with app.run_test(size=WIDE) as pilot:
        await wait_loaded(pilot)
        await pilot.press("1", "Y")
        assert app.clipboard.startswith("## Quotes")


async def test_c_copies_the_fact(app, brief: Brief):
    async with app.run_test(size=WIDE) as pilot:
        await wait_loaded(pilot)
        await pilot.press("1", "j", "c")
        assert app.clipboard == f"{brief.facts[1].text}\n{SOURCE}"


async def test_c_copies_the_figure_with_its_sentence(app, brief: Brief):
    async with app.run_test(size=WIDE) as pilot:
        await wait_loaded(pilot)
        await pilot.press("3", "c")
        figure = brief.figures[0]
        assert app.clipboard == (
            f"at least 3,000: North Korean troops in Kursk\n{figure.context}\n{SOURCE}"
        )
        assert "Copied figure 3,000" in messages(app)


async def test_copy_with_no_quotes_says_why():
    brief = make_brief(quotes=False)
    app = reader_app(lambda: brief)
    async with app.run_test(size=WIDE) as pilot:
        await wait_loaded(pilot)
        await pilot.press("2", "y", "Y")
        assert app.clipboard == ""
        assert messages(app).count("This article has no quotes.") == 2


async def test_c_in_the_article_says_what_to_do(app):
    async with app.run_test(size=WIDE) as pilot:
        await wait_loaded(pilot)
        await pilot.press("4", "c")
        assert app.clipboard == ""
        assert any("Select a fact" in message for message in messages(app))


async def test_footer_shows_the_focused_pane_keys(app):
    async with app.run_test(size=WIDE) as pilot:
        await wait_loaded(pilot)

        def shown() -> set[str]:
            return {
                key
                for key, active in app.screen.active_bindings.items()
                if active.binding.show and active.enabled
            }

        await pilot.press("2")
        assert {"y", "Y", "enter"} <= shown()
        assert "c" not in shown()
        await pilot.press("3")
        assert "c" in shown()
        assert "y" not in shown()
