"""Speech verbs and the frame around a quote: who the text of the quote's sentence says spoke.

The frame is the text of the quote's sentence before and after the quote. In it, each speech
verb ("said", "told", "according to", "was quoted as saying") is paired with its noun phrase
("X said", "said X", "X, the foreign minister, said", "according to X", "was described by X")
and ranked by a tier: how directly it reports the quote. A colon lead-in without a verb
(``X: "..."``) is the last resort.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefreader.digest.quotes.frames import colon_appositive_speaker, opens_clause
from briefreader.digest.quotes.more_words import (
    INVERTED_ONLY,
    MORE_PARTICIPLES,
    MORE_SPEECH_VERBS,
    REPORT_NOUNS,
    SPEECH_PHRASES,
)
from briefreader.digest.quotes.nouns import is_cap, looks_like_speaker, np_after, np_before
from briefreader.digest.quotes.words import BE, NP_INNER, OWNED_BODIES, words
from briefreader.lexicon.marks import WHITESPACE
from briefreader.lexicon.speech import INVERTING, PARTICIPLES, SPEECH_VERBS, TELL_VERBS, WEAK_VERBS

_SPEECH = SPEECH_VERBS | MORE_SPEECH_VERBS | frozenset(SPEECH_PHRASES)
_INVERTING = INVERTING | MORE_SPEECH_VERBS | INVERTED_ONLY
_PARTICIPLES = PARTICIPLES | MORE_PARTICIPLES
_ALL_VERBS = _SPEECH | WEAK_VERBS | _PARTICIPLES | INVERTED_ONLY

VERB_RE = re.compile(
    r"\b(?:(?:was|were|is|are|has been|had been|being) quoted as (?:saying|telling)"
    r"|[Aa]ccording to|weighed in|Said|Says"
    r"|(?:" + "|".join(sorted(_ALL_VERBS, key=lambda verb: (-len(verb), verb))) + r"))\b"
)
"""A speech verb (longest forms first, so "says" is not read as "say")."""
_PASSIVE_BY = re.compile(r"^\s*(?:\w+ly\s+)?by\s+(.*)$", re.DOTALL)
# A participle of receiving or passing on and "by" right before a name: "(a letter) obtained
# by", "(a memo) seen by" (whoever wrote or issued it would speak: "a memo written by" is not
# one, see _WRITING_PARTICIPLES).
_RECEIVING_PARTICIPLES = "|".join(
    sorted(words("obtained seen reviewed viewed cited reported published aired broadcast acquired"))
)
# A noun phrase of this many characters at most follows the participle's "by" at the lead's end.
_PAST_AGENT_CHARS = 60
_PAST_AGENT = re.compile(
    rf"\b(?:{_RECEIVING_PARTICIPLES})\s+by\s+[^,;:.!?\"\u201c\u201d]{{1,{_PAST_AGENT_CHARS}}}$"
)
# Written things that "read" a quote ("the sign read", "a banner reads"), and their frames.
_WRITTEN_WORDS = words(
    """ad banner billboard caption card e-mail email headline inscription letter memo message
    note placard plaque post poster release sign statement text tweet"""
)
_WRITTEN = "|".join(sorted(_WRITTEN_WORDS))
# Words at most before the written thing that "reads" ("one Ohio Department of Parks sign")
# and between a determiner and it after the quote ("the campaign's fundraising email").
_READ_BEFORE_WORDS = 6
_READ_AFTER_WORDS = 4
_READ_BEFORE = re.compile(
    rf"((?:[\w.'\u2019\-]+\s+){{0,{_READ_BEFORE_WORDS}}}?(?:{_WRITTEN}))\s+reads?\s*[,:]?\s*$",
    re.IGNORECASE,
)
_READ_AFTER = re.compile(
    rf"^\s*,?\s*((?:the|a|an|one|another|its|his|her|their)\s+(?:[\w.'\u2019\-]+\s+)"
    rf"{{0,{_READ_AFTER_WORDS}}}?(?:{_WRITTEN}))\s+reads?\b",
    re.IGNORECASE,
)
# The participles whose agent wrote or sent out the document and so speaks in it ("a court
# document filed by X", "a letter signed by X"); any other ("obtained", "reviewed", "quoted",
# "forwarded", "leaked" by X) only passed it on or reported it, so X is not the speaker.
_WRITING_PARTICIPLES = "|".join(
    sorted(words("filed written signed submitted sent issued released drafted prepared authored"))
)
_REPORT_NOUN = "(?:" + "|".join(sorted(REPORT_NOUNS)) + ")"
# A report noun's words before "by": "a court document", "the county's annual audit".
_REPORT_NP_WORDS = 4
# "according to a court document filed by X", "a survey by X", "a statement from X": the source
# is X, right after a report noun or a writing participle following one.
_FILED_BY = re.compile(
    rf"\s*(?:\S+\s+){{0,{_REPORT_NP_WORDS}}}?{_REPORT_NOUN}\s+(?:(?:{_WRITING_PARTICIPLES})\s+)?"
    r"(?:by|from)\s+(.*)$",
    re.IGNORECASE | re.DOTALL,
)
# A cleft "It was X who" right before the verb: its subject is X (a "who" after any other
# clause, "Y met the reporter X who wrote", leaves the verb's subject unknown, as before).
_IT_WAS_WHO = re.compile(r"\bIt\s+(?:was|is)\s+([^,;:]+?)\s+who\s*$")
# A speaker named before a colon ("Kim Jong-un: "...") stands within this many characters.
_COLON_LEAD_CHARS = 80
_COLON_LEAD = re.compile(rf"([^.!?:;\"\u201c\u201d]{{1,{_COLON_LEAD_CHARS}}}):\s*$")
# A verb this many characters or fewer after the closing mark reports the quote itself.
_ADJACENT_CHARS = 60
# What may stand between a verb and the quote it introduces ("X said that "...").
_INTRODUCERS = ("", ",", ":", "that", "that,")
_CLAUSE_BREAK = re.compile(r"[,;\u2014\u2013]")
# A second clause joined to the first ("X asked for a photo and Y said").
_COORDINATION = re.compile(r"\b(?:and|but|while|whereas)\b|;")
# After a verb, another subject and verb of speech: the speech is relayed ("the office said he
# said", "police said the man told them").
_RELAYED = re.compile(
    r"^\s+(?:that\s+)?(?:he|she|they|the\s+\w+|[A-Z][\w.'\-]*(?:\s+[A-Z][\w.'\-]*){0,3})"
    r"\s+(?:had\s+)?(?:said|says|told|wrote|added|shouted|yelled)\b"
)


# "his campaign said", "her office said": a body of the person a pronoun stands for.
_OWNED_BODY = re.compile(
    r"(?:^|[\s,(\u2014\u2013])((?:[Hh]is|[Hh]er)\s+(?:" + "|".join(sorted(OWNED_BODIES)) + r"))"
    r"\s*,?\s*$"
)


# Tiers of a hit, best first: how directly the verb reports the quote.
TIER_OWN_CLAUSE = -1  # 'X said in a memo that the "..."': the quote completes X's clause
TIER_ADJACENT = 0  # a speech verb right beside the quote
TIER_SPEECH = 1  # a speech verb further off in the sentence
TIER_WEAK = 2  # a cognition or report verb ("believes", "praised")
TIER_PARTICIPLE = 3  # "..., adding": continues the sentence's subject, names nobody itself


@dataclass(slots=True)
class Hit:
    """A speech verb of a quote's frame with the noun phrase that says it."""

    np: str
    tier: int  # one of the TIER_ values
    distance: int  # characters between the verb and the quote
    listener: str | None = None  # who was told ("told reporters")
    participle: bool = False
    before: bool = False  # the verb stands before the quote


