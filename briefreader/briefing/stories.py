"""Stories: the articles of a briefing that report the same event, each story merged on its own.

Two articles report the same event when what they say is close, not merely their topic: the
cosine of their weighted content words (the headline counted twice, then the key facts, the
speakers' names), each word weighted by how rare it is across the briefing's articles, is at
least :data:`SAME_EVENT` (names and numbers count as words) and they share at least
:data:`SHARED_NAMES` names (two games of one
league share their words "league", "goal", "season", but seldom the same players). Articles
dated more than :data:`DATE_GAP_DAYS` apart are two stories (two hearings on different days).
Articles are grouped by average linkage: the two groups whose articles are closest on average
merge first, while that average is at least :data:`SAME_EVENT`, so one loose pair cannot chain
two events into one story.

Per story the facts, quotes by speaker and figures by subject are merged as for the whole
briefing (:mod:`~briefreader.briefing.facts`, :mod:`~briefreader.briefing.speakers`,
:mod:`~briefreader.briefing.figures`), keeping the briefing's article indices. Stories come
ordered by how many sources carry them, singletons after.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from briefreader.briefing.facts import merge_facts
from briefreader.briefing.figures import group_figures
from briefreader.briefing.model import (
    BriefingFact,
    FigureGroup,
    Ref,
    SpeakerGroup,
    Story,
)
from briefreader.briefing.speakers import group_quotes
from briefreader.briefing.words import content_words
from briefreader.defaults import STORY_FACTS_READ
from briefreader.lexicon.stopwords import ENGLISH_STOPWORDS
from briefreader.model import Brief

__all__ = [
    "DATE_GAP_DAYS",
    "SAME_EVENT",
    "SHARED_NAMES",
    "cluster",
    "group_stories",
    "link",
    "similarity",
]

#: Two articles whose weighted words have at least this cosine report the same event: the
#: middle of the gap between the closest pair of different events and the least close pair of
#: one event on the tune part (the inline stories of tests/story_articles.py and the dev-set
#: pages labelled in tests/data/story_labels.json), checked on tests/story_articles_check.py
#: (``python tools/story_threshold.py``).
SAME_EVENT = 0.45
#: ... and they share at least this many names (capitalised words past a sentence's start).
SHARED_NAMES = 2
#: Articles dated further apart than this many days are two events.
DATE_GAP_DAYS = 3
#: Word rarity is read as if the briefing held at least this many articles (the other ones
#: using none of its words), so that a small briefing still tells its stories apart. This and
#: the headline's weight were chosen for the widest gap on the tune part (20, 40, 80 tried).
_BACKGROUND = 80
#: The headline's words count this many times (1 or 2 tried: outlets word one event's
#: headline differently, so a heavier headline pulled same-event pairs apart).
_TITLE_WEIGHT = 1
#: An article's words are those of its first ``STORY_FACTS_READ`` key facts (the lead and what
#: follows it; briefings rank that many whatever ``facts_shown`` shows) and of its opening,
#: this many characters of its first paragraphs (a short article gives
#: few facts, but its opening still says what happened).
_OPENING_CHARS = 1500
#: A number in the facts ("2,400", "28") counts this many times: outlets reporting one
#: event give the same numbers, two events of one topic seldom do.
_NUMBER_WEIGHT = 2
#: A name counts this many times: the people and places of an event tell it from others of
#: its topic.
_NAME_WEIGHT = 3
_NAME = re.compile(r"(?<=[\w,;:] )[A-Z][\w'’-]+")
# A capitalised word opening a sentence: a name ("Mbeki said ...") or not ("Negotiators ..."),
# so it counts as a name only when it stands as one, past a sentence's start, in the briefing.
_OPENING_WORD = re.compile(r"(?:^|(?<=[.!?] )|(?<=[.!?][\"”’] ))[A-Z][\w'’-]+")
_NUMBER = re.compile(r"\d[\d,.]*\d")
_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def _profile(brief: Brief) -> tuple[Counter[str], set[str], set[str]]:
    """The article's content words (counted), its names, and the capitalised words that open
    its sentences (names or not: :func:`similarity` tells)."""
    words: Counter[str] = Counter()
    title = brief.article.title or ""
    for _ in range(_TITLE_WEIGHT):
        words.update(content_words(title))
    opening = " ".join(brief.article.paragraphs)[:_OPENING_CHARS]
    texts = [opening, *(fact.text for fact in brief.facts[:STORY_FACTS_READ])]
    for text in texts:
        words.update(content_words(text))
    # A Title Case headline capitalises its small words ("Fire In The Harbour"): no names.
    names = {n.lower() for text in [title, *texts] for n in _NAME.findall(text)}
    names -= ENGLISH_STOPWORDS
    names |= {q.speaker.lower() for q in brief.quotes if q.speaker}
    # Names and numbers are words of their own too (marked, so "Page" the name is not
    # "page" the word).
    for text in texts:
        for number in _NUMBER.findall(text):
            words["#" + number] += _NUMBER_WEIGHT
    for name in names:
        words["@" + name] += _NAME_WEIGHT
    openings = {w.lower() for text in texts for w in _OPENING_WORD.findall(text)}
    openings -= names | ENGLISH_STOPWORDS
    return words, names, openings


def _date(brief: Brief) -> date | None:
    """The article's date when it gives one as ``YYYY-MM-DD``, else ``None``."""
    match = _ISO_DATE.search(brief.article.date or "")
    if match is None:
        return None
    try:
        return date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None


