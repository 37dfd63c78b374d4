"""Sentence splitting: abbreviations, initials, decimals, quotes, ellipses, other scripts."""

from __future__ import annotations

import importlib
import re
import sys
import time
from collections.abc import Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefreader.digest import sentences as sentences_module
from briefreader.digest.sentences import sentence_at, split_sentences


def sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text)]


def test_plain_sentences_and_offsets() -> None:
    text = "  The NIS said so.  It added more!   Did it?  "
    spans = split_sentences(text)
    assert [text[a:b] for a, b in spans] == ["The NIS said so.", "It added more!", "Did it?"]
    assert spans[0] == (2, 18)


@pytest.mark.parametrize(
    "text",
    [
        "N. Korean troops moved toward the front.",
        "The plane flew on Oct. 23 and 24 to Moscow.",
        "Rep. Lee Seong-kweun briefed reporters.",
        "The U.S. military declined to comment.",
        "Rioters stormed the Capitol on Jan. 6 in Washington.",
        "Mr. Kim met Dr. Park and Mrs. Lee at St. Paul's.",
        "He was ranked No. 2 in the world.",
        "John F. Kennedy was shot in Dallas.",
        "Growth slowed to 3.5 percent from 4.25 percent.",
        "The meeting starts at 9 a.m. tomorrow.",
        "South Dakota Gov. Kristi Noem defended the campaign.",
        "Prices rose, she said, etc. and nobody cared.",
    ],
)
def test_abbreviations_initials_and_decimals_do_not_split(text: str) -> None:
    assert sentences(text) == [text]


def test_abbreviation_can_still_end_a_sentence() -> None:
    text = "The troops arrived in the U.S. The Pentagon confirmed it."
    assert sentences(text) == ["The troops arrived in the U.S.", "The Pentagon confirmed it."]


def test_company_suffix_ends_sentence_before_an_opener() -> None:
    text = "He works for Samsung Electronics Co. The firm declined to comment."
    assert len(sentences(text)) == 2


def test_quotes_interrupted_by_attribution() -> None:
    text = '"We are done," he said. "It is over." She left. "Really?" he asked.'
    assert sentences(text) == [
        '"We are done," he said.',
        '"It is over."',
        "She left.",
        '"Really?" he asked.',
    ]


def test_curly_quote_closing_after_full_stop() -> None:
    text = "\u201cIt is over.\u201d She left."
    assert sentences(text) == ["\u201cIt is over.\u201d", "She left."]


def test_ellipses() -> None:
    text = "He paused... and went on. Then silence\u2026 The end... Really."
    assert sentences(text) == [
        "He paused... and went on.",
        "Then silence\u2026",
        "The end...",
        "Really.",
    ]


def test_non_english() -> None:
    assert sentences("Это было. Правда? Да!") == ["Это было.", "Правда?", "Да!"]
    assert sentences("他来了。我走了。") == ["他来了。", "我走了。"]
    assert sentences("¿Qué pasa? Nada. «Bien», dijo.") == ["¿Qué pasa?", "Nada.", "«Bien», dijo."]


def test_blank_line_is_a_hard_break() -> None:
    assert sentences("A heading\n\nThe body starts here.") == ["A heading", "The body starts here."]


def test_empty_and_whitespace() -> None:
    assert split_sentences("") == []
    assert split_sentences("   \n ") == []
    assert sentences("No final stop") == ["No final stop"]


def test_sentence_at() -> None:
    text = "One two. Three four. Five."
    spans = split_sentences(text)
    assert sentence_at(spans, 0) == 0
    assert sentence_at(spans, text.index("Three")) == 1
    assert sentence_at(spans, text.index("Five") - 1) == 2  # white space goes to the next one
    assert sentence_at(spans, len(text) + 5) == 2
    assert sentence_at([], 3) == -1


@pytest.mark.parametrize(
    "pathological",
    ["." * 400_000, "a" * 400_000 + ".", "a. " * 150_000, "\u201c" * 400_000, "U.S. " * 100_000],
)
def test_linear_time_on_pathological_input(pathological: str) -> None:
    started = time.perf_counter()
    split_sentences(pathological)
    assert time.perf_counter() - started < 2.0