def verb_hits(before: str, after: str) -> list[Hit]:
    """Speech-verb attributions in the text before and after a quote, best first."""
    hits: list[Hit] = []
    # After the quote: "," X said ... / "," said X ... / ", according to X".
    for m in VERB_RE.finditer(after):
        lead, rest = after[: m.start()], after[m.end() :]
        if _RELAYED.match(rest):
            continue  # '"...," the office said he said': the relayer is not the speaker
        adjacent = m.start() < _ADJACENT_CHARS
        hits.extend(_hit(m.group().lower(), lead, rest, m.start(), adjacent, after_quote=True))
    # Before the quote: X said: "..." / X said the plan "..." / According to X, "...".
    outer_end = -1  # the end of the first verb whose clause the quote completes
    for m in VERB_RE.finditer(before):
        lead, rest = before[: m.start()], before[m.end() :]
        adjacent = rest.strip(WHITESPACE) in _INTRODUCERS
        dist = len(before) - m.end()
        found = _hit(m.group().lower(), lead, rest, dist, adjacent, after_quote=False)
        for h in found:
            h.before = True
            if h.tier != TIER_OWN_CLAUSE:
                continue
            if outer_end < 0:
                outer_end = m.end()
            elif not _COORDINATION.search(before[outer_end : m.start()]):
                # 'X said the board had asked a "..."': the quote is X's, inside X's clause.
                h.tier = TIER_SPEECH
        hits.extend(found)
    hits.extend(_reading_hits(before, after))
    hits.sort(key=lambda h: (h.tier, h.distance))
    return hits


