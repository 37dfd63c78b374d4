"""Clues to the people of an article from the words around their names.

- **Gender from pronouns**: a sentence naming one person only, not as an object, and using
  pronouns of one gender only ("Reeves said he would appeal") is a vote for that person's
  gender; the majority of the votes gives the gender of a name whose own words (title, role,
  given name) do not.
- **Gender from an appositive role**: "Dottie Deans, the chairwoman of the party".
- **Acting**: a name followed by its verb ("Ban demurred", "Kaplan, a lawyer, invoked") is the
  subject of its clause, the likeliest one for a later "he" or "she".
"""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from briefreader.digest.quotes.more_words import (
    COUNTRY_ACRONYMS,
    FEMALE_NAMES,
    FEMALE_ROLES,
    MALE_NAMES,
    MALE_ROLES,
    MORE_ORG_WORDS,
)
from briefreader.digest.quotes.words import (
    AUX,
    DETERMINERS,
    ORG_WORDS,
    STOP_WORDS,
    TITLE_ABBREV,
    Gender,
)
from briefreader.lexicon.speech import SPEECH_VERBS
from briefreader.lexicon.titles import FEMALE_TITLES, MALE_TITLES, ROLE_WORDS

if TYPE_CHECKING:
    from briefreader.digest.quotes.entities import Entities, Mention

_TITLE_WORDS = ROLE_WORDS | FEMALE_TITLES | MALE_TITLES | TITLE_ABBREV
_BODY_WORDS = ORG_WORDS | MORE_ORG_WORDS
# The lower-case word right after a name: a role or a body it qualifies ("Lee campaign").
_NEXT_WORD = re.compile(r"\s+([a-z][a-z\-]*)")
# A capitalised word ending in -ing and longer than this opens a clause ("Hosting Cook"),
# shorter ones may be names ("King", "Ming").
_GERUND_MIN_CHARS = 5
# Two capitals with full stops ("S.C.", "N.H."): a state, unless a country ("U.S.", "U.K.").
_STATE_ABBREV = re.compile(r"^(?:[A-Z]\.){2}$")
# How many words of a sentence opening with a description are read for its gender ("A
# 52-year-old man from Dayton"): the subject's noun comes within the first few.
_SUBJECT_WORDS = 5
# A sentence whose subject is a description ("A 52-year-old man ...", "The company ...").
_DESCRIPTIVE_SUBJECT = re.compile(r"^\W*(?:A|An|The)\s+[a-z0-9]")
_WORDS = re.compile(r"[^\W\d_][\w'\u2019\-]*")
_MALE = frozenset({"he", "him", "his", "himself"})
_FEMALE = frozenset({"she", "her", "hers", "herself"})
_WORD = re.compile(r"[A-Za-z]+")
# A sentence gives a gender vote when at most this many pronouns of the other gender stand in
# it: none (one slip would make the vote a guess).
_OTHER_GENDER_PRONOUNS = 0
# The role of an appositive stands at most this many words after its article.
_APPOSITIVE_WORDS = 5
_APPOSITIVE = re.compile(rf"\s*,\s+(?:an?|the)\s+((?:[\w\-]+\s+){{0,{_APPOSITIVE_WORDS}}}[\w\-]+)")
# After a name: an optional appositive between commas, adverbs or auxiliaries, then a
# lower-case word that is a verb of the clause (a past or present tense, or a verb of speech).
_APPOSITION = r"(?:\s*,[^,.;:]{1,80},)?"
_ACTS = re.compile(
    rf"(?:['\u2019]s?)?{_APPOSITION}\s+((?:(?:[a-z]+ly|{'|'.join(sorted(AUX))})\s+){{0,3}})"
    r"([a-z][a-z\-]*)\b"
)
_ROLES = ROLE_WORDS | FEMALE_ROLES | MALE_ROLES
_NOT_VERBS = STOP_WORDS | DETERMINERS | ROLE_WORDS | AUX


def pronoun_gender(sentence: str) -> Gender | None:
    """The one gender of the personal pronouns of ``sentence`` (its quotes blanked), if any."""
    words = [w.lower() for w in _WORD.findall(sentence)]
    male = sum(1 for w in words if w in _MALE)
    female = sum(1 for w in words if w in _FEMALE)
    if male and female <= _OTHER_GENDER_PRONOUNS:
        return "m"
    if female and male <= _OTHER_GENDER_PRONOUNS:
        return "f"
    return None


