"""The forms of figures beyond plain numbers: ranks, decade ages, vague amounts, match scores
in sets, and the grammar that tells a weight in pounds from money.

- a rank is an ordinal in digits ("54th", "the 14th-ranked Spaniard", "third-largest") or an
  ordinal word after a verb of placing ("finished sixth", "came in second");
- a decade age is "20s" after a possessive ("their early 20s", "in his 30s or 40s"): the
  number of a decade of years after "his" or "their" is an age, not a year;
- a vague amount is a count without a number ("thousands", "several thousand", "a few
  hundred", "dozens", "tens of thousands", "several decades"): kept, no number invented;
- a score in sets ("6-4, 7-6 (5)") is one figure, its tie-break in brackets included;
- letters on the digits are a unit ("10km"), an ordinal ("54th") or a decade of life ("20s").

Each function looks at a few tokens around one candidate.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from briefreader.digest.figures.tokens import _Paragraph, _Tok
from briefreader.digest.figures.words import _ATTACHED_UNITS, _POSSESSIVES, _SCALES, _STOP, _UNITS
from briefreader.lexicon import words

if TYPE_CHECKING:
    from briefreader.digest.figures.candidates import _Found

# --- ranks ----------------------------------------------------------------------------------------

_ORDINAL_SUFFIXES = frozenset(["st", "nd", "rd", "th"])
_ORDINAL_WORDS = {
    w: i + 1
    for i, w in enumerate(
        [
            "first",
            "second",
            "third",
            "fourth",
            "fifth",
            "sixth",
            "seventh",
            "eighth",
            "ninth",
            "tenth",
            "eleventh",
            "twelfth",
            "thirteenth",
            "fourteenth",
            "fifteenth",
            "sixteenth",
            "seventeenth",
            "eighteenth",
            "nineteenth",
            "twentieth",
        ]
    )
}
# Verbs after which an ordinal word is a placing ("finished sixth", "ranked third").
_PLACING_VERBS = words(
    """
    came come comes coming finish finished finishes finishing place placed places placing
    rank ranked ranks ranking rated seeded
    """
)
#: Words after an ordinal word that make it the length of a run: "his fifth straight win".
STREAK_WORDS = words("consecutive straight successive")
# The second part of a rank compound: "14th-ranked", "third-largest", "second-seeded".
_RANK_PARTS = words("placed ranked rated seed seeded")
# After an ordinal in digits, these make it a date or a name, not a rank: "the 19th century",
# "the 75th anniversary", "the 10th floor".
_NOT_RANK_NEXT = words("amendment anniversary birthday centuries century floor minute street")
_RANK_COMPOUND = re.compile(
    r"(?P<n>\d+)(?P<suffix>st|nd|rd|th)-(?P<rest>[a-z]+)|(?P<w>[a-z]+)-(?P<rest2>[a-z]+)",
    re.IGNORECASE,
)


def is_superlative(word: str) -> bool:
    """``word`` reads as a superlative ("largest", "biggest", "best", "most")."""
    low = word.lower()
    return low in {"best", "worst", "most", "least"} or (
        low.endswith("est") and len(low) > _SHORT_SUPERLATIVE and low not in _EST_WORDS
    )


# Words ending in "est" that are no superlatives (nouns and verbs).
_EST_WORDS = words(
    """
    arrest arrests behest chest conquest contest digest earnest forest guest harvest honest
    interest invest manifest modest nest pest protest quest request rest suggest test west
    """
)
# A superlative has more letters than this ("best" is listed on its own).
_SHORT_SUPERLATIVE = 4


def rank_compound(text: str) -> tuple[int, str] | None:
    """An ordinal compound's rank and what follows the hyphen: "14th-ranked" (14, "ranked"),
    "third-largest" (3, "largest"); None for other compounds."""
    m = _RANK_COMPOUND.fullmatch(text)
    if m is None:
        return None
    if m.group("n"):
        rest = m.group("rest").lower()
        if m.group("suffix").lower() != _suffix(int(m.group("n"))):
            return None
        value = int(m.group("n"))
    else:
        rest = m.group("rest2").lower()
        value = _ORDINAL_WORDS.get(m.group("w").lower(), 0)
        if not value:
            return None
    if rest in _RANK_PARTS or is_superlative(rest):
        return value, rest
    return None


def _suffix(n: int) -> str:
    """The ordinal suffix of ``n``: 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st."""
    if n % 100 in (11, 12, 13):
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def is_ordinal_suffix(n: float, suffix: str) -> bool:
    """``suffix`` is the ordinal suffix of whole number ``n`` ("54th", not "54st")."""
    return float(n).is_integer() and suffix.lower() == _suffix(int(n))


def digit_rank_kept(p: _Paragraph, i: int) -> bool:
    """An ordinal in digits at token ``i`` is a rank: after a placing verb or "to" ("fell to
    54th"), or before a common noun ("his 10th start"); not before a name ("11th Street"),
    a date word ("19th century") or nothing ("on the 10th")."""
    prev = p.prev_joined(i)
    if prev is not None and (prev.low in _PLACING_VERBS or prev.low == "to"):
        return True
    nxt = p.next_joined(i)
    if nxt is None or not nxt.text[:1].isalpha() or nxt.text[0].isupper():
        return False
    if nxt.low in _NOT_RANK_NEXT or nxt.low in _STOP:
        return False
    after = p.next_joined(i + 1)
    return not (nxt.low in {"and", "or"} and after is not None and after.text[:1].isupper())


def word_rank(p: _Paragraph, i: int) -> int | None:
    """The rank of an ordinal word after a placing verb: "finished sixth", "come in first
    and second" (each of the pair), or before a word of a run ("the third consecutive
    title"); None elsewhere ("the first time", "his second goal")."""
    t = p.toks[i]
    value = _ORDINAL_WORDS.get(t.low)
    if value is None:
        return None
    nxt = p.next_joined(i)
    if nxt is not None and nxt.low in STREAK_WORDS and value > 1:
        return value
    k = i - 1
    while k >= 0 and p.joined(k) and p.toks[k].low in {"in", "and", "or", "at"} | _ORDINAL:
        k -= 1
    placed = k >= 0 and p.joined(k) and p.toks[k].low in _PLACING_VERBS
    return value if placed else None


_ORDINAL = frozenset(_ORDINAL_WORDS)


# --- letters on the digits ----------------------------------------------------------------------


def letters_after(p: _Paragraph, i: int, m: re.Match[str], f: _Found) -> bool:
    """Read the letters written on the digits into ``f``: a unit ("10km"), an ordinal
    ("54th"), a decade of life ("20s"); False when they make no figure ("11th Street",
    "777x", "1990s")."""
    unit_att = m.group("unit")
    if m.group("cur") or m.group("sc") or m.group("pct"):
        return False
    if unit_att.lower() in _ATTACHED_UNITS:
        f.unit = _UNITS.get(unit_att.lower(), unit_att)
        f.kind = "measure"
        f.end = p.toks[i].start + m.end("n")
    elif is_ordinal_suffix(f.number or 0, unit_att) and digit_rank_kept(p, i):
        f.kind = "rank"  # "fell to 54th", "his 10th start"
    elif unit_att.lower() == "s" and is_decade_age(p, i, f.number or 0):
        f.kind, f.unit = "age", "years"  # "their early 20s"
    else:
        return False
    return True


# --- ages in decades ------------------------------------------------------------------------------

# The decades of a life: "20s" to "90s" ("teens" are words).
_DECADE_AGES = frozenset(range(20, 100, 10))
# A possessive this many tokens back, or fewer, makes "20s" an age ("their late teens and
# early 20s"), not a decade of years ("the 80s").
_DECADE_LOOKBACK = 5
#: The hedges of a decade age: "early 20s", "mid-30s", "late 40s".
DECADE_HEDGES = frozenset(["early", "mid", "late"])


def is_decade_age(p: _Paragraph, i: int, number: float) -> bool:
    """Token ``i`` ("20s", number 20) is an age: a possessive stands a few tokens before it,
    in the same clause ("in his 30s or 40s", "their early 20s")."""
    if number not in _DECADE_AGES:
        return False
    k = i - 1
    while k >= 0 and i - k <= _DECADE_LOOKBACK and p.joined(k):
        if p.toks[k].low in _POSSESSIVES:
            return True
        k -= 1
    return False


# --- vague amounts --------------------------------------------------------------------------------

# Plural scale words that are amounts on their own: "thousands of people", "dozens".
_PLURAL_SCALES = words("billions dozens hundreds millions thousands")
# Words before a scale word that make a vague amount: "several thousand", "a few hundred".
_VAGUE_WORDS = words("few many several")
# Time units a vague word counts: "several decades", "several years".
_TIME_UNITS = words("centuries days decades hours minutes months weeks years")


def vague_amount(p: _Paragraph, i: int) -> int | None:
    """The last token of a vague amount starting at token ``i`` ("thousands", "tens of
    thousands", "several thousand", "a few hundred", "several decades"), or None."""
    t = p.toks[i]
    if t.text[1:] and not t.text[1:].islower():
        return None
    if t.low in _PLURAL_SCALES:
        return i
    if t.low == "tens":
        of, scale = p.next_joined(i), p.next_joined(i + 1)
        if of is not None and of.low == "of" and scale is not None and scale.low in _PLURAL_SCALES:
            return i + 2
        return None
    k = i
    if t.low == "a":
        nxt = p.next_joined(i)
        if nxt is None or nxt.low != "few":
            return None
        k = i + 1
    elif t.low not in _VAGUE_WORDS:
        return None
    nxt = p.next_joined(k)
    if nxt is None:
        return None
    if nxt.low in _SCALES or nxt.low == "dozen":
        return k + 1
    if nxt.low in _TIME_UNITS and t.low == "several":
        return k  # the unit is the figure's unit, as for "three years"
    return None


def vague_unit(tok: _Tok | None) -> str | None:
    """The time unit after a vague amount ("several decades"), if any."""
    if tok is not None and tok.low in _TIME_UNITS:
        return _UNITS[tok.low]
    return None


# --- times ---------------------------------------------------------------------------------------

# "Once" counts after a hedge ("at least once") or before a period ("once a week"); else it
# is a conjunction or "formerly" ("once the vote is in", "once a star").
_ONCE_BEFORE = frozenset(["least", "than", "only", "just"])
_PERIODS = words("day month week year")


def times_word(p: _Paragraph, i: int) -> float | None:
    """ "Twice" (2) and a counted "once" (1): how many times; None for other words."""
    t = p.toks[i]
    if t.text[1:] and not t.text[1:].islower():
        return None
    if t.low == "twice":
        return 2.0
    if t.low != "once":
        return None
    prev, nxt = p.prev_joined(i), p.next_joined(i)
    after = p.next_joined(i + 1) if nxt is not None else None
    if prev is not None and prev.low in _ONCE_BEFORE:
        return 1.0
    if nxt is not None and nxt.low in {"a", "every", "per"} and after is not None:
        return 1.0 if after.low in _PERIODS else None
    return None


# --- scores in sets -------------------------------------------------------------------------------

_SET_SCORE = re.compile(r"\d{1,2}-\d{1,2}")
_TIE_BREAK = re.compile(r"\d{1,2}(?:-\d{1,2})?")


def next_is_set(p: _Paragraph, j: int) -> bool:
    """Token ``j`` (a pair of numbers) is followed, after a comma, by another set of a score
    ("6-4, 7-6") or by a tie-break in brackets ("7-6 (5)")."""
    return _set_step(p, j) is not None


def _set_step(p: _Paragraph, j: int) -> int | None:
    """The token after ``j`` that continues a score in sets, or None."""
    t, nxt = p.tok(j), p.tok(j + 1)
    if t is None or nxt is None or p.sentence_of(t.start) != p.sentence_of(nxt.start):
        return None
    if t.trail in {",", "),"} and not nxt.lead and _SET_SCORE.fullmatch(nxt.text):
        return j + 1
    if not t.trail and nxt.lead == "(" and nxt.trail.startswith(")"):
        if _TIE_BREAK.fullmatch(nxt.text):
            return j + 1
    return None


def score_sets_end(p: _Paragraph, j: int) -> tuple[int, int]:
    """The last token and end offset of a score in sets from token ``j`` on ("6-4, 7-6 (5)",
    its closing bracket included)."""
    while (k := _set_step(p, j)) is not None:
        j = k
    t = p.toks[j]
    return j, t.end + (1 if t.lead == "(" and t.trail.startswith(")") else 0)  # "(5)"


# --- pounds: weight or money ----------------------------------------------------------------------

# Words of a sentence that make "pounds" a weight: "weighs 243 pounds", "lost 20 pounds".
_WEIGHT_WORDS = words(
    """
    heavier heavy lighter obese overweight weigh weighed weighing weighs weight weights
    """
)


def pounds_are_weight(p: _Paragraph, start: int) -> bool:
    """ "Pounds" in the sentence at offset ``start`` weigh: the sentence speaks of weight."""
    s0, s1 = p.sentence_of(start)
    weight = p.weight_notes.get(s0)
    if weight is None:  # once per sentence
        words_of = re.findall(r"[a-z]+", p.text[s0:s1].lower())
        weight = p.weight_notes[s0] = not _WEIGHT_WORDS.isdisjoint(words_of)
    return weight
