"""Property tests: random and mutated text and HTML through load, extract and digest never
raise anything but ``BriefreaderError``, and every item's span stands in the article.

CI runs a bounded number of examples (the "ci" profile). For a long run:

    HYPOTHESIS_PROFILE=long python -m pytest tests/test_properties.py   (10,000 examples each)
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from briefreader import build_brief, extract_article
from briefreader.errors import BriefreaderError
from briefreader.sources import document_from_bytes
from tests.conftest import SEED

SEED_TEXT = SEED.read_text(encoding="utf-8")
SEED_LINES = SEED_TEXT.split("\n")

WORDS = st.sampled_from(
    ["the", "said", "North", "Korea", "3,000", "$800", "“", "”", '"', "'", "‘", "’", "don’t",
     "officials’", "‘We", "win,’", "Mr.", "U.S.", "Oct.",
     "23", "percent", "—", "…", "...", ":", "(", ")", "«", "»", "he", "it", "according", "to",
     "\u0000", "\x1b[31m", "\t", "<p>", "</p>", "<div", ">", "&amp;", "é", "北", "한국", "\u202e"]
)  # fmt: skip
PROSE = st.lists(WORDS, min_size=0, max_size=200).map(" ".join)
PARAGRAPHS = st.lists(PROSE, min_size=0, max_size=30).map("\n\n".join)
TAGS = st.sampled_from(["p", "div", "figure", "figcaption", "span", "article", "h1", "script", "a"])


@st.composite
def html_pages(draw):
    parts = ["<html><head><title>", draw(PROSE), "</title></head><body>"]
    for _ in range(draw(st.integers(0, 25))):
        tag = draw(TAGS)
        parts.append(f"<{tag}>" + draw(PROSE))
        if draw(st.booleans()):
            parts.append(f"</{tag}>")  # unbalanced tags on purpose
    if draw(st.booleans()):
        parts.append("</body></html>")
    return "".join(parts)


@st.composite
def mutated_seed(draw):
    lines = list(SEED_LINES)
    for _ in range(draw(st.integers(1, 12))):
        choice = draw(st.integers(0, 4))
        index = draw(st.integers(0, len(lines) - 1))
        if choice == 0:
            del lines[index]
        elif choice == 1:
            lines.insert(index, draw(PROSE))
        elif choice == 2:
            lines[index] = lines[index].replace('"', "", draw(st.integers(0, 3)))
        elif choice == 3:
            lines[index] = lines[index] * draw(st.integers(2, 50))  # a giant line
        else:
            lines[index] = lines[index].replace(" ", draw(st.sampled_from(["\x00", "\x0b", ""])))
    joiner = draw(st.sampled_from(["\n", "\n\n", " ", "\r\n"]))  # " ": no newlines at all
    return joiner.join(lines)


def _check(data: bytes, path: str) -> None:
    try:
        document = document_from_bytes(data, path)
        article = extract_article(document)
        brief = build_brief(article)
    except BriefreaderError as error:
        assert str(error).startswith(path)
        assert "\n" not in str(error)
        return
    for fact in brief.facts:
        assert fact.span.text_in(article) == fact.text
    for quote in brief.quotes:
        assert quote.span.text_in(article) == quote.text
        assert quote.kind in ("full", "fragment")
    for figure in brief.figures:
        assert figure.span.text_in(article) == figure.value


@given(PARAGRAPHS)
def test_random_text(text):
    _check(text.encode("utf-8"), "random.txt")


@given(st.binary(max_size=2000))
def test_random_bytes(data):
    _check(data, "random.txt")


@given(html_pages())
def test_random_html(page):
    _check(page.encode("utf-8"), "random.html")


@given(mutated_seed())
def test_mutated_seed(text):
    _check(text.encode("utf-8"), "mutated.txt")


@given(PARAGRAPHS, st.sampled_from(["utf-8", "utf-16", "utf-8-sig", "cp1252", "euc-kr"]))
def test_any_encoding(text, encoding):
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError:
        data = text.encode("utf-8")
    _check(data, "encoded.txt")
