"""Pass 2: the entities of an article, the table that speakers are resolved against.

Every capitalised name outside the quotes is a mention ("Pentagon spokesperson Sabrina Singh",
"the Korean Central News Agency (KCNA)"), classified as a person (a role or title inside it), an
organisation (an organisation word, an acronym) or neither (a place); every indefinite role
description ("a senior ministry official") is a mention of a person. The table gives the fullest
form of a name ("Boudreau" → "Wild coach Bruce Boudreau") and keeps who spoke when.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from briefreader.digest.quotes.clues import (
    acts,
    appositive_gender,
    gender_of,
    genders_from_pronouns,
    is_gerund,
    is_state_abbrev,
    note_described_subjects,
    person_before_of,
    pronoun_gender,
    qualifies_next,
    role_then_name,
    speaking_person,
)
from briefreader.digest.quotes.frames import drop_caps_heading, drop_leading_clause_words
from briefreader.digest.quotes.marks import Raw, blank_quotes
from briefreader.digest.quotes.more_words import (
    FEMALE_NAMES,
    MALE_NAMES,
    MORE_LEADING_FUNCTION,
    MORE_ORG_WORDS,
    MORE_SPEECH_VERBS,
    NAME_MODIFIERS,
    NOT_PERSONS,
    OBJECT_CUES,
    PLACE_NAMES,
    THING_ACRONYMS,
)
from briefreader.digest.quotes.nouns import (
    ACRONYM_TAIL,
    is_abbrev,
    is_cap,
    is_time,
    strip_possessive,
)
from briefreader.digest.quotes.words import (
    CAPITAL,
    LEADING_FUNCTION,
    NAME_PARTICLES,
    ORG_HEADS,
    ORG_WORDS,
    STOP_WORDS,
    TITLE_ABBREV,
    Gender,
)
from briefreader.digest.sentences import sentence_at
from briefreader.lexicon.marks import WHITESPACE
from briefreader.lexicon.speech import SPEECH_VERBS, WEAK_VERBS
from briefreader.lexicon.titles import ROLE_WORDS

STRIDE = 1 << 32
"""Global positions are ``paragraph * STRIDE + offset``: one order over the whole article
(no paragraph holds 2**32 characters, so offsets never reach the next paragraph)."""
# A bare name is anchored to one of its latest this many mentions that holds it in full.
_ANCHOR_LOOKBACK = 50
# Modifiers allowed between the article and the role of a description ("a senior ministry
# official"); more and the phrase is a clause, not a description.
_DESCRIPTION_MODIFIERS = 5

_LEADING = LEADING_FUNCTION | MORE_LEADING_FUNCTION
_ORGS = ORG_WORDS | MORE_ORG_WORDS
# A capitalised verb ends a name in Title Case text ("Hillary Clinton Said").
_VERBS = SPEECH_VERBS | WEAK_VERBS | MORE_SPEECH_VERBS
# Function words that no name holds capitalised: in a mention they mark Title Case text
# (a headline), which is cut there.
_TITLE_CASE_FUNCTION = frozenset(
    "After And Are As At But By Did Does Into Is Not On Or Over Than To Was Were With".split()  # noqa: SIM905
)
# A heading capitalises at least this share of its words of _HEADING_LONG_WORD letters or more
# (the first aside), and has at least _HEADING_MIN_WORDS of them and at most _HEADING_MAX_WORDS
# words in all (a longer paragraph full of names is prose).
_HEADING_CAPITALS = 0.9
_HEADING_LONG_WORD = 4
_HEADING_MIN_WORDS = 4
_HEADING_MAX_WORDS = 30
# The word right before a mention, with nothing but white space between.
_WORD_BEFORE = re.compile(r"([A-Za-z][\w'\-]*)[ \t\u00a0]+$")
# What a quote is blanked with before names are looked for: not white space, so that no name
# runs across a quote ('Customers "..." Cook told' is not "Customers Cook").
_QUOTE_FILL = "\u2063"
# After a name, a passive verb: the name is what was done to ("X was threatened by a caller");
# not a participle that tells how X felt or stood before an infinitive or a clause ("X was
# shocked to hear", "X was convinced that"): X is that sentence's subject, who may speak next.
_PASSIVE_AFTER = re.compile(
    r"\s+(?:was|were|is|are|has been|had been|have been|being)\s+(?:\w+ly\s+)?\w+ed\b"
    r"(?!\s+(?:to\s+[a-z]+|that)\b)"
)
# A party and state after a politician's name: "(D-Nev.)", "(R)", "(Mich.)" (an organisation's
# acronym in brackets, "(FAA)", has no full stop and no party letter).
_POLITICIAN_TAG = re.compile(r"\((?:[DRI]|[DRI]-[A-Z][A-Za-z.]*|[A-Z][a-z]+\.)\)?$")
# A passive's agent that is no name ("... by a caller"): someone unnamed did it, and a later
# "he" may be that one ("X was shocked to hear" has no other actor).
_BY_AGENT = re.compile(r"(?:\s+\w+){0,2}?\s+by\s+(?:an?|the|one|some|two|three)\s")
# Verb endings that make the word before a name a transitive verb ("threatening Omar").
_VERB_ENDINGS = ("ed", "ing")
# A sentence whose subject is a description, not a name ("A 55-year-old man was charged with
# threatening X"): a determiner, then a lower-case word.
# Characters of text before a mention looked at for the word before it.
_BEFORE_CHARS = 40
_WORD_RE = re.compile(r"[^\W\d_][\w'\u2019\-]*")

_NAME_TOKEN = (
    rf"(?:[{CAPITAL}]\.(?:[{CAPITAL}]\.)+"
    rf"|[{CAPITAL}][\w\-]*(?:['\u2019](?!s\b)[\w\-]+)*\.?)"
)
_ROLE_ALT = "|".join(sorted((re.escape(w) for w in ROLE_WORDS), key=lambda w: (-len(w), w)))
_MENTION_RE = re.compile(
    rf"{_NAME_TOKEN}(?:(?:\s+(?:{'|'.join(NAME_PARTICLES)})"
    rf"|\s+(?i:{_ROLE_ALT})(?:\s+and\s+(?i:{_ROLE_ALT}))?)?\s+{_NAME_TOKEN})*"
    rf"(?:\s+\([A-Z][A-Za-z.]{{1,{ACRONYM_TAIL}}}\))?"
)
# The body a description belongs to, after it ("a spokesperson for the Justice Department").
_DESCRIPTION_BODY = (
    rf"(?:\s+(?:for|at|of|with|from)\s+(?:the\s+)?{_NAME_TOKEN}"
    rf"(?:\s+(?:of\s+|for\s+|the\s+)?{_NAME_TOKEN}){{0,{_DESCRIPTION_MODIFIERS}}})?"
)
_DESCRIPTION_RE = re.compile(
    rf"\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[a-z][\w\-]*\s+){{0,{_DESCRIPTION_MODIFIERS}}}?(?:"
    + "|".join(sorted(ROLE_WORDS, key=lambda w: (-len(w), w)))
    + r")\b"
    + _DESCRIPTION_BODY
)


@dataclass(slots=True)
class Mention:
    """A name (or a role description) mentioned in the article."""

    pos: int  # global position (paragraph * STRIDE + offset)
    text: str
    tokens: list[str]
    person: bool
    org: bool
    sentence: int  # global sentence id
    gender: Gender | None = None  # from a title, a role or a given name
    object: bool = False  # the object of a verb or preposition ("threatening Omar")
    description: bool = False  # a role description ("a senior official"), not a name
    acts: bool = False  # followed by its verb ("Ban demurred"): the subject of its clause
    qualifies: str = ""  # the body or role it qualifies ("campaign" of "the Lee campaign")


def name_tokens(name: str) -> list[str]:
    """The words of a name, possessive endings dropped."""
    return [strip_possessive(t) for t in name.split()]


def _classify(tokens: list[str]) -> tuple[bool, bool]:
    """Is a name a person, an organisation (or neither, e.g. a place)?"""
    lows = [t.lower().strip("().") for t in tokens]
    org = (
        any(w in _ORGS for w in lows)
        or (len(tokens) == 1 and tokens[0].strip("()").isupper() and len(tokens[0].strip("()")) > 1)
        and not is_state_abbrev(tokens[0])
    )
    if tokens and tokens[-1].startswith("("):
        if _POLITICIAN_TAG.match(tokens[-1]):
            return True, False  # "Rep. Sander Levin (Mich.)", "Harry Reid (D-Nev.)"
        org = True  # "Federal Aviation Administration (FAA)"
    if org and role_then_name(tokens, lows):
        return True, False  # "Acme Corp. CEO Ann Bell", "Lee campaign manager Tom Weir"
    person = not org and (any(w in ROLE_WORDS or w in TITLE_ABBREV for w in lows[:-1]))
    return person, org


def is_org_name(name: str) -> bool:
    """Does ``name`` stand for an organisation ("the agency", "KCNA", "Pentagon officials")?"""
    toks = name_tokens(name)
    _, org = _classify(toks)
    if org:
        return True
    return bool(toks) and toks[0].lower() == "the" and toks[-1].lower() in ORG_HEADS


class Entities:
    """Names mentioned in an article, with the fullest form of each and who spoke when."""

    def __init__(self) -> None:
        self.mentions: list[Mention] = []
        self.by_token: dict[str, list[Mention]] = {}
        self.speakers: list[tuple[int, str, bool]] = []  # (pos, name, is_org)
        self.person_keys: set[str] = set()
        self.gender: dict[str, Gender] = {}
        self.positions: list[int] = []
        self.headings: set[int] = set()  # paragraphs that are headings
        self.ambiguous: set[str] = set()  # surnames borne by a man and a woman
        # Surnames that are function words ("Will" of "George Will"), see nouns.FUNCTION_SURNAMES.
        self.function_surnames: frozenset[str] = frozenset()
        # Sentences whose subject is a description or whose named subject is passive.
        self.described_subjects: set[int] = set()
        # Of those, the ones whose unnamed actor may be the speaker of a later "he"/"she": a
        # passive ("X was threatened by a caller"), or a description of that gender ("A
        # 52-year-old man was charged with threatening X"); "A reporter asked X" is not one.
        self.unnamed_actor: dict[int, Gender | None] = {}
        # Where the sentence being attributed starts (global position): a pronoun's candidates
        # are the people named before it.
        self.sentence_start = 0
        self.sentence_id = 0  # its global sentence id (as Mention.sentence counts them)
        # The words in capitals inside the quote being attributed ("I would say Paul ...").
        self.quote_words: frozenset[str] = frozenset()
        self.first_sentence: list[int] = []  # the global id of each paragraph's first sentence
        self._fullest: dict[str, str] = {}
        self._token_pos: dict[str, list[int]] = {}

    def add_mention(
        self, pos: int, text: str, sentence: int, obj: bool = False, acting: bool = False
    ) -> None:
        """Record the name ``text`` at ``pos``, trimmed of leading function and time words
        (``obj``: it is the object of a verb or preposition; ``acting``: its verb follows)."""
        tokens = name_tokens(text)
        while tokens and (tokens[0].lower() in _LEADING or is_time(tokens[0])):
            tokens = tokens[1:]
        while tokens and is_time(tokens[-1]):
            tokens = tokens[:-1]  # "John Podesta Tuesday"
        tokens = drop_caps_heading(tokens)  # "STORM HITS COAST Prime Minister Lena Dahl"
        tokens = drop_leading_clause_words(tokens)  # "Is Sanders", "Unfortunately for Clinton"
        if len(tokens) > 1 and is_gerund(tokens[0]):
            tokens = tokens[1:]  # "Hosting Cook on stage, ..."
        if tokens and tokens[-1].endswith(".") and not is_abbrev(tokens[-1]):
            tokens[-1] = tokens[-1][:-1]
        if not tokens or not tokens[-1]:
            return
        tokens = person_before_of(tokens)  # "Sen. Ted Cruz of Texas" is Cruz
        person, org = _classify(tokens)
        if len(tokens) > 1 and _POLITICIAN_TAG.match(tokens[-1]):
            tokens = tokens[:-1]  # the name is "Harry Reid", keyed by "Reid", not "(D-Nev.)"
        gender = gender_of(tokens)
        if len(tokens) == 1 and tokens[0].lower() in NOT_PERSONS | THING_ACRONYMS:
            return
        person = person or (gender is not None and not org)
        m = Mention(pos, " ".join(tokens), tokens, person, org, sentence, gender, obj)
        m.acts = acting and not obj
        self.mentions.append(m)
        for t in tokens:
            self.by_token.setdefault(t.strip("()"), []).append(m)
        key = tokens[-1]
        if gender:
            if self.gender.get(key, gender) != gender:
                self.ambiguous.add(key)  # "Bill Clinton" and "Hillary Clinton"
            self.gender[key] = gender

    def gender_of(self, name: str) -> Gender | None:
        """The gender of the person ``name``, when the article makes it known."""
        tokens = name_tokens(name)
        if not tokens:
            return None
        return gender_of(tokens) or (
            None if tokens[-1] in self.ambiguous else self.gender.get(tokens[-1])
        )

    def add_description(self, pos: int, text: str, sentence: int) -> None:
        """An indefinite description of a person ("a senior ministry official")."""
        tokens = text.split()
        self.mentions.append(
            Mention(pos, text, tokens, True, False, sentence, gender_of(tokens), description=True)
        )

    def fullest(self, name: str, pos: int | None = None) -> str:
        """The fullest form of the entity ``name`` stands for.

        With ``pos``, ``name`` is first anchored to its latest mention before ``pos`` (so a
        bare "Kim" means the Kim just named), then expanded to the longest mention holding all
        of the anchor's name words ("Boudreau" → "Wild coach Bruce Boudreau").
        """
        anchor = name
        tokens = name_tokens(name)
        required = _required(tokens)
        if pos is not None and required:
            anchor = self._anchor(name, tokens, required, pos)
        if anchor not in self._fullest:
            self._fullest[anchor] = self._find_fullest(anchor)
        best = self._fullest[anchor]
        if best != name and name.split()[0].lower() == "the" and best[0].isupper():
            lows = [t.lower() for t in name_tokens(best)]
            if any(w in ORG_WORDS for w in lows) or best.endswith(")"):
                best = "the " + best
        return best

    def _anchor(self, name: str, tokens: list[str], required: set[str], pos: int) -> str:
        """The latest mention before ``pos`` that is a fuller form of ``name``, else ``name``."""
        key = _key_token(tokens, required)
        found = self.by_token.get(key, [])
        if key not in self._token_pos:
            self._token_pos[key] = [m.pos for m in found]
        i = bisect_left(self._token_pos[key], pos)
        for j in range(i - 1, max(-1, i - _ANCHOR_LOOKBACK), -1):
            m = found[j]
            if _extends(m.tokens, required, key) and len(m.tokens) > len(tokens):
                return m.text
        return name

    def _find_fullest(self, name: str) -> str:
        tokens = name_tokens(name)
        required = _required(tokens)
        if not required:
            return name
        key = _key_token(tokens, required)
        best = name
        best_len = len(tokens)
        for m in self.by_token.get(key, ()):
            if len(m.tokens) > best_len and _extends(m.tokens, required, key):
                best, best_len = m.text, len(m.tokens)
        return best

    def note_speaker(self, pos: int, name: str, org: bool) -> None:
        """Record that ``name`` (an organisation or not) spoke at ``pos``."""
        self.speakers.append((pos, name, org))
        # Only the name's key is a person: "New York attorney Eric Levine" or "FBI Director
        # James Comey" does not make "York" or "FBI" someone "he" may stand for.
        caps = [t for t in name_tokens(name) if is_cap(t)]
        if not org and caps:
            self.person_keys.add(caps[-1])


def _required(tokens: list[str]) -> set[str]:
    """The name words a fuller form must keep (not titles like "Mr." or "the")."""
    return {
        t.strip("()").lower()
        for t in tokens
        if is_cap(t) and t.lower().rstrip(".") not in TITLE_ABBREV and t.lower() != "the"
    }


def _key_token(tokens: list[str], required: set[str]) -> str:
    """The last name word of ``tokens``: the one its mentions are indexed by."""
    key = next(t for t in reversed(tokens) if t.strip("()").lower() in required)
    return key.strip("()")


def _extends(mention: list[str], required: set[str], key: str) -> bool:
    """Is ``mention`` a fuller form of a name with words ``required`` and last word ``key``?"""
    stripped = [t.strip("()").lower() for t in mention]
    if not required <= set(stripped) or key.lower() not in stripped:
        return False
    last = max(i for i, t in enumerate(stripped) if t == key.lower())
    # After the key only given names may follow ("Yoon Suk Yeol") or an acronym "(NIS)".
    return all(
        is_cap(t) and t.lower().strip("().") not in _ORGS | ROLE_WORDS for t in mention[last + 1 :]
    )


def collect_mentions(
    paras: tuple[str, ...],
    per_para: list[list[Raw]],
    sentences: list[list[tuple[int, int]]],
) -> Entities:
    """Index every capitalised name outside quotes and headings, and every role description."""
    ents = Entities()
    sid = 0
    pronoun_sentences: dict[int, Gender] = {}
    for p, para in enumerate(paras):
        ents.first_sentence.append(sid)
        if is_heading(para):
            ents.headings.add(p)
            sid += len(sentences[p]) + 1
            continue
        text = blank_quotes(para, per_para[p], _QUOTE_FILL)
        sents = sentences[p]
        note_described_subjects(ents, text, sents, sid)
        ends: dict[int, Mention] = {}  # where each name of the paragraph ends
        for m in _MENTION_RE.finditer(text):
            passive = _PASSIVE_AFTER.match(text, m.end())
            obj = bool(passive) or _is_object(text[max(0, m.start() - _BEFORE_CHARS) : m.start()])
            qualified = qualifies_next(text, m.end())  # "Lee campaign manager Tom Weir"
            obj = obj or bool(qualified)
            if passive:
                # "X was threatened by a caller": the one who acts is not X.
                ents.described_subjects.add(sid + max(sentence_at(sents, m.start()), 0))
                if _BY_AGENT.match(text, passive.end()):
                    ents.unnamed_actor[sid + max(sentence_at(sents, m.start()), 0)] = None
            acting = acts(text, m.end())
            added = len(ents.mentions)  # a name that is nobody ("TV") adds no mention
            for start, part in _split_at_full_stops(m.start(), m.group()):
                s = sentence_at(sents, start)
                last_part = start + len(part) >= m.end()
                ents.add_mention(
                    p * STRIDE + start, part, sid + max(s, 0), obj, acting and last_part
                )
                obj = False
            if len(ents.mentions) > added:
                ents.mentions[-1].qualifies = qualified
                ends[m.end()] = ents.mentions[-1]
                appositive_gender(ents, ents.mentions[-1], text, m.end())
                speaking_person(ents, ents.mentions[-1], text, m.end())
        for k, (a, b) in enumerate(sents):
            g = pronoun_gender(text[a:b])
            if g:
                pronoun_sentences[sid + k] = g
        for m in _DESCRIPTION_RE.finditer(text):
            named = ends.get(len(text[: m.start()].rstrip(WHITESPACE + ",")))
            if named is not None and text[: m.start()].rstrip(WHITESPACE).endswith(","):
                # "Nadia Farouk, a teacher,": the description is the name's appositive.
                named.person = True
                ents.person_keys.add(named.tokens[-1])
                continue
            s = sentence_at(sents, m.start())
            ents.add_description(p * STRIDE + m.start(), m.group(), sid + max(s, 0))
        sid += len(sents) + 1
    ents.mentions.sort(key=lambda mention: mention.pos)
    ents.positions = [mention.pos for mention in ents.mentions]
    # Person evidence: a surname used on its own elsewhere ("Boudreau" after "Bruce Boudreau").
    singles = {mention.tokens[0] for mention in ents.mentions if len(mention.tokens) == 1}
    for mention in ents.mentions:
        last = mention.tokens[-1]
        if len(mention.tokens) >= 2 and last in singles and not mention.org or mention.person:
            ents.person_keys.add(last)
    genders_from_pronouns(ents, pronoun_sentences)
    ents.function_surnames = frozenset(
        mention.tokens[-1]
        for mention in ents.mentions
        if len(mention.tokens) >= 2
        and mention.person
        and not mention.org
        and mention.tokens[-1].lower() in STOP_WORDS
    )
    return ents


def _is_object(before: str) -> bool:
    """Does the word right before a name make it an object ("threatening Omar", "to Omar")?"""
    m = _WORD_BEFORE.search(before)
    if not m:
        return False
    word = m.group(1)
    if not word.islower() or word in NAME_MODIFIERS:
        return False
    if word in _VERBS and word not in OBJECT_CUES:
        return False  # '"...," added Kim': an inverted speaker
    return word in OBJECT_CUES or word.endswith(_VERB_ENDINGS)


def _person_after_body(before: str, tok: str) -> bool:
    """Does given name ``tok`` start a person's name right after an organisation or place
    ("European Union Gordon Sondland", "Ukraine Kurt Volker")?"""
    words = before.split()
    low = tok.lower()
    if len(words) < 1 or low not in MALE_NAMES and low not in FEMALE_NAMES:
        return False
    last = words[-1].lower().strip(".,")
    return last in _ORGS or last in PLACE_NAMES


def is_heading(para: str) -> bool:
    """Is ``para`` a headline or sub-heading in Title Case ("Ben Carson Defends Himself Against
    Claims")? A heading names no speaker and holds no name to expand another into."""
    words = _WORD_RE.findall(para)
    if len(words) > _HEADING_MAX_WORDS:
        return False
    long_words = [w for w in words[1:] if len(w) >= _HEADING_LONG_WORD]
    if len(long_words) < _HEADING_MIN_WORDS:
        return False
    return sum(w[0].isupper() for w in long_words) >= _HEADING_CAPITALS * len(long_words)


def _split_at_full_stops(start: int, text: str) -> list[tuple[int, str]]:
    """Cut a mention at a full stop that is not an abbreviation ("War. De Miranda"), and
    at a capitalised verb or function word of Title Case text ("Hillary Clinton Said",
    "Donald Trump And Marco Rubio Miss The Mark")."""
    parts: list[tuple[int, str]] = []
    offset = 0
    for m in re.finditer(r"\S+", text):
        tok = m.group()
        if m.start() > offset and _person_after_body(text[offset : m.start()], tok):
            # "the Arctic Council Peter Lund": the body, then the person.
            parts.append((start + offset, text[offset : m.start()].rstrip()))
            offset = m.start()
        if tok.lower() in _VERBS or m.start() > 0 and tok in _TITLE_CASE_FUNCTION:
            if m.start() > offset:
                parts.append((start + offset, text[offset : m.start()].rstrip()))
            offset = m.end() + 1
        elif tok.endswith(".") and not is_abbrev(tok) and m.end() < len(text):
            parts.append((start + offset, text[offset : m.end() - 1]))
            offset = m.end() + 1
    parts.append((start + offset, text[offset:]))
    return [(a, t) for a, t in parts if t.strip()]
