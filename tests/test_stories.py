"""Stories across sources: the articles that report one event grouped, each story with its
facts (every source), figures (agreeing and differing), quotes by speaker and what each source
adds; the JSON of ``digest --briefing --format json``."""

from __future__ import annotations

import json
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from typer.testing import CliRunner

from briefreader.briefing import build_briefing
from briefreader.briefing.stories import SAME_EVENT, cluster, link, similarity
from briefreader.cli import app
from briefreader.render.briefing import briefing_json
from tests.story_articles import ARTICLES, pair_scores, story_briefs
from tests.story_articles_check import ARTICLES as CHECK_ARTICLES
from tests.story_articles_hard import ARTICLES as HARD_ARTICLES

ROOT = Path(__file__).resolve().parent.parent
DEVSET = ROOT / ".." / "shared" / "devset"
LABELS = ROOT / "tests" / "data" / "story_labels.json"
#: The pair precision and recall the grouping must reach on a labelled set.
FLOOR = 0.85
#: No labelled pair of the inline sets is closer than this to the threshold (a pair within a
#: hair of it would flip with any change of wording).
NO_CLOSER = 0.01


@pytest.fixture(scope="module")
def stories():
    return story_briefs()


def test_inline_stories_are_grouped_by_event(stories):
    briefs, events = stories
    precision, recall = pair_scores(cluster(briefs), events)
    assert precision >= FLOOR and recall >= FLOOR


def test_one_topic_on_two_days_is_two_stories(stories):
    briefs, events = stories
    groups = cluster(briefs)
    for a, b in (("match1", "match2"), ("hearing1", "hearing2"), ("quake1", "quake2")):
        for group in groups:
            assert not ({a, b} <= {events[i] for i in group})


def test_check_stories_are_grouped_by_event():
    """The second inline set, never used to choose the threshold."""
    briefs, events = story_briefs(CHECK_ARTICLES)
    groups = cluster(briefs)
    precision, recall = pair_scores(groups, events)
    assert precision >= FLOOR and recall >= FLOOR
    for a, b in (("hawks1", "hawks2"), ("inquiry1", "inquiry2"), ("bank1", "bank2")):
        assert not any({a, b} <= {events[i] for i in group} for group in groups)


@pytest.mark.xfail(strict=True, reason="one event in other words; one club's games 2 days apart")
def test_hard_stories_are_grouped_by_event():
    """A known failure (tests/story_articles_hard.py): strict, so a fix shows here."""
    briefs, events = story_briefs(HARD_ARTICLES)
    precision, recall = pair_scores(cluster(briefs), events)
    assert precision >= FLOOR and recall >= FLOOR


@pytest.mark.parametrize("articles", [ARTICLES, CHECK_ARTICLES], ids=["tune", "check"])
def test_no_labelled_pair_sits_at_the_threshold(articles):
    briefs, events = story_briefs(articles)
    matrix = similarity(briefs)
    for i in range(len(briefs)):
        for j in range(i + 1, len(briefs)):
            assert abs(matrix[i][j] - SAME_EVENT) >= NO_CLOSER, (events[i], events[j])
            assert (matrix[i][j] >= SAME_EVENT) == (events[i] == events[j]), (events[i], events[j])


def test_devset_stories(stories):
    """The dev-set pages labelled by hand (tests/data/story_labels.json), and the shipped
    threshold is the one ``tools/story_threshold.py`` chooses on the tune part."""
    if not DEVSET.exists():
        pytest.skip("the development set is not here")
    sys.path.insert(0, str(ROOT / "tools"))
    from story_threshold import _devset, _pairs, choose

    briefs, events = _devset(DEVSET)
    matrix = similarity(briefs)
    precision, recall = pair_scores(link(matrix), events)
    assert precision >= FLOOR and recall >= FLOOR
    tune = _pairs(matrix, events) + _pairs(similarity(stories[0]), stories[1])
    threshold, margin = choose(tune)
    assert threshold == SAME_EVENT and margin >= NO_CLOSER


def test_stories_are_ordered_by_sources(stories):
    briefs, events = stories
    sizes = [len(s.articles) for s in build_briefing(briefs).stories]
    assert sizes == sorted(sizes, reverse=True)
    assert sizes[0] == 3 and sizes[-1] == 1
    covered = sorted(i for s in build_briefing(briefs).stories for i in s.articles)
    assert covered == list(range(len(briefs)))


