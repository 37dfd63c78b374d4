"""The briefing across articles: facts without repeats, quotes by speaker, figures by subject."""

from __future__ import annotations

import dataclasses
import glob
import os
import time
from pathlib import Path

import pytest
from markdown_it import MarkdownIt

from briefreader import build_brief, read_brief
from briefreader.briefing import (
    Briefing,
    FailedSource,
    build_briefing,
    source_label,
)
from briefreader.model import Article, Brief, Figure, Quote, Source, Span
from briefreader.render import UNKNOWN_SPEAKER_HEADING, render_briefing_markdown
from tests.conftest import SAMPLES, SEED, require_devset

# A second outlet's take on the seed's story: it repeats one fact, quotes Zelenskyy by his
# short name, and gives its own count of the North Korean troops.
SECOND = """\
Zelenskyy says North Korea could send 12,000 troops to Russia

By Jane Reporter

Some of the North Korean troops deployed to Russia seem to have been moving to the front lines \
with Ukraine, South Korea's spy agency said Tuesday.

Officials in Seoul said at least 1,500 North Korean troops had arrived in Russia's Kursk \
region earlier this month, fewer than Ukraine has claimed.

"This war is becoming internationalized and the world must answer," Zelenskyy said in his \
nightly video address on Tuesday.

"We need a strong answer from our partners, not silence," he added.

The Kremlin has not confirmed the presence of foreign troops on Russian soil, and Moscow \
dismissed the reports as fabrications.
"""


def _brief_of_text(text: str, path: str) -> Brief:
    from briefreader.extract import extract_article
    from briefreader.model import Document

    document = Document(Source(path=path, kind="text", encoding="utf-8"), text)
    return build_brief(extract_article(document))


@pytest.fixture(scope="module")
def seed_brief() -> Brief:
    return read_brief(str(SEED))


@pytest.fixture(scope="module")
def second_brief() -> Brief:
    return _brief_of_text(SECOND, "second.txt")


@pytest.fixture(scope="module")
def pair(seed_brief, second_brief) -> Briefing:
    return build_briefing([seed_brief, second_brief])


def _article(path: str, paragraphs: tuple[str, ...], **meta) -> Article:
    return Article(Source(path, "text", "utf-8"), paragraphs, **meta)


def _quote_brief(path: str, speakers: list[str | None]) -> Brief:
    paragraphs = tuple(f"Quote number {i} here." for i in range(len(speakers)))
    quotes = tuple(
        Quote(f"Quote number {i}", speaker, "fragment", Span(i, 0, 14))
        for i, speaker in enumerate(speakers)
    )
    return Brief(article=_article(path, paragraphs), quotes=quotes)


# --- every item points into its article -----------------------------------------------------------


def test_items_point_into_their_articles(pair):
    for fact in pair.facts:
        for ref in fact.refs:
            assert 0 <= ref.article < len(pair.briefs)
        first = fact.refs[0]
        assert first.span.text_in(pair.article(first)) == fact.text
    for group in pair.speakers:
        for item in group.quotes:
            assert item.ref.span.text_in(pair.article(item.ref)) == item.quote.text
    for group in pair.figures:
        for item in group.figures:
            assert item.ref.span.text_in(pair.article(item.ref)) == item.figure.value


# --- grouping -------------------------------------------------------------------------------------


def test_speaker_quoted_in_two_articles_has_one_heading(pair):
    groups = [g for g in pair.speakers if any("Zelenskyy" in a for a in g.aliases)]
    assert len(groups) == 1
    [group] = groups
    assert group.speaker == "Ukrainian President Volodymyr Zelenskyy"
    assert group.articles == (0, 1)
    # Shared by two articles, the group comes first.
    assert pair.speakers[0] is group


