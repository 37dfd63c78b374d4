"""The Quotes pane: each quote with its speaker on a line of its own."""

from __future__ import annotations

import re
from typing import ClassVar

from textual.binding import Binding, BindingType

from briefreader.model import Article, Quote
from briefreader.render.citations import quotes_markdown, speaker_of
from briefreader.tui.copying import Copied, copy, nothing_copied, quote_copy, settings
from briefreader.tui.widgets.digest_pane import DigestPane

SUBJECT_PRONOUNS = re.compile(r"\b(he|she|they|we|it)\b", re.IGNORECASE)
"""The pronouns a speaker is named by ("he said"): shown on the card as the article wrote it."""

DESCRIPTION = re.compile(
    r"\b[Tt]he(?: [a-z][\w'-]*){1,3}(?= (?:said|says|added|told|stated|wrote|noted|explained)\b)"
)
"""A description naming a speaker before its verb ("the agency said", "the senior official
told"): lower-case words only, so "the NIS said" is a name, not a description."""

FOUND_NOTES = {"pronoun": "a pronoun", "description": "described", "continuation": "continued"}
"""What the card says when the article's own words cannot be shown: how the digest found the
speaker (``speaker_found``), named speakers saying nothing."""


def _outside_quote(quote: Quote, article: Article) -> str:
    """The words of the quote's sentence around the quoted words (where "he said" stands)."""
    span = quote.sentence or quote.span
    if not 0 <= span.paragraph < len(article.paragraphs):
        return ""
    paragraph = article.paragraphs[span.paragraph]
    inner = quote.span
    if inner.paragraph != span.paragraph:
        return paragraph[span.start : span.end]
    return f"{paragraph[span.start : inner.start]} … {paragraph[inner.end : span.end]}"


def how_found(quote: Quote, article: Article) -> str:
    """How the speaker was found, quietly: "" for a name in the text; the pronoun or
    description the article used ("he", "the agency") when the sentence has exactly one;
    else what kind of clue it was ("a pronoun", "described", "continued")."""
    found = quote.speaker_found
    if quote.speaker is None or found is None or found == "named":
        return ""
    around = _outside_quote(quote, article)
    pattern = (
        SUBJECT_PRONOUNS if found == "pronoun" else DESCRIPTION if found == "description" else None
    )
    if pattern is not None:
        words = {match.group(0).lower() for match in pattern.finditer(around)}
        if len(words) == 1:
            return words.pop()
    return FOUND_NOTES.get(found, "")


class QuotesPane(DigestPane[Quote]):
    """Lists the quotes in article order; ``y`` copies one with attribution, ``Y`` all."""

    pane_name, label, noun = "quotes", "Quotes", "quote"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("y", "copy_item", "Copy quote", id="copy_quote"),
        Binding("Y", "copy_all_quotes", "Copy all", id="copy_all_quotes"),
    ]

    def item_parts(self, item: Quote) -> list[tuple[str, str]]:
        """The quoted words, then "— speaker" (or "— unknown speaker") below them, with how
        the speaker was found when not by name ("— Sondland (he)")."""
        parts = [(f"“{item.text}”", ""), ("\n", ""), (f"— {speaker_of(item)}", "muted")]
        note = how_found(item, self.brief.article)
        if note:
            parts.append((f" ({note})", "found"))
        return parts

    def copied(self, item: Quote) -> Copied:
        """The quote with its speaker, title and site, as the settings' template says."""
        return quote_copy(item, self.brief.article, settings(self))

    def action_copy_all_quotes(self) -> None:
        """Copy every quote of the article as Markdown."""
        count = len(self.items)
        if not count:
            nothing_copied(self, "This article has no quotes.")
            return
        what = f"{count} quote{'s' if count != 1 else ''} as Markdown"
        copy(self, (quotes_markdown(self.brief), what))
