"""Blocks: the dump split into paragraph-sized lines, each with its jusText-style line features.

A hard-wrapped dump (``w3m -dump`` at 80 columns) is rejoined into paragraphs first. Each block
records its length, words, stopword density in the page's language, list bullet, form widget
(the dump's trace of navigation links), and how often it, or its shape, stands on the page.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass
from typing import Literal
from unicodedata import east_asian_width

from briefreader.extract.clean import normalise_space
from briefreader.extract.language import iter_words
from briefreader.extract.text.patterns import BULLET

#: jusText's classes of a block: article text, probably text, too short to tell, boilerplate.
BlockClass = Literal["good", "near-good", "short", "bad"]

#: A form widget ("[____]", "[IMG]") or a bracketed link label ending a line ("[Sign Up]"),
#: but not a footnote reference ending a sentence ("... in 1998.^[13]", "... in 1998.[13]").
_FORM = re.compile(
    r"\[[ _]{3,}\]|\[\s*(?:INS::INS|IMG|image|img)\s*\]"
    r"|(?<!\^)\[(?!\d+\]$)[^\]\s]{1,40}\]$|^\[[^\]]*\]$"
)
_DIGITS = re.compile(r"\d+")
#: Korean's Hangul syllables, jamo and compatibility jamo: wide, but words are spaced.
_HANGUL = (("\uac00", "\ud7af"), ("\u1100", "\u11ff"), ("\u3130", "\u318f"))

#: A dump with fewer non-empty lines than this is never taken for hard-wrapped.
WRAP_MIN_LINES = 20
#: A dump whose longest line is longer than this was not wrapped at a fixed width.
WRAP_MAX_WIDTH = 200
#: A line within this many characters of the longest one stops at the wrap width ...
WRAP_SLACK = 12
#: ... and a dump is hard-wrapped when at least this share of its lines does.
WRAP_SHARE = 0.2
#: ... or (a page of many short menu lines) when at least ``WRAP_MIN_NEAR`` lines and this
#: share of its long lines (at least ``WRAP_LONG`` of the longest) stop there.
WRAP_LONG_SHARE = 0.4
WRAP_LONG = 0.5
WRAP_MIN_NEAR = 5
#: ... or when at least ``WRAP_MIN_NEAR`` lines stop there and this share of them run on
#: into a next line whose first word would not have fitted (a short page's few paragraphs,
#: wrapped, amid many menu lines).
WRAP_CONTINUED_SHARE = 0.5
#: Up to this share of a dump's lines (at least one) may stand past its wrap width: an
#: unbreakable URL or a wide table row that the dumper could not wrap.
WRAP_OUTLIER_SHARE = 0.03
#: A wrap width is reached (within ``WRAP_FIT_SLACK`` columns) by at least this many lines.
WRAP_MIN_AT_EDGE = 2
#: In a hard-wrapped dump a line ends its paragraph when the next line's first word would
#: have fitted on it with this many columns to spare (dumpers keep a column or two free).
WRAP_FIT_SLACK = 3


@dataclass(slots=True)
class Block:
    """One paragraph-sized line of the dump with its features and class (slots: a dump of a
    million one-word lines is a million blocks). A block does not keep its position: code
    that needs it walks positions of the list (a million more numbers would take 36 MB)."""

    text: str
    indent: int
    bullet: bool
    form: bool
    stop_density: float
    word_count: int
    repeats: int
    cls: BlockClass = "bad"
    prob: float = 0.0
    #: How often the line's shape (digits masked) stands on the page: "Rating: 36 Votes".
    shape_repeats: int = 1
    #: Part of a list that a sentence of the text introduces (see classifier.introduce_lists).
    listed: bool = False

    @property
    def length(self) -> int:
        """The length of the block's text (measured when asked: one slot fewer per block)."""
        return len(self.text)


def split_blocks(text: str) -> list[tuple[str, int]]:
    """Split the dump into (text, indent) blocks, rejoining hard-wrapped paragraphs.

    A line that stands many times on the page ("Share", or a dump of one-word paragraphs)
    is one string shared by its blocks, and so is each (text, indent) pair."""
    lines = text.split("\n")
    width = _wrap_width(lines)
    if width is None:
        return _unwrapped_blocks(lines)
    out: list[tuple[str, int]] = []
    shared: dict[tuple[str, int], tuple[str, int]] = {}

    def emit(parts: list[str], indent: int) -> None:
        pair = (normalise_space(_rejoin(parts)), indent)
        out.append(shared.setdefault(pair, pair))

    pending: list[str] = []
    pending_indent = 0
    last_width = 0
    for raw in lines:
        stripped = raw.strip()
        indent = len(raw) - len(raw.lstrip())
        if not stripped:
            if pending:
                emit(pending, pending_indent)
                pending = []
            continue
        # A line was wrapped when the next line's first word would not have fitted on it.
        first_word = stripped.split(None, 1)[0]
        if pending and (
            BULLET.match(stripped) or last_width + 1 + _width(first_word) < width - WRAP_FIT_SLACK
        ):
            emit(pending, pending_indent)
            pending = []
        if not pending:
            pending_indent = indent
        pending.append(stripped)
        last_width = _width(raw.rstrip())
    if pending:
        emit(pending, pending_indent)
    return out


def _rejoin(parts: list[str]) -> str:
    """The lines of a hard-wrapped paragraph joined again: with a space, but none between
    two characters of a script written without spaces (a dumper cuts Chinese or Japanese
    anywhere, and "随 着" is not "随着")."""
    if len(parts) == 1:
        return parts[0]
    out = [parts[0]]
    for part in parts[1:]:
        if not (_unspaced(out[-1][-1]) and _unspaced(part[0])):
            out.append(" ")
        out.append(part)
    return "".join(out)


