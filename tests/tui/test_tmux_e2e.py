"""End to end: the installed ``briefreader open`` in a real terminal (tmux), copying a quote.

tmux runs with ``set-clipboard on``, so the OSC 52 sequence the app writes lands in tmux's
paste buffer, where ``tmux show-buffer`` reads it back.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
import uuid
from collections.abc import Callable
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
SAMPLE = REPO / "samples" / "nk-troops.txt"
TIMEOUT = 30.0


def briefreader_command() -> str | None:
    """The installed console script: next to this Python first, then on PATH."""
    beside = Path(sys.executable).parent / "briefreader"
    if beside.exists():
        return str(beside)
    return shutil.which("briefreader")


TMUX = shutil.which("tmux")
BRIEFREADER = briefreader_command()

pytestmark = [
    pytest.mark.skipif(TMUX is None, reason="tmux is not installed"),
    pytest.mark.skipif(BRIEFREADER is None, reason="the briefreader command is not installed"),
    pytest.mark.skipif(not SAMPLE.exists(), reason="samples/nk-troops.txt is missing"),
]


class Tmux:
    """A private tmux server (its own socket and config) running one window."""

    def __init__(self, tmp_path: Path) -> None:
        self.socket = f"briefreader-test-{os.getpid()}-{uuid.uuid4().hex[:8]}"
        self.config = tmp_path / "tmux.conf"
        self.config.write_text(
            "set -g set-clipboard on\n"
            "set -g remain-on-exit on\n"
            "set -g default-terminal 'tmux-256color'\n"
            "set -g history-limit 100\n"
        )

    def run(self, *args: str, check: bool = True) -> str:
        """Run one tmux command against this server and return its stdout."""
        result = subprocess.run(
            [TMUX or "tmux", "-L", self.socket, "-f", str(self.config), *args],
            capture_output=True,
            text=True,
            timeout=10,
            check=False,
        )
        if check and result.returncode != 0:
            raise AssertionError(f"tmux {' '.join(args)} failed: {result.stderr.strip()}")
        return result.stdout

    def screen(self) -> str:
        """The visible text of the window."""
        return self.run("capture-pane", "-p", "-t", "reader")

    def buffer(self) -> str:
        """tmux's newest paste buffer ("" when there is none yet)."""
        return self.run("show-buffer", check=False)

    def wait_for(self, what: str, condition: Callable[[], bool]) -> None:
        """Poll ``condition`` until it holds; fail with the screen if it never does."""
        deadline = time.monotonic() + TIMEOUT
        while time.monotonic() < deadline:
            if condition():
                return
            time.sleep(0.1)
        raise AssertionError(f"timed out waiting for {what}; the screen:\n{self.screen()}")

    def kill(self) -> None:
        """Stop the server (and the app in it)."""
        self.run("kill-server", check=False)


def test_open_then_copy_the_first_quote(tmp_path: Path) -> None:
    tmux = Tmux(tmp_path)
    try:
        start(tmux, f"{BRIEFREADER} open samples/nk-troops.txt")
        tmux.wait_for("the brief", lambda: "Key facts" in tmux.screen())
        copy_the_first_quote(tmux)
        copied = tmux.buffer()
        first_line = copied.splitlines()[0]
        assert first_line.startswith("\"North Korea's troop deployment in Russia is underway")
        assert "—" in first_line and "NIS" in first_line.split("—", 1)[1]
        tmux.run("send-keys", "-t", "reader", "q")
        tmux.wait_for("the app to quit", lambda: "Key facts" not in tmux.screen())
    finally:
        tmux.kill()


def copy_the_first_quote(
    tmux: Tmux, quoted: str = "North Korea's troop deployment in Russia is underway"
) -> None:
    """Press 2 then y on the brief (the seed's by default) and wait for ``quoted``, words of
    its first quote, in tmux's buffer."""
    tmux.run("send-keys", "-t", "reader", "2")
    tmux.wait_for("the Quotes pane", lambda: "Copy quote" in tmux.screen())
    tmux.run("send-keys", "-t", "reader", "y")
    tmux.wait_for("the quote in tmux's buffer", lambda: quoted in tmux.buffer())


def start(tmux: Tmux, command: str) -> None:
    """Run ``command`` through the shell in a new 160x45 tmux window called "reader"."""
    env = {key: value for key, value in os.environ.items() if key not in {"DISPLAY", "TMUX"}}
    subprocess.run(
        [TMUX or "tmux", "-L", tmux.socket, "-f", str(tmux.config), "new-session", "-d"]
        + ["-s", "reader", "-x", "160", "-y", "45", "-c", str(REPO), command],
        check=True,
        timeout=10,
        env={**env, "WAYLAND_DISPLAY": "", "BRIEFREADER_CONFIG": "/nonexistent/config.toml"},
    )


def test_open_stdin_then_the_keyboard_still_works(tmp_path: Path) -> None:
    """``cat page | briefreader open -``: stdin is read, then keys come from the terminal."""
    tmux = Tmux(tmp_path)
    try:
        start(tmux, f"cat samples/nk-troops.txt | {BRIEFREADER} open -; echo EXIT=$?; sleep 30")
        tmux.wait_for("the brief", lambda: "Key facts" in tmux.screen())
        copy_the_first_quote(tmux)
        tmux.run("send-keys", "-t", "reader", "q")
        tmux.wait_for("the exit code", lambda: "EXIT=0" in tmux.screen())
    finally:
        tmux.kill()


def test_a_briefing_whose_files_all_fail_exits_with_the_error_code(tmp_path: Path) -> None:
    """The error screen's exit code reaches the shell (3: file not found)."""
    tmux = Tmux(tmp_path)
    try:
        start(tmux, f"{BRIEFREADER} open {tmp_path}/a.txt {tmp_path}/b.txt; echo EXIT=$?; sleep 30")
        tmux.wait_for("the error screen", lambda: "could be read" in tmux.screen())
        tmux.run("send-keys", "-t", "reader", "q")
        tmux.wait_for("the exit code", lambda: "EXIT=3" in tmux.screen())
    finally:
        tmux.kill()


def test_open_a_folder_shows_the_article_list(tmp_path: Path) -> None:
    folder = tmp_path / "today"
    folder.mkdir()
    for name in ("nk-troops.txt", "twincities-parise.html"):
        (folder / name).write_bytes((REPO / "samples" / name).read_bytes())
    tmux = Tmux(tmp_path)
    try:
        start(tmux, f"{BRIEFREADER} open {folder}; echo EXIT=$?; sleep 30")
        tmux.wait_for("the list", lambda: "2/2 loaded" in tmux.screen())
        tmux.run("send-keys", "-t", "reader", "b")
        tmux.wait_for("the briefing view", lambda: "Quotes by speaker" in tmux.screen())
        tmux.run("send-keys", "-t", "reader", "q")
        tmux.wait_for("the exit code", lambda: "EXIT=0" in tmux.screen())
    finally:
        tmux.kill()
