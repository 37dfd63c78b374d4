"""Ordering the articles of a folder by date, once they are read.

Within the sources found in one folder, articles with a known date come first, oldest first;
the rest keep their name order. Sources given one by one keep the order given.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TypeVar

from briefreader.sources.source import ArticleSource

T = TypeVar("T")

_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def date_key(date: str | None) -> str | None:
    """A sortable form (``YYYY-MM-DD``) of an article's date, or ``None`` when unknown."""
    if not date:
        return None
    match = _ISO_DATE.search(date)
    return "-".join(match.groups()) if match else None


def order_by_date(
    sources: Sequence[ArticleSource], items: Sequence[T], date_of: Callable[[T], str | None]
) -> list[tuple[ArticleSource, T]]:
    """Pair ``sources`` with ``items`` (read results) and sort each folder's run by date.

    Within the sources found in one folder, articles with a known date come first, oldest
    first; the rest keep their name order. Sources given one by one keep the order given.
    """
    pairs = list(zip(sources, items))
    out: list[tuple[ArticleSource, T]] = []
    index = 0
    while index < len(pairs):
        folder = pairs[index][0].folder
        end = index + 1
        if folder is not None:
            while end < len(pairs) and pairs[end][0].folder == folder:
                end += 1
        run = pairs[index:end]
        keyed = [(date_key(date_of(item)), n) for n, (_, item) in enumerate(run)]
        order = sorted(range(len(run)), key=lambda n: (keyed[n][0] is None, keyed[n][0] or "", n))
        out.extend(run[n] for n in order)
        index = end
    return out
