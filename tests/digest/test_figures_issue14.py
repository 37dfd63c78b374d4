"""Issue 14: what is a figure, what is not, and what each counts, on inline sentences of the
same shape as the pages where the rules went wrong (other words)."""

from __future__ import annotations

import pytest

from briefreader.digest.figures import find_figures
from briefreader.model import Figure
from tests.digest.conftest import inline_article


def _figures(*paragraphs: str) -> list[Figure]:
    article = inline_article(*paragraphs)
    figures = find_figures(article)
    for f in figures:
        assert f.span.text_in(article) == f.value
    return figures


def _values(*paragraphs: str) -> list[str]:
    return [f.value for f in _figures(*paragraphs)]


def _only(*paragraphs: str) -> Figure:
    figures = _figures(*paragraphs)
    assert len(figures) == 1, [f.value for f in figures]
    return figures[0]


# --- not figures ---------------------------------------------------------------------------------


def test_a_match_score_in_sets_is_one_figure() -> None:
    f = _only("Swiatek defeated Gauff 7-5, 6-7 (3), 6-2 in the semifinal.")
    assert f.value == "7-5, 6-7 (3), 6-2"
    assert _values("Kim won the opening round 6-3, 7-6 (4) on Friday.") == ["6-3, 7-6 (4)"]


@pytest.mark.parametrize(
    "paragraphs",
    [
        ("Talks between the union and the owners stalled. The two camps will meet again.",),
        ("The three riders crashed on the descent.",),
        ("Police arrested 14 fans at the ground.", "These 14 were released on bail."),
    ],
)
def test_back_references_to_a_group_are_not_figures(paragraphs: tuple[str, ...]) -> None:
    values = _values(*paragraphs)
    assert values.count("14") <= 1 and "two" not in values and "three" not in values


def test_the_first_count_of_a_group_stays() -> None:
    assert _values("Police arrested 14 fans at the ground.") == ["14"]
    assert _values("Two climbers reached the summit.") == ["Two"]


@pytest.mark.parametrize(
    "text",
    [
        "See all (41)",
        "Photo 3 of 9",
        "Image caption Nine people were rescued from the boat",
        "Comments (57)",
        "Mayor Says 60 Streetlights Will Be Replaced By Spring",
    ],
)
def test_page_furniture_gives_no_figures(text: str) -> None:
    assert _values(text) == []


def test_number_words_as_verbs_names_and_rankings_are_not_figures() -> None:
    assert _values("Investigators are trying to zero in on the cause.") == []
    assert _values("Halo 5 is the studio's best-selling game.") == []
    assert _values("She plays Overwatch 2 every night.") == []
    assert _values("They are the continent's three richest clubs.") == []


def test_a_quote_repeating_a_figure_gives_it_once() -> None:
    values = _values(
        "The council expects 2,500 new homes by 2030.",
        '"We will build 2,500 new homes, and fast," the mayor said.',
    )
    assert values == ["2,500"]


# --- figures that were missed --------------------------------------------------------------------


def test_only_and_just_one_and_one_count_of() -> None:
    f = _only("The clinic had only one doctor for the whole district.")
    assert (f.value, f.qualifier, f.subject) == ("one", "only", "doctor")
    assert _only("She was convicted on one charge of bribery.").subject == "charge"
    assert _values("One of the guards left early.") == []
    assert _values("It was one part of the plan.") == []


def test_ranks() -> None:
    f = _only("The 22nd-seeded Norwegian reached the final.")
    assert (f.value, f.number, f.subject) == ("22nd-seeded", 22, "Norwegian")
    assert _only("The team slipped to 31st in the table.").value == "31st"
    assert _only("She finished fourth in the sprint.").value == "fourth"
    assert _values("They met at 5th Avenue on the 19th century site.") == []


