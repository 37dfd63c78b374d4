"""Photo captions of a dump: lines printed twice near the article (dumps print a caption twice),
credit-bearing lines right after an image marker, and lines with an explicit credit."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from briefreader.extract.captions import has_labelled_credit, make_caption, split_credit
from briefreader.extract.text.blocks import Block
from briefreader.extract.text.patterns import IMAGE_MARKER
from briefreader.model import Caption

#: Repeated captions are looked for from this many blocks above the region on.
CAPTION_REACH = 40
#: A line printed twice is a caption from this length (characters) up.
CAPTION_LENGTH = 40
#: A caption with an explicit credit ("Photo: ...") has at most this many words.
CAPTION_WORDS = 60


@dataclass
class FoundCaptions:
    """The captions found so far, in page order; those found by repetition are kept once."""

    captions: list[Caption] = field(default_factory=list)
    repeated: set[str] = field(default_factory=set)

    def add_repeated(self, text: str, after_paragraph: int) -> None:
        """Add a caption found because it is printed twice, unless it is already here."""
        if text not in self.repeated:
            self.repeated.add(text)
            self.captions.append(make_caption(text, after_paragraph))

    def add(self, text: str, after_paragraph: int) -> None:
        """Add a caption found by its credit."""
        self.captions.append(make_caption(text, after_paragraph))


def printed_twice(blocks: list[Block], start: int, end: int) -> Counter[str]:
    """How often each line stands near the article, from ``CAPTION_REACH`` blocks above it."""
    return Counter(b.text for b in blocks[max(0, start - CAPTION_REACH) : end])


def head_captions(blocks: list[Block], start: int, seen: Counter[str]) -> FoundCaptions:
    """The repeated captions above the region (they come before the first paragraph)."""
    found = FoundCaptions()
    for block in blocks[max(0, start - CAPTION_REACH) : start]:
        if is_repeated_caption(block, seen):
            found.add_repeated(block.text, -1)
    return found


def is_repeated_caption(block: Block, seen: Counter[str]) -> bool:
    """A line long enough for a caption that stands twice near the article."""
    return seen[block.text] >= 2 and block.length >= CAPTION_LENGTH


def after_image_markers(blocks: list[Block], start: int, end: int) -> set[int]:
    """The ``id`` of each block of ``blocks[start:end]`` right after an image marker
    ("[photo-id]", "Photo"): the few lines that may be an image's caption by position."""
    return {
        id(blocks[position])
        for position in range(max(1, start), end)
        if IMAGE_MARKER.match(blocks[position - 1].text)
    }


def is_credited_caption(block: Block, after_image: set[int]) -> bool:
    """A caption after an image marker (``after_image``, see :func:`after_image_markers`), or
    a short line ending in an explicit credit."""
    return _is_image_caption(block, after_image) or (
        block.word_count <= CAPTION_WORDS and has_labelled_credit(block.text)
    )


def _is_image_caption(block: Block, after_image: set[int]) -> bool:
    """A line right after an image marker that carries a credit."""
    return id(block) in after_image and split_credit(block.text)[1] is not None
