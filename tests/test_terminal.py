"""render/terminal.py, the one place that makes text safe for a terminal, and where it is used:
the article (extraction strips its controls), error messages, JSON, the settings' listing.

The end-to-end checks (every output form, a real terminal) are in tests/hostile/ and
tests/tui/test_tmux_hostile.py; these pin down each piece.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from briefreader import errors
from briefreader.cli import app
from briefreader.extract import extract_article
from briefreader.extract.clean import without_controls
from briefreader.model import Article, Caption, Document, Source
from briefreader.render.terminal import (
    escape_json_controls,
    one_line,
    show_controls,
    strip_controls,
)
from tests.hostile.pages import ESCAPES, clean_text, controls_in

runner = CliRunner()


@pytest.mark.parametrize("escape", list(ESCAPES), ids=list(ESCAPES))
def test_strip_controls_removes_each_escape_and_keeps_the_words(escape: str) -> None:
    text = f"The board {escape} voted on Thursday."
    stripped = strip_controls(text)
    assert not controls_in(stripped)
    assert stripped.startswith("The board ") and stripped.endswith(" voted on Thursday.")
    assert "  " not in stripped
    assert "\x1b" not in stripped and "HOSTILE" not in stripped and "pwned" not in stripped


def test_strip_controls_keeps_the_text_of_a_link_and_drops_its_target() -> None:
    assert strip_controls(f"See {ESCAPES['osc8-link']} now") == "See click here now"


def test_strip_controls_leaves_clean_text_as_it_is() -> None:
    text = "Straße\tcafé — “quoted”\nnext line  with two spaces"
    assert strip_controls(text) is text


def test_a_control_between_words_becomes_a_space() -> None:
    assert strip_controls("water\x0cboard\rvote\x1fnow\r\nend") == "water board vote now\nend"


def test_an_unterminated_string_sequence_leaves_only_its_text() -> None:
    # Its introducer goes (ESC and "]"); with no terminator its text is only text.
    assert strip_controls("a \x1b]0;title without end") == "a 0;title without end"


def test_show_controls_writes_each_control_as_repr_does() -> None:
    assert show_controls("a\x1b[2J\tb\nc\x9b\u202ed\x7f") == "a\\x1b[2J\tb\nc\\x9b\\u202ed\\x7f"


def test_one_line_shows_newlines_and_tabs_too() -> None:
    shown = one_line("gone\nbriefreader: fake\tline\r")
    assert shown == "gone\\nbriefreader: fake\\tline\\r"
    assert "\n" not in shown


def test_escape_json_controls_keeps_the_value() -> None:
    value = {"text": "a\x7f\x85\x9b\u202a\u2069 é ü"}
    raw = escape_json_controls(json.dumps(value, ensure_ascii=False))
    assert not controls_in(raw)
    assert json.loads(raw) == value
    assert "é ü" in raw  # the rest stays as it is


# --- extraction -------------------------------------------------------------------------------


def _article(paragraphs: tuple[str, ...], captions: tuple[Caption, ...] = ()) -> Article:
    return Article(
        Source("page.txt", "text", "utf-8"),
        paragraphs,
        title="Meters \x1b]0;HOSTILE\x07approved",
        byline="By \u202eHelen",
        captions=captions,
    )


def test_the_article_loses_its_controls_and_an_emptied_paragraph() -> None:
    article = _article(
        ("First \x1b[2J paragraph.", "\x1b]52;c;ZXZpbA==\x07", "Third\x9b2J paragraph."),
        (Caption("A \x07meter", "Photo\x08", after_paragraph=1), Caption("\x1b[H", None, 0)),
    )
    clean = without_controls(article)
    assert clean.paragraphs == ("First paragraph.", "Third paragraph.")
    assert clean.title == "Meters approved"
    assert clean.byline == "By Helen"
    # The caption that followed the dropped paragraph follows the one before it; the caption
    # that held only an escape is gone.
    assert clean.captions == (Caption("A meter", "Photo", after_paragraph=0),)


def test_an_article_of_controls_only_is_no_article() -> None:
    with pytest.raises(errors.NoArticle):
        without_controls(_article(("\x1b[2J", "\x07\x08")))


def test_a_clean_article_is_returned_as_it_is() -> None:
    article = Article(Source("page.txt", "text", "utf-8"), ("One.", "Two."), title="T")
    assert without_controls(article) is article


def test_extract_article_strips_the_page_of_every_kind() -> None:
    escape = ESCAPES["osc52-clipboard"] + ESCAPES["c1-csi"] + ESCAPES["bidi-override"]
    text = clean_text().replace("meters", f"meters {escape}")
    article = extract_article(Document(Source("page.txt", "text", "utf-8"), text))
    assert "meters" in " ".join(article.paragraphs)
    assert not controls_in(" ".join((article.title or "", *article.paragraphs)))


# --- messages and outputs that are not page text ----------------------------------------------


def test_an_error_message_is_one_line_and_keeps_the_raw_path() -> None:
    name = "gone\nbriefreader: fake\x1b]0;T\x07.txt"
    error = errors.FileNotFound(name, "no such file", "check the path")
    assert str(error) == "gone\\nbriefreader: fake\\x1b]0;T\\x07.txt: no such file; check the path"
    assert error.path == name


def test_json_escapes_the_controls_of_a_file_name(tmp_path: Path) -> None:
    path = tmp_path / "meters\x9b2J\u202etxt.exe.txt"
    path.write_text(clean_text(), encoding="utf-8")
    result = runner.invoke(app, ["digest", str(path), "--format", "json"])
    assert result.exit_code == 0, result.stderr
    assert not controls_in(result.stdout)
    assert json.loads(result.stdout)["source"]["path"] == str(path)


def test_the_settings_listing_escapes_a_value_s_controls(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings = tmp_path / "config.toml"
    settings.write_text('theme = "dark\\u001b]0;HOSTILE\\u0007\\u202e"\n', encoding="utf-8")
    monkeypatch.setenv("BRIEFREADER_CONFIG", str(settings))
    result = runner.invoke(app, ["config"])
    assert result.exit_code == 0, result.stderr
    assert not controls_in(result.stdout)
    assert 'theme = "dark\\u001B]0;HOSTILE\\u0007\\u202E"' in result.stdout
