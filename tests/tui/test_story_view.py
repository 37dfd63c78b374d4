"""Pilot tests of the story view (``s`` in a briefing): the articles on one event together,
most sources first; enter opens an item at its source; escape closes it.

The articles are the inline stories of ``tests/story_articles.py`` written out as Markdown
pages (three outlets on one ferry fire, two on one rate rise, one on a football match)."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefreader.config import Config
from briefreader.tui.app import create_app
from briefreader.tui.screens.briefing import BriefingScreen
from briefreader.tui.screens.stories import StoriesScreen
from briefreader.tui.widgets.story_view import StoryView
from tests.story_articles import ARTICLES
from tests.tui.conftest import NARROW, WIDE, wait_all_read, wait_until

#: The ferry fire (3 outlets), the rate rise (2) and one match: six pages.
PICKED = (0, 1, 2, 3, 4, 5)


@pytest.fixture
def story_paths(tmp_path: Path) -> list[str]:
    paths = []
    for k in PICKED:
        _, title, date, paragraphs = ARTICLES[k]
        page = tmp_path / f"{k}.md"
        page.write_text(f"# {title}\n\n" + "\n\n".join(paragraphs) + "\n", encoding="utf-8")
        paths.append(str(page))
    return paths


def open_app(paths: list[str]):
    return create_app(paths, use_system_clipboard=False, config=Config())


async def _open_stories(pilot) -> StoryView:
    await wait_all_read(pilot)
    await pilot.press("s")
    await wait_until(pilot, lambda: isinstance(pilot.app.screen, StoriesScreen))
    return pilot.app.screen.query_one(StoryView)


@pytest.mark.parametrize("size", [WIDE, NARROW])
async def test_stories_most_sources_first(story_paths, size):
    app = open_app(story_paths)
    async with app.run_test(size=size) as pilot:
        view = await _open_stories(pilot)
        headings = [row.text for row in view.rows if row.is_heading]
        assert headings[0].startswith("Story 1 · 3 sources")
        assert "Ferry fire" in headings[0] or "ferry" in headings[0].lower()
        assert headings[1].startswith("Story 2 · 2 sources")
        assert headings[-1].startswith(f"Story {len(headings)} · 1 source")
        assert app.focused is view
        assert view.border_title.startswith(f"Stories {len(headings)}")


async def test_a_shared_fact_names_every_source_and_differences_show(story_paths):
    app = open_app(story_paths)
    async with app.run_test(size=WIDE) as pilot:
        view = await _open_stories(pilot)
        texts = [row.text for row in view.rows]
        first_story = texts[
            : next(i for i, t in enumerate(texts[1:], 1) if t.startswith("Story 2"))
        ]
        assert any(t.count("[") >= 2 for t in first_story if not t.startswith("Story"))
        assert any(
            t.startswith("Sources differ: ") and "28" in t and "30" in t for t in first_story
        )
        assert any(t.startswith("Only in [") for t in first_story)


async def test_enter_opens_the_item_at_its_source(story_paths):
    app = open_app(story_paths)
    async with app.run_test(size=WIDE) as pilot:
        view = await _open_stories(pilot)
        row = view.selected_row
        assert row is not None and not row.is_heading
        await pilot.press("enter")
        await wait_until(pilot, lambda: isinstance(app.screen, BriefingScreen))
        screen = app.screen
        await wait_until(pilot, lambda: screen.current == row.source and screen.is_loaded)
        assert screen.highlight == row.sentence


async def test_escape_closes_and_j_moves(story_paths):
    app = open_app(story_paths)
    async with app.run_test(size=WIDE) as pilot:
        view = await _open_stories(pilot)
        before = view.highlighted
        await pilot.press("j")
        assert view.highlighted != before
        await pilot.press("escape")
        await wait_until(pilot, lambda: isinstance(app.screen, BriefingScreen))


async def test_page_text_is_not_markup(tmp_path):
    page = tmp_path / "markup.md"
    page.write_text(
        "# [bold]Hello[/] [@click=app.quit]x[/]\n\nThe council approved [red]a budget[/] of "
        "$2 billion on Monday after a long debate in the city hall chamber.\n",
        encoding="utf-8",
    )
    other = tmp_path / "other.md"
    other.write_text(
        "# Another story\n\nA different council rejected a plan for a new bridge on Friday "
        "evening after residents objected.\n",
        encoding="utf-8",
    )
    app = open_app([str(page), str(other)])
    async with app.run_test(size=WIDE) as pilot:
        view = await _open_stories(pilot)
        assert any("[red]a budget[/]" in row.text for row in view.rows)
        assert any(
            "[bold]Hello[/]" in str(view.get_option_at_index(i).prompt)
            for i in range(view.option_count)
        )
