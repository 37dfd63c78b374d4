"""Noun phrases: the subject before a speech verb and the speaker after an inverted one.

"X, the foreign minister, said", "said Rep. Lee", "Wild coach Bruce Boudreau told": the words
are walked from the verb outwards until a clause word, a time word or punctuation ends the
phrase, appositives are skipped, and function words and adverbs are trimmed from both ends.
"""

from __future__ import annotations

import re
from contextvars import ContextVar

from briefreader.digest.quotes.more_words import (
    FEMALE_NAMES,
    MALE_NAMES,
    MORE_LEADING_FUNCTION,
    NAME_MODIFIERS,
    NOT_SPEAKERS,
    PLACE_WORDS,
)
from briefreader.digest.quotes.words import (
    AUX,
    DETERMINERS,
    GROUP_SPEAKERS,
    INNER_AFTER_NOUN,
    LEADING_FUNCTION,
    NP_INNER,
    OBJECT_PRONOUNS,
    PRONOUNS,
    RELATIVE_PRONOUNS,
    STOP_WORDS,
    TIME_ABBREV,
    TIME_WORDS,
    TITLE_ABBREV,
)
from briefreader.lexicon.marks import WHITESPACE
from briefreader.lexicon.speech import SPEECH_VERBS, WEAK_VERBS
from briefreader.lexicon.titles import ROLE_WORDS

#: Capitalised function words the article being read gives as surnames ("Will" of "George
#: Will", "From" of "Al From"): walked back from a verb, they are the name, not a clause word.
#: Set by :func:`briefreader.digest.quotes.find_quotes` for one article at a time.
FUNCTION_SURNAMES: ContextVar[frozenset[str]] = ContextVar("function_surnames", default=frozenset())

#: An acronym in parentheses after a name, "(NIS)": a capital, then at most this many letters
#: or full stops (a longer word in parentheses is an aside, not an acronym).
ACRONYM_TAIL = 9
_TOKEN_RE = re.compile(rf"\w+(?:['\u2019\-.]\w+)*\.?|\([A-Z][A-Za-z.]{{1,{ACRONYM_TAIL}}}\)|\S")
# A noun phrase of more words than this is a clause, not a speaker.
_MAX_NP_WORDS = 12
# "X, a senior analyst at Y, the Z group, said": at most this many comma chunks are looked at.
_MAX_CHUNKS = 6
# A lower-case word ending in "ly" at least this long is an adverb ("reportedly", not "holy").
_ADVERB_MIN_CHARS = 5
# A plural noun phrase of at most this many words may speak ("police officers said").
_MAX_PLURAL_SPEAKER_WORDS = 2
_LEADING = LEADING_FUNCTION | MORE_LEADING_FUNCTION
# A party and state after a name ("R-Ky.", "D-Ill."): an appositive, not a name.
_PARTY_TAG = re.compile(r"^\(?[RDI]-[A-Z][A-Za-z.]*\)?$")
# "Jane Doe (D-Ill.) said": a short parenthetical before the verb is skipped.
_TRAILING_ASIDE = re.compile(r"\s*\([^()]{1,24}\)\s*$")
# A possessive description opens with a name of at most this many words, titles and place
# included ("Donald Trump's aide", "California Rep. Ann Lee's chief of staff").
_POSSESSIVE_NAME_WORDS = 5
# A capitalised surname written like a pronoun ("He Jianxiong") when a capitalised word follows.
_PRONOUN_SURNAMES = frozenset({"He"})
# A chunk of at most this many words after "in City," is the rest of a place ("Raleigh, N.C.").
_PLACE_CHUNK_WORDS = 2
# A lower-case role word among a chunk's first words makes it an appositive ("South Carolina
# director for Sanders").
_ROLE_WITHIN = 4
# Prepositions whose object a name walked back to is ("speaking to Fox News said").
_PREPOSITIONS = frozenset({"about", "against", "at", "by", "from", "to", "toward", "with"})
# A name of at most this many words after such a preposition is its object, not the subject.
_OBJECT_NAME_WORDS = 2
_POSSESSIVES = ("'s", "\u2019s", "'", "\u2019")  # longest first: "Kim's" loses "'s", not "'"
# A reporting verb after a name that ends a walked-back phrase: "which Lee claims affirmed
# '...'" is Lee's claim ("claims" is no speech verb elsewhere: it is mostly a noun).
_REPORTING_TAIL = SPEECH_VERBS | WEAK_VERBS | frozenset({"claims", "contends", "maintains"})


def is_cap(tok: str) -> bool:
    """Is ``tok`` capitalised (or an acronym in parentheses, "(NIS)")?"""
    return bool(tok) and (tok[0].isupper() or (tok[0] == "(" and len(tok) > 1))


