"""The classifier's inputs: a vector of shallow features for each block and its neighbours
(boilerpipe-style), and the second stage's vector built on the first stage's probabilities.

The order of each vector is that of :data:`FEATURE_NAMES` and :data:`STAGE2_NAMES`, the keys of
the generated weights. The scales below put each feature near 0..1; the weights were trained on
them, so changing one means training again.
"""

from __future__ import annotations

import math
import re
from array import array
from collections import Counter
from collections.abc import Iterator, Sequence

from briefreader.extract.text.blocks import Block, BlockClass
from briefreader.extract.text.classes import STOPWORDS_HIGH
from briefreader.extract.text.patterns import EMAIL, IMAGE_MARKER, SENTENCE_END, TIME, URL
from briefreader.extract.text.region import main_region
from briefreader.extract.text.words import QUOTE_MARKS

FEATURE_NAMES = (
    "bias", "log_len", "words_le_3", "words_le_8", "stop", "stop_hi", "stop_x_known",
    "sent_end", "colon_end", "bullet", "form", "image", "email_url", "pipes", "digits",
    "upper", "commas", "repeats", "position", "log_indent", "known_lang",
    "prev_log_len", "prev_stop", "prev_bullet", "next_log_len", "next_stop", "next_bullet",
    "win_len", "win_stop", "win_bullet", "win_sent",
    "jt_good", "jt_near", "jt_short", "ctx_good",
    "caps", "sentences", "digit_hi", "numbered", "off_indent", "rel_len", "time",
    "prev2_log_len", "prev2_stop", "next2_log_len", "next2_stop", "quotes", "words_per_sent",
    "templated", "win_repeat",
)  # fmt: skip

STAGE2_NAMES = (
    "bias", "p", "logit", "win2", "win5", "prev_max", "next_max", "in_region",
    "edge_distance", "log_len", "short", "bullet", "form", "image", "email_url",
    "mass_before", "mass_after", "prev_p", "next_p", "repeats", "sent_end",
)  # fmt: skip

_SENTENCE_SPLIT = re.compile(r"[.!?。！？][\"”’»)]?\s+(?=\S)")
_NUMBERED = re.compile(r"^\(?\d{1,3}[.):]\s")
_TOKEN = re.compile(r"\S+")  # what str.split() splits off (the same white space)
#: A block of up to this many characters has its tokens listed (fast); a longer one (a huge
#: line) has them counted as they come.
_LIST_TOKENS_UP_TO = 10000

#: Lengths and indents enter as log1p(x) / this: a 1,100-character paragraph is about 1.
LOG_SCALE = 7.0
#: The window features average this many blocks on each side.
WINDOW = 4
#: The median block length (of "rel_len") is at least this, for pages of tiny lines.
MIN_MEDIAN_LENGTH = 10
#: A line of at most this many words is a label or a button ("words_le_3") ...
TINY_WORDS = 3
#: ... of at most this many a heading or a menu entry ("words_le_8", stage 2's "short").
SHORT_WORDS = 8
#: "pipes" counts separators up to this many.
MAX_PIPES = 3
#: "commas" is commas per word times this, up to 1 (one comma in five words is prose's 1).
COMMA_SCALE = 5
#: A line with a larger share of digits is a table row or a score ("digit_hi").
DIGIT_HEAVY = 0.25
#: "sentences" counts sentences up to this many.
MAX_SENTENCES = 5
#: "rel_len" is the log of length over the median, clipped to this either way.
MAX_RELATIVE_LOG = 3.0
#: "words_per_sent" counts words per sentence up to this many.
MAX_SENTENCE_WORDS = 40
#: A line whose shape stands more often than this on the page is templated ("Rating: 36").
TEMPLATE_SHAPES = 2
#: ... unless the line itself is repeated more often than this (a plain repeated line).
TEMPLATE_REPEATS = 2
#: Before and after the page, a neighbour looks like a list bullet: no length, no stopwords.
_EDGE = (0.0, 0.0, 1.0, 0.0, 0.0)

#: Stage 2's logit of p is taken with p clipped this far from 0 and 1 ...
LOGIT_CLIP = 1e-6
#: ... and divided by this.
LOGIT_SCALE = 10
#: Stage 2 averages the first-stage probabilities over these radii ("win2", "win5") ...
NEAR_RADIUS = 2
FAR_RADIUS = 5
#: ... and takes the highest over this many blocks before and after ("prev_max", "next_max").
MAX_REACH = 3
#: "edge_distance" counts blocks to the region's edge up to this many.
MAX_EDGE_DISTANCE = 10


