"""Every bad input a user can meet, through ``digest`` and through the reader (Pilot):
the exit code, one line naming the file, and no output file left behind."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from briefreader import errors, read_brief
from briefreader.cli import app as cli_app
from briefreader.config import Config
from briefreader.sources import ArticleSource
from briefreader.tui.app import create_app

runner = CliRunner()
MIXED = "Le président a déclaré. ".encode() * 4 + "Café crème à emporter.".encode("cp1252") * 3


def _make(tmp_path: Path, name: str, content: bytes | str | None) -> Path:
    path = tmp_path / name
    if content == "dir":
        path.mkdir()
    elif isinstance(content, bytes):
        path.write_bytes(content)
    return path


# name, content ("dir" makes a directory, None leaves it missing), error type, words in message
BAD_INPUTS = [
    ("missing.txt", None, errors.FileNotFound, "no such file"),
    ("folder", "dir", errors.NotAFile, "directory"),
    ("unreadable.txt", b"some text", errors.PermissionDenied, "permission"),
    ("empty.txt", b"", errors.EmptyInput, "empty"),
    ("blank.txt", b" \n\t\n ", errors.EmptyInput, "white space"),
    ("photo.jpg", b"\xff\xd8\xff\xe0" + bytes(300), errors.BinaryInput, "JPEG"),
    ("report.pdf", b"%PDF-1.5\n" + bytes(300), errors.BinaryInput, "PDF"),
    ("archive.zip", b"PK\x03\x04" + bytes(300), errors.BinaryInput, "ZIP"),
    ("nav.html", b"<html><body><nav><a href='/'>Home</a></nav></body></html>",
     errors.NoArticle, "no article"),
    ("mixed.txt", MIXED, errors.DecodeFailed, "UTF-8"),
    ("huge.txt", b"word " * 400, errors.TooLarge, "--max-size"),
]  # fmt: skip
IDS = [row[0] for row in BAD_INPUTS]


@pytest.fixture
def deny_unreadable(monkeypatch):
    """Root reads every file, so simulate a file without read permission."""
    import builtins

    real_open = builtins.open

    def guarded_open(file, *args, **kwargs):  # type: ignore[no-untyped-def]
        if str(file).endswith("unreadable.txt"):
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", guarded_open)


@pytest.mark.parametrize(("name", "content", "error", "words"), BAD_INPUTS, ids=IDS)
def test_digest(tmp_path, deny_unreadable, name, content, error, words):
    path = _make(tmp_path, name, content)
    out = tmp_path / "out" / "brief.json"
    out.parent.mkdir()
    args = ["digest", str(path), "--format", "json", "-o", str(out)]
    if name == "huge.txt":
        args += ["--max-size", "1k"]
    result = runner.invoke(cli_app, args)
    assert result.exit_code == error.exit_code
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert str(path) in lines[0]
    assert words.lower() in lines[0].lower()
    assert "Traceback" not in result.output
    assert os.listdir(out.parent) == []


def test_exit_codes_are_distinct():
    codes = [row[2].exit_code for row in BAD_INPUTS]
    kinds = {row[2] for row in BAD_INPUTS}
    assert len({e.exit_code for e in kinds}) == len(kinds)
    assert all(code not in (0, 1, 2) for code in codes)


@pytest.mark.parametrize(("name", "content", "error", "words"), BAD_INPUTS, ids=IDS)
async def test_reader(tmp_path, deny_unreadable, name, content, error, words):
    path = _make(tmp_path, name, content)
    limit = 1024 if name == "huge.txt" else 64 * 2**20
    source = ArticleSource(str(path), lambda: read_brief(str(path), max_bytes=limit))
    app = create_app(sources=[source], config=Config())
    async with app.run_test(size=(100, 30)) as pilot:
        for _ in range(100):
            await pilot.pause(0.05)
            if type(app.screen).__name__ == "ErrorScreen":
                break
        screen = app.screen
        assert type(screen).__name__ == "ErrorScreen"
        message = screen.message  # type: ignore[attr-defined]
        assert str(path) in message and words.lower() in message.lower()
        assert "\n" not in message
        await pilot.press("q")
    assert app.return_code == error.exit_code
