"""Qualifiers: the hedge before a number ("at least 3,000", "about $800", "only one", "early
20s"), read from the few words just before it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefreader.digest.figures.forms import DECADE_HEDGES
from briefreader.digest.figures.tokens import _Paragraph
from briefreader.digest.figures.words import (
    _QUALIFIERS_1,
    _QUALIFIERS_2,
    _QUALIFIERS_3,
    _QUALIFIERS_4,
)

if TYPE_CHECKING:
    from briefreader.digest.figures.candidates import _Found

__all__ = ["_qualifier"]

# Words in the longest qualifier ("in the region of").
_QUALIFIER_MAX_WORDS = 4


def _qualifier(p: _Paragraph, f: _Found) -> str | None:
    """The hedge before a number: "at least", "about", "more than", ..."""
    words: list[str] = []
    k = f.i - 1
    while len(words) < _QUALIFIER_MAX_WORDS and k >= 0 and p.joined(k):
        words.insert(0, p.toks[k].low)
        k -= 1
    if len(words) >= 4 and tuple(words[-4:]) in _QUALIFIERS_4:
        return " ".join(words[-4:])
    if len(words) >= 3 and tuple(words[-3:]) in _QUALIFIERS_3:
        return " ".join(words[-3:])
    if len(words) >= 2 and tuple(words[-2:]) in _QUALIFIERS_2:
        return " ".join(words[-2:])
    if words and words[-1] in _QUALIFIERS_1:
        return words[-1]
    if words and f.kind == "age" and words[-1] in DECADE_HEDGES:
        return words[-1]  # "early 20s"
    return None
