"""Helpers shared by the benchmarks: where the dev set is, and best-of-N timers."""

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


def compile_bytecode() -> None:
    """Write the bytecode of the ``briefreader`` package the children import, as
    ``pip install`` does when it installs a package.

    A start-up benchmark runs fresh processes. From an editable install with
    ``PYTHONDONTWRITEBYTECODE`` set (as on CI machines and this one), each of them would
    compile every module of briefreader from source (30 ms), while Textual's modules, which
    pip installed, load their bytecode: a cost no installed copy has.
    """
    import compileall
    import importlib.util

    spec = importlib.util.find_spec("briefreader")
    for location in (spec.submodule_search_locations or []) if spec else []:
        compileall.compile_dir(location, quiet=1)


def best_of(repeat: int, func: Callable[[], object]) -> float:
    """The fastest of ``repeat`` runs of ``func``, in seconds (the least disturbed one)."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        func()
        best = min(best, time.perf_counter() - start)
    return best


def best_of_each(repeat: int, funcs: dict[str, Callable[[], object]]) -> dict[str, float]:
    """The fastest of ``repeat`` runs of each of ``funcs``, in seconds, taking turns.

    Round after round, every function runs once, so a slow spell of the machine falls on
    all of them alike instead of on whichever happened to be timed then.
    """
    best = dict.fromkeys(funcs, float("inf"))
    for _ in range(repeat):
        for name, func in funcs.items():
            start = time.perf_counter()
            func()
            best[name] = min(best[name], time.perf_counter() - start)
    return best
