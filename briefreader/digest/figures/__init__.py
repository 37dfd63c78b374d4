"""Figures: the numbers of an article a reader needs, each with what it counts.

What a figure is, decided once: a number that tells the reader how many, how much or how far
in the story. So counts, money, percentages, measures, ages, durations, scores (one figure per
score: "6-4, 7-6 (5)"), ranks ("54th", "the 14th-ranked Spaniard", "finished sixth") and vague
amounts ("several thousand", "dozens": kept with no number, none invented). Not figures, since
they count nothing new: back-references to a group already counted ("the two sides", "these
11"), a quote giving again a figure just given, numbers in names and titles ("Section 230",
"Destiny 2 is"), dates, years and times, references and phone numbers, list numbering, page
furniture ("Image 2 of 5", "View all (23)", a related story's headline), rankings without a
count ("the world's two largest economies"), and number words used otherwise ("one of the",
"to zero in on").

This package owns finding them. One pass over the white-space tokens of each paragraph
(:mod:`.tokens`) finds number candidates written in digits ("3,000", "$1.2 billion", "40%",
"4-1", "55-kilometer") or words ("two", "a dozen", "half a million dollars") and extends each
over its scale, currency, unit, range or ratio (:mod:`.candidates`, the rarer forms in
:mod:`.forms`); grammar cues then drop the numbers that are not figures (:mod:`.filters`).
Each figure gets a qualifier ("at least", "about", "only", :mod:`.qualifiers`), a unit when the
article gives one, and the noun phrase it counts (:mod:`.subjects`): the counted noun and its
modifiers, the thing bought or paid, the measured quantity; none rather than a wrong one. The
word lists are in :mod:`.words`. Every step looks at a few neighbouring tokens only, so the
whole pass is linear in the length of the article.
"""

from __future__ import annotations

import bisect
import math
from collections.abc import Iterator

from briefreader.digest.figures.candidates import _COUNTS, _Found, _scan
from briefreader.digest.figures.fallbacks import cost_subject, fallback_subject, places_subject
from briefreader.digest.figures.filters import (
    _is_table_row,
    _keep,
    is_back_reference,
    is_furniture,
)
from briefreader.digest.figures.numbering import list_numbers
from briefreader.digest.figures.possessives import _RESOLVE_LOOKBACK, _resolve
from briefreader.digest.figures.qualifiers import _qualifier
from briefreader.digest.figures.subjects import _find_subject
from briefreader.digest.figures.tokens import _has_number_word, _Paragraph
from briefreader.digest.sentences import split_sentences
from briefreader.model import Article, Figure, Span

__all__ = ["find_figures"]

# Figures looked back over for a subject to share ("... 3,000 soldiers ... soon have 12,000").
_SHARE_LOOKBACK = 2
# A sentence longer than this many characters (the development set's longest with a figure
# is 1,634) is no context to repeat with each of its figures: a line that never ends a
# sentence would be repeated whole once per figure. The context is then ...
MAX_CONTEXT_CHARS = 2000
# ... the words within this many characters either side of the figure.
CONTEXT_REACH = 300
# An article gives at most this many figures (the development set's most is 374): a page with
# more is a table or a dump, whose every number no reader lists, and whose figures alone
# (each with its context) would take more memory than the page (50,000 take about 75 MB).
MAX_FIGURES = 50000
# A paragraph is scanned in pieces of at most this many characters (the development set's
# longest paragraph has 21,697), cut between sentences, or between words inside a longer
# sentence: the tokens of one piece are held at a time, not those of a whole huge line.
MAX_PIECE_CHARS = 50000


