"""Tokens: the white-space tokens of a paragraph, what a number token looks like, and the value
of number words.

A token keeps its core (leading and trailing punctuation stripped, the period of "U.S." kept) and
its offsets; :class:`_Paragraph` holds the tokens and sentences of one paragraph and answers the
questions every later pass asks of a token's neighbours (joined to the next one? opening a
sentence? a capitalised name word?).
"""

from __future__ import annotations

import bisect
import re
from array import array
from dataclasses import dataclass

from briefreader.digest.figures.words import (
    _MONTHS,
    _QUALIFIERS_1,
    _TENS_WORDS,
    _UNITS_WORDS,
)
from briefreader.digest.sentences import split_sentences
from briefreader.lexicon import words

# --- token patterns -------------------------------------------------------------------------------

_CUR = r"(?:US\$|A\$|C\$|HK\$|NZ\$|S\$|R\$|[$€£¥₹₩]|USD|EUR|GBP)"
_DIG = r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)"
_SC = r"(?:billion|million|trillion|bn|bln|mn|mln|tn|k|m|b)"  # "£330million" too
_NUM_TOKEN = re.compile(
    rf"(?P<cur>{_CUR})?(?P<n>{_DIG})(?:(?P<sc>{_SC})|(?P<unit>[a-zA-Z]{{1,3}}))?(?P<pct>%)?"
)
_PAIR_TOKEN = re.compile(
    rf"(?P<cur>{_CUR})?(?P<n>{_DIG})(?P<sc1>{_SC})?(?P<pct1>%)?[-–](?P<cur2>{_CUR})?"
    rf"(?P<n2>{_DIG})(?P<sc>{_SC})?(?P<pct>%)?"
)
_COMPOUND_TOKEN = re.compile(r"(?P<n>\d+(?:\.\d+)?|[A-Za-z]+)-(?P<rest>[A-Za-z]+(?:-[A-Za-z]+)*)")
_LEAD_PUNCT = "\"'“‘«([{¿¡*"
_TRAIL_PUNCT = "\"'”’»)]},.;:!?*…"
_URLISH = re.compile(r"https?:|www\.|\.com\b|\.org\b|@|/\S|^#\w|\\")
_NON_SPACE = re.compile(r"\S+")
_DOTTED_ABBREVIATION = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]")
# Words that may make a figure without a digit: number words, scales, vague amounts
# ("several", "thousands"), ordinals ("finished sixth", "third-largest") and shares ("half of").
_FIGURE_WORDS = [
    *_UNITS_WORDS,
    *_TENS_WORDS,
    *sorted(
        words(
            """
            billion billions dozen dozens eighth fifth first few fourth half hundred hundreds
            million millions ninth once quarter second seventh several sixth tenth third thousand
            thousands twice
            """
        )
    ),
]
_NUMBER_WORD = re.compile(r"\b(?:" + "|".join(_FIGURE_WORDS) + r")", re.IGNORECASE)

# The largest unit word a tens word takes: "forty-two", "twenty five" (not "twenty twelve").
_MAX_UNIT_DIGIT = 9


@dataclass(slots=True)
class _Tok:
    """A white-space token of a paragraph: its core (punctuation stripped) and offsets."""

    text: str  # the core
    low: str
    start: int  # of the core
    end: int
    raw_start: int
    raw_end: int
    trail: str  # punctuation stripped from the end
    lead: str  # punctuation stripped from the start


def _tokens(text: str) -> list[_Tok]:
    """The white-space tokens of ``text``, their punctuation split off."""
    out: list[_Tok] = []
    append = out.append
    for m in _NON_SPACE.finditer(text):
        raw = m.group()
        offset = m.start()
        a, b = 0, len(raw)
        while a < b and raw[a] in _LEAD_PUNCT:
            a += 1
        while b > a and raw[b - 1] in _TRAIL_PUNCT:
            b -= 1
        core = raw[a:b]
        # Keep the period of abbreviations such as "U.S." or "a.m." in the core.
        if b < len(raw) and raw[b] == "." and _DOTTED_ABBREVIATION.fullmatch(core):
            b += 1
            core = raw[a:b]
        # Where the core is the whole token, or already lower case, the same objects serve
        # twice: a paragraph of a million tokens holds a million fewer strings and integers.
        low = core.lower()
        if low == core:
            low = core
        end = m.end()
        start = offset if a == 0 else offset + a
        core_end = end if b == len(raw) else offset + b
        # text, low, start, end, raw_start, raw_end, trail, lead (positional: it is hot)
        append(_Tok(core, low, start, core_end, offset, end, raw[b:], raw[:a]))
    return out