def test_decade_ages() -> None:
    f = _only("Most of the volunteers are in their late 30s.")
    assert (f.value, f.qualifier, f.unit, f.subject) == ("30s", "late", "years", "age")
    assert [f.value for f in _figures("The suspect is a woman in her 40s or 50s.")] == [
        "40s",
        "50s",
    ]
    assert _values("The band was famous in the 80s.") == []


def test_an_age_with_a_possessive_is_the_person_s() -> None:
    f = _only("The 71-year-old's daughter spoke to reporters.")
    assert (f.value, f.unit, f.subject) == ("71", "years", "age")


def test_a_bare_age_is_of_the_person_given_that_age_before() -> None:
    figures = _figures(
        "Police are looking for a 34-year-old nurse from Leeds.",
        "The 34-year-old left the country on Friday. A 19-year-old was also questioned.",
    )
    assert [f.subject for f in figures] == ["age of nurse", "age of nurse", "age"]


def test_vague_amounts_keep_no_number() -> None:
    f = _only("Several hundred workers joined the strike.")
    assert (f.value, f.number, f.subject) == ("Several hundred", None, "workers")
    assert _only("Tens of thousands of fans lined the route.").value == "Tens of thousands"
    f = _only("Dozens of homes were flooded.")
    assert (f.value, f.number, f.subject) == ("Dozens", None, "homes")
    assert _only("The drought lasted several decades.").unit == "decades"


def test_twice_and_a_counted_once() -> None:
    assert _only("The striker hit the post twice.").value == "twice"
    assert _only("The board meets once a month.").value == "once"
    assert _values("Once the vote is counted, the result is final.") == []


# --- subjects ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "subject"),
    [
        # the thing bought or paid, never the buyer
        ("Morgan paid $450 million for the newspaper chain.", "$450 million", "newspaper chain"),
        ("Hedge fund Carver sold the stadium for $90 million.", "$90 million", "stadium"),
        ("Okafor reportedly offered $25.", "$25", None),
        ("Lindqvist offered $25.", "$25", None),
        # a price per unit
        ("Investors paid $27 a share for the stake.", "$27", "per share"),
        # the measured quantity, not when it was
        (
            "The chain posted sales of $82.5 million in the second quarter.",
            "$82.5 million",
            "sales",
        ),
        # coordinated modifiers stay whole
        (
            "Voters in 11 Eastern and Central districts agreed.",
            "11",
            "Eastern and Central districts",
        ),
        # the thing counted inside a ratio
        ("It rained one day out of 12 in June.", "one day out of 12", "day"),
        # a part of a whole counts the whole's noun; an intensifier stays in its phrase
        ("They won seven of their ten matches.", "seven", "matches"),
        ("We face two or three very strong teams.", "two or three", "very strong teams"),
        # a noun phrase ends before a verb
        ("The 9th-ranked Brazilian came back from a set down.", "9th-ranked", "Brazilian"),
    ],
)
def test_subjects(text: str, value: str, subject: str | None) -> None:
    f = next(f for f in _figures(text) if f.value == value)
    assert f.subject == subject


def test_a_converted_measure_measures_the_same() -> None:
    figures = _figures("They built a wall measuring 400 metres (1,312 feet) along the river.")
    assert [(f.value, f.unit, f.subject) for f in figures] == [
        ("400", "m", "wall"),
        ("1,312", "feet", "wall"),
    ]


def test_a_unit_on_the_digits_of_a_compound() -> None:
    f = _only("Engineers laid a 1,200m-long pipe under the bay.")
    assert (f.value, f.unit, f.subject) == ("1,200", "m", "pipe")


def test_pounds_of_weight_are_not_money() -> None:
    f = _only("The boxer weighed 212 pounds at the weigh-in.")
    assert (f.value, f.unit) == ("212", "pounds")
    assert f.subject == "boxer"
    assert _only("A 310-pound tackle who weighs more than his coach.").unit == "pounds"
    money = _only("The charity raised 5,000 pounds at the fair.")
    assert (money.value, money.unit) == ("5,000 pounds", "£")