def find_figures(article: Article) -> list[Figure]:
    """Find the figures of ``article``, in article order.

    Counts, money, percentages, measures, scores, ages and durations, written in digits or
    words. Each :class:`~briefreader.model.Figure` carries the number as written (``value``,
    with currency sign and scale word: "$1.2 billion"), its ``number``, its ``unit`` when the
    article gives one, its ``qualifier`` ("at least", "about", ...), what it counts
    (``subject``, or ``None``), the sentence it stands in and spans into the paragraph.
    Dates, years, times of day, numbers inside names, references, phone numbers and "one" as
    a pronoun are left out; past :data:`MAX_FIGURES`, the rest of the article is not read.
    """
    figures: list[Figure] = []
    seen: set[float] = set()  # the numbers given so far ("these 11" points back at one)
    said: set[tuple[float, str | None, str]] = set()  # number, unit, subject of each so far
    ages: dict[float, str] = {}  # whose age each age given so far is ("the 26-year-old")
    for index, text in enumerate(article.paragraphs):
        if not text or not any(map(str.isdigit, text)) and not _has_number_word(text):
            continue
        if _is_table_row(text):
            continue
        kept: list[_Found] = []
        for offset, piece in _pieces(text):
            p = _Paragraph(piece)
            found = len(kept)
            numbering = list_numbers(p)
            for f in _scan(p):
                if f.i in numbering or not _keep(p, f) or _not_new(p, f, seen):
                    continue
                f.qualifier = _qualifier(p, f)
                f.subject = cost_subject(p, f) or _find_subject(p, f)
                if f.subject is None:
                    f.subject = places_subject(p, f) or _shared_subject(f, kept)
                    f.subject = f.subject or _converted_subject(p, f, kept)
                if f.subject is None:
                    f.subject = fallback_subject(p, f)
                f.subject = _resolve(f.subject, kept)
                f.subject = _whose_age(f, ages)
                if _repeated_in_quote(p, f, said):
                    continue
                kept.append(f)
            figures.extend(_figure(p, index, f, offset) for f in kept[found:])
            if len(figures) >= MAX_FIGURES:
                return figures[:MAX_FIGURES]
            del kept[: -max(_SHARE_LOOKBACK, _RESOLVE_LOOKBACK)]  # all the next piece looks at
    return figures


def _not_new(p: _Paragraph, f: _Found, seen: set[float]) -> bool:
    """``f`` adds nothing: it points back at a group already counted ("the two sides"), or
    it stands in page furniture ("Image 2 of 5"). Records its number as given otherwise."""
    if is_back_reference(p, f, seen) or _sentence_notes(p, f)[0]:
        return True
    if f.number is not None:
        seen.add(f.number)
    return False


def _whose_age(f: _Found, ages: dict[float, str]) -> str | None:
    """A bare age ("the 26-year-old said") is the age of the person an earlier figure gave
    the same age ("a 26-year-old karate instructor"); records named ages."""
    if f.kind != "age" or f.number is None:
        return f.subject
    if f.subject == "age":
        return ages.get(f.number, f.subject)
    if f.subject:
        ages.setdefault(f.number, f.subject)
    return f.subject


_QUOTE_MARKS = frozenset('"“”')


def _sentence_notes(p: _Paragraph, f: _Found) -> tuple[bool, bool]:
    """Whether the sentence of ``f`` is page furniture, and whether it holds a quotation
    mark: read once per sentence."""
    s0, s1 = p.sentence_of(f.start)
    notes = p.sentence_notes.get(s0)
    if notes is None:
        sentence = p.text[s0:s1]
        notes = p.sentence_notes[s0] = (
            is_furniture(sentence),
            not _QUOTE_MARKS.isdisjoint(sentence),
        )
    return notes


def _repeated_in_quote(p: _Paragraph, f: _Found, said: set[tuple[float, str | None, str]]) -> bool:
    """A quote gives again a figure already given: the same number, unit and subject ("he
    expects 12,000 soldiers" ... "'they will soon have 12,000'"), or the same number with the
    same unit ("a 55-kilometre zone" ... "'in the 55-kilometre Tanf zone'"). Records ``f``
    otherwise."""
    if f.number is None:
        return False
    keys = [(f.number, f.unit, f.subject.lower())] if f.subject else []
    if f.unit is not None:
        keys.append((f.number, f.unit, _ANY_SUBJECT))
    if not keys:
        return False
    if not said.isdisjoint(keys) and _sentence_notes(p, f)[1]:
        return True
    said.update(keys)
    return False