def similarity(briefs: Sequence[Brief]) -> list[list[float]]:
    """The pairwise closeness of the articles (0 for two that cannot be one event)."""
    profiles = []
    read = [_profile(b) for b in briefs]
    known = set().union(*(names for _, names, _ in read))
    for words, names, openings in read:
        # "Mbeki said ..." in one article, "Alan Mbeki" in another: a name in both.
        for name in openings & known:
            words["@" + name] += _NAME_WEIGHT
        profiles.append((words, names | (openings & known)))
    dates = [_date(b) for b in briefs]
    df: Counter[str] = Counter()
    for words, _ in profiles:
        df.update(words.keys())
    n = len(briefs)
    vectors = []
    for words, _ in profiles:
        # Rarer words weigh more, counted as if among at least _BACKGROUND articles: in a
        # briefing of three, a word all three use is not thereby worthless.
        vector = {w: c * math.log1p(max(n, _BACKGROUND) / df[w]) for w, c in words.items()}
        norm = math.sqrt(sum(v * v for v in vector.values())) or 1.0
        vectors.append({w: v / norm for w, v in vector.items()})
    matrix = [[0.0] * n for _ in range(n)]
    for i in range(n):
        for j in range(i + 1, n):
            if len(profiles[i][1] & profiles[j][1]) < SHARED_NAMES:
                continue
            di, dj = dates[i], dates[j]
            if di is not None and dj is not None and abs((di - dj).days) > DATE_GAP_DAYS:
                continue
            a, b = vectors[i], vectors[j]
            if len(a) > len(b):
                a, b = b, a
            matrix[i][j] = matrix[j][i] = sum(v * b.get(w, 0.0) for w, v in a.items())
    return matrix


def cluster(briefs: Sequence[Brief], threshold: float = SAME_EVENT) -> list[list[int]]:
    """The articles grouped into stories by average linkage (see the module docstring), two
    groups merging while their average closeness is at least ``threshold``."""
    return link(similarity(briefs), threshold)


def link(matrix: Sequence[Sequence[float]], threshold: float = SAME_EVENT) -> list[list[int]]:
    """Average linkage over a closeness ``matrix`` (:func:`similarity`): the groups of
    articles, each in order."""
    groups = [[i] for i in range(len(matrix))]
    while len(groups) > 1:
        best, pair = threshold, None
        for x in range(len(groups)):
            for y in range(x + 1, len(groups)):
                total = sum(matrix[i][j] for i in groups[x] for j in groups[y])
                average = total / (len(groups[x]) * len(groups[y]))
                if average >= best:
                    best, pair = average, (x, y)
        if pair is None:
            break
        x, y = pair
        groups[x] = sorted(groups[x] + groups[y])
        del groups[y]
    return groups


def _remap_ref(ref: Ref, indices: Sequence[int]) -> Ref:
    return Ref(indices[ref.article], ref.span)


def _remap_facts(facts: Sequence[BriefingFact], indices: Sequence[int]) -> tuple[BriefingFact, ...]:
    return tuple(
        replace(fact, refs=tuple(_remap_ref(r, indices) for r in fact.refs)) for fact in facts
    )


def _remap_speakers(
    groups: Sequence[SpeakerGroup], indices: Sequence[int]
) -> tuple[SpeakerGroup, ...]:
    return tuple(
        replace(g, quotes=tuple(replace(q, article=indices[q.article]) for q in g.quotes))
        for g in groups
    )


def _remap_figures(
    groups: Sequence[FigureGroup], indices: Sequence[int]
) -> tuple[FigureGroup, ...]:
    return tuple(
        replace(g, figures=tuple(replace(f, article=indices[f.article]) for f in g.figures))
        for g in groups
    )


def group_stories(briefs: Sequence[Brief], max_facts: int) -> tuple[Story, ...]:
    """The stories of ``briefs``: most sources first, singletons after (each keeps the
    articles' order), each with its facts (at most ``max_facts``), quotes and figures."""
    stories = []
    for members in cluster(briefs):
        part = [briefs[i] for i in members]
        stories.append(
            Story(
                articles=tuple(members),
                facts=_remap_facts(merge_facts(part, max_facts, one_story=True), members),
                speakers=_remap_speakers(group_quotes(part), members),
                figures=_remap_figures(group_figures(part), members),
            )
        )
    stories.sort(key=lambda s: (-len(s.articles), s.articles[0]))
    return tuple(stories)
