"""Issue 11, property-based: hostile pages through the core and every output form.

News-like text mixed with control characters, terminal escapes, bidi controls, Textual
markup, huge numbers, odd Unicode, odd charsets (declared and real) and broken HTML, saved as
text, Markdown or HTML, then digested by the ``briefreader digest`` command (in process) in
each format and as a briefing. Whatever the page: no exception but the project's own
``BriefreaderError`` (an exit code of its own, one line on stderr), strict JSON always (no
NaN or Infinity), and no control character but tab and newline in any text output.

CI runs a bounded number of examples (the "ci" profile of ``tests/conftest.py``); the
long run is 10,000 examples each::

    HYPOTHESIS_PROFILE=long python -m pytest tests/hostile/test_hostile_properties.py
"""

from __future__ import annotations

import json
import math
import tempfile
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from briefreader import build_brief
from briefreader.cli import app
from briefreader.errors import EXIT_CODES
from briefreader.model import Article, Source
from tests.hostile.pages import ESCAPES, PARAGRAPHS, controls_in

runner = CliRunner()
#: The exit codes of the project's own errors (1 is "unexpected error": a bug).
OWN_CODES = {code for code in EXIT_CODES if code not in (1, 2, 130)}

# --- what a hostile page is made of ---------------------------------------------------------------

NEWS_WORDS = sorted({word for paragraph in PARAGRAPHS for word in paragraph.split()}) + [
    "“", "”", '"', "‘", "’", "—", "…", "Mr.", "U.S.", "Oct.", "23", "percent", "of", "?",
]  # fmt: skip
CONTROLS = [chr(code) for code in [*range(0, 9), *range(11, 32), *range(127, 160)]]
BIDI = ["\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069"]
MARKUP = ["[/]", "[/x]", "[b]", "[@click=app.quit]quit[/]", "[link=https://x.example]", "[$a]"]
HUGE_NUMBERS = [
    "9" * 400, "1e999", "1.8e308", "$" + "9" * 330 + " billion", "1" + "0" * 309 + "%",
    "NaN", "inf", "-0", "0.000000000000000000000001", "12 of …", "14 of ?", "50 of ...",
]  # fmt: skip
ODD_UNICODE = [
    "Stra\xdfe", "\ufb01nance", "\u0130zmir", "\u2028", "\u2029", "\u0085", "e\u0301",
    "\u200b", "\u200d", "\ufeff", "\ufffd", "مرحبا", "שלום", "한국", "北京", "\U0001f600",
]  # fmt: skip
PIECES = st.one_of(
    st.sampled_from(NEWS_WORDS),
    st.sampled_from(list(ESCAPES.values())),
    st.sampled_from(CONTROLS),
    st.sampled_from(BIDI),
    st.sampled_from(MARKUP),
    st.sampled_from(HUGE_NUMBERS),
    st.sampled_from(ODD_UNICODE),
    st.text(max_size=4),
)
SENTENCE = st.lists(st.one_of(st.sampled_from(NEWS_WORDS), PIECES), max_size=40).map(" ".join)
PARAGRAPH = st.one_of(
    st.sampled_from(PARAGRAPHS),  # a real paragraph keeps the page an article
    SENTENCE,
    st.tuples(st.sampled_from(PARAGRAPHS), PIECES, st.integers(0, 40)).map(
        lambda t: " ".join([*t[0].split()[: t[2]], t[1], *t[0].split()[t[2] :]])
    ),
)
ARTICLE = st.tuples(SENTENCE, st.lists(PARAGRAPH, min_size=1, max_size=12))

DECLARED = [
    "utf-8", "windows-1252", "iso-8859-1", "shift_jis", "koi8-r", "euc-kr", "utf-16",
    "unicode_escape", "raw_unicode_escape", "utf-7", "rot13", "hex", "punycode",
    "nonsense-charset", "", "undefined",
]  # fmt: skip
ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "cp1252", "shift_jis", "koi8-r"]
HTML_NOISE = [
    "<p>", "</p>", "<div>", "</div", "<br>", "<script>", "</script>", "<!--", "-->",
    "&#27;", "&#x9b;", "&#0;", "&#xD800;", "&#99999999;", "&amp", "&lt;", "<![CDATA[",
    "<p class='x", "<h1>", "<figure><figcaption>", "<a href='javascript:x'>",
]  # fmt: skip


