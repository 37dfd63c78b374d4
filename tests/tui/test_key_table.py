"""The README's key table lists every key of the reader, and ``?`` shows the same (issue 16)."""

from __future__ import annotations

from pathlib import Path

from textual.binding import Binding

from briefreader.tui.keys import KEY_HELP, markdown_key_table
from briefreader.tui.screens.briefing import BriefingScreen
from briefreader.tui.screens.panes import PanesScreen
from briefreader.tui.screens.reader import ReaderScreen
from briefreader.tui.widgets.article_list import ArticleList
from briefreader.tui.widgets.article_view import ArticleView
from briefreader.tui.widgets.briefing_view import BriefingColumn
from briefreader.tui.widgets.digest_pane import DigestPane
from briefreader.tui.widgets.quotes_pane import QuotesPane
from tests.tui.conftest import NARROW, wait_loaded

README = Path(__file__).resolve().parents[2] / "README.md"

#: Textual's names of keys, as the help writes them.
SHOWN = {
    "slash": "/",
    "question_mark": "?",
    "right_square_bracket": "]",
    "left_square_bracket": "[",
    "apostrophe": "'",
    "down": "↓",
    "up": "↑",
}


def test_the_readme_table_is_the_help() -> None:
    assert markdown_key_table() in README.read_text(encoding="utf-8")


def _bound_keys() -> set[str]:
    from briefreader.tui.app import BriefReaderApp

    keys: set[str] = set()
    classes = [
        BriefReaderApp,
        PanesScreen,
        ReaderScreen,
        BriefingScreen,
        DigestPane,
        QuotesPane,
        ArticleView,
        ArticleList,
        BriefingColumn,
    ]
    for cls in classes:
        for klass in cls.__mro__:
            if not klass.__module__.startswith("briefreader"):
                continue  # Textual's own (ctrl+q, ctrl+c ...) are Textual's to document
            for binding in klass.__dict__.get("BINDINGS", []):
                if isinstance(binding, Binding):
                    keys.update(key.strip() for key in binding.key.split(","))
    return {SHOWN.get(key, key) for key in keys}


def test_every_bound_key_is_in_the_help() -> None:
    listed = {key for _, rows in KEY_HELP for keys, _ in rows for key in keys.split()}
    # Textual's own list keys the reader keeps (OptionList, the palette) are listed too.
    missing = _bound_keys() - listed - {"ctrl+p"}
    assert not missing, missing


async def test_help_shows_the_table(app) -> None:
    async with app.run_test(size=NARROW) as pilot:
        await wait_loaded(pilot)
        app.screen.multi = True  # the help of a briefing lists every group
        await pilot.press("question_mark")
        await pilot.pause()
        keys = [str(w.render()) for w in app.screen.query(".help-key")]
        descriptions = [str(w.render()) for w in app.screen.query(".help-description")]
        rows = [(k, d) for _, group in KEY_HELP for k, d in group]
        assert list(zip(keys, descriptions)) == rows