def test_speaker_forms_are_merged():
    one = _quote_brief("one.txt", ["Ukrainian President Volodymyr Zelenskyy", "Mr. Reeves"])
    two = _quote_brief(
        "two.txt",
        ["Zelenskyy", "President Zelenskyy", "Eric Reeves", None, "a senior official", "NIS"],
    )
    three = _quote_brief(
        "three.txt",
        ["the National Intelligence Service (NIS)", "a senior official", "Zelensky"],
    )
    briefing = build_briefing([one, two, three])
    by_heading = {g.heading: g for g in briefing.speakers}
    zelenskyy = by_heading["Ukrainian President Volodymyr Zelenskyy"]
    assert set(zelenskyy.aliases) == {
        "Ukrainian President Volodymyr Zelenskyy",
        "Zelenskyy",
        "President Zelenskyy",
        "Zelensky",  # another transliteration
    }
    assert zelenskyy.articles == (0, 1, 2)
    assert set(by_heading["Eric Reeves"].aliases) == {"Eric Reeves", "Mr. Reeves"}
    assert set(by_heading["the National Intelligence Service (NIS)"].aliases) == {
        "the National Intelligence Service (NIS)",
        "NIS",
    }
    # A description is not a name: two articles' "senior official" may be two people.
    assert len([g for g in briefing.speakers if g.heading == "a senior official"]) == 2
    # Unknown speakers: their own group, last.
    assert briefing.speakers[-1].speaker is None
    assert briefing.speakers[-1].heading == UNKNOWN_SPEAKER_HEADING


def test_ambiguous_short_name_stays_apart():
    one = _quote_brief("one.txt", ["Kim Jong-un"])
    two = _quote_brief("two.txt", ["Kim Yo-jong"])
    three = _quote_brief("three.txt", ["Kim"])
    briefing = build_briefing([one, two, three])
    assert len(briefing.speakers) == 3


def test_figures_about_the_same_thing_side_by_side(pair):
    groups = [g for g in pair.figures if len(g.articles) == 2]
    assert groups, [g.subject for g in pair.figures]
    troops = groups[0]
    assert "North Korean" in (troops.subject or "")
    labels = {(item.article, item.label) for item in troops.figures}
    assert (0, "at least 3,000") in labels
    assert (1, "at least 1,500") in labels
    # Zelenskyy's own count is attributed to him.
    claimants = {item.label: item.claimant for item in troops.figures}
    assert claimants.get("12,000") == "Ukrainian President Volodymyr Zelenskyy"


def _figure_brief(path: str, sentence: str, value: str, subject: str) -> Brief:
    start = sentence.index(value)
    figure = Figure(
        value=value,
        number=float(value.replace(",", "")),
        unit=None,
        subject=subject,
        qualifier=None,
        context=sentence,
        span=Span(0, start, start + len(value)),
        sentence=Span(0, 0, len(sentence)),
    )
    return Brief(article=_article(path, (sentence,)), figures=(figure,))


def test_the_same_subject_is_one_group():
    # Issue 14 item 4: one "people" group, not a "### people" heading per story.
    floods = "Floods in the valley killed 30 people on Sunday, rescue officials reported."
    survey = "A survey of voters found that 1,000 people support the new stadium proposal."
    briefing = build_briefing(
        [
            _figure_brief("a.txt", floods, "30", "people"),
            _figure_brief("b.txt", survey, "1,000", "People"),
        ]
    )
    [group] = briefing.figures
    assert [item.label for item in group.figures] == ["30", "1,000"]


def test_unrelated_sentences_keep_overlapping_subjects_apart():
    floods = "Floods in the valley killed 30 people on Sunday, rescue officials reported."
    survey = "A survey of voters found that 1,000 people support the new stadium proposal."
    briefing = build_briefing(
        [
            _figure_brief("a.txt", floods, "30", "people in the valley"),
            _figure_brief("b.txt", survey, "1,000", "people"),
        ]
    )
    assert [len(group.articles) for group in briefing.figures] == [1, 1]


