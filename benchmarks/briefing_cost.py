"""A 40-page folder's briefing against the sum of its single digests.

Reads 40 dev-set pages (zyte-dev text dumps and HTML alternately, as ``folder_open.py``), then
times, in this process, in turns, best of ``--runs`` each:

- the single digests: ``read_brief`` of each page, one after the other;
- the briefing: the same reads, then ``build_briefing`` (stories, facts with every source,
  quotes by speaker, figures by subject) and its Markdown and JSON.

Target: the briefing within 1.2x the sum of the single digests (the merge, stories included,
costs at most a fifth of the reading).

    python benchmarks/briefing_cost.py [--runs 5] [--count 40]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from folder_open import pick_pages  # noqa: E402

TARGET = 1.2


def _digests(pages: list[Path]) -> list[object]:
    from briefreader import read_brief

    return [read_brief(str(page)) for page in pages]


def _briefing(pages: list[Path]) -> None:
    from briefreader.briefing import build_briefing
    from briefreader.render import json_text, render_briefing_markdown
    from briefreader.render.briefing import briefing_json

    briefing = build_briefing(_digests(pages))  # type: ignore[arg-type]
    render_briefing_markdown(briefing)
    json_text(briefing_json(briefing))


def _timed(work) -> float:  # type: ignore[no-untyped-def]
    started = time.perf_counter()
    work()
    return time.perf_counter() - started


def main() -> None:
    """Time both; print the ratio and whether it meets the target."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="runs of each (default 5)")
    parser.add_argument("--count", type=int, default=40, help="pages (default 40)")
    options = parser.parse_args()
    pages = pick_pages(options.count)
    _digests(pages)  # warm the imports and caches alike for both
    # In turns, best of each: a machine whose load changes slows both alike.
    singles, briefings = [], []
    for _ in range(options.runs):
        singles.append(_timed(lambda: _digests(pages)))
        briefings.append(_timed(lambda: _briefing(pages)))
    single, briefing = min(singles), min(briefings)
    ratio = briefing / single
    print(f"single digests: {single:.2f} s; briefing: {briefing:.2f} s; ratio {ratio:.2f}")
    print(f"target {TARGET}x: {'met' if ratio <= TARGET else 'MISSED'}")


if __name__ == "__main__":
    main()
