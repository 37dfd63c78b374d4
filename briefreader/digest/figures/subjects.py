"""Subjects: what a figure counts, as a noun phrase of its sentence.

The noun phrase after the number comes first ("3,000 North Korean troops", "30 of Boeing's
jets"); a hyphen compound names its own ("a two-goal lead" counts "goal lead"); a unit after
the number makes it a measure; an age shows in apposition ("Webb, 51"). Failing those, the
subject is on the left: "the cost of $5", "Their wage is estimated to be around $800", or the
noun phrase opening the clause of money and percentages (a possessive, "Their monthly wage",
is resolved in ``possessives``).
"""

from __future__ import annotations

import bisect
import re
from array import array

from briefreader.digest.figures.candidates import _COUNTS, _Found
from briefreader.digest.figures.qualifiers import _qualifier
from briefreader.digest.figures.shares import share_of
from briefreader.digest.figures.tokens import (
    _COMPOUND_TOKEN,
    _Paragraph,
    _past_numbers,
    _Tok,
    _word_value,
)
from briefreader.digest.figures.words import (
    _CHAIN,
    _CLAUSE_CONJUNCTIONS,
    _DETERMINERS,
    _FRACTIONS,
    _LINKS,
    _NOT_HEADS,
    _NP_VERBS,
    _POSSESSIVES,
    _STOP,
    _UNITS,
)
from briefreader.lexicon import words

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
            # "eight of their nine games": past the number word of the whole.
            if k + 2 < len(toks) and p.joined(k) and _word_value(toks[k + 1].text) is not None:
                return k + 2 if p.joined(k + 1) else None
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
        if not words and w.low == "very" and i + 1 < len(toks) and _np_word(toks[i + 1]):
            words.append(w)  # "two or three very big rivals"
            i += 1
            continue
        if len(words) == 1 and w.low in {"and", "or"} and _coordinated(p, i, words[0]):
            words.append(w)  # "18 Northern and Central counties"
            i += 1
            continue
        if not _np_word(w) or (not words and _word_value(w.text) is not None):
            break
        if w.low in _NP_VERBS:
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


def _coordinated(p: _Paragraph, i: int, first: _Tok) -> bool:
    """``first`` and the words after "and" at ``i`` are modifiers of one noun: "Northern and
    Central counties" (a one-word modifier, not plural, then two noun-phrase words)."""
    if first.trail or first.low.endswith("s") or not p.joined(i):
        return False
    a, b = p.tok(i + 1), p.tok(i + 2)
    if a is None or b is None or not p.joined(i + 1):
        return False
    return (
        _np_word(a)
        and _np_word(b)
        and not a.text[0].isdigit()
        and _word_value(a.text) is None
        and not _is_participle(a)
    )


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


def _subject_left(p: _Paragraph, f: _Found, clause: bool = True) -> str | None:
    """For "X of $5", "X is ... $800", "expand X by 30%": the noun phrase the number is of
    (for money and percentages, failing those and when ``clause``, the clause's subject)."""
    s0, _ = p.sentence_of(p.toks[f.i].start)
    k = f.i - 1
    # skip the qualifier
    q = _qualifier(p, f)
    if q:
        k -= len(q.split())
    # "a kite measuring an astonishing 6,000 metres": past "an astonishing".
    if k > 0 and p.toks[k - 1].low in {"a", "an"} and _np_word(p.toks[k]) and p.joined(k - 1):
        k -= 2
    if k < 0 or p.toks[k].start < s0 or p.toks[k].trail:
        return None
    w = p.toks[k]
    preps = {"of", "for", "by"} if f.kind in {"money", "percent", "measure"} else {"of", "to"}
    if w.low in preps and not w.trail:
        np = _np_left(p, k - 1, s0)
        # "increased the total of commercial providers to 14" (not "down by 30 to 126").
        np = _past_numbers(np)  # "down by 30 to 126": none; "the 2020 budget request for"
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
            # "a party that reportedly cost": past the adverb and the relative pronoun.
            while j > 0 and p.toks[j].low.endswith("ly") and p.toks[j].text.islower():
                j -= 1
            if j > 0 and p.toks[j].low in {"that", "which", "who"}:
                j -= 1
            return _np_left(p, j, s0) if j >= 0 else None
        if w.low not in _CHAIN:
            break
        k -= 1
        steps += 1
    if f.kind in {"money", "percent"} and clause:
        return _clause_subject(p, f, s0)
    return None


