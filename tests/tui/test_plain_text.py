"""What the reader shows of a stranger's text is text: never Textual markup, never a control
sequence (issue 11 items 1, 3, 10), and search marks whole characters (item 18).

The reproductions are in test_hostile_reader.py; these keep the rules that fix them.
"""

from __future__ import annotations

import ast
import threading
from pathlib import Path

import pytest
from textual.widgets import Input, Static

import briefreader.tui
from briefreader.config import Config
from briefreader.model import Brief
from briefreader.sources import ArticleSource
from briefreader.tui.app import create_app
from briefreader.tui.search import find_all
from tests.hostile.pages import controls_in
from tests.tui.conftest import WIDE, wait_loaded, wait_until
from tests.tui.sample_brief import make_brief

TUI = Path(briefreader.tui.__file__).parent


def _notify_calls() -> list[tuple[str, int, ast.Call]]:
    """Every call of ``notify`` in the reader's code (``x.notify(...)``, and
    ``call_from_thread(x.notify, ...)``), with its file and line."""
    calls = []
    for path in sorted(TUI.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            function = node.func
            named = isinstance(function, ast.Attribute) and function.attr == "notify"
            handed = (
                isinstance(function, ast.Attribute)
                and function.attr == "call_from_thread"
                and node.args
                and isinstance(node.args[0], ast.Attribute)
                and node.args[0].attr == "notify"
            )
            if named or handed:
                calls.append((path.relative_to(TUI).as_posix(), node.lineno, node))
    return calls


def test_every_toast_of_the_reader_is_plain_text() -> None:
    calls = _notify_calls()
    assert len(calls) > 10  # the scan sees the reader's toasts
    markup_on = [
        f"{path}:{line}"
        for path, line, call in calls
        if not any(
            keyword.arg == "markup"
            and isinstance(keyword.value, ast.Constant)
            and keyword.value.value is False
            for keyword in call.keywords
        )
        # App.notify itself hands ``markup`` on (it is the one that shows the controls).
        and not (path == "app.py" and any(k.arg == "markup" for k in call.keywords))
    ]
    assert not markup_on, f"notify without markup=False: {markup_on}"


@pytest.mark.parametrize(
    ("text", "query", "marked"),
    [
        ("Straße und Strasse", "strasse", ["Straße", "Strasse"]),
        ("Die Straße", "s", ["S", "ß"]),  # part of "ß" marks the whole "ß", once
        ("ﬁne ﬁnance", "fin", ["ﬁn", "ﬁn"]),
        ("the ﬁnal", "if", []),  # "ﬁ" folds to "fi": no "if" in it
        ("İzmir, Berlin", "berlin", ["Berlin"]),
        ("no match here", "zz", []),
    ],
)
def test_find_all_marks_whole_characters_of_the_text(
    text: str, query: str, marked: list[str]
) -> None:
    assert [text[start:end] for start, end in find_all(text, query)] == marked


def _app_over(path: str, brief: Brief | None = None, release: threading.Event | None = None):  # type: ignore[no-untyped-def]
    def loader() -> Brief:
        if release is not None:
            release.wait(10)
        return brief or make_brief()

    return create_app(
        sources=[ArticleSource(path, loader)], use_system_clipboard=False, config=Config()
    )


async def test_a_file_name_with_escapes_is_shown_on_one_line_while_reading() -> None:
    release = threading.Event()
    app = _app_over("gone\x1b]0;HOSTILE\x07\nfake\u202e.txt", release=release)
    try:
        async with app.run_test(size=WIDE) as pilot:
            await pilot.pause(0.2)
            shown = [str(static.render()) for static in app.screen.query(Static)]
            assert any("HOSTILE" in text for text in shown), shown
            for text in shown:
                assert not controls_in(text) and "\n" not in text, text
            release.set()
            await wait_loaded(pilot)
    finally:
        release.set()


async def test_a_search_with_control_characters_shows_them_as_escapes() -> None:
    app = _app_over("meters.txt")
    async with app.run_test(size=WIDE, notifications=True) as pilot:
        await wait_loaded(pilot)
        await pilot.press("slash")
        await wait_until(pilot, lambda: isinstance(app.focused, Input))
        app.focused.value = "troops\x1b]0;HOSTILE\x07[b]"  # type: ignore[union-attr]
        await pilot.press("enter")
        await pilot.pause()
        line = str(app.screen.query_one("#search-status").render())
        assert "\\x1b]0;HOSTILE\\x07[b]" in line, line
        assert not controls_in(line)
