"""Figures: the numbers of an article (counts, money, percentages, measures, scores, ages).

This package owns finding them. One pass over the white-space tokens of each paragraph
(:mod:`.tokens`) finds number candidates written in digits ("3,000", "$1.2 billion", "40%",
"4-1", "55-kilometer") or words ("two", "a dozen", "half a million dollars") and extends each
over its scale, currency, unit, range or ratio (:mod:`.candidates`); grammar cues then drop the
numbers that are not figures (:mod:`.filters`): dates ("Oct. 23", "23 October"), years ("in
2024", "2019-20"), times ("10:30 a.m."), numbers inside names ("Section 230", "COVID-19",
"Boeing 737", "G7"), phone and reference numbers, table rows, and "one" used as a pronoun. Each
figure gets a qualifier ("at least", "about", ...), a unit when the article gives one, and the
noun phrase it counts (:mod:`.subjects`). The word lists are in :mod:`.words`. Every step looks
at a few neighbouring tokens only, so the whole pass is linear in the length of the article.
"""

from __future__ import annotations

import math

from briefreader.digest.figures.candidates import _COUNTS, _Found, _qualifier, _scan
from briefreader.digest.figures.filters import _is_table_row, _keep
from briefreader.digest.figures.subjects import _find_subject, _resolve
from briefreader.digest.figures.tokens import _has_number_word, _Paragraph
from briefreader.model import Article, Figure, Span

__all__ = ["find_figures"]

# Figures looked back over for a subject to share ("... 3,000 soldiers ... soon have 12,000").
_SHARE_LOOKBACK = 2


def find_figures(article: Article) -> list[Figure]:
    """Find the figures of ``article``, in article order.

    Counts, money, percentages, measures, scores, ages and durations, written in digits or
    words. Each :class:`~briefreader.model.Figure` carries the number as written (``value``,
    with currency sign and scale word: "$1.2 billion"), its ``number``, its ``unit`` when the
    article gives one, its ``qualifier`` ("at least", "about", ...), what it counts
    (``subject``, or ``None``), the sentence it stands in and spans into the paragraph.
    Dates, years, times of day, numbers inside names, references, phone numbers and "one" as
    a pronoun are left out.
    """
    figures: list[Figure] = []
    for index, text in enumerate(article.paragraphs):
        if not text or not any(map(str.isdigit, text)) and not _has_number_word(text):
            continue
        if _is_table_row(text):
            continue
        p = _Paragraph(text)
        kept: list[_Found] = []
        for f in _scan(p):
            if not _keep(p, f):
                continue
            f.qualifier = _qualifier(p, f)
            f.subject = _find_subject(p, f)
            if f.subject is None:
                f.subject = _shared_subject(f, kept)
            f.subject = _resolve(f.subject, kept)
            kept.append(f)
        figures.extend(_figure(p, index, f) for f in kept)
    return figures


def _shared_subject(f: _Found, kept: list[_Found]) -> str | None:
    """A bare count with no subject counts what the count just before it counts."""
    if f.kind in _COUNTS and f.unit is None:
        for g in reversed(kept[-_SHARE_LOOKBACK:]):
            if g.kind in _COUNTS and g.subject and g.unit is None:
                return g.subject  # "... 3,000 soldiers ... soon have 12,000"
    return None


def _figure(p: _Paragraph, index: int, f: _Found) -> Figure:
    """The :class:`Figure` of ``f`` found in paragraph ``index``."""
    s0, s1 = p.sentence_of(f.start)
    return Figure(
        value=p.text[f.start : f.end],
        number=_finite(f.number),
        unit=f.unit,
        subject=f.subject,
        qualifier=f.qualifier,
        context=p.text[s0:s1],
        span=Span(index, f.start, f.end),
        sentence=Span(index, s0, s1),
    )


def _finite(number: float | None) -> float | None:
    """``number``, or None when it overflowed ("1e400", a 400-digit count): JSON has no
    Infinity, and strict parsers reject it."""
    return number if number is not None and math.isfinite(number) else None
