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
from collections.abc import Iterable, Iterator
from functools import cache, lru_cache

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?", re.UNICODE)
#: Share of the sample's tokens a stoplist must cover to be believed.
MIN_COVERAGE = 0.12
#: How many tokens of the page are used for detection.
SAMPLE_TOKENS = 20000


#: Scripts written without spaces between words (Chinese, Japanese kana, Thai, Lao, Khmer,
#: Myanmar): :func:`count_words` counts each of their characters as a word.
NO_SPACES = re.compile(
    "[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]"
)


def count_words(text: str) -> int:
    """The number of words in ``text``: its white-space tokens, but each character of a
    script written without spaces counts as one (a Japanese paragraph is not one word)."""
    if text.isascii():
        return len(text.split())
    found = len(NO_SPACES.findall(text))
    if not found:
        return len(text.split())
    return found + len(NO_SPACES.sub(" ", text).split())


def words(text: str) -> list[str]:
    """Lower-cased word tokens of ``text`` (letters only; apostrophes kept inside words)."""
    return [w.lower().replace("’", "'") for w in _WORD.findall(text)]


def iter_words(text: str) -> Iterator[str]:
    """:func:`words` one at a time: a huge line is not listed whole to be counted or
    gathered into a set."""
    for match in _WORD.finditer(text):
        yield match.group().lower().replace("’", "'")


#: Languages tried first (the web's commonest, with their close relatives so that the choice
#: between Spanish and Catalan or Danish and Norwegian is still made); all 100 stoplists are
#: read only when none of these fits the page clearly.
FIRST_TIER = (
    "English", "Spanish", "Catalan", "Galician", "Portuguese", "French", "Italian", "German",
    "Dutch", "Afrikaans", "Russian", "Ukrainian", "Belarusian", "Bulgarian", "Serbian",
    "Croatian", "Polish", "Czech", "Slovak", "Slovenian", "Indonesian", "Malay", "Turkish",
    "Swedish", "Norwegian_Bokmal", "Norwegian_Nynorsk", "Danish", "Finnish", "Romanian",
    "Hungarian", "Greek", "Vietnamese", "Arabic", "Persian", "Hebrew", "Hindi",
)  # fmt: skip
#: A first-tier language covering this share of the page is taken without trying the rest.
CLEAR_COVERAGE = 0.25


@lru_cache(maxsize=1)
def _stoplist_dir() -> str | None:
    """jusText's stoplist folder, found without importing jusText (and lxml with it)."""
    import importlib.util
    import os

    spec = importlib.util.find_spec("justext")
    if spec is None or not spec.submodule_search_locations:
        return None
    folder = os.path.join(list(spec.submodule_search_locations)[0], "stoplists")
    return folder if os.path.isdir(folder) else None


@lru_cache(maxsize=1)
def _stoplist_names() -> tuple[str, ...]:
    import os

    folder = _stoplist_dir()
    if folder is None:
        return ()
    return tuple(sorted(n[:-4] for n in os.listdir(folder) if n.endswith(".txt")))


@cache
def _stoplist(name: str) -> frozenset[str]:
    """The stoplist of one language, read once (as jusText reads it: lower-cased lines)."""
    import os

    folder = _stoplist_dir()
    if folder is None or name not in _stoplist_names():
        return frozenset()
    with open(os.path.join(folder, name + ".txt"), encoding="utf-8") as handle:
        # One word per line, so splitting the whole file at white space gives the same set
        # as stripping each line (and skipping empty ones), at a fraction of the cost: the
        # reader reads 36 lists while it starts.
        return frozenset(handle.read().lower().split())


def detect_language(text: str) -> str | None:
    """Return the name of the jusText stoplist that best fits ``text`` ("English", ...).

    ``None`` when no stoplist covers enough of the text (scripts without spaces, or
    languages jusText has no list for).
    """
    tokens = words(text[: SAMPLE_TOKENS * 12])[:SAMPLE_TOKENS]
    if len(tokens) < 5:
        return None
    counts = Counter(tokens)
    total = len(tokens)

    # Big stoplists cover more of any text; prefer the list whose hits come from its
    # commonest words, by discounting each list for its size.
    def rank(names: Iterable[str]) -> tuple[float, str | None, float]:
        best: tuple[float, str | None, float] = (float("-inf"), None, 0.0)
        for name in names:
            stoplist = _stoplist(name)
            if not stoplist:
                continue
            hits = sum(count for word, count in counts.items() if word in stoplist)
            coverage = hits / total
            score = coverage - 0.00002 * len(stoplist)
            if hits and score > best[0]:
                best = (score, name, coverage)
        return best

    available = _stoplist_names()
    score, name, coverage = rank(n for n in FIRST_TIER if n in available)
    if name is None or coverage < CLEAR_COVERAGE:
        score, name, coverage = rank(available)
    if name is None or coverage < MIN_COVERAGE:
        return None
    return name


def stopwords_for(language: str | None) -> frozenset[str]:
    """The stoplist of ``language`` (a name from :func:`detect_language`), empty if unknown."""
    if language is None:
        return frozenset()
    return _stoplist(language)


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
