"""Choosing the key facts among the scored candidates: the lead first, the best by the learned
score next (the article's own order unless the model is sure: :data:`LEAD_GUARD`), then what
the rest of the article adds less its overlap with the facts chosen (maximal marginal
relevance, its weight :data:`REDUNDANCY` chosen by cross-validation), near-duplicates never;
and how many facts an article gives.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from briefreader.digest.fact_features import FactSentence, score
from briefreader.digest.fact_weights import LATER_WEIGHTS, LEAD_GUARD, REDUNDANCY, WEIGHTS

__all__ = ["LEAD_MARGIN", "fact_count", "lead_index", "order_facts", "select_facts"]

_DUPLICATE_OVERLAP = 0.7  # a sentence sharing this much of its words with a chosen fact repeats it
_LEAD_QUOTE_SHARE = 0.2  # the lead is in the reporter's words
LEAD_MARGIN = 1.0  # the lead scores this much above the best other fact, so it stays first
#: The first facts are the best by score alone; redundancy counts from this many on.
_FIRST_FACTS = 3
#: The candidates the lead guard keeps in the article's order (Lead-3 of the candidates).
_GUARDED = 3
#: A fact from a paragraph already used pays this share of the spread of the article's scores
#: (the best less the worst), so the list covers more of the story. Small: it only breaks near
#: ties. Set by hand, as the highlights cannot tell it (the CNN/DailyMail texts are one
#: paragraph each): it is the 0.05 the hand weights used, over their median spread of 1.67 on
#: the train articles, so it means the same under learned models of any scale.
_SAME_PARAGRAPH_SHARE = 0.03
#: A short article gives this many facts at least (when it has them) ...
_FEWEST_FACTS = 3
#: ... and leaves out the weakest fifth of its candidate sentences (a six-sentence piece is
#: not six facts: four), but never more than this many (a long article gives up to the
#: maximum).
_LEFT_OUT_SHARE = 5
_MOST_LEFT_OUT = 3


@dataclass(slots=True)
class _Candidate:
    """A sentence waiting to be chosen, with its highest overlap with the chosen facts."""

    score: float
    sentence: FactSentence
    words: set[str]
    redundancy: float
    later: float  # its score as a later fact (what the rest of the article adds)


def _overlap(a: set[str], b: set[str]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def select_facts(
    scored: list[tuple[float, float, FactSentence]],
    count: int,
    redundancy: float = REDUNDANCY,
    same_paragraph: tuple[float, float] = (0.0, 0.0),
) -> list[tuple[float, FactSentence]]:
    """The best :data:`_FIRST_FACTS` by score, then greedy selection with a redundancy penalty
    (maximal marginal relevance); near-duplicates of a chosen fact are never chosen.

    Each round takes the sentence whose score, less its overlap with the facts already chosen
    (past the first ones) and a small penalty for a paragraph already used (``same_paragraph``:
    for the first facts and for the later ones), is highest. Rounds are
    bounded by ``count``, so this stays linear in the article; each round depends only on the
    facts chosen before it, so a larger ``count`` keeps the same first facts. Each pool entry
    keeps its highest overlap with the facts chosen so far, updated against the newest fact
    only: each round costs one pass over the pool.
    """
    pool = [_Candidate(score, s, set(s.words), 0.0, later) for score, later, s in scored]
    chosen: list[tuple[float, FactSentence]] = []
    chosen_paragraphs: set[int] = set()
    while pool and len(chosen) < count:
        first = len(chosen) < _FIRST_FACTS
        best: _Candidate | None = None
        best_gain = -math.inf
        keep = []
        for item in pool:
            if item.redundancy >= _DUPLICATE_OVERLAP:
                continue
            keep.append(item)
            gain = item.score
            if not first:
                gain = item.later - redundancy * item.redundancy
            if item.sentence.paragraph in chosen_paragraphs:
                gain -= same_paragraph[0] if first else same_paragraph[1]
            if gain > best_gain:  # the pool is in article order: ties go to the earlier
                best, best_gain = item, gain
        pool = keep
        if best is None:
            break
        pool.remove(best)
        previous = chosen[-1][0] if chosen else math.inf
        chosen.append((min(previous, best_gain), best.sentence))
        chosen_paragraphs.add(best.sentence.paragraph)
        for item in pool:
            item.redundancy = max(item.redundancy, _overlap(item.words, best.words))
    return chosen


def lead_index(quote_shares: Sequence[float]) -> int:
    """Which candidate is the lead: the first mostly in the reporter's own words (less than
    :data:`_LEAD_QUOTE_SHARE` quoted), else the first."""
    return next((k for k, share in enumerate(quote_shares) if share < _LEAD_QUOTE_SHARE), 0)


def fact_count(candidates: int, max_facts: int) -> int:
    """How many facts an article of ``candidates`` usable sentences gives: all but the
    weakest fifth of them (at most :data:`_MOST_LEFT_OUT` left out), at least
    :data:`_FEWEST_FACTS`, at most ``max_facts``."""
    share = candidates - min(_MOST_LEFT_OUT, math.ceil(candidates / _LEFT_OUT_SHARE))
    return max(0, min(max_facts, candidates, max(_FEWEST_FACTS, share)))


def order_facts(
    candidates: Sequence[tuple[FactSentence, Sequence[float]]],
    max_facts: int,
    weights: Sequence[float] = WEIGHTS,
    later_weights: Sequence[float] = LATER_WEIGHTS,
    guard: float = LEAD_GUARD,
    redundancy: float = REDUNDANCY,
) -> list[tuple[float, FactSentence]]:
    """The key facts among ``candidates`` (article order, with their features), best first.

    The lead (:func:`lead_index`) is first. The first candidates (:data:`_GUARDED`, a repeat
    of an earlier one passed over) get ``guard`` more score, so the next two facts are the
    article's own second and third unless another sentence outscores them by more than that
    margin (Lead-3 is hard to beat: the margin is chosen by cross-validation, and one far above
    any score, the lead always, is among those tried). Then :func:`select_facts`. The
    defaults are the
    shipped, learned ones; ``tools/train_fact_ranker.py`` passes others to choose them.
    """
    if not candidates:
        return []
    # One list of scores (a page of many short lines has as many candidates): the guard is
    # added in place to the few it keeps, after the penalties are taken from the raw scores.
    scored = [(score(v, weights), score(v, later_weights), s) for s, v in candidates]
    # The same-paragraph penalty scales with the learned scores' spread (not the guard's).
    penalties = (_spread([item[0] for item in scored]), _spread([item[1] for item in scored]))
    for k in _guarded(s for s, _ in candidates):
        value, later, sentence = scored[k]
        scored[k] = (value + guard, later, sentence)
    # The lead, the first candidate in the reporter's own words, is the first fact: the news
    # puts it first, and a later sentence that repeats it is not the news.
    lead = lead_index([s.quote_share for s, _ in candidates])
    top = max(item[0] for item in scored)
    scored[lead] = (top + LEAD_MARGIN, top + LEAD_MARGIN, scored[lead][2])
    return select_facts(scored, fact_count(len(scored), max_facts), redundancy, penalties)


def _guarded(sentences: Iterable[FactSentence]) -> set[int]:
    """The candidates the lead guard keeps: the first :data:`_GUARDED`, a repeat of an
    earlier one among them neither kept nor counted (only one of the two can be a fact: the
    article's earlier one, as in Lead-3, and the repeat does not take the place of the
    article's next sentence)."""
    kept: set[int] = set()
    words: list[set[str]] = []
    for k, sentence in enumerate(sentences):
        if len(words) == _GUARDED:
            break
        own = set(sentence.words)
        if not any(_overlap(own, other) >= _DUPLICATE_OVERLAP for other in words):
            kept.add(k)
            words.append(own)
    return kept


def _spread(scores: Sequence[float]) -> float:
    """The same-paragraph penalty for an article of these scores (:data:`_SAME_PARAGRAPH_SHARE`
    of the best less the worst)."""
    return _SAME_PARAGRAPH_SHARE * (max(scores) - min(scores))
