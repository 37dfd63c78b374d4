"""Telling a page's kind: HTML, Markdown or plain text, by extension first, then by content."""

from __future__ import annotations

import re

from briefreader.model import Kind

#: Characters at the start of the text searched for HTML (a page starts with its markup).
HTML_HEAD_CHARS = 4096
#: This many common tags in the head make a page HTML even without a doctype.
MIN_HTML_TAGS = 5
#: Characters searched for Markdown lines.
MARKDOWN_SAMPLE_CHARS = 20000
#: This many Markdown lines (headings, list items, quotes, fences, links) make it Markdown.
MIN_MARKDOWN_LINES = 3

_HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml")
_MARKDOWN_SUFFIXES = (".md", ".markdown", ".mdown")

_HTML_START = re.compile(
    rb"^\s*(?:<!doctype\s+html|<html|<head|<body|<meta|<!--|<\?xml[^>]*>\s*<(?:!doctype|html))",
    re.IGNORECASE,
)
_HTML_TAGS = re.compile(rb"<(?:p|div|article|span|a|br|section|h[1-6]|script|title)\b[^>]*>", re.I)
_MD_LINE = re.compile(r"^(?:#{1,6} \S|[-*+] \S|\d+\. \S|> |```|\[[^\]]+\]\([^)]+\))", re.MULTILINE)


def sniff_kind(text: str, path: str = "", data: bytes | None = None) -> Kind:
    """Tell HTML, Markdown and plain text apart, by extension first, then by content."""
    lower = path.lower()
    if lower.endswith(_HTML_SUFFIXES):
        return "html"
    if lower.endswith(_MARKDOWN_SUFFIXES):
        return "markdown"
    head = text[:HTML_HEAD_CHARS].encode("utf-8", "ignore")
    if _HTML_START.match(head) or len(_HTML_TAGS.findall(head)) >= MIN_HTML_TAGS:
        return "html"
    if lower.endswith(".txt"):
        return "text"
    sample = text[:MARKDOWN_SAMPLE_CHARS]
    if len(_MD_LINE.findall(sample)) >= MIN_MARKDOWN_LINES:
        return "markdown"
    return "text"
