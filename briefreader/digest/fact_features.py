"""What the fact ranker reads of each sentence: one vector of features, scored by a linear model.

The features (:data:`FEATURES`, in order) describe a candidate sentence in its article: where it
stands (the first three candidates, a decaying prior, its relative position), how long it is,
how close it is to what the whole article is about (the centroid of content words) and to the
title, what it brings (numbers, names met for the first time, news verbs), and how it reads
(inside quotation marks, attributed speech). The weights are learned by
``tools/train_fact_ranker.py`` against reference highlights and generated into
:mod:`briefreader.digest.fact_weights`; scoring is a plain dot product (no numpy at run time).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from briefreader.lexicon import words
from briefreader.lexicon.speech import SPEECH_VERBS

__all__ = ["FEATURES", "HAND_LATER_WEIGHTS", "FactSentence", "featurize", "score"]

#: The features, in the order of each vector and of the learned weights.
FEATURES = (
    "bias",
    "first",
    "second",
    "third",
    "position",
    "relative_position",
    "log_words",
    "centroid",
    "title",
    "number",
    "new_names",
    "news_words",
    "quote_share",
    "speech",
    "tail",
    "fourth",
    "fifth",
    "long",
    "lead_overlap",
    "relative_centroid",
    "opens_quote",
    "relative_title",
    "centroid_rank",
    "numbers",
)

#: Hand weights for the facts after the first ones (what the rest of the article adds): those
#: the ranker used before it was learned (centroid, title, a gentle position prior, names,
#: numbers, news verbs). One of the later-fact rankers ``tools/train_fact_ranker.py`` chooses
#: among by cross-validation (the others are learned); the chosen one ships in fact_weights.
_LATER = {
    "position": 0.6,
    "centroid": 2.0,
    "title": 1.0,
    "number": 0.25,
    "new_names": 0.15,
    "news_words": 0.2,
    "tail": -0.1,
}
HAND_LATER_WEIGHTS = tuple(_LATER.get(name, 0.0) for name in FEATURES)

# The position prior halves after this many candidates.
_POSITION_SCALE = 4.0
# Score terms that count things stop counting here: a list of names or of verbs is not more news.
_NEW_NAMES_COUNTED = 3
_NEWS_WORDS_COUNTED = 2
_NUMBERS_COUNTED = 3  # figures ("$24 to $28", "13.7 billion", "300"): a table row is not more
_NUMBER = re.compile(r"\d[\d.,]*")
_LONG_WORDS = 40  # a sentence of more words is "long" (often two run together, or a caption)
_QUOTE_OPENERS = "\"'“‘"
_TAIL_FROM = 0.8  # sentences in the article's last fifth (background, asides) are the "tail"
# News verbs: decisions, warnings, findings, outcomes.
_NEWS_WORDS = words(
    """
    accused accuses agreed agrees announced announces approved approves arrested banned bans
    beat blocked blocks canceled cancelled charged condemned condemns confirmed confirms
    convicted cut cuts dead deal decided decides defeated denied denies deploy deployed
    deployment died elected estimated estimates expected finds fired forecast found imposed
    imposes injured killed launched launches lost order ordered orders planned plans predicted
    raised raises rejected rejects resigned revealed reveals ruled ruling scored sentence
    sentenced signed signs warned warns will won wounded
    """
)
_SPEECH = SPEECH_VERBS | words("according told")


@dataclass(slots=True)
class FactSentence:
    """A sentence of the article as the ranker sees it."""

    index: int  # order in the article
    paragraph: int
    start: int
    text: str
    words: tuple[str, ...]  # content-word stems (tuples: most are empty, and share one)
    names: tuple[str, ...]  # capitalised words (not sentence-initial)
    has_number: bool
    quote_share: float
    skip: bool
    tokens: int = 0  # how many words
    #: Why a skipped sentence is no candidate ("quote", "caption paragraph", "too short" ...:
    #: the rule of ``facts`` that kept it out); empty for a candidate.
    why: str = ""

    @property
    def end(self) -> int:
        """Where the sentence ends in its paragraph (it is ``paragraph[start:end]``)."""
        return self.start + len(self.text)


def featurize(
    sentences: Sequence[FactSentence], title: set[str]
) -> list[tuple[FactSentence, list[float]]]:
    """The feature vector (:data:`FEATURES`) of every candidate (not skipped) sentence."""
    # Document frequency of each content word (in how many sentences it stands); a word of
    # one sentence only says nothing about what the article is about.
    df: Counter[str] = Counter()
    for s in sentences:
        df.update(set(s.words))
    weight = {w: math.log1p(c) for w, c in df.items() if c > 1}
    norm = math.sqrt(sum(v * v for v in weight.values())) or 1.0
    seen_names: set[str] = set()
    total = max(1, len(sentences))
    out: list[tuple[FactSentence, list[float]]] = []
    lead: set[str] = set()
    for s in sentences:
        new_names = {n for n in s.names if n not in seen_names}
        seen_names.update(s.names)
        uniq = set(s.words)
        if s.skip or not uniq:
            continue
        rank = len(out)
        rel = s.index / total
        lowered = {w.lower() for w in s.text.split()}
        if not lead:
            lead = uniq
        out.append(
            (
                s,
                [
                    1.0,
                    float(rank == 0),
                    float(rank == 1),
                    float(rank == 2),
                    1.0 / (1.0 + rank / _POSITION_SCALE),
                    rel,
                    math.log1p(s.tokens),
                    sum(weight.get(x, 0.0) for x in uniq) / (norm * math.sqrt(len(uniq))),
                    len(uniq & title) / len(title) if title else 0.0,
                    float(s.has_number),
                    float(min(_NEW_NAMES_COUNTED, len(new_names))),
                    float(min(_NEWS_WORDS_COUNTED, len(uniq & _NEWS_WORDS))),
                    s.quote_share,
                    float(bool(lowered & _SPEECH)),
                    float(rel > _TAIL_FROM),
                    float(rank == 3),
                    float(rank == 4),
                    float(s.tokens > _LONG_WORDS),
                    len(uniq & lead) / len(uniq),
                    0.0,  # relative_centroid: filled in below
                    float(s.text[:1] in _QUOTE_OPENERS),
                    0.0,  # relative_title: filled in below
                    0.0,  # centroid_rank: filled in below
                    min(_NUMBERS_COUNTED, len(_NUMBER.findall(s.text))) / _NUMBERS_COUNTED
                    if s.has_number
                    else 0.0,
                ],
            )
        )
    # Closeness to the centroid and to the title relative to the article's closest sentence,
    # and the rank by centroid within the article (1 the closest, 0 the farthest): ranking is
    # within one article, whatever its length or wording.
    for column, target in (("centroid", "relative_centroid"), ("title", "relative_title")):
        k = FEATURES.index(column)
        top = max((v[k] for _, v in out), default=0.0) or 1.0
        for _, vector in out:
            vector[FEATURES.index(target)] = vector[k] / top
    k = FEATURES.index("centroid")
    rank = FEATURES.index("centroid_rank")
    ordered = sorted(range(len(out)), key=lambda j: -out[j][1][k])
    for position, j in enumerate(ordered):
        out[j][1][rank] = 1.0 - position / max(1, len(out) - 1)
    return out


def score(vector: Sequence[float], weights: Sequence[float]) -> float:
    """The score of one feature vector under ``weights`` (higher: more of the news)."""
    return sum(w * x for w, x in zip(weights, vector))
