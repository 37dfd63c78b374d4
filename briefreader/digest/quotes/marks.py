"""Pass 1: the quotation marks of an article, paired into quotes.

Straight ``"``, curly ``“ ”``, guillemets ``« »`` and low-high ``„ “`` marks are paired in each
paragraph, following a quote that runs over several paragraphs (the news convention: an unclosed
paragraph, the next one reopens with a mark). An article in single marks (``‘ ’``, as some
British papers print speech) and without double ones can be read through a copy where those
marks are double (:func:`single_quote_view`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from briefreader.digest.quotes.words import CLOSERS, MARKS, OPENERS
from briefreader.lexicon.marks import SINGLE_CLOSE, SINGLE_OPEN, WHITESPACE
from briefreader.model import Article, SpeakerFound

MARK_RE = re.compile(f"[{MARKS}]")
"""Any double quotation mark."""
# Characters after which a mark opens a quote, and before which it closes one.
_OPEN_CONTEXT = WHITESPACE + "([{\u2014\u2013-/:\u2026"
_CLOSE_CONTEXT = WHITESPACE + ",.;:!?)]}\u2014\u2013-\u2026"
# Characters before or after a single ’ that make it a closing mark, not an apostrophe.
_SINGLE_CLOSE_BEFORE = ",.!?\u2026\u2014\u2013-"
_SINGLE_CLOSE_AFTER = ",.;:!?)\u2026"
#: A single-quoted span this long (in words) is speech, not a scare-quoted word or a title.
_SINGLE_QUOTE_SPEECH_WORDS = 4

FULL_QUOTE_WORDS = 5
"""A quote of this many words or more is ``"full"``; shorter ones are ``"fragment"``."""
WORD_RE = re.compile(r"\w+(?:['\u2019\-]\w+)*")
"""A word of a quote, for counting and comparing quotes ("don't" and "Jong-un" are one)."""


@dataclass(slots=True)
class Raw:
    """A quotation found in a paragraph: mark offsets, inner text offsets, and its speaker."""

    paragraph: int
    open_mark: int
    close_mark: int  # index of the closing mark, or len(paragraph) when unclosed
    start: int
    end: int
    closed: bool
    chain_prev: Raw | None = None  # the part in the previous paragraph this quote continues
    labelled: bool = False  # opens with a transcript's speaker label ("LEE: ...")
    speaker: str | None = None
    found: SpeakerFound | None = None  # how the speaker was found
    frame_has_verb: bool = False  # its sentence has a speech verb, found speaker or not
    listeners: set[str] = field(default_factory=set)  # who was told ("told reporters")


def word_count(text: str) -> int:
    """How many words ``text`` holds."""
    return len(WORD_RE.findall(text))


def opens_paragraph(para: str, q: Raw) -> bool:
    """Does the quote's opening mark start the paragraph (white space aside)?"""
    return q.open_mark == len(para) - len(para.lstrip(WHITESPACE))


def find_marks(paras: tuple[str, ...]) -> list[list[Raw]]:
    """The quotes of each paragraph, in order, the parts of a multi-paragraph quote chained.

    A quote left open at the end of a paragraph is kept only when the next paragraph opens with
    a mark (it goes on there); empty quotes are dropped.
    """
    per_para: list[list[Raw]] = []
    prev_unclosed: Raw | None = None
    for p, para in enumerate(paras):
        kept: list[Raw] = []
        for q in _pair_marks(p, para):
            _trim(para, q)
            if q.start >= q.end:
                continue
            kept.append(q)
        if prev_unclosed is not None and kept and opens_paragraph(para, kept[0]):
            kept[0].chain_prev = prev_unclosed
        prev_unclosed = None
        if kept and not kept[-1].closed:
            nxt = paras[p + 1] if p + 1 < len(paras) else ""
            if _starts_with_mark(nxt):
                prev_unclosed = kept[-1]
            else:
                kept.pop()
        per_para.append(kept)
    return per_para


