"""The one-pass byline search finds what trafilatura's XPath author search finds."""

from __future__ import annotations

import copy

import pytest
from lxml import html as lxml_html
from trafilatura.metadata import extract_author

from briefreader.extract.html import _parser
from briefreader.extract.html_byline import find_byline
from briefreader.sources import document_from_bytes
from tests.conftest import ROOT, require_devset


def _tree(data: bytes, name: str):  # type: ignore[no-untyped-def]
    text = document_from_bytes(data, name).text
    return lxml_html.document_fromstring(text.encode("utf-8"), parser=_parser())


def test_same_byline_as_trafilatura_on_every_dev_and_sample_page() -> None:
    devset = require_devset()
    pages = sorted((devset / "zyte-dev" / "html").glob("*.html"))
    pages += sorted(devset.glob("readability/*/source.html"))
    pages += sorted((ROOT / "samples").glob("*.html"))
    found = 0
    for page in pages:
        tree = _tree(page.read_bytes(), str(page))
        expected = extract_author(tree)  # prunes a copy
        assert find_byline(copy.deepcopy(tree)) == expected, page
        found += expected is not None
    assert len(pages) >= 70
    assert found >= 20  # the comparison is about real bylines, not None == None


@pytest.mark.parametrize(
    ("body", "byline"),
    [
        ('<div class="byline">By Jane Roe</div><p>Text.</p>', "Jane Roe"),
        ('<p><a rel="author" href="/x">Sam Lee</a></p>', "Sam Lee"),
        ('<span itemprop="author">Ana Díaz</span>', "Ana Díaz"),
        # A byline inside the comments is a commenter, not the author.
        ('<div id="comments"><span class="author">Troll King</span></div>', None),
        ('<figure><span class="author">Photo Person</span></figure>', None),
        # The specific expressions win over a generic match earlier in the page.
        (
            '<div class="writer">Early Generic</div><span class="author-name">Real Name</span>',
            "Real Name",
        ),
        ("<p>No byline at all.</p>", None),
    ],
)
def test_inline_bylines(body: str, byline: str | None) -> None:
    page = f"<html><body>{body}</body></html>".encode()
    tree = _tree(page, "inline.html")
    assert extract_author(copy.deepcopy(tree)) == byline  # the cases mean what they say
    assert find_byline(tree) == byline