def _own_features(block: Block) -> tuple[float, float, float, float, float]:
    """The features of a block that its neighbours' vectors hold too, in :data:`_EDGE`'s order."""
    return (
        math.log1p(block.length) / LOG_SCALE,
        block.stop_density,
        1.0 if block.bullet else 0.0,
        1.0 if SENTENCE_END.search(block.text) else 0.0,
        1.0 if block.repeats > 1 or block.shape_repeats > TEMPLATE_SHAPES else 0.0,
    )


class _Columns:
    """The running sums of each :func:`_own_features` column over the blocks, one packed
    array of doubles per feature (a page of a million lines holds them in 40 MB, not in a
    million tuples), which the window features average; a block's own features are
    measured again when asked for rather than kept."""

    def __init__(self, blocks: list[Block]) -> None:
        width = len(_EDGE)
        self.blocks = blocks
        self.n = len(blocks)
        self.prefix = [array("d", [0.0]) for _ in range(width)]
        for block in blocks:
            for k, value in enumerate(_own_features(block)):
                self.prefix[k].append(self.prefix[k][-1] + value)

    def at(self, i: int) -> tuple[float, ...]:
        """Block ``i``'s own features, :data:`_EDGE` before and after the page."""
        if 0 <= i < self.n:
            return _own_features(self.blocks[i])
        return _EDGE

    def window(self, i: int) -> list[float]:
        """The mean of each feature over the blocks within :data:`WINDOW` of block ``i``."""
        lo, hi = max(0, i - WINDOW), min(self.n, i + WINDOW + 1)
        count = hi - lo
        return [(column[hi] - column[lo]) / count for column in self.prefix]


def _capitalised_share(text: str) -> float:
    """The share of the white-space tokens of ``text`` that open with a capital letter
    (counted as they come when the text is long, not listed)."""
    if len(text) <= _LIST_TOKENS_UP_TO:
        tokens = text.split()
        return sum(1 for t in tokens if t[:1].isupper()) / max(1, len(tokens))
    count = capitals = 0
    for match in _TOKEN.finditer(text):
        count += 1
        capitals += match.group()[:1].isupper()
    return capitals / max(1, count)


def block_vectors(
    blocks: list[Block], known_language: bool, initial: list[BlockClass]
) -> list[list[float]]:
    """Shallow text features of each block and its neighbours (boilerpipe-style), for the
    line classifier. Order matches :data:`FEATURE_NAMES`."""
    return list(iter_block_vectors(blocks, known_language, initial))


