"""Figures across articles, grouped by what they count, so numbers that disagree stand side
by side, each with its source (and who gives it, when a quote around it says so).

Two figures count the same thing when their subjects, normalised (content words stemmed,
synonyms mapped: "soldiers" and "troops", "people" and "persons"), are the same words in the
same unit: one "people" group, one "deaths" group. Subjects that differ but share the head
noun (the last content word) count the same thing when their words overlap enough and their
sentences share words too. Ages are the exception: an age is of one person, so ages merge
only when their subjects name the same person ("age of Webb"); "age of man" in two stories
may be two men, and a bare "age" names no one (it goes with the figures without subject,
where each line shows its own subject).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from briefreader.briefing.model import BriefingFigure, FigureGroup
from briefreader.briefing.words import NUMBER_WORDS, SYNONYMS, content_words
from briefreader.digest.stems import fold
from briefreader.model import Brief, Figure, Quote

__all__ = ["group_figures"]

# Two figure subjects count the same thing when they share the head noun and this much.
_SUBJECT_JACCARD = 0.5
# The same subject words in sentences about something else ("people" killed here, "people"
# polled there) are not the same count: the sentences must share words too, more of them when
# the subject is one generic word. A subject of at most this many words is generic ...
_GENERIC_SUBJECT = 1
# ... and the sentences then share this part of the smaller one's words, and at least this many
# words ...
_CONTEXT_SHARE_GENERIC, _CONTEXT_MIN_GENERIC = 0.3, 2
# ... while a subject of several words needs much less of its sentence.
_CONTEXT_SHARE, _CONTEXT_MIN = 0.1, 1


def _subject_words(subject: str) -> list[str]:
    """The subject's content words, synonyms mapped, numbers left out."""
    words = [SYNONYMS.get(w, w) for w in content_words(subject)]
    return [w for w in words if not w[0].isdigit()]


def _is_age(figure: Figure, words: list[str]) -> bool:
    """The figure is a person's age: its subject is "age" or "age of ..." in years."""
    return bool(words) and words[0] == "age" and figure.unit in {None, "years"}


def _names(subject: str) -> frozenset[str]:
    """The capitalised words of a subject as written ("age of Webb" -> {"Webb"})."""
    return frozenset(w for w in subject.split() if w[:1].isupper())


def _exact_key(figure: Figure, words: list[str], index: int) -> tuple[object, ...] | None:
    """The key under which figures merge without further checks: the same normalised
    subject words in the same unit; for an age, the same words and the same name (else the
    same article: two stories' "age of man" may be two men); None for a bare "age"."""
    key = (frozenset(words), _unit(figure))
    if not _is_age(figure, words):
        return key
    if len(words) == 1:
        return None
    names = _names(figure.subject or "")
    return (*key, names) if names else (*key, index)


def _subject_weight(subject: str) -> tuple[bool, int, int]:
    """Rank subjects for a heading: no leading number, then more words, then longer."""
    return (not subject[:1].isdigit(), len(_subject_words(subject)), len(subject))


def _claimant(figure: Figure, quotes: Sequence[Quote]) -> str | None:
    """The speaker of a quote around the figure or in its sentence, if any."""
    span = figure.span
    sentence = figure.sentence
    for quote in quotes:
        if not quote.speaker or quote.span.paragraph != span.paragraph:
            continue
        if quote.span.start <= span.start and span.end <= quote.span.end:
            return quote.speaker
        if sentence is not None and quote.sentence is not None:
            if quote.sentence.start <= sentence.start < quote.sentence.end or (
                sentence.start <= quote.sentence.start < sentence.end
            ):
                return quote.speaker
    return None


@dataclass
class _FigureCluster:
    """Figures counting one thing: head noun, subject words and unit of the first, every
    figure kept with its subject, and the content words of each one's sentence."""

    head: str
    words: set[str]
    unit: str | None
    subjects: list[str]
    figures: list[BriefingFigure]
    contexts: list[set[str]]
    order: int


