"""Key facts: the sentences of an article that carry most of its news, best first.

Each sentence that may be a fact (:mod:`~briefreader.digest.fact_features` lists what is read
of it: position, length, closeness to the article's centroid and to the title, numbers, new
names, news verbs, quotation) gets a score from a linear model learned against reference
highlights (``tools/train_fact_ranker.py``). The lead comes first and the best three next,
without repeats: the article's own second and third unless another sentence outscores them by
the learned guard (:func:`~briefreader.digest.fact_selection.order_facts`); then each next
fact is the best of the rest by a second model, for what the rest of the article adds (the
hand weights unless a learned one is clearly better in cross-validation), less its overlap
with the facts already chosen (maximal marginal relevance, its weight chosen by
cross-validation), and a paragraph already used pays a small penalty. A short article gives
few facts, a long one up to ``max_facts``.

A fact stands on its own, so these are never facts: sentences that open with a connective
("But ...", "And ...") or, past the lead, with a pronoun they cannot resolve ("He said ...",
"That's ..."), sentences with unbalanced quotation marks, questions, very short lines, links,
tweets' markup, teasers ("Scroll down for video"), and what extraction lets through from the
page around the article: headlines, photo captions and credits, "[Related: ...]" lines and
numbered "most read" lists (:mod:`~briefreader.digest.furniture`). A sentence that is mostly a
direct quotation is a fact only when it is attributed and carries news (a number or a news
verb): '"We will cut 2,400 jobs," the company said.'; a quotation the reporter's clause opens
and the next sentence closes is one fact with it ('Olsen said: "The pier is shut. It reopens in
May."'). A dateline opening a sentence
("LONDON (Reuters) - ") is left out of the fact's span. Every step is linear in the length of
the article: the centroid is one vector, and the selection only compares against the (at most
``max_facts``) chosen facts.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from itertools import islice

from briefreader.defaults import DEFAULT_FACTS_SHOWN
from briefreader.digest.fact_features import FactSentence, featurize
from briefreader.digest.fact_marks import (
    CLOSING_QUOTES,
    OPENING_QUOTES,
    balanced,
    join_open_quotes,
    quoted_share,
)
from briefreader.digest.fact_selection import fact_count, lead_index, order_facts
from briefreader.digest.furniture import (
    CONNECTIVE_OPENING,
    is_artefact,
    is_boilerplate,
    is_caption_paragraph,
    opens_unresolved,
    run_in_starts,
)
from briefreader.digest.sentences import split_sentences
from briefreader.digest.stems import WORD, stem_plural
from briefreader.lexicon import words
from briefreader.lexicon.dates import WEEKDAYS
from briefreader.lexicon.speech import SPEECH_VERBS
from briefreader.lexicon.stopwords import ENGLISH_STOPWORDS
from briefreader.model import Article, Fact, Quote, Span

__all__ = [
    "fact_candidates",
    "fact_count",
    "fact_sentences",
    "lead_index",
    "rank_facts",
    "title_words",
]


#: How many facts an article gives at most: the reader lists them all, a briefing keeps as many.
MAX_FACTS = DEFAULT_FACTS_SHOWN
_MIN_WORDS = 6  # a sentence of fewer words is a label or a fragment, not a fact
# A sentence longer than this many characters is first counted for _MAX_WORDS words (a huge
# run-on line is then read without listing its every word).
_LONG_SENTENCE_CHARS = 2000
_MAX_WORDS = 90  # one of more words is a run-on list or a paragraph extraction did not split
_QUOTE_SHARE = 0.5  # a sentence this much inside quotation marks is a quote ...
_MOSTLY_QUOTED = 0.75  # ... unless its own words carry news: this much is a quote anyway
_OWN_WORDS = 4.0  # content words (estimated) outside the quotation that make it a fact
#: A sentence that leans on the one before joins it as one fact when the two have at most
#: this many words (longer, the pair reads as a paragraph, not a fact).
_JOINED_MAX_WORDS = 60
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
_SPEECH = SPEECH_VERBS | words("according told")
# A quotation that carries news has a number or one of these (decisions, outcomes, plans).
_NEWS_IN_QUOTES = words(
    """
    announced approved arrested banned charged closed confirmed cut cuts died killed launched
    ordered resign resigned signed won
    """
)
# The attribution that closes a quotation, naming the speaker: '," Noem tweeted.', '," said
# Ada Olsen.', '," said harbour engineer Ada Olsen of the port authority.' (not '," the mayor
# said.': a description is no name).
_NAMED_ATTRIBUTION = re.compile(
    r"[,.!?][\"”’]\s+(?:[A-Z][\w'’-]+\s+){1,3}[a-z]+(?:\s+\w+){0,3}[.]$"
    r"|[,.!?][\"”’]\s+[a-z]+\s+(?:[A-Z][\w'’-]+\s*){1,3}[.]$"
    # a described name ("said harbour engineer Ada Olsen"), not a description ("said the mayor
    # of New York", "said a spokesman for General Motors", "said officials in South Korea")
    r"|[,.!?][\"”’]\s+[a-z]+\s+(?!(?:the|a|an|officials?|his|her|its|their)\s)"
    r"(?:[a-z-]+\s+){1,3}[A-Z][\w'’-]+\s+[A-Z][\w'’-]+"
    r"(?:\s+(?:of|at|from)\s+[^\"“”]{1,80})?[.]$"
    # the described name before its verb ('," White House press secretary Ada Olsen told
    # reporters on the ship.'), not a description ('," the mayor of Port Ellis said.')
    r"|[,.!?][\"”’]\s+(?:[A-Z][\w'’-]+\s+){0,3}(?!(?:the|a|an|officials?|his|her|its|their)\s)"
    r"(?:[a-z-]+\s+){0,2}(?!(?:of|for|in|at|from|with|by|to|and)\s)[a-z-]+\s+"
    r"[A-Z][\w'’-]+\s+[A-Z][\w'’-]+\s+(?:" + "|".join(sorted(_SPEECH)) + r")\b[^\"“”]{0,80}[.]$"
    # the name with who it is after it ('," said Ada Olsen, an engineer at the port.', '," Ada
    # Olsen, the harbour master, said.'), not a description ('," said the mayor, a former ...')
    r"|[,.!?][\"”’]\s+(?:" + "|".join(sorted(_SPEECH)) + r")\s+(?:[A-Z][\w'’-]+\s+){0,2}"
    r"[A-Z][\w'’-]+,\s+(?:an?|the)\s+[^\"“”]{1,80}[.]$"
    r"|[,.!?][\"”’]\s+(?:[A-Z][\w'’-]+\s+){0,2}[A-Z][\w'’-]+,\s+(?:an?|the)\s+[^\"“”,]{1,80},"
    r"\s+(?:" + "|".join(sorted(_SPEECH)) + r")[.]$"
)
# A count in words is a number too ("two tablets was a lethal dose - and she had taken eight").
_NUMBER_WORDS = words(
    """
    two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty
    hundred hundreds thousand thousands million millions billion billions dozen dozens
    """
)
_QUOTE_NEWS = _NEWS_IN_QUOTES | _NUMBER_WORDS
# A dateline that opens a sentence: "LONDON (Reuters) - ", "WASHINGTON — ", "(CNN) -- ", and
# an agency's name in brackets run straight into the sentence: "(CNN)Over the last year ...".
_DATELINE = re.compile(
    r"^(?:(?:[A-Z][A-Z.'-]+(?:[ ,]+[A-Z][A-Za-z.'-]+){0,3},?\s*(?:\([^()]{1,40}\))?"
    r"|\([A-Z][^()]{1,30}\))\s*(?:--|[-—–])\s+"
    r"|\([A-Z][^()]{1,30}\)(?=[A-Z]))"
)


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


def fact_sentences(article: Article, quotes: Sequence[Quote]) -> list[FactSentence]:
    """Every sentence of ``article`` as the ranker reads it, in article order; a skipped one
    (``skip``) names the rule that kept it out (``why``)."""
    title = title_words(article)
    by_paragraph: dict[int, list[tuple[int, int]]] = {}
    for q in quotes:
        by_paragraph.setdefault(q.span.paragraph, []).append((q.span.start, q.span.end))
    out: list[FactSentence] = []
    seen_candidate = False
    for p, para in enumerate(article.paragraphs):
        spans: list[tuple[int, int]] = []
        for s, e in split_sentences(para):
            # Join a piece that runs on from the one before ("BUFFALO, N.Y." / "— Hours ...").
            if spans and (para[s] in "—–" or para[s].islower()):
                spans[-1] = (spans[-1][0], e)
            else:
                spans.append((s, e))
        spans = join_open_quotes(para, _split_run_ins(para, spans), _JOINED_MAX_WORDS)
        caption = is_caption_paragraph(article.paragraphs, p)
        qspans = sorted(by_paragraph.get(p, []))
        q_index = 0
        for s, e in spans:
            s, e = _trim(para, s, e)
            text = para[s:e]
            while q_index < len(qspans) and qspans[q_index][1] <= s:
                q_index += 1
            if len(text) > _LONG_SENTENCE_CHARS and _more_words_than(text, _MAX_WORDS):
                share = quoted_share(para, s, e, qspans, q_index)
                out.append(_run_on(len(out), p, s, e, text, share))
                continue
            tokens = WORD.findall(text)
            names = [
                t.lower()
                for k, t in enumerate(tokens)
                if k > 0 and t[0].isupper() and t.lower() not in _STOPWORDS
            ]
            share = quoted_share(para, s, e, qspans, q_index)
            words = _content(text)
            # Mostly quoted is a quote, unless the reporter's clause opens the sentence and
            # carries news of its own ("Cook said Apple employs about 450 Dreamers, and ..."),
            # or the quotation is the news and says who said it ('"We will cut 2,400 jobs,"
            # the company said.').
            quoted = share >= _QUOTE_SHARE and (
                share >= _MOSTLY_QUOTED
                or text[0] in OPENING_QUOTES
                or len(words) * (1.0 - share) < _OWN_WORDS
            )
            if quoted and share < 1.0 and _quote_is_news(text, tokens):
                quoted = False
            opening = opens_unresolved(text)
            if opening == "connective":
                # "But Beijing is balking at ..." stands alone without its "But"; "But
                # another one, in the United States, ..." does not.
                s, text, opening = _drop_connective(para, s, e, text)
            why = "quote" if quoted else "caption paragraph" if caption else None
            why = why or _why_not_a_fact(text, tokens, words, title)
            skip = why is not None
            # "He was 88.": too short alone, but a fact with the sentence it leans on.
            fragment = skip and not (quoted or caption) and len(tokens) < _MIN_WORDS
            fragment = fragment and not _not_a_fact(text, tokens, words, title, 1)
            # A pronoun may open the article's first fact ("This is the moment ..."), where
            # it points ahead; anywhere else it leans on a sentence the fact does not show:
            # the two make one fact when they can ("Officials closed the port. It reopens on
            # Friday."), else it is no fact.
            if opening == "connective" or opening == "pronoun" and seen_candidate:
                if (not skip or fragment) and _joins(out, p, len(tokens)):
                    out.append(_joined(out.pop(), para, e, words, names, tokens, share))
                    continue
                skip, why = True, why or "leans on the one before"
            seen_candidate = seen_candidate or not skip
            out.append(
                FactSentence(
                    index=len(out),
                    paragraph=p,
                    start=s,
                    text=text,
                    words=tuple(words),
                    names=tuple(names),
                    has_number=any(t[0].isdigit() for t in tokens),
                    quote_share=share,
                    skip=skip,
                    tokens=len(tokens),
                    why=why or "",
                )
            )
    return out


def _split_run_ins(para: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` with each sentence cut where a caption run into it ends (:func:`run_in_starts`):
    the caption becomes a piece of its own (no fact: it has no full stop), the sentence after
    it a candidate."""
    out: list[tuple[int, int]] = []
    for s, e in spans:
        for cut in run_in_starts(para, s, e):
            end = cut
            while end > s and para[end - 1].isspace():
                end -= 1
            out.append((s, end))
            s = cut
        out.append((s, e))
    return out


