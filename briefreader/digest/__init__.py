"""The digest: an :class:`~briefreader.model.Article` becomes a :class:`~briefreader.model.Brief`.

It owns what is read out of the clean text, each in its own pass over the paragraphs:

- :mod:`~briefreader.digest.sentences`: sentence spans (abbreviations, quotes, other scripts);
- :mod:`~briefreader.digest.quotes`: quotations and who said them;
- :mod:`~briefreader.digest.figures`: numbers and what they count;
- :mod:`~briefreader.digest.facts`: the key facts, ranked (quotations are not facts, so the
  quotes come first), with :mod:`~briefreader.digest.furniture` (page furniture to skip),
  :mod:`~briefreader.digest.fact_features` (what the learned model reads of a sentence, its
  weights generated into :mod:`~briefreader.digest.fact_weights`),
  :mod:`~briefreader.digest.fact_selection` (the lead, the best, then what the rest adds) and
  :mod:`~briefreader.digest.stems` (words and stems, shared with the briefing).
"""

from __future__ import annotations

from briefreader.defaults import DEFAULT_FACTS_SHOWN
from briefreader.digest.facts import rank_facts
from briefreader.digest.figures import find_figures
from briefreader.digest.quotes import find_quotes
from briefreader.model import Article, Brief

__all__ = ["build_brief", "find_figures", "find_quotes", "rank_facts"]


def build_brief(article: Article, *, max_facts: int = DEFAULT_FACTS_SHOWN) -> Brief:
    """Digest ``article``: key facts (best first, at most ``max_facts``), quotes with
    speakers, figures."""
    quotes = find_quotes(article)
    figures = find_figures(article)
    facts = rank_facts(article, quotes, max_facts)
    return Brief(article=article, facts=tuple(facts), quotes=tuple(quotes), figures=tuple(figures))