def _unspaced(ch: str) -> bool:
    """Whether a dumper may have cut a line at ``ch`` with no space there: a wide character
    (Chinese, Japanese, their full-width punctuation) but Korean's Hangul, which spaces its
    words. Thai, Lao, Khmer and Myanmar are written without spaces between words too, but
    dumpers wrap them only at the spaces between phrases, so their lines rejoin with one."""
    if ch.isascii() or east_asian_width(ch) not in "WF":
        return False
    return not any(low <= ch <= high for low, high in _HANGUL)


def _unwrapped_blocks(lines: list[str]) -> list[tuple[str, int]]:
    """The (text, indent) block of each non-empty line of a dump that is not hard-wrapped,
    each line of the same text and indent one shared pair (``lines`` is emptied as it goes:
    a page of many short lines would hold each line twice)."""
    out: list[tuple[str, int]] = []
    shared: dict[tuple[str, int], tuple[str, int]] = {}
    lines.reverse()
    while lines:
        raw = lines.pop()
        stripped = raw.strip()
        if stripped:
            pair = (normalise_space(stripped), len(raw) - len(raw.lstrip()))
            out.append(shared.setdefault(pair, pair))
    return out


def _width(line: str) -> int:
    """The columns ``line`` takes in a terminal dump (wide East Asian characters take two)."""
    if line.isascii():
        return len(line)
    return sum(2 if east_asian_width(ch) in "WF" else 1 for ch in line)


def _wrap_width(lines: list[str]) -> int | None:
    """The width a dump was hard-wrapped at (as in an 80-column dump: its long lines all stop
    near one width), or ``None`` when it was not. A few lines may stand out past the width
    (an unbreakable URL, a wide table row): up to ``WRAP_OUTLIER_SHARE`` of the lines."""
    if any(len(line) > WRAP_MAX_WIDTH for line in lines):
        return None  # a line this long was not wrapped (and wide characters only widen it)
    widths = sorted(_width(line.rstrip()) for line in lines if line.strip())
    if len(widths) < WRAP_MIN_LINES or widths[-1] > WRAP_MAX_WIDTH:
        return None
    outliers = max(1, int(WRAP_OUTLIER_SHARE * len(widths)))
    candidates = []
    for longest in reversed(widths[-outliers - 1 :]):
        top = bisect_right(widths, longest)
        # A wrap width is one lines stop at: a lone line there is an outlier (lynx's 80
        # columns once, its paragraphs at 76).
        at_edge = top - bisect_left(widths, longest - WRAP_FIT_SLACK)
        if at_edge >= WRAP_MIN_AT_EDGE and longest not in candidates:
            candidates.append(longest)
    for longest in candidates:
        top = bisect_right(widths, longest)
        near_max = top - bisect_left(widths, longest - WRAP_SLACK)
        long_lines = top - bisect_left(widths, WRAP_LONG * longest)
        if near_max >= WRAP_SHARE * len(widths) or (
            near_max >= WRAP_MIN_NEAR and near_max >= WRAP_LONG_SHARE * long_lines
        ):
            return longest
    if not candidates:
        return None
    # Last, the run-on lines at the widest candidate (one pass over the lines).
    longest = candidates[0]
    top = bisect_right(widths, longest)
    near_max = top - bisect_left(widths, longest - WRAP_SLACK)
    if near_max >= WRAP_MIN_NEAR and _run_on(lines, longest) >= WRAP_CONTINUED_SHARE * near_max:
        return longest
    return None


def _run_on(lines: list[str], width: int) -> int:
    """How many lines stopping within ``WRAP_SLACK`` of ``width`` run on into the next line:
    it is not blank, no list item, and its first word would not have fitted after them."""
    count = 0
    last = 0  # the width of the previous line when it stopped near ``width``, else 0
    for raw in lines:
        stripped = raw.strip()
        if last and stripped and not BULLET.match(stripped):
            first_word = stripped.split(None, 1)[0]
            count += last + 1 + _width(first_word) >= width - WRAP_FIT_SLACK
        line_width = _width(raw.rstrip()) if stripped else 0
        last = line_width if width - WRAP_SLACK <= line_width <= width else 0
    return count


def make_blocks(blocks_text: list[tuple[str, int]], stopwords: frozenset[str]) -> list[Block]:
    """The :class:`Block` of each (text, indent) pair, with its line features."""
    counts = Counter(text.lower() for text, _ in blocks_text)
    shapes = Counter(line_shape(text) for text, _ in blocks_text)
    blocks = []
    for text, indent in blocks_text:
        word_count = stop_count = 0
        for token in iter_words(text):  # counted, not listed: a line may be huge
            word_count += 1
            stop_count += token in stopwords
        stop = _density(stop_count, word_count)
        bullet = bool(BULLET.match(text))
        body = BULLET.sub("", text, count=1) if bullet else text
        blocks.append(
            Block(
                text=body,
                indent=indent,
                bullet=bullet,
                form=bool(_FORM.search(text)),
                stop_density=stop,
                word_count=word_count,
                repeats=counts[text.lower()],
                shape_repeats=shapes[line_shape(text)],
            )
        )
    return blocks


def _density(stop_count: int, word_count: int) -> float:
    """``stop_count / word_count`` (0.0 for no words), the two common values one shared
    float each rather than a new one per block."""
    if stop_count == 0 or word_count == 0:
        return 0.0
    if stop_count == word_count:
        return 1.0
    return stop_count / word_count


def line_shape(text: str) -> str:
    """The line with its numbers masked: templated lines (dates, counts) share one shape."""
    return _DIGITS.sub("0", text.lower())
