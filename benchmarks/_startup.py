"""The child processes of the start-up benchmarks, and the clock that times them.

A child is this file run as a script, in a fresh Python process (imports count, as they do
for a user), driven headless at 160x45:

    python benchmarks/_startup.py bare            a bare Textual app showing one line
    python benchmarks/_startup.py reader TARGET   what ``briefreader open TARGET`` runs

It prints ``FIRST`` once its first full screen is painted (for briefreader: the first
article's panes, not the spinner) and ``ALL`` once every article is read (at once for the
bare app and for a single file). Both children import the same modules before their app, so
the comparison is fair; briefreader's settings file is not read (the defaults are used).
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
FIRST = "FIRST-SCREEN-READY"
ALL = "ALL-READ"
ERROR = "ERROR"
SIZE = (160, 45)


def child_bare() -> None:
    """A bare Textual app showing one line; report after its first paint."""
    from textual.app import App, ComposeResult
    from textual.widgets import Static

    class Bare(App[None]):
        def compose(self) -> ComposeResult:
            yield Static("Hello from a bare Textual app.")

        def on_mount(self) -> None:
            self.call_after_refresh(lambda: (print(FIRST, flush=True), print(ALL, flush=True)))
            self.call_after_refresh(self.exit)

    Bare().run(headless=True, size=SIZE)


def open_reader(target: str):  # type: ignore[no-untyped-def]
    """The app ``briefreader open TARGET`` runs (briefreader.cli.run_reader, without Typer: see
    briefreader.cli.plain_open_files): the one file read first, then the reader launched with
    the default settings."""
    import os

    from briefreader.cli import launch_reader
    from briefreader.config import Config
    from briefreader.sources import load_document

    document = None if os.path.isdir(target) else load_document(target)
    return launch_reader([target], use_system_clipboard=False, config=Config(), document=document)


def child_reader(target: str) -> None:
    """Open ``target``; print FIRST when the first article is painted, ALL when all are read."""
    app = open_reader(target)
    state = {"first": False}

    def poll() -> None:
        screen = app.screen
        if type(screen).__name__ == "ErrorScreen":
            print(ERROR, flush=True)
            app.exit(1)
            return
        if not state["first"] and getattr(screen, "is_loaded", False):
            state["first"] = True
            app.call_after_refresh(lambda: print(FIRST, flush=True))
        if state["first"] and (
            not getattr(screen, "multi", False) or getattr(screen, "all_done", False)
        ):
            timer.stop()
            app.call_after_refresh(done)

    def done() -> None:
        print(ALL, flush=True)
        app.exit()

    timer = None

    def start() -> None:
        nonlocal timer
        timer = app.set_interval(0.002, poll)

    app.call_later(start)
    app.run(headless=True, size=SIZE)


def time_child(args: list[str]) -> tuple[float, float]:
    """Run a child (``["bare"]`` or ``["reader", TARGET]``); return the seconds until its
    first screen and until it has read everything."""
    started = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, __file__, *args],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    first = None
    for line in process.stdout:
        line = line.strip()
        if line == FIRST and first is None:
            first = time.perf_counter() - started
        elif line == ALL:
            whole = time.perf_counter() - started
            break
        elif line == ERROR:
            raise SystemExit(f"briefreader could not open {' '.join(args[1:])}")
    else:
        raise SystemExit(f"child {args} never finished:\n{process.stderr.read()}")  # type: ignore[union-attr]
    process.wait(timeout=60)
    assert first is not None
    return first, whole


if __name__ == "__main__":
    if sys.argv[1:2] == ["bare"]:
        child_bare()
    elif sys.argv[1:2] == ["reader"] and len(sys.argv) == 3:
        child_reader(sys.argv[2])
    else:
        raise SystemExit(__doc__)
