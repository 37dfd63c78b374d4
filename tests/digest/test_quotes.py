"""Direct quotes and speaker attribution: inline cases for each rule, and the seed page."""

from __future__ import annotations

import time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from briefreader.digest.quotes import find_quotes
from briefreader.model import Article, Quote
from tests.digest.conftest import inline_article as article


def quotes(*paragraphs: str) -> list[Quote]:
    art = article(*paragraphs)
    found = find_quotes(art)
    for q in found:
        assert q.span.text_in(art) == q.text
        assert q.sentence is not None
        sentence = q.sentence.text_in(art)
        assert q.text in sentence
    return found


def speakers(*paragraphs: str) -> list[str | None]:
    return [q.speaker for q in quotes(*paragraphs)]


# --- marks, spans, kinds ----------------------------------------------------------------------


def test_straight_and_curly_quotes_spans_and_kind() -> None:
    found = quotes(
        'Kim Jong-un called the plan "illegal," the agency said.',
        "\u201cWe will not sit idly by and watch,\u201d Yoon said.",
    )
    assert [q.text for q in found] == ["illegal", "We will not sit idly by and watch"]
    assert [q.kind for q in found] == ["fragment", "full"]
    assert found[0].span.paragraph == 0 and found[1].span.paragraph == 1


def test_five_words_is_full_four_is_fragment() -> None:
    found = quotes('"One two three four," Ana Lee said.', '"One two three four five," he said.')
    assert [q.kind for q in found] == ["fragment", "full"]


def test_guillemets_and_german_quotes() -> None:
    found = quotes(
        "« Nous ne céderons jamais devant la menace », a déclaré le ministre.",
        "„Wir schaffen das schon irgendwie“, sagte Merkel.",
    )
    assert [q.text for q in found] == [
        "Nous ne céderons jamais devant la menace",
        "Wir schaffen das schon irgendwie",
    ]


def test_sentence_span_covers_the_quote_sentence() -> None:
    art = article('The NIS spoke first. "We are watching closely now," it said. Nothing else.')
    (q,) = find_quotes(art)
    assert q.sentence is not None
    assert q.sentence.text_in(art) == '"We are watching closely now," it said.'


def test_titles_of_works_are_not_quotes() -> None:
    found = quotes(
        'She starred in the film "Gone With the Wind" and the song "Let It Be" played.',
        'His book, titled "The Art of the Deal," sold well, "and that is all," Ana Lee said.',
    )
    assert [q.text for q in found] == ["and that is all"]


def test_repeated_quote_is_reported_once() -> None:
    found = quotes(
        'The slogan "Meth. We\u2019re on it." spread.', 'Again: "Meth. We\u2019re on it."'
    )
    assert len(found) == 1


# --- attribution patterns -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ('"We will respond to every provocation," Kim Min-jae said.', "Kim Min-jae"),
        ('"We will respond to every provocation," said Kim Min-jae.', "Kim Min-jae"),
        (
            '"We will respond to every provocation," Kim Min-jae, the foreign minister, said.',
            "Kim Min-jae",
        ),
        (
            '"We will respond to every provocation," according to Kim Min-jae.',
            "Kim Min-jae",
        ),
        ('"We will respond to every provocation," Kim Min-jae told reporters.', "Kim Min-jae"),
        (
            '"We will respond to every provocation," Kim Min-jae wrote on X (formerly Twitter).',
            "Kim Min-jae",
        ),
        (
            '"We will respond to every provocation," Kim Min-jae was quoted as saying.',
            "Kim Min-jae",
        ),
        ('Kim Min-jae said: "We will respond to every provocation."', "Kim Min-jae"),
        ('Kim Min-jae: "We will respond to every provocation."', "Kim Min-jae"),
        (
            'Kim Min-jae said the government "will respond to every provocation."',
            "Kim Min-jae",
        ),
        ('"We will respond to every provocation," Kim Min-jae added.', "Kim Min-jae"),
        ('"We will respond to every provocation," Kim Min-jae warned.', "Kim Min-jae"),
        ('"We will respond to every provocation," Kim Min-jae insisted Monday.', "Kim Min-jae"),
        ('"Will you respond to every provocation?" asked Kim Min-jae.', "Kim Min-jae"),
        (
            "Omar Lamrani, a senior analyst at Stratfor, the Texas-based firm, told the paper "
            'the group was "fairly secular by regional standards."',
            "Omar Lamrani",
        ),
    ],
)
def test_attribution_patterns(paragraph: str, speaker: str) -> None:
    assert speakers(paragraph) == [speaker]


