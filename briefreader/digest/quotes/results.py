"""The last step: attributed quotes as :class:`~briefreader.model.Quote` records.

Titles of works in quotes ("the film "Jaws"") are not quotes, nor are phrases of fewer than
``FULL_QUOTE_WORDS`` words that nobody is found saying and that end no sentence; a quote
repeated verbatim is reported once; each quote carries the span of its words and of the
sentence around it.
"""

from __future__ import annotations

import re

from briefreader.digest.quotes.marks import FULL_QUOTE_WORDS, WORD_RE, Raw, word_count
from briefreader.digest.quotes.more_words import MORE_TITLE_CUES, TITLE_CUES_AFTER
from briefreader.digest.quotes.words import TITLE_CUES
from briefreader.digest.sentences import sentence_at
from briefreader.model import Quote, QuoteKind, Span

# The last characters of a quoted sentence (a fragment without them is a phrase).
_SENTENCE_ENDS = ".!?\u2026"
# A quoted title of a work has at most this many words; a longer quote is speech.
_MAX_TITLE_WORDS = 16
# Words this long or shorter (but the first) may stay lower-case in a title ("of", "the").
_SHORT_TITLE_WORD = 3
# A title capitalises at least this share of its first word and longer words.
_TITLE_CAPITALS = 0.75
# A title cue ("the film", "the album") ends within this many characters before the mark.
_TITLE_CUE_CHARS = 40
_CUES = "|".join(sorted(MORE_TITLE_CUES))
_MORE_CUES_BEFORE = re.compile(rf"\b(?:{_CUES})\s*[,:]?\s*$", re.IGNORECASE)
# Right after the closing mark, a word naming a kind of work ('"All About Space" magazine').
_CUE_AFTER = re.compile(rf"\s*(?:{'|'.join(sorted(TITLE_CUES_AFTER))})\b", re.IGNORECASE)


def to_quotes(
    paras: tuple[str, ...], raws: list[Raw], sentences: list[list[tuple[int, int]]]
) -> list[Quote]:
    """The quotes ``raws`` (in article order) as records, titles and repeats left out."""
    out: list[Quote] = []
    seen: set[tuple[str, ...]] = set()
    for q in raws:
        para = paras[q.paragraph]
        text = para[q.start : q.end]
        if _is_title(para, q, text):
            continue
        key = tuple(w.lower() for w in WORD_RE.findall(text))
        if not key or key in seen:
            continue
        seen.add(key)
        kind: QuoteKind = "full" if word_count(text) >= FULL_QUOTE_WORDS else "fragment"
        if kind == "fragment" and q.speaker is None and not _is_sentence(text):
            # A phrase in marks that nobody is found saying and that is no sentence (a scare
            # quote, a term) is no quote to copy: on PolNeAR's train split most such are in
            # no attribution at all.
            continue
        out.append(
            Quote(
                text=text,
                speaker=q.speaker,
                kind=kind,
                span=Span(q.paragraph, q.start, q.end),
                sentence=_sentence(q, sentences[q.paragraph]),
                speaker_found=q.found if q.speaker else None,
            )
        )
    return out


def _is_sentence(text: str) -> bool:
    """Does quoted ``text`` end as a sentence does ("We have got him!")?"""
    return text.rstrip().rstrip("'\u2019\"\u201d)")[-1:] in _SENTENCE_ENDS


def _sentence(q: Raw, sents: list[tuple[int, int]]) -> Span:
    """The span of the sentences that hold the quote (the quote itself at least)."""
    if not sents:
        return Span(q.paragraph, q.start, q.end)
    a = sents[sentence_at(sents, q.open_mark)][0]
    b = sents[sentence_at(sents, max(q.start, q.end - 1))][1]
    return Span(q.paragraph, min(a, q.start), max(b, q.end))


def _is_title(para: str, q: Raw, text: str) -> bool:
    """Quoted Title-Cased name of a work after a cue ("the film "Jaws"")."""
    words = text.split()
    if not words or len(words) > _MAX_TITLE_WORDS or text.rstrip()[-1:] in ".!?":
        return False
    long_words = [w for w in words if len(w) > _SHORT_TITLE_WORD or w == words[0]]
    caps = sum(1 for w in long_words if w[0].isupper() or not w[0].isalpha())
    if caps < max(1, len(long_words)) * _TITLE_CAPITALS:
        return False
    before = para[max(0, q.open_mark - _TITLE_CUE_CHARS) : q.open_mark]
    if TITLE_CUES.search(before) or _MORE_CUES_BEFORE.search(before):
        return True
    return bool(_CUE_AFTER.match(para, q.close_mark + 1))
