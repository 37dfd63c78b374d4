"""Wrapping plain text to the width it is read at: the terminal's, else 80 columns.

Words are never broken (a URL or "6-4, 7-6 (5)" stays whole, even past the width) and a hyphen
is no break point. Every line but blank ones keeps its indent.
"""

from __future__ import annotations

import shutil
import textwrap

__all__ = ["DEFAULT_WIDTH", "MIN_WIDTH", "text_width", "wrap"]

#: The width of text written where no terminal says its own (a pipe, a file): the classic 80.
DEFAULT_WIDTH = 80
#: Narrower than this, a wrapped line holds two or three words: text is wrapped at this width.
MIN_WIDTH = 30


def text_width(width: int | None = None) -> int:
    """``width``, else the terminal's (``COLUMNS`` first), else :data:`DEFAULT_WIDTH`; never
    under :data:`MIN_WIDTH`."""
    if width is None:
        width = shutil.get_terminal_size((DEFAULT_WIDTH, 24)).columns or DEFAULT_WIDTH
    return max(MIN_WIDTH, width)


def wrap(text: str, width: int, indent: str = "", hang: str | None = None) -> list[str]:
    """``text`` as lines of at most ``width`` characters (a longer word stands alone), the
    first after ``indent``, the rest after ``hang`` (``indent`` when not given)."""
    lines = textwrap.wrap(
        text,
        width=width,
        initial_indent=indent,
        subsequent_indent=indent if hang is None else hang,
        break_long_words=False,
        break_on_hyphens=False,
    )
    return lines or [indent.rstrip()]
