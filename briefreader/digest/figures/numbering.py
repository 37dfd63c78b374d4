"""Run-in list numbering: "… snacks 2. Ramen noodle soup is … 3. He averages …".

A numbered list flattened into one paragraph leaves its item numbers between the sentences:
a bare whole number just before a full stop, or just after one, with a capital letter (or the
next list's first number) after it. One such number may be a figure ("the score was 2."); a
run of them counting up by one is the list's numbering, and none of them counts anything.
"""

from __future__ import annotations

import re

from briefreader.digest.figures.tokens import _Paragraph

__all__ = ["list_numbers"]

# A list has at least this many items numbered one after the other: two could be chance.
_MIN_RUN = 3
# Item numbers are small; a larger bare number before a full stop is a figure.
_MAX_ITEM = 99

_ITEM = re.compile(r"\d{1,2}")


def _is_item(p: _Paragraph, i: int) -> bool:
    """Token ``i`` may number a list item: a bare small whole number that ends a sentence
    ("snacks 2.") or opens one with no full stop of its own ("meal 2. 1 He eats")."""
    t = p.toks[i]
    if not _ITEM.fullmatch(t.text) or t.lead or int(t.text) > _MAX_ITEM:
        return False
    nxt, prev = p.tok(i + 1), p.tok(i - 1)
    capital_after = nxt is None or nxt.text[:1].isupper() or nxt.text[:1].isdigit()
    if t.trail.startswith(".") and capital_after:
        return True
    return not t.trail and capital_after and (prev is None or prev.trail.endswith("."))


def list_numbers(p: _Paragraph) -> frozenset[int]:
    """The token indexes of ``p`` that number a run-in list: runs of :data:`_MIN_RUN` or more
    item numbers, each one more than the one before it in the text."""
    runs: dict[int, list[int]] = {}  # the run waiting for each next number
    done: list[int] = []
    for i in range(len(p.toks)):
        if not _is_item(p, i):
            continue
        value = int(p.toks[i].text)
        run = [*runs.pop(value, []), i]
        runs[value + 1] = run
        if len(run) >= _MIN_RUN:
            done.extend(run)
    return frozenset(done)
