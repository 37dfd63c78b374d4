"""Issue 11 in a real terminal (tmux): what only a terminal shows.

- Item 1: opening a page full of escapes, with no key pressed, sets no title and writes no
  clipboard (tmux runs with ``set-clipboard on``: an OSC 52 from the page would land in its
  paste buffers, an OSC 0/2 in the pane title); a copied quote holds no escape either.
- Item 14: while the reader shows "Reading…" (a URL that drips its page), ``q`` and
  ``ctrl+q`` quit (the process ends, not only the screen).
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from tests.hostile.pages import (
    ESCAPES,
    PARAGRAPHS,
    TITLE,
    Reply,
    controls_in,
    html_page,
    laced_paragraphs,
    serve,
    text_dump,
)
from tests.tui.test_tmux_e2e import BRIEFREADER, TMUX, Tmux, copy_the_first_quote, start

pytestmark = [
    pytest.mark.skipif(TMUX is None, reason="tmux is not installed"),
    pytest.mark.skipif(BRIEFREADER is None, reason="the briefreader command is not installed"),
]

#: What the page tries: a clipboard write, a title, a C1 OSC, a hyperlink, a DCS (Textual
#: drops BEL, so the sequences that work through it end with ST).
PAGE_ESCAPES = "".join(
    ESCAPES[name]
    for name in ("osc52-clipboard-st", "osc2-title", "osc0-title", "c1-osc", "osc8-link", "dcs")
)


def _title(tmux: Tmux) -> str:
    return tmux.run("display-message", "-p", "-t", "reader", "#{pane_title}")


def _buffers(tmux: Tmux) -> str:
    return tmux.run("list-buffers", check=False)


def test_opening_a_page_full_of_escapes_sets_no_title_and_no_clipboard(tmp_path: Path) -> None:
    page = tmp_path / "valley-water.txt"
    page.write_text(
        text_dump(f"{TITLE} {PAGE_ESCAPES}", laced_paragraphs(PAGE_ESCAPES)), encoding="utf-8"
    )
    tmux = Tmux(tmp_path)
    try:
        start(tmux, f"{BRIEFREADER} open {page}; echo EXIT=$?; sleep 30")
        tmux.wait_for("the brief", lambda: "Key facts" in tmux.screen())
        time.sleep(1.0)  # every pane drawn, the article too
        problems = []
        if "HOSTILE" in _title(tmux):
            problems.append(f"the page set the title: {_title(tmux)!r}")
        if _buffers(tmux):
            problems.append(f"the page wrote the clipboard: {tmux.buffer()!r}")
        assert not problems, problems
        copy_the_first_quote(tmux, "losing water")
        assert not controls_in(tmux.buffer())
        tmux.run("send-keys", "-t", "reader", "q")
        tmux.wait_for("the exit code", lambda: "EXIT=0" in tmux.screen())
        assert "HOSTILE" not in _title(tmux)
    finally:
        tmux.kill()


def test_opening_a_clean_page_copies_its_quote(tmp_path: Path) -> None:
    """The same steps on the same article without escapes (the test above minus the page)."""
    page = tmp_path / "valley-water.txt"
    page.write_text(text_dump(TITLE, PARAGRAPHS), encoding="utf-8")
    tmux = Tmux(tmp_path)
    try:
        start(tmux, f"{BRIEFREADER} open {page}; echo EXIT=$?; sleep 30")
        tmux.wait_for("the brief", lambda: "Key facts" in tmux.screen())
        assert _buffers(tmux) == ""
        tmux.run("send-keys", "-t", "reader", "2")
        tmux.wait_for("the Quotes pane", lambda: "Copy quote" in tmux.screen())
        tmux.run("send-keys", "-t", "reader", "y")
        tmux.wait_for("the copied quote", lambda: "losing water" in tmux.buffer())
        tmux.run("send-keys", "-t", "reader", "q")
        tmux.wait_for("the exit code", lambda: "EXIT=0" in tmux.screen())
    finally:
        tmux.kill()


@pytest.mark.parametrize("key", ["q", "C-q"])
def test_quit_keys_work_while_a_url_is_still_being_read(tmp_path: Path, key: str) -> None:
    page = html_page(TITLE, PARAGRAPHS).encode("utf-8")
    with serve({"/meters": Reply(page, drip=0.5)}) as (base, _):
        tmux = Tmux(tmp_path)
        try:
            start(tmux, f"{BRIEFREADER} open {base}/meters --timeout 60; echo EXIT=$?; sleep 30")
            tmux.wait_for("the reading state", lambda: "Reading" in tmux.screen())
            tmux.run("send-keys", "-t", "reader", key)
            deadline = time.monotonic() + 3
            while time.monotonic() < deadline and "EXIT=" not in tmux.screen():
                time.sleep(0.1)
            assert "EXIT=" in tmux.screen(), f"{key} did not quit; the screen:\n{tmux.screen()}"
        finally:
            tmux.kill()
