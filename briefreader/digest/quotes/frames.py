"""Frames without a speech verb: who speaks a quote when no verb of speech names the speaker.

- A participle after another verb ("Sanders stepped up his attacks, saying "..."") and a colon
  after a clause ("Sanders delivered a retort: "..."") go on with the subject that opens the
  clause: a name followed by its verb.
- A name and one verb right after the quote ('"...," Hannity started.') report it.
- A colon after a name and its appositive ("Windsor Mann, editor of the book: "...") gives the
  name.
"""

from __future__ import annotations

import re

from briefreader.digest.quotes.more_words import MORE_LEADING_FUNCTION, NOT_PERSONS, SHOWING_NOUNS
from briefreader.digest.quotes.nouns import is_cap, looks_like_speaker, np_before
from briefreader.digest.quotes.words import (
    AUX,
    DETERMINERS,
    LEADING_FUNCTION,
    NP_INNER,
    OWNED_BODIES,
    STOP_WORDS,
    TIME_WORDS,
    words,
)
from briefreader.lexicon.marks import WHITESPACE
from briefreader.lexicon.speech import INVERTING, SPEECH_VERBS
from briefreader.lexicon.titles import ROLE_WORDS

_NAME_WORD = r"[A-Z][\w.'\u2019\-]*"
# The last clause of a lead-in, opened by "he" or "she" and a verb ("..., she gave a reply:").
_PRONOUN_CLAUSE = re.compile(
    r"(?:^|,\s+|\b(?:[Aa]nd|[Bb]ut|[Ss]o|[Tt]hen)\s+)([Hh]e|[Ss]he)\s+([a-z]+)\b([^,;:]*)$"
)
# Verbs of seeing, reading, receiving or showing: what he read or got is another's words.
_PERCEIVING_VERBS = words(
    """got gets heard hears held holds noticed pointed points quoted quotes read reads received
    receives saw sees shared shares showed shows spotted watched"""
)
# Words that came from someone else: "a message from her rival", "a note left by the mayor",
# or a relative clause with another subject, "the note his opponent left", "a reply her aide
# had written" (a determiner, a noun, then a possessive or determiner opening a subject).
# Adjectives at most before that noun ("the short note his opponent left").
_ANOTHERS_NOUN_WORDS = 2
_ANOTHERS_WORDS = re.compile(
    r"\b(?:from|by)\b|\b(?:the|a|an|this|that|these|those)\s+"
    rf"(?:[a-z]+\s+){{0,{_ANOTHERS_NOUN_WORDS}}}?[a-z]+\s+"
    r"(?:his|her|their|its|the|a|an|my|our|your)\s+[a-z]+\s+[a-z]+"
)
# A lead-in ending in a relative clause on a thing ("..., which holds this note:"): what the
# colon brings in are that thing's words, not the clause subject's.
_THING_SPEAKS = re.compile(r",\s+(?:which|whose|where)\b[^,]*:$")
# A relative "who" and a speech verb running on to the quote ("X met the reporter Y who wrote
# "...""): the quote is the relative clause's, not the words of the person opening the sentence
# (a relative with its own subject, "Hale, who X on Wednesday called "..."", is X's).
_SPEAKING_RELATIVE = re.compile(
    r"\bwho\s+(?:[a-z]+ly\s+)?(?:"
    + "|".join(sorted(SPEECH_VERBS, key=lambda verb: (-len(verb), verb)))
    + r")\b[^,;]*$"
)
# A verb naming a thing ("called the plan "..."", "labeled him "...""): its own subject names it.
_NAMING_VERB = re.compile(
    r"\b(?:call|calls|called|calling|label|labels|labeled|labelled|labeling|labelling|dub|dubs"
    r"|dubbed|brand|brands|branded|term|terms|termed|describes? as|described as)\b"
)
# Words at most between the clause's subject and its naming verb for the subject to be the one
# naming ("she has long called", "he would call"); more ("he learned that the paper had
# labeled", "she knew the board would call") mean another subject stands between.
_NAMING_GAP_WORDS = 2
# A name of up to this many words reports a quote right after it.
_MAX_NAME_WORDS = 6
# A capitalised word (and a comma, "McConnell, R-Ky., delivered"), then perhaps an auxiliary,
# an adverb or a day ("Moss on Wednesday called"), then a lower-case word: a candidate for a
# clause's verb after its subject.
_DAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_VERB_AFTER_NAME = re.compile(
    r"([A-Z][\w.'\u2019\-)]*,?|[\w)]+,)\s+"
    r"((?:(?:has|had|have|also|then|later|earlier|again|once|now|did|does|do|was|is|not|since|"
    rf"[a-z]+ly|on\s+{_DAY}|(?:last|this|late|early)\s+(?:week|month|year|night|{_DAY}))\s+)"
    r"{0,3})"
    r"([a-z][a-z\-]+)\b"
)
# Right after the quote: ', Hannity started.' (a name, one verb, the end of the sentence).
_NAME_THEN_VERB = re.compile(
    rf"^\s*[,\u2014\-]*\s*((?:{_NAME_WORD}\s+){{0,{_MAX_NAME_WORDS - 1}}}{_NAME_WORD})"
    r"\s+(?:[a-z]+ly\s+)?([a-z]+(?:ed|s))(?:\s+(?:out|up|back|on|in))?\s*[.!?]?\s*$"
)
# Right after the quote, inverted: ', mused Blaze co-host Stu Burguiere.' (one verb, then the
# name, perhaps after a role, to the end of the sentence or of an appositive of at most this
# many characters: ', recalled Roy Vance, the firm's former spokesman.').
_APPOSITIVE_CHARS = 120
_VERB_THEN_NAME = re.compile(
    rf"^\s*[,\u2014\-]*\s*([a-z]+(?:ed|s))\s+((?:[\w.'\u2019\-]+\s+){{0,{_MAX_NAME_WORDS}}}"
    rf"{_NAME_WORD})(\s*,\s*[^\"\u201c\u201d]{{1,{_APPOSITIVE_CHARS}}}?)?\s*[.!?]?\s*$"
)
# A name of at most this many words, then a comma and its appositive, before a colon.
_COLON_NAME_WORDS = 5
_LEADING = LEADING_FUNCTION | MORE_LEADING_FUNCTION | DETERMINERS
# Lower-case words after a name that are not its verb.
_NOT_VERBS = STOP_WORDS | ROLE_WORDS | AUX | DETERMINERS | TIME_WORDS
# What may stand right before a name that opens a clause.
_CLAUSE_ENDS = ",;:()\u2014\u2013-"
_DESCRIPTION_WORDS = ROLE_WORDS | NP_INNER | frozenset({"former", "then", "state"})
# A run of at least this many words in capitals opening a speaker phrase is a heading.
_HEADING_CAPS_WORDS = 2
# A lower-case past tense followed by one of these opens a clause inside a noun phrase
# ("Clinton issued a statement", "Rubio's campaign sent out a press release").
_CLAUSE_OBJECT_STARTS = words("a an her his its out the their up")
_SHORTEST_PAST = 3  # letters: "led" and "fed" are irregular below, "need" is no past tense
_IRREGULAR_PAST = words("began gave held led made put sent set told took wrote")
# Heads of a quantity or a copy: "a number of refugees" or "a version of the site" never speaks.
_QUANTITY_HEADS = words(
    """average copy half majority minority number percent percentage plurality quarter series
    share third total version"""
)
# Adverbs that may stand between a subject and its verb, never at the end of a name.
_TRAILING_ADVERBS = AUX | TIME_WORDS | words("now also still already himself herself themselves")
# Capitalised words that open a question or a clause, never a name ("Is Sanders", "Did Cruz").
_LEADING_AUX = words("are did does could had has have is should was were would")
# Particles after an opening adverb: "Unfortunately for Clinton", "Typically of Smith".
_ADVERB_PARTICLES = frozenset({"for", "of", "to"})
_CONJUNCTIONS = frozenset(
    {"and", "but", "then", "so", "again", "also", "later", "when", "while", "who", "whom"}
)
# A paragraph that signs the quote before it: a dash, the name, perhaps a comma and what the
# name is or does ("- Ann Bell, tweeting after the vote."); the name has at most this many words.
_SIGNATURE = re.compile(
    rf"^([\-\u2014\u2013]+\s*)?((?:{_NAME_WORD}\s+){{0,{_MAX_NAME_WORDS - 1}}}{_NAME_WORD})"
    r"\s*(,[^\"\u201c\u201d]*)?\.?$"
)
# Nouns for a person's own words, written or spoken: before a colon, "Hoff's letter makes the
# case: "..."" and "From Bush's Facebook post: "..."" quote the possessor.
_OWN_WORDS = words(
    """address blog column email essay letter memo message note op-ed post remarks speech
    statement testimony tweet"""
)
# A name's possessive, at most two words, then the noun they qualify.
_POSSESSOR_WORDS = re.compile(
    rf"((?:{_NAME_WORD}\s+){{0,{_MAX_NAME_WORDS - 1}}}{_NAME_WORD})['\u2019]s\s+"
    r"(?:[A-Za-z\-]+\s+){0,2}?([a-z\-]+)\b"
)
# "Stated Bell:" or "Continued Bell:" before the quote: an inverted speech verb with a capital.
_INVERTED_LEAD = re.compile(
    rf"^([A-Z][a-z]+)\s+((?:{_NAME_WORD}\s+){{0,{_MAX_NAME_WORDS - 1}}}{_NAME_WORD})\s*:$"
)


