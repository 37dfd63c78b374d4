"""Subjects: what a figure counts, as a noun phrase of its sentence.

The noun phrase after the number comes first ("3,000 North Korean troops", "30 of Boeing's
jets"); a hyphen compound names its own ("a two-goal lead" counts "goal lead"); a unit after
the number makes it a measure; an age shows in apposition ("Webb, 51"). Failing those, the
subject is on the left: "the cost of $5", "Their wage is estimated to be around $800", or the
noun phrase opening the clause of money and percentages. A possessive ("Their monthly wage")
is resolved against the figures just before.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefreader.digest.figures.candidates import _COUNTS, _Found, _qualifier
from briefreader.digest.figures.tokens import _COMPOUND_TOKEN, _Paragraph, _Tok, _word_value
from briefreader.digest.figures.words import (
    _CHAIN,
    _DETERMINERS,
    _FRACTIONS,
    _LINKS,
    _NOT_HEADS,
    _POSSESSIVES,
    _STOP,
    _UNITS,
)

# Words in a noun phrase at most: longer ones run into the rest of the sentence.
_NP_MAX_WORDS = 5
# Words in the noun phrase opening a clause ("The campaign, ..., cost $449,000").
_CLAUSE_NP_MAX_WORDS = 4
# A word of this many letters or fewer ending in "ed"/"ing" is no participle ("red", "bed").
_SHORT_ED_ING = 3

_NP_WORD = re.compile(r"[A-Za-z][\w'’.&-]*|\d[\w.,-]*")


def _np_word(tok: _Tok) -> bool:
    """``tok`` may stand in a noun phrase."""
    if not _NP_WORD.fullmatch(tok.text):
        return False
    if tok.low in _STOP and tok.text != "US":
        return False
    return not tok.low.endswith(("'s", "’s")) or tok.text[0].isupper()


def _is_participle(tok: _Tok) -> bool:
    """``tok`` looks like a participle ("reported", "including"), which ends a noun phrase."""
    return (
        tok.text[0].islower() and tok.low.endswith(("ed", "ing")) and len(tok.low) > _SHORT_ED_ING
    )


# --- noun phrases ---------------------------------------------------------------------------------


def _np_right(p: _Paragraph, k: int, max_words: int = _NP_MAX_WORDS) -> str | None:
    """The noun phrase starting at token ``k`` ("North Korean troops", "military terms")."""
    if k >= len(p.toks):
        return None
    start = _np_start(p, k)
    if start is None:
        return None
    words = _trim_np(_np_words_right(p, start, max_words))
    if not words:
        return None
    return p.text[words[0].start : words[-1].end]


def _np_start(p: _Paragraph, k: int) -> int | None:
    """The first token of the noun phrase at ``k``, past "of the" and "of Boeing's"; None when
    ``k`` opens none ("of" followed by anything else, "in", "worth")."""
    toks = p.toks
    t = toks[k]
    # "123 of the planes", "three of those companies", "30 of Boeing's jets".
    if t.low == "of":
        if not p.joined(k):
            return None
        k += 1
        d = toks[k]
        if not d.text:
            return None  # "the top 10 of …", "14 of ?": punctuation opens no noun phrase
        if d.low in _DETERMINERS or d.low.endswith(("'s", "’s")) and d.text[0].isupper():
            return k + 1
        if d.text[0].isupper() and p.joined(k) and toks[k + 1].low in {"'s", "’s"}:
            return k + 2
        return None
    if t.low in {"in", "worth"}:
        return None
    return k


def _np_words_right(p: _Paragraph, i: int, max_words: int) -> list[_Tok]:
    """The words of a noun phrase from token ``i`` on, up to punctuation or a non-noun word."""
    toks = p.toks
    words: list[_Tok] = []
    while i < len(toks) and len(words) < max_words:
        w = toks[i]
        if w.lead and words:
            break
        if not _np_word(w) or (not words and _word_value(w.text) is not None):
            break
        if _is_participle(w):
            nxt = p.next_joined(i)
            if words or nxt is None or not _np_word(nxt):
                break
        words.append(w)
        if w.trail or (i + 1 < len(toks) and toks[i + 1].lead):
            break
        i += 1
    return words


def _trim_np(words: list[_Tok]) -> list[_Tok]:
    """Drop the numbers and possessives that end a noun phrase (and the word a number took)."""
    popped_number = False
    while words and (words[-1].text[0].isdigit() or words[-1].low in _POSSESSIVES):
        popped_number = popped_number or words[-1].text[0].isdigit()
        words.pop()
    if popped_number and len(words) > 1:
        words.pop()  # "964,000 people age 12": "age" belongs to the next number
    return words


def _np_left(p: _Paragraph, k: int, sent_start: int) -> str | None:
    """The noun phrase ending at token ``k`` (walking left, at most five words)."""
    words: list[_Tok] = []
    i = k
    while i >= 0 and len(words) < _NP_MAX_WORDS:
        w = p.toks[i]
        if w.start < sent_start:
            break
        if w.trail and words:
            break
        if not _np_word(w):
            break
        if _is_participle(w):
            break
        words.insert(0, w)
        if w.lead:
            break
        i -= 1
    if not words:
        return None
    # "the budget request" -> keep a leading possessive for later resolution.
    if i >= 0 and p.toks[i].low in _POSSESSIVES and p.toks[i].start >= sent_start:
        words.insert(0, p.toks[i])
    return p.text[words[0].start : words[-1].end]


# --- subjects on the left -------------------------------------------------------------------------


# Verb-chain words walked over at most between a number and its linking verb.
_MAX_CHAIN_WORDS = 7


def _subject_left(p: _Paragraph, f: _Found) -> str | None:
    """For "X of $5", "X is ... $800", "expand X by 30%": the noun phrase the number is of."""
    s0, _ = p.sentence_of(p.toks[f.i].start)
    k = f.i - 1
    # skip the qualifier
    q = _qualifier(p, f)
    if q:
        k -= len(q.split())
    if k < 0 or p.toks[k].start < s0 or p.toks[k].trail:
        return None
    w = p.toks[k]
    preps = {"of", "for", "by"} if f.kind in {"money", "percent"} else {"of"}
    if w.low in preps and not w.trail:
        np = _np_left(p, k - 1, s0)
        if np and np.split()[-1].lower() not in _NOT_HEADS:
            return np
    # Walk over a verb chain to a linking verb: "Their monthly wage is estimated to be around".
    steps = 0
    while k >= 0 and steps < _MAX_CHAIN_WORDS and p.toks[k].start >= s0:
        w = p.toks[k]
        if w.trail and steps:
            return None
        if w.low in _LINKS:
            j = k - 1
            while j >= 0 and p.toks[j].low in _CHAIN and p.toks[j].start >= s0:
                j -= 1
            if j >= 0 and p.toks[j].low in _LINKS:
                k = j
                continue
            return _np_left(p, j, s0) if j >= 0 else None
        if w.low not in _CHAIN:
            break
        k -= 1
        steps += 1
    if f.kind in {"money", "percent"}:
        return _clause_subject(p, f, s0)
    return None


def _clause_subject(p: _Paragraph, f: _Found, s0: int) -> str | None:
    """The noun phrase opening the clause of a number ("The campaign, ..., cost $449,000")."""
    k = f.i - 1
    while k >= 0 and p.toks[k].start >= s0:
        t = p.toks[k]
        if t.low in {"and", "but", "while", "so"} and k > 0 and p.toks[k - 1].trail == ",":
            break
        if t.trail == ";":
            break
        k -= 1
    k += 1
    if k >= f.i:
        return None
    if p.toks[k].low in _DETERMINERS:
        k += 1
    if k >= f.i:
        return None
    np = _np_right(p, k, max_words=_CLAUSE_NP_MAX_WORDS)
    if np is None or _word_value(np.split()[0]) is not None:
        return None
    return np


# --- the subject of a figure ----------------------------------------------------------------------


def _find_subject(p: _Paragraph, f: _Found) -> str | None:
    """What figure ``f`` counts, or None; may set its kind and unit (an age, a measure)."""
    t = p.toks[f.i]
    if f.kind in {"age", "compound"} or (f.kind == "measure" and "-" in t.text):
        return _hyphen_subject(p, f)
    age = _apposition_age(p, f)
    if age is not None:
        return age
    prev = p.tok(f.i - 1)
    if prev is not None and prev.low in {"age", "aged", "ages"} and p.joined(f.i - 1):
        f.unit = "years"
        return "age"
    if p.joined(f.j) and p.toks[f.j + 1].low == "times" and f.unit is None:
        f.unit = "times"
        return None
    nxt_i = f.j + 1
    if p.joined(f.j) and nxt_i < len(p.toks):
        if p.toks[nxt_i].low in _UNITS and f.unit is None:
            return _unit_subject(p, f, nxt_i)
        if f.kind in {"money", "percent"}:
            return _money_subject(p, f, nxt_i)
        np = _np_right(p, nxt_i)
        if np:
            return np
    return _subject_left(p, f)


def _hyphen_subject(p: _Paragraph, f: _Found) -> str | None:
    """A hyphen compound: "an 8-year-old boy" (age of boy), "a 55-kilometer road" (road),
    "a two-goal lead" (goal lead), "two-thirds of voters" (voters)."""
    np = _np_right(p, f.j + 1) if p.joined(f.j) else None
    if f.kind == "age":
        return f"age of {np}" if np else None
    if f.kind == "measure":
        return np
    m = _COMPOUND_TOKEN.fullmatch(p.toks[f.i].text)
    rest = m.group("rest") if m else ""
    if rest.lower() in _FRACTIONS:
        return np
    return f"{rest} {np}" if np else rest


# A bare number in commas after a name is an age when it is in this span ("Webb, 51,").
_MIN_AGE = 1
_MAX_AGE = 120


def _apposition_age(p: _Paragraph, f: _Found) -> str | None:
    """Age in apposition: "Parise, 35, had scored", "Webb, 51" (makes ``f`` an age)."""
    prev = p.tok(f.i - 1)
    if (
        f.kind == "count"
        and prev is not None
        and prev.trail == ","
        and prev.text[:1].isupper()
        and p.toks[f.i].trail in {",", ".", ")"}
        and f.number is not None
        and _MIN_AGE <= f.number <= _MAX_AGE
        and float(f.number).is_integer()
    ):
        f.kind, f.unit = "age", "years"
        return f"age of {prev.text}"
    return None


def _unit_subject(p: _Paragraph, f: _Found, nxt_i: int) -> str | None:
    """A unit word after the number makes it a measure; "5 tons of rice" counts rice."""
    f.unit = _UNITS[p.toks[nxt_i].low]
    f.kind = "measure"
    if p.joined(nxt_i):
        np = _np_right(p, nxt_i + 1)
        if np is not None and p.toks[nxt_i + 1].low == "of":
            return np
    return None


def _money_subject(p: _Paragraph, f: _Found, nxt_i: int) -> str | None:
    """Money and percentages: "$5 million of aid", "$2 billion in loans", "$9 worth of
    goods", "12% of voters", else the noun phrase after or the subject on the left."""
    nx = p.toks[nxt_i]
    if nx.low == "of" or (nx.low in {"in", "worth"} and f.kind == "money"):
        k = nxt_i + 1
        if nx.low == "worth" and p.joined(nxt_i):
            if p.toks[k].low != "of":
                return _subject_left(p, f)
            k += 1
        if k < len(p.toks) and p.joined(k - 1):
            if p.toks[k].low in _DETERMINERS:
                k += 1
            np = _np_right(p, k)
            if np:
                return np
    return _np_right(p, nxt_i) or _subject_left(p, f)


# Figures looked back over to resolve "their" ("Their monthly wage").
_RESOLVE_LOOKBACK = 3


def _resolve(subject: str | None, previous: Sequence[_Found]) -> str | None:
    """Resolve a possessive ("Their monthly wage") against the figures just before."""
    if not subject:
        return subject
    first, _, rest = subject.partition(" ")
    if first.lower() in _POSSESSIVES and rest:
        if first.lower() == "their":
            for g in reversed(previous[-_RESOLVE_LOOKBACK:]):
                if g.subject and g.kind in _COUNTS:
                    return f"{rest} of {g.subject}"
        return rest
    if first.lower() in {"the", "a", "an"} and rest:
        return rest
    return subject
