"""Plain-text forms of brief items, as they are copied and shown. No Textual here.

These functions decide what a reader pastes into their notes: a quote with its attribution
(the default form, or the settings' ``quote_template``), all quotes as Markdown, a fact or a
figure with the sentence it stands in. What they return holds no control character but tab and
newline (:func:`~briefreader.render.terminal.show_controls`): a paste runs nothing.
"""

from __future__ import annotations

from briefreader.defaults import DEFAULT_QUOTE_TEMPLATE
from briefreader.model import Article, Brief, Fact, Figure, Quote
from briefreader.render.labels import UNKNOWN_SPEAKER, figure_value
from briefreader.render.terminal import show_controls

__all__ = [
    "TEMPLATE_FIELDS",
    "fact_citation",
    "figure_citation",
    "format_quote",
    "quote_citation",
    "quote_text",
    "quotes_markdown",
    "source_line",
    "speaker_of",
]

#: The fields a quote template may use.
TEMPLATE_FIELDS = ("text", "speaker", "title", "site", "date", "url", "source")


def speaker_of(quote: Quote) -> str:
    """Return who said ``quote``, or ``"unknown speaker"`` when the article does not say."""
    return quote.speaker or UNKNOWN_SPEAKER


def _known(title: str | None, site: str | None) -> str | None:
    """``(Title, Site)`` with what is known of the two; ``None`` if neither is."""
    known = [part for part in (title, site) if part]
    return f"({', '.join(known)})" if known else None


def source_line(article: Article) -> str | None:
    """Return ``(Title, Site)``, leaving out what is unknown; ``None`` if both are unknown."""
    return _known(article.title, article.site)


def _with_source(text: str, article: Article) -> str:
    line = source_line(article)
    return show_controls(f"{text}\n{line}" if line else text)


def quote_citation(quote: Quote, article: Article) -> str:
    """Return a quote with its attribution: ``"…" — Speaker``, then ``(Title, Site)`` if known."""
    return _with_source(f'"{quote.text}" — {speaker_of(quote)}', article)


def fact_citation(fact: Fact, article: Article) -> str:
    """Return a key fact (a sentence of the article) followed by ``(Title, Site)`` if known."""
    return _with_source(fact.text, article)


def figure_citation(figure: Figure, article: Article) -> str:
    """Return a figure, what it counts and its sentence, then ``(Title, Site)`` if known."""
    head = figure_value(figure)
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
    return show_controls("\n\n".join(parts) + "\n")


def format_quote(
    template: str,
    *,
    text: str,
    speaker: str | None,
    title: str | None = None,
    site: str | None = None,
    date: str | None = None,
    url: str | None = None,
) -> str:
    """Fill a quote template; unknown values become empty ("unknown speaker" for a speaker).

    ``{source}`` is a new line with ``(Title, Site)`` when either is known, else nothing.
    """
    source = _known(title, site)
    return show_controls(
        template.format(
            text=text,
            speaker=speaker or UNKNOWN_SPEAKER,
            title=title or "",
            site=site or "",
            date=date or "",
            url=url or "",
            source=f"\n{source}" if source else "",
        )
    )


def quote_text(quote: Quote, article: Article, template: str | None = None) -> str:
    """What ``y`` copies: the settings' ``template`` when the user set one, else
    ``"…" — Speaker`` with ``(Title, Site)`` below (:func:`quote_citation`)."""
    if template is None or template == DEFAULT_QUOTE_TEMPLATE:
        return quote_citation(quote, article)
    return format_quote(
        template,
        text=quote.text,
        speaker=quote.speaker,
        title=article.title,
        site=article.site,
        date=article.date,
        url=article.source.url,
    )