def _is_name(np: str) -> bool:
    """Is ``np`` a name that may speak (not "The", "At Sunday's", a possessive)?"""
    words = np.split()
    if not words or words[0].lower() in _LEADING or words[-1].endswith(("'s", "\u2019s")):
        return False
    if len(words) == 1 and words[0].lower() in NOT_PERSONS | SHOWING_NOUNS:
        return False
    return looks_like_speaker(np) and is_cap(words[0]) and is_cap(words[-1])


def _is_clause_name(np: str, verb: str) -> bool:
    """A name that may open a clause before ``verb``: one that may speak, or "The" and a name
    in capitals before a past tense ("The White House issued a statement, saying"; not "The
    Archie Bunker stereotype")."""
    words = np.split()
    if len(words) > 1 and words[0] == "The" and all(is_cap(w) or w in NP_INNER for w in words[1:]):
        return _is_past(verb) and _is_name(" ".join(words[1:]))
    return _is_name(np)


def opens_clause(text: str, np: str) -> bool:
    """Does noun phrase ``np``, which ends ``text``, open its clause (nothing before it but
    punctuation or a conjunction), rather than stand as an object ("a message to Trump")?"""
    prefix = text[: text.rfind(np.split()[0])].split()
    if not prefix or prefix[-1][-1] in _CLAUSE_ENDS or prefix[-1].lower() in _CONJUNCTIONS:
        return True
    # "Former secretary of state Hillary Clinton:": the words before are her description;
    # "Washington Post columnist Ann Lee": so is a title noun after capitals.
    lower = [w for w in prefix if not (is_cap(w) or w.lower() in _DESCRIPTION_WORDS)]
    return not lower or (
        len(lower) == 1 and lower[0] is prefix[-1] and is_cap(prefix[0]) and _title_noun(lower[0])
    )


