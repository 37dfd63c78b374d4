"""Resolution: the name a speaker noun phrase stands for.

A pronoun ("he", "she") stands for the person of its gender the learned scorer of
:mod:`.salience` finds likely enough, "it" for the latest organisation; a definite
description ("the agency", "the official") for the latest speaker or mention it describes; a
name for its fullest form in the article. A pronoun with nothing to stand for ("they", "I",
or no one named before it) resolves to ``None``: nothing is guessed.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator

from briefreader.digest.quotes.clues import gender_of
from briefreader.digest.quotes.entities import STRIDE, Entities, Mention, name_tokens
from briefreader.digest.quotes.more_words import (
    COUNTRY_ACRONYMS,
    FEMALE_ROLES,
    HEAD_ABBREVIATIONS,
    MALE_ROLES,
)
from briefreader.digest.quotes.nouns import is_cap
from briefreader.digest.quotes.salience import pick_described, pick_person
from briefreader.digest.quotes.words import (
    ORG_HEADS,
    ORG_KINDS,
    OWNED_BODIES,
    PRONOUNS,
    TITLE_ABBREV,
    Gender,
)
from briefreader.lexicon.titles import PUBLIC_ROLES, ROLE_WORDS
from briefreader.model import SpeakerFound

# How far back (in speakers) pronouns and descriptions look for one that spoke.
_RECENT_SPEAKERS = 200
# "They" stands for an organisation named at most this many paragraphs before.
_THEY_PARAGRAPHS = 1
# The bearers of a surname are looked for among its first this many mentions (an article
# introduces its people early; the look-up stays linear in a long page).
_RELATIVE_MENTIONS = 50
# The gender of the owner a possessive pronoun names ("his campaign", "her office").
_OWNER_GENDER: dict[str, Gender] = {"his": "m", "her": "f"}
# Bodies whose names carry their kind ("the Lee campaign"): "the campaign" is one of those or
# itself, never another body.
_NAMED_KINDS = frozenset({"administration", "campaign", "committee", "council", "court", "party"})
# How far back (in mentions) pronouns and descriptions look for one that was named.
_RECENT_MENTIONS = 400


def resolve(np: str, pos: int, ents: Entities, listeners: set[str]) -> str | None:
    """Turn a speaker noun phrase into the name it stands for (``None`` for lost pronouns)."""
    words = np.split()
    low = [w.lower() for w in words]
    if len(words) == 1 and low[0] in PRONOUNS:
        kind = PRONOUNS[low[0]]
        if kind == "m" or kind == "f":
            floor = ents.sentence_start if ents.sentence_start <= pos else pos
            return pick_person(pos, floor, ents, kind, listeners)
        if kind == "o":
            return _last_org(pos, ents)
        if low[0] == "they":
            return _org_subject(pos, ents)
        return None
    if len(words) == 2 and low[0] in _OWNER_GENDER and low[1] in OWNED_BODIES:
        # "his campaign": the campaign of the man "his" stands for, named after him.
        floor = ents.sentence_start if ents.sentence_start <= pos else pos
        owner = pick_person(pos, floor, ents, _OWNER_GENDER[low[0]], listeners)
        return f"{owner} {low[1]}" if owner else None
    if low[0] == "the" and not any(is_cap(w) for w in words[1:]):
        if "of" in low[2:]:
            low = low[: low.index("of", 2)]  # "the secretary of state" is a secretary
        head = low[-1]
        if head in ORG_HEADS:
            # "the campaign" with no campaign in view: itself, not whichever body came last.
            fitting = head in _NAMED_KINDS and _latest_fitting_org(pos, ents, head)
            return fitting or np if head in _NAMED_KINDS else _last_org(pos, ents, head) or np
        found = _last_with_head(pos, ents, low)
        return found or _described_person(low, pos, ents, listeners) or np
    if low[0] == "the" and len(words) > 2 and not is_cap(words[-1]):
        # "the Texas senator", "the Democratic nominee": a name carrying the head may be
        # another senator, so only the person in view is taken.
        return _described_person(low, pos, ents, listeners) or np
    if is_cap(words[-1]):
        return _relative(np, pos, ents) or ents.fullest(np, pos)
    return np


def own_subject(pos: int, ents: Entities, gender: Gender) -> str | None:
    """ "Ann Lee, a lawyer, backed the plan, saying she believed "..."": a pronoun at ``pos``
    inside the sentence of the person who opens it (of the pronoun's gender or of none known)
    stands for that person, when no one else named before it in the sentence could be meant.
    ``None`` otherwise (the pronoun is resolved from the sentences before)."""
    start = ents.sentence_start
    if start > pos:
        return None
    lo, hi = bisect_left(ents.positions, start), bisect_left(ents.positions, pos)
    people = [
        m
        for m in ents.mentions[lo:hi]
        if m.sentence == ents.sentence_id
        and not m.org
        and not m.description
        and m.tokens[-1].lower() not in PRONOUNS
        and (m.person or m.tokens[-1] in ents.person_keys)
    ]
    if not people or people[0].object:
        return None
    if _gender(people[0], ents) not in (gender, None):
        return None
    key = people[0].tokens[-1]
    if any(m.tokens[-1] != key and _gender(m, ents) in (gender, None) for m in people[1:]):
        return None  # another who may be meant ("Ann Lee met Kay Ross, saying she ...")
    return ents.fullest(people[0].text)


def _gender(m: Mention, ents: Entities) -> Gender | None:
    """The gender of mention ``m``: its own, else its surname's (unless two people bear it)."""
    key = m.tokens[-1]
    return m.gender or (None if key in ents.ambiguous else ents.gender.get(key))


def _relative(np: str, pos: int, ents: Entities) -> str | None:
    """A surname with a title of a gender that two people of the article share ("Mrs. Hale"
    after "Dorothy Hale and her husband John Hale"): the one person of that gender who bears
    it, or the name as it is when that is not one person, rather than the fullest form of
    whichever relative was named last. ``None`` for a bare surname, or one no one else bears
    (the usual expansion applies)."""
    tokens = name_tokens(np)
    named = [t for t in tokens if t.lower().rstrip(".") not in TITLE_ABBREV]
    if len(named) != 1:
        return None
    gender = gender_of(tokens)
    if gender is None:
        return None  # a bare surname: the latest named is meant, as for anyone
    key = named[0]
    bearers: dict[str, Mention] = {}  # given name -> latest mention before pos
    for m in ents.by_token.get(key, ())[:_RELATIVE_MENTIONS]:
        given = _given_name(m.tokens, key)
        if m.pos < pos and m.person and not m.org and given:
            # "Ken" and "Kenneth" are one man.
            same = next((g for g in bearers if g.startswith(given) or given.startswith(g)), None)
            bearers.pop(same or "", None)
            bearers[min(given, same or given, key=len)] = m
    if len(bearers) < 2:
        return None
    of_gender = [m for m in bearers.values() if gender_of(m.tokens) == gender]
    return ents.fullest(of_gender[0].text) if len(of_gender) == 1 else np


def _given_name(tokens: list[str], key: str) -> str | None:
    """The given name before surname ``key`` in a mention ("Ted" of "Texas Sen. Ted Cruz",
    "George" of "George W. Bush"), if the mention ends with the surname and gives one."""
    if len(tokens) < 2 or tokens[-1] != key:
        return None
    for t in reversed(tokens[:-1]):
        low = t.lower().rstrip(".")
        if len(low) <= 1 and t.endswith("."):
            continue  # an initial
        if not is_cap(t) or low in TITLE_ABBREV or low in ROLE_WORDS:
            return None
        return t
    return None


def _described_person(low: list[str], pos: int, ents: Entities, listeners: set[str]) -> str | None:
    """The person in view a role ("the billionaire mogul", "the former aide": :data:`PUBLIC_ROLES`,
    :data:`ROLE_WORDS`) stands for when no earlier name carries it, as a pronoun of the role's
    gender would (see :func:`.salience.pick_described`)."""
    if low[-1] not in PUBLIC_ROLES and low[-1] not in ROLE_WORDS:
        return None
    gender: Gender | None = (
        "f" if low[-1] in FEMALE_ROLES else "m" if low[-1] in MALE_ROLES else None
    )
    floor = ents.sentence_start if ents.sentence_start <= pos else pos
    return pick_described(pos, floor, ents, gender, listeners)


def how_found(np: str) -> SpeakerFound:
    """How noun phrase ``np`` names a speaker: a pronoun, a description ("the agency") or a
    name."""
    words = np.split()
    if len(words) == 1 and words[0].lower() in PRONOUNS:
        return "pronoun"
    if len(words) == 2 and words[0].lower() in _OWNER_GENDER:
        return "pronoun"  # "his campaign"
    if words[0].lower() == "the" and not any(is_cap(w) for w in words[1:]):
        return "description"
    if words[0].lower() == "the" and len(words) > 2 and not is_cap(words[-1]):
        return "description"  # "the Texas senator"
    return "named"


def _recent_mentions(ents: Entities, pos: int) -> Iterator[Mention]:
    """The mentions before ``pos``, latest first, as far back as pronouns look."""
    i = bisect_left(ents.positions, pos)
    for j in range(i - 1, max(-1, i - _RECENT_MENTIONS), -1):
        yield ents.mentions[j]


def _last_org(pos: int, ents: Entities, head: str | None = None) -> str | None:
    """The most recent organisation that spoke (or, failing that, was named) before ``pos``;
    for a description ("the agency", "the company"), the latest one whose name fits its head
    ("the Federal Aviation Administration", "Acme Corp."), when one is in view."""
    if head is not None:
        fitting = _latest_fitting_org(pos, ents, head)
        if fitting:
            return fitting
    for spos, name, org in reversed(ents.speakers[-_RECENT_SPEAKERS:]):
        if spos < pos and org:
            return name
    for m in _recent_mentions(ents, pos):
        if m.org and m.text.lower() not in COUNTRY_ACRONYMS:
            return ents.fullest(m.text)
    return None


def _latest_fitting_org(pos: int, ents: Entities, head: str) -> str | None:
    """The latest organisation named or speaking before ``pos`` whose name carries ``head``
    or a word of its kind (:data:`ORG_KINDS`)."""
    kinds = ORG_KINDS.get(head, frozenset()) | {head}
    best: tuple[int, str] | None = None
    for spos, name, org in reversed(ents.speakers[-_RECENT_SPEAKERS:]):
        if spos < pos and org and kinds & _name_words(name):
            best = (spos, name)
            break
    for m in _recent_mentions(ents, pos):
        if best is not None and m.pos <= best[0]:
            break
        if m.org and kinds & _name_words(m.text):
            return ents.fullest(m.text)
        if m.qualifies in kinds:
            return f"{ents.fullest(m.text)} {m.qualifies}"  # "the Lee campaign"
    return best[1] if best else None


def _name_words(name: str) -> set[str]:
    return {w.lower().strip(".,()") for w in name.split()}


def _org_subject(pos: int, ents: Entities) -> str | None:
    """ "Acme Corp. cut 300 jobs. ... they said": "they" stands for an organisation only when
    it is the subject of the latest sentence that names anyone, in the same or the previous
    paragraph, and no person is named in that sentence; else it stays unknown."""
    floor = ents.sentence_start if ents.sentence_start <= pos else pos
    latest: Mention | None = None
    for m in _recent_mentions(ents, floor):
        if latest is None:
            latest = m
        elif m.sentence != latest.sentence:
            break
        elif not m.org:
            return None  # a person in that sentence: "they" may be people
        else:
            latest = m  # the sentence's first name
    if latest is None or not latest.org or latest.object:
        return None
    if latest.sentence in ents.described_subjects:
        return None  # "The couple and Acme met": a subject that is no name comes first
    if pos // STRIDE - latest.pos // STRIDE > _THEY_PARAGRAPHS:
        return None
    if latest.text.lower() in COUNTRY_ACRONYMS:
        return None
    return ents.fullest(latest.text)


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
