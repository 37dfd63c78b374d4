"""Issue 11, items 4-7: no output destroys data, and every failed write says so.

``-o`` honours the umask, never replaces its own input, a device node or a symlink; a failed
write to stdout (a full disk, a file-size limit) is exit 11 with one line; an interrupted
write leaves no temporary file, and Ctrl-C stops at once.
"""

from __future__ import annotations

import os
import resource
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from briefreader.errors import OutputFailed
from tests.hostile.pages import (
    assert_one_line_error,
    child_env,
    clean_text,
    leftovers,
    long_article,
    run_briefreader,
    wait_for,
)

WRITE_FAILED = OutputFailed.exit_code  # 11


@pytest.fixture
def article(tmp_path: Path) -> Path:
    """A small article in its own folder (so the folder shows any file left behind)."""
    folder = tmp_path / "news"
    folder.mkdir()
    path = folder / "meters.txt"
    path.write_text(clean_text(), encoding="utf-8")
    return path


# --- item 4: the umask ----------------------------------------------------------------------------


def test_output_honours_a_private_umask(article: Path) -> None:
    target = article.parent / "brief.md"
    result = run_briefreader("digest", article, "-o", target, preexec_fn=lambda: os.umask(0o077))
    assert result.returncode == 0, result.stderr
    assert stat.S_IMODE(target.stat().st_mode) & 0o077 == 0


def test_output_keeps_the_mode_of_the_file_it_replaces(article: Path) -> None:
    target = article.parent / "brief.md"
    target.write_text("yesterday's brief\n")
    target.chmod(0o600)
    result = run_briefreader("digest", article, "-o", target)
    assert result.returncode == 0, result.stderr
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert target.read_text().startswith("# ")


# --- item 5: what -o may not replace --------------------------------------------------------------


@pytest.mark.parametrize("spelling", ["same", "dot-slash", "symlink"])
def test_output_never_replaces_its_input(article: Path, spelling: str) -> None:
    before = article.read_bytes()
    if spelling == "same":
        output, cwd = str(article), None
    elif spelling == "dot-slash":
        output, cwd = f"./{article.name}", article.parent
    else:
        (article.parent / "latest.txt").symlink_to(article.name)
        output, cwd = str(article.parent / "latest.txt"), None
    result = run_briefreader("digest", article, "-o", output, cwd=cwd)
    assert article.read_bytes() == before
    assert result.returncode in (2, WRITE_FAILED)
    assert_one_line_error(result.stderr, article.name)
    assert leftovers(article.parent) == []


def test_output_through_a_symlink_keeps_the_link(article: Path, tmp_path: Path) -> None:
    real = tmp_path / "real-brief.md"
    real.write_text("old\n")
    link = article.parent / "brief.md"
    link.symlink_to(real)
    result = run_briefreader("digest", article, "-o", link)
    assert link.is_symlink()
    assert result.returncode == 0, result.stderr
    assert real.read_text(encoding="utf-8").startswith("# Water board approves")


def test_output_to_a_device_node_keeps_the_node(article: Path) -> None:
    node = article.parent / "null"
    try:
        os.mknod(node, stat.S_IFCHR | 0o666, os.makedev(1, 3))  # a copy of /dev/null
    except (PermissionError, OSError) as error:
        pytest.skip(f"cannot make a device node here ({error})")
    result = run_briefreader("digest", article, "-o", node)
    assert stat.S_ISCHR(node.lstat().st_mode), "the device node was replaced"
    assert result.returncode == 0, result.stderr
    assert leftovers(article.parent) == []


def test_output_naming_a_folder_is_one_line(article: Path) -> None:
    result = run_briefreader("digest", article, "-o", article.parent)
    assert result.returncode == WRITE_FAILED
    assert_one_line_error(result.stderr, str(article.parent))
    assert leftovers(article.parent) == []


# --- item 6: a failed write to stdout -------------------------------------------------------------