def _title_noun(word: str) -> bool:
    """Might the lower-case ``word`` be a title before a name ("columnist", "pollster"), not a
    verb ("attacked", "slams", "joining") or a function word?"""
    return (
        word.isalpha()
        and word.islower()
        and word not in STOP_WORDS
        and not word.endswith(("ed", "ing", "s", "ly"))
    )


def clause_subject(text: str) -> str | None:
    """The name that opens the first clause of ``text`` with a verb after it ("Christie
    bristled at the suggestion, saying" → "Christie")."""
    for m in _VERB_AFTER_NAME.finditer(text):
        verb = m.group(3)
        if verb in _NOT_VERBS or verb.endswith("ly") or text[m.end(3) : m.end(3) + 1] == ",":
            continue
        following = text[m.end(3) :].split()[:1]
        # "former TV network anchor Katie Couric": the name goes on (but after an auxiliary,
        # "did not mention Trump", the word is a verb).
        if following and (
            following[0] in ROLE_WORDS
            or is_cap(following[0])
            and not verb.endswith(("ed", "s"))
            and not m.group(2)
        ):
            continue
        lead = text[: m.end(1)]
        np = np_before(lead)
        if not np or not _is_clause_name(np, verb):
            continue
        if not opens_clause(lead.rstrip(WHITESPACE + ","), np):
            continue
        if len(np.split()) == 1 and np.endswith("ing"):
            continue  # "Surveying the damage, X concluded"
        return np
    return None