def _joins(out: list[FactSentence], paragraph: int, tokens: int) -> bool:
    """Whether a sentence that leans on the one before can join it as one fact: that one is
    a candidate of the same paragraph and the two stay short enough to read as one."""
    if not out:
        return False
    before = out[-1]
    return (
        before.paragraph == paragraph
        and not before.skip
        and before.tokens + tokens <= _JOINED_MAX_WORDS
    )


def _joined(
    before: FactSentence,
    para: str,
    end: int,
    words: list[str],
    names: list[str],
    tokens: list[str],
    share: float,
) -> FactSentence:
    """``before`` and the sentence after it (ending at ``end``) as one fact."""
    text = para[before.start : end]
    own = len(text) - len(before.text)
    return FactSentence(
        index=before.index,
        paragraph=before.paragraph,
        start=before.start,
        text=text,
        words=before.words + tuple(words),
        names=before.names + tuple(names),
        has_number=before.has_number or any(t[0].isdigit() for t in tokens),
        quote_share=(before.quote_share * len(before.text) + share * own) / max(1, len(text)),
        skip=False,
        tokens=before.tokens + len(tokens),
    )


def _drop_connective(para: str, start: int, end: int, text: str) -> tuple[int, str, str | None]:
    """The sentence from after its opening connective, when what follows opens with a capital
    (a name) or a digit; else the sentence as it was, still ``"connective"``."""
    match = CONNECTIVE_OPENING.match(text)
    if match is not None and match.end() < len(text):
        rest = text[match.end() :]
        if rest[0].isupper() and opens_unresolved(rest) is None or rest[0].isdigit():
            return start + match.end(), rest, None
    return start, text, "connective"