# After one of these the next opening mark starts a new quote, not one inside the open one.
_SENTENCE_END_MARKS = ".!?\u2026"


def _pair_marks(p: int, para: str) -> list[Raw]:
    """Pair the quotation marks of one paragraph (the last quote may stay unclosed)."""
    out: list[Raw] = []
    open_at = -1
    open_char = ""
    nested = 0  # quotes open inside the open one ("She told me, “I will,” and left,”)
    n = len(para)
    for m in MARK_RE.finditer(para):
        i = m.start()
        c = para[i]
        left_space = i == 0 or para[i - 1] in _OPEN_CONTEXT
        right_space = i + 1 >= n or para[i + 1] in _CLOSE_CONTEXT
        if open_at < 0:
            if _opens(c, left_space, right_space, first=not out and i == 0):
                open_at, open_char = i, c
            continue
        if c == "\u201c" == open_char and i == open_at + 1:
            open_at = i  # an opening mark typed twice ("\u201c\u201cCrime ...\u201d"): one
            continue
        # A quote is open: does this mark close it?
        if _closes(c, open_char, left_space, right_space):
            if nested:
                nested -= 1  # the inner quote closes; the outer one goes on
                continue
            out.append(Raw(p, open_at, i, open_at + 1, i, True))
            open_at = -1
        elif c == "\u201c" and _nests_in(para, open_char, open_at, i, nested):
            nested += 1
        else:
            open_at, open_char = i, c
    if open_at >= 0:
        out.append(Raw(p, open_at, n, open_at + 1, n, False))
    return out


def _nests_in(para: str, open_char: str, open_at: int, i: int, nested: int) -> bool:
    """Does the “ at ``i`` open a quote inside the one open since ``open_at`` (with
    ``open_char``)? Inside a straight-quoted passage, a curly pair is a quote within it
    ('"The office isn't about “fair rules” any more.'), when its closer follows."""
    if open_char == '"':
        return para.count("\u201d", i) >= nested + 1
    return open_char == "\u201c" and _nests(para, open_at, i, nested)


def _nests(para: str, open_at: int, i: int, nested: int) -> bool:
    """Does the “ at ``i`` open a quote inside the one open since ``open_at``: mid-sentence
    (after "told me," rather than after a full stop) and with closers enough left for both?"""
    before = para[open_at + 1 : i].rstrip(WHITESPACE)
    if not before or before[-1] in _SENTENCE_END_MARKS:
        return False
    return para.count("\u201d", i) >= nested + 2


def _opens(c: str, left_space: bool, right_space: bool, first: bool) -> bool:
    """Does mark ``c`` open a quote when none is open?"""
    if c in OPENERS:
        return True
    if c in CLOSERS:
        return left_space and not right_space
    # A straight quote opens unless it plainly closes (an inch mark "5'11"").
    return not (right_space and not left_space) or first


def _closes(c: str, open_char: str, left_space: bool, right_space: bool) -> bool:
    """Does mark ``c`` close the quote opened by ``open_char``?"""
    closes = False
    if c in CLOSERS or c == '"':
        closes = True
    elif c == "\u201c":
        # „…“ (German) closes with “; a “ glued to the text before it is a wrong-way closer.
        closes = open_char == "\u201e" or not left_space
    elif c == "\u00ab":
        closes = open_char == "\u00bb"
    if c == '"' and open_char in OPENERS and left_space and not right_space:
        closes = False
    return closes


def _trim(para: str, q: Raw) -> None:
    """Drop white space inside the marks, and the comma that ends a quote before "he said"."""
    while q.start < q.end and para[q.start] in WHITESPACE:
        q.start += 1
    while q.end > q.start and para[q.end - 1] in WHITESPACE + ",;":
        q.end -= 1


def _starts_with_mark(para: str) -> bool:
    s = para.lstrip(WHITESPACE)
    return bool(s) and s[0] in MARKS


