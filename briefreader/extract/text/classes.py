"""jusText's classes: each block good, near-good, short or bad, then short and near-good ones
following their neighbours. The classifier uses both the first and the final classes."""

from __future__ import annotations

import re

from briefreader.extract.text.blocks import Block, BlockClass
from briefreader.extract.text.patterns import EMAIL, SENTENCE_END, URL

# jusText's defaults, tuned for text dumps (no link density available).
#: A block shorter than this (characters) is short: too little to judge alone.
LENGTH_LOW = 70
#: A block this long is long enough to be prose by itself.
LENGTH_HIGH = 200
#: A block with a lower share of stopwords is bad ...
STOPWORDS_LOW = 0.30
#: ... and one with at least this share is near-good, or good when long or ended like a sentence.
STOPWORDS_HIGH = 0.32

# The dump's own boilerplate cues (jusText reads link density, which a dump has lost).
#: A line holding a URL and fewer words than this is a link, not text.
LINK_WORDS = 15
#: A short line printed more often than this on the page is a menu or a label.
BOILERPLATE_REPEATS = 2
#: A line with this many "|" or "›" separators is a menu or a breadcrumb trail.
MENU_SEPARATORS = 2
#: With stopwords enough, a line this much over ``LENGTH_LOW`` and ended like a sentence is good.
PROSE_MARGIN = 10

_SENTENCE_STOP = re.compile(r"[.!?。！？](?:\s|$)")


def classify(blocks: list[Block], has_stopwords: bool) -> None:
    """jusText's context-free classification, with the dump's own boilerplate cues."""
    for block in blocks:
        text = block.text
        if (
            block.form
            or (block.bullet and block.length < LENGTH_HIGH)
            or EMAIL.search(text)
            or (URL.search(text) and block.word_count < LINK_WORDS)
            or block.repeats > BOILERPLATE_REPEATS
            and block.length < LENGTH_HIGH
            or text.count("|") >= MENU_SEPARATORS
            or text.count("›") >= MENU_SEPARATORS
        ):
            block.cls = "bad"
        elif block.length < LENGTH_LOW:
            block.cls = "short"
        elif not has_stopwords:
            # No stoplist for this language: judge by length and sentence punctuation.
            sentences = len(_SENTENCE_STOP.findall(text))
            block.cls = "good" if block.length >= LENGTH_HIGH or sentences >= 1 else "near-good"
        elif block.stop_density >= STOPWORDS_HIGH:
            prose = block.length > LENGTH_HIGH or (
                block.length >= LENGTH_LOW + PROSE_MARGIN and SENTENCE_END.search(text)
            )
            block.cls = "good" if prose else "near-good"
        elif block.stop_density >= STOPWORDS_LOW:
            block.cls = "near-good"
        else:
            block.cls = "bad"
        # A long line that ends like a sentence is prose even with few stopwords.
        if block.cls == "bad" and not block.bullet and not block.form and block.repeats <= 1:
            if block.length >= LENGTH_HIGH and SENTENCE_END.search(text):
                block.cls = "near-good"


def apply_context(blocks: list[Block]) -> None:
    """jusText's context-sensitive pass: short and near-good blocks follow their neighbours."""
    initial = [b.cls for b in blocks]
    n = len(blocks)

    def neighbour(i: int, step: int, ignore_near_good: bool) -> BlockClass:
        j = i + step
        while 0 <= j < n:
            cls = initial[j]
            if cls in ("good", "bad"):
                return cls
            if cls == "near-good" and not ignore_near_good:
                return cls
            j += step
        return "bad"

    for i, block in enumerate(blocks):
        if initial[i] != "short":
            continue
        prev_cls = neighbour(i, -1, True)
        next_cls = neighbour(i, 1, True)
        if prev_cls == next_cls == "good":
            block.cls = "good"
        elif prev_cls == next_cls == "bad":
            block.cls = "bad"
        elif (prev_cls == "bad" and neighbour(i, -1, False) == "near-good") or (
            next_cls == "bad" and neighbour(i, 1, False) == "near-good"
        ):
            block.cls = "good"
        else:
            block.cls = "bad"
    for i, block in enumerate(blocks):
        if initial[i] != "near-good":
            continue
        prev_cls = neighbour(i, -1, True)
        next_cls = neighbour(i, 1, True)
        block.cls = "bad" if prev_cls == next_cls == "bad" else "good"
