"""Helpers shared by the benchmarks: where the dev set is, and a best-of-N timer."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEVSET = ROOT.parent / "shared" / "devset"


def dev_pages(kind: str) -> list[Path]:
    """The dev-set pages of one kind ("html" or "txt"), zyte-dev and readability together."""
    if kind == "html":
        return sorted((DEVSET / "zyte-dev" / "html").glob("*.html")) + sorted(
            (DEVSET / "readability").glob("*/source.html")
        )
    return sorted((DEVSET / "zyte-dev" / "txt").glob("*.txt")) + sorted(
        (DEVSET / "readability").glob("*/page.txt")
    )


def best_of(repeat: int, func: Callable[[], object]) -> float:
    """The fastest of ``repeat`` runs of ``func``, in seconds (the least disturbed one)."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        func()
        best = min(best, time.perf_counter() - start)
    return best