def is_time(tok: str) -> bool:
    """A day, month or time word ("Monday", "Oct.", "earlier"), not a name like "Mar Hicks"."""
    low = tok.lower()
    if low.rstrip(".") in TIME_WORDS:
        return True
    return tok.endswith(".") and low[:-1] in TIME_ABBREV


def is_abbrev(tok: str) -> bool:
    """Does the full stop of ``tok`` mark an abbreviation ("Mr.", "J.", "U.S.")?"""
    core = tok[:-1].lower()
    return core in TITLE_ABBREV or (len(core) == 1 and tok[0].isupper()) or "." in core


def strip_possessive(tok: str) -> str:
    """``tok`` without a possessive ending ("Kim's" → "Kim")."""
    for suf in _POSSESSIVES:
        if tok.endswith(suf) and len(tok) > len(suf):
            return tok[: -len(suf)]
    return tok


def _is_adverb(word: str) -> bool:
    return word.islower() and word.endswith("ly") and len(word) >= _ADVERB_MIN_CHARS


def _clean_np(words: list[str]) -> list[str]:
    """Trim function words, adverbs and time words from both ends of a noun phrase."""
    surnames = FUNCTION_SURNAMES.get()
    while (
        words
        and words[0] not in surnames
        and (
            words[0].lower() in _LEADING
            and not (words[0].lower() in DETERMINERS and len(words) > 1)
            or is_time(words[0])
        )
    ):
        words = words[1:]
    while (
        words
        and words[-1] not in surnames
        and (words[-1].lower() in AUX or _is_adverb(words[-1]) or is_time(words[-1]))
    ):
        words = words[:-1]
    if words and words[-1] in _REPORTING_TAIL and (len(words) == 1 or is_cap(words[-2])):
        words = words[:-1]  # "which Lee claims": Lee; a verb alone names nobody
    return words


def _appositive_like(chunk: str, prev: str = "") -> bool:
    """Does a comma-delimited chunk read as an appositive ("a senior analyst at X", "35",
    "Obama's adviser", "R-Ky.", the "N.C." of "in Raleigh, N.C.")? ``prev`` is the chunk before."""
    words = chunk.split()
    if not words:
        return False
    first = words[0].lower()
    return (
        words[0][0].islower()
        or words[0][0].isdigit()
        or first in DETERMINERS
        or first in RELATIVE_PRONOUNS
        or first in ROLE_WORDS
        or _possessive_description(words)
        or any(w in ROLE_WORDS for w in words[1:_ROLE_WITHIN])
        or bool(_PARTY_TAG.match(chunk.strip()))
        or _is_place(words, prev)
    )


def _opens_relative(chunk: str) -> bool:
    """Does a comma-delimited chunk open a relative clause ("who served in Iran")?"""
    words = chunk.split()
    return bool(words) and words[0].lower() in RELATIVE_PRONOUNS


def _possessive_description(words: list[str]) -> bool:
    """ "Obama's adviser on counterterrorism", "Vindman's superior", "Donald Trump's fired
    campaign manager": a possessive name, then a lower-case noun."""
    for i, word in enumerate(words[:_POSSESSIVE_NAME_WORDS]):
        if not word[0].isupper():
            return False
        if strip_possessive(word) != word:
            rest = words[i + 1 :]
            # After a longer name, a role must follow: "Ann Lee's aide", "Ann Lee's chief of
            # staff", not "Ann Lee's right-hand woman rallied supporters" (a clause).
            return (
                bool(rest)
                and rest[0][0].islower()
                and (i == 0 or any(w in ROLE_WORDS for w in rest[:_ROLE_WITHIN]))
            )
    return False


def _is_place(words: list[str], prev: str) -> bool:
    """Is a chunk the state or country after a city ("Washington, D.C.", "Columbus, Ohio")?"""
    if all(w.lower() in PLACE_WORDS for w in words):
        return True
    before = prev.split()[-2:]
    return (
        len(words) <= _PLACE_CHUNK_WORDS
        and len(before) == 2
        and before[0] in {"in", "of", "from", "near"}
        and is_cap(before[1])
        and all(is_cap(w) for w in words)
    )


