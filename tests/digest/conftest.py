"""Shared fixtures of the digest tests: the seed article as the issue defines it."""

from __future__ import annotations

import pytest

from briefreader.digest.quotes import find_quotes
from briefreader.model import Article, Source
from tests.conftest import SEED

SEED_TITLE = "N. Korean troops in Russia moving toward front lines with Ukraine: spy agency"


def seed_article() -> Article:
    """The seed's 24 article paragraphs, "Some of the North Korean troops…" to "…Sabrina Singh
    said.", without the photo captions printed between them."""
    lines = SEED.read_text(encoding="utf-8").splitlines()
    first = next(i for i, line in enumerate(lines) if line.startswith("Some of the North Korean"))
    last = next(
        i
        for i, line in enumerate(lines)
        if line.rstrip().endswith("Pentagon spokesperson Sabrina Singh said.")
    )
    paragraphs = tuple(
        line.strip()
        for line in lines[first : last + 1]
        if line.strip() and not line.rstrip().endswith(("Joint Press Corps", "Yonhap"))
    )
    return Article(
        source=Source(path=str(SEED), kind="text", encoding="utf-8"),
        paragraphs=paragraphs,
        title=SEED_TITLE,
    )


def inline_article(*paragraphs: str, title: str | None = None) -> Article:
    """An article of ``paragraphs`` written in the test itself."""
    return Article(
        source=Source(path="inline.txt", kind="text", encoding="utf-8"),
        paragraphs=tuple(paragraphs),
        title=title,
    )


def inline_speakers(*paragraphs: str) -> list[str | None]:
    """The speaker of each quote found in an inline article of ``paragraphs``."""
    return [quote.speaker for quote in find_quotes(inline_article(*paragraphs))]


@pytest.fixture(scope="session")
def seed() -> Article:
    """The seed article (see :func:`seed_article`)."""
    return seed_article()
