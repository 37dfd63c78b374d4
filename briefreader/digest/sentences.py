"""Sentence splitting that survives news abbreviations ("N. Korean", "Oct. 23", "U.S.").

One regular-expression pass finds candidate ends (``.``, ``!``, ``?``, ellipses, ``。``), each
followed by any closing quotes or brackets; a small rule set then decides whether the candidate
really ends a sentence. Every step looks at a bounded window around the candidate, so the whole
split is linear in the length of the text.
"""

from __future__ import annotations

import re
from functools import lru_cache

from briefreader.lexicon import words
from briefreader.lexicon.dates import WEEKDAY_ABBREVIATIONS, WRITTEN_MONTHS
from briefreader.lexicon.marks import WHITESPACE
from briefreader.lexicon.titles import NAME_SUFFIXES, TITLE_ABBREVIATIONS

__all__ = ["split_sentences", "sentence_at"]


# Words that end in a period without ending the sentence when a capital or a digit follows.
# Titles, months, "No.", "St." and the like are (almost) never the last word of a sentence.
_TITLES = (
    TITLE_ABBREVIATIONS
    | words(
        # more titles and ranks; Mount, Fort; department
        """
        brig cpl cpt dept ft messrs mmes mt pvt reps sec sens
        """
        # references: "No. 2", "vol.", "fig.", "pp.", "approx.", "vs."
        """
        approx ca cf eds fig figs no nos nr op pp vol vols vs
        """
        # weekdays abbreviated longer
        """
        thur thurs tues
        """
        # streets
        """
        ave blvd hwy
        """
        # US states
        """
        ala ariz ark calif colo conn fla ga kan kans ky md mich minn mo mont neb nev okla pa tenn
        tex va vt wis wyo
        """
    )
    # months (not May) and weekdays
    | (frozenset(WRITTEN_MONTHS) - {"may"})
    | WEEKDAY_ABBREVIATIONS
)

# Company suffixes and "Jr." often end a sentence ("... Samsung Electronics Co. The ..."): like
# dotted abbreviations, they end one only when the next word is a typical sentence opener.
_SUFFIXES = NAME_SUFFIXES | words("bros co corp inc llc ltd plc")

# Abbreviations that may end a sentence ("... in the U.S. The ..."): only split after them
# when the next word is a typical sentence opener.
_SENTENCE_OPENERS = words(
    """
    a according after all also although an and as at before both but despite during earlier
    for he her his how however i if in it its last later many meanwhile more most my no not
    now on one or our several she since so some still that the their then there these they
    this those though three today two we what when where while who why yet you
    """
)

_TERMINAL = ".!?\u2026\u3002\uff01\uff1f\u203c\u2047\u2048\u2049"
_CLOSERS = "\"'\u201d\u2019\u00bb\u203a)\\]\u300d\u300f\u3011\uff09"
_OPENERS = "\"'\u201c\u2018\u00ab\u2039(\\[\u300c\u300e\u3010\uff08\u201e\u201a\u00bf\u00a1-\u2014"

# A candidate end: a run of terminal marks (not starting inside a run, so no run is rescanned),
# optional closing quotes/brackets, then white space or the end of the text. CJK full stops need
# no white space after them. Each run is taken whole, never given back (a failed candidate costs
# one look, not a backtrack over the run): ``(?=(X+))\1`` matches a run of X atomically, as
# ``X++`` does on Python 3.11+ (3.10 has neither possessive quantifiers nor atomic groups). The
# groups are that device only: callers use the whole match.
_CANDIDATE = re.compile(
    rf"(?<![{_TERMINAL}])(?:(?=([{_TERMINAL}]+))\1(?=([{_CLOSERS}]*))\2(?=\s|\Z)"
    rf"|(?=([\u3002\uff01\uff1f]+))\3(?=([{_CLOSERS}]*))\4)"
)
_HARD_BREAK = re.compile(r"\n[ \t\r\f\v]*\n\s*")
_LOOKBACK = 40  # characters looked at around a candidate: longer than any abbreviation or word
# A dotted abbreviation ("U.S.", "a.m.", "Ph.D.") has at most this many letters ...
_ABBREVIATION_LETTERS = 4
# ... in parts of at most this many letters between its dots.
_ABBREVIATION_PART = 2
_SPLIT_CACHE = 4096  # paragraphs whose split is kept: quotes, figures and facts split each one