def _clause_subject(p: _Paragraph, f: _Found, s0: int) -> str | None:
    """The noun phrase opening the clause of a number ("The campaign, ..., cost $449,000")."""
    # The clause opens after the last break before the number ("..., and", ";"), or with
    # the sentence: the first token at or after s0.
    first = bisect.bisect_left(p.toks, s0, key=_start)
    k = max(first - 1, _last_clause_break(p, f.i - 1)) + 1
    if k >= f.i:
        return None
    if p.toks[k].low in _DETERMINERS:
        k += 1
    if k >= f.i:
        return None
    np = _np_right(p, k, max_words=_CLAUSE_NP_MAX_WORDS)
    if np is None or _word_value(np.split()[0]) is not None:
        return None
    words = np.split()
    # "Reed paid $300 million", "Alden, reportedly, offered $20": the payer is a name or an
    # adverb, not what the money is; empty is better than the agent.
    if all(w[:1].isupper() for w in words) or words[-1].lower().endswith("ly"):
        return None
    return np


def _start(tok: _Tok) -> int:
    return tok.start


def _breaks_clause(p: _Paragraph, k: int) -> bool:
    """Token ``k`` ends the clause before it: ", and" (or but, while, so), or a ";" after it."""
    t = p.toks[k]
    return (t.low in _CLAUSE_CONJUNCTIONS and k > 0 and p.toks[k - 1].trail == ",") or (
        t.trail == ";"
    )


def _last_clause_break(p: _Paragraph, j: int) -> int:
    """The last token at or before ``j`` that breaks a clause (-1 for none), from an index
    built once per paragraph: a long clause dense with sums is not walked once per sum."""
    if p.clause_breaks is None:
        breaks = array("l")
        last = -1
        for k in range(len(p.toks)):
            if _breaks_clause(p, k):
                last = k
            breaks.append(last)
        p.clause_breaks = breaks
    return p.clause_breaks[j] if j >= 0 else -1


# --- the subject of a figure ----------------------------------------------------------------------


def _find_subject(p: _Paragraph, f: _Found) -> str | None:
    """What figure ``f`` counts, or None; may set its kind and unit (an age, a measure)."""
    t = p.toks[f.i]
    if f.kind in {"vague", "rank", "ratio"}:
        return _form_subject(p, f)
    if f.kind == "word" and f.number is not None and f.number < 1:
        return share_of(p, f)  # "half of voters"
    if f.kind == "age" and "-" not in t.text:
        return "age"  # "their early 20s"
    if f.kind in {"age", "compound"} or (f.kind == "measure" and "-" in t.text):
        return _hyphen_subject(p, f)
    age = _apposition_age(p, f)
    if age is not None:
        return age
    before = f.i - 1 - (len(f.qualifier.split()) if f.qualifier else 0)  # "aged over 45"
    prev = p.tok(before)
    if prev is not None and prev.low in {"age", "aged", "ages"} and p.joined(before):
        f.unit = "years"
        return "age"
    if p.joined(f.j) and p.toks[f.j + 1].low == "times" and f.unit is None:
        f.unit = "times"
        return None
    nxt_i = f.j + 1
    if f.kind in _COUNTS and p.joined(f.j) and nxt_i + 1 < len(p.toks):
        prev = p.prev_joined(f.i)
        if prev is not None and prev.low == "by" and p.toks[nxt_i].low in _DETERMINERS:
            return _np_right(p, nxt_i + 1)  # "expand by five the pool of bidders"
    if _joined_or_quoted(p, f.j) and nxt_i < len(p.toks):
        if p.toks[nxt_i].low in _UNITS and f.unit is None or f.unit == "pounds":
            return _unit_subject(p, f, nxt_i)
        if f.kind in {"money", "percent"}:
            return _money_subject(p, f, nxt_i)
        np = _np_right(p, nxt_i)
        if np:
            return np
    return _subject_left(p, f)


_OPENING_QUOTES = frozenset(['"', "“", "‘", "'"])


def _joined_or_quoted(p: _Paragraph, j: int) -> bool:
    """Token ``j`` runs on into the next, or into a quotation that opens there ("a
    55-kilometer “de-confliction zone”")."""
    if p.joined(j):
        return True
    t, n = p.tok(j), p.tok(j + 1)
    return (
        t is not None
        and n is not None
        and not t.trail
        and n.lead in _OPENING_QUOTES
        and p.sentence_of(t.start) == p.sentence_of(n.start)
    )


