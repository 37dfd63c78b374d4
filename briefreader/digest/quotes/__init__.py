"""Direct quotations and who said them.

This package owns finding the quotes of an :class:`~briefreader.model.Article` and their
speakers. :func:`find_quotes` runs its passes in order:

1. **Marks** (:mod:`.marks`): pair quotation marks in each paragraph, following a quote over
   several paragraphs; an article in British single marks is read through a double-mark copy.
2. **Entities** (:mod:`.entities`): index the names and role descriptions outside the quotes,
   the table that gives each name its fullest form ("Boudreau" → "Wild coach Bruce Boudreau").
3. **Attribution** (:mod:`.attribution`): in article order, the speech verb of each quote's
   sentence and its noun phrase (:mod:`.phrases`, :mod:`.nouns`: "X said", "said X", "X, the
   foreign minister, said", a colon lead-in), else the quote it interrupts, the neighbouring
   sentences, or the previous paragraph's speaker; pronouns and descriptions ("it said", "the
   official noted") resolved to what they stand for (:mod:`.resolution`).
4. **Results** (:mod:`.results`): titles of works and repeats left out, spans and kinds set.

The vocabulary is in :mod:`.words`. Nothing is guessed: when no speaker can be found the quote's
speaker is ``None``. All rules are general English news grammar; each pass is linear in the size
of the article (look-ups use indexes built once).
"""

from __future__ import annotations

from dataclasses import replace

from briefreader.digest.quotes.attribution import attribute
from briefreader.digest.quotes.entities import collect_mentions
from briefreader.digest.quotes.marks import (
    FULL_QUOTE_WORDS,
    doubled_marks_view,
    find_marks,
    single_quote_view,
)
from briefreader.digest.quotes.nouns import FUNCTION_SURNAMES
from briefreader.digest.quotes.results import to_quotes
from briefreader.digest.sentences import split_sentences
from briefreader.model import Article, Quote

__all__ = ["find_quotes", "FULL_QUOTE_WORDS"]


def find_quotes(article: Article) -> list[Quote]:
    """Find the direct quotations of ``article`` and who said them, in article order.

    Each :class:`~briefreader.model.Quote` carries the words inside the marks (``text``),
    a ``span`` such that ``article.paragraphs[p][start:end] == text``, the ``sentence`` around
    it, ``kind`` (``"full"`` from :data:`FULL_QUOTE_WORDS` words, else ``"fragment"``) and the
    ``speaker`` in the fullest form the article gives, or ``None`` when no speaker can be found.

    An article in single quotation marks (‘…’) and without any double ones is read through a
    copy where those marks are double (same length, so every span holds), when someone is found
    saying one of them; so is one whose double marks are typed as two apostrophes (’’).
    """
    typed = doubled_marks_view(article) or article
    view = single_quote_view(typed)
    quotes = _find_quotes(typed) if view is None else _find_quotes(view)
    if view is not None and not any(quote.speaker for quote in quotes):
        # Nobody is quoted saying anything: the marks set off titles or phrases.
        quotes = _find_quotes(typed)
    if view is None and typed is article:
        return quotes
    paragraphs = article.paragraphs
    return [
        replace(quote, text=paragraphs[quote.span.paragraph][quote.span.start : quote.span.end])
        for quote in quotes
    ]


def _find_quotes(article: Article) -> list[Quote]:
    """The quotes of ``article`` read as it is (see :func:`find_quotes`)."""
    paras = article.paragraphs
    per_para = find_marks(paras)
    if not any(per_para):
        # No quotation marks: no sentence lists or name mentions (a dump of a million
        # one-word paragraphs would hold them all for nothing).
        return []
    sentences = [split_sentences(para) for para in paras]
    entities = collect_mentions(paras, per_para, sentences)
    token = FUNCTION_SURNAMES.set(entities.function_surnames)
    try:
        attribute(paras, per_para, sentences, entities)
    finally:
        FUNCTION_SURNAMES.reset(token)
    return to_quotes(paras, [q for quotes in per_para for q in quotes], sentences)