def _to_float(s: str) -> float:
    """The value of digits with thousands commas ("3,000")."""
    return float(s.replace(",", ""))


def _is_unit_digit(value: int) -> bool:
    """``value`` may follow a tens word ("forty-two"): one to nine."""
    return 0 < value <= _MAX_UNIT_DIGIT


def _word_value(word: str) -> int | None:
    """Value of a single number word ("seven", "forty-two"), else None."""
    w = word.lower()
    if w in _UNITS_WORDS:
        return _UNITS_WORDS[w]
    if w in _TENS_WORDS:
        return _TENS_WORDS[w]
    if "-" in w:
        a, _, b = w.partition("-")
        if a in _TENS_WORDS and b in _UNITS_WORDS and _is_unit_digit(_UNITS_WORDS[b]):
            return _TENS_WORDS[a] + _UNITS_WORDS[b]
    return None


def _has_number_word(text: str) -> bool:
    """``text`` has a number word ("two", "forty", "dozen", "million") in it."""
    return _NUMBER_WORD.search(text) is not None


class _Paragraph:
    """Scanner state for one paragraph."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.toks = _tokens(text)
        self.sents = split_sentences(text)
        self.sent_starts = [s for s, _ in self.sents]
        #: For each token, the last token at or before it that breaks a clause (built when a
        #: subject first needs it, :func:`~.subjects._last_clause_break`).
        self.clause_breaks: array[int] | None = None
        #: For each sentence start, whether the sentence is page furniture and whether it
        #: holds a quotation mark (computed once per sentence: a sentence of a megabyte with
        #: thousands of figures is not read once per figure).
        self.sentence_notes: dict[int, tuple[bool, bool]] = {}
        #: For each sentence start, whether the sentence speaks of weight (its "pounds").
        self.weight_notes: dict[int, bool] = {}
        # Index of the first token of each sentence, to tell sentence-initial capitals.
        self.initial: set[int] = set()
        k = 0
        for s, _ in self.sents:
            while k < len(self.toks) and self.toks[k].raw_end <= s:
                k += 1
            if k < len(self.toks):
                self.initial.add(k)

    def sentence_of(self, pos: int) -> tuple[int, int]:
        """The (start, end) of the sentence that holds offset ``pos``."""
        if not self.sents:
            return (0, len(self.text))
        k = max(0, bisect.bisect_right(self.sent_starts, pos) - 1)
        return self.sents[k]

    def tok(self, i: int) -> _Tok | None:
        """Token ``i``, or None past either end."""
        return self.toks[i] if 0 <= i < len(self.toks) else None

    def joined(self, i: int) -> bool:
        """True when token ``i`` runs on into token ``i + 1`` (no punctuation between)."""
        t, n = self.tok(i), self.tok(i + 1)
        if t is None or n is None:
            return False
        if t.trail or n.lead:
            return False
        return self.sentence_of(t.start) == self.sentence_of(n.start)

    def prev_joined(self, i: int) -> _Tok | None:
        """Token before ``i`` if nothing but a space separates them."""
        return self.tok(i - 1) if i > 0 and self.joined(i - 1) else None

    def next_joined(self, i: int) -> _Tok | None:
        """Token after ``i`` if nothing but a space separates them."""
        return self.tok(i + 1) if self.joined(i) else None

    def is_initial(self, i: int) -> bool:
        """Token ``i`` opens a sentence, a quotation or a bracket."""
        t = self.toks[i]
        if i in self.initial or t.lead:
            return True
        p = self.tok(i - 1)
        return p is None or p.trail.endswith((":", "—", "–")) or p.text in {"—", "–", "-"}

    def is_name_word(self, i: int) -> bool:
        """Token ``i`` is a capitalised word that is not simply opening a sentence."""
        t = self.tok(i)
        if t is None or not t.text or not any(c.isupper() for c in t.text):
            return False
        if t.low in _QUALIFIERS_1 or t.low in _MONTHS or t.low.rstrip(".") in _MONTHS:
            return False
        if not t.text[0].isalpha():
            return False
        rest = t.text[1:]  # ("A" opening a sentence is no name either)
        return not (t.text[0].isupper() and self.is_initial(i) and (rest.islower() or not rest))


_YEAR_WORD = re.compile(r"\d{4}")


def _past_numbers(phrase: str | None) -> str | None:
    """``phrase`` past the numbers opening it ("30" -> None), a year kept ("2020 budget
    request"): a noun phrase of a number that is itself a number says nothing it counts."""
    if not phrase:
        return None
    words = phrase.split()
    while words and words[0][:1].isdigit() and not _YEAR_WORD.fullmatch(words[0]):
        words.pop(0)
    return " ".join(words) or None
