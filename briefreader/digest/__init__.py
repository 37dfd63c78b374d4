"""Turn an :class:`~briefreader.model.Article` into a :class:`~briefreader.model.Brief`."""

from __future__ import annotations

from briefreader.digest.facts import rank_facts
from briefreader.digest.figures import find_figures
from briefreader.digest.quotes import find_quotes
from briefreader.model import Article, Brief

__all__ = ["build_brief", "find_figures", "find_quotes", "rank_facts"]


def build_brief(article: Article) -> Brief:
    """Digest ``article``: key facts (best first), quotes with speakers, figures."""
    quotes = find_quotes(article)
    figures = find_figures(article)
    facts = rank_facts(article, quotes)
    return Brief(article=article, facts=tuple(facts), quotes=tuple(quotes), figures=tuple(figures))
