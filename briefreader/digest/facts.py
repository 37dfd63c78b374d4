"""Key facts: the sentences of an article that carry most of its news, best first.

News puts its lead first, so the first sentence of the article opens the list. The rest are
ranked by a score that adds up, for each sentence:

- its similarity to the article's *centroid* (content words weighted by how many sentences
  use them), so sentences about what the whole article is about rank high;
- its overlap with the title;
- what it adds: names met for the first time, numbers, and news verbs (decisions, warnings,
  deaths, sentences, announcements);
- a position prior that decays slowly through the article.

Sentences that are mostly a direct quotation, questions, very short lines, links, credits and
similar boilerplate are skipped, and a sentence that repeats one already chosen (by
content-word overlap) is dropped. Every step is linear in the length of the article: the
centroid is one vector, and the duplicate check only compares against the chosen facts.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from briefreader.digest.sentences import split_sentences
from briefreader.model import Article, Fact, Quote, Span

__all__ = ["rank_facts"]


def _words(text: str) -> frozenset[str]:
    """The white-space separated words of ``text`` as a set."""
    return frozenset(text.split())


MAX_FACTS = 12
_MIN_WORDS = 6
_MAX_WORDS = 90
_DUPLICATE_OVERLAP = 0.7
_QUOTE_SHARE = 0.5

_WORD = re.compile(r"[^\W\d_](?:[\w'’-]*\w)?|\d[\d,.]*\d|\d")
_STOPWORDS = _words(
    """
    a about above after again against all also am an and any are aren't as at be because
    been before being below between both but by can could did do does doing down during each
    few for from further had has have having he her here hers herself him himself his how i
    if in into is it its itself just me more most my myself no nor not now of off on once
    only or other our ours ourselves out over own same she should so some such than that the
    their theirs them themselves then there these they this those through to too under until
    up very was we were what when where which while who whom why will with would you your
    yours yourself said says say told according also would could may might must shall one
    new mr mrs ms dr like get got make made many much last first year years week month day
    monday tuesday wednesday thursday friday saturday sunday since still even well back way
    """
)
_OPENING_QUOTES = '"“„«'
_CLOSING_QUOTES = '"”»'
_BOILERPLATE = re.compile(
    r"click here|read more|sign up|subscribe|newsletter|all rights reserved|copyright|©|"
    r"photo(?:graph)?(?:\s+by|\s+credit)|getty images|associated press photo|\(ap photo|"
    r"follow (?:us|me|him|her)\b|share this|https?://|www\.|pic\.twitter\.com|@\w+\)|"
    r"^advertisement|^related:|^see also|^watch:|^listen:|^update:",
    re.IGNORECASE,
)
# News verbs: decisions, warnings, findings, outcomes.
_NEWS_WORDS = _words(
    """
    announced announces decided decides agreed agrees approved approves rejected rejects
    warned warns condemned condemns accused accuses ordered orders signed signs launched
    launches killed died dead injured wounded arrested charged convicted sentenced sentence
    ruled ruling banned bans imposed imposes cancelled canceled cut cuts raised raises
    estimated estimates expected forecast predicted plans planned will deal order orders
    confirmed confirms revealed reveals found finds denied denies blocked blocks fired
    resigned elected won lost defeated beat scored deployed deploy deployment
    """
)
_PRONOUN_OPENERS = _words(
    """
    he she it they this these those his her its their we i
    """
)


@dataclass
class _Sentence:
    index: int  # order in the article
    paragraph: int
    start: int
    end: int
    text: str
    words: list[str]  # content-word stems
    names: list[str]  # capitalised words (not sentence-initial)
    has_number: bool
    quote_share: float
    skip: bool


@lru_cache(maxsize=65536)
def _stem(word: str) -> str:
    w = word.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    for suffix in ("ies", "es", "s"):
        if w.endswith(suffix) and len(w) > len(suffix) + 3:
            if suffix == "ies":
                return w[:-3] + "y"
            if suffix == "es" and not w.endswith(("ses", "xes", "zes", "ches", "shes")):
                continue
            return w[: -len(suffix)]
    return w


@lru_cache(maxsize=65536)
def _content_word(word: str) -> str | None:
    low = word.lower()
    if low in _STOPWORDS or len(low) < 3 and not low[0].isdigit():
        return None
    return _stem(word)


def _content(text: str) -> list[str]:
    return [c for c in map(_content_word, _WORD.findall(text)) if c is not None]


_ANY_QUOTE_MARK = re.compile('["' + re.escape(_OPENING_QUOTES + _CLOSING_QUOTES) + "]")


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
            if not inside and closes and not seen_open and i - start > 2:
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
        qspans = sorted(by_paragraph.get(p, []))
        q_index = 0
        for s, e in spans:
            text = para[s:e]
            tokens = _WORD.findall(text)
            names = [
                t.lower()
                for k, t in enumerate(tokens)
                if k > 0 and t[0].isupper() and t.lower() not in _STOPWORDS
            ]
            while q_index < len(qspans) and qspans[q_index][1] <= s:
                q_index += 1
            share = _quoted_share(para, s, e, qspans, q_index)
            skip = (
                len(tokens) < _MIN_WORDS
                or len(tokens) > _MAX_WORDS
                or text.rstrip(_CLOSING_QUOTES + "'’)").endswith("?")
                or bool(_BOILERPLATE.search(text))
                or text.lstrip().startswith(("—", "–", "-", "•"))
                or (text.startswith("(") and text.endswith(")"))
                or share >= _QUOTE_SHARE
                or not any(c.islower() for c in text)
            )
            out.append(
                _Sentence(
                    index=len(out),
                    paragraph=p,
                    start=s,
                    end=e,
                    text=text,
                    words=_content(text),
                    names=names,
                    has_number=any(t[0].isdigit() for t in tokens),
                    quote_share=share,
                    skip=skip,
                )
            )
    return out


def _overlap(a: set[str], b: set[str]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def rank_facts(article: Article, quotes: Sequence[Quote]) -> list[Fact]:
    """Rank the key facts of ``article``, best first (at most ``MAX_FACTS``).

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
    # Document frequency of each content word (in how many sentences it stands).
    df: Counter[str] = Counter()
    for s in sentences:
        df.update(set(s.words))
    weight = {w: math.log1p(c) for w, c in df.items() if c > 1}
    norm = math.sqrt(sum(v * v for v in weight.values())) or 1.0
    title = set(_content(article.title or ""))
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
        centroid = sum(weight.get(w, 0.0) for w in uniq) / (norm * math.sqrt(len(uniq)))
        title_sim = len(uniq & title) / len(title) if title else 0.0
        position = 1.0 / (1.0 + s.index / 4.0)
        rel = s.index / total
        score = (
            2.0 * centroid
            + 1.0 * title_sim
            + 0.6 * position
            + 0.15 * min(3, len(new_names))
            + (0.25 if s.has_number else 0.0)
            + 0.2 * min(2, len(uniq & _NEWS_WORDS))
            - (0.1 if rel > 0.8 else 0.0)
            - (0.15 if s.text.split(maxsplit=1)[0].lower() in _PRONOUN_OPENERS else 0.0)
            - 0.5 * s.quote_share
        )
        scored.append((score, s))
    if not scored:
        return []
    lead = min(scored, key=lambda item: item[1].index)
    ranked = sorted(scored, key=lambda item: (-item[0], item[1].index))
    chosen: list[tuple[float, _Sentence]] = [lead]
    chosen_words = [set(lead[1].words)]
    for score, s in ranked:
        if len(chosen) >= MAX_FACTS:
            break
        if s is lead[1]:
            continue
        words = set(s.words)
        if any(_overlap(words, other) >= _DUPLICATE_OVERLAP for other in chosen_words):
            continue
        chosen.append((score, s))
        chosen_words.append(words)
    top = max(score for score, _ in chosen)
    facts = []
    for rank, (score, s) in enumerate(chosen):
        # The lead keeps the top score so the list stays sorted by score.
        value = top + 1.0 if rank == 0 else score
        facts.append(Fact(text=s.text, span=Span(s.paragraph, s.start, s.end), score=value))
    return facts