def _unit(figure: Figure) -> str | None:
    """The figure's unit, folded, synonyms mapped ("USD" → "$")."""
    if not figure.unit:
        return None
    unit = fold(figure.unit)
    return SYNONYMS.get(unit, unit)


def _context(figure: Figure, subject: set[str]) -> set[str]:
    """The content words of the figure's sentence, neither numbers nor subject words."""
    return {
        w for w in content_words(figure.context) if not w[0].isdigit() and w not in NUMBER_WORDS
    } - subject


def _sentences_agree(words: set[str], context: set[str], cluster: _FigureCluster) -> bool:
    """Whether the figure's sentence shares enough words with one of the cluster's."""
    if min(len(words), len(cluster.words)) <= _GENERIC_SUBJECT:
        share, least = _CONTEXT_SHARE_GENERIC, _CONTEXT_MIN_GENERIC
    else:
        share, least = _CONTEXT_SHARE, _CONTEXT_MIN
    return any(
        len(context & other) >= max(least, share * min(len(context), len(other)))
        for other in cluster.contexts
    )


def _best_cluster(
    words: set[str], context: set[str], candidates: Sequence[int], clusters: list[_FigureCluster]
) -> int | None:
    """The candidate cluster whose subject words overlap most, if enough and if the
    sentences agree."""
    best, best_score = None, 0.0
    for cluster_id in candidates:
        cluster = clusters[cluster_id]
        score = len(words & cluster.words) / len(words | cluster.words)
        if score < _SUBJECT_JACCARD or score <= best_score:
            continue
        if _sentences_agree(words, context, cluster):
            best, best_score = cluster_id, score
    return best


def _repeats(cluster: _FigureCluster, index: int, figure: Figure) -> bool:
    """Whether article ``index`` already gave the cluster the same number in the same unit."""
    return any(
        f.article == index
        and f.figure.number == figure.number
        and f.figure.unit == figure.unit
        and figure.number is not None
        for f in cluster.figures
    )


def _cluster_order(cluster: _FigureCluster) -> tuple[int, int, int]:
    """Clusters given by more articles first, then with more figures, then as first met."""
    return (-len({f.article for f in cluster.figures}), -len(cluster.figures), cluster.order)


def group_figures(briefs: Sequence[Brief]) -> tuple[FigureGroup, ...]:
    """Every figure of ``briefs`` in one group per thing counted; figures without a subject
    form the last group."""
    clusters: list[_FigureCluster] = []
    by_head: dict[tuple[str, str | None], list[int]] = defaultdict(list)
    by_words: dict[tuple[object, ...], int] = {}
    no_subject: list[BriefingFigure] = []
    for index, brief in enumerate(briefs):
        for figure in brief.figures:
            item = BriefingFigure(figure, index, _claimant(figure, brief.quotes))
            words = _subject_words(figure.subject or "")
            exact = _exact_key(figure, words, index) if words else None
            if exact is None:
                no_subject.append(item)
                continue
            key = (words[-1], _unit(figure))
            word_set = set(words)
            context = _context(figure, word_set)
            best = by_words.get(exact)
            if best is None and not _is_age(figure, words):
                best = _best_cluster(word_set, context, by_head.get(key, ()), clusters)
            if best is None:
                best = len(clusters)
                clusters.append(_FigureCluster(key[0], word_set, key[1], [], [], [], order=best))
                by_head[key].append(best)
            by_words.setdefault(exact, best)
            cluster = clusters[best]
            cluster.contexts.append(context)
            # The same number for the same thing twice in one article: keep the first.
            if _repeats(cluster, index, figure):
                continue
            cluster.figures.append(item)
            cluster.subjects.append(figure.subject or "")
    groups = [
        # The most specific subject (most content words, then longest) heads the group.
        FigureGroup(max(c.subjects, key=_subject_weight), tuple(c.figures))
        for c in sorted(clusters, key=_cluster_order)
    ]
    if no_subject:
        groups.append(FigureGroup(None, tuple(no_subject)))
    return tuple(groups)
