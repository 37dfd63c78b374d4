"""Language detection by stopwords, using the stoplists jusText ships for 100 languages.

The text-dump cleaner needs to know which words are function words ("the", "de", "и", "yang")
to tell running prose from menus; a stoplist fitted to English finds none in a Russian page.
We detect the language as the stoplist that covers the largest share of the page's most
frequent words, and fall back to a language-independent mode when no list fits (Korean,
Chinese, Japanese, Thai...).
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?", re.UNICODE)
#: Share of the sample's tokens a stoplist must cover to be believed.
MIN_COVERAGE = 0.12
#: How many tokens of the page are used for detection.
SAMPLE_TOKENS = 20000


def words(text: str) -> list[str]:
    """Lower-cased word tokens of ``text`` (letters only; apostrophes kept inside words)."""
    return [w.lower().replace("’", "'") for w in _WORD.findall(text)]


@lru_cache(maxsize=1)
def _stoplists() -> dict[str, frozenset[str]]:
    import justext

    return {name: frozenset(justext.get_stoplist(name)) for name in justext.get_stoplists()}


@lru_cache(maxsize=1)
def _word_index() -> dict[str, tuple[str, ...]]:
    index: dict[str, list[str]] = {}
    for name, stoplist in _stoplists().items():
        for word in stoplist:
            index.setdefault(word, []).append(name)
    return {word: tuple(names) for word, names in index.items()}


def detect_language(text: str) -> str | None:
    """Return the name of the jusText stoplist that best fits ``text`` ("English", ...).

    ``None`` when no stoplist covers enough of the text (scripts without spaces, or
    languages jusText has no list for).
    """
    tokens = words(text[: SAMPLE_TOKENS * 12])[:SAMPLE_TOKENS]
    if len(tokens) < 5:
        return None
    counts = Counter(tokens)
    index = _word_index()
    hits: Counter[str] = Counter()
    for word, count in counts.items():
        for name in index.get(word, ()):
            hits[name] += count
    if not hits:
        return None
    stoplists = _stoplists()
    total = len(tokens)

    # Big stoplists cover more of any text; prefer the list whose hits come from its
    # commonest words, by discounting each list for its size.
    def score(name: str) -> float:
        return hits[name] / total - 0.00002 * len(stoplists[name])

    best = max(hits, key=score)
    if hits[best] / total < MIN_COVERAGE:
        return None
    return best


def stopwords_for(language: str | None) -> frozenset[str]:
    """The stoplist of ``language`` (a name from :func:`detect_language`), empty if unknown."""
    if language is None:
        return frozenset()
    return _stoplists().get(language, frozenset())


_ISO = {
    "English": "en", "Simple_English": "en", "German": "de", "French": "fr", "Spanish": "es",
    "Portuguese": "pt",
    "Italian": "it", "Russian": "ru", "Indonesian": "id", "Dutch": "nl", "Polish": "pl",
    "Swedish": "sv", "Norwegian_Bokmal": "nb", "Danish": "da", "Finnish": "fi", "Czech": "cs",
    "Turkish": "tr", "Ukrainian": "uk", "Romanian": "ro", "Hungarian": "hu", "Greek": "el",
    "Catalan": "ca", "Malay": "ms", "Vietnamese": "vi", "Arabic": "ar", "Persian": "fa",
    "Hebrew": "he", "Hindi": "hi", "Croatian": "hr", "Serbian": "sr", "Slovak": "sk",
    "Slovenian": "sl", "Bulgarian": "bg", "Lithuanian": "lt", "Latvian": "lv", "Estonian": "et",
}  # fmt: skip


def iso_code(language: str | None) -> str | None:
    """ISO 639-1 code of a stoplist name, when we know it."""
    return _ISO.get(language or "")
