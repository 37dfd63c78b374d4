"""Plain-text forms of brief items, as they are copied and shown. No Textual here.

These functions decide what a reader pastes into their notes: a quote with its attribution,
all quotes as Markdown, a fact or figure with the sentence it stands in.
"""

from __future__ import annotations

from briefreader.model import Article, Brief, Fact, Figure, Quote

UNKNOWN_SPEAKER = "unknown speaker"


def speaker_of(quote: Quote) -> str:
    """Return who said ``quote``, or ``"unknown speaker"`` when the article does not say."""
    return quote.speaker or UNKNOWN_SPEAKER


def source_line(article: Article) -> str | None:
    """Return ``(Title, Site)``, leaving out what is unknown; ``None`` if both are unknown."""
    known = [part for part in (article.title, article.site) if part]
    if not known:
        return None
    return f"({', '.join(known)})"


def _with_source(text: str, article: Article) -> str:
    line = source_line(article)
    return f"{text}\n{line}" if line else text


def quote_citation(quote: Quote, article: Article) -> str:
    """Return a quote with its attribution: ``"…" — Speaker``, then ``(Title, Site)`` if known."""
    return _with_source(f'"{quote.text}" — {speaker_of(quote)}', article)


def fact_citation(fact: Fact, article: Article) -> str:
    """Return a key fact (a sentence of the article) followed by ``(Title, Site)`` if known."""
    return _with_source(fact.text, article)


def figure_label(figure: Figure) -> str:
    """Return a figure's value with its qualifier: ``at least 3,000``."""
    return f"{figure.qualifier} {figure.value}" if figure.qualifier else figure.value


def figure_citation(figure: Figure, article: Article) -> str:
    """Return a figure, what it counts and its sentence, then ``(Title, Site)`` if known."""
    head = figure_label(figure)
    if figure.subject:
        head += f": {figure.subject}"
    return _with_source(f"{head}\n{figure.context}", article)


def quotes_markdown(brief: Brief) -> str:
    """Return every quote of the brief as Markdown block quotes under a heading."""
    article = brief.article
    heading = f"## Quotes: {article.title}" if article.title else "## Quotes"
    parts = [heading]
    if article.site:
        parts.append(f"*{article.site}*")
    for quote in brief.quotes:
        parts.append(f'> "{quote.text}"\n> — {speaker_of(quote)}')
    return "\n\n".join(parts) + "\n"
