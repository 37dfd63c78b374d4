"""Shares in words: "half of voters", "half the town", "a third of the staff".

A fraction word is a figure when it takes a share of something: "of" or a determiner follows
it. Not "half a million" (a number, read with the scale words), "the second half" or "half an
hour" (a time), nor "a fifth straight win" (a rank).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefreader.digest.figures.tokens import _Paragraph
from briefreader.digest.figures.words import _DETERMINERS, _FRACTIONS, _POSSESSIVES

if TYPE_CHECKING:
    from briefreader.digest.figures.candidates import _Found

__all__ = ["share_candidate", "share_of"]

# Words before "half" that make it a part of a time or a match: "the second half".
_NOT_BEFORE_HALF = frozenset(["a", "an", "first", "one", "other", "second", "the", "each"])
# What may follow a share: "of", or a determiner ("half the town", "half their income").
_TAKERS = frozenset(["of"]) | _DETERMINERS | _POSSESSIVES


def share_candidate(p: _Paragraph, i: int) -> tuple[float, int] | None:
    """The value and last token of a share starting at token ``i`` ("half of", "a third
    of"), or None."""
    t = p.toks[i]
    if t.low == "half":
        prev, nxt = p.prev_joined(i), p.next_joined(i)
        if prev is not None and prev.low in _NOT_BEFORE_HALF:
            return None
        if nxt is None or nxt.low not in _TAKERS or nxt.low in {"a", "an"}:
            return None
        return 0.5, i
    if t.low in {"a", "one"}:
        word, of = p.next_joined(i), p.next_joined(i + 1)
        if word is None or of is None or of.low != "of" or word.low == "half":
            return None
        denominator = _FRACTIONS.get(word.low)
        if denominator is None or word.low.endswith("s"):
            return None
        return 1 / denominator, i + 1
    return None


def share_of(p: _Paragraph, f: _Found) -> str | None:
    """What a share is of: the noun phrase after "of" and a determiner, or after a
    determiner ("half the town": town); None after a pronoun ("half of it")."""
    from briefreader.digest.figures.subjects import _np_right

    k = f.j + 1
    if k < len(p.toks) and p.toks[k].low == "of" and p.joined(f.j):
        k += 1
    elif not p.joined(f.j):
        return None
    if k < len(p.toks) and p.toks[k].low in _DETERMINERS | _POSSESSIVES and p.joined(k - 1):
        k += 1
    if k >= len(p.toks) or not p.joined(k - 1):
        return None
    return _np_right(p, k)