def blank_quotes(para: str, raws: list[Raw], fill: str = " ") -> str:
    """``para`` with every quotation (marks included) replaced by ``fill`` characters (spaces
    unless told), offsets kept."""
    if not raws:
        return para
    pieces: list[str] = []
    pos = 0
    for q in sorted(raws, key=lambda raw: raw.open_mark):
        lo, hi = max(q.open_mark, pos), min(q.close_mark + 1, len(para))
        if hi > lo:
            pieces.append(para[pos:lo])
            pieces.append(fill * (hi - lo))
            pos = hi
    pieces.append(para[pos:])
    return "".join(pieces)


def strip_quotes(para: str, quotes: list[Raw]) -> str:
    """``para`` without its quotations (marks included): the text around them."""
    parts: list[str] = []
    last = 0
    for q in quotes:
        parts.append(para[last : q.open_mark])
        last = q.close_mark + 1
    parts.append(para[last:])
    return "".join(parts)


# --- marks typed as two apostrophes ------------------------------------------------------------

# A closing mark typed as two apostrophes after a real opening one (“question\u2019\u2019), and
# the same-length text that reads as a closing mark (the space before it is trimmed off).
_DOUBLED_CLOSE = "\u2019\u2019"
_DOUBLED_CLOSE_AS = " \u201d"


def doubled_marks_view(article: Article) -> Article | None:
    """``article`` with closing marks typed as two apostrophes made real closing marks, when a
    paragraph opens a quote with “ and closes it so (same length, so every span holds)."""
    paragraphs = article.paragraphs
    if not any(_DOUBLED_CLOSE in para and "\u201c" in para for para in paragraphs):
        return None
    converted = tuple(
        para.replace(_DOUBLED_CLOSE, _DOUBLED_CLOSE_AS) if "\u201c" in para else para
        for para in paragraphs
    )
    return replace(article, paragraphs=converted)


# --- British single marks ---------------------------------------------------------------------


def single_quote_view(article: Article) -> Article | None:
    """``article`` with its single quotation marks made double, when it quotes that way.

    Only for an article with no double quotation marks at all and at least one single-quoted
    span of :data:`_SINGLE_QUOTE_SPEECH_WORDS` words or more. An opening ‘ starts a word; the
    ’ that closes it follows or precedes punctuation, or ends the paragraph, so that the
    apostrophes of "don’t" and "the officials’ decision" are left alone. The copy has the same
    length, so every span found in it holds in ``article``.
    """
    paragraphs = article.paragraphs
    if any(MARK_RE.search(para) for para in paragraphs):
        return None
    if not any(SINGLE_OPEN in para for para in paragraphs):
        return None
    converted: list[str] = []
    speech = False
    for para in paragraphs:
        text, has_speech = _double_single_marks(para)
        converted.append(text)
        speech = speech or has_speech
    if not speech:
        return None
    return replace(article, paragraphs=tuple(converted))


def _double_single_marks(para: str) -> tuple[str, bool]:
    """``para`` with its single-quoted spans in double marks; does one of them read as speech?"""
    chars = list(para)
    speech = False
    open_at = -1
    n = len(para)
    for i, c in enumerate(para):
        if c == SINGLE_OPEN and (i == 0 or para[i - 1] in _OPEN_CONTEXT):
            if i + 1 < n and para[i + 1] not in WHITESPACE:
                open_at = i
        elif c == SINGLE_CLOSE and open_at >= 0:
            after = para[i + 1] if i + 1 < n else ""
            if after.isalnum():
                continue  # an apostrophe inside a word
            before = para[i - 1]
            if before in _SINGLE_CLOSE_BEFORE or after in _SINGLE_CLOSE_AFTER or not after:
                chars[open_at], chars[i] = "\u201c", "\u201d"
                if len(para[open_at + 1 : i].split()) >= _SINGLE_QUOTE_SPEECH_WORDS:
                    speech = True
                open_at = -1
    return "".join(chars), speech
