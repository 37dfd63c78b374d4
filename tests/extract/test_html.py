"""HTML extraction: body, metadata and captions kept apart."""

from __future__ import annotations

import pytest

from briefreader import errors
from briefreader.extract import extract_article
from briefreader.model import Document, Source
from briefreader.sources import load_document
from tests.conftest import SAMPLES

PAGE = """<!DOCTYPE html><html><head><title>Storm hits coast | The Daily</title>
<meta property="og:site_name" content="The Daily">
<meta name="author" content="Jane Roe">
<meta property="article:published_time" content="2024-03-05T10:00:00Z">
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav>
<article><h1>Storm hits coast</h1>
<p>A powerful storm hit the northern coast on Tuesday, cutting power to thousands of homes
and forcing the closure of several schools across the region, officials said.</p>
<figure><img src="a.jpg"><figcaption>Waves crash over the harbour wall in Northport on Tuesday.
<span class="credit">Reuters</span></figcaption></figure>
<p>Emergency crews worked through the night to restore electricity, and the regional
government said it would release emergency funds to help families who lost their homes.</p>
<p>Forecasters expect the wind to ease by Thursday, although heavy rain is likely to continue
over the weekend in the hills, where rivers are already high after a wet winter.</p>
</article><footer>Copyright The Daily. All rights reserved.</footer></body></html>"""


def _article(html: str):
    return extract_article(Document(Source("page.html", "html", "utf-8"), html))


def test_body_metadata_and_caption_are_separate():
    article = _article(PAGE)
    assert article.title == "Storm hits coast"
    assert article.byline == "Jane Roe"
    assert article.date == "2024-03-05"
    assert article.site == "The Daily"
    assert len(article.paragraphs) == 3
    assert article.paragraphs[0].startswith("A powerful storm hit")
    assert not any("harbour wall" in p for p in article.paragraphs)
    assert not any(p == "Home" for p in article.paragraphs)
    (caption,) = article.captions
    assert caption.text.startswith("Waves crash over the harbour wall")
    assert caption.credit == "Reuters"
    assert caption.after_paragraph == 0


def test_page_without_article_raises():
    with pytest.raises(errors.NoArticle):
        _article("<html><body><nav><a href='/'>Home</a></nav></body></html>")


def test_broken_html_still_extracts():
    broken = PAGE.replace("</p>", "").replace("</article>", "<div><span>")
    article = _article(broken)
    assert any("powerful storm" in p for p in article.paragraphs)


def test_real_page_nytimes():
    article = extract_article(load_document(str(SAMPLES / "nytimes-sudan-sanctions.html")))
    assert article.title == "United States to Lift Sudan Sanctions"
    assert article.byline and "Gettleman" in article.byline
    assert article.date == "2017-01-13"
    assert article.paragraphs[0].startswith("LONDON — After nearly 20 years")
    assert all("United Nations peacekeepers at a refugee camp" not in p for p in article.paragraphs)


def test_real_page_french():
    article = extract_article(load_document(str(SAMPLES / "lemonde.html")))
    assert article.title
    assert len(article.paragraphs) >= 5


def test_fifty_megabyte_page_opens():
    html = (SAMPLES / "nytimes-sudan-sanctions.html").read_bytes()
    blob = b"<script>var data = '" + b"x" * (49 * 1024 * 1024) + b"';</script>"
    big = html.replace(b"</head>", blob + b"</head>", 1)
    from briefreader.sources import document_from_bytes

    article = extract_article(document_from_bytes(big, "big.html"))
    assert article.title == "United States to Lift Sudan Sanctions"
    assert article.paragraphs[0].startswith("LONDON — After nearly 20 years")


# Issue 12 item 5: where trafilatura finds no article, or far less than the page holds, the
# page's text is read as a text dump. A page that keeps its article in an <aside> is one.
_BRIDGE = [
    "The city council voted on Tuesday to close the old harbour bridge for repairs after "
    "engineers found deep cracks in two of its supporting piers during a routine inspection.",
    "Traffic will be sent along the coast road for at least six months, and the council said "
    "it would add buses to the morning and evening routes while the work goes on.",
    "Shop owners near the bridge said they feared losing customers, but several welcomed the "
    "decision, saying the cracks had worried them for years before anyone acted.",
    "The repairs are expected to cost about four million, which the council plans to cover "
    "from its reserve fund and a grant it has asked the regional government for.",
]


def _bridge_page(before: str = "") -> str:
    body = "".join(f"<p>{p}</p>" for p in _BRIDGE)
    return (
        "<html><head><title>Bridge to close | The Harbour Times</title></head><body>"
        "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
        f"<h1>Harbour bridge to close for repairs</h1>{before}<aside>{body}</aside>"
        "</body></html>"
    )


def test_page_where_trafilatura_finds_no_article_is_read_as_text():
    article = _article(_bridge_page())
    assert article.paragraphs == tuple(_BRIDGE)
    assert article.title == "Harbour bridge to close for repairs"  # the page's own <h1>


def test_page_where_trafilatura_finds_far_less_than_it_holds_is_read_as_text():
    teaser = "<article><p>Read how the council plans to repair the bridge in the months ahead.</p>"
    teaser += "</article>"
    article = _article(_bridge_page(teaser))
    assert set(_BRIDGE) <= set(article.paragraphs)


def test_page_with_no_article_text_at_all_still_raises():
    page = "<html><body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav></body></html>"
    with pytest.raises(errors.NoArticle):
        _article(page)