def name_then_verb(after: str) -> str | None:
    """'"...," Hannity started.', '"...," Bozell points out.': the name before the one verb
    that ends the quote's sentence; '"...," mused co-host Stu Burguiere.': the name after it."""
    m = _NAME_THEN_VERB.match(after)
    if m and _is_name(m.group(1)):
        return m.group(1)
    m = _VERB_THEN_NAME.match(after)
    rest = m.group(3).strip(WHITESPACE + ",").split() if m and m.group(3) else []
    if rest and not _opens_appositive(rest[0]):
        m = None  # ', said Lee, Ruiz and Park.': a list, not a name and its appositive
    if m and m.group(1) not in _NOT_VERBS and m.group(2).split()[0][:1].isupper():
        np = m.group(2)
        if np.endswith(".") and not re.search(r"(?:\b[A-Z]|Jr|Sr)\.$", np):
            np = np[:-1]  # the full stop of the sentence
        if (
            _is_name(np)
            or is_cap(np.split()[-1])
            and all(is_cap(w) or w in _DESCRIPTION_WORDS or "-" in w for w in np.split())
        ):
            return np
    return None


def verbless_speaker(before: str, after: str) -> str | None:
    """With no speech verb: the name and verb right after the quote ('"...," X started.'), or
    the subject of the clause a colon ends ('X delivered a retort: "..."', or "he"/"she"
    opening its last clause: "Back home, he returned to his old lines: "...""), else ``None``."""
    named = name_then_verb(after)
    lead = before.rstrip(WHITESPACE)
    if named is None and _THING_SPEAKS.search(lead):
        return None  # "X shared the site, which holds this note: "..."": the site's words
    if named is None and lead.endswith((":", ",")):
        # 'X delivered a retort: "..."', 'X shared her worry with the crowd, "..."'.
        named = clause_subject(lead[:-1])
    if named is None and lead.endswith(":"):
        # "Back home, he returned to his old lines: "..."": "he" opening the last clause.
        m = _PRONOUN_CLAUSE.search(lead[:-1])
        named = m.group(1) if m and _own_words(m.group(2), m.group(3)) else None
    return named


def _own_words(verb: str, rest: str) -> bool:
    """After "he"/"she" and ``verb``, may ``rest`` end on the pronoun's own words ("went back to
    his old lines", "gave a reply she later took back"), not something seen, read or received
    ("read the note his opponent left", "received this message from her rival")?"""
    return verb not in _PERCEIVING_VERBS and not _ANOTHERS_WORDS.search(rest)


def _opens_appositive(word: str) -> bool:
    """Does ``word`` open an appositive ("a", "the", "30", "chairman", "HP's")?"""
    return not word[:1].isupper() or word.endswith(("'s", "\u2019s")) or word in ROLE_WORDS


def colon_appositive_speaker(lead: str) -> str | None:
    """ "Windsor Mann, editor of the book:": the name before the appositive of a colon
    lead-in."""
    head, sep, rest = lead.partition(",")
    if not sep or not rest.strip() or not rest.strip()[0].islower():
        return None
    words = head.split()
    if not words or len(words) > _COLON_NAME_WORDS:
        return None
    if not all(is_cap(w) or w in NP_INNER for w in words):
        return None
    return head.strip() if _is_name(head.strip()) else None


def possessor_lead(lead: str) -> str | None:
    """'Hoff's letter makes a plain case: "..."', 'From Bush's Facebook post: "..."': a colon
    lead-in whose clause opens with a name's own words (a letter, a post, a speech) is that
    name's."""
    text = lead.rstrip(WHITESPACE)
    if not text.endswith(":"):
        return None
    m = _POSSESSOR_WORDS.search(text)
    if not m or m.group(2) not in _OWN_WORDS:
        return None
    name = m.group(1).split()
    if name[0].lower() in _LEADING:
        name = name[1:]  # "From Bush's post", "In Lee's letter"
    np = " ".join(name)
    if not np or not looks_like_speaker(np):
        return None
    # The name (after its preposition) opens the clause: "The gist of Lee's letter:" does not.
    return np if not text[: m.start(1)].strip(WHITESPACE + _CLAUSE_ENDS) else None


def signature(para: str) -> tuple[str, bool] | None:
    """The name a paragraph signs the quote before it with ("- Ann Bell." or "Ann Bell." →
    "Ann Bell"; "- Ann Bell, tweeting after the vote." → "Ann Bell"), and whether a dash
    opens it (without one, the line may be a heading)."""
    m = _SIGNATURE.match(para.strip(WHITESPACE))
    if not m or not m.group(1) and m.group(3):
        return None  # without its dash (a reader may drop it as a bullet), the name alone
    name = m.group(2)
    if name.endswith(".") and not re.search(r"(?:\b[A-Z]|Jr|Sr)\.$", name):
        name = name[:-1]  # the full stop of the line
    if any(_is_caps_word(w) for w in name.split()) or not _is_name(name):
        return None
    return name, bool(m.group(1))


