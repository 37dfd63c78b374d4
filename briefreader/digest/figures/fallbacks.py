"""Subjects from a figure's own shape, when the phrase around it names nothing it counts.

A score says it is a score, or the result it ended in ("a 2-1 defeat", "went 1-0 up": a
lead); a placing after "finished" is a finish ("finished sixth"), an ordinal of a run counts
what runs ("his fifth straight win"); a duration counts its unit
("two to three weeks", "Two days after"), a number of times its times ("scored twice"); a
vague amount standing alone is of people ("employing thousands", "Thousands camped out"),
unless a verb of money comes before it ("spent thousands"). And money that a verb says is a
cost is a cost ("likely to cost the club about £12,000"), not the clause's subject; a number
a second verb gives is of the sentence's subject ("The trunks … and weigh 700 pounds").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefreader.digest.figures.forms import STREAK_WORDS
from briefreader.digest.figures.subjects import _MAX_CHAIN_WORDS, _clause_subject, _np_right
from briefreader.digest.figures.tokens import _Paragraph
from briefreader.digest.figures.words import _CHAIN, _LINKS
from briefreader.lexicon import words

if TYPE_CHECKING:
    from briefreader.digest.figures.candidates import _Found

__all__ = ["cost_subject", "fallback_subject", "places_subject"]

# Units of time: a duration with nothing else named counts these.
_TIME_UNITS = words(
    """
    centuries century day days decade decades hour hours minute minutes month months second
    seconds week weeks year years
    """
)
# Verbs of a placing: "finished sixth", "came 10th".
_FINISH_VERBS = words("came comes finish finished finishes finishing placed")
# Nouns of a result that a score may stand before: "a 2-1 defeat".
_RESULTS = words(
    """
    defeat defeats draw draws lead loss losses success thrashing triumph victories victory win
    wins
    """
)
# Words after a score that make it a lead or a deficit ("went 1-0 up").
_LEAD_WORDS = {"up": "lead", "down": "deficit"}
# The words of a vague amount that, standing alone, count people ("thousands camped out").
_PEOPLE_AMOUNTS = words("dozens hundreds millions thousands")
# Verbs before a lone vague amount that make it money: "spent thousands", "earned millions".
_MONEY_VERBS = words(
    """
    cost costing costs earn earned earning earns lost owe owed owes paid pay paying pays raise
    raised raises raising spend spending spends spent worth
    """
)
# Verbs that make the money after them a cost.
_COST_VERBS = words("cost costing costs")
# Words looked back over from money to a cost verb ("cost the club in the region of £12,000").
_COST_REACH = 3


def fallback_subject(p: _Paragraph, f: _Found) -> str | None:
    """What ``f`` is, from its shape, when no noun phrase says what it counts; or None."""
    if f.kind == "score":
        nxt = p.next_joined(f.j)
        if nxt is not None and nxt.low in _RESULTS:
            return nxt.text
        if nxt is not None and nxt.low in _LEAD_WORDS:
            return _LEAD_WORDS[nxt.low]
        return "score"
    before = f.i - 1 - (len(f.qualifier.split()) if f.qualifier else 0)
    if f.kind == "rank":
        prev = p.tok(before)
        if prev is not None and prev.low in _FINISH_VERBS and p.joined(before):
            return "finish"
        nxt = p.next_joined(f.j)
        if nxt is not None and nxt.low in STREAK_WORDS:
            return _np_right(p, f.j + 1)  # "the third consecutive title": a run of titles
        return None
    if f.unit is not None and (f.unit.lower() in _TIME_UNITS or f.unit == "times"):
        return f.unit.lower() if f.kind != "age" else None
    if f.kind == "vague" and p.toks[f.j].low in _PEOPLE_AMOUNTS and f.unit is None:
        nxt, prev = p.next_joined(f.j), p.tok(before)
        if nxt is not None and nxt.low == "of":
            return None  # "thousands of …" names its own, or nothing we read
        if prev is not None and prev.low in _MONEY_VERBS and p.joined(before):
            return None
        return "people"
    return _second_predicate_subject(p, f, before)


def _second_predicate_subject(p: _Paragraph, f: _Found, k: int) -> str | None:
    """The subject of a sentence whose second verb gives the number: "The trunks are brought
    in from the hills and weigh nearly 700 pounds", "The population has fluctuated and is
    estimated at around 40,000"."""
    s0, _ = p.sentence_of(p.toks[f.i].start)
    steps = 0
    while k >= 0 and p.joined(k) and p.toks[k].low in _CHAIN and steps < _MAX_CHAIN_WORDS:
        k, steps = k - 1, steps + 1
    if k < 1 or p.toks[k].low not in _LINKS or not p.joined(k - 1):
        return None
    k -= 1
    while k >= 0 and p.joined(k) and p.toks[k].low in _CHAIN:
        k -= 1  # "and currently is"
    if k < 0 or p.toks[k].low != "and" or p.toks[k].start < s0:
        return None
    return _clause_subject(p, f, s0)


def cost_subject(p: _Paragraph, f: _Found) -> str | None:
    """ "cost" for money a few words after a verb of cost, in the same clause; else None."""
    if f.kind != "money":
        return None
    k = f.i - 1 - (len(f.qualifier.split()) if f.qualifier else 0)
    for _ in range(_COST_REACH):
        if k < 0 or not p.joined(k):
            return None
        if p.toks[k].low in _COST_VERBS:
            return "cost"
        k -= 1
    return None


def places_subject(p: _Paragraph, f: _Found) -> str | None:
    """ "top places" for a bare count after "top" ("stayed in the world's top 50"): the
    places of a table, not what the count before it counted; None elsewhere."""
    prev = p.prev_joined(f.i)
    if f.kind in {"count", "word"} and f.unit is None and prev is not None:
        if prev.low in {"top", "bottom"}:
            return f"{prev.low} places"
    return None