def test_speaker_with_title_in_front() -> None:
    assert speakers(
        '"Those soldiers have moved closer," Pentagon spokesperson Sabrina Singh said.'
    ) == ["Pentagon spokesperson Sabrina Singh"]


def test_interrupted_quote_gives_two_quotes_with_one_speaker() -> None:
    found = quotes('"We are done with this," Park said. "There is nothing more to add here."')
    assert [q.text for q in found] == [
        "We are done with this",
        "There is nothing more to add here.",
    ]
    assert [q.speaker for q in found] == ["Park", "Park"]


def test_quote_continuing_in_same_sentence_after_participle() -> None:
    found = quotes(
        'Noem later tweeted that the epidemic "needs to be a dinner table conversation," '
        'adding "we need everyone on it."'
    )
    assert [q.speaker for q in found] == ["Noem", "Noem"]


def test_speaker_in_previous_sentence_of_paragraph() -> None:
    assert speakers(
        'Minister Lee Jae-sung spoke to reporters on Friday. "The talks will resume next week."'
    ) == ["Minister Lee Jae-sung"]


def test_speaker_in_next_sentence_of_paragraph() -> None:
    assert speakers('"The talks will resume next week." Minister Lee said so on Friday.') == [
        "Minister Lee"
    ]


def test_colon_lead_in_previous_paragraph() -> None:
    assert speakers(
        "Coach Anna Berg told the players:",
        '"You have beaten some really good teams this year."',
    ) == ["Coach Anna Berg"]


def test_quote_only_paragraph_continues_previous_speaker() -> None:
    assert speakers(
        '"We are going back to the moon," said Michael Sims, chief executive of Ceres.',
        '"The small players bring an agility that adds to the mix."',
    ) == ["Michael Sims", "Michael Sims"]


def test_multi_paragraph_quote() -> None:
    found = quotes(
        "\u201cYou have been in every game for the last ten games. So believe in yourselves.",
        "\u201cI said the same thing in Washington, because I knew they were good,\u201d "
        "coach Bruce Boudreau said.",
    )
    assert [q.text for q in found] == [
        "You have been in every game for the last ten games. So believe in yourselves.",
        "I said the same thing in Washington, because I knew they were good",
    ]
    assert [q.speaker for q in found] == ["coach Bruce Boudreau"] * 2


# --- resolution ------------------------------------------------------------------------------


def test_pronoun_resolves_to_fullest_name() -> None:
    assert speakers(
        "Wild coach Bruce Boudreau praised the veteran winger.",
        '"He is getting a little bit of confidence back," Boudreau said.',
        '"That goes a long way for all of us," he added.',
    ) == ["Wild coach Bruce Boudreau", "Wild coach Bruce Boudreau"]


def test_he_prefers_subject_of_latest_sentence_and_skips_the_listener() -> None:
    assert speakers(
        "Apple CEO Tim Cook met Salesforce chief Marc Benioff on stage.",
        "Benioff praised the company.",
        '"I run my whole business on my phone these days," he told Cook.',
        "Cook said the admiration is mutual.",
        '"I love the way you keep taking all the new things," he told Benioff.',
    ) == ["Salesforce chief Marc Benioff", "Apple CEO Tim Cook"]


def test_gender_from_title() -> None:
    assert speakers(
        "Ms. Jane Porter met Mr. Tom Reyes at the summit.",
        '"We found a lot of common ground today," she said.',
    ) == ["Ms. Jane Porter"]


def test_it_and_the_agency_resolve_to_organisation() -> None:
    assert (
        speakers(
            "The National Intelligence Service (NIS) briefed lawmakers on Tuesday.",
            '"The troop deployment in Russia is underway," the NIS said.',
            'The agency said more was coming. "We suspect a satellite launch is near," it said.',
        )
        == ["the National Intelligence Service (NIS)"] * 2
    )


def test_description_resolves_to_earlier_mention_with_same_head() -> None:
    assert (
        speakers(
            '"It is difficult to speculate on her agenda," a senior unification ministry '
            "official said.",
            "The official noted it was her third trip. "
            '"This is unusual for her," the official said.',
        )
        == ["a senior unification ministry official"] * 2
    )