def inverted_lead(text: str) -> str | None:
    """ "Stated Bell:" or "Added Bell:" opening a quote: the name after the inverted verb."""
    m = _INVERTED_LEAD.match(text.strip(WHITESPACE))
    if m and m.group(1).lower() in INVERTING and _is_name(m.group(2)):
        return m.group(2)
    return None


def bound_speaker(np: str) -> str | None:
    """A speaker noun phrase bounded to the speaker: a heading in capitals before it dropped
    ("KILLED IN BLAST Turkish President X" → "Turkish President X"), a clause after it cut
    ("Clinton issued a statement" → "Clinton"); ``None`` when what is left is a quantity or a
    copy of something ("A large number of refugees", "an archived version of the website")."""
    words = drop_leading_clause_words(drop_caps_heading(np.split()))
    for i in range(1, len(words) - 1):
        w, nxt = words[i], words[i + 1].lower()
        if w.islower() and _is_past(w) and nxt in _CLAUSE_OBJECT_STARTS:
            words = words[:i]
            break
    while len(words) > 1 and words[-1] in _TRAILING_ADVERBS:
        words = words[:-1]  # "Rep. Alma Ruiz now says"
    if not words:
        return None
    lows = [w.lower() for w in words]
    if "of" in lows and lows.index("of") > 0 and lows[lows.index("of") - 1] in _QUANTITY_HEADS:
        return None
    bounded = " ".join(words)
    if len(words) == 2 and lows[0] in ("his", "her") and lows[1] in OWNED_BODIES:
        return bounded  # "his campaign"
    return bounded if looks_like_speaker(bounded) else None


def drop_leading_clause_words(words: list[str]) -> list[str]:
    """``words`` without what opens the sentence before the name: an auxiliary of a question
    ("Is Sanders" → "Sanders") or an adverb and its particle ("Unfortunately for Clinton")."""
    if len(words) > 1 and (_is_leading_aux(words[0]) or _is_inverted_verb(words[0])):
        return words[1:]  # "Is Sanders", "Don't Republicans", "Continued Sanders"
    if len(words) > 2 and words[0].lower().endswith("ly") and words[1] in _ADVERB_PARTICLES:
        return words[2:]
    return words


def drop_caps_heading(words: list[str]) -> list[str]:
    """``words`` without a heading in capitals before the name ("STORM HITS COAST Prime
    Minister Lena Dahl"); an acronym alone ("CBC Chairman") stays."""
    caps = 0
    while caps < len(words) and _is_caps_word(words[caps]):
        caps += 1
    return words[caps:] if _HEADING_CAPS_WORDS <= caps < len(words) else words


def _is_leading_aux(word: str) -> bool:
    """An auxiliary opening a question ("Is", "Did", "Don't", "Can't"): never part of a name."""
    low = word.lower().replace("\u2019", "'")
    return low in _LEADING_AUX or low.endswith("n't")


def _is_inverted_verb(word: str) -> bool:
    """A capitalised past tense of speech that may open an inverted frame ("Continued", "Added";
    not "Says" or "Said", which are also names)."""
    return word[:1].isupper() and word.endswith("ed") and word.lower() in INVERTING


def _is_caps_word(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _is_past(word: str) -> bool:
    return word.endswith("ed") and len(word) > _SHORTEST_PAST or word in _IRREGULAR_PAST


def quote_in_other_clause(clause: str, subj: str) -> bool:
    """ "X met the reporter Y who wrote "..."", "She knew the board would call her plan "..."":
    does the quote ending ``clause`` stand in a relative clause of speech ("who wrote") running
    on to it, or after a naming verb farther from the clause's subject ``subj`` than its own
    verb would be (another subject between them names the thing)?"""
    if _SPEAKING_RELATIVE.search(clause):
        return True
    m = _NAMING_VERB.search(clause)
    if m is None:
        return False
    start = clause.rfind(subj, 0, m.start())  # its last mention before the verb
    gap = clause[start + len(subj) : m.start()] if start >= 0 else clause[: m.start()]
    # An appositive closed by a comma ("X, a speechwriter for two mayors, calls") is no subject.
    return len(gap.split(",")[-1].split()) > _NAMING_GAP_WORDS
