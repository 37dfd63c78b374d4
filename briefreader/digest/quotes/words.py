"""The vocabulary of quote attribution: general English news grammar, each list once.

The quotation marks the finder pairs, the forms of "be" that make a verb passive, pronouns, the
function words that end or trim a noun phrase, time words, the words that make a mention an
organisation and the cues before the quoted title of a work. Vocabulary other areas share
(speech verbs, titles and roles, months and weekdays, the marks themselves) is written once in
:mod:`briefreader.lexicon`; the sets here that combine it with words of their own are built
from its parts. Sets are written sorted; the regular expressions built from them live in the
passes that use them.
"""

from __future__ import annotations

import re
from typing import Literal

from briefreader.lexicon import words
from briefreader.lexicon.dates import MONTH_NAMES, WEEKDAY_ABBREVIATIONS, WEEKDAYS, WRITTEN_MONTHS
from briefreader.lexicon.marks import (
    DOUBLE_CLOSERS,
    DOUBLE_OPENERS,
    REVERSED_OPENER,
    STRAIGHT_DOUBLE,
)
from briefreader.lexicon.titles import NAME_SUFFIXES, TITLE_ABBREVIATIONS

# --- characters -------------------------------------------------------------------------------

#: Marks that only open a quote: “ „ « ‟.
OPENERS = DOUBLE_OPENERS + REVERSED_OPENER
#: Marks that only close a quote: ” ».
CLOSERS = DOUBLE_CLOSERS
#: Every double quotation mark, straight ``"`` included.
MARKS = STRAIGHT_DOUBLE + OPENERS + CLOSERS
#: Upper-case letters that may open a name: Latin (with accents), Greek, Cyrillic.
CAPITAL = "A-Z\u00c0-\u00d6\u00d8-\u00de\u0391-\u03a9\u0410-\u042f\u0401"

# --- verbs ------------------------------------------------------------------------------------

# Forms of "be" (and "get") that make a participle passive ("was described as").
BE = words("are be been being get gets got is was were")

# --- pronouns ---------------------------------------------------------------------------------

#: What a subject pronoun stands for: a man, a woman, an organisation or thing ("it"), a group
#: ("they", "we"), or the speaker or listener themselves ("I", "you"), which are never resolved.
PronounKind = Literal["m", "f", "o", "p", "x"]
#: The gender a person is known by (from a title or a pronoun that resolved to them).
Gender = Literal["m", "f"]

PRONOUNS: dict[str, PronounKind] = {
    "he": "m", "she": "f", "it": "o", "they": "p", "we": "p", "i": "x", "you": "x",
}  # fmt: skip
# Bodies a person has ("his campaign", "her office"): they speak for that person's side.
OWNED_BODIES = words("campaign office")
"""Bodies a possessive gives an owner ("his campaign said"): not "team", which in sports copy
is the players, not a body speaking for its coach."""
OBJECT_PRONOUNS = words("her him it journalists me reporters them us")
# Plural subjects that speak on their own, without a name ("officials said").
GROUP_SPEAKERS = words("authorities journalists officials police reporters")

# --- noun-phrase grammar ----------------------------------------------------------------------

