"""Word data shared by extraction and the digest: each list written once, in one module.

- :mod:`.dates`: month names and abbreviations, weekdays and their abbreviations.
- :mod:`.marks`: quotation marks and the white-space characters of web pages.
- :mod:`.titles`: personal titles and their abbreviations, role words.
- :mod:`.speech`: the verbs that report speech.
- :mod:`.stopwords`: English stopwords.

Stopwords of the languages a page may be written in are jusText's stoplists, read where the
text extractor detects the language (:mod:`briefreader.extract.language`). The words here are
English news vocabulary, lower-cased; everything is a plain literal (importing costs nothing).
Each user builds the sets it needs from these parts; lists private to one area stay in that
area's ``words`` module.
"""

from __future__ import annotations

__all__ = ["words"]


def words(text: str) -> frozenset[str]:
    """The white-space separated words of ``text`` as a set."""
    return frozenset(text.split())
