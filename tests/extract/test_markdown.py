"""Markdown input: headline from the first heading, paragraphs from the text blocks."""

from __future__ import annotations

import pytest

from briefreader import errors
from briefreader.extract import extract_article
from briefreader.model import Document, Source

MD = """---
title: From front matter
date: 2024-10-29
---
# Troops move to the front

By Kwak Yeon-soo

Some of the **troops** deployed seem to be [moving](https://example.com) to the front.

## Background

- The agency said 3,000 troops are there.

> "We are confirming it," the agency said.
"""


def _extract(text: str):
    return extract_article(Document(Source("a.md", "markdown", "utf-8"), text))


def test_front_matter_heading_byline_and_blocks():
    article = _extract(MD)
    assert article.title == "From front matter"
    assert article.date == "2024-10-29"
    assert article.byline == "Kwak Yeon-soo"
    assert article.paragraphs == (
        "Troops move to the front",
        "Some of the troops deployed seem to be moving to the front.",
        "Background",
        "The agency said 3,000 troops are there.",
        '"We are confirming it," the agency said.',
    )


def test_first_heading_is_title():
    article = _extract("# Headline here\n\nBody text of the article.\n")
    assert article.title == "Headline here"
    assert article.paragraphs == ("Body text of the article.",)


def test_only_headings_is_no_article():
    with pytest.raises(errors.NoArticle):
        _extract("# Only a title\n")
