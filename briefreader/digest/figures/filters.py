"""Filters: what is a number but not a figure.

A paragraph that is a flattened table row holds cells, not figures, and is skipped whole. Each
candidate of the other paragraphs is then kept unless a grammar cue says otherwise: a date
("Oct. 23"), a time ("3 p.m."), a year ("in 2024"), a number inside a name ("Section 230",
"Windows 10", "Destiny 2 is"), a reference or phone number ("No. 5", "called 911"), a list
marker ("1."), "one" used as a pronoun ("one of the"), a number word used as a verb ("to zero
in"), a number picking members of a ranking ("the two largest"), a back-reference to a group
already counted ("the two sides", "these 11") and a sentence of page furniture ("Image 2 of
5", "View all (23)", a related headline in Title Case).
"""

from __future__ import annotations

import re

from briefreader.digest.figures.candidates import (
    _COUNTS,
    _FIRST_YEAR,
    _LAST_YEAR,
    Kind,
    _Found,
)
from briefreader.digest.figures.forms import is_superlative
from briefreader.digest.figures.qualifiers import _qualifier
from briefreader.digest.figures.tokens import _Paragraph, _Tok, _word_value
from briefreader.digest.figures.words import (
    _CALL_WORDS,
    _CLOCK_WORDS,
    _LINKS,
    _MONTHS,
    _QUALIFIERS_1,
    _REFERENCE_WORDS,
    _STOP,
    _UNITS,
)
from briefreader.lexicon import words

# Kinds whose single digit token may be a date, a year, a name's number or a reference.
_PLAIN_KINDS: frozenset[Kind] = frozenset(["age", "compound", "count", "measure", "range", "score"])
# The last day of a month: a bare number up to this one beside a month name is a date.
_MAX_DAY = 31
# A table row has at least this many bare numbers...
_TABLE_MIN_NUMBERS = 3
# ...and one word in this many, or more, is a bare number.
_TABLE_WORDS_PER_NUMBER = 3

_BARE_NUMBER = re.compile(r"\d[\d.,]*")


def _is_table_row(text: str) -> bool:
    """A line of a table flattened into text ("1 Kyle Busch 5040 5 1 17 27"): three bare
    numbers or more (no unit, sign or range) making up a third of its words or more, and no
    sentence end. Its numbers are cells whose meaning is in a header the text lost, not
    figures of the story (a line of statistics such as "18-24: 34%, 25-34: 29%" stays)."""
    stripped = text.rstrip()
    if stripped.endswith((".", "!", "?", "…", '"', "”", "’")):
        return False
    tokens = stripped.split()
    numbers = sum(1 for token in tokens if _BARE_NUMBER.fullmatch(token))
    return numbers >= _TABLE_MIN_NUMBERS and _TABLE_WORDS_PER_NUMBER * numbers >= len(tokens)


def _is_month(tok: _Tok | None) -> bool:
    """``tok`` is a capitalised month name or abbreviation ("October", "Oct.")."""
    return tok is not None and tok.low.rstrip(".") in _MONTHS and tok.text[0].isupper()


def _keep(p: _Paragraph, f: _Found) -> bool:
    """Apply the grammar cues that tell a figure from a date, year, name or pronoun."""
    t = p.toks[f.i]
    # A single token in digits: the one form a date, year, name number or reference takes.
    plain = f.kind in _PLAIN_KINDS and f.i == f.j and t.text[:1].isdigit()
    core = t.text
    bare_int = re.fullmatch(r"\d+", core.split("-")[0]) is not None and "," not in core
    return not (
        (plain and bare_int and _is_date(p, f))
        or _is_time(p, f)
        or (plain and _is_year(p, f))
        or _is_year_range(p, f)
        or (plain and _is_in_name(p, f, bare_int))
        or _is_reference(p, f, plain)
        or (plain and bare_int and _is_list_marker(p, f))
        or _is_pronoun_one(p, f)
        or (f.kind == "compound" and t.low.startswith(("one-", "a-")))
        or (plain and bare_int and _is_initial_name(p, f))
        or _is_group_of_superlatives(p, f)
        or _is_verb(p, f)
    )


def _is_date(p: _Paragraph, f: _Found) -> bool:
    """Dates: "Oct. 23", "23 October", "Oct. 23 and 24", "May 18, 2019"."""
    if f.number is None or f.number > _MAX_DAY:
        return False
    if _is_month(p.tok(f.i - 1)) and not p.toks[f.i - 1].trail.strip("."):
        return True
    nxt = p.next_joined(f.j)
    if nxt is not None and _is_month(nxt):
        return True
    prev = p.prev_joined(f.i)
    if prev is not None and prev.low in {"and", "to", "-", "–", "or"}:
        before = p.tok(f.i - 2)
        if before is not None and re.fullmatch(r"\d{1,2}", before.text):
            if _is_month(p.tok(f.i - 3)):
                return True
    return False