def _trim(para: str, start: int, end: int) -> tuple[int, int]:
    """The span of a sentence without an opening dateline ("LONDON (Reuters) - ") or the
    brackets around a whole bracketed sentence ("(The agency said ...)")."""
    dateline = _DATELINE.match(para, start, end)
    if dateline is not None and dateline.end() < end:
        start = dateline.end()
    for opening, closing in (("(", ")"), ("[", "]")):
        if end - start > 2 and para[start] == opening and para[end - 1] == closing:
            inner = para[start + 1 : end - 1]
            if opening not in inner and closing not in inner:
                start, end = start + 1, end - 1
    return start, end


def _not_a_fact(
    text: str, tokens: list[str], words: list[str], title: set[str], min_words: int = _MIN_WORDS
) -> bool:
    """Whether a sentence cannot be a fact (:func:`_why_not_a_fact` names a rule)."""
    return _why_not_a_fact(text, tokens, words, title, min_words) is not None


def _why_not_a_fact(
    text: str, tokens: list[str], words: list[str], title: set[str], min_words: int = _MIN_WORDS
) -> str | None:
    """Why a sentence cannot be a fact, or ``None``: too short (fewer than ``min_words``) or
    long, a question, a lead-in to a list (ending with a colon), a list item, no prose,
    unbalanced quotation marks, or furniture."""
    # Cheap tests first: the regular-expression ones run only when these pass.
    if len(tokens) < min_words:
        return "too short"
    if len(tokens) > _MAX_WORDS:
        return "too long"
    if text.rstrip(CLOSING_QUOTES + "'’)").endswith("?"):
        return "question"
    # "In a wide-ranging interview, the president also said:" leads into a list or a
    # quotation it does not hold: alone it says nothing.
    if text.rstrip().endswith(":"):
        return "ends in a colon"
    if text.lstrip().startswith(("—", "–", "-", "•")):
        return "list item"
    if not any(c.islower() for c in text):
        return "no prose"
    if not balanced(text):
        return "unbalanced marks"
    if is_boilerplate(text.lower()) or is_artefact(text, tokens, words, title):
        return "furniture"
    return None


