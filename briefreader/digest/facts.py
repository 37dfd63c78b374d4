"""Key facts: the sentences of an article that carry most of its news, best first.

News puts its lead first, so the first sentence in the reporter's own words opens the list.
The rest are ranked by a score that adds up, for each sentence:

- its similarity to the article's *centroid* (content words weighted by how many sentences
  use them), so sentences about what the whole article is about rank high;
- its overlap with the title;
- what it adds: names met for the first time, numbers, and news verbs (decisions, warnings,
  deaths, sentences, announcements);
- a position prior that decays slowly through the article.

Facts are then chosen greedily: a sentence that repeats one already chosen (by content-word
overlap) is dropped, and one from a paragraph already used pays a small penalty, so the list
covers more of the story than its first paragraphs.

Skipped: sentences that are mostly a direct quotation (unless the reporter's clause opens the
sentence and carries news of its own), questions, very short lines, links, and what extraction
lets through from the page around the article: headlines (the page's own, repeated as the
first line, and related stories'), photo captions and credits, "[Related: ...]" lines and
numbered "most read" lists. Every step is linear in the length of the article: the centroid
is one vector, and the selection only compares against the (at most ``MAX_FACTS``) chosen facts.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice

from briefreader.defaults import DEFAULT_FACTS_SHOWN
from briefreader.digest.furniture import is_artefact, is_boilerplate, is_caption_paragraph
from briefreader.digest.sentences import split_sentences
from briefreader.digest.stems import WORD, stem_plural
from briefreader.lexicon import words
from briefreader.lexicon.dates import WEEKDAYS
from briefreader.lexicon.marks import DOUBLE_CLOSERS, DOUBLE_OPENERS, STRAIGHT_DOUBLE
from briefreader.lexicon.stopwords import ENGLISH_STOPWORDS
from briefreader.model import Article, Fact, Quote, Span

__all__ = ["rank_facts"]


#: How many facts an article gives at most: the reader lists them all, a briefing keeps as many.
MAX_FACTS = DEFAULT_FACTS_SHOWN
_MIN_WORDS = 6  # a sentence of fewer words is a label or a fragment, not a fact
# A sentence longer than this many characters is first counted for _MAX_WORDS words (a huge
# run-on line is then read without listing its every word).
_LONG_SENTENCE_CHARS = 2000
_MAX_WORDS = 90  # one of more words is a run-on list or a paragraph extraction did not split
_DUPLICATE_OVERLAP = 0.7  # a sentence sharing this much of its words with a chosen fact repeats it
_QUOTE_SHARE = 0.5  # a sentence this much inside quotation marks is a quote ...
_MOSTLY_QUOTED = 0.75  # ... unless its own words carry news: this much is a quote anyway
_WEIGHTS = {
    "centroid": 2.0,
    "length_exponent": 0.5,
    "title": 1.0,
    "position": 0.6,
    "position_scale": 4.0,
    "new_name": 0.15,
    "number": 0.25,
    "news_word": 0.2,
    "tail": 0.1,
    "pronoun": 0.15,
    "quote": 0.0,
    "redundancy": 0.0,
    "same_paragraph": 0.15,
}
_LEAD_QUOTE_SHARE = 0.2  # the lead is in the reporter's words
_OWN_WORDS = 4.0  # content words (estimated) outside the quotation that make it a fact
# Score terms that count things stop counting here: a list of names or of verbs is not more news.
_NEW_NAMES_COUNTED = 3
_NEWS_WORDS_COUNTED = 2
_TAIL_FROM = 0.8  # sentences in the article's last fifth (background, asides) pay the "tail"
_LEAD_MARGIN = 1.0  # the lead scores this much above the best other fact, so it stays first
_MIN_LETTERS = 3  # a word of fewer letters (numbers aside) is not a content word
_WORD_CACHE = 65536  # content words met again and again are looked up once
# The stopwords of the briefing, weekdays, and more pronouns and time words.
_STOPWORDS = (
    ENGLISH_STOPWORDS
    | WEEKDAYS
    | words(
        """aren't day herself himself month myself ours ourselves since theirs themselves week
        year years yours yourself"""
    )
)
_OPENING_QUOTES = STRAIGHT_DOUBLE + DOUBLE_OPENERS
_CLOSING_QUOTES = STRAIGHT_DOUBLE + DOUBLE_CLOSERS
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
_PRONOUN_OPENERS = words(
    """
    he her his i it its she their these they this those we
    """
)


@dataclass(slots=True)
class _Sentence:
    index: int  # order in the article
    paragraph: int
    start: int
    end: int
    text: str
    words: tuple[str, ...]  # content-word stems (tuples: most are empty, and share one)
    names: tuple[str, ...]  # capitalised words (not sentence-initial)
    has_number: bool
    quote_share: float
    skip: bool


@lru_cache(maxsize=_WORD_CACHE)
def _content_word(word: str) -> str | None:
    """The stem of ``word`` (:func:`stem_plural`), or ``None`` for a stop word or a short one."""
    low = word.lower()
    if low in _STOPWORDS or len(low) < _MIN_LETTERS and not low[0].isdigit():
        return None
    return stem_plural(word)


def _content(text: str) -> list[str]:
    """The stemmed content words of ``text``, in order."""
    return [c for c in map(_content_word, WORD.findall(text)) if c is not None]


_ANY_QUOTE_MARK = re.compile('["' + re.escape(_OPENING_QUOTES + _CLOSING_QUOTES) + "]")


# A straight mark that looks closing but stands within this many characters of the sentence's
# start opens the sentence's own quotation; further in, the quotation began in an earlier one.
_OPENING_MARK_ZONE = 2


def _quoted_share(
    text: str, start: int, end: int, quote_spans: Sequence[tuple[int, int]], first: int
) -> float:
    """Share of ``text[start:end]`` inside quotation marks (given spans or marks in the text).

    ``quote_spans`` are sorted by start and ``first`` is the first of them that may reach
    ``start``, so every sentence looks only at the quotes it overlaps.
    """
    length = max(1, end - start)
    covered = 0
    for qs, qe in quote_spans[first:]:
        if qs >= end:
            break
        lo, hi = max(qs, start), min(qe, end)
        if hi > lo:
            covered += hi - lo
    # Marks in the sentence itself, for quotes the quote finder did not report.
    if not _ANY_QUOTE_MARK.search(text, start, end):
        if not covered:
            return 0.0  # one float for every sentence without quotes, not one each
        return min(1.0, covered / length)
    own = 0
    inside = False
    seen_open = False
    mark = start
    for i in range(start, end):
        ch = text[i]
        if ch == '"':
            # A straight mark closes when it follows a word and precedes a space or the end.
            closes = i > start and not text[i - 1].isspace()
            closes = closes and (i + 1 >= end or not text[i + 1].isalnum())
            if not inside and closes and not seen_open and i - start > _OPENING_MARK_ZONE:
                own += i - start  # the quotation began in an earlier sentence
            elif inside:
                own += i - mark
                inside = False
            else:
                inside, mark = True, i
            seen_open = True
        elif ch in _OPENING_QUOTES and not inside:
            inside, mark, seen_open = True, i, True
        elif ch in _CLOSING_QUOTES and inside:
            own += i - mark
            inside = False
        elif ch in _CLOSING_QUOTES and not seen_open:
            own += i - start  # the quotation began in an earlier sentence
            seen_open = True
    if inside and text[start] in _OPENING_QUOTES:
        own += end - mark  # the quotation runs on into the next sentence
    return min(1.0, max(covered, own) / length)


def _sentences(article: Article, quotes: Sequence[Quote]) -> list[_Sentence]:
    title = set(_content(article.title or ""))
    by_paragraph: dict[int, list[tuple[int, int]]] = {}
    for q in quotes:
        by_paragraph.setdefault(q.span.paragraph, []).append((q.span.start, q.span.end))
    out: list[_Sentence] = []
    for p, para in enumerate(article.paragraphs):
        spans: list[tuple[int, int]] = []
        for s, e in split_sentences(para):
            # Join a piece that runs on from the one before ("BUFFALO, N.Y." / "— Hours ...").
            if spans and (para[s] in "—–" or para[s].islower()):
                spans[-1] = (spans[-1][0], e)
            else:
                spans.append((s, e))
        caption = is_caption_paragraph(article.paragraphs, p)
        qspans = sorted(by_paragraph.get(p, []))
        q_index = 0
        for s, e in spans:
            text = para[s:e]
            while q_index < len(qspans) and qspans[q_index][1] <= s:
                q_index += 1
            if len(text) > _LONG_SENTENCE_CHARS and _more_words_than(text, _MAX_WORDS):
                share = _quoted_share(para, s, e, qspans, q_index)
                out.append(_run_on(len(out), p, s, e, text, share))
                continue
            tokens = WORD.findall(text)
            names = [
                t.lower()
                for k, t in enumerate(tokens)
                if k > 0 and t[0].isupper() and t.lower() not in _STOPWORDS
            ]
            share = _quoted_share(para, s, e, qspans, q_index)
            words = _content(text)
            # Mostly quoted is a quote, unless the reporter's clause opens the sentence and
            # carries news of its own ("Cook said Apple employs about 450 Dreamers, and ...").
            quoted = share >= _QUOTE_SHARE and (
                share >= _MOSTLY_QUOTED
                or text[0] in _OPENING_QUOTES
                or len(words) * (1.0 - share) < _OWN_WORDS
            )
            # Cheap tests first: the regular-expression ones run only when these pass.
            skip = (
                quoted
                or caption
                or len(tokens) < _MIN_WORDS
                or len(tokens) > _MAX_WORDS
                or text.rstrip(_CLOSING_QUOTES + "'’)").endswith("?")
                or text.lstrip().startswith(("—", "–", "-", "•"))
                or (text.startswith("(") and text.endswith(")"))
                or not any(c.islower() for c in text)
                or is_boilerplate(text.lower())
                or is_artefact(text, tokens, words, title)
            )
            out.append(
                _Sentence(
                    index=len(out),
                    paragraph=p,
                    start=s,
                    end=e,
                    text=text,
                    words=tuple(words),
                    names=tuple(names),
                    has_number=any(t[0].isdigit() for t in tokens),
                    quote_share=share,
                    skip=skip,
                )
            )
    return out


def _more_words_than(text: str, limit: int) -> bool:
    """Whether ``text`` has more than ``limit`` words (counted without listing them)."""
    return next(islice(WORD.finditer(text), limit, None), None) is not None


def _run_on(index: int, paragraph: int, start: int, end: int, text: str, share: float) -> _Sentence:
    """A sentence of more than :data:`_MAX_WORDS` words: never a fact, so only what the
    scores of the others read of it is kept, each word once (in how many sentences a word
    stands, and the names already met), not a list of every word of a huge run-on line."""
    words: dict[str, None] = {}
    names: dict[str, None] = {}
    has_number = False
    for k, match in enumerate(WORD.finditer(text)):
        token = match.group()
        content = _content_word(token)
        if content is not None:
            words[content] = None
        if k > 0 and token[0].isupper() and token.lower() not in _STOPWORDS:
            names[token.lower()] = None
        has_number = has_number or token[0].isdigit()
    return _Sentence(
        index=index,
        paragraph=paragraph,
        start=start,
        end=end,
        text=text,
        words=tuple(words),
        names=tuple(names),
        has_number=has_number,
        quote_share=share,
        skip=True,
    )


@dataclass(slots=True)
class _Candidate:
    """A sentence waiting to be chosen, with its highest overlap with the chosen facts."""

    score: float
    sentence: _Sentence
    words: set[str]
    redundancy: float


def _overlap(a: set[str], b: set[str]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def _scores(sentences: list[_Sentence], title: set[str]) -> list[tuple[float, _Sentence]]:
    """The score of every usable sentence, in article order (see the module docstring)."""
    # Document frequency of each content word (in how many sentences it stands); a word of
    # one sentence only says nothing about what the article is about.
    df: Counter[str] = Counter()
    for s in sentences:
        df.update(set(s.words))
    weight = {w: math.log1p(c) for w, c in df.items() if c > 1}
    norm = math.sqrt(sum(v * v for v in weight.values())) or 1.0
    w = _WEIGHTS
    seen_names: set[str] = set()
    total = len(sentences)
    scored: list[tuple[float, _Sentence]] = []
    for s in sentences:
        new_names = {n for n in s.names if n not in seen_names}
        seen_names.update(s.names)
        if s.skip:
            continue
        uniq = set(s.words)
        if not uniq:
            continue
        centroid = sum(weight.get(x, 0.0) for x in uniq) / (
            norm * len(uniq) ** w["length_exponent"]
        )
        title_sim = len(uniq & title) / len(title) if title else 0.0
        position = 1.0 / (1.0 + s.index / w["position_scale"])
        rel = s.index / total
        score = (
            w["centroid"] * centroid
            + w["title"] * title_sim
            + w["position"] * position
            + w["new_name"] * min(_NEW_NAMES_COUNTED, len(new_names))
            + (w["number"] if s.has_number else 0.0)
            + w["news_word"] * min(_NEWS_WORDS_COUNTED, len(uniq & _NEWS_WORDS))
            - (w["tail"] if rel > _TAIL_FROM else 0.0)
            - (w["pronoun"] if s.text.split(maxsplit=1)[0].lower() in _PRONOUN_OPENERS else 0.0)
            - w["quote"] * s.quote_share
        )
        scored.append((score, s))
    return scored


def _select(
    scored: list[tuple[float, _Sentence]], lead: tuple[float, _Sentence], max_facts: int
) -> list[tuple[float, _Sentence]]:
    """The lead, then greedy selection with a redundancy penalty (maximal marginal relevance).

    Each round takes the sentence whose score, less its overlap with the facts already chosen,
    is highest. Rounds and chosen facts are bounded by ``max_facts``, so this stays linear in
    the article; each round depends only on the facts chosen before it, so a larger
    ``max_facts`` keeps the same first facts. Each pool entry keeps its highest overlap with
    the facts chosen so far, updated against the newest fact only: each round costs one pass
    over the pool.
    """
    w = _WEIGHTS
    lead_words = set(lead[1].words)
    pool: list[_Candidate] = []
    for score, s in scored:
        if s is lead[1]:
            continue
        words = set(s.words)
        pool.append(_Candidate(score, s, words, _overlap(words, lead_words)))
    chosen: list[tuple[float, _Sentence]] = [lead]
    chosen_paragraphs = {lead[1].paragraph}
    while pool and len(chosen) < max_facts:
        best: _Candidate | None = None
        best_gain = -math.inf
        keep = []
        for item in pool:
            if item.redundancy >= _DUPLICATE_OVERLAP:
                continue
            keep.append(item)
            gain = item.score - w["redundancy"] * item.redundancy
            if item.sentence.paragraph in chosen_paragraphs:
                gain -= w["same_paragraph"]
            if gain > best_gain:  # the pool is in article order: ties go to the earlier
                best, best_gain = item, gain
        pool = keep
        if best is None:
            break
        pool.remove(best)
        previous = chosen[-1][0] if len(chosen) > 1 else math.inf
        chosen.append((min(previous, best_gain), best.sentence))
        chosen_paragraphs.add(best.sentence.paragraph)
        for item in pool:
            item.redundancy = max(item.redundancy, _overlap(item.words, best.words))
    return chosen


def rank_facts(article: Article, quotes: Sequence[Quote], max_facts: int = MAX_FACTS) -> list[Fact]:
    """Rank the key facts of ``article``, best first (at most ``max_facts``).

    Facts are sentences of the article as written, each with a :class:`Span` covering it.
    The first usable sentence (the lead) comes first; the rest are ordered by a score that
    combines similarity to the article's centroid and to the title, new names, numbers, news
    verbs and a position prior. Sentences that are mostly a direct quotation (by the spans of
    ``quotes`` or by quotation marks), questions and boilerplate are skipped, and
    near-duplicates of a chosen fact are dropped.
    """
    sentences = _sentences(article, quotes)
    if not sentences:
        return []
    scored = _scores(sentences, set(_content(article.title or "")))
    if not scored:
        return []
    # The lead: the first sentence in the reporter's own words (a quote does not open a brief).
    by_position = sorted(scored, key=lambda item: item[1].index)
    lead = next(
        (item for item in by_position if item[1].quote_share < _LEAD_QUOTE_SHARE),
        by_position[0],
    )
    chosen = _select(scored, lead, max_facts)
    top = max(score for score, _ in chosen)
    facts = []
    for rank, (score, s) in enumerate(chosen):
        # The lead keeps the top score so the list stays sorted by score.
        value = top + _LEAD_MARGIN if rank == 0 else score
        facts.append(Fact(text=s.text, span=Span(s.paragraph, s.start, s.end), score=value))
    return facts
