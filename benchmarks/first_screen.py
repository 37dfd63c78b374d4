"""Time to the first full screen: ``briefreader open samples/nk-troops.txt`` vs a bare Textual app.

Each run is a fresh Python process (so imports count, as they do for a user), driven headless:
the parent starts the child and stops the clock when the child reports that its first full
screen has been painted (for briefreader: the brief loaded and laid out, not the spinner).
Runs of the two apps alternate; the medians and their ratio are printed (target: <= 2.0x).

    python benchmarks/first_screen.py [--runs 7] [--file samples/nk-troops.txt]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
READY = "FIRST-SCREEN-READY"
TARGET = 2.0


def child_bare() -> None:
    """A bare Textual app showing one line; report after its first paint."""
    from textual.app import App, ComposeResult
    from textual.widgets import Static

    class Bare(App[None]):
        def compose(self) -> ComposeResult:
            yield Static("Hello from a bare Textual app.")

        def on_mount(self) -> None:
            self.call_after_refresh(self._report_ready)

        def _report_ready(self) -> None:
            print(READY, flush=True)
            self.exit()

    Bare().run(headless=True, size=(160, 45))


def child_briefreader(path: str) -> None:
    """``briefreader open PATH``; report after the first paint of the loaded brief."""
    from briefreader.cli import launch_reader  # what `briefreader open PATH` runs

    app = launch_reader([path], use_system_clipboard=False)

    def poll() -> None:
        if getattr(app.screen, "is_loaded", False):
            timer.stop()
            app.call_after_refresh(ready)
        elif type(app.screen).__name__ == "ErrorScreen":
            print("ERROR", flush=True)
            app.exit(1)

    def ready() -> None:
        print(READY, flush=True)
        app.exit()

    timer = None

    def start() -> None:
        nonlocal timer
        timer = app.set_interval(0.002, poll)

    app.call_later(start)
    app.run(headless=True, size=(160, 45))


def time_child(args: list[str]) -> float:
    """Start a child and return the seconds until it reports its first full screen."""
    started = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, __file__, *args],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    for line in process.stdout:
        if line.strip() == READY:
            elapsed = time.perf_counter() - started
            break
        if line.strip() == "ERROR":
            raise SystemExit(f"briefreader could not open the file: {' '.join(args)}")
    else:
        raise SystemExit(f"child {args} never painted:\n{process.stderr.read()}")  # type: ignore[union-attr]
    process.wait(timeout=30)
    return elapsed


def main() -> None:
    """Run both apps alternately and print medians and the ratio."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="runs of each app (default 7)")
    parser.add_argument("--file", default="samples/nk-troops.txt", help="the page to open")
    parser.add_argument("--child", choices=["bare", "briefreader"], help=argparse.SUPPRESS)
    options = parser.parse_args()
    if options.child == "bare":
        child_bare()
        return
    if options.child == "briefreader":
        child_briefreader(options.file)
        return

    from _common import compile_bytecode

    compile_bytecode()  # as installed: bytecode on disk (see _common.compile_bytecode)
    time_child(["--child", "bare"])  # warm the file cache once, untimed
    time_child(["--child", "briefreader", "--file", options.file])
    bare: list[float] = []
    reader: list[float] = []
    for _ in range(options.runs):
        bare.append(time_child(["--child", "bare"]))
        reader.append(time_child(["--child", "briefreader", "--file", options.file]))
    bare_median, reader_median = statistics.median(bare), statistics.median(reader)
    ratio = reader_median / bare_median
    print(f"first full screen, median of {options.runs} runs (fresh process each):")
    print(f"  bare Textual app       {bare_median * 1000:7.0f} ms")
    print(f"  briefreader open FILE  {reader_median * 1000:7.0f} ms   ({options.file})")
    verdict = "ok" if ratio <= TARGET else "over target"
    print(f"  ratio                  {ratio:7.2f}x  (target <= {TARGET:.1f}x: {verdict})")


if __name__ == "__main__":
    main()
