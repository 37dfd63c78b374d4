"""The article's date: the first date written near the headline; datelines dropped from the body."""

from __future__ import annotations

import re

from briefreader.extract.text.blocks import Block
from briefreader.extract.text.patterns import SENTENCE_END
from briefreader.extract.text.words import DATE_PATTERNS, MONTHS, has_date

#: The date is looked for from this many blocks above the body ...
DATE_REACH_BEFORE = 25
#: ... to this many blocks into it (a dateline opening the body).
DATE_REACH_AFTER = 2
#: A longer line is prose: a date inside it is what the article tells, not its own.
DATE_LINE_LENGTH = 200
#: A line of at most this many words holding a date and no sentence is a dateline.
DATELINE_WORDS = 8
#: The languages (ISO 639-1) whose pages write a slashed date month first ("11/05/2024" is
#: 5 November); every other language's pages write the day first (5 May: Spanish, French,
#: Turkish, Italian... pages read month first came out with day and month swapped).
MONTH_FIRST_LANGUAGES = frozenset({"en"})


def is_dateline(block: Block) -> bool:
    """A short line that is a date (and time), not a sentence."""
    if block.word_count > DATELINE_WORDS or SENTENCE_END.search(block.text):
        return False
    return has_date(block.text)


def find_date(blocks: list[Block], first_body: int, language: str | None = None) -> str | None:
    """The first date written near the headline, as ISO ``YYYY-MM-DD``; a slashed date is
    read day first on a page in ``language`` (ISO 639-1) not of ``MONTH_FIRST_LANGUAGES``
    (month first when the language is unknown)."""
    day_first = language is not None and language not in MONTH_FIRST_LANGUAGES
    for block in blocks[max(0, first_body - DATE_REACH_BEFORE) : first_body + DATE_REACH_AFTER]:
        if block.length > DATE_LINE_LENGTH:
            continue
        for pattern in DATE_PATTERNS:
            match = pattern.search(block.text)
            if match:
                iso = _iso_date(match, day_first)
                if iso:
                    return iso
    return None


def _iso_date(match: re.Match[str], day_first: bool = False) -> str | None:
    parts = match.groupdict()
    year = int(parts["y"])
    if parts.get("mon"):
        month = MONTHS.get(parts["mon"][:3].lower(), 0)
    else:
        month = int(parts["m"])
    day = int(parts["d"])
    if not parts.get("mon") and match.start("y") > match.start("m") and month > 12 >= day:
        # Day and month the other way round from the pattern's ("19/11/2019", "11.19.2019");
        # a year-first date never is ("2024-13-05" is no date).
        month, day = day, month
    elif (
        day_first
        and not parts.get("mon")
        and match.start("m") < match.start("d") < match.start("y")
        and day <= 12
    ):
        month, day = day, month  # "05/11/2024" on a Spanish page: 5 November
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None  # not a calendar date ("13/45/2019")
    return f"{year:04d}-{month:02d}-{day:02d}"


def strip_date(text: str) -> str:
    """``text`` up to the first date in it (each pattern in turn cuts what is left)."""
    for pattern in DATE_PATTERNS:
        match = pattern.search(text)
        if match:
            text = text[: match.start()]
    return text.strip()