def test_a_story_fact_names_every_source(stories):
    briefs, _ = stories
    ferry = build_briefing(briefs[:3]).stories[0]
    assert ferry.articles == (0, 1, 2)
    assert any(len(fact.articles) > 1 for fact in ferry.facts)
    for fact in ferry.facts:
        for ref in fact.refs:
            assert ref.article in ferry.articles
        assert fact.refs[0].span.text_in(briefs[fact.refs[0].article].article) == fact.text


def test_figures_where_sources_differ(stories):
    briefs, _ = stories
    ferry = build_briefing(briefs[:3]).stories[0]
    differ = [g for g in ferry.figures if g.sources_differ]
    assert differ, [g.subject for g in ferry.figures]
    values = {f.figure.number for f in differ[0].figures}
    assert {28, 30} <= values
    agree = [g for g in ferry.figures if len(g.articles) > 1 and not g.sources_differ]
    assert any(310 in {f.figure.number for f in g.figures} for g in agree)


def test_what_each_source_adds(stories):
    briefs, _ = stories
    ferry = build_briefing(briefs[:3]).stories[0]
    only = ferry.adds(0)
    assert only and all(fact.articles == (0,) for fact in only)
    assert any("250 people" in fact.text for fact in only)


def test_quotes_by_speaker_within_a_story(stories):
    briefs, _ = stories
    ferry = build_briefing(briefs[:3]).stories[0]
    assert any(g.speaker and "Varga" in g.speaker for g in ferry.speakers)


def test_briefing_json_shape(stories):
    briefs, _ = stories
    data = briefing_json(build_briefing(briefs))
    assert data["schema"] == 1
    first = data["stories"][0]
    assert set(first) >= {"articles", "facts", "figures", "quotes"}
    assert first["articles"][0] == {
        "path": "story-0.txt",
        "title": ARTICLES[0][1],
        "site": "Outlet 0",
        "date": ARTICLES[0][2],
    }
    assert all(fact["sources"] for fact in first["facts"])
    assert any(g["sources_differ"] for g in first["figures"])
    json.dumps(data, allow_nan=False)  # strict JSON


def test_digest_briefing_json(tmp_path):
    for k, (_, title, date, paragraphs) in enumerate(ARTICLES[:5]):
        body = "\n\n".join(paragraphs)
        (tmp_path / f"{k}.html").write_text(
            f"<html><head><title>{title}</title>"
            f'<meta property="article:published_time" content="{date}"></head>'
            f"<body><article><h1>{title}</h1><p>{body.replace(chr(10) * 2, '</p><p>')}</p>"
            "</article></body></html>",
            encoding="utf-8",
        )
    result = CliRunner().invoke(app, ["digest", str(tmp_path), "--briefing", "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    sizes = [len(s["articles"]) for s in data["stories"]]
    assert sizes[0] >= 2 and sum(sizes) == 5
    assert all(
        {"path", "title", "site", "date"} <= set(a) for s in data["stories"] for a in s["articles"]
    )


def test_one_article_is_one_story(stories):
    briefs, _ = stories
    briefing = build_briefing(briefs[:1])
    assert [s.articles for s in briefing.stories] == [(0,)]
    assert briefing.stories[0].adds(0) == ()


def test_undated_articles_still_group(stories):
    briefs, events = stories
    undated = [replace(b, article=replace(b.article, date=None)) for b in briefs]
    groups = cluster(undated)
    ferry = next(g for g in groups if 0 in g)
    assert {1, 2} <= set(ferry)


def test_small_words_of_a_title_case_headline_are_no_names_shared_with_another_story():
    """A headline in Title Case capitalises "In" and "The"; another article opens sentences
    with "The ..." and "In ...": those words are no names the two share, and two articles
    on unrelated events stay apart (similarity 0, not a weak link)."""
    briefs, _ = story_briefs(
        [
            (
                "fire",
                "Fire In The Harbour Destroys Two Warehouses",
                "2024-05-02",
                (
                    "A fire tore through two warehouses at Keswick harbour on Thursday night, "
                    "firefighters said.",
                    "The blaze started in a storage shed and spread along the quay.",
                    "In the morning, crews were still cooling the ruins.",
                ),
            ),
            (
                "budget",
                "Council Approves The Budget For Next Year",
                "2024-05-02",
                (
                    "Members of Ardmore council voted 9 to 4 to approve next year's spending "
                    "plan on Thursday.",
                    "The plan raises library funding and freezes parking charges.",
                    "In a statement, the mayor thanked residents for their comments.",
                ),
            ),
        ]
    )
    assert similarity(briefs)[0][1] == 0.0
