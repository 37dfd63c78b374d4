"""Control characters an HTML page cannot hold: dropped before the markup is parsed.

XML 1.0 has no place for the C0 controls other than tab, newline and carriage return, and
trafilatura builds its output as XML: one such character in a paragraph (``\\x1b``, or the
reference ``&#27;`` lxml turns into it) makes it give up on the whole page ("no article
found"). :func:`drop_markup_controls` removes them, raw and as character references, so the
paragraph is kept without them (a form feed, white space in HTML, becomes a space). Other
control characters (DEL, C1) are XML characters: the extraction cleans them with the rest of
the page's text. (A NUL is dropped from every decoded text, :mod:`.encoding`.)
"""

from __future__ import annotations

import re

# The C0 controls but tab, newline and carriage return, written raw.
_RAW = re.compile("[\x01-\x08\x0b\x0e-\x1f]")
# The same, and NUL, written as a decimal or hexadecimal character reference (leading
# zeros allowed, the semicolon optional as browsers take it).
_REFERENCE = re.compile(
    r"&#(?:0*(?:[0-8]|11|1[4-9]|2[0-9]|3[01])(?![0-9])|[xX]0*(?:[0-8bBeE]|1[0-9a-fA-F])"
    r"(?![0-9a-fA-F]));?"
)
# A form feed, raw or as a reference: white space in HTML.
_FORM_FEED = re.compile(r"\x0c|&#(?:0*12(?![0-9])|[xX]0*[cC](?![0-9a-fA-F]));?")


def drop_markup_controls(text: str) -> str:
    """``text`` (HTML) without the C0 controls XML cannot hold, raw or as references."""
    if _REFERENCE.search(text) or _FORM_FEED.search(text):
        text = _FORM_FEED.sub(" ", _REFERENCE.sub("", text))
    if _RAW.search(text):
        text = _RAW.sub("", text)
    return text