def iter_block_vectors(
    blocks: list[Block], known_language: bool, initial: list[BlockClass]
) -> Iterator[list[float]]:
    """:func:`block_vectors` one block at a time (the classifier scores each as it comes,
    so a page of many lines never holds all its vectors at once)."""
    n = len(blocks)
    own = _Columns(blocks)
    indents = Counter(block.indent for block in blocks)
    modal_indent = indents.most_common(1)[0][0] if indents else 0
    lengths = sorted(block.length for block in blocks)
    median = max(MIN_MEDIAN_LENGTH, lengths[len(lengths) // 2]) if lengths else MIN_MEDIAN_LENGTH
    del lengths
    for i, block in enumerate(blocks):
        text = block.text
        length = max(1, block.length)
        win = own.window(i)
        this = own.at(i)
        prev, nxt, prev2, nxt2 = own.at(i - 1), own.at(i + 1), own.at(i - 2), own.at(i + 2)
        capitalised = _capitalised_share(text)
        sentences = len(_SENTENCE_SPLIT.findall(text)) + (1 if this[3] else 0)
        digits = sum(map(str.isdigit, text)) / length
        relative = math.log(max(1, block.length) / median)
        yield [
            1.0,
            this[0],
            1.0 if block.word_count <= TINY_WORDS else 0.0,
            1.0 if block.word_count <= SHORT_WORDS else 0.0,
            block.stop_density,
            1.0 if block.stop_density >= STOPWORDS_HIGH else 0.0,
            block.stop_density if known_language else 0.0,
            this[3],
            1.0 if text.endswith(":") else 0.0,
            this[2],
            1.0 if block.form else 0.0,
            1.0 if IMAGE_MARKER.match(text) else 0.0,
            1.0 if EMAIL.search(text) or URL.search(text) else 0.0,
            min(MAX_PIPES, text.count("|") + text.count("›")) / MAX_PIPES,
            digits,
            sum(map(str.isupper, text)) / length,
            min(1.0, text.count(",") / max(1, block.word_count) * COMMA_SCALE),
            1.0 if block.repeats > 1 else 0.0,
            i / max(1, n - 1),
            math.log1p(block.indent) / LOG_SCALE,
            1.0 if known_language else 0.0,
            prev[0],
            prev[1],
            prev[2],
            nxt[0],
            nxt[1],
            nxt[2],
            win[0],
            win[1],
            win[2],
            win[3],
            1.0 if initial[i] == "good" else 0.0,
            1.0 if initial[i] == "near-good" else 0.0,
            1.0 if initial[i] == "short" else 0.0,
            1.0 if block.cls == "good" else 0.0,
            capitalised,
            min(MAX_SENTENCES, sentences) / MAX_SENTENCES,
            1.0 if digits > DIGIT_HEAVY else 0.0,
            1.0 if _NUMBERED.match(text) else 0.0,
            1.0 if block.indent != modal_indent else 0.0,
            max(-MAX_RELATIVE_LOG, min(MAX_RELATIVE_LOG, relative)) / MAX_RELATIVE_LOG,
            1.0 if TIME.search(text) else 0.0,
            prev2[0],
            prev2[1],
            nxt2[0],
            nxt2[1],
            1.0 if any(q in text for q in QUOTE_MARKS) else 0.0,
            min(MAX_SENTENCE_WORDS, block.word_count / max(1, sentences)) / MAX_SENTENCE_WORDS,
            1.0
            if block.shape_repeats > TEMPLATE_SHAPES and block.repeats <= TEMPLATE_REPEATS
            else 0.0,
            win[4],
        ]


def stage2_vectors(blocks: list[Block], first: Sequence[float]) -> list[list[float]]:
    """Second-stage features: each block's first-stage probability and that of its
    surroundings, and whether it lies in the region those probabilities outline.

    Sets each block's ``prob`` to its first-stage probability (the region is found on them).
    """
    return list(iter_stage2_vectors(blocks, first))


def iter_stage2_vectors(blocks: list[Block], first: Sequence[float]) -> Iterator[list[float]]:
    """:func:`stage2_vectors` one block at a time; each block's ``prob`` is set (and the
    region found) at once, before the first vector."""
    prefix = array("d", [0.0])
    for p in first:
        prefix.append(prefix[-1] + p)
    for block, p in zip(blocks, first):
        block.prob = p
    region = main_region(blocks) or (0, 0)
    # Share of the page's probable article text (probability x length) before each block.
    mass = array("d", [0.0])
    for block, p in zip(blocks, first):
        mass.append(mass[-1] + p * block.length)
    return _stage2_rows(blocks, first, prefix, region, mass)


def _stage2_rows(
    blocks: list[Block],
    first: Sequence[float],
    prefix: array[float],
    region: tuple[int, int],
    mass: array[float],
) -> Iterator[list[float]]:
    """The vectors of :func:`iter_stage2_vectors`, from its running sums of the first-stage
    probabilities (``prefix``) and of the probable text (``mass``)."""
    n = len(blocks)
    total = mass[-1] or 1.0
    for i, block in enumerate(blocks):
        p = first[i]

        def mean(radius: int, i: int = i) -> float:
            lo, hi = max(0, i - radius), min(n, i + radius + 1)
            return (prefix[hi] - prefix[lo]) / (hi - lo)

        inside = region[0] <= i < region[1]
        edge = min(abs(i - region[0]), abs(i - (region[1] - 1))) if region[1] else n
        yield [
            1.0,
            p,
            math.log(max(p, LOGIT_CLIP) / max(1 - p, LOGIT_CLIP)) / LOGIT_SCALE,
            mean(NEAR_RADIUS),
            mean(FAR_RADIUS),
            max(first[max(0, i - MAX_REACH) : i], default=0.0),
            max(first[i + 1 : i + 1 + MAX_REACH], default=0.0),
            1.0 if inside else 0.0,
            (1.0 if inside else -1.0) * min(edge, MAX_EDGE_DISTANCE) / MAX_EDGE_DISTANCE,
            math.log1p(block.length) / LOG_SCALE,
            1.0 if block.word_count <= SHORT_WORDS else 0.0,
            1.0 if block.bullet else 0.0,
            1.0 if block.form else 0.0,
            1.0 if IMAGE_MARKER.match(block.text) else 0.0,
            1.0 if EMAIL.search(block.text) or URL.search(block.text) else 0.0,
            mass[i] / total,
            (total - mass[i + 1]) / total,
            first[i - 1] if i > 0 else 0.0,
            first[i + 1] if i + 1 < n else 0.0,
            1.0 if block.repeats > 1 else 0.0,
            1.0 if SENTENCE_END.search(block.text) else 0.0,
        ]
