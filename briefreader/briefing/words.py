"""The briefing's word data and its content words: what the merging of facts, speakers and
figures compares. Stopwords and titles, which other areas share, come from
:mod:`briefreader.lexicon`."""

from __future__ import annotations

from functools import lru_cache

from briefreader.digest.stems import WORD, fold, stem_folded
from briefreader.lexicon import words
from briefreader.lexicon.stopwords import ENGLISH_STOPWORDS
from briefreader.lexicon.titles import TITLE_ABBREVIATIONS, TITLES

__all__ = [
    "CONNECTORS",
    "NUMBER_WORDS",
    "SYNONYMS",
    "TITLE_WORDS",
    "content_words",
]

#: A word of fewer letters than this says nothing about what a sentence is about (numbers
#: aside: "3" may).
_MIN_LETTERS = 3


#: Number words: they say nothing about what a sentence is about.
NUMBER_WORDS = words(
    """
    billion billions dozen dozens eight eleven fifty five forty four half hundred hundreds
    million millions nine seven six ten thirty thousand thousands three trillion twelve twenty
    two
    """
)
#: Words that name the same kind of thing in figure subjects.
SYNONYMS = {
    "soldier": "troop",
    "force": "troop",
    "personnel": "troop",
    "serviceman": "troop",
    "servicemen": "troop",
    "people": "person",
    "individual": "person",
    "dollar": "$",
    "usd": "$",
    "percentage": "percent",
    "pct": "percent",
    "%": "percent",
    "laborer": "worker",
    "labourer": "worker",
    "kilometre": "kilometer",
    "km": "kilometer",
}
#: Titles and roles before a name: "President" in "President Zelenskyy" is not the name.
TITLE_WORDS = (
    TITLES
    # The abbreviated titles, as written ("Sen."), but for eight the briefing has never dropped
    # (which speakers merge depends on it).
    | frozenset(
        title + "." for title in TITLE_ABBREVIATIONS - words("amb atty det fr hon insp pres supt")
    )
    | words(
        """acting dame defence defense emir ex father finance foreign former interior lady lord
        minister-president ministers miss prime saint sheikh sir"""
    )
)
#: Lower-case words inside a name: "Ministry of Defense", "Banco de España".
CONNECTORS = frozenset({"and", "de", "for", "of", "on"})


#: Words met again and again (the briefing reads every fact and figure's sentence, once for
#: the whole briefing and once for its story) are looked up once.
_WORD_CACHE = 65536


@lru_cache(maxsize=_WORD_CACHE)
def _content_stem(word: str) -> str | None:
    """The briefing's stem of ``word``, or ``None`` for a stop word or a short one."""
    low = fold(word)
    if low in ENGLISH_STOPWORDS or (len(low) < _MIN_LETTERS and not low[0].isdigit()):
        return None
    return stem_folded(word)


def content_words(text: str) -> list[str]:
    """The stemmed content words of ``text`` (no stop words, no one- or two-letter words)."""
    return [s for s in map(_content_stem, WORD.findall(text)) if s is not None]