def test_scales_linearly() -> None:
    unit = 'Rep. Lee said on Oct. 23 that the U.S. paid 3.5 percent. "Fine," he said. Yes! '
    small, big = unit * 2_000, unit * 20_000
    t0 = time.perf_counter()
    n_small = len(split_sentences(small))
    t1 = time.perf_counter()
    n_big = len(split_sentences(big))
    t2 = time.perf_counter()
    assert n_small == 2_000 * 3 and n_big == 20_000 * 3
    # Ten times the input must not cost much more than ten times the time (quadratic would be 100x).
    assert (t2 - t1) < 30 * max(t1 - t0, 1e-3)


def test_dateline_abbreviation_before_a_dash_does_not_split():
    text = "BUFFALO, N.Y. — Hours before the game, he spoke. Next sentence here."
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "BUFFALO, N.Y. — Hours before the game, he spoke.",
        "Next sentence here.",
    ]


# --- Python 3.10: no possessive quantifiers, the same candidates ----------------------------------

_CJK_STOPS = "\u3002\uff01\uff1f"


def _pattern_ops(tree) -> Iterator[str]:  # type: ignore[no-untyped-def]
    """The names of every opcode in a parsed regular expression, nested ones too."""
    for op, argument in tree.data:
        yield str(op)
        yield from _argument_ops(argument)


def _argument_ops(value) -> Iterator[str]:  # type: ignore[no-untyped-def]
    if hasattr(value, "data"):
        yield from _pattern_ops(value)
    elif isinstance(value, (list, tuple)):
        for item in value:
            yield from _argument_ops(item)


def test_patterns_use_nothing_python_3_10_lacks() -> None:
    # Python 3.10's re has no possessive quantifiers (X++, X*+, X?+) and no atomic groups.
    parser = getattr(re, "_parser", None) or importlib.import_module("sre_parse")
    patterns = [v for v in vars(sentences_module).values() if isinstance(v, re.Pattern)]
    assert patterns
    for pattern in patterns:
        ops = set(_pattern_ops(parser.parse(pattern.pattern, pattern.flags)))
        assert not {op for op in ops if "POSSESSIVE" in op or "ATOMIC" in op}, pattern.pattern


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


# The candidate pattern as first written with possessive runs (Python 3.11+), and the same with
# plain greedy runs: the marks and closers are never white space, so giving a run back can never
# make the white-space look-ahead succeed, and both find the same candidates (greedy only slower).
_TERMINAL, _CLOSERS = sentences_module._TERMINAL, sentences_module._CLOSERS
_GREEDY = re.compile(
    rf"(?<![{_TERMINAL}])(?:[{_TERMINAL}]+[{_CLOSERS}]*(?=\s|\Z)|[{_CJK_STOPS}]+[{_CLOSERS}]*)"
)
_POSSESSIVE_SOURCE = (
    rf"(?<![{_TERMINAL}])(?:[{_TERMINAL}]++[{_CLOSERS}]*+(?=\s|\Z)|[{_CJK_STOPS}]++[{_CLOSERS}]*+)"
)
_HOSTILE = st.text(alphabet=_TERMINAL + _CLOSERS + _CJK_STOPS + " \n\t\u00a0aZ.1", max_size=40)


@settings(max_examples=500, deadline=None)
@given(_HOSTILE)
def test_candidates_are_those_of_the_greedy_pattern(text: str) -> None:
    assert _spans(sentences_module._CANDIDATE, text) == _spans(_GREEDY, text)


@pytest.mark.skipif(sys.version_info < (3, 11), reason="possessive quantifiers need Python 3.11")
@settings(max_examples=500, deadline=None)
@given(_HOSTILE)
def test_candidates_are_those_of_the_possessive_pattern(text: str) -> None:
    possessive = re.compile(_POSSESSIVE_SOURCE)
    assert _spans(sentences_module._CANDIDATE, text) == _spans(possessive, text)


def test_runs_of_marks_and_closers_are_never_backtracked() -> None:
    # A greedy run would try every split of 20,000 marks and 20,000 closers (400 million steps).
    text = "." * 20_000 + ")" * 20_000 + "x"
    started = time.perf_counter()
    assert split_sentences(text) == [(0, len(text))]
    assert time.perf_counter() - started < 1.0
