"""Quotation marks and white space: strings of characters, for ``in`` tests and regex classes."""

from __future__ import annotations

#: White space, including the no-break, thin and ideographic spaces of web pages.
WHITESPACE = " \t\n\r\f\v\u00a0\u2009\u202f\u3000"
#: The straight double mark, which both opens and closes a quote.
STRAIGHT_DOUBLE = '"'
#: Double marks that open a quote: “ „ «.
DOUBLE_OPENERS = "\u201c\u201e\u00ab"
#: The reversed high opener ‟, rare: only the quote finder counts it as an opener.
REVERSED_OPENER = "\u201f"
#: Double marks that close a quote: ” ».
DOUBLE_CLOSERS = "\u201d\u00bb"
#: The single marks of an article quoted the British way: ‘ opens, ’ closes (or is an apostrophe).
SINGLE_OPEN = "\u2018"
SINGLE_CLOSE = "\u2019"