# The subject recorded with a number and unit, to find it again whatever its subject.
_ANY_SUBJECT = "\x00"


def _pieces(text: str) -> Iterator[tuple[int, str]]:
    """``text`` in pieces of at most :data:`MAX_PIECE_CHARS`, each with its offset: cut at
    the last sentence start in reach, else after the last space, else hard."""
    if len(text) <= MAX_PIECE_CHARS:
        yield 0, text
        return
    starts = [s for s, _ in split_sentences(text)]
    start = 0
    while len(text) - start > MAX_PIECE_CHARS:
        reach = start + MAX_PIECE_CHARS
        k = bisect.bisect_right(starts, reach) - 1
        if k >= 0 and starts[k] > start:
            cut = starts[k]
        else:
            space = text.rfind(" ", start + 1, reach)
            cut = space + 1 if space >= 0 else reach
        yield start, text[start:cut]
        start = cut
    yield start, text[start:]


def _shared_subject(f: _Found, kept: list[_Found]) -> str | None:
    """A bare count with no subject counts what the count just before it counts."""
    if f.kind in _COUNTS and f.unit is None:
        for g in reversed(kept[-_SHARE_LOOKBACK:]):
            if g.kind in _COUNTS and g.subject and g.unit is None:
                return g.subject  # "... 3,000 soldiers ... soon have 12,000"
    return None


def _converted_subject(p: _Paragraph, f: _Found, kept: list[_Found]) -> str | None:
    """A measure in brackets right after another is the same quantity converted: "6,000
    metres (3.7 miles)" measures what the 6,000 metres measure."""
    if f.kind != "measure" or not kept or not p.toks[f.i].lead.endswith("("):
        return None
    g = kept[-1]
    if g.kind == "measure" and g.j + 2 >= f.i and p.toks[g.j].end <= p.toks[f.i].start:
        return g.subject
    return None


def _figure(p: _Paragraph, index: int, f: _Found, offset: int = 0) -> Figure:
    """The :class:`Figure` of ``f`` found in paragraph ``index`` (in its piece at ``offset``)."""
    s0, s1 = _context(p.text, f, *p.sentence_of(f.start))
    return Figure(
        value=p.text[f.start : f.end],
        number=_finite(f.number),
        unit=f.unit,
        subject=f.subject,
        qualifier=f.qualifier,
        context=p.text[s0:s1],
        span=Span(index, offset + f.start, offset + f.end),
        sentence=Span(index, offset + s0, offset + s1),
    )


def _context(text: str, f: _Found, s0: int, s1: int) -> tuple[int, int]:
    """The span of ``f``'s context: its sentence ``s0:s1``, or, when that is over
    :data:`MAX_CONTEXT_CHARS` long, the whole words of it within :data:`CONTEXT_REACH` of
    the figure."""
    if s1 - s0 <= MAX_CONTEXT_CHARS:
        return s0, s1
    lo, hi = max(s0, f.start - CONTEXT_REACH), min(s1, f.end + CONTEXT_REACH)
    if lo > s0:  # start after a space, not inside a word
        space = text.find(" ", lo, f.start)
        lo = space + 1 if space >= 0 else f.start
    if hi < s1:  # end before a space
        space = text.rfind(" ", f.end, hi)
        hi = space if space >= 0 else f.end
    return lo, hi


def _finite(number: float | None) -> float | None:
    """``number``, or None when it overflowed ("1e400", a 400-digit count): JSON has no
    Infinity, and strict parsers reject it."""
    return number if number is not None and math.isfinite(number) else None
