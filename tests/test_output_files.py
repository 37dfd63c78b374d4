"""Writing the output (``render/files.py``, ``interrupts.py``): the cases beside issue 11's.

A pipe whose reader stopped ends ``digest`` quietly; ``SIGHUP`` stops it with one line and
the shell's code; ``-o`` into a FIFO writes into it; every byte is written or it is an error.
"""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from briefreader.render.files import write_all, write_atomically
from tests.hostile.pages import (
    assert_one_line_error,
    child_env,
    clean_text,
    leftovers,
    long_article,
    run_briefreader,
)


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "meters.txt"
    path.write_text(clean_text(), encoding="utf-8")
    return path


def test_a_pipe_closed_by_its_reader_ends_quietly(article: Path) -> None:
    child = subprocess.Popen(
        [sys.executable, "-m", "briefreader", "digest", str(article)],
        env=child_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert child.stdout is not None and child.stderr is not None
    child.stdout.close()  # as `| head` does, before the digest is written
    stderr = child.stderr.read()
    assert child.wait(60) == 141
    assert stderr == b""


@pytest.mark.skipif(not hasattr(signal, "SIGHUP"), reason="no SIGHUP here")
def test_sighup_while_reading_stops_with_one_line(tmp_path: Path) -> None:
    source = tmp_path / "long.txt"
    source.write_text(long_article(3000), encoding="utf-8")  # some seconds of reading
    target = tmp_path / "brief.md"
    child = subprocess.Popen(
        [sys.executable, "-m", "briefreader", "digest", str(source), "-o", str(target)],
        env=child_env(),
        stderr=subprocess.PIPE,
    )
    assert child.stderr is not None
    time.sleep(1.5)  # it is reading
    assert child.poll() is None
    child.send_signal(signal.SIGHUP)
    assert child.wait(30) == 128 + signal.SIGHUP
    line = assert_one_line_error(child.stderr.read(), "SIGHUP")
    assert "nothing written" in line
    assert not target.exists()
    assert leftovers(tmp_path) == []


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_output_into_a_fifo_writes_into_it(article: Path, tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()), daemon=True)
    reader.start()
    result = run_briefreader("digest", article, "-o", fifo)
    reader.join(30)
    assert result.returncode == 0, result.stderr
    assert stat.S_ISFIFO(fifo.lstat().st_mode)
    assert received and received[0].startswith(b"# Water board")
    assert leftovers(tmp_path) == []


def test_write_all_continues_a_short_write(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []
    real_write = os.write

    def short_write(descriptor: int, data: bytes) -> int:  # the system takes 3 bytes a call
        calls.append(len(data))
        return real_write(descriptor, bytes(data[:3]))

    read_end, write_end = os.pipe()
    monkeypatch.setattr(os, "write", short_write)
    write_all(write_end, b"0123456789")
    monkeypatch.undo()
    os.close(write_end)
    assert os.read(read_end, 100) == b"0123456789"
    os.close(read_end)
    assert len(calls) == 4


def test_a_replaced_file_keeps_its_mode_and_a_new_one_follows_the_umask(tmp_path: Path) -> None:
    old = tmp_path / "old.md"
    old.write_text("before\n")
    old.chmod(0o640)
    write_atomically(old, "after\n")
    assert stat.S_IMODE(old.stat().st_mode) == 0o640
    assert old.read_text() == "after\n"
    mask = os.umask(0o027)
    try:
        write_atomically(tmp_path / "new.md", "new\n")
    finally:
        os.umask(mask)
    assert stat.S_IMODE((tmp_path / "new.md").stat().st_mode) == 0o640
    assert leftovers(tmp_path) == []


@pytest.mark.parametrize("args", [["config"], ["config", "--path"], ["--version"]])
def test_every_command_on_a_full_disk_is_exit_11(args: list[str]) -> None:
    if not os.path.exists("/dev/full"):
        pytest.skip("no /dev/full here")
    with open("/dev/full", "wb") as full:
        result = run_briefreader(*args, stdout=full)
    assert result.returncode == 11
    assert "unexpected" not in assert_one_line_error(result.stderr, "standard output")


def test_an_interruption_just_after_the_temporary_file_is_made_leaves_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "brief.md"
    target.write_text("yesterday's brief\n")
    real_open = os.open

    def open_then_interrupted(path, flags, mode=0o777):  # type: ignore[no-untyped-def]
        real_open(path, flags, mode)  # the system made the file...
        raise KeyboardInterrupt  # ...and a signal handler raised before its descriptor was kept

    monkeypatch.setattr(os, "open", open_then_interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_atomically(target, "today's brief\n")
    monkeypatch.undo()
    assert target.read_text() == "yesterday's brief\n"
    assert leftovers(tmp_path) == []
