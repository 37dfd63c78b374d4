"""Issue 11, items 8, 9, 11 and 12: inputs that were "unexpected error" (a bug) or a traceback.

Figures next to bare punctuation ("the top 10 of …"), numbers too large for a float, sizes and
timeouts that overflow, settings nested too deep and quote templates that cannot be filled.
(Item 10, Textual markup, is in ``tests/tui/test_hostile_reader.py``.)
"""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from briefreader import build_brief
from briefreader.errors import ConfigError
from briefreader.model import Article, Source
from tests.hostile.pages import (
    PARAGRAPHS,
    TITLE,
    Reply,
    assert_one_line_error,
    child_env,
    clean_text,
    html_page,
    run_briefreader,
    serve,
    text_dump,
)

USAGE = 2


def _article(*paragraphs: str) -> Article:
    return Article(Source("page.txt", "text", "utf-8"), tuple(paragraphs), title=TITLE)


def _strict(text: str) -> object:
    def refuse(constant: str) -> object:
        raise ValueError(f"not JSON: {constant}")

    return json.loads(text, parse_constant=refuse)


# --- item 8: "N of" before bare punctuation -------------------------------------------------------

OF_PUNCTUATION = [
    "The board ranked the top 12 of … and will publish the list in May.",
    "Crews had replaced 31 of ? meters by the end of the week, the board said.",
    "Only 75 of ... households answered the survey sent out in March.",
    "Some 9 of — the districts still read meters by hand.",
    "Inspectors checked 40 of “ ” sites before the vote.",
]


@pytest.mark.parametrize(
    "paragraph", OF_PUNCTUATION, ids=["ellipsis", "question", "dots", "dash", "quotes"]
)
def test_a_number_of_bare_punctuation_is_no_crash(paragraph: str) -> None:
    brief = build_brief(_article(PARAGRAPHS[0], paragraph))
    assert any(figure.span.paragraph == 1 for figure in brief.figures)


def test_a_number_of_bare_punctuation_through_the_command(tmp_path: Path) -> None:
    path = tmp_path / "ranking.txt"
    path.write_text(text_dump(TITLE, [*PARAGRAPHS, *OF_PUNCTUATION]), encoding="utf-8")
    result = run_briefreader("digest", path, "--format", "json")
    assert result.returncode == 0, result.stderr
    _strict(result.stdout.decode("utf-8"))


# --- item 9: numbers past the largest float -------------------------------------------------------

HUGE = "9" * 400
OVERFLOWING = [
    f"The board said {HUGE} litres were lost to leaks, a figure nobody could check.",
    f"A rival estimate put the losses at {'1' + '0' * 320} gallons a year.",
    f"The consultant billed $1{'0' * 305} billion, the auditor found.",
    "A typo in the report listed 1e999 meters and 3,000 new pipes.",
    f"Between {'8' * 330} and {'9' * 330} complaints were filed, the clerk joked.",
]


@pytest.mark.parametrize(
    "paragraph", OVERFLOWING, ids=["400-digits", "1e320", "1e305-billion", "1e999", "range"]
)
def test_a_number_too_large_for_a_float_has_no_number(paragraph: str) -> None:
    brief = build_brief(_article(PARAGRAPHS[0], paragraph))
    for figure in brief.figures:
        assert figure.number is None or math.isfinite(figure.number), figure


def test_a_number_too_large_for_a_float_is_null_in_strict_json(tmp_path: Path) -> None:
    path = tmp_path / "leaks.txt"
    path.write_text(text_dump(TITLE, [*PARAGRAPHS, *OVERFLOWING]), encoding="utf-8")
    for output_format in ("json", "jsonl"):
        result = run_briefreader("digest", path, "--format", output_format)
        assert result.returncode == 0, result.stderr
        data = _strict(result.stdout.decode("utf-8"))
        assert isinstance(data, dict)
        huge = [f for f in data["figures"] if f["value"].startswith(HUGE[:20])]
        assert huge and all(f["number"] is None for f in huge)
        assert any(f["value"] == "42,000" and f["number"] == 42000 for f in data["figures"])


