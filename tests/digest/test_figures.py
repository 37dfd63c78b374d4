"""Figures: each form of number, each non-figure, qualifiers, units, subjects, and the seed."""

from __future__ import annotations

import pytest

from briefreader.digest.figures import find_figures
from briefreader.model import Article, Figure, Source
from tests.digest.conftest import inline_article


def _figures(text: str) -> list[Figure]:
    article = inline_article(text)
    figures = find_figures(article)
    for f in figures:
        assert f.span.text_in(article) == f.value
        assert f.sentence is not None and f.context == f.sentence.text_in(article)
    return figures


def _one(text: str) -> Figure:
    figures = _figures(text)
    assert len(figures) == 1, [f.value for f in figures]
    return figures[0]


# --- forms -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "number", "unit"),
    [
        ("Officials counted 3,000 protesters near the hall.", "3,000", 3000, None),
        ("Their monthly wage is about $800 in total.", "$800", 800, "$"),
        ("Prices rose 12 percent in the month.", "12 percent", 12, "percent"),
        ("Prices rose 40% in the month.", "40%", 40, "percent"),
        ("Profits fell 3 per cent last year.", "3 per cent", 3, "percent"),
        ("The firm won a $1.2 billion contract.", "$1.2 billion", 1.2e9, "$"),
        ("The firm won a $22.6bn contract.", "$22.6bn", 22.6e9, "$"),
        ("The city has 1.5 million residents.", "1.5 million", 1.5e6, None),
        ("Tickets cost €20 for adults.", "€20", 20, "€"),
        ("Two people briefed on the talks agreed.", "Two", 2, None),
        ("The club sold a dozen shirts.", "a dozen", 12, None),
        ("She spent half a million dollars on it.", "half a million dollars", 5e5, "$"),
        ("The route is 55 kilometers long.", "55", 55, "km"),
        ("They built a 55-kilometer road.", "55", 55, "km"),
        ("The jury deliberated for 10 minutes before the verdict.", "10", 10, "minutes"),
        ("The deal was worth $40-50 billion a year.", "$40-50 billion", 40e9, "$"),
        ("The jet seats 242 to 330 passengers.", "242 to 330", 242, None),
        ("Twenty-five workers went on strike.", "Twenty-five", 25, None),
        ("Some eight out of ten companies write apps.", "eight out of ten", 0.8, None),
    ],
)
def test_forms(text: str, value: str, number: float, unit: str | None) -> None:
    f = _one(text)
    assert f.value == value
    assert f.number == pytest.approx(number)
    assert f.unit == unit


def test_score() -> None:
    f = _one("The Wild beat the Sabres 4-1 on Tuesday night.")
    assert f.value == "4-1"
    assert f.unit is None


def test_ages() -> None:
    figures = _figures("Webb, 51, kidnapped an 8-year-old girl.")
    assert [(f.value, f.unit, f.subject) for f in figures] == [
        ("51", "years", "age of Webb"),
        ("8", "years", "age of girl"),
    ]


# --- not figures -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The plane flew on Oct. 23 and 24 with officials aboard.",
        "The forum opened on 23 October with delegates.",
        "The report came out on 2019-11-19 at the ministry.",
        "The law passed in 2024 after a long debate.",
        "He starred in the 2019-20 season for the club.",
        "The meeting starts at 10:30 a.m. in the hall.",
        "The meeting starts at 3 p.m. in the hall.",
        "Lawmakers debated Section 230 again this week.",
        "The COVID-19 pandemic closed the schools.",
        "She attended the Fourth Eurasian Women's Forum in the city.",
        "He spoke at the 2024 Nordic Council meeting in Iceland.",
        "The Boeing 737 was grounded by regulators.",
        "The F-35 program was delayed again.",
        "Traffic stopped on Interstate 95 for hours.",
        "The laptop runs Windows 10 and little else.",
        "He bought an iPhone 11 for his son.",
        "Leaders of the G7 met in Italy.",
        "The First BRICS Women's Forum opened in Moscow.",
        "Call 555-1234 for details about the offer.",
        "A family friend called 911 after spotting the car.",
        "See page 12 of the report for details.",
        "Read more at https://example.com/story/2019/11/19/item-42 today.",
        "It is one of the best restaurants in town.",
        "One day the river flooded the village.",
        "No one knew where the money went.",
        "He is the one who found the keys.",
        "One user quipped about the slogan online.",
    ],
)
def test_not_figures(text: str) -> None:
    assert [f.value for f in _figures(text)] == []


def test_one_with_a_unit_is_a_figure() -> None:
    f = _one("The contract runs for one year from now.")
    assert (f.value, f.number, f.unit) == ("one", 1, "years")


# --- qualifiers and subjects --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("At least 3,000 troops arrived.", "at least"),
        ("The agency expects around 10,900 soldiers.", "around"),
        ("They teach over 100 military terms.", "over"),
        ("It sent about 4,000 workers.", "about"),
        ("It sent more than 40 ships.", "more than"),
        ("It sent nearly 40 ships.", "nearly"),
        ("It sent up to 40 ships.", "up to"),
        ("It sent fewer than 40 ships.", "fewer than"),
        ("It sent as many as 40 ships.", "as many as"),
        ("Some 200 soldiers remain at the base.", "some"),
        ("It sent 40 ships.", None),
    ],
)
def test_qualifiers(text: str, qualifier: str | None) -> None:
    assert _one(text).qualifier == qualifier


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("It estimated that 3,000 North Korean troops are in Kursk.", "North Korean troops"),
        ("The firm won a $5 million contract last week.", "contract"),
        ("The average wage is around $800 a month.", "average wage"),
        ("About 0.4 percent of the total population has the disorder.", "total population"),
        ("The fleet has 123 of the planes in service.", "planes"),
        ("Sales rose 12 percent in the quarter.", "Sales"),
        ("The plan would expand the fleet by 30% over a decade.", "fleet"),
        ("Emirates agreed to buy 30 of Boeing's 787 jets.", "787 jets"),
    ],
)
def test_subjects(text: str, subject: str) -> None:
    assert _one(text).subject == subject


