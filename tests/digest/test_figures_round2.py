"""Issue 14, second round: the shapes that went wrong on the old held-out part of the figures
gold (now tuning data), each on an inline sentence of the same shape in other words."""

from __future__ import annotations

import pytest

from tests.digest.test_figures_issue14 import _figures, _only

# --- not figures ---------------------------------------------------------------------------------


def test_a_run_in_numbered_list_leaves_its_item_numbers_out() -> None:
    text = (
        "The chef shared a handful of habits 1. Olive oil goes into every dish 2. She never "
        "eats dessert before noon 3. She walks 12 miles a week to the market 4. Basil is her "
        "favourite herb 5. 1 She sleeps eight hours a night 2. Coffee is banned after lunch 3. "
        "Tea is fine."
    )
    assert [f.value for f in _figures(text)] == ["12", "eight"]


def test_a_lone_number_before_a_full_stop_is_still_a_figure() -> None:
    assert [f.value for f in _figures("The visitors scored 3. Nobody expected it.")] == ["3"]


def test_a_span_of_years_is_a_date() -> None:
    assert _figures("She coached the team between 1987 and 1989 before moving abroad.") == []
    assert _figures("The mine ran from 2003 to 2011 and closed.") == []
    assert [f.value for f in _figures("They hired 1500 to 1800 seasonal workers.")] == [
        "1500 to 1800"
    ]


# --- subjects ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "value", "subject"),
    [
        ("Three days after the raid, she left the country.", "Three", "days"),
        (
            "The knee sprain will keep her out for between five and six weeks.",
            "five and six",
            "weeks",
        ),
        ("Doctors expect him back in four to five months.", "four to five", "months"),
        ("The train arrived 40 minutes late on Monday.", "40", "minutes"),
    ],
)
def test_a_duration_with_no_noun_counts_its_unit(sentence: str, value: str, subject: str) -> None:
    f = _only(sentence)
    assert (f.value, f.subject) == (value, subject)


@pytest.mark.parametrize(
    ("sentence", "subject"),
    [
        ("The hosts slumped to a 3-0 defeat at home.", "defeat"),
        ("The visitors went 2-0 up before the break.", "lead"),
        ("It ended 4-4 after extra time.", "score"),
    ],
)
def test_a_score_is_its_result_or_a_score(sentence: str, subject: str) -> None:
    assert _only(sentence).subject == subject


def test_a_placing_after_finished_is_a_finish() -> None:
    assert _only("The Dane finished ninth at the Open last year.").subject == "finish"


def test_money_after_a_verb_of_cost_is_a_cost_with_its_hedge() -> None:
    f = _only("The repairs are likely to cost the council in the region of £40,000.")
    assert (f.value, f.qualifier, f.subject) == ("£40,000", "in the region of", "cost")


def test_due_opens_no_noun_phrase() -> None:
    f = _only("He was the last of the 64 due to start the race.")
    assert f.subject != "due"


@pytest.mark.parametrize(
    ("sentence", "subject"),
    [
        ("The goalkeeper was beaten twice in the first half.", "times"),
        ("Police say the man fired at least once into the air.", "times"),
        ("The band has toured Japan five times.", "times"),
    ],
)
def test_a_number_of_times_counts_times(sentence: str, subject: str) -> None:
    assert _only(sentence).subject == subject


@pytest.mark.parametrize(
    ("sentence", "subject"),
    [
        ("The depot, opened in 1998 and employing hundreds, closed on Friday.", "people"),
        ("Thousands queued outside the stadium overnight.", "people"),
        ("The new owner spent millions on the squad.", None),
        ("Dozens of lorries blocked the road.", "lorries"),
    ],
)
def test_a_lone_vague_amount_counts_people_unless_it_is_money(
    sentence: str, subject: str | None
) -> None:
    assert _only(sentence).subject == subject


@pytest.mark.parametrize(
    ("sentence", "value", "number", "subject"),
    [
        ("The firm must repay a £240million loan by June.", "£240million", 240e6, "loan"),
        ("She joined the club for an initial £18million fee.", "£18million", 18e6, "fee"),
        ("The state owes $3.5billion in bonds.", "$3.5billion", 3.5e9, "bonds"),
    ],
)
def test_a_scale_word_written_on_the_digits(
    sentence: str, value: str, number: float, subject: str
) -> None:
    f = _only(sentence)
    assert (f.value, f.number, f.unit is not None, f.subject) == (value, number, True, subject)


def test_an_ordinal_of_a_run_counts_what_runs() -> None:
    f = _only("It was the club's fourth straight title under the coach.")
    assert (f.value, f.number, f.subject) == ("fourth", 4, "straight title")
    assert _figures("It was the second time she had won.") == []


def test_one_before_a_noun_and_away_counts() -> None:
    f = _only("The striker is one goal away from the club record.")
    assert (f.value, f.subject) == ("one", "goal")
    assert _figures("One morning the ferry did not come.") == []


def test_a_measure_given_again_in_a_quote_is_a_repeat_whatever_its_subject() -> None:
    figures = _figures(
        "The army set up a 40-kilometre buffer zone along the border.",
        "“Rebels keep moving inside the 40-kilometre Rafah strip,” the minister said.",
    )
    assert [(f.value, f.subject) for f in figures] == [("40", "buffer zone")]


@pytest.mark.parametrize(
    ("sentence", "subject"),
    [
        (
            "The stones she has been lifting are shipped in from Wales and weigh nearly 90 kilos.",
            "stones",
        ),
        ("The crowd in the square has grown and currently is estimated at around 20,000.", "crowd"),
    ],
)
def test_a_number_given_by_a_second_verb_is_of_the_sentence_subject(
    sentence: str, subject: str
) -> None:
    assert _only(sentence).subject == subject


def test_a_year_opening_the_phrase_before_for_keeps_the_subject() -> None:
    f = _only("Lawmakers are weighing the agency's 2021 budget bid for $9.1bn this week.")
    assert f.subject is not None and "budget bid" in f.subject


@pytest.mark.parametrize(
    ("sentence", "value", "subject"),
    [
        ("Almost half of drivers ignored the sign.", "half", "drivers"),
        ("Half the village was flooded overnight.", "Half", "village"),
        ("A quarter of the homes were empty.", "A quarter", "homes"),
        ("The crew could raise only half of it.", "half", None),
    ],
)
def test_a_share_in_words_is_a_figure_of_what_it_shares(
    sentence: str, value: str, subject: str | None
) -> None:
    f = _only(sentence)
    assert (f.value, f.subject) == (value, subject)


@pytest.mark.parametrize(
    "sentence",
    [
        "The hosts scored twice in the second half.",
        "Half an hour later the rain stopped.",
        "Profits rose in the first half of the year.",
    ],
)
def test_a_half_of_time_is_no_share(sentence: str) -> None:
    assert [f.value for f in _figures(sentence) if "alf" in f.value] == []


def test_a_count_after_top_is_of_places_not_of_the_count_before() -> None:
    figures = _figures("She was the last of a field of 32. She got in by staying in the top 20.")
    assert [(f.value, f.subject) for f in figures][-1] == ("20", "top places")