def np_before(text: str, object_ok: bool = False) -> str | None:
    """The noun phrase that ends ``text`` (the subject before a speech verb).

    "X, the foreign minister, said", "X, 35, said" and "X, a senior analyst at Y, the Z group,
    told" give X; "her mother, Fiona, said" gives Fiona. A short name after a preposition is
    its object ("a source speaking to Fox News said"), unless ``object_ok`` (before a
    participle, "with X tweeting", the name is the participle's subject).
    """
    stripped = _TRAILING_ASIDE.sub("", text.rstrip(WHITESPACE))
    tag = stripped[:-1].rstrip(WHITESPACE).rsplit(None, 1)[-1:] if stripped.endswith(",") else []
    if tag and _PARTY_TAG.match(tag[0]) and tag[0].startswith("("):
        # "Sen. Jo Reed (D-R.I.), said": the comma only closes the party tag.
        stripped = _TRAILING_ASIDE.sub("", stripped[:-1].rstrip(WHITESPACE))
    if not stripped.endswith(","):
        np = _walk_back(stripped, object_ok)
        if np is None and re.search(r"\b(?:and|but|then)\s*$", stripped):
            np = _clause_subject(stripped)
        return np
    chunks = re.split(r",|\u2014|\u2013", stripped[:-1])[-_MAX_CHUNKS:]
    # "X, who served in Iran, Turkey and France, said": the chunks after a relative clause
    # go on with it.
    relative = next((i for i in range(1, len(chunks)) if _opens_relative(chunks[i])), None)
    if relative is not None:
        chunks = chunks[: relative + 1]
    last = len(chunks) - 1
    if last == 0:
        return None  # "X," said: no appositive to skip, the comma belongs to something else.
    k = last
    while k > 0 and _appositive_like(chunks[k], chunks[k - 1]):
        k -= 1
    if k == 0 and _appositive_like(chunks[0]) or k == last:
        # All descriptions ("The victim's mother, a nurse,"), or a name after a description
        # ("her mother, Fiona,").
        if k == last and not _appositive_like(chunks[k - 1]):
            return None  # "In Seoul, Kim, said" is not grammatical: a list or a mis-parse.
        return _walk_back(chunks[k], object_ok)
    np = _walk_back(chunks[k], object_ok)
    return np if np else _walk_back(chunks[k + 1], object_ok)


def _clause_subject(text: str) -> str | None:
    """ "Uber stepped in and tweeted": the subject that opens the clause before "and"."""
    clause = re.split(r"[,;:\u2014\u2013]", text)[-1].split()
    lead: list[str] = []
    for w in clause:
        if not (is_cap(w) or lead and w.lower() in ROLE_WORDS | NP_INNER):
            break
        lead.append(w)
    lead = _clean_np(lead)
    if not lead and clause and clause[0].lower() in PRONOUNS:
        lead = clause[:1]
    return " ".join(lead) or None


def _walk_back(text: str, object_ok: bool = False) -> str | None:
    """The noun phrase that ends ``text``, walked back word by word from its end."""
    tokens = _TOKEN_RE.findall(_TRAILING_ASIDE.sub("", text))
    words: list[str] = []
    i = len(tokens)
    ended_by = ""
    while i > 0:
        i -= 1
        tok = tokens[i]
        low = tok.lower()
        ended_by = low
        if not tok[0].isalnum() and tok[0] != "(":
            break
        if _name_not_function_word(tok, words, tokens[i - 1] if i > 0 else ""):
            words.insert(0, tok)  # "Will wrote" after "George Will"; '"...," Will Estrada said'
            continue
        if low in AUX and not words:
            continue
        if not words and (low in PRONOUNS or low in GROUP_SPEAKERS):
            return tok
        if tok in _PRONOUN_SURNAMES and words and is_cap(words[0]):
            words.insert(0, tok)  # "He Jianxiong said"
            continue
        if low in STOP_WORDS:
            prev = tokens[i - 1].lower() if i > 0 else ""
            if words and _inner_word(low, prev):
                words.insert(0, tok)
                continue
            if low in DETERMINERS and words:
                words.insert(0, tok)
                ended_by = tokens[i - 1].lower() if i > 0 else ""
            break
        if is_time(tok):
            if words:
                break
            continue
        if tok[0].islower() and words and is_cap(words[0]) and low not in ROLE_WORDS:
            # A lower-case word before a name ends it unless it is a role ("coach X").
            if low in DETERMINERS:
                words.insert(0, tok)
                ended_by = tokens[i - 1].lower() if i > 0 else ""
            break
        words.insert(0, tok)
        ended_by = ""
        if len(words) > _MAX_NP_WORDS:
            return None
    return _finish(words, ended_by if not object_ok else "")


def _name_not_function_word(tok: str, words: list[str], before: str) -> bool:
    """Is function word ``tok``, walked back to before ``words`` (``before`` is the token
    before it), part of a name: a surname the article gives ("Will" of "George Will") or a
    given name opening its phrase ("Will Estrada")?"""
    if tok in FUNCTION_SURNAMES.get():
        return not words or is_cap(words[0]) or len(words) == 1 and words[0] in _REPORTING_TAIL
    return _given_aux(tok) and bool(words) and is_cap(words[0]) and (not before or _opens(before))