def test_subject_resolves_their() -> None:
    figures = _figures(
        "About 4,000 North Korean workers were sent. Their monthly wage is around $800, it said."
    )
    assert figures[1].subject == "monthly wage of North Korean workers"


def test_elliptical_count_takes_the_subject_before() -> None:
    figures = _figures(
        "Some 3,000 North Korean soldiers are on Russian territory. They will soon have 12,000."
    )
    assert [f.subject for f in figures] == ["North Korean soldiers", "North Korean soldiers"]


def test_spans_across_paragraphs() -> None:
    article = inline_article("No numbers here at all.", "The firm hired 250 engineers in March.")
    (f,) = find_figures(article)
    assert f.span.paragraph == 1
    assert f.span.text_in(article) == "250"


# --- the seed -----------------------------------------------------------------------------------


def test_seed_figures(seed: Article) -> None:
    figures = find_figures(seed)
    for f in figures:
        assert f.span.text_in(seed) == f.value
        assert f.sentence is not None and f.context == f.sentence.text_in(seed)
    got = {(f.value, f.qualifier): f for f in figures}
    expected = {
        ("3,000", "at least"): "North Korean troops",
        ("10,900", "around"): "soldiers",
        ("100", "over"): "military terms",
        ("4,000", "about"): "North Korean workers",
        ("$800", "around"): "monthly wage",
        ("12,000", None): "North Korean soldiers",
    }
    for key, subject in expected.items():
        assert key in got, key
        assert subject in (got[key].subject or ""), (key, got[key].subject)
    assert got[("$800", "around")].unit == "$"
    values = {f.value for f in figures}
    assert not values & {"23", "24", "2024", "20", "Fourth"}
    # Article order.
    spans = [(f.span.paragraph, f.span.start) for f in figures]
    assert spans == sorted(spans)


def test_linear_on_large_input() -> None:
    paragraph = "At least 3,000 troops arrived on Oct. 23, and about $800 was paid. " * 50
    article = inline_article(*([paragraph] * 200))
    figures = find_figures(article)
    assert len(figures) == 2 * 50 * 200


def test_rows_of_a_flattened_table_are_not_figures() -> None:
    standings = inline_article(
        "Final standings after 36 races:",
        "1 Kyle Busch 5040 5 1 17 27",
        "2 Martin Truex Jr. 5035 7 0 15 24",
        "Pos. Driver Points Wins",
    )
    assert [f.value for f in find_figures(standings)] == ["36"]
    # Prose keeps its numbers, dense or not, with or without a full stop.
    prose = inline_article(
        "Revenue rose 5% to $3.2 billion in 2019, from $3 billion.",
        "The team scored 3 goals in 2 games against 4 rivals",
        "Ages 18-24: 34%, 25-34: 29%, 35-44: 21%",
    )
    values = [f.value for f in find_figures(prose)]
    assert values[:6] == ["5%", "$3.2 billion", "$3 billion", "3", "2", "4"]
    assert values[6:] == ["18-24", "34%", "25-34", "29%", "35-44", "21%"]


def test_a_paragraph_scanned_in_pieces_gives_the_figures_of_one_scan(monkeypatch):
    # Issue 11 item 15: a huge paragraph is scanned in pieces cut between sentences; the
    # figures (values, spans, contexts) are those one scan of it finds.
    import briefreader.digest.figures as figures_module

    sentences = [
        f"Crews replaced {n * 7 + 3} meters in district {n} and spent ${n + 1}.5 million. "
        f"About {n * 11 % 90 + 5} percent of households saw lower bills."
        for n in range(400)
    ]
    paragraph = " ".join(sentences)
    article = Article(Source("long.txt", "text", "utf-8"), (paragraph,), title="Meters")
    whole = find_figures(article)
    monkeypatch.setattr(figures_module, "MAX_PIECE_CHARS", 3000)
    pieces = find_figures(article)
    assert len(paragraph) > 10 * 3000
    assert pieces == whole
    for figure in pieces:
        assert paragraph[figure.span.start : figure.span.end] == figure.value


def test_a_figure_in_a_sentence_without_end_gets_the_words_around_it_as_context():
    # Issue 11 item 15: a line that never ends a sentence is not every figure's context.
    paragraph = " ".join(["the board said crews would replace meters"] * 60)
    paragraph += " and spent $4.5 million " + " ".join(["before the winter came"] * 60)
    article = Article(Source("line.txt", "text", "utf-8"), (paragraph,), title="Meters")
    (figure,) = find_figures(article)
    assert figure.value == "$4.5 million"
    assert "spent $4.5 million before" in figure.context
    assert len(figure.context) <= 2 * 300 + len(figure.value)
    start, end = figure.sentence.start, figure.sentence.end
    assert paragraph[start:end] == figure.context
    assert not figure.context.startswith(" ") and not figure.context.endswith(" ")


def test_an_article_gives_at_most_max_figures(monkeypatch):
    # Issue 11 item 15: a dump dense with numbers does not give a figure (and a context) each.
    import briefreader.digest.figures as figures_module

    paragraphs = tuple(f"Crews replaced {n + 10} meters and {n + 20} valves." for n in range(30))
    article = Article(Source("dense.txt", "text", "utf-8"), paragraphs, title="Meters")
    every = find_figures(article)
    monkeypatch.setattr(figures_module, "MAX_FIGURES", 25)
    assert len(every) == 60
    assert find_figures(article) == every[:25]