def _is_time(p: _Paragraph, f: _Found) -> bool:
    """Times: "10:30 a.m.", "3 p.m."."""
    nxt = p.next_joined(f.j)
    return nxt is not None and nxt.low in _CLOCK_WORDS and f.kind in _COUNTS


def _is_year(p: _Paragraph, f: _Found) -> bool:
    """Years: "in 2024", "the 2024 Nordic Council", "November 18, 2019" (not "2024 years")."""
    core = p.toks[f.i].text
    if not (
        f.kind in {"count", "compound"}
        and re.fullmatch(r"\d{4}", core.split("-")[0])
        and _FIRST_YEAR <= (f.number or 0) <= _LAST_YEAR
    ):
        return False
    nxt = p.next_joined(f.j)
    if nxt is not None and nxt.low in _UNITS and f.kind == "count":
        return False
    return _qualifier(p, f) is None


def _is_year_range(p: _Paragraph, f: _Found) -> bool:
    """A span of years: "between 1998 and 1999", "from 2010 to 2014" (not "2,000 to 3,000",
    nor "1990 to 2000 years" of a measure)."""
    if f.kind != "range" or f.j == f.i:
        return False
    ends = (p.toks[f.i].text, p.toks[f.j].text)
    if not all(re.fullmatch(r"\d{4}", end) for end in ends):
        return False
    if not all(_FIRST_YEAR <= int(end) <= _LAST_YEAR for end in ends):
        return False
    nxt = p.next_joined(f.j)
    return (nxt is None or nxt.low not in _UNITS) and _qualifier(p, f) is None


def _is_in_name(p: _Paragraph, f: _Found, bare_int: bool) -> bool:
    """Numbers inside names: "Section 230", "Windows 10", "iPhone 11", "Top 10"."""
    prev = p.prev_joined(f.i)
    if prev is None:
        return False
    # (an age is never in a name: "'finals' The 26-year-old has", a caption run into text)
    if bare_int and f.kind not in {"score", "age"} and p.is_name_word(f.i - 1):
        return True
    # "Boeing's 737-800" (a model), but "the Wild's 4-1 win" (a score).
    return prev.text.endswith(("'s", "’s")) and "-" in p.toks[f.i].text and f.kind != "score"


def _is_reference(p: _Paragraph, f: _Found, plain: bool) -> bool:
    """References and phone numbers: "No. 5", "page 12", "called 911"."""
    prev = p.prev_joined(f.i)
    if plain and prev is not None and (prev.low in _REFERENCE_WORDS or prev.low in _CALL_WORDS):
        return True
    if plain and p.tok(f.i - 1) is not None and p.toks[f.i - 1].text in {"No.", "#"}:
        return True
    return p.toks[f.i].lead.endswith(("#", "No."))


def _is_list_marker(p: _Paragraph, f: _Found) -> bool:
    """List markers: a paragraph or sentence that opens with "1." or "2)"."""
    t = p.toks[f.i]
    if t.trail[:1] in {".", ")"} and p.is_initial(f.i):
        s0, _ = p.sentence_of(t.start)
        if t.start == s0 or t.start == 0:
            return True
    return False


def _is_pronoun_one(p: _Paragraph, f: _Found) -> bool:
    """Word numbers: "one" is mostly a pronoun or article ("one day", "no one", "one of the");
    it counts after "at least", before a unit after "for" ("for one year"), after "only" or
    "just" before a noun ("only one toilet"), before a noun and "of" ("one count of
    fraud", not "one part of") or "away" ("one win away from the title")."""
    if not (f.kind == "word" and f.i == f.j and f.number == 1) or f.unit == "times":
        return False  # a counted "once" was decided when it was found
    q = _qualifier(p, f)
    prev = p.prev_joined(f.i)
    nxt = p.next_joined(f.j)
    after = {"for", "in", "within", "after", "than", "only"}
    if prev is not None and prev.low == "by" and nxt is not None and _is_common_noun(nxt):
        return False  # a margin: "above City by one point", "won by one vote"
    unit_next = nxt is not None and nxt.low in _UNITS and prev is not None and prev.low in after
    if q in {"at least", "more than"} or unit_next:
        return False
    noun_next = nxt is not None and _is_common_noun(nxt)
    if q in {"only", "just"} and noun_next:
        return False
    if nxt is None or not noun_next:
        return True
    of_after = p.next_joined(f.j + 1)
    if of_after is not None and of_after.low == "away":
        return False  # a distance still to go: "one win away from the title"
    return not (of_after is not None and of_after.low == "of" and nxt.low not in _VAGUE_NOUNS)


# Nouns after "one" and before "of" that make no count: "one part of", "one kind of".
_VAGUE_NOUNS = words(
    """
    aspect day end form half hand kind part point side sort thing time type way
    """
)


def _is_common_noun(tok: _Tok) -> bool:
    """``tok`` may be a common noun: a lower-case word that is no stopword."""
    return tok.text.isalpha() and tok.text.islower() and tok.low not in _STOP


# Verbs that follow a name with a number in it ("Destiny 2 is", "Windows 10 launched").
_NAME_VERBS = words(
    """
    and can could had has have is launched or released sold was will would
    """
)


