"""Words and light stems for matching sentences: shared by the fact ranker and the briefing.

Both split text with :data:`WORD` and compare stems, but with two stemmers that differ on
purpose (their results are pinned by the outputs they feed, so neither may change):

- :func:`stem_plural` (key facts): lower case, ``'s`` dropped, then ``-ies`` → ``-y``,
  ``-es`` dropped after ``s``/``x``/``z``/``ch``/``sh``, else ``-s`` dropped, each only when at
  least four letters stay ("virus" → "viru", "Éric's" → "éric", "players'" stays).
- :func:`stem_folded` (the briefing, across outlets): accents and case folded (:func:`fold`),
  ``'s`` or a trailing ``'`` dropped, then ``-ies`` → ``-y``, ``-sses``/``-xes``/``-zes``/
  ``-ches``/``-shes`` lose ``-es``, else ``-s`` dropped unless the word ends ``-ss``, ``-us`` or
  ``-is`` ("virus" stays, "Éric's" → "eric", "players'" → "player").
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

__all__ = ["WORD", "fold", "stem_folded", "stem_plural"]

#: A word: letters (with inner apostrophes and hyphens), or a number (with inner , and .).
WORD = re.compile(r"[^\W\d_](?:[\w'’-]*\w)?|\d[\d,.]*\d|\d")

#: How many letters a plural stem keeps at least (shorter words are left as they are).
_PLURAL_STEM_MIN = 4
#: :func:`stem_folded` only strips a word longer than this ("-ies"/"-es" endings) ...
_FOLDED_ES_LONGER = 4
#: ... or than this (a plain "-s").
_FOLDED_S_LONGER = 3
#: Words met again and again are stemmed once (both stemmers run per word of every sentence).
_STEM_CACHE = 65536


def fold(text: str) -> str:
    """Lower case without accents: "Zelenskyy" → "zelenskyy", "Éric" → "eric"."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


@lru_cache(maxsize=_STEM_CACHE)
def stem_plural(word: str) -> str:
    """The key facts' stem of ``word``: lower case, possessive and plural endings dropped."""
    w = word.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    for suffix in ("ies", "es", "s"):
        if w.endswith(suffix) and len(w) - len(suffix) >= _PLURAL_STEM_MIN:
            if suffix == "ies":
                return w[:-3] + "y"
            if suffix == "es" and not w.endswith(("ses", "xes", "zes", "ches", "shes")):
                continue
            return w[: -len(suffix)]
    return w


def stem_folded(word: str) -> str:
    """The briefing's stem of ``word``: folded (:func:`fold`), possessive and plural endings
    dropped (enough to match the sentences of two outlets)."""
    w = fold(word).replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    elif w.endswith("'"):
        w = w[:-1]
    if len(w) > _FOLDED_ES_LONGER and w.endswith("ies"):
        return w[:-3] + "y"
    if len(w) > _FOLDED_ES_LONGER and w.endswith(("sses", "xes", "zes", "ches", "shes")):
        return w[:-2]
    if len(w) > _FOLDED_S_LONGER and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        return w[:-1]
    return w
