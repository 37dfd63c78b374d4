"""Resolution: the name a speaker noun phrase stands for.

A pronoun ("he", "she", "it") stands for the latest person of its gender or the latest
organisation; a definite description ("the agency", "the official") for the latest speaker or
mention it describes; a name for its fullest form in the article. A pronoun with nothing to
stand for ("they", "I", or no one named before it) resolves to ``None``: nothing is guessed.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator

from briefreader.digest.quotes.entities import Entities, Mention, name_tokens
from briefreader.digest.quotes.more_words import COUNTRY_ACRONYMS, HEAD_ABBREVIATIONS
from briefreader.digest.quotes.nouns import is_cap
from briefreader.digest.quotes.words import ORG_HEADS, PRONOUNS, Gender
from briefreader.model import SpeakerFound

# How far back (in speakers) pronouns and descriptions look for one that spoke.
_RECENT_SPEAKERS = 200
# A speaker of unknown gender is taken for "he" or "she" only this near (in global position:
# the same paragraph or the next one).
_SPEAKER_REACH = 2 << 32
# "He" or "she" stands for a name at most this far back (in global position: the paragraph
# two before the pronoun's at the furthest); further back it stays unknown.
_PRONOUN_REACH = 2 << 32
# How far back (in mentions) pronouns and descriptions look for one that was named.
_RECENT_MENTIONS = 400


def resolve(np: str, pos: int, ents: Entities, listeners: set[str]) -> str | None:
    """Turn a speaker noun phrase into the name it stands for (``None`` for lost pronouns)."""
    words = np.split()
    low = [w.lower() for w in words]
    if len(words) == 1 and low[0] in PRONOUNS:
        kind = PRONOUNS[low[0]]
        if kind == "m" or kind == "f":
            return _last_person(pos, ents, kind, listeners)
        if kind == "o":
            return _last_org(pos, ents)
        return None
    if low[0] == "the" and not any(is_cap(w) for w in words[1:]):
        head = low[-1]
        if head in ORG_HEADS:
            return _last_org(pos, ents) or np
        found = _last_with_head(pos, ents, low)
        return found or np
    if is_cap(words[-1]):
        return ents.fullest(np, pos)
    return np


def how_found(np: str) -> SpeakerFound:
    """How noun phrase ``np`` names a speaker: a pronoun, a description ("the agency") or a
    name."""
    words = np.split()
    if len(words) == 1 and words[0].lower() in PRONOUNS:
        return "pronoun"
    if words[0].lower() == "the" and not any(is_cap(w) for w in words[1:]):
        return "description"
    return "named"


def _recent_mentions(ents: Entities, pos: int) -> Iterator[Mention]:
    """The mentions before ``pos``, latest first, as far back as pronouns look."""
    i = bisect_left(ents.positions, pos)
    for j in range(i - 1, max(-1, i - _RECENT_MENTIONS), -1):
        yield ents.mentions[j]


def _last_person(pos: int, ents: Entities, gender: Gender, listeners: set[str]) -> str | None:
    """The person "he" or "she" at ``pos`` stands for: the first subject of its gender named in
    the latest sentence that names one (an object, "charged with threatening X", only when
    the sentence has no subject of that gender), unless a person of that gender spoke since."""
    banned = {name_tokens(x)[-1] for x in listeners if x and name_tokens(x)}
    best: Mention | None = None
    candidates: list[tuple[Mention, bool]] = []  # (mention, its gender is known)
    objects_only: tuple[Mention, list[tuple[Mention, bool]]] | None = None
    for m in _recent_mentions(ents, pos):
        key = m.tokens[-1]
        if not (m.person or key in ents.person_keys) or m.org:
            continue
        if key in banned or any(t in banned for t in m.tokens):
            continue
        g = m.gender or (None if key in ents.ambiguous else ents.gender.get(key))
        if g and g != gender:
            continue
        if best is not None and m.sentence != best.sentence:
            if not best.object or objects_only is not None:
                break
            # The latest sentence names only objects: a subject of the one before may speak.
            objects_only = (best, candidates)
            best, candidates = None, []
        candidates.append((m, g is not None))
        if best is None or _rank(m) <= _rank(best):
            best = m
    if objects_only is not None and (best is None or best.object):
        best, candidates = objects_only
    speaker = _last_speaker(pos, ents, gender, banned)
    if speaker is not None and (best is None or best.object or speaker[0] > best.pos):
        return speaker[1]
    if best is None or best.object and best.sentence in ents.described_subjects:
        # "A 55-year-old man was charged with threatening X. ... he said": not X.
        return None
    if _ambiguous(best, candidates):
        return None
    if pos - best.pos > _PRONOUN_REACH:
        return None  # named too long ago to be sure
    ents.gender.setdefault(best.tokens[-1], gender)
    return ents.fullest(best.text)


def _ambiguous(best: Mention, candidates: list[tuple[Mention, bool]]) -> bool:
    """Could "he" as well stand for another person of the sentence? Only when the gender of
    ``best`` is unknown and another name as good as it is there too."""
    known = next(k for m, k in candidates if m is best)
    if known:
        return False
    key = best.tokens[-1]
    return any(
        m.tokens[-1] != key and not m.description and _rank(m) <= _rank(best) for m, _ in candidates
    )


def _rank(m: Mention) -> int:
    """How well a mention stands for "he" or "she" within its sentence (lower is better): a
    name as subject, a role description, a name as object."""
    return 2 if m.object else 1 if m.description else 0


def _last_speaker(
    pos: int, ents: Entities, gender: Gender, banned: set[str]
) -> tuple[int, str] | None:
    """The latest person of ``gender`` (or of no known gender) who spoke before ``pos``."""
    for spos, name, org in reversed(ents.speakers[-_RECENT_SPEAKERS:]):
        if spos >= pos or org:
            continue
        tokens = name_tokens(name)
        if not tokens or not is_cap(tokens[-1]) or tokens[-1] in banned:
            continue
        g = ents.gender_of(name)
        if g is None or g == gender:
            return (spos, name) if g == gender or pos - spos < _SPEAKER_REACH else None
        # A speaker of the other gender: look further back.
    return None


def _last_org(pos: int, ents: Entities) -> str | None:
    """The most recent organisation that spoke (or, failing that, was named) before ``pos``."""
    for spos, name, org in reversed(ents.speakers[-_RECENT_SPEAKERS:]):
        if spos < pos and org:
            return name
    for m in _recent_mentions(ents, pos):
        if m.org and m.text.lower() not in COUNTRY_ACRONYMS:
            return ents.fullest(m.text)
    return None


def _last_with_head(pos: int, ents: Entities, words: list[str]) -> str | None:
    """The latest earlier speaker or mention carrying the head of the description ``words``
    ("the official" → "a senior unification ministry official", "the coach" → "Wild coach
    Bruce Boudreau", "the governor" → "Gov. Chris Christie"), a name before a description
    ("one governor")."""
    heads = {words[-1]} | HEAD_ABBREVIATIONS.get(words[-1], set())
    for spos, name, _ in reversed(ents.speakers[-_RECENT_SPEAKERS:]):
        if spos < pos and _fits(name.lower().split(), heads, words):
            return name
    described: Mention | None = None
    for m in _recent_mentions(ents, pos):
        if not _fits([t.lower().rstrip(".") for t in m.tokens], heads, words):
            continue
        if not m.description:
            return ents.fullest(m.text)
        described = described or m
    return described.text if described else None


def _fits(tokens: list[str], heads: set[str], words: list[str]) -> bool:
    """Does a name of ``tokens`` carry one of ``heads``, and no "vice" the description lacks
    ("the president" is not "Vice President Biden")?"""
    if not heads & set(tokens):
        return False
    return not ("vice" in tokens and "vice" not in words)