def _reading_hits(before: str, after: str) -> list[Hit]:
    """ "One state sign read, "..."", '"...," the email read': a written thing that "reads"
    the quote is its speaker (the document itself: who sent it is not safe to name); "read"
    after any other subject is no speech ("She read the report")."""
    m = _READ_BEFORE.search(before)
    if m:
        return [Hit(m.group(1), TIER_ADJACENT, len(before) - m.end(), before=True)]
    m = _READ_AFTER.match(after)
    return [Hit(m.group(1), TIER_ADJACENT, m.start(1))] if m else []


def _hit(
    verb: str, lead: str, rest: str, dist: int, adjacent: bool, after_quote: bool
) -> list[Hit]:
    """The hit of one verb of the frame (``lead`` and ``rest`` are the frame's text before and
    after the verb), if it names a speaker."""
    tier = TIER_ADJACENT if adjacent else TIER_SPEECH
    if verb in WEAK_VERBS:
        tier = TIER_WEAK
    special = _special_hit(verb, lead, rest, tier, dist)
    if special is not None:
        return special
    owned = _OWNED_BODY.search(lead)
    subj = None if verb in INVERTED_ONLY else owned.group(1) if owned else _subject_np(lead)
    if subj and (owned or looks_like_speaker(subj)):
        listener = _listener(verb, rest)
        if (
            not after_quote
            and verb in _SPEECH
            and not _CLAUSE_BREAK.search(rest.strip(WHITESPACE).rstrip(",: "))
        ):
            # 'X said in a memo that the "..."': the quote completes X's own clause, so
            # a source named after it ("..., Yahoo Finance reported") is not the speaker.
            tier = TIER_OWN_CLAUSE
        return [Hit(subj, tier, dist, listener)]
    # '"...," said Rep. Lee': an inverted verb right after the quote, its speaker after it;
    # 'Said Rep. Lee, "..."' and 'But, said Lee, "..."' before it.
    stripped = lead.strip(WHITESPACE + ",\u2014\u2013-")
    if verb.split()[0] in _INVERTING and (not stripped or lead.rstrip(WHITESPACE).endswith(",")):
        np = np_after(rest)
        if np and looks_like_speaker(np):
            return [Hit(np, tier, dist)]
    return []


def _subject_np(lead: str) -> str | None:
    """The subject before a verb: the noun phrase ending ``lead``, but for "A letter from X
    obtained by Y warns" X, not Y, the agent of a participle qualifying the subject (nobody
    when only the document stands before the participle: "The letter seen by Y says")."""
    m = _PAST_AGENT.search(lead)
    if m is None:
        who = _IT_WAS_WHO.search(lead)
        if who is None:
            return np_before(lead)
        # "It was Ann Bell who said": the name before "who" (a description there, "one
        # official who relayed", may be passing on another's words).
        named = np_before(lead[: who.end(1)])
        return named if named and is_cap(named.split()[-1]) else None
    named = np_before(lead[: m.start()])
    if not named or named.split()[-1].lower() in REPORT_NOUNS | _WRITTEN_WORDS:
        return None  # "The letter seen by Y says": the document itself names nobody
    return named if looks_like_speaker(named) else None