def _quote_is_news(text: str, tokens: list[str]) -> bool:
    """Whether a mostly quoted sentence is a claim worth a fact: its marks pair up, it says
    who spoke (a speech verb) and it carries a number or a news verb."""
    lowered = {t.lower() for t in tokens}
    has_news = bool(lowered & _QUOTE_NEWS)
    has_news = has_news or any(t[0].isdigit() for t in tokens)
    # "Robertson, the U.S. commander, said: “...”": the reporter's clause names the speaker.
    opens_reported = text[0] not in OPENING_QUOTES and text[0].isupper()
    has_news = has_news or opens_reported and any(m in text[1:] for m in OPENING_QUOTES)
    # '"...," Noem said.': a quotation closed by a named speaker's attribution.
    has_news = has_news or _NAMED_ATTRIBUTION.search(text) is not None
    return has_news and bool(lowered & _SPEECH) and balanced(text)


def _more_words_than(text: str, limit: int) -> bool:
    """Whether ``text`` has more than ``limit`` words (counted without listing them)."""
    return next(islice(WORD.finditer(text), limit, None), None) is not None


def _run_on(
    index: int, paragraph: int, start: int, end: int, text: str, share: float
) -> FactSentence:
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
    return FactSentence(
        index=index,
        paragraph=paragraph,
        start=start,
        text=text,
        words=tuple(words),
        names=tuple(names),
        has_number=has_number,
        quote_share=share,
        skip=True,
        why="too long",
    )


def fact_candidates(
    article: Article, quotes: Sequence[Quote]
) -> list[tuple[FactSentence, list[float]]]:
    """Every sentence of ``article`` that may be a fact, in article order, with its features
    (:data:`~briefreader.digest.fact_features.FEATURES`): what the model scores, and what
    ``tools/train_fact_ranker.py`` learns from."""
    return featurize(fact_sentences(article, quotes), title_words(article))


def title_words(article: Article) -> set[str]:
    """The stemmed content words of ``article``'s title (what the ``title`` feature reads)."""
    return set(_content(article.title or ""))


def rank_facts(article: Article, quotes: Sequence[Quote], max_facts: int = MAX_FACTS) -> list[Fact]:
    """Rank the key facts of ``article``, best first (at most ``max_facts``, fewer for a short
    article: :func:`fact_count`).

    Facts are sentences of the article as written, each with a :class:`Span` covering it
    (without a dateline or wrapping brackets). Each candidate (see :func:`fact_candidates`)
    is scored by the learned model; the best come first, then what the rest adds, without
    near-duplicates (see the module docstring).
    """
    chosen = order_facts(fact_candidates(article, quotes), max_facts)
    return [
        Fact(text=s.text, span=Span(s.paragraph, s.start, s.end), score=value)
        for value, s in chosen
    ]