def _age_brief(path: str, sentence: str, value: str, subject: str) -> Brief:
    brief = _figure_brief(path, sentence, value, subject)
    figure = dataclasses.replace(brief.figures[0], unit="years")
    return dataclasses.replace(brief, figures=(figure,))


def test_ages_of_different_people_are_not_merged():
    one = "A 45-year-old man was arrested after the crash on the bridge, police said."
    two = "Police said a 38-year-old man was arrested after the fight outside the bar."
    briefing = build_briefing(
        [_age_brief("a.txt", one, "45", "age of man"), _age_brief("b.txt", two, "38", "age of man")]
    )
    assert [len(group.articles) for group in briefing.figures] == [1, 1]
    # The same named person in two stories is one age.
    one = "Okafor, 45, was arrested after the crash on the bridge, police said."
    two = "Police said Okafor, 45, had been arrested on Sunday."
    briefing = build_briefing(
        [
            _age_brief("a.txt", one, "45", "age of Okafor"),
            _age_brief("b.txt", two, "45", "age of Okafor"),
        ]
    )
    assert [group.articles for group in briefing.figures] == [(0, 1)]
    # A bare "age" names no one: it stands with the figures without a subject.
    briefing = build_briefing(
        [_age_brief("a.txt", one, "45", "age"), _age_brief("b.txt", two, "45", "age")]
    )
    assert [group.subject for group in briefing.figures] == [None]


def test_related_generic_subjects_merge():
    one = "Floods in the valley killed 30 people on Sunday, rescue officials reported."
    two = "Rescue officials said floods in the valley had killed 41 people by Monday."
    briefing = build_briefing(
        [_figure_brief("a.txt", one, "30", "people"), _figure_brief("b.txt", two, "41", "people")]
    )
    [group] = briefing.figures
    assert [item.label for item in group.figures] == ["30", "41"]


def test_duplicated_fact_shown_once_with_both_sources(pair):
    shared = [f for f in pair.facts if f.articles == (0, 1)]
    assert len(shared) == 1
    [fact] = shared
    assert fact.text.startswith("Some of the North Korean troops deployed to Russia")
    texts = [f.text for f in pair.facts]
    assert not any(
        t.startswith("Some of the North Korean troops deployed") for t in texts if t != fact.text
    )
    # Reported by two outlets, it leads the briefing.
    assert pair.facts[0] is fact


def test_max_facts(seed_brief, second_brief):
    assert len(build_briefing([seed_brief, second_brief], max_facts=3).facts) == 3


def test_empty_briefing():
    briefing = build_briefing([])
    assert briefing.facts == briefing.speakers == briefing.figures == ()
    markdown = render_briefing_markdown(briefing)
    assert "## Sources" in markdown


def test_source_label():
    assert source_label(_article("x/a.txt", ("p",), site="Yonhap")) == "Yonhap"
    assert source_label(_article("x/a.txt", ("p",), title="A title")) == "A title"
    assert source_label(_article("x/a.txt", ("p",))) == "a.txt"
    assert source_label(_article("-", ("p",))) == "standard input"


# --- on real pages --------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def dev_briefs() -> list[Brief]:
    devset = require_devset()
    paths = sorted(glob.glob(str(devset / "zyte-dev" / "txt" / "*.txt")))[:4]
    return [read_brief(p) for p in paths]


def test_briefing_of_seed_and_dev_pages(seed_brief, second_brief, dev_briefs):
    briefs = [seed_brief, *dev_briefs, second_brief]
    briefing = build_briefing(briefs)
    last = len(briefs) - 1
    zelenskyy = [g for g in briefing.speakers if g.speaker and "Zelenskyy" in g.speaker]
    assert len(zelenskyy) == 1 and zelenskyy[0].articles == (0, last)
    assert any(set(g.articles) == {0, last} for g in briefing.figures)
    assert sum(1 for f in briefing.facts if set(f.articles) == {0, last}) == 1
    # Every article's lead is among the facts (as the fact shown or as a repeat of it).
    refs = {(ref.article, ref.span) for fact in briefing.facts for ref in fact.refs}
    for index, brief in enumerate(briefs):
        if brief.facts:
            assert (index, brief.facts[0].span) in refs