def test_stdout_on_a_full_disk_is_exit_11_with_one_line(article: Path) -> None:
    if not os.path.exists("/dev/full"):
        pytest.skip("no /dev/full here")
    with open("/dev/full", "wb") as full:
        result = run_briefreader("digest", article, stdout=full)
    assert result.returncode == WRITE_FAILED
    line = assert_one_line_error(result.stderr)
    assert "unexpected" not in line


def _limit_file_size(limit: int) -> None:
    """In the child: files may not grow past ``limit`` bytes (``ulimit -f``); an over-long
    write then fails with EFBIG instead of killing the process."""
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))


def test_stdout_cut_short_by_a_file_size_limit_is_exit_11(tmp_path: Path) -> None:
    source = tmp_path / "long.txt"
    source.write_text(long_article(60), encoding="utf-8")  # about 30 KB of digest
    sink = tmp_path / "brief.md"
    with open(sink, "wb") as stream:
        result = run_briefreader(
            "digest", source, stdout=stream, preexec_fn=lambda: _limit_file_size(8192)
        )
    assert sink.stat().st_size == 8192  # the limit did cut the output short
    assert result.returncode == WRITE_FAILED
    assert_one_line_error(result.stderr)


# --- item 7: interruptions ------------------------------------------------------------------------


def test_sigterm_while_writing_leaves_no_temporary_file(tmp_path: Path) -> None:
    source = tmp_path / "long.txt"
    source.write_text(long_article(600), encoding="utf-8")  # a 250 KB digest to write
    out = tmp_path / "out"
    out.mkdir()
    target = out / "brief.md"
    target.write_text("yesterday's brief\n")
    for _ in range(5):
        child = subprocess.Popen(
            [sys.executable, "-m", "briefreader", "digest", str(source), "-o", str(target)],
            env=child_env(),
            stderr=subprocess.DEVNULL,
        )
        # Freeze the child the moment its temporary file shows, and check it is still
        # there (the write not yet renamed): then SIGTERM lands in the middle of the write.
        seen = wait_for(lambda c=child: bool(leftovers(out)) or c.poll() is not None, 60, 0.0002)
        if seen and child.poll() is None:
            child.send_signal(signal.SIGSTOP)
            if leftovers(out):
                child.send_signal(signal.SIGTERM)
                child.send_signal(signal.SIGCONT)
                child.wait(30)
                break
            child.send_signal(signal.SIGCONT)
        child.wait(30)
        target.write_text("yesterday's brief\n")
    else:
        pytest.skip("never caught the write in progress")
    assert leftovers(out) == []
    text = target.read_text(encoding="utf-8")
    assert text == "yesterday's brief\n" or text.startswith("# Water board")


def test_ctrl_c_on_a_folder_of_large_files_exits_at_once(tmp_path: Path) -> None:
    folder = tmp_path / "today"
    folder.mkdir()
    for number in range(4):  # each some seconds of reading: a process pool reads them
        (folder / f"page{number}.txt").write_text(long_article(3000, seed=number))
    child = subprocess.Popen(
        [sys.executable, "-m", "briefreader", "digest", str(folder), "-o", str(tmp_path / "b.md")],
        env=child_env(),
        stderr=subprocess.PIPE,
        start_new_session=True,  # its own process group, as a shell gives a job
    )
    time.sleep(1.5)  # the pool is reading
    assert child.poll() is None
    os.killpg(child.pid, signal.SIGINT)  # Ctrl-C: the whole foreground group
    start = time.monotonic()
    try:
        child.wait(30)
    finally:
        if child.poll() is None:
            os.killpg(child.pid, signal.SIGKILL)
    waited = time.monotonic() - start
    assert child.returncode == 130
    assert child.stderr is not None
    assert b"interrupted" in child.stderr.read()
    assert not (tmp_path / "b.md").exists()
    assert waited < 1.5, f"exited {waited:.1f} s after Ctrl-C"
