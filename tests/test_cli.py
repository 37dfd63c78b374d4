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
    # Sizes in the unit they are given in (issue 16 item 7), never "0.0 MB ... 0 MB".
    assert "file is 9.8 KB, over the 1 KB limit" in result.stderr, result.stderr
    piped = runner.invoke(app, ["digest", "-", "--max-size", "1k"], input=b"word " * 2000)
    assert "input is over the 1 KB limit" in piped.stderr, piped.stderr


@pytest.mark.parametrize(
    ("size", "said"),
    [(1, "1 byte"), (812, "812 bytes"), (1024, "1 KB"), (1536, "1.5 KB"), (64 * 2**20, "64 MB")],
)
def test_sizes_are_said_as_people_say_them(size, said):
    from briefreader.sources.load import size_text

    assert size_text(size) == said


def test_a_bad_format_is_one_clear_line():
    result = _run("digest", str(SEED), "--format", "xml")
    assert result.exit_code == 2
    error = [line for line in result.stderr.splitlines() if line.startswith("Error")]
    assert error == [
        "Error: Invalid value for '--format' / '-f': 'xml' is not a format: "
        "use json, jsonl, md or text"
    ], result.stderr
    assert "Value error" not in result.stderr
    assert _run("digest", str(SEED), "--format", "JSON").exit_code == 0


@pytest.mark.parametrize("command", ["digest", "open"])
def test_help_names_the_files_as_a_man_page_does(command):
    result = _run(command, "--help")
    assert result.exit_code == 0
    assert f"Usage: briefreader {command} [OPTIONS] FILE..." in result.stdout
    assert "{" not in result.stdout and "<list[str]>" not in result.stdout
    assert "<str>" not in result.stdout and "<float range>" not in result.stdout
    assert "--max-size SIZE" in result.stdout and "--timeout SECONDS" in result.stdout
    if command == "digest":
        assert "--format json|jsonl|md|text" in result.stdout


def test_standard_input_is_named_so():
    result = runner.invoke(app, ["digest", "-"], input=SEED.read_bytes())
    assert result.exit_code == 0
    header = result.stdout.splitlines()[2]
    assert header.endswith("standard input*") and " · -" not in header, header


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


# --- several sources, the briefing, URLs, settings, colour (issue 6) -----------------------------


def _sections_of(markdown: str, tag: str = "h2") -> list[str]:
    tokens = MarkdownIt().parse(markdown)
    return [
        tokens[i + 1].content
        for i, t in enumerate(tokens)
        if t.type == "heading_open" and t.tag == tag
    ]


def test_briefing_with_one_broken_file(tmp_path):
    broken = tmp_path / "broken.html"
    broken.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)
    out = tmp_path / "briefing.md"
    files = [str(SEED), str(broken), str(SAMPLES / "nytimes-sudan-sanctions.html")]
    result = _run("digest", *files, "--briefing", "-o", str(out))
    assert result.exit_code == 0, result.stderr
    assert result.stderr.count("\n") == 1
    assert str(broken) in result.stderr and "PNG" in result.stderr
    markdown = out.read_text(encoding="utf-8")
    assert _sections_of(markdown, "h1") == ["Briefing: 2 articles"]
    assert _sections_of(markdown) == [
        "Sources",
        "Key facts",
        "Quotes by speaker",
        "Figures by subject",
    ]
    assert "Could not be read" in markdown and "broken.html" in markdown
    # --strict makes the broken file fail the run, but the briefing is still written.
    result = _run("digest", *files, "--briefing", "--strict", "-o", str(out))
    assert result.exit_code == errors.BinaryInput.exit_code


def test_briefing_needs_markdown_or_json():
    result = _run("digest", str(SEED), "--briefing", "--format", "jsonl")
    assert result.exit_code == 2
    assert "--format md|json" in result.stderr