def test_definite_role_resolves_to_titled_name() -> None:
    assert speakers(
        "US President Donald Trump spoke on Tuesday.",
        'The president said China "is going to have to make a deal that I like."',
    ) == ["US President Donald Trump"]


def test_unknown_speaker_is_none() -> None:
    assert speakers('"Nobody knows what will happen next in this war."') == [None]
    assert speakers('"We have got him!"') == [None]  # a short sentence: speech all the same


def test_a_scare_quote_nobody_says_is_no_quote() -> None:
    # A phrase in marks, no sentence and no speaker, is a term, not a quote to copy.
    assert speakers('The plan was described as a "phase one" trade deal.') == []
    assert speakers('Ana Lee called the plan a "phase one" deal.') == ["Ana Lee"]


def test_unresolvable_pronoun_is_none() -> None:
    assert speakers('"We will keep fighting until the very end," she said.') == [None]


def test_heading_quote_does_not_inherit_a_speaker() -> None:
    found = quotes(
        '"I can say that with great confidence," Simpson said.',
        "\u201cprevent the evacuation of the Syrian civilians from the camp\u201d",
    )
    assert [q.speaker for q in found] == ["Simpson", None]


# --- the seed page ---------------------------------------------------------------------------


def test_seed_spans_stand_in_the_article(seed: Article) -> None:
    found = find_quotes(seed)
    assert found
    for q in found:
        assert q.span.text_in(seed) == q.text
        assert q.sentence is not None and q.text in q.sentence.text_in(seed)
    order = [(q.span.paragraph, q.span.start) for q in found]
    assert order == sorted(order)


def test_seed_full_quotes_and_speakers(seed: Article) -> None:
    full = [q for q in find_quotes(seed) if q.kind == "full"]
    nis = "National Intelligence Service (NIS)"
    expected = [
        ("North Korea's troop deployment in Russia is underway", nis),
        ("We are confirming the possibility", nis),
        ("It's difficult to speculate", "a senior unification ministry official"),
        ("We suspect North Korea is preparing", nis),
        ("It is estimated that about 4,000", nis),
        ("We have learned that military officers", nis),
        ("North Korea has been beefing up security", nis),
        ("Some 3,000 North Korean soldiers", "Ukrainian President Volodymyr Zelenskyy"),
        ("We will not sit idly by", "President Yoon Suk Yeol"),
        ("We discussed the involvement", "Ukrainian President Volodymyr Zelenskyy"),
        ("A portion of those soldiers", "Pentagon spokesperson Sabrina Singh"),
    ]
    assert len(full) == len(expected)
    for q, (start, speaker) in zip(full, expected):
        assert q.text.startswith(start)
        assert q.speaker is not None and q.speaker.removeprefix("the ") == speaker, q


def test_seed_fragments(seed: Article) -> None:
    fragments = {q.text: q.speaker for q in find_quotes(seed) if q.kind == "fragment"}
    assert set(fragments) == {"internal unrest", "soon.", "illegal"}
    assert fragments["illegal"] == "President Yoon Suk Yeol"


# --- harder grammar --------------------------------------------------------------------------


def test_passive_voice_is_not_an_attribution() -> None:
    assert speakers('The plan was described as "a very bad deal for everyone" last week.') == [None]
    assert speakers(
        'The plan was described by Senator Mark Warner as "a very bad deal for everyone."'
    ) == ["Senator Mark Warner"]


def test_name_after_a_description_and_age_apposition() -> None:
    assert speakers(
        '"Two tablets was a lethal dose, and she took eight," her mother, Fiona, said.'
    ) == ["Fiona"]
    assert speakers('"I was going the other way for a while," Zach Parise, 35, said.') == [
        "Zach Parise"
    ]


def test_source_after_a_partial_quote_is_not_the_speaker() -> None:
    assert speakers(
        "Whole Foods CEO John Mackey said in a memo that the \u201cprice distinction between "
        "the two brands has become less relevant,\u201d Yahoo Finance reported."
    ) == ["Whole Foods CEO John Mackey"]


def test_compound_predicate_subject() -> None:
    assert speakers(
        'Uber stepped in and tweeted this announcement: "We are all concerned with events in CBD."'
    ) == ["Uber"]


def test_bare_surname_takes_the_latest_full_name() -> None:
    assert speakers(
        "Foreign Minister Kim Min-jae met North Korean leader Kim Jong-un's envoy.",
        "Later, Kim Min-jae spoke again.",
        '"We will keep the channel open for talks," Kim said.',
    ) == ["Foreign Minister Kim Min-jae"]


