"""Extract the article from a page dumped to text (browser "Save as text", ``w3m -dump``).

No library does this, so the method is ours, in the spirit of jusText. The package runs, in
order (everything is linear in the number of lines):

1. :mod:`.blocks`: each non-empty line is a block (hard-wrapped dumps rejoined) with its line
   features: length, stopwords in the page's own language (detected from jusText's 100
   stoplists), bullets, form widgets, lines repeated across the page.
2. :mod:`.classes`: jusText's good / near-good / short / bad classes, then by context.
   :func:`featured_blocks` returns the blocks to here: what the classifier, and its training
   (``tools/train_text_classifier.py``), start from.
3. :mod:`.classifier` (vectors in :mod:`.features`, generated :mod:`.weights`): two stacked
   logistic regressions give each block a probability of being article text; a sentence
   ending in a colon lifts the short lines it introduces.
4. :mod:`.region`: the article is the best-scoring dense stretch of blocks, grown over prose
   next to it and cut where comments begin.
5. :mod:`.parts`: body paragraphs, captions, byline, date and headline, inside and around it.

Word lists are in :mod:`.words`, the line patterns the passes share in :mod:`.patterns`.
"""

from __future__ import annotations

from dataclasses import dataclass

from briefreader import errors
from briefreader.extract.clean import undo_dumper_quirks
from briefreader.extract.language import detect_language, stopwords_for
from briefreader.extract.text.blocks import Block, BlockClass, make_blocks, split_blocks
from briefreader.extract.text.classes import apply_context, classify
from briefreader.extract.text.classifier import introduce_lists, score_blocks
from briefreader.extract.text.features import (
    FEATURE_NAMES,
    STAGE2_NAMES,
    block_vectors,
    stage2_vectors,
)
from briefreader.extract.text.parts import assemble
from briefreader.extract.text.region import find_region
from briefreader.model import Article, Document


@dataclass
class FeaturedBlocks:
    """A dump's blocks with their line features and jusText classes, as the classifier meets
    them."""

    blocks: list[Block]
    #: Each block's context-free jusText class (``Block.cls`` holds the one after context).
    initial: list[BlockClass]
    #: The page's language (a jusText stoplist name), ``None`` when no stoplist fits.
    language: str | None
    stopwords: frozenset[str]

    @property
    def known_language(self) -> bool:
        """Whether a stoplist fits the page."""
        return self.language is not None


def featured_blocks(text: str) -> FeaturedBlocks:
    """Split ``text`` into blocks, measure their features and give them jusText's classes:
    the steps :func:`extract_text` runs before the classifier, which training runs too.
    The characters a dumper substituted (lynx's U+02BC for an apostrophe) are put back first."""
    text = undo_dumper_quirks(text)
    blocks_text = split_blocks(text)
    language = detect_language(text)
    stopwords = stopwords_for(language)
    blocks = make_blocks(blocks_text, stopwords)
    del blocks_text  # the blocks hold the lines: a page of many short lines frees a tuple each
    classify(blocks, has_stopwords=bool(stopwords))
    initial = [b.cls for b in blocks]
    apply_context(blocks)
    return FeaturedBlocks(blocks, initial, language, stopwords)


def extract_text(document: Document) -> Article:
    """Extract title, byline, date, captions and paragraphs from a text-dump ``document``.

    Raises :class:`~briefreader.errors.NoArticle` when nothing reads like an article.
    """
    page = featured_blocks(document.text)
    score_blocks(page.blocks, page.known_language, page.initial)
    introduce_lists(page.blocks, page.initial, bool(page.stopwords))
    region = find_region(page.blocks, page.initial)
    if region is None:
        raise errors.NoArticle(
            document.source.path,
            "no article text found in this file",
            "save the article page itself (not an index or a login page) and retry",
        )
    start, end = region
    return assemble(document, page.blocks, start, end, page.language)


__all__ = [
    "FEATURE_NAMES",
    "STAGE2_NAMES",
    "Block",
    "BlockClass",
    "FeaturedBlocks",
    "block_vectors",
    "extract_text",
    "featured_blocks",
    "stage2_vectors",
]