def _word_before(text: str, pos: int) -> str:
    """The token that ends at ``pos`` (bounded look-back), without opening punctuation."""
    lo = max(0, pos - _LOOKBACK)
    i = pos
    while i > lo and not text[i - 1].isspace():
        i -= 1
    return text[i:pos].lstrip(_OPENERS)


def _next_word(text: str, pos: int) -> tuple[str, int]:
    """The next token after white space at ``pos`` (bounded) and where it starts."""
    n = len(text)
    i = pos
    hi = min(n, pos + _LOOKBACK)
    while i < hi and text[i].isspace():
        i += 1
    j = i
    # Skip opening marks and dashes, and the spaces between them ("N.Y. — Hours").
    while j < hi and (text[j] in _OPENERS or (j > i and text[j].isspace())):
        j += 1
    k = j
    while k < hi and not text[k].isspace():
        k += 1
    return text[j:k], i


def _is_boundary(text: str, m: re.Match[str]) -> bool:
    """Decide whether candidate ``m`` really ends a sentence."""
    marks = m.group()
    nxt, _ = _next_word(text, m.end())
    if not nxt:
        return True
    first = nxt[0]
    if first.islower():
        # "etc. and", "?" he asked", "... and then": a lower-case word continues the sentence.
        return False
    core = marks.rstrip(_CLOSERS)
    if core != ".":
        # !, ?, ellipses and CJK stops end a sentence unless a lower-case word follows.
        return True
    if marks != core:
        # 'she said "No." He left': a period inside closing quotes ends the sentence.
        return True
    word = _word_before(text, m.start())
    if not word:
        return True
    low = word.lower()
    opener = nxt.strip(_CLOSERS + ",;:").lower() in _SENTENCE_OPENERS
    if word[0].isupper() and low in _SUFFIXES:
        return opener
    if word[0].isupper() and low in _TITLES:
        # "Rep. Lee", "Oct. 23", "No. 2": a title or month runs on into what follows.
        return not first.isalnum()
    letters = word.replace(".", "")
    if len(letters) == 1 and letters.isupper():
        # A single capital initial: "John F. Kennedy", "N. Korean".
        return False
    if (
        "." in word
        and len(letters) <= _ABBREVIATION_LETTERS
        and letters.isalpha()
        and all(len(part) <= _ABBREVIATION_PART for part in word.split("."))
    ):
        # Dotted abbreviations "U.S.", "U.N.", "a.m.", "Ph.D.": split only before an opener.
        return opener
    return True


def _trimmed(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and text[start] in WHITESPACE:
        start += 1
    while end > start and text[end - 1] in WHITESPACE:
        end -= 1
    return (start, end) if start < end else None


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Split ``text`` into sentences; return their ``(start, end)`` offsets in ``text``.

    Each span is stripped of surrounding white space, so ``text[start:end]`` is the sentence.
    Abbreviations and initials ("Rep. Lee", "Oct. 23", "U.S.", "John F. Kennedy"), decimals,
    ellipses and quotes that close after the full stop (``…." She``) are handled; blank lines
    always end a sentence. Runs in time linear in ``len(text)``.

    Quotes, figures and facts each split the same paragraphs, so recent results are cached.
    """
    return list(_split_cached(text))


@lru_cache(maxsize=_SPLIT_CACHE)
def _split_cached(text: str) -> tuple[tuple[int, int], ...]:
    return tuple(_split(text))


def _split(text: str) -> list[tuple[int, int]]:
    ends: list[int] = []
    for m in _CANDIDATE.finditer(text):
        if _is_boundary(text, m):
            ends.append(m.end())
    for m in _HARD_BREAK.finditer(text):
        ends.append(m.start())
    ends.sort()
    spans: list[tuple[int, int]] = []
    start = 0
    for end in ends:
        if end <= start:
            continue
        span = _trimmed(text, start, end)
        if span:
            spans.append(span)
        start = end
    span = _trimmed(text, start, len(text))
    if span:
        spans.append(span)
    return spans


def sentence_at(spans: list[tuple[int, int]], pos: int) -> int:
    """Index of the sentence in ``spans`` (from :func:`split_sentences`) that holds ``pos``.

    A position in the white space between two sentences belongs to the following one; a
    position after the last sentence belongs to the last. Returns -1 when ``spans`` is empty.
    """
    lo, hi = 0, len(spans)
    while lo < hi:
        mid = (lo + hi) // 2
        if spans[mid][1] <= pos:
            lo = mid + 1
        else:
            hi = mid
    if not spans:
        return -1
    return min(lo, len(spans) - 1)
