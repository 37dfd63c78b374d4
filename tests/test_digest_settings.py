"""``digest`` reads the settings file as the reader does: ``facts_shown`` sets how many key
facts each brief and each story of a briefing lists; a file that cannot be read is one line on
stderr and the defaults."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from briefreader.cli import app
from briefreader.defaults import DEFAULT_FACTS_SHOWN
from tests.conftest import SAMPLES, SEED

runner = CliRunner()


def _digest(tmp_path, settings: str | None, *args: str):
    path = tmp_path / "config.toml"
    if settings is not None:
        path.write_text(settings, encoding="utf-8")
    return runner.invoke(app, ["digest", *args], env={"BRIEFREADER_CONFIG": str(path)})


def test_facts_shown_sets_the_digest_facts(tmp_path):
    default = _digest(tmp_path, None, str(SEED), "--format", "json")
    assert default.exit_code == 0, default.stderr
    assert len(json.loads(default.stdout)["facts"]) == DEFAULT_FACTS_SHOWN
    for shown in (2, 5):
        result = _digest(tmp_path, f"facts_shown = {shown}\n", str(SEED), "--format", "json")
        assert result.exit_code == 0, result.stderr
        facts = json.loads(result.stdout)["facts"]
        assert len(facts) == shown
        # The same first facts as the default's: the count cuts the list, never reorders it.
        assert facts == json.loads(default.stdout)["facts"][:shown]


def test_facts_shown_sets_the_briefing_facts(tmp_path):
    files = [str(SEED), str(SAMPLES / "nytimes-sudan-sanctions.html")]
    result = _digest(tmp_path, "facts_shown = 2\n", *files, "--briefing", "--format", "json")
    assert result.exit_code == 0, result.stderr
    stories = json.loads(result.stdout)["stories"]
    assert stories and all(0 < len(story["facts"]) <= 2 for story in stories)
    wide = _digest(tmp_path, "facts_shown = 6\n", *files, "--briefing", "--format", "json")
    assert max(len(story["facts"]) for story in json.loads(wide.stdout)["stories"]) > 2


def test_a_broken_settings_file_is_one_line_and_the_defaults(tmp_path):
    result = _digest(tmp_path, "facts_shown = [\n", str(SEED), "--format", "json")
    assert result.exit_code == 0
    assert result.stderr.count("\n") == 1 and "config.toml" in result.stderr
    assert len(json.loads(result.stdout)["facts"]) == DEFAULT_FACTS_SHOWN


def test_a_briefing_ranks_the_facts_its_story_grouping_reads(tmp_path, facts_asked):
    """Stories are grouped by as many facts as the grouping was tuned on, whatever
    ``facts_shown`` shows (the stories list ``facts_shown``); a single digest ranks just
    ``facts_shown``."""
    from briefreader.defaults import STORY_FACTS_READ

    asked = facts_asked
    files = [str(SEED), str(SAMPLES / "nytimes-sudan-sanctions.html")]
    result = _digest(tmp_path, "facts_shown = 2\n", *files, "--briefing", "--format", "json")
    assert result.exit_code == 0, result.stderr
    assert asked == [STORY_FACTS_READ]
    assert all(len(story["facts"]) <= 2 for story in json.loads(result.stdout)["stories"])
    single = _digest(tmp_path, "facts_shown = 2\n", str(SEED), "--format", "json")
    assert single.exit_code == 0 and asked[-1] == 2