# Words that may stand between a subject and its speech verb ("he also said").
AUX = words(
    """again already also always are could did do does earlier even finally first frequently
    further had has have initially is just later may might must never often once openly
    originally previously privately publicly quietly recently repeatedly reportedly separately
    should simply still subsequently then was were will would"""
)
# Clause words that end a noun phrase when walking through a sentence.
STOP_WORDS = words(
    """about according added after also although and are as at be because been before being but by
    can could despite did do does during even for from had has have he her here hers him his how
    i if in into is it its just may me might must my no not of on only onto or our over per said
    says she should since so still than that their theirs them then there these they this those
    though through to told under unless until us via was we were what when where whether which
    while who whom whose why will with without would yes you your"""
)
# Small words that may stand inside a noun phrase ("Ministry of Defence", "Ursula von der").
NP_INNER = words("and at de del for in la le of on the van von")
# Prepositions that may follow a plural or a role inside a noun phrase ("officials in Seoul").
INNER_AFTER_NOUN = words("at for from in inside near of on with")
DETERMINERS = words("a an another many one several some the three two")
# Words that open a comma-delimited appositive as a relative clause ("X, who leads Y,").
RELATIVE_PRONOUNS = words("which who whose")
# Capitalised words that open a sentence or clause without being part of a name.
LEADING_FUNCTION = words(
    """a about according after against all also although among an and as asked at because before
    between both but by dear during each either even every for from here however if in including
    into just last like many meanwhile most neither now of on once only over since so some
    speaking still thanks that the then there these this those though through to toward towards
    under unlike upon when while with without writing yet"""
)
# Name particles that may join two capitalised words of one name ("Ministry of Defence",
# "Ursula von der Leyen"); a regular-expression alternation, kept in its written order.
NAME_PARTICLES = (
    "of", "for", "de", "del", "da", "du", "la", "le", "van", "von", "bin", "al", "der", "den",
    "y", "the",
)  # fmt: skip

# --- time -------------------------------------------------------------------------------------

# Days, months and relative times ("may" is left out: it is far more often the verb).
TIME_WORDS = (
    WEEKDAYS
    | (frozenset(MONTH_NAMES) - {"may"})
    | words(
        """afternoon earlier evening last later month morning next night this today tomorrow
        tonight week weekend year yesterday"""
    )
)
# Abbreviations of days and months, time words only when written with a full stop ("Oct.").
TIME_ABBREV = WEEKDAY_ABBREVIATIONS | frozenset(WRITTEN_MONTHS)

# --- people and organisations -----------------------------------------------------------------

# Abbreviations beside a name, written without the full stop: a title before it ("Sen."), "Jr."
# or "Sr." after it.
TITLE_ABBREV = TITLE_ABBREVIATIONS | NAME_SUFFIXES

# Words that make a mention an organisation (or the head of a description of one).
ORG_WORDS = words(
    """administration agency alliance army assembly association authority bank board broadcaster
    bureau cabinet campaign cathedral center centre channel church club coalition college
    command commission committee company congregation congress consulate corp corporation
    council court department diocese directorate embassy federation firm force forces
    foundation fund government group hospital inc institute institution junta kremlin lab
    laboratory league llc ltd magazine military ministry mosque navy network news newspaper
    observatory office organisation organization parliament party pentagon plc police post
    prosecutors regime school secretariat senate service site society synagogue team times
    tribunal trust union university website"""
)
# Description heads that refer to an organisation ("the agency said").
ORG_HEADS = ORG_WORDS | words("body city country county nation province state")
# The words that name an organisation of the kind a description's head says ("the agency" is
# "the Federal Aviation Administration", "the company" is "Acme Corp.").
_COMPANY = words(
    """airlines bancorp brands co company corp corporation firm group holdings inc industries
    llc ltd media plc records studios"""
)
_AGENCY = words("administration agency authority bureau commission department office service")
ORG_KINDS: dict[str, frozenset[str]] = {
    "agency": _AGENCY,
    "company": _COMPANY,
    "firm": _COMPANY,
    "label": words("label music records"),
    "department": words("department ministry"),
    "ministry": words("department ministry"),
    "network": words("broadcaster channel network news"),
    "newspaper": words("herald journal news newspaper post times tribune"),
}

# --- titles of works --------------------------------------------------------------------------

# Words before a quoted Title-Cased name of a work ("the film "Jaws"").
_TITLE_CUE_WORDS = words(
    """album albums anthem ballet biography blockbuster book books column comedy documentary drama
    entitled ep episode essay exhibit exhibition film films franchise game hit memoir mixtape movie
    movies musical newsletter novel opera painting play podcast poem program programme record
    remake sequel series show shows single sitcom song songs thriller titled track"""
)
# A title cue ends the text before a quote; "video game" is the one cue of two words.
TITLE_CUES = re.compile(
    r"\b(?:" + "|".join(sorted(_TITLE_CUE_WORDS | {"video game"})) + r")\s*[,:]?\s*$",
    re.IGNORECASE,
)