# --- item 11: sizes and timeouts ------------------------------------------------------------------


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "meters.txt"
    path.write_text(clean_text(), encoding="utf-8")
    return path


@pytest.mark.parametrize("size", ["infM", "1e999M", "99999999999999999999999G", "-infK"])
def test_a_size_too_large_to_count_is_a_usage_error(article: Path, size: str) -> None:
    result = run_briefreader("digest", article, f"--max-size={size}")
    assert result.returncode == USAGE, result.stderr
    assert b"unexpected error" not in result.stderr
    assert b"--max-size" in result.stderr or b"size" in result.stderr


@pytest.mark.parametrize("size", ["0", "-1", "-5M", "0.0000001K"])
def test_a_size_of_nothing_is_a_usage_error(article: Path, size: str) -> None:
    result = run_briefreader("digest", article, f"--max-size={size}")
    assert result.returncode == USAGE, result.stderr
    assert b"-0 MB" not in result.stderr


def test_a_size_that_is_no_number_is_a_usage_error(article: Path) -> None:
    result = run_briefreader("digest", article, "--max-size=nanM")
    assert result.returncode == USAGE
    assert b"not a size" in result.stderr


def test_an_infinite_timeout_is_refused_or_works(tmp_path: Path) -> None:
    page = html_page(TITLE, PARAGRAPHS).encode("utf-8")
    with serve({"/meters": Reply(page)}) as (base, _):
        result = run_briefreader("digest", f"{base}/meters", "--timeout", "inf", timeout=30)
    assert b"unexpected error" not in result.stderr
    assert result.returncode in (0, USAGE), result.stderr
    if result.returncode == 0:
        assert b"Okafor" in result.stdout


def test_a_huge_timeout_is_refused_or_works(tmp_path: Path) -> None:
    page = html_page(TITLE, PARAGRAPHS).encode("utf-8")
    with serve({"/meters": Reply(page)}) as (base, _):
        result = run_briefreader("digest", f"{base}/meters", "--timeout", "1e308", timeout=30)
    assert result.returncode in (0, USAGE), result.stderr
    if result.returncode == 0:
        assert b"Okafor" in result.stdout


# --- item 12: settings ----------------------------------------------------------------------------


def _config(tmp_path: Path, text: str):  # type: ignore[no-untyped-def]
    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    return run_briefreader("config", env=child_env(BRIEFREADER_CONFIG=str(path)))


@pytest.mark.parametrize("opening", ["[", "{a = "], ids=["arrays", "tables"])
def test_settings_nested_too_deep_are_a_config_error(tmp_path: Path, opening: str) -> None:
    result = _config(tmp_path, "theme = " + opening * 100_000 + "\n")
    assert result.returncode == ConfigError.exit_code, result.stderr
    assert_one_line_error(result.stderr, "config.toml")


@pytest.mark.parametrize(
    "template",
    ["{text:d}", "{speaker:%}", "{text:{title}}", "{date:>99999999999999999999}", "{text!x}"],
)
def test_a_quote_template_that_cannot_be_filled_is_refused_when_loading(
    tmp_path: Path, template: str
) -> None:
    result = _config(tmp_path, f"quote_template = {json.dumps(template)}\n")
    assert result.returncode == ConfigError.exit_code, result.stdout
    assert_one_line_error(result.stderr, "config.toml", "quote_template")


@pytest.mark.parametrize("template", ["{text} — {speaker}", "{text!r} ({date:>12})", "{{x}}"])
def test_a_quote_template_that_can_be_filled_is_accepted(tmp_path: Path, template: str) -> None:
    result = _config(tmp_path, f"quote_template = {json.dumps(template)}\n")
    assert result.returncode == 0, result.stderr
