"""The main region: the article is one dense stretch of blocks.

It is the best-scoring contiguous run of blocks (each adds its length times ``prob - 0.5``),
which keeps related headlines, comments and footers outside. It grows over adjacent prose (a
long paragraph may lie a few short share lines away) and ends where dated records (comments:
"2 days ago at 07:52 am") begin. A page with no likely stretch (mostly a table) falls back to
the stretch around its best prose.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from briefreader.extract.text.blocks import Block, BlockClass, line_shape
from briefreader.extract.text.classes import LENGTH_LOW
from briefreader.extract.text.patterns import EMAIL, IMAGE_MARKER, TIME
from briefreader.extract.text.words import has_date

#: Inside the main region, a block is kept from this probability up.
REGION_PROBABILITY = 0.3
#: The main region gains a block's length times ``prob - REGION_CENTRE``.
REGION_CENTRE = 0.5
#: A region must gain at least a quarter of a short line's length to be the article.
MIN_REGION_GAIN = LENGTH_LOW / 4
#: With no likely region, prose this probable still anchors one (see fallback_region) ...
FALLBACK_PROBABILITY = 0.2
#: ... whose blocks are judged against the best prose's probability divided by this.
FALLBACK_DIVISOR = 2
#: Growing the region, step over at most this many non-prose blocks ...
EXTEND_SKIP = 1
#: ... or over at most this many short lines to reach a long paragraph of prose: one this
#: long (characters) that jusText calls good.
STRONG_SKIP = 3
STRONG_LENGTH = 200
#: A template line seen this often in the region starts a run of records (comments) ...
RECORD_REPEATS = 3
#: ... once the article has had this much text (characters) before it.
RECORD_MIN_TEXT = 400
#: Even a one-word line weighs this much (in characters) when choosing the main region.
MIN_BLOCK_WEIGHT = 20


def find_region(blocks: list[Block], initial: list[BlockClass]) -> tuple[int, int] | None:
    """The article's blocks as ``[start, end)``: the main region (or the fallback), grown over
    the prose next to it and cut where records begin; ``None`` when no stretch reads as text."""
    region = main_region(blocks)
    if region is None:
        region = fallback_region(blocks, initial)
    if region is not None:
        region = cut_records(blocks, *extend_region(blocks, initial, *region))
    return region


def fallback_region(blocks: list[Block], initial: list[BlockClass]) -> tuple[int, int] | None:
    """When no stretch is likely enough article text (a page that is mostly a table or a
    list), the stretch around the most probable block of prose, judged relative to it."""
    prose = [b.prob for b, cls in zip(blocks, initial) if cls == "good"]
    if not prose or max(prose) < FALLBACK_PROBABILITY:
        return None
    centre = max(prose) / FALLBACK_DIVISOR
    region = main_region(blocks, centre=centre, minimum=0.0)
    if region is None or not any(initial[i] == "good" for i in range(*region)):
        return None
    for block in blocks[region[0] : region[1]]:
        block.prob = max(block.prob, REGION_PROBABILITY) if block.prob >= centre else 0.0
    return region


def main_region(
    blocks: list[Block], centre: float | None = None, minimum: float = MIN_REGION_GAIN
) -> tuple[int, int] | None:
    """The article's stretch of blocks, as ``[start, end)``: the maximum-sum run, where each
    block adds its length weighted by how sure the classifier is (``prob - 0.5``), so menus,
    comment headers and teasers between stretches of text cost what they weigh."""
    if centre is None:
        centre = REGION_CENTRE
    best = 0.0
    best_region: tuple[int, int] | None = None
    running = 0.0
    start = 0
    for i, block in enumerate(blocks):
        gain = (block.prob - centre) * max(MIN_BLOCK_WEIGHT, block.length)
        if running <= 0:
            running = 0.0
            start = i
        running += gain
        if running > best:
            best = running
            best_region = (start, i + 1)
    if best_region is None or best < minimum:
        return None
    return best_region


def extend_region(
    blocks: list[Block], initial: list[BlockClass], start: int, end: int
) -> tuple[int, int]:
    """Grow the region over prose next to it (a lead right under the headline, a closing
    paragraph before the footer), stepping over at most ``EXTEND_SKIP`` other blocks; a long
    paragraph of running prose may lie up to ``STRONG_SKIP`` short lines (share bars, sign-up
    forms between paragraphs) away."""

    def prose(i: int) -> bool:
        block = blocks[i]
        return initial[i] in ("good", "near-good") and not block.bullet and block.repeats == 1

    def strong(i: int) -> bool:
        block = blocks[i]
        return (
            initial[i] == "good"
            and block.length >= STRONG_LENGTH
            and block.repeats == 1
            and not block.bullet
            and not EMAIL.search(block.text)
        )

    for step in (-1, 1):
        while True:
            i = start - 1 if step < 0 else end
            skipped = 0
            while 0 <= i < len(blocks) and not prose(i) and skipped < EXTEND_SKIP:
                if blocks[i].bullet or blocks[i].form and not IMAGE_MARKER.match(blocks[i].text):
                    break
                i += step
                skipped += 1
            if not (0 <= i < len(blocks)) or not prose(i):
                neighbour = _strong_neighbour(blocks, start - 1 if step < 0 else end, step, strong)
                if neighbour is None:
                    break
                i = neighbour
            blocks[i].prob = max(blocks[i].prob, 1.0)
            if step < 0:
                start = i
            else:
                end = i + 1
    return start, end


def _strong_neighbour(
    blocks: list[Block], i: int, step: int, strong: Callable[[int], bool]
) -> int | None:
    """The first strong paragraph from ``i`` on, reached over short lines only."""
    for _ in range(STRONG_SKIP + 1):
        if not 0 <= i < len(blocks):
            return None
        if strong(i):
            return i
        if blocks[i].length >= LENGTH_LOW:
            return None
        i += step
    return None


def cut_records(blocks: list[Block], start: int, end: int) -> tuple[int, int]:
    """End the region where a run of records begins: comments and teaser lists repeat a
    dated template line with other numbers ("2 days ago at 07:52 am", "Nov 18, 2019") at
    least ``RECORD_REPEATS`` times, which an article does not. Only after the article has
    had ``RECORD_MIN_TEXT`` characters of text, so a page of dated updates keeps its body."""
    first_seen: dict[str, int] = {}
    counts: Counter[str] = Counter()
    text_before = 0
    cut = None
    for i in range(start, end):
        block = blocks[i]
        if (
            block.shape_repeats >= RECORD_REPEATS
            and block.repeats < block.shape_repeats
            and block.length < LENGTH_LOW
            and not block.form
            and (TIME.search(block.text) or has_date(block.text))
        ):
            shape = line_shape(block.text)
            if shape not in first_seen:
                first_seen[shape] = i
            counts[shape] += 1
            if counts[shape] == RECORD_REPEATS and first_seen[shape] > start:
                if text_before >= RECORD_MIN_TEXT:
                    cut = first_seen[shape]
                break
        if not first_seen and block.prob >= REGION_PROBABILITY and block.length >= LENGTH_LOW:
            text_before += block.length
    if cut is None:
        return start, end
    # Step back over the short lines that head the records ("167 comments", a name).
    while cut > start and blocks[cut - 1].length < LENGTH_LOW:
        cut -= 1
    return start, max(cut, start + 1)