# Pronoun votes against the gender a given name gave a surname that make it a surname of two
# people, a man and a woman (one vote may be a pronoun for someone else: "X told her that").
CONFLICTING_VOTES = 2


def majority(votes: Counter[tuple[str, Gender]], key: str) -> Gender | None:
    """The gender most votes give ``key`` (``None`` on a tie or without votes)."""
    m, f = votes[(key, "m")], votes[(key, "f")]
    return "m" if m > f else "f" if f > m else None


def appositive_role(text: str, end: int) -> list[str]:
    """The words of the appositive role right after a name ending at ``end`` ("…, the
    chairwoman of …" → ["chairwoman"]), or ``[]``."""
    m = _APPOSITIVE.match(text, end)
    if not m:
        return []
    words = m.group(1).lower().split()
    return words if any(w in _ROLES for w in words) else []


# Verbs that only a person does right after its name ("Ebeling said it was hard for her"):
# no "reported" or "wrote", which newspapers and agencies do too.
_PERSON_SPEECH = frozenset(
    [
        "said",
        "says",
        "told",
        "tells",
        "added",
        "adds",
        "recalled",
        "recalls",
        "explained",
        "explains",
        "admitted",
        "admits",
        "insisted",
        "insists",
        "acknowledged",
        "acknowledges",
    ]
)
_SPEAKS = re.compile(r"\s+(?:also\s+|later\s+)?([a-z]+)\b")
# An age in commas right after a name ("Delroy Smitts, 33, of Tulsa"): only people have one.
_AGE = re.compile(r",\s*\d{1,3}\s*,")


def speaking_person(ents: Entities, m: Mention, text: str, end: int) -> None:
    """ "Ebeling said it was hard for her", "Smitts, 33, of Tulsa": a name said to speak or
    given an age is a person, so that a later "she" may stand for it, though the article gives
    it no first name or title."""
    found = _SPEAKS.match(text, end)
    aged = _AGE.match(text, end) is not None
    if (
        m.org
        or m.description
        or not aged
        and (found is None or found.group(1) not in _PERSON_SPEECH)
    ):
        return
    m.person = True
    ents.person_keys.add(m.tokens[-1])


def acts(text: str, end: int) -> bool:
    """Is the name ending at ``end`` in ``text`` followed by a verb of its clause?"""
    m = _ACTS.match(text, end)
    if not m:
        return False
    verb = m.group(2)
    if verb in _NOT_VERBS:
        return False
    if m.group(1).strip():
        return True  # after an auxiliary ("could see", "has said") the word is a verb
    return verb in SPEECH_VERBS or verb.endswith(("ed", "es", "s")) and not verb.endswith("ss")


def gender_of(tokens: list[str]) -> Gender | None:
    """The gender a name's own words give: a title ("Mrs."), a role ("congresswoman") or a
    common given name ("Hillary")."""
    lows = [t.lower().rstrip(".") for t in tokens]
    if lows[0] in FEMALE_TITLES:
        return "f"
    if lows[0] in MALE_TITLES:
        return "m"
    for w in lows:
        if w in FEMALE_ROLES:
            return "f"
        if w in MALE_ROLES:
            return "m"
    # The given name comes after any title or role: "Virginia Gov. Terry McAuliffe" is
    # Terry's, not Virginia's. A name of one word gives no gender by the lists: it is most
    # often a surname given again ("Omar", "Warren", "Grant") or a place ("Charlotte").
    titled = [i for i, w in enumerate(lows[:-1]) if w in _TITLE_WORDS]
    given = lows[titled[-1] + 1 : -1] if titled else lows[:-1]
    for w in given:
        if w in FEMALE_NAMES:
            return "f"
        if w in MALE_NAMES:
            return "m"
    return None


def appositive_gender(ents: Entities, m: Mention, text: str, end: int) -> None:
    """ "Dottie Deans, the chairwoman of the party": the role gives the name a gender."""
    role = appositive_role(text, end)
    g: Gender | None = None
    if FEMALE_ROLES.intersection(role):
        g = "f"
    elif MALE_ROLES.intersection(role):
        g = "m"
    if g is None or m.org:
        return
    m.person = True
    m.gender = m.gender or g
    key = m.tokens[-1]
    ents.person_keys.add(key)
    if key not in ents.ambiguous:
        ents.gender.setdefault(key, g)