def _is_initial_name(p: _Paragraph, f: _Found) -> bool:
    """A number after a capitalised word that opens the sentence, before a verb: "Destiny 2
    is a game", "Windows 10 launched" (a name, not "Some 40 were")."""
    i = f.i
    if i == 0 or not p.joined(i - 1) or not p.is_initial(i - 1):
        return False
    name = p.toks[i - 1]
    if not name.text[:1].isupper() or not name.text.isalpha():
        return False
    if name.low in _STOP or name.low in _QUALIFIERS_1 or _word_value(name.text) is not None:
        return False
    if name.low.rstrip(".") in _MONTHS:
        return False
    nxt = p.next_joined(f.j)
    return nxt is not None and (nxt.low in _NAME_VERBS or nxt.low in _LINKS)


def _is_group_of_superlatives(p: _Paragraph, f: _Found) -> bool:
    """ "The world's two largest economies", "the three biggest banks": a number before a
    superlative picks members of a ranking, it counts nothing."""
    nxt = p.next_joined(f.j)
    return f.kind in {"count", "word"} and nxt is not None and is_superlative(nxt.text)


# Particles after a number word used as a verb: "to zero in on", "single out".
_PARTICLES = frozenset(["in", "on", "out"])
# Words before a verb: "to zero in", "will zero in", "they zero in".
_BEFORE_VERBS = words("can could i must should they to we will would you")


def _is_verb(p: _Paragraph, f: _Found) -> bool:
    """A number word used as a verb: "trying to zero in on the suspect"."""
    if f.kind != "word" or f.i != f.j:
        return False
    prev, nxt = p.prev_joined(f.i), p.next_joined(f.j)
    return (
        prev is not None and prev.low in _BEFORE_VERBS and nxt is not None and nxt.low in _PARTICLES
    )


# Determiners that point back at a group already named: "the two sides", "these 11".
_BACK_DETERMINERS = frozenset(["the", "these", "those"])


def is_back_reference(p: _Paragraph, f: _Found, seen: set[float]) -> bool:
    """ "The two sides", "the three deaths", "These 11 were charged": a bare count after a
    definite determiner points back at a group the article has already counted (a number
    word always; digits when the article gave the same number before)."""
    if f.kind not in {"count", "word"} or f.unit is not None or f.number is None:
        return False
    prev = p.prev_joined(f.i)
    if prev is None or prev.low not in _BACK_DETERMINERS:
        return False
    if f.number in seen:
        return True
    # "the two sides", "the three deaths": a small group named before, by its members (a
    # plural noun after it); not "the eight years of his presidency", "the two hour study
    # hall", "the four golden signals are".
    nxt = p.next_joined(f.j)
    after = p.next_joined(f.j + 1)
    return (
        f.kind == "word"
        and f.number <= _MAX_NAMED_GROUP
        and nxt is not None
        and (nxt.low.endswith("s") or nxt.low in _IRREGULAR_PLURALS)
        and nxt.low not in _UNITS
        and (after is None or after.low != "of")
    )


_IRREGULAR_PLURALS = words("children men people women")


# A group of at most this many is named member by member before "the two ..." points back.
_MAX_NAMED_GROUP = 3


# Page furniture a figure may stand in: "Image 2 of 5", "View all (23)", "Image caption ...",
# "Comments (12)".
_FURNITURE = re.compile(
    r"\b(?:image|photo|picture|slide|video)s?\s+\d+\s+(?:of|/)\s+\d+\b|"
    r"^\W*(?:image|photo|media|video)\s+(?:caption|copyright|source)\b|"
    r"\b(?:view|see|show|load|read)\s+(?:all|more)\s*\(?\d|"
    r"\bcomments?\s*\(\d+\)",
    re.IGNORECASE,
)
# A line without a sentence end, of at most this many words, whose longer words are mostly
# capitalised, is a headline (a related story's): its numbers are not this article's figures.
_HEADLINE_MAX_WORDS = 16
# (at least this many longer words: a short label such as "Total 12" is no headline)
_HEADLINE_MIN_WORDS = 4
_HEADLINE_CAPITALS = 0.75
_HEADLINE_LONG_WORD = 3


def is_furniture(text: str) -> bool:
    """The sentence ``text`` is page furniture: a gallery counter, a caption label, a "view
    all" link, or a related story's headline in Title Case."""
    if _FURNITURE.search(text):
        return True
    stripped = text.rstrip()
    if not stripped or stripped.endswith((".", "!", "?", "…", '"', "”", "’", ":", ")")):
        return False
    tokens = stripped.split()
    long_words = [t for t in tokens[1:] if len(t) > _HEADLINE_LONG_WORD and t[0].isalpha()]
    if len(tokens) > _HEADLINE_MAX_WORDS or len(long_words) < _HEADLINE_MIN_WORDS:
        return False
    return sum(t[0].isupper() for t in long_words) >= _HEADLINE_CAPITALS * len(long_words)