def _hyphen_subject(p: _Paragraph, f: _Found) -> str | None:
    """A hyphen compound: "an 8-year-old boy" (age of boy), "a 55-kilometer road" (road),
    "a two-goal lead" (goal lead), "two-thirds of voters" (voters)."""
    np = _np_right(p, f.j + 1) if _joined_or_quoted(p, f.j) else None
    if f.kind == "age":
        # "the 66-year-old's lawyer" and "the 26-year-old, a native of": the age of a person
        # named before, not of what follows.
        if np is None or p.toks[f.i].text != _without_possessive(p.toks[f.i].text):
            return "age"
        return f"age of {np}"
    if f.kind == "measure":
        return np
    m = _COMPOUND_TOKEN.fullmatch(_without_possessive(p.toks[f.i].text))
    rest = m.group("rest") if m else ""
    if rest.lower() in _FRACTIONS:
        return np
    return f"{rest} {np}" if np else rest


def _without_possessive(text: str) -> str:
    """``text`` without a final "'s" ("66-year-old's" -> "66-year-old")."""
    return text[:-2] if text.endswith(("'s", "’s")) else text


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
    """A unit word after the number makes it a measure; "5 tons of rice" counts rice, and
    "the wrestler weighs 243 pounds" the wrestler."""
    f.unit = f.unit or _UNITS[p.toks[nxt_i].low]
    f.kind = "measure"
    if p.joined(nxt_i):
        np = _np_right(p, nxt_i + 1)
        if np is not None and p.toks[nxt_i + 1].low == "of":
            return np
    return _subject_left(p, f, clause=False)


def _form_subject(p: _Paragraph, f: _Found) -> str | None:
    """Vague amounts ("thousands of people", "several thousand protesters"), ranks ("the
    14th-ranked Spaniard", "his 10th start") and ratios with the thing counted inside ("one
    night out of 17": nights)."""
    if f.kind == "ratio":
        inner = p.toks[f.i + 1]
        if inner.low not in {"out", "in"}:
            return inner.text  # "one night out of 17"
        return _np_right(p, f.j + 1) if p.joined(f.j) else None
    if f.kind == "rank" and _COMPOUND_TOKEN.fullmatch(p.toks[f.i].text) is None:
        if not p.toks[f.i].text[:1].isdigit():
            return None  # "finished sixth": a placing, of no noun
    if not p.joined(f.j):
        return None
    k = f.j + 1
    if f.kind == "vague" and f.unit is not None:
        k += 1  # "several decades of ..."
        if not p.joined(k - 1) or k >= len(p.toks):
            return None
    if f.kind == "vague" and f.i == f.j and p.toks[k].low != "of":
        return None  # "thousands camp out": a verb follows, not what is counted
    if p.toks[k].low == "of" and p.joined(k) and k + 1 < len(p.toks):
        k += 1
        if p.toks[k].low in _DETERMINERS and p.joined(k):
            k += 1
    head = p.toks[k]
    if f.kind == "rank" and _is_participle(head) and head.text.isalpha():
        return head.text  # "his 10th outing of the season": a noun in "-ing"
    return _np_right(p, k)


def _money_subject(p: _Paragraph, f: _Found, nxt_i: int) -> str | None:
    """Money and percentages: "$5 million of aid", "$2 billion in loans", "$9 worth of
    goods", "12% of voters", else the noun phrase after or the subject on the left."""
    nx = p.toks[nxt_i]
    after = p.next_joined(nxt_i)
    if f.kind == "money" and nx.low in {"a", "an", "per"} and after is not None:
        if _np_word(after) and after.text.islower():
            # "The wage is $800 a month" is a wage; "Ferro paid $13 a share", a share price.
            return _subject_left(p, f, clause=False) or f"per {after.text}"
    if nx.low == "of" or (nx.low in {"in", "worth", "for"} and f.kind == "money"):
        k = nxt_i + 1
        if nx.low == "worth" and p.joined(nxt_i):
            if p.toks[k].low != "of":
                return _subject_left(p, f)
            k += 1
        if k < len(p.toks) and p.joined(k - 1):
            if p.toks[k].low in _DETERMINERS:
                k += 1
            np = _np_right(p, k)
            if np and not (nx.low in {"in", "for"} and _is_time_or_place(np)):
                return np
        if nx.low in {"in", "for"}:
            return _subject_left(p, f)  # "revenue of $167.4 million in the third quarter"
    return _np_right(p, nxt_i) or _subject_left(p, f)


# Heads of noun phrases that say when, not what: "$5 million in the third quarter".
_TIME_HEADS = words(
    """
    day days decade half month months period quarter quarters season session week weeks year
    years
    """
)


def _is_time_or_place(np: str) -> bool:
    """A noun phrase of time ("the third quarter") or a name ("Ohio", "New York"): after "in",
    where the money was, not what it was."""
    words = np.split()
    return words[-1].lower() in _TIME_HEADS or all(w[:1].isupper() for w in words)
