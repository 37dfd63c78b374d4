"""Item 9 of issue 16, once more: a figure never runs into the dash after it ("28— [1]"), in
the briefing view's figures (headings and rows) at any width."""

from __future__ import annotations

import re

import pytest

from briefreader.config import Config
from briefreader.tui.app import create_app
from briefreader.tui.widgets.briefing_view import BriefingColumn
from tests.tui.conftest import NARROW, WIDE, wait_all_read, wait_until

FILES = [
    "samples/nk-troops.txt",
    "samples/twincities-parise.html",
    "samples/nytimes-sudan-sanctions.html",
    "samples/lemonde.html",
    "tests/tui/data/zelenskyy.md",
]

RUN_IN = re.compile(r"\S—")


@pytest.mark.parametrize("size", [WIDE, NARROW, (60, 20)])
async def test_no_figure_runs_into_its_dash(size) -> None:
    app = create_app(FILES, use_system_clipboard=False, config=Config())
    async with app.run_test(size=size) as pilot:
        await wait_all_read(pilot)
        await pilot.press("b")
        await wait_until(pilot, lambda: app.screen.show_briefing)
        await pilot.press("3")
        await pilot.pause()
        column = app.screen.query_one("#briefing-figures", BriefingColumn)
        texts = [row.text for row in column.rows]
        assert len(texts) > 5
        assert not [text for text in texts if RUN_IN.search(text)]
        # And as drawn: every line of the column on screen.
        drawn = [line.text for line in column.render_lines(column.region.reset_offset)]
        assert not [line for line in drawn if RUN_IN.search(line)], drawn
