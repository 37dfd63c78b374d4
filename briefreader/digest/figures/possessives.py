"""Possessive subjects resolved against the figures just before: "Their monthly wage" after
"3,000 soldiers" is the monthly wage of soldiers; a leading article is dropped."""

from __future__ import annotations

from collections.abc import Sequence

from briefreader.digest.figures.candidates import _COUNTS, _Found
from briefreader.digest.figures.words import _POSSESSIVES

__all__ = ["_RESOLVE_LOOKBACK", "_resolve"]

# Figures looked back over to resolve "their" ("Their monthly wage").
_RESOLVE_LOOKBACK = 3


def _resolve(subject: str | None, previous: Sequence[_Found]) -> str | None:
    """Resolve a possessive ("Their monthly wage") against the figures just before."""
    if not subject:
        return subject
    first, _, rest = subject.partition(" ")
    if first.lower() in _POSSESSIVES and rest:
        if first.lower() == "their":
            for g in reversed(previous[-_RESOLVE_LOOKBACK:]):
                if g.subject and g.kind in _COUNTS:
                    return f"{rest} of {g.subject}"
        return rest
    if first.lower() in {"the", "a", "an"} and rest:
        return rest
    return subject
