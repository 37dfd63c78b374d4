"""The copied texts and the choice of system clipboard tool (no app needed)."""

from __future__ import annotations

import sys

import pytest

from briefreader.model import Brief
from briefreader.render import citations
from briefreader.tui import clipboard
from tests.tui.sample_brief import TITLE, make_brief


@pytest.fixture
def brief() -> Brief:
    return make_brief()


def test_quote_citation_has_speaker_title_and_site(brief: Brief):
    text = citations.quote_citation(brief.quotes[0], brief.article)
    assert text == (
        '"North Korea\'s troop deployment in Russia is underway," — NIS\n'
        f"({TITLE}, The Korea Times)"
    )


def test_citation_leaves_unknown_source_out():
    brief = make_brief(site=None)
    assert citations.source_line(brief.article) == f"({TITLE})"
    bare = citations.quote_citation(
        brief.quotes[3], brief.article.__class__(brief.article.source, brief.article.paragraphs)
    )
    assert bare == '"soon." — unknown speaker'


def test_quotes_markdown_lists_every_quote(brief: Brief):
    text = citations.quotes_markdown(brief)
    assert text.startswith(f"## Quotes: {TITLE}\n\n*The Korea Times*\n\n")
    assert text.count('> "') == len(brief.quotes)
    assert "> — a senior unification ministry official" in text


def test_figure_citation(brief: Brief):
    assert citations.figure_value(brief.figures[4]) == "12,000"
    text = citations.figure_citation(brief.figures[3], brief.article)
    assert text.splitlines()[0] == "around $800"  # no subject: value and qualifier only
    assert text.splitlines()[1] == brief.figures[3].context


@pytest.mark.parametrize(
    ("env", "platform", "present", "expected"),
    [
        ({"WAYLAND_DISPLAY": "wayland-0"}, "linux", {"wl-copy"}, ["wl-copy"]),
        ({"DISPLAY": ":0"}, "linux", {"xclip"}, ["xclip", "-selection", "clipboard"]),
        ({"DISPLAY": ":0"}, "linux", {"xsel"}, ["xsel", "--clipboard", "--input"]),
        ({}, "darwin", {"pbcopy"}, ["pbcopy"]),
        ({"WSL_DISTRO_NAME": "Ubuntu"}, "linux", {"clip.exe"}, ["clip.exe"]),
        ({}, "win32", {"clip.exe"}, ["clip.exe"]),
        ({}, "linux", {"xclip", "wl-copy"}, None),  # over SSH: no display, OSC 52 only
        ({"DISPLAY": ":0"}, "linux", set(), None),
    ],
)
def test_system_clipboard_command(env, platform, present, expected):
    def which(name: str) -> str | None:
        return f"/usr/bin/{name}" if name in present else None

    assert clipboard.system_clipboard_command(env, platform, which) == expected


def test_clipboard_tool_success_failure_and_timeout():
    python = sys.executable
    assert clipboard.run_clipboard_tool([python, "-c", "import sys; sys.stdin.read()"], "x") is None
    failed = clipboard.run_clipboard_tool([python, "-c", "raise SystemExit(3)"], "x")
    assert failed is not None and "failed" in failed
    slow = clipboard.run_clipboard_tool([python, "-c", "import time; time.sleep(5)"], "x", 0.2)
    assert slow is not None and "did not answer" in slow
    missing = clipboard.run_clipboard_tool(["no-such-clipboard-tool"], "x")
    assert missing is not None and "failed" in missing
