"""Quotation marks in a sentence that may be a fact: how much of it is quoted, whether its
marks pair up, and which sentences one quotation runs over. Double marks (straight, curly,
„German“, «guillemets») and single ones (‘British’ and straight), told from apostrophes by where
they stand.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefreader.lexicon.marks import DOUBLE_CLOSERS, DOUBLE_OPENERS, STRAIGHT_DOUBLE
from briefreader.lexicon.speech import SPEECH_VERBS

__all__ = ["CLOSING_QUOTES", "OPENING_QUOTES", "balanced", "join_open_quotes", "quoted_share"]

_CURLY_OPENERS = "".join(m for m in DOUBLE_OPENERS if m not in STRAIGHT_DOUBLE)
_CURLY_CLOSERS = "".join(m for m in DOUBLE_CLOSERS if m not in STRAIGHT_DOUBLE)
OPENING_QUOTES = STRAIGHT_DOUBLE + DOUBLE_OPENERS
CLOSING_QUOTES = STRAIGHT_DOUBLE + DOUBLE_CLOSERS

_ANY_QUOTE_MARK = re.compile('["' + re.escape(OPENING_QUOTES + CLOSING_QUOTES) + "]")


# The reporter's clause that opens a quotation: 'Ada Olsen, the harbour master, said: "...',
# 'The agency explained, “...' (a capital first, then at most this many characters before the
# mark, a comma or colon just before it).
_REPORTED_OPENING = re.compile(
    r"([A-Z][^"
    + re.escape(OPENING_QUOTES + CLOSING_QUOTES)
    + r"]{0,120}?)[,:]\s*["
    + re.escape(OPENING_QUOTES)
    + r"]"
)
_WORDS = re.compile(r"[A-Za-z]+")


def join_open_quotes(
    text: str, spans: Sequence[tuple[int, int]], max_words: int
) -> list[tuple[int, int]]:
    """``spans`` (sentences of ``text``) with a quotation the reporter's clause opens ('Ada
    Olsen said: "The pier is safe. We reopen on Friday."') joined into one sentence with the
    sentences it runs over, up to the one that closes it, when together they have at most
    ``max_words`` words: the quotation then stands whole, its marks paired, with who said it.
    A quotation that closes in its own sentence, or runs on too long, is left as it is."""
    out: list[tuple[int, int]] = []
    k = 0
    while k < len(spans):
        start, end = spans[k]
        k += 1
        sentence = text[start:end]
        opening = _REPORTED_OPENING.match(sentence)
        if opening is not None and not balanced(sentence):
            clause = {w.lower() for w in _WORDS.findall(opening.group(1))}
            words = len(sentence.split())
            j = k
            while clause & SPEECH_VERBS and j < len(spans) and words <= max_words:
                words += len(text[spans[j][0] : spans[j][1]].split())
                j += 1
                if balanced(text[start : spans[j - 1][1]]):
                    if words <= max_words:
                        end, k = spans[j - 1][1], j
                    break
        out.append((start, end))
    return out


# A straight mark that looks closing but stands within this many characters of the sentence's
# start opens the sentence's own quotation; further in, the quotation began in an earlier one.
_OPENING_MARK_ZONE = 2


def quoted_share(
    text: str, start: int, end: int, quote_spans: Sequence[tuple[int, int]], first: int
) -> float:
    """Share of ``text[start:end]`` inside quotation marks (given spans or marks in the text).

    ``quote_spans`` are sorted by start and ``first`` is the first of them that may reach
    ``start``, so every sentence looks only at the quotes it overlaps.
    """
    length = max(1, end - start)
    covered = 0
    for qs, qe in quote_spans[first:]:
        if qs >= end:
            break
        lo, hi = max(qs, start), min(qe, end)
        if hi > lo:
            covered += hi - lo
    # Marks in the sentence itself, for quotes the quote finder did not report.
    if not _ANY_QUOTE_MARK.search(text, start, end):
        if not covered:
            return 0.0  # one float for every sentence without quotes, not one each
        return min(1.0, covered / length)
    own = 0
    inside = False
    seen_open = False
    mark = start
    for i in range(start, end):
        ch = text[i]
        if ch == '"' and not inside and _inch_mark(text, i):
            continue
        if ch == '"':
            # A straight mark closes when it follows a word and precedes a space or the end.
            closes = i > start and not text[i - 1].isspace()
            closes = closes and (i + 1 >= end or not text[i + 1].isalnum())
            if not inside and closes and not seen_open and i - start > _OPENING_MARK_ZONE:
                own += i - start  # the quotation began in an earlier sentence
            elif inside:
                own += i - mark
                inside = False
            else:
                inside, mark = True, i
            seen_open = True
        elif ch in OPENING_QUOTES and not inside:
            inside, mark, seen_open = True, i, True
        elif ch in CLOSING_QUOTES and inside:
            own += i - mark
            inside = False
        elif ch in CLOSING_QUOTES and not seen_open:
            own += i - start  # the quotation began in an earlier sentence
            seen_open = True
    if inside and text[start] in OPENING_QUOTES:
        own += end - mark  # the quotation runs on into the next sentence
    return min(1.0, max(covered, own) / length)


def balanced(text: str) -> bool:
    """Whether the double quotation marks of ``text`` pair up (a fact never opens a quote it
    does not close, nor closes one it did not open). Pages mix curly and straight marks
    (“We're On It"), so a straight mark may close a curly one; „German“ marks pair too."""
    open_marks: list[str] = []
    for i, ch in enumerate(text):
        if ch == '"' and not open_marks and _inch_mark(text, i):
            continue  # 'a 34" monitor'
        if ch == "\u201c" and open_marks[-1:] == ["\u201e"]:
            open_marks.pop()  # „German“: the high mark closes the low one
        elif ch in _CURLY_OPENERS:
            open_marks.append(ch)
        elif ch in _CURLY_CLOSERS or ch in STRAIGHT_DOUBLE and open_marks:
            if not open_marks:
                return False
            open_marks.pop()
        elif ch in STRAIGHT_DOUBLE:
            open_marks.append(ch)
    return not open_marks


def _inch_mark(text: str, i: int) -> bool:
    """Whether the straight double mark at ``text[i]``, with no quotation open, is a unit of
    length after a number ('a 65" screen', '34"x14"'): it follows a digit and no letter
    follows it. (Inside a quotation the same mark closes it: '"Plan 9" was dropped'.)"""
    return i > 0 and text[i - 1].isdigit() and (i + 1 >= len(text) or not text[i + 1].isalpha())
