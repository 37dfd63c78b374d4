"""Facts across articles: each brief's ranked facts merged, a fact several outlets state shown
once with every source.

Two facts are the same news when their stemmed content words overlap enough. Only candidate
facts (each brief's ranked facts) are compared, through an inverted word index (a fact is
compared only with the clusters it shares a word with), so the work stays close to linear.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from briefreader.briefing.model import BriefingFact, Ref
from briefreader.briefing.words import content_words
from briefreader.model import Brief, Fact

__all__ = ["merge_facts"]

# Two facts are the same news when their content words overlap this much: most of the
# shorter one's words stand in the other ...
_FACT_OVERLAP = 0.7  # |A ∩ B| / min(|A|, |B|)
# ... and the two share a fair part of all their words (a short fact inside a long one is not
# enough).
_FACT_JACCARD = 0.4  # |A ∩ B| / |A ∪ B|
#: Within one story (articles known to report the same event) outlets word one fact in
#: their own ways ("killing 28 people" / "28 people died"): these looser thresholds apply.
STORY_OVERLAP = 0.5
STORY_JACCARD = 0.3


@dataclass
class _FactCluster:
    """A fact as first met (``text``, its ``words``), with where it and its repeats stand."""

    text: str
    words: set[str]
    refs: list[Ref]
    best_rank: int
    score: float
    order: int


def _same_fact(
    a: set[str], b: set[str], overlap: float = _FACT_OVERLAP, jaccard: float = _FACT_JACCARD
) -> bool:
    """Whether two facts' content words say the same news (see the thresholds above)."""
    if not a or not b:
        return False
    common = len(a & b)
    return common / min(len(a), len(b)) >= overlap and common / len(a | b) >= jaccard


def _candidates(briefs: Sequence[Brief]) -> list[tuple[int, int, Fact]]:
    """``(rank, article, fact)`` in round-robin order: every article's first fact, then every
    second fact..."""
    candidates = [
        (rank, index, fact)
        for index, brief in enumerate(briefs)
        for rank, fact in enumerate(brief.facts)
    ]
    candidates.sort(key=lambda item: (item[0], item[1]))
    return candidates


def _cluster_of(
    words: set[str],
    clusters: list[_FactCluster],
    by_word: dict[str, list[int]],
    thresholds: tuple[float, float],
) -> int | None:
    """The cluster saying the same news as ``words``, most words shared first."""
    # Only clusters sharing a word can be duplicates: look those up, not every cluster.
    shared: dict[int, int] = defaultdict(int)
    for word in words:
        for cluster_id in by_word.get(word, ()):
            shared[cluster_id] += 1
    for cluster_id, _count in sorted(shared.items(), key=lambda kv: (-kv[1], kv[0])):
        if _same_fact(words, clusters[cluster_id].words, *thresholds):
            return cluster_id
    return None


def _weight(cluster: _FactCluster) -> tuple[float, int, int]:
    """Sort key: a fact that several outlets report ranks as if it stood higher in each."""
    sources = len({ref.article for ref in cluster.refs})
    return (cluster.best_rank / sources, -sources, cluster.order)


def merge_facts(
    briefs: Sequence[Brief], limit: int, *, one_story: bool = False
) -> tuple[BriefingFact, ...]:
    """The facts of ``briefs`` without repeats, best first, at most ``limit``; with
    ``one_story`` (the articles report one event) by the looser story thresholds."""
    thresholds = (STORY_OVERLAP, STORY_JACCARD) if one_story else (_FACT_OVERLAP, _FACT_JACCARD)
    clusters: list[_FactCluster] = []
    by_word: dict[str, list[int]] = defaultdict(list)
    for rank, index, fact in _candidates(briefs):
        words = set(content_words(fact.text))
        ref = Ref(index, fact.span)
        match = _cluster_of(words, clusters, by_word, thresholds)
        if match is not None:
            clusters[match].refs.append(ref)
            continue
        cluster_id = len(clusters)
        clusters.append(
            _FactCluster(fact.text, words, [ref], rank, fact.score, order=len(clusters))
        )
        for word in words:
            by_word[word].append(cluster_id)
    ranked = sorted(clusters, key=_weight)[: max(0, limit)]
    return tuple(
        BriefingFact(text=c.text, refs=tuple(c.refs), score=c.score)
        for c in sorted(ranked, key=_weight)
    )
