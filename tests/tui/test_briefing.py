"""Pilot tests of a briefing: several articles, the article list, the briefing view, export.

The articles are the seed (``samples/nk-troops.txt``), four dev-set text pages with quotes
(two of them quote South Dakota's governor) and a small Markdown article that quotes
"Ukrainian President Volodymyr Zelenskyy" and repeats the seed's lead, so that grouping
across articles is guaranteed.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from markdown_it import MarkdownIt
from textual.widgets import Input

from briefreader.config import Config
from briefreader.tui.app import create_app
from briefreader.tui.screens.error import ErrorScreen
from briefreader.tui.screens.export import ExportScreen
from briefreader.tui.screens.help import HelpScreen
from briefreader.tui.widgets.article_list import ArticleList
from briefreader.tui.widgets.briefing_view import BriefingColumn
from tests.tui.conftest import NARROW, WIDE, messages, wait_all_read, wait_loaded, wait_until

REPO = Path(__file__).resolve().parents[2]
SEED = REPO / "samples" / "nk-troops.txt"
ZELENSKYY = Path(__file__).parent / "data" / "zelenskyy.md"
DEV_TXT = REPO.parent / "shared" / "devset" / "zyte-dev" / "txt"
# Dev-set text pages with quotes: NASA on Europa, Titan's map, and two on South Dakota's
# anti-meth campaign that both quote Gov. Kristi Noem.
DEV_PAGES = ("14cc2a0ca5", "359fee2285", "156770d676", "3f65af7b6b")
LEAD = "Some of the North Korean troops deployed to Russia"


def dev_pages() -> list[Path]:
    found = [sorted(DEV_TXT.glob(f"{prefix}*.txt")) for prefix in DEV_PAGES]
    if not all(found):
        pytest.skip(f"the dev set is not at {DEV_TXT}")
    return [paths[0] for paths in found]


@pytest.fixture
def briefing_paths(tmp_path: Path) -> list[str]:
    """The seed, four dev-set pages and the Zelenskyy article (a copy in tmp_path)."""
    zelenskyy = tmp_path / "zelenskyy.md"
    shutil.copy(ZELENSKYY, zelenskyy)
    return [str(SEED), *map(str, dev_pages()), str(zelenskyy)]


def open_app(paths: list[str], config: Config | None = None):
    return create_app(paths, use_system_clipboard=False, config=config or Config())


def rows_text(column: BriefingColumn) -> list[str]:
    return [row.text for row in column.rows]


# Several articles and the list


async def test_articles_load_and_the_list_shows_each(briefing_paths):
    app = open_app(briefing_paths)
    async with app.run_test(size=WIDE) as pilot:
        await wait_loaded(pilot)  # the first article shows while the others load
        screen = app.screen
        assert screen.current == 0
        await wait_all_read(pilot)
        assert screen.progress_text == "6/6 loaded"
        article_list = screen.query_one(ArticleList)
        assert article_list.border_subtitle == "5 unread"
        seed = str(article_list.prompt(0))
        assert "N. Korean troops in Russia" in seed
        assert "quotes" in seed and "figures" in seed and "facts" in seed
        dated = str(article_list.prompt(1))
        assert "2019-11-18" in dated  # the NASA page's date
        assert app.focused is screen.digest_pane("facts")


async def test_brackets_and_the_list_move_between_articles(briefing_paths):
    app = open_app(briefing_paths)
    async with app.run_test(size=WIDE) as pilot:
        await wait_all_read(pilot)
        screen = app.screen
        order = screen.order
        await pilot.press("right_square_bracket")
        assert screen.current == order[1]
        assert screen.is_loaded
        assert screen.brief is screen.rows[order[1]].brief
        title = str(screen.query_one("#brief-title").render())
        assert title == screen.brief.article.title
        await pilot.press("right_square_bracket", "left_square_bracket", "left_square_bracket")
        assert screen.current == order[0]
        await pilot.press("left_square_bracket")
        assert screen.current == order[0]
        assert "This is the first article." in messages(app)
        await pilot.press("l")
        assert isinstance(app.focused, ArticleList)
        await pilot.press("j", "j", "enter")
        await wait_until(pilot, lambda: screen.current == order[2])
        assert app.focused is screen.digest_pane("facts")
        # Panes keep working on the new article.
        await pilot.press("2", "j")
        assert screen.digest_pane("quotes").highlighted == 1


async def test_briefing_groups_quotes_figures_and_facts(briefing_paths):
    app = open_app(briefing_paths)
    async with app.run_test(size=WIDE) as pilot:
        await wait_all_read(pilot)
        screen = app.screen
        await pilot.press("b")
        await wait_until(pilot, lambda: screen.show_briefing)
        view = screen.briefing_view
        briefing = screen.briefing
        seed = screen.order.index(0)
        zelenskyy = screen.order.index(5)

        # One speaker's quotes from two articles under one heading.
        quotes = view.column("quotes")
        headings = [row.text for row in quotes.rows if row.is_heading]
        zelenskyy_headings = [h for h in headings if "Zelenskyy" in h]
        assert len(zelenskyy_headings) == 1
        assert zelenskyy_headings[0].startswith("Ukrainian President Volodymyr Zelenskyy")
        group = next(g for g in briefing.speakers if "Zelenskyy" in g.heading)
        assert set(group.articles) == {seed, zelenskyy}
        start = rows_text(quotes).index(zelenskyy_headings[0])
        under = []
        for row in quotes.rows[start + 1 :]:
            if row.is_heading:
                break
            under.append(row)
        assert {row.source for row in under} == {0, 5}
        noem = [h for h in headings if "Kristi Noem" in h]
        assert len(noem) == 1 and "2 articles" in noem[0]

        # Two articles' figures about the same thing side by side.
        figures = view.column("figures")
        heading = next(row for row in figures.rows if row.is_heading)
        assert "North Korean" in heading.text
        assert f"[{seed + 1}]" in heading.text and f"[{zelenskyy + 1}]" in heading.text
        assert "3,000" in heading.text and "12,000" in heading.text

        # A fact told by two articles is shown once, naming both.
        facts = view.column("facts")
        lead = [row for row in facts.rows if row.text.startswith(LEAD)]
        assert len(lead) == 1
        assert f"[{seed + 1}]" in lead[0].text and f"[{zelenskyy + 1}]" in lead[0].text
        assert len(facts.rows) == len(briefing.facts) <= Config().facts_shown

        # b again goes back to the article.
        await pilot.press("b")
        assert not screen.show_briefing and screen.is_loaded


async def select_zelenskyy_quote_in_the_briefing(pilot):
    """Open the briefing view and select the quote of the Zelenskyy article (source 5)."""
    await wait_all_read(pilot)
    screen = pilot.app.screen
    await pilot.press("b")
    await wait_until(pilot, lambda: screen.show_briefing)
    await pilot.press("2")
    quotes = screen.briefing_view.column("quotes")
    assert pilot.app.focused is quotes
    target = next(row for row in quotes.rows if not row.is_heading and row.source == 5)
    quotes.highlighted = quotes.rows.index(target)
    return target


async def test_enter_in_the_briefing_opens_the_article_at_its_sentence(briefing_paths):
    app = open_app(briefing_paths)
    async with app.run_test(size=WIDE) as pilot:
        target = await select_zelenskyy_quote_in_the_briefing(pilot)
        screen = app.screen
        await pilot.press("enter")
        await wait_until(pilot, lambda: not screen.show_briefing and screen.is_loaded)
        assert screen.current == 5
        assert screen.article.highlight == target.sentence
        assert "We see that North Korea" in screen.article.highlighted_text
        assert app.focused is screen.article


async def test_y_and_c_copy_from_the_briefing_with_the_items_own_article(briefing_paths):
    app = open_app(briefing_paths)
    async with app.run_test(size=WIDE) as pilot:
        target = await select_zelenskyy_quote_in_the_briefing(pilot)
        screen = app.screen
        await pilot.press("y")
        quote = target.item
        assert app.clipboard.startswith(f'"{quote.text}" — ')
        assert "Zelenskyy" in app.clipboard.splitlines()[0]
        zelenskyy = screen.briefing.briefs[target.article].article
        assert zelenskyy.title in app.clipboard  # the quote's own article, not the current one
        # c copies the focused column's item: a key fact with its first source.
        await pilot.press("1", "c")
        facts = screen.briefing_view.column("facts")
        fact_row = facts.selected_row
        assert fact_row is not None and app.clipboard.startswith(fact_row.item.text)
        source = screen.briefing.briefs[fact_row.article].article
        assert (source.title or "") in app.clipboard
        # y copies the focused column's item too (a yank of the selection, as in vim).
        app.copy_to_clipboard("")
        await pilot.press("y")
        assert app.clipboard.startswith(fact_row.item.text)
        await pilot.press("3", "c")
        figure = screen.briefing_view.column("figures").selected_row.item
        assert app.clipboard.startswith(figure.qualifier or figure.value)


async def test_tab_and_numbers_move_between_briefing_columns(briefing_paths):
    app = open_app(briefing_paths[:2])
    async with app.run_test(size=WIDE) as pilot:
        await wait_all_read(pilot)
        await pilot.press("b")
        await wait_until(pilot, lambda: app.screen.show_briefing)
        assert app.focused.id == "briefing-facts"
        await pilot.press("tab")
        assert app.focused.id == "briefing-quotes"
        await pilot.press("3")
        assert app.focused.id == "briefing-figures"


# Failures


async def test_a_broken_file_is_a_marked_row_and_the_rest_work(tmp_path: Path):
    binary = tmp_path / "photo.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    missing = tmp_path / "gone.txt"
    app = open_app([str(SEED), str(binary), str(missing), str(ZELENSKYY)])
    async with app.run_test(size=WIDE) as pilot:
        await wait_all_read(pilot)
        screen = app.screen
        assert screen.progress_text == "4/4 loaded · 2 failed"
        article_list = screen.query_one(ArticleList)
        broken = str(article_list.prompt(1))
        assert broken.startswith("✗ photo.txt")
        assert "PNG image, not a web page" in broken
        gone = str(article_list.prompt(2))
        assert gone.startswith("✗ gone.txt") and "no such file" in gone
        # The failed article shows its reason; the others are usable.
        await pilot.press("right_square_bracket")
        assert screen.current == 1 and not screen.is_loaded
        reason = str(screen.query_one("#article-failed-reason").render())
        assert reason == screen.rows[1].reason
        await pilot.press("right_square_bracket", "right_square_bracket")
        assert screen.current == 3 and screen.is_loaded
        await pilot.press("2", "y")
        assert "Zelenskyy" in app.clipboard
        await pilot.press("b")
        await wait_until(pilot, lambda: screen.show_briefing)
        assert len(screen.briefing.briefs) == 2
        assert [f.path for f in screen.briefing.failed] == [str(binary), str(missing)]


async def test_when_every_file_fails_the_error_screen_gives_the_exit_code(tmp_path: Path):
    app = open_app([str(tmp_path / "a.txt"), str(tmp_path / "b.txt")])
    async with app.run_test(size=WIDE) as pilot:
        await wait_until(pilot, lambda: isinstance(app.screen, ErrorScreen), tries=300)
        text = str(app.screen.query_one("#error-message").render())
        assert text.startswith("None of the 2 articles could be read.")
        await pilot.press("q")
        await pilot.pause()
        assert app.return_code == 3  # file not found


async def test_a_folder_opens_as_a_briefing(tmp_path: Path):
    folder = tmp_path / "today"
    folder.mkdir()
    shutil.copy(SEED, folder / "b-seed.txt")
    shutil.copy(ZELENSKYY, folder / "a-zelenskyy.md")
    (folder / "notes.pdf").write_bytes(b"%PDF")  # not a saved page: left out
    app = open_app([str(folder)])
    async with app.run_test(size=WIDE) as pilot:
        await wait_all_read(pilot)
        assert app.screen.multi
        assert [row.name for row in app.screen.rows] == ["a-zelenskyy.md", "b-seed.txt"]


# Export


async def test_e_exports_the_briefing_as_markdown(briefing_paths, tmp_path: Path):
    target = tmp_path / "out" / "morning.md"
    target.parent.mkdir()
    app = open_app(briefing_paths)
    async with app.run_test(size=WIDE) as pilot:
        await wait_all_read(pilot)
        await pilot.press("e")
        await wait_until(pilot, lambda: isinstance(app.screen, ExportScreen))
        field = app.screen.query_one(Input)
        assert field.value == "briefing.md"
        field.value = str(target)
        await pilot.press("enter")
        await wait_until(pilot, lambda: target.exists())
        assert any(f"to {target}" in m for m in messages(app))
    tokens = MarkdownIt().parse(target.read_text(encoding="utf-8"))
    headings = [
        (tokens[i].tag, tokens[i + 1].content)
        for i, token in enumerate(tokens)
        if token.type == "heading_open"
    ]
    assert headings[0] == ("h1", "Briefing: 6 articles")
    h2 = [text for tag, text in headings if tag == "h2"]
    assert h2 == ["Sources", "Key facts", "Quotes by speaker", "Figures by subject"]
    h3 = [text for tag, text in headings if tag == "h3"]
    assert sum("Zelenskyy" in text for text in h3) == 1
    assert not list(target.parent.glob(".briefreader-*"))  # no temporary file left


async def test_export_to_an_impossible_place_says_why(briefing_paths, tmp_path: Path):
    app = open_app(briefing_paths[:2])
    async with app.run_test(size=WIDE) as pilot:
        await wait_all_read(pilot)
        await pilot.press("e")
        await wait_until(pilot, lambda: isinstance(app.screen, ExportScreen))
        app.screen.query_one(Input).value = str(tmp_path / "no" / "such" / "dir" / "b.md")
        await pilot.press("enter")
        await wait_until(pilot, lambda: any("cannot write" in m for m in messages(app)))
        await pilot.press("e")
        await wait_until(pilot, lambda: isinstance(app.screen, ExportScreen))
        await pilot.press("escape")
        await wait_until(pilot, lambda: not isinstance(app.screen, ExportScreen))


# Settings


async def test_settings_apply_theme_keys_template_and_facts(briefing_paths, tmp_path, monkeypatch):
    settings = tmp_path / "config.toml"
    settings.write_text(
        'theme = "nord"\n'
        'quote_template = "{speaker}: {text}"\n'
        "facts_shown = 2\n"
        "[keys]\n"
        'briefing = "v"\n'
        'next_article = "ctrl+n"\n'
        'bogus = "x"\n',
        encoding="utf-8",
    )
    monkeypatch.setenv("BRIEFREADER_CONFIG", str(settings))
    app = create_app(briefing_paths, use_system_clipboard=False)
    async with app.run_test(size=WIDE) as pilot:
        await wait_all_read(pilot)
        screen = app.screen
        assert app.theme == "nord"
        assert any("Unknown action in [keys]: bogus" in m for m in messages(app))
        assert len(screen.digest_pane("facts").items) == 2
        await pilot.press("2", "y")
        assert app.clipboard.startswith("the National Intelligence Service (NIS): ")
        await pilot.press("ctrl+n")
        assert screen.current == screen.order[1]
        await pilot.press("v")
        await wait_until(pilot, lambda: screen.show_briefing)
        assert len(screen.briefing.facts) == 2
        # The help lists the keys in effect, not the defaults.
        await pilot.press("question_mark")
        await wait_until(pilot, lambda: isinstance(app.screen, HelpScreen))
        shown = [str(widget.render()) for widget in app.screen.query(".help-key")]
        assert "v" in shown and "ctrl+n  [" in shown
        assert "b" not in shown and "]  [" not in shown


async def test_a_broken_settings_file_warns_and_uses_defaults(tmp_path, monkeypatch):
    settings = tmp_path / "config.toml"
    settings.write_text('theme = "nord\n', encoding="utf-8")
    monkeypatch.setenv("BRIEFREADER_CONFIG", str(settings))
    app = create_app(str(SEED), use_system_clipboard=False)
    async with app.run_test(size=WIDE) as pilot:
        await wait_loaded(pilot)
        assert any("not valid TOML" in m and "default settings" in m for m in messages(app))
        assert app.theme == "textual-dark"
        await pilot.press("2", "y")
        assert app.clipboard.startswith('"')  # the built-in quote format


async def test_single_file_has_no_article_keys(tmp_path):
    app = create_app(str(SEED), use_system_clipboard=False, config=Config())
    async with app.run_test(size=NARROW) as pilot:
        await wait_loaded(pilot)
        screen = app.screen
        assert not screen.multi and not screen.query(ArticleList)
        for action in ("next_article", "previous_article", "briefing"):
            assert screen.check_action(action, ()) is False
        await pilot.press("b", "right_square_bracket")
        assert screen.is_loaded and not screen.show_briefing
