"""The body: the region's probable blocks without teaser runs and leading headline-like lines,
read into paragraphs with captions, datelines, contact lines and the byline taken out."""

from __future__ import annotations

from collections import Counter

from briefreader.extract.text.blocks import Block
from briefreader.extract.text.parts.byline import byline_match, byline_name, is_contact_line
from briefreader.extract.text.parts.captions import (
    FoundCaptions,
    is_credited_caption,
    is_repeated_caption,
)
from briefreader.extract.text.parts.date import is_dateline
from briefreader.extract.text.patterns import IMAGE_MARKER, SENTENCE_END
from briefreader.extract.text.region import REGION_PROBABILITY

#: A leading line of at most this many words, not ended like a sentence, is no body text.
HEADLINE_WORDS = 12
#: This many headline-like lines in a row are teasers for other stories.
TEASER_RUN = 4


def region_body(blocks: list[Block], start: int, end: int) -> list[Block]:
    """The region's blocks probable enough, without teaser runs, starting with a sentence."""
    body_blocks = [b for b in blocks[start:end] if b.prob >= REGION_PROBABILITY]
    body_blocks = _drop_teasers(body_blocks)
    # The body starts with a sentence: headline-like lines above it (menus, the headline
    # itself) stay out, and the headline is looked for among them.
    while len(body_blocks) > 1 and _headline_like(body_blocks[0]):
        body_blocks.pop(0)
    return body_blocks


def read_body(
    body_blocks: list[Block], after_image: set[int], seen: Counter[str], found: FoundCaptions
) -> tuple[list[str], str | None]:
    """The paragraphs of ``body_blocks`` and the byline among them; captions go to ``found``
    (``after_image``: the blocks right after an image marker, see ``after_image_markers``)."""
    paragraphs: list[str] = []
    byline: str | None = None
    for block in body_blocks:
        text = block.text
        if is_repeated_caption(block, seen):
            found.add_repeated(text, len(paragraphs) - 1)
            continue
        if is_credited_caption(block, after_image):
            found.add(text, len(paragraphs) - 1)
            continue
        if _not_text(block):
            continue
        match = byline_match(block)
        if match and not paragraphs:
            byline = byline or byline_name(match)
            continue
        paragraphs.append(text)
    return paragraphs, byline


def _not_text(block: Block) -> bool:
    """A line of the body that is no paragraph: a dateline ("16 November 2017 • 2:15pm", the
    date, found by find_date), an author's contact line (see find_byline), chart ticks ("$900",
    "’17"), rules ("____") and image markers ("[photo]")."""
    return (
        is_dateline(block)
        or is_contact_line(block.text)
        or block.word_count == 0
        or bool(IMAGE_MARKER.match(block.text))
    )


def _drop_teasers(body_blocks: list[Block]) -> list[Block]:
    """Drop runs of ``TEASER_RUN`` or more headline-like lines in a row ("Trending News" and
    the headlines of other stories), unless a sentence of the text introduced them."""
    kept: list[Block] = []
    run: list[Block] = []
    for block in [*body_blocks, None]:
        if block is not None and _headline_like(block) and not block.listed:
            if block.word_count >= 1:
                run.append(block)
                continue
        if len(run) < TEASER_RUN:
            kept.extend(run)
        run = []
        if block is not None:
            kept.append(block)
    return kept


def _headline_like(block: Block) -> bool:
    """A short line that does not end like a sentence: a headline, a menu or a kicker."""
    return block.word_count <= HEADLINE_WORDS and not SENTENCE_END.search(block.text)
