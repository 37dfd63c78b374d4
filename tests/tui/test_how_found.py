"""The quote card says quietly how the speaker was found (issue 16 item 15): nothing for a
name in the text, the article's own pronoun or description when the sentence has just one,
else the kind of clue (the digest's ``speaker_found``)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from briefreader.model import Article, Brief, Quote, Source, Span
from briefreader.tui.widgets.quotes_pane import how_found
from tests.tui.conftest import WIDE, reader_app, wait_loaded

PARAGRAPHS = (
    "Gordon Sondland met the committee on Wednesday.",
    '"I followed the president\'s orders," he said, adding that the talks were over.',
    '"The plan stands," the agency said.',
    '"It was quick," he told her, and she agreed.',
    '"We move on," the former envoy said, then he left.',
)


def quote_in(paragraph: int, words: str, speaker: str | None, found) -> Quote:
    text = PARAGRAPHS[paragraph]
    start = text.index(words)
    return Quote(
        words,
        speaker,
        "full",
        Span(paragraph, start, start + len(words)),
        Span(paragraph, 0, len(text)),
        found,
    )


ARTICLE = Article(source=Source("t.txt", "text", "utf-8"), paragraphs=PARAGRAPHS, title="T")


@pytest.mark.parametrize(
    ("paragraph", "words", "speaker", "found", "note"),
    [
        (1, "I followed the president's orders,", "Sondland", "pronoun", "he"),
        (2, "The plan stands,", "NIS", "description", "the agency"),
        (1, "I followed the president's orders,", "Sondland", "named", ""),
        (1, "I followed the president's orders,", None, None, ""),
        # Two pronouns ("he", "she") outside the quote: which one is not shown, only the kind.
        (3, "It was quick,", "Sondland", "pronoun", "a pronoun"),
        (4, "We move on,", "Sondland", "continuation", "continued"),
        # The description found, never a pronoun elsewhere in the sentence.
        (4, "We move on,", "Sondland", "description", "the former envoy"),
    ],
)
def test_how_found(paragraph, words, speaker, found, note) -> None:
    assert how_found(quote_in(paragraph, words, speaker, found), ARTICLE) == note


async def test_the_quote_card_shows_it() -> None:
    quote = quote_in(1, "I followed the president's orders,", "Sondland", "pronoun")
    named = replace(quote_in(2, "The plan stands,", "NIS", "named"))
    brief = Brief(article=ARTICLE, facts=(), quotes=(quote, named), figures=())
    app = reader_app(lambda: brief)
    async with app.run_test(size=WIDE) as pilot:
        await wait_loaded(pilot)
        pane = app.screen.digest_pane("quotes")
        prompts = [str(pane.get_option_at_index(i).prompt) for i in range(pane.option_count)]
        assert prompts[0].endswith("— Sondland (he)")
        assert prompts[1].endswith("— NIS")