def test_digest_folder_sorted_by_date(tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    for name in ("lemonde.html", "twincities-parise.html", "nytimes-sudan-sanctions.html"):
        (folder / name).write_bytes((SAMPLES / name).read_bytes())
    (folder / "a-seed.txt").write_bytes(SEED.read_bytes())
    (folder / "notes.pdf").write_bytes(b"%PDF-1.4")
    (folder / "zz-empty.txt").write_bytes(b"")
    result = _run("digest", str(folder), "--format", "jsonl")
    assert result.exit_code == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    dates = [r.get("date") for r in records]
    # Dated pages oldest first, then the undated (and the failed) ones by name.
    assert dates[:3] == ["2015-05-04", "2017-01-13", "2019-11-19"]
    assert records[3]["source"]["path"].endswith("a-seed.txt")
    assert "error" in records[4] and records[4]["source"]["path"].endswith("zz-empty.txt")
    assert "zz-empty.txt" in result.stderr
    assert "notes.pdf" not in result.stdout + result.stderr


def test_digest_url_and_refused_port(tmp_path):
    from tests.sources.test_fetch import refused_url, serve_samples

    with serve_samples(tmp_path) as base:
        result = _run("digest", f"{base}/sudan.html", "--format", "json", "--timeout", "5")
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["title"] == "United States to Lift Sudan Sanctions"
    assert data["source"]["url"] == f"{base}/sudan.html"
    url = refused_url()
    result = _run("digest", url, "--timeout", "2")
    assert result.exit_code == errors.FetchFailed.exit_code == 12
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1
    assert result.stderr.startswith(f"briefreader: {url}: cannot download: connection refused")


def test_config_path_init_and_broken_file(tmp_path):
    path = tmp_path / "cfg" / "config.toml"
    env = {"BRIEFREADER_CONFIG": str(path)}
    result = runner.invoke(app, ["config", "--path"], env=env)
    assert result.exit_code == 0 and result.stdout.strip() == str(path)
    result = runner.invoke(app, ["config", "--init"], env=env)
    assert result.exit_code == 0, result.stderr
    assert path.is_file() and "quote_template" in path.read_text(encoding="utf-8")
    result = runner.invoke(app, ["config", "--init"], env=env)
    assert result.exit_code == errors.ConfigError.exit_code
    assert "--force" in result.stderr and result.stderr.count("\n") == 1
    result = runner.invoke(app, ["config", "--init", "--force"], env=env)
    assert result.exit_code == 0
    result = runner.invoke(app, ["config"], env=env)
    assert result.exit_code == 0 and "facts_shown = 12" in result.stdout
    path.write_text("facts_shown = [\n", encoding="utf-8")
    result = runner.invoke(app, ["config"], env=env)
    assert result.exit_code == errors.ConfigError.exit_code
    assert str(path) in result.stderr and "line" in result.stderr
    assert result.stderr.count("\n") == 1


def test_config_path_default_follows_xdg(tmp_path):
    env = {"BRIEFREADER_CONFIG": "", "XDG_CONFIG_HOME": str(tmp_path)}
    result = runner.invoke(app, ["config", "--path"], env=env)
    if sys.platform.startswith("linux"):
        assert result.stdout.strip() == str(tmp_path / "briefreader" / "config.toml")


def test_show_completion():
    result = _run("--show-completion", "bash")
    assert result.exit_code == 0, result.stderr
    assert "_BRIEFREADER_COMPLETE" in result.stdout


def _run_in_terminal(args: list[str], env: dict[str, str]) -> bytes:
    """Run the CLI on a pseudo-terminal (so it believes it talks to a user); all it printed."""
    pty = pytest.importorskip("pty")
    pid, fd = pty.fork()
    if pid == 0:  # the child: run the CLI
        os.execve(sys.executable, [sys.executable, "-m", "briefreader", *args], env)
    chunks = []
    while True:
        try:
            chunk = os.read(fd, 65536)
        except OSError:
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.waitpid(pid, 0)
    os.close(fd)
    return b"".join(chunks)


@pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pseudo-terminal")
@pytest.mark.parametrize(
    "args",
    [
        ["--help"],
        ["digest", "--help"],
        ["digest"],
        ["digest", "--bogus"],
        ["digest", "/no/such/file.txt"],
        ["config", "--path"],
    ],
)
def test_no_color_means_no_escape_codes(args, tmp_path):
    env = {**os.environ, "NO_COLOR": "1", "TERM": "xterm-256color", "COLUMNS": "100"}
    env["BRIEFREADER_CONFIG"] = str(tmp_path / "c.toml")
    env.pop("FORCE_COLOR", None)
    output = _run_in_terminal(args, env)
    assert output.strip()
    assert b"\x1b" not in output


@pytest.mark.parametrize("args", [["--help"], ["digest", "/no/such/file.txt"], ["digest"]])
def test_no_escape_codes_when_not_a_terminal(args):
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR")}
    result = subprocess.run(
        [sys.executable, "-m", "briefreader", *args], capture_output=True, env=env, check=False
    )
    assert b"\x1b" not in result.stdout + result.stderr
    assert (result.stdout + result.stderr).strip()


def test_ctrl_c_while_writing_keeps_the_old_output(tmp_path, monkeypatch):
    out = tmp_path / "brief.md"
    out.write_text("the previous, complete brief")

    def interrupted_replace(src, dst):  # type: ignore[no-untyped-def]
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "replace", interrupted_replace)
    result = _run("digest", str(SEED), "-o", str(out))
    assert result.exit_code == 130
    assert out.read_text() == "the previous, complete brief"
    assert os.listdir(tmp_path) == ["brief.md"]


