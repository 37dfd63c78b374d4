"""The article's parts, read inside and around the main region: the body paragraphs, photo
captions (lines printed twice, credit-bearing lines after image markers, lines with an explicit
credit), the byline ("By …" lines, author e-mail lines), the date and the headline. Datelines,
wordless lines and runs of teaser headlines are dropped from the body."""

from __future__ import annotations

from briefreader import errors
from briefreader.extract.language import iso_code
from briefreader.extract.text.blocks import Block
from briefreader.extract.text.parts.body import read_body, region_body
from briefreader.extract.text.parts.byline import find_byline
from briefreader.extract.text.parts.captions import (
    after_image_markers,
    head_captions,
    printed_twice,
)
from briefreader.extract.text.parts.date import find_date
from briefreader.extract.text.parts.headline import find_title
from briefreader.model import Article, Document


def assemble(
    document: Document, blocks: list[Block], start: int, end: int, language: str | None
) -> Article:
    """The :class:`Article` of the region ``[start, end)`` of ``blocks``.

    Raises :class:`~briefreader.errors.NoArticle` when the region holds no paragraph.
    """
    body_blocks = region_body(blocks, start, end)
    # Lines that stand twice near the article are photo captions (dumps print them twice).
    seen = printed_twice(blocks, start, end)
    found = head_captions(blocks, start, seen)
    paragraphs, byline = read_body(
        body_blocks, after_image_markers(blocks, start, end), seen, found
    )
    if not paragraphs:
        raise errors.NoArticle(
            document.source.path, "no article text found in this file", "save the article page"
        )
    first_body = _position(blocks, body_blocks[0], start, end) if body_blocks else start
    title = find_title(blocks, first_body, paragraphs)
    if byline is None:
        byline = find_byline(blocks, first_body, end)
    date = find_date(blocks, first_body, iso_code(language))
    return Article(
        source=document.source,
        paragraphs=tuple(paragraphs),
        title=title,
        byline=byline,
        date=date,
        site=None,
        language=iso_code(language),
        captions=tuple(found.captions),
    )


def _position(blocks: list[Block], block: Block, start: int, end: int) -> int:
    """Where ``block`` stands in ``blocks[start:end]`` (a block does not keep its index)."""
    return next(position for position in range(start, end) if blocks[position] is block)


__all__ = ["assemble"]