def genders_from_pronouns(ents: Entities, pronoun_sentences: dict[int, Gender]) -> None:
    """Each sentence naming one person and using pronouns of one gender votes for that
    person's gender; the majority sets the gender of names that have none (see the module
    docstring)."""
    people: dict[int, set[str]] = {}
    for m in ents.mentions:
        if m.sentence in pronoun_sentences and not m.org and not m.description:
            if m.person or m.tokens[-1] in ents.person_keys:
                # An object ("he says to Reynolds") is counted as a person, not given a vote.
                people.setdefault(m.sentence, set()).add("" if m.object else m.tokens[-1])
    votes: Counter[tuple[str, Gender]] = Counter()
    for sentence, keys in people.items():
        if len(keys) == 1 and "" not in keys:
            votes[(next(iter(keys)), pronoun_sentences[sentence])] += 1
    for key, _ in list(votes):
        g = majority(votes, key)
        if not g or key in ents.ambiguous:
            continue
        given = ents.gender.get(key)
        if given is not None and given != g and votes[(key, g)] >= CONFLICTING_VOTES:
            # "Tom Lind" makes Lind a man, but "Lind ... her ... she" again and again: the
            # surname is borne by a man and a woman ("Ann Lind and her husband, Tom").
            ents.ambiguous.add(key)
        else:
            ents.gender.setdefault(key, g)


def note_described_subjects(
    ents: Entities, text: str, sents: list[tuple[int, int]], sid: int
) -> None:
    """Record the sentences of a paragraph that open with a description ("A man ...", "The
    company ..."), and the gender of the description when it has one."""
    for k, (a, b) in enumerate(sents):
        if _DESCRIPTIVE_SUBJECT.match(text, a):
            ents.described_subjects.add(sid + k)
            g = _subject_gender(text[a:b])
            if g is not None:
                ents.unnamed_actor[sid + k] = g


def _subject_gender(sentence: str) -> Gender | None:
    """The gender of a descriptive subject ("A 52-year-old man from Dayton was ..."): that of
    the first gendered role among its first words, if any."""
    for w in _WORDS.findall(sentence)[:_SUBJECT_WORDS]:
        low = w.lower()
        if low in FEMALE_ROLES:
            return "f"
        if low in MALE_ROLES:
            return "m"
    return None


def person_before_of(tokens: list[str]) -> list[str]:
    """ "Gov. Lena Marsh of Ohio": a person's name (a title or a known given name before its
    last word) before "of" and a place is the name; "Bank of America" and "Secretary of
    State" are left whole."""
    if "of" not in tokens:
        return tokens
    cut = tokens.index("of")
    head = tokens[:cut]
    if len(head) < 2 or head[-1].lower().rstrip(".") in _TITLE_WORDS:
        return tokens
    if gender_of(head) is None and head[0].lower().rstrip(".") not in _TITLE_WORDS:
        return tokens
    return head


def role_then_name(tokens: list[str], lows: list[str]) -> bool:
    """Does a name (``tokens``, lower-cased ``lows``) end with a role and a person's name after
    the body it serves ("Acme Corp. CEO Ann Bell", "Lee campaign manager Tom Weir")? Then it is
    that person, not the body."""
    for i in range(len(tokens) - 2, -1, -1):
        if lows[i] in ROLE_WORDS or lows[i] in TITLE_ABBREV:
            rest = range(i + 1, len(tokens))
            return all(tokens[j][:1].isupper() and lows[j] not in _BODY_WORDS for j in rest)
    return False


def qualifies_next(text: str, end: int) -> str:
    """The role or body that the name ending at ``end`` qualifies ("campaign" of "Lee campaign
    manager Tom Weir", of "the Lee campaign"), else "". Such a name is no subject."""
    m = _NEXT_WORD.match(text, end)
    if m is None or not (m.group(1) in ROLE_WORDS or m.group(1) in _BODY_WORDS):
        return ""
    return m.group(1)


def is_state_abbrev(token: str) -> bool:
    """Is ``token`` a state written as two dotted capitals ("S.C.", "N.H."), no body that
    speaks ("U.S." and "U.K." are countries, named as bodies)?"""
    return bool(_STATE_ABBREV.match(token)) and token.lower() not in COUNTRY_ACRONYMS


def is_gerund(token: str) -> bool:
    """Is ``token`` a capitalised -ing form that opens a sentence ("Hosting"), not a name?"""
    low = token.lower()
    return (
        len(low) > _GERUND_MIN_CHARS
        and low.endswith("ing")
        and low not in MALE_NAMES
        and low not in FEMALE_NAMES
    )
