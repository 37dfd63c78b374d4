"""Time to the first full screen: ``briefreader open samples/nk-troops.txt`` vs a bare Textual app.

Each run is a fresh Python process (see ``_startup.py``, which both start-up benchmarks share):
the clock stops when the child reports that its first full screen has been painted (for
briefreader: the brief loaded and laid out, not the spinner). Runs of the two apps alternate;
the medians and their ratio are printed (target: <= 1.5x, issue 16).

    python benchmarks/first_screen.py [--runs 7] [--file samples/nk-troops.txt]
"""

from __future__ import annotations

import argparse
import statistics

from _common import compile_bytecode
from _startup import time_child

TARGET = 1.5
"""The issue's goal (16): the first screen at most 1.5 times a bare Textual app's."""


def main() -> None:
    """Run both apps alternately and print medians and the ratio."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="runs of each app (default 7)")
    parser.add_argument("--file", default="samples/nk-troops.txt", help="the page to open")
    options = parser.parse_args()

    compile_bytecode()  # as installed: bytecode on disk (see _common.compile_bytecode)
    bare_args, reader_args = ["bare"], ["reader", options.file]
    for args in (bare_args, reader_args):
        time_child(args)  # warm the file cache once, untimed
    bare: list[float] = []
    reader: list[float] = []
    for _ in range(options.runs):
        bare.append(time_child(bare_args)[0])
        reader.append(time_child(reader_args)[0])
    bare_median, reader_median = statistics.median(bare), statistics.median(reader)
    ratio = reader_median / bare_median
    print(f"first full screen, median of {options.runs} runs (fresh process each):")
    print(f"  bare Textual app       {bare_median * 1000:7.0f} ms")
    print(f"  briefreader open FILE  {reader_median * 1000:7.0f} ms   ({options.file})")
    verdict = "ok" if ratio <= TARGET else "over target"
    print(f"  ratio                  {ratio:7.2f}x  (target <= {TARGET:.1f}x: {verdict})")


if __name__ == "__main__":
    main()
