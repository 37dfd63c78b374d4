"""Extract an article from Markdown with markdown-it-py: the headline from the first heading,
paragraphs from the text blocks (paragraphs, list items, block quotes), front matter skipped."""

from __future__ import annotations

import re

from briefreader import errors
from briefreader.extract.clean import normalise_space
from briefreader.model import Article, Document

_FRONT_MATTER = re.compile(r"\A---\n(?P<body>.*?)\n(?:---|\.\.\.)\n", re.DOTALL)
_FIELD = re.compile(r"^(?P<key>title|author|date|site|source)\s*:\s*(?P<value>.+)$", re.I | re.M)
_BYLINE = re.compile(r"^(?:by|por|par|von)\s+(?P<name>[^\W\d_][\w .'’-]{1,80})$", re.IGNORECASE)


def extract_markdown(document: Document) -> Article:
    """Extract title, byline and paragraphs from a Markdown ``document``."""
    from markdown_it import MarkdownIt

    text = document.text
    meta: dict[str, str] = {}
    front = _FRONT_MATTER.match(text)
    if front:
        for field in _FIELD.finditer(front.group("body")):
            meta[field.group("key").lower()] = field.group("value").strip().strip("\"'")
        text = text[front.end() :]
    tokens = MarkdownIt("commonmark").parse(text)
    title = meta.get("title")
    paragraphs: list[str] = []
    in_heading = False
    for token in tokens:
        if token.type == "heading_open":
            in_heading = True
        elif token.type == "heading_close":
            in_heading = False
        elif token.type == "inline":
            plain = normalise_space(_inline_text(token))
            if not plain:
                continue
            if in_heading:
                if title is None:
                    title = plain
                else:
                    paragraphs.append(plain)
            else:
                paragraphs.append(plain)
    byline = meta.get("author")
    if byline is None:
        for index, paragraph in enumerate(paragraphs[:3]):
            match = _BYLINE.match(paragraph)
            if match:
                byline = match.group("name").strip()
                del paragraphs[index]
                break
    if not paragraphs:
        raise errors.NoArticle(
            document.source.path, "no article text in this Markdown file", "check the file"
        )
    return Article(
        source=document.source,
        paragraphs=tuple(paragraphs),
        title=title,
        byline=byline,
        date=meta.get("date"),
        site=meta.get("site") or meta.get("source"),
    )


def _inline_text(token) -> str:  # type: ignore[no-untyped-def]
    """Plain text of an inline token: emphasis and links dropped to their words."""
    parts: list[str] = []
    for child in token.children or ():
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append(" ")
        elif child.type == "image":
            continue
    return "".join(parts)