def _given_aux(tok: str) -> bool:
    """A capitalised auxiliary that, right before another capitalised word in a speaker's place,
    is a given name ("Will Doyle", "May Lee")."""
    return tok[:1].isupper() and tok[1:].islower() and tok.lower() in AUX


def _opens(tok: str) -> bool:
    """Does the token before a name end what went before (a quote mark, a comma, a dash)?"""
    return not tok[0].isalnum()


def _finish(words: list[str], ended_by: str) -> str | None:
    """The noun phrase of ``words`` walked back to the word ``ended_by``, trimmed."""
    words = _clean_np(words)
    if words and ended_by in _PREPOSITIONS:
        words = _after_preposition(words)
    if words and _is_transitive(ended_by):
        return None  # "the man who threatened Rep. X said": X is the object, not the speaker
    return " ".join(words) if words else None


def _is_transitive(word: str) -> bool:
    """Is the lower-case word a name was walked back to a verb it is the object of
    ("threatened", "attacking"), not a modifier ("former", "retired", "acting")?"""
    return (
        word.isalpha()
        and word.islower()
        and word.endswith(("ed", "ing"))
        and word not in NAME_MODIFIERS
        and word not in ROLE_WORDS
    )


def _after_preposition(words: list[str]) -> list[str]:
    """A name walked back to a preposition is its object ("a source speaking to Fox News
    said"), unless a person's given name starts the subject inside it ("Ambassador to Ukraine
    Kurt Volker said" → "Kurt Volker")."""
    for i in range(1, len(words) - 1):
        if words[i].lower() in MALE_NAMES | FEMALE_NAMES:
            return words[i:]
    return [] if len(words) <= _OBJECT_NAME_WORDS else words


def _inner_word(low: str, prev: str) -> bool:
    """May stop word ``low`` (after ``prev``) stand inside a noun phrase ("officials in X")?"""
    return low == "of" or (
        low in INNER_AFTER_NOUN and (prev in ROLE_WORDS or (prev.endswith("s") and prev.isalpha()))
    )


def np_after(text: str) -> str | None:
    """The noun phrase that opens ``text`` (the speaker after an inverted verb)."""
    tokens = _TOKEN_RE.findall(text)
    words: list[str] = []
    for n, tok in enumerate(tokens):
        low = tok.lower()
        if not tok[0].isalnum() and not (tok[0] == "(" and len(tok) > 1):
            break  # a bare "(" opens an aside ("Sen. Ben Sasse (R-Neb.)")
        if is_time(tok):
            break
        if not words and (tok in _PRONOUN_SURNAMES or _given_aux(tok)) and n + 1 < len(tokens):
            if tokens[n + 1][0].isupper() and tokens[n + 1].lower() not in STOP_WORDS:
                words.append(tok)  # "said He Jianxiong", "said Will Doyle"
                continue
        if low in STOP_WORDS:
            if not words and low in OBJECT_PRONOUNS:
                return None
            if not words and low in PRONOUNS:
                return tok
            if _continues_forward(low, words):
                words.append(tok)
                continue
            break
        if tok.endswith(".") and not is_abbrev(tok):
            words.append(tok[:-1])
            break
        words.append(tok)
        if len(words) > _MAX_NP_WORDS:
            return None
    while words and words[-1].lower() in NP_INNER | DETERMINERS:
        words.pop()
    words = _clean_np(words)
    if not words or words[0].lower() in OBJECT_PRONOUNS:
        return None
    return " ".join(words)


def _continues_forward(low: str, words: list[str]) -> bool:
    """May stop word ``low`` go on the noun phrase ``words`` walked forward so far?"""
    named = any(is_cap(w) for w in words)
    if low in NP_INNER and words and not named:
        return True
    if low in {"of", "for"} and words:
        return True
    return low in DETERMINERS and not words


def looks_like_speaker(np: str) -> bool:
    """Can noun phrase ``np`` speak: a pronoun, a name, a description, a short plural?"""
    words = np.split()
    if not words:
        return False
    first = words[0].lower()
    if first in PRONOUNS and len(words) == 1:
        return True
    if first in NOT_SPEAKERS or all(w.lower() in DETERMINERS for w in words):
        return False  # "what's", "Another"
    if any(is_cap(w) for w in words):
        return True
    if first in DETERMINERS or first.endswith(("'s", "\u2019s")):
        return True
    return len(words) <= _MAX_PLURAL_SPEAKER_WORDS and words[-1].endswith("s")
