"""The reader stays responsive after the first screen of a long article.

Opens a generated article of ``--paragraphs`` paragraphs (3,000: about 1 MB) and the seed,
each in a fresh process driven headless at 160x45 (as ``_startup.py`` does), and measures
how long the reader's event loop is blocked once the first full screen is painted: a timer
ticks every 10 ms for two seconds after that paint, and the longest gap between two ticks is
the longest time a key would have waited. The ratio long / seed is printed (target: <= 3x;
the reader once mounted a widget per paragraph right after the first paint, which blocked
keys for about 2.8 s on this article).

    python benchmarks/long_article.py [--runs 3] [--paragraphs 3000]
"""

from __future__ import annotations

import argparse
import random
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from _common import compile_bytecode
from _startup import SIZE, open_reader

REPO = Path(__file__).resolve().parents[1]
SEED = REPO / "samples" / "nk-troops.txt"
TARGET = 3.0
"""A long article may block the reader at most three times as long as the seed does after
its first screen (the seed's own gap is the cost of its layouts: a few tens of ms)."""

WATCH_SECONDS = 2.0
"""How long after the first paint the ticks are watched: past any deferred work."""

TICK = 0.01
"""Seconds between the timer's ticks."""

WORDS = (
    "the council said on tuesday that crews would replace water meters across the district "
    "before winter and that bills would fall for most households by spring"
)
"""The words the paragraphs are drawn from."""


def write_long_article(path: Path, paragraphs: int) -> None:
    """A plain-text article of ``paragraphs`` paragraphs of 30-80 words (fixed seed)."""
    rng = random.Random(3)
    vocabulary = WORDS.split()
    body = [
        " ".join(rng.choice(vocabulary) for _ in range(rng.randint(30, 80))).capitalize() + "."
        for _ in range(paragraphs)
    ]
    path.write_text("Council replaces meters\n\n" + "\n\n".join(body) + "\n", encoding="utf-8")


def child(target: str) -> None:
    """Open ``target``; print the longest gap between timer ticks after the first paint."""
    import time

    app = open_reader(target)
    state: dict[str, float] = {}
    display = app._display  # every paint goes through it

    def first_paint(screen, renderable):  # type: ignore[no-untyped-def]
        display(screen, renderable)
        if (
            "painted" not in state
            and renderable is not None
            and getattr(screen, "is_loaded", False)
        ):
            state["painted"] = state["last"] = time.perf_counter()
            state["gap"] = 0.0

    app._display = first_paint  # type: ignore[method-assign]

    def tick() -> None:
        now = time.perf_counter()
        if "painted" not in state:
            return
        state["gap"] = max(state["gap"], now - state["last"])
        state["last"] = now
        if now - state["painted"] > WATCH_SECONDS:
            print(f"GAP {state['gap']:.4f}", flush=True)
            app.exit()

    app.call_later(lambda: app.set_interval(TICK, tick))
    app.run(headless=True, size=SIZE)


def longest_gap(target: Path) -> float:
    """Run a child on ``target``; the longest gap it saw, in seconds."""
    result = subprocess.run(
        [sys.executable, __file__, "--child", str(target)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
    )
    for line in result.stdout.splitlines():
        if line.startswith("GAP "):
            return float(line.split()[1])
    raise SystemExit(f"the reader did not open {target}:\n{result.stderr[-2000:]}")


def main() -> None:
    """Time both articles alternately and print the medians and the ratio."""
    if sys.argv[1:2] == ["--child"]:
        child(sys.argv[2])
        return
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="runs of each article (default 3)")
    parser.add_argument("--paragraphs", type=int, default=3000, help="paragraphs (default 3000)")
    options = parser.parse_args()
    compile_bytecode()
    with tempfile.TemporaryDirectory() as folder:
        long_article = Path(folder) / "long.txt"
        write_long_article(long_article, options.paragraphs)
        megabytes = long_article.stat().st_size / 1e6
        seed_gaps, long_gaps = [], []
        for _ in range(options.runs):
            seed_gaps.append(longest_gap(SEED))
            long_gaps.append(longest_gap(long_article))
    seed, long = statistics.median(seed_gaps), statistics.median(long_gaps)
    ratio = long / seed
    print(f"longest wait for a key after the first screen, median of {options.runs} runs:")
    long_label = f"{options.paragraphs} paragraphs ({megabytes:.1f} MB)"
    print(f"  {'the seed (' + SEED.name + ')':34s} {seed * 1000:7.0f} ms")
    print(f"  {long_label:34s} {long * 1000:7.0f} ms")
    verdict = "ok" if ratio <= TARGET else "over target"
    print(f"  {'ratio':34s} {ratio:7.2f}x  (target <= {TARGET:.1f}x: {verdict})")


if __name__ == "__main__":
    main()
