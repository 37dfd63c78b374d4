"""The Quotes pane: each quote with its speaker on a line of its own."""

from __future__ import annotations

from typing import ClassVar

from textual.binding import Binding, BindingType

from briefreader.model import Quote
from briefreader.render.citations import quotes_markdown, speaker_of
from briefreader.tui.copying import Copied, copy, nothing_copied, quote_copy, settings
from briefreader.tui.widgets.digest_pane import DigestPane


class QuotesPane(DigestPane[Quote]):
    """Lists the quotes in article order; ``y`` copies one with attribution, ``Y`` all."""

    pane_name, label, noun = "quotes", "Quotes", "quote"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("y", "copy_item", "Copy quote", id="copy_quote"),
        Binding("Y", "copy_all_quotes", "Copy all", id="copy_all_quotes"),
    ]

    def item_parts(self, item: Quote) -> list[tuple[str, str]]:
        """The quoted words, then "— speaker" (or "— unknown speaker") below them."""
        return [(f"“{item.text}”", ""), ("\n", ""), (f"— {speaker_of(item)}", "muted")]

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