@st.composite
def hostile_pages(  # type: ignore[no-untyped-def]
    draw, kinds=("txt", "md", "html"), declared=DECLARED, encodings=ENCODINGS
) -> tuple[str, bytes]:
    """A saved page: its file name (which tells the kind) and its bytes."""
    title, paragraphs = draw(ARTICLE)
    kind = draw(st.sampled_from(kinds))
    if kind == "txt":
        text = title + "\n\n" + "\n\n".join(paragraphs) + "\n"
    elif kind == "md":
        text = f"# {title}\n\n" + "\n\n".join(paragraphs) + "\n"
    else:
        noise = st.lists(st.sampled_from(HTML_NOISE), max_size=3).map("".join)
        body = "".join(f"<p>{p}{draw(noise)}</p>" for p in paragraphs)
        charset = draw(st.sampled_from(declared))
        meta = f"<meta charset={charset}>" if charset else ""
        text = (
            f"<html><head>{meta}<title>{title}</title></head><body><article><h1>{title}</h1>"
            f"{body}{draw(noise)}"
        )
        if draw(st.booleans()):
            text += "</article></body></html>"
    encoding = draw(st.sampled_from(encodings))
    return f"page.{kind}", text.encode(encoding, errors="replace")


def _strict(text: str) -> object:
    def refuse(constant: str) -> object:
        raise ValueError(f"not JSON: {constant}")

    return json.loads(text, parse_constant=refuse)


_FOLDER = tempfile.TemporaryDirectory(prefix="briefreader-hostile-")


def _save(name: str, data: bytes, index: int = 0) -> Path:
    """Write one example's page (one folder for the session: hypothesis reuses the test)."""
    path = Path(_FOLDER.name) / f"{index}-{name}"
    path.write_bytes(data)
    return path


def _digest(*args: str | Path) -> tuple[int, str, str]:
    """``briefreader digest ARGS`` in this process: exit code, stdout, stderr. An exception
    that is not the project's own fails here, with its traceback."""
    result = runner.invoke(app, ["digest", *map(str, args)])
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    assert result.exit_code == 0 or result.exit_code in OWN_CODES, result.stderr
    if result.exit_code:
        # One line, or with several pages one line per page that failed.
        pages = sum(isinstance(arg, Path) for arg in args)
        lines = result.stderr.splitlines()
        assert 1 <= len(lines) <= max(pages, 1), result.stderr
        assert all(line.startswith("briefreader: ") for line in lines), result.stderr
    return result.exit_code, result.stdout, result.stderr


# --- the core -------------------------------------------------------------------------------------


@given(ARTICLE)
def test_the_digest_of_hostile_paragraphs_is_sound(page: tuple[str, list[str]]) -> None:
    title, paragraphs = page
    article = Article(Source("page.txt", "text", "utf-8"), tuple(paragraphs), title=title)
    brief = build_brief(article)
    for fact in brief.facts:
        assert fact.span.text_in(article) == fact.text
    for quote in brief.quotes:
        assert quote.span.text_in(article) == quote.text
    for figure in brief.figures:
        assert figure.span.text_in(article) == figure.value
        assert figure.number is None or math.isfinite(figure.number)


# --- every output form ----------------------------------------------------------------------------


@given(hostile_pages())
def test_json_of_a_hostile_page_is_strict(page: tuple[str, bytes]) -> None:
    path = _save(*page)
    code, out, _ = _digest(path, "--format", "json")
    if code == 0:
        data = _strict(out)
        assert isinstance(data, dict) and data["schema"] == 1
    code, out, _ = _digest(path, "--format", "jsonl")
    for line in out.splitlines():
        _strict(line)


@given(hostile_pages(), st.sampled_from(["text", "md"]))
def test_text_and_markdown_of_a_hostile_page_hold_no_control(
    page: tuple[str, bytes], output_format: str
) -> None:
    code, out, err = _digest(_save(*page), "--format", output_format)
    assert not controls_in(out)
    assert not controls_in(err)


@given(hostile_pages(), st.sampled_from(["json", "jsonl"]))
def test_json_of_a_hostile_page_holds_no_raw_control(
    page: tuple[str, bytes], output_format: str
) -> None:
    _, out, _ = _digest(_save(*page), "--format", output_format)
    assert not controls_in(out)


@given(st.lists(hostile_pages(), min_size=2, max_size=3))
def test_a_briefing_of_hostile_pages_holds_no_control(pages: list[tuple[str, bytes]]) -> None:
    paths = [_save(name, data, index) for index, (name, data) in enumerate(pages)]
    _, out, _ = _digest(*paths, "--briefing")
    assert not controls_in(out)
