"""How a figure is written: value with its unit and qualifier in every form, and the plain-text
digest wrapped to the terminal's width (else 80 columns), each figure with its sentence."""

from __future__ import annotations

import pytest

from briefreader.digest import build_brief, find_figures
from briefreader.render import figure_amount, figure_citation, to_markdown, to_text
from briefreader.render.labels import figure_label, figure_value
from briefreader.render.wrap import DEFAULT_WIDTH, text_width
from tests.digest.conftest import inline_article

ARTICLE = inline_article(
    "The pipeline will run 2,400 km across the steppe, officials said on Tuesday.",
    "Crews have laid about 1,800 tons of steel, and the budget is $3.5 billion.",
    "The inspector, a 47-year-old engineer, found that prices rose 12 percent in a year. "
    + "Residents of the valley, who have waited for the water for a very long time, say the "
    + "project has already changed how they farm, trade and travel between the villages.",
)


@pytest.fixture(scope="module")
def figures():
    return {f.value: f for f in build_brief(ARTICLE).figures}


def test_the_unit_is_shown_where_the_value_lacks_it(figures) -> None:
    assert figure_amount(figures["2,400"]) == "2,400 km"
    assert figure_value(figures["1,800"]) == "about 1,800 tons"
    assert figure_amount(figures["47"]) == "47 years"
    twenties = find_figures(inline_article("Most of the recruits are in their early 20s."))
    assert figure_value(twenties[0]) == "early 20s"
    # Money and percentages show their unit as written; no second sign.
    assert figure_amount(figures["$3.5 billion"]) == "$3.5 billion"
    assert figure_amount(figures["12 percent"]) == "12 percent"


def test_markdown_text_and_citation_show_units_and_qualifiers() -> None:
    brief = build_brief(ARTICLE)
    md = to_markdown(brief)
    text = to_text(brief, width=100)
    for label in ("2,400 km", "about 1,800 tons"):
        assert f"**{label}" in md
        assert f"* {label}" in text
    tons = next(f for f in brief.figures if f.value == "1,800")
    assert figure_citation(tons, ARTICLE).startswith("about 1,800 tons")
    assert figure_label(tons).startswith("about 1,800 tons")


def test_text_gives_each_figure_its_sentence_wrapped() -> None:
    brief = build_brief(ARTICLE)
    text = to_text(brief, width=50)
    lines = text.splitlines()
    assert all(len(line) <= 50 for line in lines), [line for line in lines if len(line) > 50]
    figures_part = text.split("FIGURES\n", 1)[1].split("\nARTICLE", 1)[0]
    flat = " ".join(figures_part.split())
    for figure in brief.figures:
        assert " ".join(figure.context.split()) in flat


def test_text_width_is_the_terminal_s_else_80(monkeypatch) -> None:
    monkeypatch.setenv("COLUMNS", "120")
    assert text_width() == 120
    monkeypatch.delenv("COLUMNS")
    # Under pytest the output is no terminal: the fallback.
    assert text_width() == DEFAULT_WIDTH
    brief = build_brief(ARTICLE)
    assert max(len(line) for line in to_text(brief).splitlines()) <= DEFAULT_WIDTH
    assert max(len(line) for line in to_text(brief, width=200).splitlines()) > DEFAULT_WIDTH


def test_a_word_longer_than_the_width_stays_whole() -> None:
    url = "https://example.org/" + "x" * 90
    brief = build_brief(inline_article(f"The report at {url} lists 12 sites."))
    assert url in to_text(brief, width=40).split()
