"""Speakers a reader can trust (issue 13): each shape of sentence that named the wrong person or
missed the speaker, pinned with an inline sentence of the same shape, and how each speaker was
found."""

from __future__ import annotations

import json

from briefreader.digest import build_brief
from briefreader.digest.quotes import find_quotes
from briefreader.model import Quote
from briefreader.render import to_json
from tests.digest.conftest import inline_article as article


def quotes(*paragraphs: str) -> list[Quote]:
    return find_quotes(article(*paragraphs))


def speakers(*paragraphs: str) -> list[str | None]:
    return [q.speaker for q in quotes(*paragraphs)]


# --- how each speaker was found ------------------------------------------------------------------


def test_speaker_found_says_how() -> None:
    found = quotes(
        '"We have reviewed every one of the claims," Maria Lopez said.',
        '"We will keep reviewing them all year," she said.',
        '"Nothing will change for the people of this town."',
        '"There is no budget for it this year at all," the spokesman said.',
    )
    assert [(q.speaker, q.speaker_found) for q in found] == [
        ("Maria Lopez", "named"),
        ("Maria Lopez", "pronoun"),
        ("Maria Lopez", "continuation"),
        ("the spokesman", "description"),
    ]


def test_speaker_found_is_in_the_json() -> None:
    brief = build_brief(article('"We have reviewed every one of the claims," Maria Lopez said.'))
    (quote,) = json.loads(to_json(brief))["quotes"]
    assert quote["speaker"] == "Maria Lopez" and quote["speaker_found"] == "named"
    brief = build_brief(article('"Nobody knows who wrote these words down here."'))
    (quote,) = json.loads(to_json(brief))["quotes"]
    assert quote["speaker"] is None and quote["speaker_found"] is None
