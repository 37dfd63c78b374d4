"""Small text helpers shared by the extractors."""

from __future__ import annotations

import re
from collections.abc import Iterable

_SPACE = re.compile(r"\s+")
# White space that normalise_space changes: any but a space, or two spaces in a row.
_UNEVEN_SPACE = re.compile(r"[^\S ]|  ")


def normalise_space(text: str) -> str:
    """Collapse runs of white space (including no-break spaces) to one space and strip."""
    if _UNEVEN_SPACE.search(text) is None:
        # Nothing to collapse: a substitution would still cut a huge line into a list of its
        # every word and space before joining them again.
        return text.strip()
    return _SPACE.sub(" ", text).strip()


def clean_paragraphs(lines: Iterable[str]) -> list[str]:
    """Normalise white space in each line and drop empty ones."""
    out = []
    for line in lines:
        text = normalise_space(line)
        if text:
            out.append(text)
    return out
