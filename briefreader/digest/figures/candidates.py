"""Candidates: the numbers written in a paragraph, each grown over what belongs to it.

One left-to-right pass over the tokens finds numbers in digits ("3,000", "$1.2bn", "40%",
"4-1", "55-kilometer") and in words ("two", "a dozen", "twenty-five", "half a million"); each is
then extended over the words after it (scale, currency, percent, range, ratio); ranks, decade
ages, vague amounts and scores in sets are read by :mod:`.forms`, the hedge before a number
("at least", "about") by :mod:`.qualifiers`. Nothing here decides whether a candidate is a
figure: that is the filters' pass.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from briefreader.digest.figures.forms import (
    letters_after,
    next_is_set,
    pounds_are_weight,
    rank_compound,
    score_sets_end,
    times_word,
    vague_amount,
    vague_unit,
    word_rank,
)
from briefreader.digest.figures.shares import share_candidate
from briefreader.digest.figures.tokens import (
    _COMPOUND_TOKEN,
    _DIG,
    _NUM_TOKEN,
    _PAIR_TOKEN,
    _URLISH,
    _is_unit_digit,
    _Paragraph,
    _to_float,
    _Tok,
    _word_value,
)
from briefreader.digest.figures.words import (
    _ATTACHED_UNITS,
    _CURRENCY_SIGNS,
    _CURRENCY_WORDS,
    _FRACTIONS,
    _SCALES,
    _SHORT_SCALES,
    _SPORT_WORDS,
    _STOP,
    _UNITS,
    _UNITS_WORDS,
)

# What a figure is: a plain count in digits, a number word, a range ("242 to 330"), a ratio
# ("one in five"), money, a percentage, a measure ("55 km"), a hyphen compound ("two-goal"),
# an age ("8-year-old"), a score ("4-1", "6-4, 7-6 (5)"), a rank ("54th", "finished sixth")
# or a vague amount ("thousands", "several thousand": no number).
Kind = Literal[
    "count",
    "word",
    "range",
    "ratio",
    "money",
    "percent",
    "measure",
    "compound",
    "age",
    "score",
    "rank",
    "vague",
]
# Kinds that are bare counts: a clock word after one makes it a time, and one without a
# subject borrows the subject of such a count just before it.
_COUNTS: frozenset[Kind] = frozenset(["count", "range", "word"])
# Kinds whose hyphen token is already whole ("4-1", "two-goal", "8-year-old", "55-kilometer").
_HYPHEN_KINDS: frozenset[Kind] = frozenset(["age", "compound", "measure", "score", "rank"])

# Four-digit numbers in this span are read as years ("2019-20", "in 2024").
_FIRST_YEAR = 1800
_LAST_YEAR = 2100
# A pair of a year and a short or full year is a span of years ("2019-20", "1914-1918").
_YEAR_DIGITS = 4
_SHORT_YEAR_DIGITS = 2
# A pair of three or four digits, then four, is a phone number ("555-1234").
_PHONE_PREFIX_DIGITS = (3, 4)
_PHONE_LINE_DIGITS = 4
# A pair "4-1" whose first number is this or less is a score whatever the sentence says.
_MAX_SCORE = 30
# A larger pair ("102-98") is a score only in a sentence with a sport word.
_MAX_SPORT_SCORE = 200
# A pair from this number on before a capitalised word is a model name ("787-9 Dreamliner").
_MIN_MODEL_NUMBER = 100
# "three hundred", but "300 hundred" is not a scale: digits of this or more take no "hundred".
_MAX_HUNDREDS = 100
# "three dozen", "a dozen", but not "a hundred dozen": a number under this may take "dozen".
_MAX_DOZENS = 100


@dataclass(slots=True)
class _Found:
    """A figure being built: token range, value offsets and what is known about it."""

    i: int  # first token
    j: int  # last token (inclusive)
    start: int
    end: int
    number: float | None
    unit: str | None = None
    kind: Kind = "count"
    subject: str | None = None
    qualifier: str | None = None


def _scan(p: _Paragraph) -> list[_Found]:
    """Every number candidate of the paragraph, in order, none overlapping."""
    found: list[_Found] = []
    toks = p.toks
    n = len(toks)
    i = 0
    while i < n:
        f = _candidate(p, i)
        if f is None:
            i += 1
            continue
        found.append(f)
        i = f.j + 1
    return found


def _candidate(p: _Paragraph, i: int) -> _Found | None:
    """The number that starts at token ``i``, extended over its words, or None."""
    t = p.toks[i]
    if not t.text:
        return None
    ch = t.text[0]
    if ch.isdigit() or ch in "$€£¥₹₩." or t.text[:3].upper() in {"USD", "EUR", "GBP"}:
        if ch == "." and not t.text[1:2].isdigit():
            return None
        if ch.isalpha() and not re.match(r"(?:USD|EUR|GBP)\d", t.text):
            return None
        f = _digit_candidate(p, i)
        if f is None:
            return None
        return _extend(p, f, digits=True)
    if ch.isalpha():
        f = _word_candidate(p, i)
        if f is None:
            return None
        return _extend(p, f, digits=False)
    return None


_MEASURE_COMPOUND = re.compile(rf"(?P<n>{_DIG})(?P<u>[A-Za-z]{{1,3}})-(?P<rest>[A-Za-z]+)")


# --- numbers in digits ----------------------------------------------------------------------------


def _digit_candidate(p: _Paragraph, i: int) -> _Found | None:
    """A number token in digits: "3,000", "$1.2bn", "40%", "10km", a pair or a compound."""
    t = p.toks[i]
    core = t.text
    if _URLISH.search(t.text) or t.lead.endswith(("#", "@")):
        return None
    m = _NUM_TOKEN.fullmatch(core)
    if m:
        return _number_token(p, i, m)
    m = _PAIR_TOKEN.fullmatch(core)
    if m:
        return _pair_candidate(p, i, m)
    rank = rank_compound(core)
    if rank is not None:
        return _Found(i, i, t.start, t.end, float(rank[0]), kind="rank")  # "14th-ranked"
    m = _MEASURE_COMPOUND.fullmatch(core)
    if m and m.group("u").lower() in _ATTACHED_UNITS:
        # "a 5,000m-long kite", "a 10km-wide zone": a measure with its unit on the digits.
        unit = m.group("u").lower()
        end = t.start + m.end("n")
        return _Found(
            i, i, t.start, end, _to_float(m.group("n")), _UNITS.get(unit, unit), "measure"
        )
    m = _COMPOUND_TOKEN.fullmatch(core[:-2] if core.endswith(("'s", "’s")) else core)
    if m and m.group("n")[0].isdigit():
        return _compound_candidate(p, i, m, _to_float(m.group("n")))
    return None


def _number_token(p: _Paragraph, i: int, m: re.Match[str]) -> _Found | None:
    """One number token: "3,000", "$1.2bn", "40%", "10km", "54th", "20s"."""
    t = p.toks[i]
    num = _to_float(m.group("n"))
    cur = m.group("cur")
    sc = m.group("sc")
    f = _Found(i, i, t.start, t.end, num)
    if m.group("unit") and not letters_after(p, i, m, f):
        return None
    if sc:
        if not cur and sc.lower() in {"m", "b", "k"}:
            return None
        f.number = num * _SHORT_SCALES[sc.lower()]
    if cur:
        f.unit = _CURRENCY_SIGNS[cur.lower()]
        f.kind = "money"
    if m.group("pct"):
        f.unit, f.kind = "percent", "percent"
    return f


def _pair_candidate(p: _Paragraph, i: int, m: re.Match[str]) -> _Found | None:
    """Two numbers joined by a hyphen: a range ("$40-50bn"), a score ("4-1"), or nothing."""
    t = p.toks[i]
    a, b = m.group("n"), m.group("n2")
    x, y = _to_float(a), _to_float(b)
    cur = m.group("cur") or m.group("cur2")
    sc = m.group("sc") or m.group("sc1")
    pct = m.group("pct") or m.group("pct1")
    plain = not (cur or sc or pct) and "," not in a + b and "." not in a + b
    years = len(a) == _YEAR_DIGITS and len(b) in (_SHORT_YEAR_DIGITS, _YEAR_DIGITS)
    if plain and years and _FIRST_YEAR <= x <= _LAST_YEAR:
        return None  # "2019-20", "1914-1918"
    if plain and len(a) in _PHONE_PREFIX_DIGITS and len(b) == _PHONE_LINE_DIGITS:
        return None  # phone-like "555-1234"
    f = _Found(i, i, t.start, t.end, x)
    if plain and x <= _MAX_SCORE and y <= _MAX_SCORE and next_is_set(p, i):
        f.kind = "score"  # a match in sets: "6-4, 7-6 (5)", "4-6, 6-3" is one figure
        f.j, f.end = score_sets_end(p, i)
        return f
    if plain and x >= y:
        s0, s1 = p.sentence_of(t.start)
        words = set(re.findall(r"[a-z]+", p.text[s0:s1].lower()))
        if x <= _MAX_SCORE or (x <= _MAX_SPORT_SCORE and words & _SPORT_WORDS):
            f.kind = "score"  # "4-1", "102-98 win"
            return f
        return None
    prev = p.prev_joined(i)
    if plain and prev is not None and p.is_name_word(i - 1):
        return None  # "Boeing 787-9"
    nxt = p.next_joined(i)
    if plain and nxt is not None and nxt.text[:1].isupper() and x >= _MIN_MODEL_NUMBER:
        return None  # "787-9 Dreamliner"
    if not (y > x or cur or sc or pct):
        return None
    mult = _SHORT_SCALES[sc.lower()] if sc else 1.0
    if sc and not cur and sc.lower() in {"m", "b", "k"}:
        return None
    f.number = x * mult
    f.kind = "range"
    if cur:
        f.unit, f.kind = _CURRENCY_SIGNS[cur.lower()], "money"
    if pct:
        f.unit, f.kind = "percent", "percent"
    return f


def _compound_candidate(p: _Paragraph, i: int, m: re.Match[str], num: float) -> _Found | None:
    """A hyphen compound "55-kilometer", "8-year-old", "two-goal", "two-thirds"."""
    t = p.toks[i]
    rest = m.group("rest").lower()
    parts = rest.split("-")
    head = parts[0]
    if head in _STOP or not head.isalpha():
        return None  # "two-on-one"
    if head in _FRACTIONS and len(parts) == 1:
        f = _Found(i, i, t.start, t.end, num / _FRACTIONS[head])
        return f
    value_end = t.start + m.end("n")
    f = _Found(i, i, t.start, value_end, num)
    if head in _UNITS:
        f.unit = _UNITS[head]
        f.kind = "measure"
        if head in {"year", "month", "week", "day"} and parts[-1] == "old":
            f.kind = "age"
    elif head in {"pound", "pounds"} and pounds_are_weight(p, t.start):
        f.unit, f.kind = "pounds", "measure"  # "a 243-pound lineman who weighs in"
    elif head in _CURRENCY_WORDS or head in _SCALES:
        return None
    f.subject = None
    f.end = value_end
    # Remember the compound word: it names what is counted ("two-goal lead" -> goal lead).
    f.kind = f.kind if f.kind != "count" else "compound"
    return f


# --- numbers in words -----------------------------------------------------------------------------


def _word_candidate(p: _Paragraph, i: int) -> _Found | None:
    """Number words: "two", "a dozen", "twenty-five", "three hundred", "half a million"."""
    t = p.toks[i]
    times = times_word(p, i)
    if times is not None:
        return _Found(i, i, t.start, t.end, times, "times", kind="word")
    vague_end = vague_amount(p, i)
    if vague_end is not None:
        unit = vague_unit(p.next_joined(vague_end))
        return _Found(i, vague_end, t.start, p.toks[vague_end].end, None, unit, kind="vague")
    rank = rank_compound(t.text) or (None if (r := word_rank(p, i)) is None else (r, ""))
    if rank is not None:
        if t.text[0].isupper() and not p.is_initial(i):
            return None  # "Third-Largest" in a name
        return _Found(i, i, t.start, t.end, float(rank[0]), kind="rank")
    share = share_candidate(p, i)
    if share is not None:  # "half of voters", "a third of the staff"
        return _Found(i, share[1], t.start, p.toks[share[1]].end, share[0], kind="word")
    if t.low in {"a", "an", "half"}:
        head = _article_scale(p, i)
    else:
        m = _COMPOUND_TOKEN.fullmatch(t.text)
        wv = _word_value(t.text)
        if wv is None and m and _word_value(m.group("n")) is not None:
            if t.text[0].isupper() and not p.is_initial(i):
                return None
            return _compound_candidate(p, i, m, float(_word_value(m.group("n")) or 0))
        head = _number_word(p, i, wv)
    if head is None:
        return None
    value, j = _take_scale_words(p, *head)
    return _Found(i, j, t.start, p.toks[j].end, value, kind="word")


def _article_scale(p: _Paragraph, i: int) -> tuple[float, int] | None:
    """Value and last token of "a dozen", "a hundred", "a million", "half a million"."""
    k = i
    factor = 1.0
    if p.toks[i].low == "half":
        nx = p.next_joined(i)
        if nx is None or nx.low not in {"a", "an"}:
            return None
        factor, k = 0.5, i + 1
    nx = p.next_joined(k)
    if nx is None or not (nx.low == "dozen" or nx.low in _SCALES):
        return None
    return factor * (12 if nx.low == "dozen" else _SCALES[nx.low]), k + 1


def _number_word(p: _Paragraph, i: int, wv: int | None) -> tuple[float, int] | None:
    """A number word ("seven", "forty-two", "twenty five") of value ``wv``: value, last token."""
    t = p.toks[i]
    if wv is None:
        return None
    if t.text[0].isupper() and not p.is_initial(i):
        return None  # "Big Three", "Formula One"
    if t.text[1:] and not t.text[1:].islower():
        return None  # "ONE"
    value = float(wv)
    j = i
    # "twenty five": a tens word, then a unit word.
    nx = p.next_joined(j)
    if wv >= 20 and wv % 10 == 0 and nx is not None and nx.low in _UNITS_WORDS:
        uv = _UNITS_WORDS[nx.low]
        if _is_unit_digit(uv):
            value += uv
            j += 1
    return value, j


def _take_scale_words(p: _Paragraph, value: float, j: int) -> tuple[float, int]:
    """Scale words after a number word: "three hundred thousand", "a dozen"."""
    while True:
        nx = p.next_joined(j)
        if nx is None:
            break
        if nx.low in _SCALES:
            value *= _SCALES[nx.low]
            j += 1
        elif nx.low == "dozen" and value < _MAX_DOZENS:
            value *= 12
            j += 1
        else:
            break
    return value, j


# --- the words after a number ---------------------------------------------------------------------


def _extend(p: _Paragraph, f: _Found, digits: bool) -> _Found:
    """Take in the words after a number (scale, percent, currency, range, ratio, unit)."""
    if f.kind in _HYPHEN_KINDS and f.j == f.i and "-" in p.toks[f.i].text:
        return f
    if f.kind in {"score", "rank", "vague"} or f.number is None:
        return f
    _take_scale(p, f, digits)
    _take_currency_word(p, f)
    _take_percent(p, f)
    _take_range(p, f, digits)
    _take_ratio(p, f, digits)
    return f


def _take_scale(p: _Paragraph, f: _Found, digits: bool) -> None:
    """Scale: "1.5 million", "$1.2 billion"."""
    nx = p.next_joined(f.j)
    if digits and nx is not None and nx.low in _SCALES and f.number is not None:
        scale = _SCALES[nx.low]
        if not (nx.low == "hundred" and f.number >= _MAX_HUNDREDS):
            f.number *= scale
            f.j += 1
            f.end = nx.end


def _take_currency_word(p: _Paragraph, f: _Found) -> None:
    """Currency words: "20 euros", "half a million dollars"."""
    nx = p.next_joined(f.j)
    if nx is not None and nx.low in _CURRENCY_WORDS and f.kind not in {"money", "percent"}:
        if nx.low in {"pound", "pounds"} and pounds_are_weight(p, nx.start):
            f.unit, f.kind = "pounds", "measure"  # "weighs 243 pounds": a weight, not £
            return
        if nx.low != "won" or f.j > f.i:
            f.unit, f.kind = _CURRENCY_WORDS[nx.low], "money"
            f.j += 1
            f.end = nx.end


def _take_percent(p: _Paragraph, f: _Found) -> None:
    """Percent: "12 percent", "3 per cent", "2 percentage points"."""
    nx = p.next_joined(f.j)
    if nx is not None and f.kind != "money":
        if nx.low in {"percent", "pct", "%"}:
            f.unit, f.kind = "percent", "percent"
            f.j += 1
            f.end = nx.end
        elif nx.low == "per" and (n2 := p.next_joined(f.j + 1)) and n2.low == "cent":
            f.unit, f.kind = "percent", "percent"
            f.j += 2
            f.end = n2.end
        elif nx.low == "percentage" and (n2 := p.next_joined(f.j + 1)):
            if n2.low in {"point", "points"}:
                f.unit, f.kind = "percentage points", "percent"
                f.j += 2
                f.end = n2.end


def _second_value(tok: _Tok) -> tuple[bool, float | None]:
    """The second number of a range or ratio: whether it is in digits, and its value."""
    m2 = re.fullmatch(_DIG, tok.text)
    return bool(m2), _to_float(tok.text) if m2 else _word_value(tok.text)


def _take_range(p: _Paragraph, f: _Found, digits: bool) -> None:
    """Ranges: "242 to 330", "between 10 and 20", "$40-50 billion" (handled in the token)."""
    nx = p.next_joined(f.j)
    prev = p.prev_joined(f.i)
    if nx is not None and nx.low in {"to", "and", "or", "-", "–"} and f.kind in {"count", "word"}:
        ok = nx.low != "and" or (prev is not None and prev.low == "between")
        if nx.low == "to" and prev is not None and prev.low in {"from", "by"}:
            ok = False
        n2 = p.next_joined(f.j + 1)
        if ok and n2 is not None:
            in_digits, v2 = _second_value(n2)
            if v2 is not None and f.number is not None and v2 > f.number:
                if in_digits == digits:
                    f.j += 2
                    f.end = n2.end
                    f.kind = "range"


def _take_ratio(p: _Paragraph, f: _Found, digits: bool) -> None:
    """Ratios: "eight out of ten", "one in five", "one night out of 17"."""
    if not f.number:
        return
    before = f.j  # the token before "out" or "in"
    nx = p.next_joined(before)
    if nx is not None and nx.low not in _STOP and nx.text.isalpha() and nx.text.islower():
        # "one night out of 17": the thing counted stands between the two numbers.
        out = p.next_joined(before + 1)
        if out is None or out.low != "out":
            return
        before, nx = before + 1, out
    if nx is None or nx.low not in {"out", "in"}:
        return
    k = before + 1
    if nx.low == "out":
        n1 = p.next_joined(k)
        if n1 is None or n1.low != "of":
            n1 = None
        k += 1
    else:
        n1 = nx
    n2 = p.next_joined(k) if n1 is not None else None
    if n2 is not None:
        in_digits, v2 = _second_value(n2)
        if v2 and v2 > f.number and (nx.low == "out" or not in_digits or digits):
            f.number = f.number / v2
            f.kind = "ratio"
            f.j = k + 1
            f.end = n2.end
