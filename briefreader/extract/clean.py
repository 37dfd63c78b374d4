"""Small text helpers shared by the extractors."""

from __future__ import annotations

import re
from collections.abc import Iterable

_SPACE = re.compile(r"\s+")


def normalise_space(text: str) -> str:
    """Collapse runs of white space (including no-break spaces) to one space and strip."""
    return _SPACE.sub(" ", text).strip()


def clean_paragraphs(lines: Iterable[str]) -> list[str]:
    """Normalise white space in each line and drop empty ones."""
    out = []
    for line in lines:
        text = normalise_space(line)
        if text:
            out.append(text)
    return out