def test_briefing_is_fast_on_many_articles(seed_brief, second_brief, dev_briefs):
    briefs = [seed_brief, second_brief, *dev_briefs] * 20  # 120 articles
    started = time.perf_counter()
    build_briefing(briefs)
    assert time.perf_counter() - started < 5


# --- Markdown -------------------------------------------------------------------------------------


def _sections(markdown: str) -> dict[str, list[str]]:
    """Headings by level: {"h1": [...], "h2": [...], "h3": [...]}, text as rendered."""
    tokens = MarkdownIt().parse(markdown)
    out: dict[str, list[str]] = {"h1": [], "h2": [], "h3": []}
    for i, token in enumerate(tokens):
        if token.type == "heading_open":
            out[token.tag].append(tokens[i + 1].content)
    return out


def test_markdown_export_sections(pair):
    markdown = render_briefing_markdown(pair)
    sections = _sections(markdown)
    assert sections["h2"] == ["Sources", "Key facts", "Quotes by speaker", "Figures by subject"]
    assert sections["h1"] == ["Briefing: 2 articles"]
    h3 = sections["h3"]
    assert "Ukrainian President Volodymyr Zelenskyy" in h3
    assert h3.count("Ukrainian President Volodymyr Zelenskyy") == 1
    html = MarkdownIt().render(markdown)
    # Sources: a numbered list with title and path.
    assert "<ol>" in html
    assert "N. Korean troops in Russia moving toward front lines" in html
    assert "<code>second.txt</code>" in html
    # The shared fact names both sources.
    assert "Some of the North Korean troops deployed to Russia" in markdown
    shared_line = next(
        line for line in markdown.splitlines() if line.startswith("- Some of the North Korean")
    )
    assert shared_line.endswith("[1][2]")


def test_markdown_export_lists_failed_sources(seed_brief):
    briefing = build_briefing(
        [seed_brief], failed=[FailedSource("bad.html", "this is a PNG image, not a web page")]
    )
    markdown = render_briefing_markdown(briefing)
    assert "Could not be read" in markdown
    assert "`bad.html`: this is a PNG image" in markdown


def test_markdown_escapes_markup():
    brief = Brief(
        article=_article("a.txt", ("p",), title="*Bold* # [link](x)", site="Site_Name"),
        quotes=(Quote("p", "Jane <b>Doe</b>", "fragment", Span(0, 0, 1)),),
    )
    markdown = render_briefing_markdown(build_briefing([brief]))
    html = MarkdownIt().render(markdown)
    assert "<em>Bold</em>" not in html and "<a " not in html and "<b>" not in html
    assert "*Bold* # [link](x)" in html


def test_html_samples(seed_brief):
    briefs = [seed_brief] + [read_brief(str(p)) for p in sorted(Path(SAMPLES).glob("*.html"))]
    markdown = render_briefing_markdown(build_briefing(briefs))
    assert markdown.count("\n1. ") + markdown.startswith("1. ") == 1
    assert "NYTimes · 2017-01-13" in markdown


def test_briefing_config_and_fetch_never_import_textual():
    import subprocess
    import sys

    code = (
        "import sys, briefreader.briefing as b, briefreader.config as c, briefreader.sources as f\n"
        "import briefreader.render as r\n"
        f"brief = f.read_source({str(SEED)!r})\n"
        "r.render_briefing_markdown(b.build_briefing([brief]))\n"
        "c.load_config(c.config_path())\n"
        "assert not [m for m in sys.modules if m == 'textual' or m.startswith('textual.')]\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env={**os.environ, "BRIEFREADER_CONFIG": "/nonexistent/briefreader.toml"},
    )
    assert done.returncode == 0, done.stderr
