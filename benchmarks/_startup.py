"""The child processes of the start-up benchmarks, and the clock that times them.

A child is this file run as a script, in a fresh Python process (imports count, as they do
for a user), driven headless at 160x45:

    python benchmarks/_startup.py bare            a bare Textual app showing one line
    python benchmarks/_startup.py reader TARGET   what ``briefreader open TARGET`` runs

It prints ``FIRST`` once its first full screen is painted (for briefreader: the first
article's panes, not the spinner; see :func:`on_first_paint`) and ``ALL`` once every article
is read (at once for the bare app and for a single file). Both children import the same
modules before their app, so the comparison is fair; briefreader's settings file is not read
(the defaults are used).
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

    app = Bare()

    def painted() -> None:
        print(FIRST, flush=True)
        print(ALL, flush=True)
        app.exit()

    on_first_paint(app, lambda screen: True, painted)
    app.run(headless=True, size=SIZE)


def on_first_paint(app, ready, callback):  # type: ignore[no-untyped-def]
    """Call ``callback`` once, just after the first frame of a screen for which ``ready``
    is true has been written out (what the terminal would show).

    Textual hands every frame to ``App._display``; the clock stops there, for the bare app
    and the reader alike, so that neither pays for a timer or a refresh of its own."""
    display = app._display
    state = {"done": False}

    def display_and_check(screen, renderable):  # type: ignore[no-untyped-def]
        display(screen, renderable)
        if renderable is not None and not state["done"] and ready(screen):
            state["done"] = True
            callback()

    app._display = display_and_check


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

    def first_painted() -> None:
        state["first"] = True
        print(FIRST, flush=True)

    on_first_paint(app, lambda screen: getattr(screen, "is_loaded", False), first_painted)

    def poll() -> None:
        screen = app.screen
        if type(screen).__name__ == "ErrorScreen":
            print(ERROR, flush=True)
            app.exit(1)
            return
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
