"""The command line: formats, output files, and one-line errors with their exit codes."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from markdown_it import MarkdownIt
from typer.testing import CliRunner

from briefreader import errors
from briefreader.cli import app
from tests.conftest import SAMPLES, SEED

runner = CliRunner()


def _run(*args: str):
    return runner.invoke(app, list(args))


def test_version():
    result = _run("--version")
    assert result.exit_code == 0
    assert result.stdout.startswith("briefreader ")


def test_help_documents_exit_codes():
    result = _run("--help")
    assert result.exit_code == 0
    assert "10 no article found" in " ".join(result.stdout.split())


def test_digest_json_schema_on_seed():
    result = _run("digest", str(SEED), "--format", "json")
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["schema"] == 1
    assert data["source"] == {"path": str(SEED), "kind": "text", "encoding": "utf-8", "url": None}
    assert (
        data["title"]
        == "N. Korean troops in Russia moving toward front lines with Ukraine: spy agency"
    )
    assert data["byline"] == "Kwak Yeon-soo"
    assert data["date"] is None
    assert [c["credit"] for c in data["captions"]] == ["Joint Press Corps", "Yonhap"]
    assert data["body"][0].startswith("Some of the North Korean troops")
    for key in ("facts", "quotes", "figures"):
        assert isinstance(data[key], list)
    for quote in data["quotes"]:
        assert quote["text"] in data["body"][quote["paragraph"]]
        assert quote["kind"] in ("full", "fragment")


def test_digest_jsonl_several_files():
    files = [str(SEED), str(SAMPLES / "nytimes-sudan-sanctions.html")]
    result = _run("digest", *files, "--format", "jsonl")
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.strip().split("\n")
    assert [json.loads(line)["source"]["path"] for line in lines] == files


def test_digest_markdown_sections():
    result = _run("digest", str(SEED), "--format", "md")
    assert result.exit_code == 0
    tokens = MarkdownIt().parse(result.stdout)
    headings = [tokens[i + 1].content for i, t in enumerate(tokens) if t.type == "heading_open"]
    assert headings[:4] == [
        "N. Korean troops in Russia moving toward front lines with Ukraine: spy agency",
        "Key facts",
        "Quotes",
        "Figures",
    ]


def test_output_file_written_atomically(tmp_path):
    out = tmp_path / "brief.md"
    out.write_text("old")
    result = _run("digest", str(SEED), "-o", str(out))
    assert result.exit_code == 0
    assert out.read_text().startswith("# N. Korean troops")
    assert sorted(os.listdir(tmp_path)) == ["brief.md"]


BAD_INPUTS = [
    ("missing", None, errors.FileNotFound.exit_code, "no such file"),
    ("directory", "dir", errors.NotAFile.exit_code, "is a directory"),
    ("empty", b"", errors.EmptyInput.exit_code, "empty"),
    ("blank", b"  \n\n ", errors.EmptyInput.exit_code, "white space"),
    ("pdf", b"%PDF-1.4\n" + bytes(200), errors.BinaryInput.exit_code, "PDF"),
    ("png", b"\x89PNG\r\n\x1a\n" + bytes(200), errors.BinaryInput.exit_code, "PNG"),
    ("zip", b"PK\x03\x04" + bytes(200), errors.BinaryInput.exit_code, "ZIP"),
    ("no-article.html", b"<html><body><nav><a>Home</a></nav></body></html>",
     errors.NoArticle.exit_code, "no article"),
    ("menu.txt", "\n".join(f"  \u2022 Item {i}" for i in range(40)).encode(),
     errors.NoArticle.exit_code, "no article"),
]  # fmt: skip


@pytest.mark.parametrize(("name", "content", "code", "words"), BAD_INPUTS)
def test_bad_input_one_line_and_exit_code(tmp_path, name, content, code, words):
    path = tmp_path / name
    if content == "dir":
        path.mkdir()
    elif content is not None:
        path.write_bytes(content)
    out = tmp_path / "out.json"
    result = _run("digest", str(path), "--format", "json", "-o", str(out))
    assert result.exit_code == code
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert str(path) in lines[0] and words.lower() in lines[0].lower()
    assert "Traceback" not in result.stderr
    assert not out.exists()
    assert not [p for p in os.listdir(tmp_path) if p.startswith(".briefreader-")]


def test_too_large_names_the_flag(tmp_path):
    path = tmp_path / "big.txt"
    path.write_text("word " * 2000)
    result = _run("digest", str(path), "--max-size", "1k")
    assert result.exit_code == errors.TooLarge.exit_code
    assert "--max-size" in result.stderr


def test_one_bad_file_among_good_ones(tmp_path):
    result = _run("digest", str(SEED), str(tmp_path / "missing.txt"), "--format", "jsonl")
    assert result.exit_code == 0
    records = [json.loads(line) for line in result.stdout.strip().split("\n")]
    assert "error" in records[1] and records[0]["title"]
    strict = _run("digest", str(SEED), str(tmp_path / "missing.txt"), "--strict")
    assert strict.exit_code == errors.FileNotFound.exit_code


def test_unwritable_output(tmp_path):
    result = _run("digest", str(SEED), "-o", str(tmp_path / "no" / "such" / "dir" / "x.md"))
    assert result.exit_code == errors.OutputFailed.exit_code
    assert len(result.stderr.strip().splitlines()) == 1


def test_stdin_dash():
    result = runner.invoke(app, ["digest", "-", "--format", "json"], input=SEED.read_bytes())
    assert result.exit_code == 0
    assert json.loads(result.stdout)["byline"] == "Kwak Yeon-soo"


def test_open_missing_file_is_one_line():
    result = _run("open", "/no/such/page.txt")
    assert result.exit_code == errors.FileNotFound.exit_code
    assert len(result.stderr.strip().splitlines()) == 1


def test_debug_shows_traceback(tmp_path):
    result = _run("digest", str(tmp_path / "missing.txt"), "--debug")
    assert result.exit_code == errors.FileNotFound.exit_code
    assert "Traceback" in result.stderr


def test_module_entry_point():
    done = subprocess.run(
        [sys.executable, "-m", "briefreader", "--version"], capture_output=True, text=True
    )
    assert done.returncode == 0 and "briefreader" in done.stdout
