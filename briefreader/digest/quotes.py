"""Direct quotations and who said them.

:func:`find_quotes` works in three passes over an :class:`~briefreader.model.Article`:

1. **Marks.** Pair quotation marks in each paragraph (straight ``"``, curly ``“ ”``,
   guillemets ``« »`` and low-high ``„ “``; single ``‘ ’`` in an article that quotes people
   that way and has no double marks), following a quote that runs over several paragraphs
   (the news convention: an unclosed paragraph, the next one reopens with a mark).
2. **Attribution.** For each quote, look in its own sentence for a speech verb ("said",
   "told", "according to", "was quoted as saying", a colon lead-in ...) and the noun phrase
   that goes with it ("X said", "said X", "X, the foreign minister, said"); failing that, use
   the quote it interrupts, the neighbouring sentences of the paragraph, or the speaker of the
   previous paragraph when the paragraph is nothing but a quote.
3. **Resolution.** Pronouns and descriptions ("it said", "he added", "the agency said", "the
   official noted") are resolved to the entity they stand for, and every name is expanded to
   the fullest form the article gives ("Boudreau" → "Wild coach Bruce Boudreau").

Nothing is guessed: when no speaker can be found the quote's speaker is ``None``. All rules are
general English news grammar; each pass is linear in the size of the article (look-ups use
indexes built once).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field, replace

from briefreader.digest.sentences import sentence_at, split_sentences
from briefreader.model import Article, Quote, QuoteKind, Span

__all__ = ["find_quotes", "FULL_QUOTE_WORDS"]

FULL_QUOTE_WORDS = 5
"""A quote of this many words or more is ``"full"``; shorter ones are ``"fragment"``."""

# --------------------------------------------------------------------------------------------
# Vocabulary (general English news grammar)
# --------------------------------------------------------------------------------------------


def _forms(*bases: str) -> set[str]:
    """Expand "say:said:says" style entries into a set of word forms."""
    out: set[str] = set()
    for entry in bases:
        out.update(entry.split(":"))
    return out


def _words(text: str) -> set[str]:
    """A set of the white-space separated words of ``text``."""
    return set(text.split())


# Verbs that report speech. Listed with the forms that are unambiguous as verbs in news text.
_SPEECH_VERBS = _forms(
    "said:says:say",
    "told:tells",
    "added:adds",
    "noted",
    "stated",
    "wrote:writes",
    "asked:asks",
    "explained:explains",
    "warned:warns",
    "argued:argues",
    "insisted:insists",
    "tweeted",
    "posted",
    "continued:continues",
    "recalled:recalls",
    "acknowledged:acknowledges",
    "admitted:admits",
    "announced:announces",
    "claimed",
    "declared:declares",
    "replied:replies",
    "responded",
    "remarked",
    "commented",
    "observed",
    "confirmed:confirms",
    "denied:denies",
    "emphasized:emphasised:emphasizes:emphasises",
    "stressed:stresses",
    "suggested:suggests",
    "urged:urges",
    "cautioned",
    "conceded:concedes",
    "complained:complains",
    "joked:jokes",
    "quipped:quips",
    "shouted:shouts",
    "yelled",
    "screamed",
    "whispered",
    "exclaimed",
    "testified",
    "mused",
    "boasted",
    "pledged",
    "promised",
    "vowed",
    "concluded",
    "agreed",
    "demanded",
    "elaborated",
    "countered",
    "retorted",
    "answered",
    "wondered",
    "lamented",
    "recounted",
    "reiterated",
    "affirmed",
    "maintained",
    "remembered",
    "spoke:speaks",
    "reminisced",
    "contended",
    "alleged",
    "charged",
    "asserted",
    "proclaimed",
    "mentioned",
    "texted",
    "emailed",
    "messaged",
    "blasted",
    "chimed",
    "marveled:marvelled",
    "described:describes",
    "called",
    "predicted:predicts",
    "reported",
    "revealed",
    "disclosed",
    "explained",
    "cried",
    "sighed",
    "laughed",
    "thundered",
    "snapped",
)
# Cognition and report verbs: attribute a claim, weaker than speech verbs for a quote.
_WEAK_VERBS = _forms(
    "believes:believe:believed",
    "thinks:think:thought",
    "estimated:estimates",
    "assessed",
    "forecast",
    "expects:expected",
    "condemned",
    "criticized:criticised",
    "accused",
    "rejected",
    "hailed",
    "praised",
    "welcomed",
    "weighed",
    "introduced",
)
# Participles continue the sentence's subject: "..., adding: "...".
_PARTICIPLES = _forms(
    "saying",
    "speaking",
    "adding",
    "noting",
    "telling",
    "writing",
    "explaining",
    "arguing",
    "warning",
    "tweeting",
    "posting",
    "declaring",
    "insisting",
    "calling",
    "describing",
    "stating",
    "asking",
    "replying",
    "responding",
)
# Verbs after which the next noun phrase is the speaker ("," said Rep. Lee).
_INVERTING = _forms(
    "said:says",
    "added:adds",
    "asked:asks",
    "wrote:writes",
    "explained:explains",
    "continued:continues",
    "recalled:recalls",
    "noted",
    "insisted:insists",
    "argued:argues",
    "replied:replies",
    "responded",
    "remarked",
    "commented",
    "warned:warns",
    "concluded",
    "declared:declares",
    "stated",
    "quipped",
    "joked",
    "observed",
    "tweeted",
    "posted",
    "announced",
    "cautioned",
    "countered",
    "answered",
    "acknowledged",
    "admitted",
    "confirmed",
)
_ALL_VERBS = _SPEECH_VERBS | _WEAK_VERBS | _PARTICIPLES

_VERB_RE = re.compile(
    r"\b(?:(?:was|were|is|are|has been|had been|being) quoted as (?:saying|telling)"
    r"|according to|weighed in"
    r"|(?:" + "|".join(sorted(_ALL_VERBS, key=len, reverse=True)) + r"))\b"
)

_PRONOUNS = {"he": "m", "she": "f", "it": "o", "they": "p", "we": "p", "i": "x", "you": "x"}
_OBJECT_PRONOUNS = {"him", "her", "them", "us", "me", "reporters", "journalists", "it"}

# Words that may stand between a subject and its speech verb ("he also said").
_AUX = _words(
    """also later further then previously once recently earlier again reportedly separately
    simply has had have was is were are would will could may might should must did does do
    subsequently initially originally first repeatedly often frequently always never just
    still finally already publicly privately quietly openly even"""
)

# Clause words that end a noun phrase when walking through a sentence.
_STOP_WORDS = _words(
    """that which who whom whose and but or because when while as if so then after before where
    whether although though since until unless than this these those there here what how why
    is are was were be been being has have had do does did will would can could should may
    might must not no yes to into onto from with without by for at in on of about over under
    during despite through per via also only just even still said says told added according
    i you we they he she it him her them us me my your our their its his hers theirs"""
)
_NP_INNER = {"of", "for", "at", "in", "on", "the", "and", "de", "del", "la", "le", "van", "von"}
_DETERMINERS = {"a", "an", "the", "one", "another", "two", "three", "several", "some", "many"}
_INDEFINITE = {"a", "an", "one", "another"}

_TIME_WORDS = _words(
    """monday tuesday wednesday thursday friday saturday sunday today yesterday tonight
    tomorrow january february march april june july august september october november
    december morning afternoon evening night week month year weekend earlier later last next
    this"""
)
_TIME_ABBREV = _words("jan feb mar apr may jun jul aug sep sept oct nov dec mon tue wed thu fri")


def _is_time(tok: str) -> bool:
    """A day, month or time word ("Monday", "Oct.", "earlier"), not a name like "Mar Hicks"."""
    low = tok.lower()
    if low.rstrip(".") in _TIME_WORDS:
        return True
    return tok.endswith(".") and low[:-1] in _TIME_ABBREV


# Capitalised words that open a sentence or clause without being part of a name.
_LEADING_FUNCTION = _words(
    """to of by into unlike like without through between among against toward towards upon
    including thanks even only just both each every all most many some neither either dear
    once now here there the a an on in at during after before but and so yet also meanwhile
    however still then
    when while if as for from with by speaking asked writing last this that these those
    according since although though because under over about"""
)

# Title and role words that make a mention a person, and may sit inside a name
# ("Pentagon spokesperson Sabrina Singh", "Wild coach Bruce Boudreau").
_ROLE_WORDS = _words(
    """spokesperson spokesman spokeswoman spokespeople coach captain defenseman defender forward
    goalie goalkeeper striker midfielder quarterback pitcher manager minister secretary
    director chief president vice chairman chairwoman chair founder co-founder cofounder ceo
    co-ceo cfo coo cto executive official analyst lawmaker senator governor mayor leader head
    commander general attorney prosecutor lawyer envoy ambassador correspondent editor reporter
    professor researcher economist scientist player star actor actress singer rapper writer
    author deputy candidate representative rep aide adviser advisor strategist owner partner
    member officer sheriff judge justice councilman councilwoman councillor commissioner
    administrator superintendent principal teacher doctor physician nurse pastor priest bishop
    cardinal pope king queen prince princess premier chancellor speaker whip treasurer
    economist historian expert inspector detective sergeant lieutenant colonel major captain
    admiral marshal trooper agent investigator producer designer architect engineer
    coordinator organizer organiser activist campaigner founder principal dean provost
    vice-president"""
)
_TITLE_ABBREV = _words(
    """mr mrs ms dr prof gov sen rep gen lt col maj capt cmdr adm sgt pres supt insp det atty
    hon amb rev fr sr jr st"""
)
_FEMALE_TITLES = {"mrs", "ms", "miss", "madam", "queen", "princess", "mother", "sister"}
_MALE_TITLES = {"mr", "sir", "king", "prince", "father", "brother"}

# Words that make a mention an organisation (or the head of a description of one).
_ORG_WORDS = _words(
    """agency service ministry department office council committee commission company corp
    corporation inc ltd llc plc group university institute institution party police army navy
    force forces command court administration government bank association union organization
    organisation foundation center centre news times post network board bureau authority
    pentagon kremlin congress parliament senate assembly cabinet firm club team federation
    league coalition alliance embassy consulate military regime junta ministry directorate
    secretariat tribunal prosecutors newspaper magazine channel broadcaster website site
    observatory laboratory lab hospital school college campaign fund trust society"""
)
# Description heads that refer to an organisation ("the agency said").
_ORG_HEADS = _ORG_WORDS | {"state", "country", "nation", "city", "county", "province", "body"}

_TITLE_CUES = re.compile(
    r"\b(?:film|films|movie|movies|book|books|novel|memoir|biography|album|albums|song|songs|"
    r"single|track|show|shows|series|sitcom|drama|episode|play|musical|opera|ballet|"
    r"documentary|titled|entitled|poem|podcast|painting|exhibit|exhibition|anthem|hit|"
    r"video game|game|column|essay|newsletter|program|programme|record|ep|mixtape|"
    r"sequel|remake|comedy|thriller|franchise|blockbuster)\s*[,:]?\s*$",
    re.IGNORECASE,
)

_WS = " \t\n\r\f\v\u00a0\u2009\u202f\u3000"
_WORD_RE = re.compile(r"\w+(?:['\u2019\-]\w+)*")
_CAPITAL = "A-Z\u00c0-\u00d6\u00d8-\u00de\u0391-\u03a9\u0410-\u042f\u0401"
_NAME_TOKEN = (
    rf"(?:[{_CAPITAL}]\.(?:[{_CAPITAL}]\.)+"
    rf"|[{_CAPITAL}][\w\-]*(?:['\u2019](?!s\b)[\w\-]+)*\.?)"
)
_ROLE_ALT = "|".join(sorted((re.escape(w) for w in _ROLE_WORDS), key=len, reverse=True))
_MENTION_RE = re.compile(
    rf"{_NAME_TOKEN}(?:(?:\s+(?:of|for|de|del|da|du|la|le|van|von|bin|al|der|den|y|the)"
    rf"|\s+(?i:{_ROLE_ALT})(?:\s+and\s+(?i:{_ROLE_ALT}))?)?\s+{_NAME_TOKEN})*"
    r"(?:\s+\([A-Z][A-Za-z.]{1,9}\))?"
)

_DESCRIPTION_RE = re.compile(
    r"\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[a-z][\w\-]*\s+){0,5}?(?:"
    + "|".join(sorted(_ROLE_WORDS, key=len, reverse=True))
    + r")\b"
)

# --------------------------------------------------------------------------------------------
# Pass 1: quotation marks
# --------------------------------------------------------------------------------------------

_OPENERS = "\u201c\u201e\u00ab\u201f"
_CLOSERS = "\u201d\u00bb"
_MARKS = '"' + _OPENERS + _CLOSERS
_MARK_RE = re.compile(f"[{_MARKS}]")
_OPEN_CONTEXT = _WS + "([{\u2014\u2013-/:\u2026"
_CLOSE_CONTEXT = _WS + ",.;:!?)]}\u2014\u2013-\u2026"


@dataclass(slots=True)
class _Raw:
    """A quotation found in a paragraph: mark offsets and inner text offsets."""

    paragraph: int
    open_mark: int
    close_mark: int  # index of the closing mark, or len(paragraph) when unclosed
    start: int
    end: int
    closed: bool
    chain_prev: _Raw | None = None
    speaker_np: str | None = None
    speaker: str | None = None
    resolved: bool = False
    frame_has_verb: bool = False
    listeners: set[str] = field(default_factory=set)


def _pair_marks(p: int, para: str) -> list[_Raw]:
    """Pair the quotation marks of one paragraph (the last quote may stay unclosed)."""
    out: list[_Raw] = []
    open_at = -1
    open_char = ""
    n = len(para)
    for m in _MARK_RE.finditer(para):
        i = m.start()
        c = para[i]
        left_space = i == 0 or para[i - 1] in _OPEN_CONTEXT
        right_space = i + 1 >= n or para[i + 1] in _CLOSE_CONTEXT
        if open_at < 0:
            if c in _OPENERS:
                open_at, open_char = i, c
            elif c in _CLOSERS:
                if left_space and not right_space:
                    open_at, open_char = i, c
            elif not (right_space and not left_space) or not out and i == 0:
                # A straight quote opens unless it plainly closes (an inch mark "5'11"").
                open_at, open_char = i, c
            continue
        # A quote is open: does this mark close it?
        closes = False
        if c in _CLOSERS or c == '"':
            closes = True
        elif c == "\u201c":
            # „…“ (German) closes with “; a “ glued to the text before it is a wrong-way closer.
            closes = open_char == "\u201e" or not left_space
        elif c == "\u00ab":
            closes = open_char == "\u00bb"
        if c == '"' and open_char in _OPENERS and left_space and not right_space:
            closes = False
        if closes:
            out.append(_Raw(p, open_at, i, open_at + 1, i, True))
            open_at = -1
        else:
            open_at, open_char = i, c
    if open_at >= 0:
        out.append(_Raw(p, open_at, n, open_at + 1, n, False))
    return out


def _trim(para: str, q: _Raw) -> None:
    """Drop white space inside the marks, and the comma that ends a quote before "he said"."""
    while q.start < q.end and para[q.start] in _WS:
        q.start += 1
    while q.end > q.start and para[q.end - 1] in _WS + ",;":
        q.end -= 1


def _starts_with_mark(para: str) -> bool:
    s = para.lstrip(_WS)
    return bool(s) and s[0] in _MARKS


# --------------------------------------------------------------------------------------------
# Noun phrases
# --------------------------------------------------------------------------------------------

_TOKEN_RE = re.compile(r"\w+(?:['\u2019\-.]\w+)*\.?|\([A-Z][A-Za-z.]{1,9}\)|\S")


def _is_cap(tok: str) -> bool:
    return bool(tok) and (tok[0].isupper() or (tok[0] == "(" and len(tok) > 1))


def _strip_possessive(tok: str) -> str:
    for suf in ("'s", "\u2019s", "'", "\u2019"):
        if tok.endswith(suf) and len(tok) > len(suf):
            return tok[: -len(suf)]
    return tok


def _clean_np(words: list[str]) -> list[str]:
    """Trim function words, adverbs and time words from both ends of a noun phrase."""
    while words and (
        words[0].lower() in _LEADING_FUNCTION
        and not (words[0].lower() in _DETERMINERS and len(words) > 1)
        or _is_time(words[0])
    ):
        words = words[1:]
    while words and (
        words[-1].lower() in _AUX
        or (words[-1].islower() and words[-1].endswith("ly") and len(words[-1]) > 4)
        or _is_time(words[-1])
    ):
        words = words[:-1]
    return words


def _appositive_like(chunk: str) -> bool:
    """Does a comma-delimited chunk read as an appositive ("a senior analyst at X", "35")?"""
    words = chunk.split()
    if not words:
        return False
    first = words[0].lower()
    return (
        words[0][0].islower()
        or words[0][0].isdigit()
        or first in _DETERMINERS
        or first in ("who", "which", "whose")
        or first in _ROLE_WORDS
    )


def _np_before(text: str) -> str | None:
    """The noun phrase that ends ``text`` (the subject before a speech verb).

    "X, the foreign minister, said", "X, 35, said" and "X, a senior analyst at Y, the Z group,
    told" give X; "her mother, Fiona, said" gives Fiona.
    """
    stripped = text.rstrip(_WS)
    if not stripped.endswith(","):
        np = _walk_back(stripped)
        if np is None and re.search(r"\b(?:and|but|then)\s*$", stripped):
            # "Uber stepped in and tweeted": the subject opens the clause.
            clause = re.split(r"[,;:\u2014\u2013]", stripped)[-1].split()
            lead: list[str] = []
            for w in clause:
                if not (_is_cap(w) or lead and w.lower() in _ROLE_WORDS | _NP_INNER):
                    break
                lead.append(w)
            lead = _clean_np(lead)
            if not lead and clause and clause[0].lower() in _PRONOUNS:
                lead = clause[:1]
            np = " ".join(lead) or None
        return np
    chunks = re.split(r",|\u2014|\u2013", stripped[:-1])[-6:]
    last = len(chunks) - 1
    if last == 0:
        return None  # "X," said: no appositive to skip, the comma belongs to something else.
    k = last
    while k > 0 and _appositive_like(chunks[k]):
        k -= 1
    if k == 0 and _appositive_like(chunks[0]) or k == last:
        # All descriptions ("The victim's mother, a nurse,"), or a name after a description
        # ("her mother, Fiona,").
        if k == last and not _appositive_like(chunks[k - 1]):
            return None  # "In Seoul, Kim, said" is not grammatical: a list or a mis-parse.
        return _walk_back(chunks[k])
    np = _walk_back(chunks[k])
    return np if np else _walk_back(chunks[k + 1])


_INNER_AFTER_NOUN = {"in", "at", "on", "from", "with", "for", "of", "inside", "near"}


def _walk_back(text: str) -> str | None:
    tokens = _TOKEN_RE.findall(text)
    words: list[str] = []
    i = len(tokens)
    while i > 0:
        i -= 1
        tok = tokens[i]
        low = tok.lower()
        if not tok[0].isalnum() and tok[0] != "(":
            break
        if low in _AUX and not words:
            continue
        if not words and (
            low in _PRONOUNS
            or low in ("reporters", "journalists", "officials", "police", "authorities")
        ):
            return tok
        if low in _STOP_WORDS:
            prev = tokens[i - 1].lower() if i > 0 else ""
            inner = words and (
                low == "of"
                or low in _INNER_AFTER_NOUN
                and (prev in _ROLE_WORDS or (prev.endswith("s") and prev.isalpha()))
            )
            if inner:
                words.insert(0, tok)
                continue
            if low in _DETERMINERS and words:
                words.insert(0, tok)
            break
        if _is_time(tok) and not words:
            continue
        if words and _is_time(tok):
            break
        if tok[0].islower() and words and _is_cap(words[0]) and low not in _ROLE_WORDS:
            # A lower-case word before a name ends it unless it is a role ("coach X").
            if low in _DETERMINERS:
                words.insert(0, tok)
            break
        words.insert(0, tok)
        if len(words) > 12:
            return None
    words = _clean_np(words)
    if not words:
        return None
    return " ".join(words)


def _np_after(text: str) -> str | None:
    """The noun phrase that opens ``text`` (the speaker after an inverted verb)."""
    tokens = _TOKEN_RE.findall(text)
    words: list[str] = []
    for tok in tokens:
        low = tok.lower()
        if not tok[0].isalnum() and tok[0] != "(":
            break
        if _is_time(tok):
            break
        if low in _STOP_WORDS:
            if not words and low in _OBJECT_PRONOUNS:
                return None
            if not words and low in _PRONOUNS:
                return tok
            named = any(_is_cap(w) for w in words)
            if low in _NP_INNER and words and not named:
                words.append(tok)
                continue
            if low in {"of", "for"} and words:
                words.append(tok)
                continue
            if low in _DETERMINERS and not words:
                words.append(tok)
                continue
            break
        if tok.endswith(".") and not _is_abbrev(tok):
            words.append(tok[:-1])
            break
        words.append(tok)
        if len(words) > 12:
            return None
    while words and words[-1].lower() in _NP_INNER | _DETERMINERS:
        words.pop()
    words = _clean_np(words)
    if not words or words[0].lower() in _OBJECT_PRONOUNS:
        return None
    return " ".join(words)


def _is_abbrev(tok: str) -> bool:
    core = tok[:-1].lower()
    return core in _TITLE_ABBREV or (len(core) == 1 and tok[0].isupper()) or "." in core


def _looks_like_speaker(np: str) -> bool:
    words = np.split()
    if not words:
        return False
    first = words[0].lower()
    if first in _PRONOUNS and len(words) == 1:
        return True
    if any(_is_cap(w) for w in words):
        return True
    if first in _DETERMINERS or first.endswith(("'s", "\u2019s")):
        return True
    return len(words) <= 2 and words[-1].endswith("s")


# --------------------------------------------------------------------------------------------
# Entities and resolution
# --------------------------------------------------------------------------------------------


@dataclass(slots=True)
class _Mention:
    pos: int  # global position (paragraph * _STRIDE + offset)
    text: str
    tokens: list[str]
    person: bool
    org: bool
    sentence: int  # global sentence id


_STRIDE = 1 << 32
_RECENT = 200  # how far back (in speakers) pronouns and descriptions look


def _name_tokens(name: str) -> list[str]:
    return [_strip_possessive(t) for t in name.split()]


def _classify(tokens: list[str]) -> tuple[bool, bool]:
    """Is a name a person, an organisation (or neither, e.g. a place)?"""
    lows = [t.lower().strip("().") for t in tokens]
    org = any(w in _ORG_WORDS for w in lows) or (
        len(tokens) == 1 and tokens[0].strip("()").isupper() and len(tokens[0].strip("()")) > 1
    )
    if tokens and tokens[-1].startswith("("):
        org = True
    person = not org and (any(w in _ROLE_WORDS or w in _TITLE_ABBREV for w in lows[:-1]))
    return person, org


class _Entities:
    """Names mentioned in an article, with the fullest form of each and who spoke when."""

    def __init__(self) -> None:
        self.mentions: list[_Mention] = []
        self.by_token: dict[str, list[_Mention]] = {}
        self.speakers: list[tuple[int, str, bool]] = []  # (pos, name, is_org)
        self.person_keys: set[str] = set()
        self.gender: dict[str, str] = {}
        self.positions: list[int] = []
        self._fullest: dict[str, str] = {}
        self._token_pos: dict[str, list[int]] = {}

    def add_mention(self, pos: int, text: str, sentence: int) -> None:
        tokens = _name_tokens(text)
        while tokens and (tokens[0].lower() in _LEADING_FUNCTION or _is_time(tokens[0])):
            tokens = tokens[1:]
        if tokens and tokens[-1].endswith(".") and not _is_abbrev(tokens[-1]):
            tokens[-1] = tokens[-1][:-1]
        if not tokens or not tokens[-1]:
            return
        person, org = _classify(tokens)
        m = _Mention(pos, " ".join(tokens), tokens, person, org, sentence)
        self.mentions.append(m)
        for t in tokens:
            self.by_token.setdefault(t.strip("()"), []).append(m)
        low = tokens[0].lower().rstrip(".")
        key = tokens[-1]
        if low in _FEMALE_TITLES:
            self.gender[key] = "f"
        elif low in _MALE_TITLES:
            self.gender[key] = "m"

    def add_description(self, pos: int, text: str, sentence: int) -> None:
        """An indefinite description of a person ("a senior ministry official")."""
        tokens = text.split()
        self.mentions.append(_Mention(pos, text, tokens, True, False, sentence))

    def fullest(self, name: str, pos: int | None = None) -> str:
        """The fullest form of the entity ``name`` stands for.

        With ``pos``, ``name`` is first anchored to its latest mention before ``pos`` (so a
        bare "Kim" means the Kim just named), then expanded to the longest mention holding all
        of the anchor's name words ("Boudreau" → "Wild coach Bruce Boudreau").
        """
        anchor = name
        tokens = _name_tokens(name)
        required = _required(tokens)
        if pos is not None and required:
            key = next(t for t in reversed(tokens) if t.strip("()").lower() in required)
            key = key.strip("()")
            found = self.by_token.get(key, [])
            if key not in self._token_pos:
                self._token_pos[key] = [m.pos for m in found]
            i = bisect_left(self._token_pos[key], pos)
            for j in range(i - 1, max(-1, i - 50), -1):
                m = found[j]
                if _extends(m.tokens, required, key) and len(m.tokens) > len(tokens):
                    anchor = m.text
                    break
        if anchor not in self._fullest:
            self._fullest[anchor] = self._find_fullest(anchor)
        best = self._fullest[anchor]
        if best != name and name.split()[0].lower() == "the" and best[0].isupper():
            lows = [t.lower() for t in _name_tokens(best)]
            if any(w in _ORG_WORDS for w in lows) or best.endswith(")"):
                best = "the " + best
        return best

    def _find_fullest(self, name: str) -> str:
        tokens = _name_tokens(name)
        required = _required(tokens)
        if not required:
            return name
        key = next(t for t in reversed(tokens) if t.strip("()").lower() in required)
        key = key.strip("()")
        best = name
        best_len = len(tokens)
        for m in self.by_token.get(key, ()):
            if len(m.tokens) > best_len and _extends(m.tokens, required, key):
                best, best_len = m.text, len(m.tokens)
        return best

    def is_person_key(self, name: str) -> bool:
        toks = _name_tokens(name)
        return bool(toks) and toks[-1] in self.person_keys

    def note_speaker(self, pos: int, name: str, org: bool) -> None:
        self.speakers.append((pos, name, org))
        if not org:
            for t in _name_tokens(name):
                if _is_cap(t):
                    self.person_keys.add(t)


def _required(tokens: list[str]) -> set[str]:
    """The name words a fuller form must keep (not titles like "Mr." or "the")."""
    return {
        t.strip("()").lower()
        for t in tokens
        if _is_cap(t) and t.lower().rstrip(".") not in _TITLE_ABBREV and t.lower() != "the"
    }


def _extends(mention: list[str], required: set[str], key: str) -> bool:
    """Is ``mention`` a fuller form of a name with words ``required`` and last word ``key``?"""
    stripped = [t.strip("()").lower() for t in mention]
    if not required <= set(stripped) or key.lower() not in stripped:
        return False
    last = max(i for i, t in enumerate(stripped) if t == key.lower())
    # After the key only given names may follow ("Yoon Suk Yeol") or an acronym "(NIS)".
    return all(
        _is_cap(t) and t.lower().strip("().") not in _ORG_WORDS | _ROLE_WORDS
        for t in mention[last + 1 :]
    )


def _is_org_name(name: str) -> bool:
    toks = _name_tokens(name)
    _, org = _classify(toks)
    if org:
        return True
    return bool(toks) and toks[0].lower() in {"the"} and toks[-1].lower() in _ORG_HEADS


# --------------------------------------------------------------------------------------------
# Attribution inside a frame (the text of the quote's sentence around the quote)
# --------------------------------------------------------------------------------------------


_BE = {"was", "were", "is", "are", "be", "been", "being", "get", "got", "gets"}
_PASSIVE_BY = re.compile(r"^\s*(?:\w+ly\s+)?by\s+(.*)$", re.DOTALL)


def _passive(lead: str, rest: str) -> tuple[bool, str | None]:
    """Is the verb passive ("was described as")? If so, the agent after "by", if any."""
    words = lead.split()
    while words and words[-1].lower().endswith("ly") and words[-1].islower():
        words.pop()
    if not words or words[-1].lower() not in _BE:
        return False, None
    m = _PASSIVE_BY.match(rest)
    return True, (_np_after(m.group(1)) if m else None)


@dataclass(slots=True)
class _Hit:
    np: str
    tier: int  # 0 = speech verb next to the quote, 1 = speech verb, 2 = weak verb
    distance: int
    listener: str | None = None
    participle: bool = False


def _verb_hits(before: str, after: str) -> list[_Hit]:
    """Speech-verb attributions in the text before and after a quote, best first."""
    hits: list[_Hit] = []
    # After the quote: "," X said ... / "," said X ... / ", according to X".
    for m in _VERB_RE.finditer(after):
        verb = m.group()
        lead = after[: m.start()]
        rest = after[m.end() :]
        dist = m.start()
        tier = 0 if dist < 60 else 1
        if verb in _WEAK_VERBS:
            tier = 2
        if verb == "according to":
            np = _np_after(rest)
            if np:
                hits.append(_Hit(np, tier, dist))
            continue
        if verb in _PARTICIPLES:
            hits.append(_Hit("", 3, dist, participle=True))
            continue
        passive, agent = _passive(lead, rest)
        if passive:
            if agent and _looks_like_speaker(agent):
                hits.append(_Hit(agent, tier, dist))
            continue
        subj = _np_before(lead)
        if subj and _looks_like_speaker(subj):
            listener = _np_after(rest) if verb in ("told", "tells", "telling") else None
            hits.append(_Hit(subj, tier, dist, listener))
            continue
        stripped = lead.strip(_WS + ",\u2014\u2013-")
        if verb.split()[0] in _INVERTING and (not stripped or lead.rstrip(_WS).endswith(",")):
            np = _np_after(rest)
            if np and _looks_like_speaker(np):
                hits.append(_Hit(np, tier, dist))
    # Before the quote: X said: "..." / X said the plan "..." / According to X, "...".
    for m in _VERB_RE.finditer(before):
        verb = m.group()
        dist = len(before) - m.end()
        tail = before[m.end() :].strip(_WS)
        tier = 0 if (not tail or tail in (",", ":", "that", "that,")) else 1
        if verb in _WEAK_VERBS:
            tier = max(tier, 2) if tier else 2
        if verb == "according to":
            np = _np_after(before[m.end() :])
            if np:
                hits.append(_Hit(np, tier, dist))
            continue
        if verb in _PARTICIPLES:
            hits.append(_Hit("", 3, dist, participle=True))
            continue
        passive, agent = _passive(before[: m.start()], before[m.end() :])
        if passive:
            if agent and _looks_like_speaker(agent):
                hits.append(_Hit(agent, tier, dist))
            continue
        subj = _np_before(before[: m.start()])
        if subj and _looks_like_speaker(subj):
            listener = (
                _np_after(before[m.end() :]) if verb in ("told", "tells", "telling") else None
            )
            if verb in _SPEECH_VERBS and not re.search(r"[,;]", tail.rstrip(",: ")):
                # 'X said in a memo that the "..."': the quote completes X's own clause, so
                # a source named after it ("..., Yahoo Finance reported") is not the speaker.
                tier = -1
            hits.append(_Hit(subj, tier, dist, listener))
    hits.sort(key=lambda h: (h.tier, h.distance))
    return hits


_COLON_LEAD = re.compile(r"([^.!?:;\"\u201c\u201d]{1,80}):\s*$")


def _colon_speaker(before: str) -> str | None:
    """``X: "..."`` with no verb: the name before the colon, if it is a name."""
    m = _COLON_LEAD.search(before)
    if not m:
        return None
    np = _np_before(m.group(1))
    if np and all(_is_cap(w) for w in np.split() if w.lower() not in _NP_INNER):
        return np
    return None


def _active_verb(text: str) -> re.Match[str] | None:
    """The first speech verb of ``text`` in the active voice."""
    for m in _VERB_RE.finditer(text):
        if m.group() == "according to" or not _passive(text[: m.start()], "")[0]:
            return m
    return None


def _sentence_subject(text: str) -> str | None:
    """The subject of a sentence: its first noun phrase that looks like a speaker."""
    m = _active_verb(text)
    if not m or m.group() == "according to":
        return None
    np = _np_before(text[: m.start()])
    return np if np and _looks_like_speaker(np) else None


# --------------------------------------------------------------------------------------------
# Public API
# --------------------------------------------------------------------------------------------


def _word_count(text: str) -> int:
    return len(_WORD_RE.findall(text))


def _is_title(para: str, q: _Raw, text: str) -> bool:
    """Quoted Title-Cased name of a work after a cue ("the film "Jaws"")."""
    words = text.split()
    if not words or len(words) > 16 or text.rstrip()[-1:] in ".!?":
        return False
    long_words = [w for w in words if len(w) > 3 or w == words[0]]
    caps = sum(1 for w in long_words if w[0].isupper() or not w[0].isalpha())
    if caps < max(1, len(long_words)) * 0.75:
        return False
    return bool(_TITLE_CUES.search(para[max(0, q.open_mark - 40) : q.open_mark]))


def find_quotes(article: Article) -> list[Quote]:
    """Find the direct quotations of ``article`` and who said them, in article order.

    See :func:`_find_quotes`. An article in single quotation marks (‘…’, as some British
    papers print speech) and without any double ones is read through a copy where those
    marks are double ones (:func:`_single_quote_view`, same length, so every span holds),
    when someone is found saying one of them.
    """
    view = _single_quote_view(article)
    if view is None:
        return _find_quotes(article)
    quotes = _find_quotes(view)
    if not any(quote.speaker for quote in quotes):
        # Nobody is quoted saying anything: the marks set off titles or phrases.
        return _find_quotes(article)
    paragraphs = article.paragraphs
    return [
        replace(quote, text=paragraphs[quote.span.paragraph][quote.span.start : quote.span.end])
        for quote in quotes
    ]


_SINGLE_OPEN = "\u2018"
_SINGLE_CLOSE = "\u2019"
_DOUBLE_MARK_RE = re.compile('["\u201c\u201d\u201e\u201f\u00ab\u00bb]')
#: A single-quoted span this long (in words) is speech, not a scare-quoted word or a title.
_SINGLE_QUOTE_SPEECH_WORDS = 4


def _single_quote_view(article: Article) -> Article | None:
    """``article`` with its single quotation marks made double, when it quotes that way.

    Only for an article with no double quotation marks at all and at least one single-quoted
    span of :data:`_SINGLE_QUOTE_SPEECH_WORDS` words or more. An opening ‘ starts a word; the
    ’ that closes it follows or precedes punctuation, or ends the paragraph, so that the
    apostrophes of "don’t" and "the officials’ decision" are left alone.
    """
    paragraphs = article.paragraphs
    if any(_DOUBLE_MARK_RE.search(para) for para in paragraphs):
        return None
    if not any(_SINGLE_OPEN in para for para in paragraphs):
        return None
    converted: list[str] = []
    speech = False
    for para in paragraphs:
        chars = list(para)
        open_at = -1
        n = len(para)
        for i, c in enumerate(para):
            if c == _SINGLE_OPEN and (i == 0 or para[i - 1] in _OPEN_CONTEXT):
                if i + 1 < n and para[i + 1] not in _WS:
                    open_at = i
            elif c == _SINGLE_CLOSE and open_at >= 0:
                after = para[i + 1] if i + 1 < n else ""
                if after.isalnum():
                    continue  # an apostrophe inside a word
                before = para[i - 1]
                if before in ",.!?\u2026\u2014\u2013-" or after in ",.;:!?)\u2026" or not after:
                    chars[open_at], chars[i] = "\u201c", "\u201d"
                    if len(para[open_at + 1 : i].split()) >= _SINGLE_QUOTE_SPEECH_WORDS:
                        speech = True
                    open_at = -1
        converted.append("".join(chars))
    if not speech:
        return None
    return replace(article, paragraphs=tuple(converted))


def _find_quotes(article: Article) -> list[Quote]:
    """Find the direct quotations of ``article`` and who said them, in article order.

    Each :class:`~briefreader.model.Quote` carries the words inside the marks (``text``),
    a ``span`` such that ``article.paragraphs[p][start:end] == text``, the ``sentence`` around
    it, ``kind`` (``"full"`` from :data:`FULL_QUOTE_WORDS` words, else ``"fragment"``) and the
    ``speaker`` in the fullest form the article gives, or ``None`` when no speaker can be found.
    Titles of works in quotes ("the film "Jaws"") are not quotes; a quote repeated verbatim is
    reported once.
    """
    paras = article.paragraphs
    raws: list[_Raw] = []
    per_para: list[list[_Raw]] = []
    prev_unclosed: _Raw | None = None
    for p, para in enumerate(paras):
        found = _pair_marks(p, para)
        kept: list[_Raw] = []
        for q in found:
            _trim(para, q)
            if q.start >= q.end:
                continue
            kept.append(q)
        if (
            prev_unclosed is not None
            and kept
            and kept[0].open_mark == len(para) - len(para.lstrip(_WS))
        ):
            kept[0].chain_prev = prev_unclosed
        prev_unclosed = None
        if kept and not kept[-1].closed:
            nxt = paras[p + 1] if p + 1 < len(paras) else ""
            if _starts_with_mark(nxt):
                prev_unclosed = kept[-1]
            else:
                kept.pop()
        per_para.append(kept)
        raws.extend(kept)

    ents = _Entities()
    sentences = [split_sentences(para) for para in paras]
    _collect_mentions(paras, per_para, sentences, ents)

    # Attribute in article order, so pronouns resolve against what came before.
    for p, para in enumerate(paras):
        quotes = per_para[p]
        sents = sentences[p]
        qi = 0
        prev_speaker_in_para: str | None = None
        for s0, s1 in sents:
            in_sent: list[_Raw] = []
            while qi < len(quotes) and quotes[qi].open_mark < s1:
                in_sent.append(quotes[qi])
                qi += 1
            if not in_sent:
                _note_sentence_speaker(ents, p, para, s0, s1, per_para[p])
                continue
            for k, q in enumerate(in_sent):
                lo = max(s0, in_sent[k - 1].close_mark + 1) if k else s0
                end_sent = sents[sentence_at(sents, max(q.close_mark, q.start))][1]
                hi = in_sent[k + 1].open_mark if k + 1 < len(in_sent) else max(end_sent, s1)
                hi = max(hi, q.close_mark + 1)
                before = para[lo : q.open_mark]
                after = para[q.close_mark + 1 : hi] if q.closed else ""
                hits = _verb_hits(before, after)
                q.frame_has_verb = bool(hits)
                real = [h for h in hits if not h.participle]
                pos = p * _STRIDE + q.open_mark
                if real:
                    h = real[0]
                    if hits[0].participle and k and in_sent[k - 1].speaker:
                        q.speaker = in_sent[k - 1].speaker
                    else:
                        if h.listener:
                            q.listeners.add(h.listener)
                        q.speaker = _resolve(h.np, pos, ents, q.listeners)
                    q.speaker_np = h.np
                elif k and in_sent[k - 1].speaker and not _has_other_subject(before):
                    q.speaker = in_sent[k - 1].speaker
                elif hits and hits[0].participle:
                    subj = _sentence_subject(para[s0 : q.open_mark])
                    if subj:
                        q.speaker = _resolve(subj, pos, ents, q.listeners)
                else:
                    colon = _colon_speaker(before)
                    if colon:
                        q.speaker = _resolve(colon, pos, ents, q.listeners)
                q.resolved = q.speaker is not None
                if q.speaker is not None:
                    ents.note_speaker(pos, q.speaker, _is_org_name(q.speaker))
            # Whole quote sentences with no attribution take the paragraph's previous speaker.
            for q in in_sent:
                if q.speaker is None and q.chain_prev is not None and q.chain_prev.speaker:
                    q.speaker = q.chain_prev.speaker
                if q.speaker is None and prev_speaker_in_para and not q.frame_has_verb:
                    q.speaker = prev_speaker_in_para
                if q.speaker:
                    prev_speaker_in_para = q.speaker
            _note_sentence_speaker(ents, p, para, s0, s1, per_para[p])
        _attribute_from_neighbours(p, para, quotes, sents, paras, per_para, ents)

    # Multi-paragraph quotes: an attribution at the end applies to the earlier parts too.
    for q in reversed(raws):
        if q.chain_prev is not None and q.chain_prev.speaker is None and q.speaker:
            q.chain_prev.speaker = q.speaker

    out: list[Quote] = []
    seen: set[tuple[str, ...]] = set()
    for q in raws:
        para = paras[q.paragraph]
        text = para[q.start : q.end]
        if _is_title(para, q, text):
            continue
        key = tuple(w.lower() for w in _WORD_RE.findall(text))
        if not key or key in seen:
            continue
        seen.add(key)
        sents = sentences[q.paragraph]
        if sents:
            a = sents[sentence_at(sents, q.open_mark)][0]
            b = sents[sentence_at(sents, max(q.start, q.end - 1))][1]
            sentence = Span(q.paragraph, min(a, q.start), max(b, q.end))
        else:
            sentence = Span(q.paragraph, q.start, q.end)
        kind: QuoteKind = "full" if _word_count(text) >= FULL_QUOTE_WORDS else "fragment"
        out.append(
            Quote(
                text=text,
                speaker=q.speaker,
                kind=kind,
                span=Span(q.paragraph, q.start, q.end),
                sentence=sentence,
            )
        )
    return out


def _has_other_subject(before: str) -> bool:
    """Does the text between two quotes bring in a new subject ("," and X thinks ")?"""
    words = [w for w in before.split() if w[0].isalpha()]
    return any(w[0].isupper() for w in words[1:])


def _attribute_from_neighbours(
    p: int,
    para: str,
    quotes: list[_Raw],
    sents: list[tuple[int, int]],
    paras: tuple[str, ...],
    per_para: list[list[_Raw]],
    ents: _Entities,
) -> None:
    """Quotes still without a speaker: neighbouring sentences, then the previous paragraph."""
    if not quotes:
        return
    for q in quotes:
        if q.speaker is not None or q.frame_has_verb:
            continue
        s = sentence_at(sents, q.open_mark)
        e = sentence_at(sents, max(q.start, q.end - 1))
        pos = p * _STRIDE + q.open_mark
        # Previous sentence of the paragraph ending in a colon or carrying a speech verb.
        if s > 0:
            a, b = sents[s - 1]
            prev = para[a:b]
            if not _MARK_RE.search(prev):
                subj = _sentence_subject(prev)
                if subj:
                    q.speaker = _resolve(subj, pos, ents, q.listeners)
                    continue
        # Next sentence: "... That is what X said."
        if e + 1 < len(sents):
            a, b = sents[e + 1]
            nxt = para[a:b]
            if not _MARK_RE.search(nxt):
                m = _VERB_RE.search(nxt)
                if m and m.start() < 60:
                    subj = _sentence_subject(nxt)
                    if subj:
                        q.speaker = _resolve(subj, pos, ents, q.listeners)
                        continue
    # A paragraph that opens with a quote (or is nothing but quotes) continues the speaker of
    # the previous paragraph: the news convention for a speaker who goes on talking.
    if p == 0:
        return
    first = quotes[0]
    opens_para = first.open_mark == len(para) - len(para.lstrip(_WS))
    if not opens_para or first.speaker is not None or first.frame_has_verb:
        return
    only_quotes = not _MARK_RE.sub("", _strip_quotes(para, quotes)).strip(_WS + ".,;:")
    prev_quotes = per_para[p - 1]
    prev_text = paras[p - 1].rstrip(_WS)
    speaker = None
    prev_full = [q for q in prev_quotes if _word_count(paras[p - 1][q.start : q.end]) >= 5]
    if prev_full and prev_full[-1].speaker:
        speaker = prev_full[-1].speaker
    elif not prev_quotes and (prev_text.endswith(":") or only_quotes):
        # "X told reporters:" or a paragraph reporting what X said, then X's own words.
        subj = None
        for a, b in reversed(split_sentences(prev_text)):
            subj = _sentence_subject(prev_text[a:b])
            if subj or prev_text.endswith(":"):
                break
        if subj:
            speaker = _resolve(subj, p * _STRIDE, ents, set())
    if not speaker:
        return
    for q in quotes if only_quotes else [first]:
        # A quote with no sentence end is a heading or a pull quote, not speech.
        ends = para[q.start : q.end].rstrip(_CLOSERS + "'\u2019")[-1:]
        if q.speaker is None and ends in ".!?\u2026":
            q.speaker = speaker


def _strip_quotes(para: str, quotes: list[_Raw]) -> str:
    parts: list[str] = []
    last = 0
    for q in quotes:
        parts.append(para[last : q.open_mark])
        last = q.close_mark + 1
    parts.append(para[last:])
    return "".join(parts)


def _note_sentence_speaker(
    ents: _Entities, p: int, para: str, s0: int, s1: int, quotes: list[_Raw]
) -> None:
    """Record the subject of a speech verb in a sentence as a speaker (for "it said")."""
    text = para[s0:s1]
    if _MARK_RE.search(text):
        text = _MARK_RE.split(text)[0]
    m = _active_verb(text)
    if not m or m.group() in _PARTICIPLES or m.group() == "according to":
        return
    np = _np_before(text[: m.start()])
    if not np or not _looks_like_speaker(np):
        return
    pos = p * _STRIDE + s0 + m.start()
    if np.lower() in _PRONOUNS:
        return
    name = _resolve(np, pos, ents, set())
    if name:
        ents.note_speaker(pos, name, _is_org_name(name))


def _collect_mentions(
    paras: tuple[str, ...],
    per_para: list[list[_Raw]],
    sentences: list[list[tuple[int, int]]],
    ents: _Entities,
) -> None:
    """Index every capitalised name outside quotes, and every role description."""
    sid = 0
    for p, para in enumerate(paras):
        text = _blank_quotes(para, per_para[p])
        sents = sentences[p]
        for m in _MENTION_RE.finditer(text):
            for start, part in _split_at_full_stops(m.start(), m.group()):
                s = sentence_at(sents, start)
                ents.add_mention(p * _STRIDE + start, part, sid + max(s, 0))
        for m in _DESCRIPTION_RE.finditer(text):
            s = sentence_at(sents, m.start())
            ents.add_description(p * _STRIDE + m.start(), m.group(), sid + max(s, 0))
        sid += len(sents) + 1
    ents.mentions.sort(key=lambda mention: mention.pos)
    ents.positions = [mention.pos for mention in ents.mentions]
    # Person evidence: a surname used on its own elsewhere ("Boudreau" after "Bruce Boudreau").
    singles = {mention.tokens[0] for mention in ents.mentions if len(mention.tokens) == 1}
    for mention in ents.mentions:
        last = mention.tokens[-1]
        if len(mention.tokens) >= 2 and last in singles and not mention.org or mention.person:
            ents.person_keys.add(last)


def _blank_quotes(para: str, raws: list[_Raw]) -> str:
    """``para`` with every quotation (marks included) replaced by spaces, offsets kept."""
    if not raws:
        return para
    pieces: list[str] = []
    pos = 0
    for q in sorted(raws, key=lambda raw: raw.open_mark):
        lo, hi = max(q.open_mark, pos), min(q.close_mark + 1, len(para))
        if hi > lo:
            pieces.append(para[pos:lo])
            pieces.append(" " * (hi - lo))
            pos = hi
    pieces.append(para[pos:])
    return "".join(pieces)


def _split_at_full_stops(start: int, text: str) -> list[tuple[int, str]]:
    """Cut a mention at a full stop that is not an abbreviation ("War. De Miranda")."""
    parts: list[tuple[int, str]] = []
    offset = 0
    for m in re.finditer(r"\S+", text):
        tok = m.group()
        if tok.endswith(".") and not _is_abbrev(tok) and m.end() < len(text):
            parts.append((start + offset, text[offset : m.end() - 1]))
            offset = m.end() + 1
    parts.append((start + offset, text[offset:]))
    return [(a, t) for a, t in parts if t.strip()]


def _resolve(np: str, pos: int, ents: _Entities, listeners: set[str]) -> str | None:
    """Turn a speaker noun phrase into the name it stands for (``None`` for lost pronouns)."""
    words = np.split()
    low = [w.lower() for w in words]
    if len(words) == 1 and low[0] in _PRONOUNS:
        kind = _PRONOUNS[low[0]]
        if kind in ("m", "f"):
            return _last_person(pos, ents, kind, listeners)
        if kind == "o":
            return _last_org(pos, ents)
        return None
    if low[0] == "the" and not any(_is_cap(w) for w in words[1:]):
        head = low[-1]
        if head in _ORG_HEADS:
            return _last_org(pos, ents) or np
        found = _last_with_head(pos, ents, head)
        return found or np
    if _is_cap(words[-1]):
        return ents.fullest(np, pos)
    return np


def _before(ents: _Entities, pos: int) -> int:
    return bisect_left(ents.positions, pos)


def _last_person(pos: int, ents: _Entities, gender: str, listeners: set[str]) -> str | None:
    """The most recent person before ``pos``: the first one named in the latest sentence."""
    banned = {_name_tokens(x)[-1] for x in listeners if x and _name_tokens(x)}
    i = _before(ents, pos)
    best: _Mention | None = None
    for j in range(i - 1, max(-1, i - 400), -1):
        m = ents.mentions[j]
        key = m.tokens[-1]
        if not (m.person or key in ents.person_keys) or m.org:
            continue
        if key in banned or any(t in banned for t in m.tokens):
            continue
        g = ents.gender.get(key)
        if g and g != gender:
            continue
        if best is not None and m.sentence != best.sentence:
            break
        best = m
    if best is None:
        return None
    if gender in ("m", "f"):
        ents.gender.setdefault(best.tokens[-1], gender)
    return ents.fullest(best.text)


def _last_org(pos: int, ents: _Entities) -> str | None:
    """The most recent organisation that spoke (or, failing that, was named) before ``pos``."""
    for spos, name, org in reversed(ents.speakers[-_RECENT:]):
        if spos < pos and org:
            return name
    i = _before(ents, pos)
    for j in range(i - 1, max(-1, i - 400), -1):
        m = ents.mentions[j]
        if m.org:
            return ents.fullest(m.text)
    return None


def _last_with_head(pos: int, ents: _Entities, head: str) -> str | None:
    """The latest earlier speaker or mention carrying ``head`` ("the official" → "a senior
    unification ministry official", "the coach" → "Wild coach Bruce Boudreau")."""
    for spos, name, _ in reversed(ents.speakers[-_RECENT:]):
        if spos < pos and head in name.lower().split():
            return name
    i = _before(ents, pos)
    for j in range(i - 1, max(-1, i - 400), -1):
        m = ents.mentions[j]
        if head in (t.lower() for t in m.tokens):
            return ents.fullest(m.text)
    return None