def test_ctrl_c_while_reading_writes_nothing(tmp_path, monkeypatch):
    import briefreader

    def interrupted(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise KeyboardInterrupt

    monkeypatch.setattr(briefreader, "read_brief", interrupted)
    monkeypatch.setattr("briefreader.sources.read.read_source", interrupted, raising=False)
    out = tmp_path / "brief.md"
    result = _run("digest", str(SEED), "-o", str(out))
    assert result.exit_code == 130
    assert os.listdir(tmp_path) == []


def test_input_file_never_written(tmp_path):
    page = tmp_path / "page.txt"
    page.write_bytes(SEED.read_bytes())
    os.chmod(page, 0o444)
    before = (page.stat().st_mtime_ns, page.read_bytes())
    result = _run("digest", str(page), "--format", "json", "-o", str(tmp_path / "out.json"))
    assert result.exit_code == 0
    assert (page.stat().st_mtime_ns, page.read_bytes()) == before


def test_many_files_read_in_parallel_give_the_same_output_in_order(tmp_path, monkeypatch):
    from briefreader.sources import readahead

    files = [str(SEED), *(str(p) for p in sorted(SAMPLES.glob("*.html"))), str(tmp_path / "x.txt")]
    parallel = _run("digest", *files, "--format", "jsonl")
    monkeypatch.setattr(readahead, "PARALLEL_FROM", 10**6)
    sequential = _run("digest", *files, "--format", "jsonl")
    assert parallel.exit_code == sequential.exit_code == 0
    assert parallel.stdout == sequential.stdout
    paths = [json.loads(line)["source"]["path"] for line in parallel.stdout.splitlines()]
    assert paths == files
    assert "error" in json.loads(parallel.stdout.splitlines()[-1])


@pytest.mark.parametrize("command", ["digest", "open"])
def test_dash_with_a_terminal_on_stdin_says_so_instead_of_waiting(command):
    import pty

    main, secondary = pty.openpty()
    try:
        done = subprocess.run(
            [sys.executable, "-m", "briefreader", command, "-"],
            stdin=secondary,
            capture_output=True,
            text=True,
            timeout=60,
        )
    finally:
        os.close(main)
        os.close(secondary)
    assert done.returncode == errors.EmptyInput.exit_code
    assert done.stderr.count("\n") == 1
    assert "nothing is piped in" in done.stderr