def test_find_quotes_scales_to_a_long_article() -> None:
    unit = (
        "Wild coach Bruce Boudreau praised the team on Tuesday.",
        '"He is getting a little bit of confidence back," Boudreau said. "That goes a long way."',
        'The agency said the plan was "illegal," and it added more.',
        '"We suspect a launch is near, and we are watching it," it said.',
    )
    small = article(*(unit * 100))
    big = article(*(unit * 1000))
    t0 = time.perf_counter()
    n_small = len(find_quotes(small))
    t1 = time.perf_counter()
    found = find_quotes(big)
    t2 = time.perf_counter()
    assert n_small == 4  # repeated quotes are reported once
    assert len(found) == 4 and found[1].speaker == "Wild coach Bruce Boudreau"
    assert (t2 - t1) < 30 * max(t1 - t0, 1e-3)


# British single quotation marks


UK_ARTICLE = (
    "Prime Minister Jane Doe defended the rail plan on Monday.",
    "‘We will not be changing course,’ she told reporters in Downing Street.",
    "‘The officials’ decision was right, and it will stand,’ said John Smith, the transport"
    " secretary.",
    "Critics called the plan ‘a disgrace to the north of England’.",
)


def test_single_quotation_marks_are_quotes_in_an_article_that_quotes_that_way() -> None:
    found = quotes(*UK_ARTICLE)
    by_text = {q.text: q for q in found}
    assert set(by_text) == {
        "We will not be changing course",
        "The officials’ decision was right, and it will stand",  # the apostrophe stays inside
        "a disgrace to the north of England",
    }
    assert by_text["We will not be changing course"].speaker == "Prime Minister Jane Doe"
    assert "John Smith" in (
        by_text["The officials’ decision was right, and it will stand"].speaker or ""
    )
    for q in found:  # spans stand in the original paragraphs, marks and all
        assert UK_ARTICLE[q.span.paragraph][q.span.start : q.span.end] == q.text


def test_single_marks_around_titles_or_beside_double_quotes_are_not_quotes() -> None:
    # Nobody says the phrase: it is a title.
    assert quotes("The festival's theme is ‘The Medium is the Message’ this winter.") == []
    # An article that quotes in double marks keeps its single marks for nicknames.
    found = quotes(
        "“We are ready,” said Mayor Ann Lee, who calls the team ‘the best in the whole state’."
    )
    assert [q.text for q in found] == ["We are ready"]


_UK_WORDS = st.sampled_from(
    ["‘We", "win,’", "‘", "’", "’.", "don’t", "officials’", "she", "said", "told", "Jane",
     "Doe", "the", "plan", "is", "good", ",", ".", "—", "(", ")", "Mr.", "agreed", "it"]
)  # fmt: skip


@given(st.lists(st.lists(_UK_WORDS, max_size=40).map(" ".join), min_size=1, max_size=6))
def test_single_quote_reading_keeps_every_span_in_the_article(paragraphs: list[str]) -> None:
    quotes(*paragraphs)  # checks that each quote's span and sentence stand in the article


def test_a_verb_then_name_frame_ending_in_a_bare_comma_does_not_crash() -> None:
    """A frame between two parts of a quote ('"...," muttered X, "..."') ends in a bare comma:
    there is no appositive after the name to look at (it raised IndexError)."""
    from briefreader.digest.quotes.frames import name_then_verb

    assert name_then_verb(" growled Red Tide Man, ") == "Red Tide Man"


def test_curly_quotes_inside_a_straight_quoted_passage_are_nested() -> None:
    # A passage opened with straight marks over several paragraphs, with curly marks inside:
    # the curly pair is a quote within it, and the passage goes on to its last paragraph.
    found = quotes(
        "Dr. Ines Varga stated:",
        '"The board is no longer about \u201cclean water for all\u201d at all. It is about the'
        " mayor's plan to sell the whole works to a private firm.",
        '"The latest case is the board suing the county over its \u201cWell Rule,\u201d which'
        " lets farmers, not officials, decide who may drill.",
        '"The answer to the water problem is not politics but good engineering. This is'
        ' government gone wild."',
    )
    assert [q.text.split()[:3] for q in found] == [
        ["The", "board", "is"],
        ["The", "latest", "case"],
        ["The", "answer", "to"],
    ]
    assert [q.speaker for q in found] == ["Dr. Ines Varga"] * 3