def _special_hit(verb: str, lead: str, rest: str, tier: int, dist: int) -> list[Hit] | None:
    """The hits of "according to X", of a participle and of a passive verb ("was described by
    X"); ``None`` for an active verb, whose subject is looked for next."""
    if verb == "according to":
        np = _according_to(rest)
        return [Hit(np, tier, dist)] if np else []
    if verb in _PARTICIPLES:
        return [Hit("", TIER_PARTICIPLE, dist, participle=True)]
    passive, agent = _passive(lead, rest)
    if passive:
        return [Hit(agent, tier, dist)] if agent and looks_like_speaker(agent) else []
    return None


def _according_to(rest: str) -> str | None:
    """The source after "according to": "a survey by X" and "a statement from X" give X."""
    np = np_after(rest)
    m = _FILED_BY.match(rest) if np else None
    return (np_after(m.group(1)) or np) if m else np


def _listener(verb: str, rest: str) -> str | None:
    """Who was told: the object of "told" ("X told reporters"), else ``None``."""
    return np_after(rest) if verb in TELL_VERBS else None


def _passive(lead: str, rest: str) -> tuple[bool, str | None]:
    """Is the verb passive ("was described as")? If so, the agent after "by", if any."""
    words = lead.split()
    while words and words[-1].lower().endswith("ly") and words[-1].islower():
        words.pop()
    if not words or words[-1].lower() not in BE:
        return False, None
    m = _PASSIVE_BY.match(rest)
    return True, (np_after(m.group(1)) if m else None)


def colon_speaker(before: str) -> str | None:
    """``X: "..."`` with no verb: the name before the colon, if it is a name (an appositive
    after it aside: "Windsor Mann, editor of the book: "...")."""
    m = _COLON_LEAD.search(before)
    if not m:
        return None
    named = colon_appositive_speaker(m.group(1))
    if named:
        return named
    lead = m.group(1).rstrip(WHITESPACE)
    np = np_before(lead)
    if not np or not all(is_cap(w) for w in np.split() if w.lower() not in NP_INNER):
        return None
    # The name must open its clause: in "X delivered a message to Trump:" Trump is an object.
    return np if opens_clause(lead, np) else None


def active_verb(text: str) -> re.Match[str] | None:
    """The first speech verb of ``text`` in the active voice."""
    for m in VERB_RE.finditer(text):
        if m.group() in INVERTED_ONLY:
            continue
        if m.group().lower() == "according to" or not _passive(text[: m.start()], "")[0]:
            return m
    return None


def sentence_subject(text: str) -> str | None:
    """The subject of a sentence: its first noun phrase that looks like a speaker."""
    m = active_verb(text)
    if not m or m.group().lower() == "according to":
        return None
    lead = text[: m.start()]
    participle = m.group() in _PARTICIPLES
    np = np_before(lead, object_ok=participle)
    if np and participle and _names_a_thing(np, lead):
        return None
    return np if np and looks_like_speaker(np) else None


def _names_a_thing(np: str, lead: str) -> bool:
    """ "The paper ran a cover saying": an indefinite noun phrase in lower case right before a
    participle (no comma between) is what carries the words, not who says them."""
    words = np.split()
    return (
        words[0].lower() in ("a", "an")
        and not any(is_cap(w) for w in words)
        and not lead.rstrip(WHITESPACE).endswith(",")
    )


def has_other_subject(before: str) -> bool:
    """Does the text between two quotes bring in a new subject ("," and X thinks ")?"""
    words = [w for w in before.split() if w[0].isalpha()]
    return any(w[0].isupper() for w in words[1:])
