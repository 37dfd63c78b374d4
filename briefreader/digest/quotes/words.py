"""The vocabulary of quote attribution: general English news grammar, each list once.

Speech verbs and their kin, pronouns, the function words that end or trim a noun phrase, time
words, the role and title words that make a mention a person and the words that make it an
organisation, the cues before the quoted title of a work, and the characters of quotation marks.
Sets are written sorted; the regular expressions built from them live in the passes that use
them.
"""

from __future__ import annotations

import re
from typing import Literal


def _forms(*bases: str) -> frozenset[str]:
    """Expand "say:said:says" style entries into a set of word forms."""
    out: set[str] = set()
    for entry in bases:
        out.update(entry.split(":"))
    return frozenset(out)


def _words(text: str) -> frozenset[str]:
    """A set of the white-space separated words of ``text``."""
    return frozenset(text.split())


# --- characters -------------------------------------------------------------------------------

#: White space, including the no-break and thin spaces of web pages.
WS = " \t\n\r\f\v\u00a0\u2009\u202f\u3000"
#: Marks that only open a quote: “ „ « ‟.
OPENERS = "\u201c\u201e\u00ab\u201f"
#: Marks that only close a quote: ” ».
CLOSERS = "\u201d\u00bb"
#: Every double quotation mark, straight ``"`` included.
MARKS = '"' + OPENERS + CLOSERS
#: The single marks of an article quoted the British way: ‘ opens, ’ closes (or is an apostrophe).
SINGLE_OPEN = "\u2018"
SINGLE_CLOSE = "\u2019"
#: Upper-case letters that may open a name: Latin (with accents), Greek, Cyrillic.
CAPITAL = "A-Z\u00c0-\u00d6\u00d8-\u00de\u0391-\u03a9\u0410-\u042f\u0401"

# --- verbs ------------------------------------------------------------------------------------

# Verbs that report speech. Listed with the forms that are unambiguous as verbs in news text.
SPEECH_VERBS = _forms(
    "acknowledged:acknowledges", "added:adds", "admitted:admits", "affirmed", "agreed",
    "alleged", "announced:announces", "answered", "argued:argues", "asked:asks", "asserted",
    "blasted", "boasted", "called", "cautioned", "charged", "chimed", "claimed", "commented",
    "complained:complains", "conceded:concedes", "concluded", "confirmed:confirms", "contended",
    "continued:continues", "countered", "cried", "declared:declares", "demanded",
    "denied:denies", "described:describes", "disclosed", "elaborated", "emailed",
    "emphasized:emphasised:emphasizes:emphasises", "exclaimed", "explained:explains",
    "insisted:insists", "joked:jokes", "lamented", "laughed", "maintained",
    "marveled:marvelled", "mentioned", "messaged", "mused", "noted", "observed", "pledged",
    "posted", "predicted:predicts", "proclaimed", "promised", "quipped:quips",
    "recalled:recalls", "recounted", "reiterated", "remarked", "remembered", "reminisced",
    "replied:replies", "reported", "responded", "retorted", "revealed", "said:says:say",
    "screamed", "shouted:shouts", "sighed", "snapped", "spoke:speaks", "stated",
    "stressed:stresses", "suggested:suggests", "testified", "texted", "thundered", "told:tells",
    "tweeted", "urged:urges", "vowed", "warned:warns", "whispered", "wondered", "wrote:writes",
    "yelled",
)  # fmt: skip
# Cognition and report verbs: attribute a claim, weaker than speech verbs for a quote.
WEAK_VERBS = _forms(
    "accused", "assessed", "believes:believe:believed", "condemned", "criticized:criticised",
    "estimated:estimates", "expects:expected", "forecast", "hailed", "introduced", "praised",
    "rejected", "thinks:think:thought", "weighed", "welcomed",
)  # fmt: skip
# Participles continue the sentence's subject: "..., adding: "...".
PARTICIPLES = _words(
    """adding arguing asking calling declaring describing explaining insisting noting posting
    replying responding saying speaking stating telling tweeting warning writing"""
)
# Verbs after which the next noun phrase is the speaker ("," said Rep. Lee).
INVERTING = _forms(
    "acknowledged", "added:adds", "admitted", "announced", "answered", "argued:argues",
    "asked:asks", "cautioned", "commented", "concluded", "confirmed", "continued:continues",
    "countered", "declared:declares", "explained:explains", "insisted:insists", "joked",
    "noted", "observed", "posted", "quipped", "recalled:recalls", "remarked", "replied:replies",
    "responded", "said:says", "stated", "tweeted", "warned:warns", "wrote:writes",
)  # fmt: skip
# Verbs whose object is the listener, not the speaker ("X told reporters").
TELL_VERBS = _words("tells telling told")
# Forms of "be" (and "get") that make a participle passive ("was described as").
BE = _words("are be been being get gets got is was were")

# --- pronouns ---------------------------------------------------------------------------------

#: What a subject pronoun stands for: a man, a woman, an organisation or thing ("it"), a group
#: ("they", "we"), or the speaker or listener themselves ("I", "you"), which are never resolved.
PronounKind = Literal["m", "f", "o", "p", "x"]
#: The gender a person is known by (from a title or a pronoun that resolved to them).
Gender = Literal["m", "f"]

PRONOUNS: dict[str, PronounKind] = {
    "he": "m", "she": "f", "it": "o", "they": "p", "we": "p", "i": "x", "you": "x",
}  # fmt: skip
OBJECT_PRONOUNS = _words("her him it journalists me reporters them us")
# Plural subjects that speak on their own, without a name ("officials said").
GROUP_SPEAKERS = _words("authorities journalists officials police reporters")

# --- noun-phrase grammar ----------------------------------------------------------------------

# Words that may stand between a subject and its speech verb ("he also said").
AUX = _words(
    """again already also always are could did do does earlier even finally first frequently
    further had has have initially is just later may might must never often once openly
    originally previously privately publicly quietly recently repeatedly reportedly separately
    should simply still subsequently then was were will would"""
)
# Clause words that end a noun phrase when walking through a sentence.
STOP_WORDS = _words(
    """about according added after also although and are as at be because been before being but by
    can could despite did do does during even for from had has have he her here hers him his how
    i if in into is it its just may me might must my no not of on only onto or our over per said
    says she should since so still than that their theirs them then there these they this those
    though through to told under unless until us via was we were what when where whether which
    while who whom whose why will with without would yes you your"""
)
# Small words that may stand inside a noun phrase ("Ministry of Defence", "Ursula von der").
NP_INNER = _words("and at de del for in la le of on the van von")
# Prepositions that may follow a plural or a role inside a noun phrase ("officials in Seoul").
INNER_AFTER_NOUN = _words("at for from in inside near of on with")
DETERMINERS = _words("a an another many one several some the three two")
# Words that open a comma-delimited appositive as a relative clause ("X, who leads Y,").
RELATIVE_PRONOUNS = _words("which who whose")
# Capitalised words that open a sentence or clause without being part of a name.
LEADING_FUNCTION = _words(
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
TIME_WORDS = _words(
    """afternoon april august december earlier evening february friday january july june last later
    march monday month morning next night november october saturday september sunday this
    thursday today tomorrow tonight tuesday wednesday week weekend year yesterday"""
)
# Abbreviations of days and months, time words only when written with a full stop ("Oct.").
TIME_ABBREV = _words("apr aug dec feb fri jan jul jun mar may mon nov oct sep sept thu tue wed")

# --- people and organisations -----------------------------------------------------------------

# Title and role words that make a mention a person, and may sit inside a name
# ("Pentagon spokesperson Sabrina Singh", "Wild coach Bruce Boudreau").
ROLE_WORDS = _words(
    """activist actor actress administrator admiral adviser advisor agent aide ambassador analyst
    architect attorney author bishop campaigner candidate captain cardinal ceo cfo chair
    chairman chairwoman chancellor chief co-ceo co-founder coach cofounder colonel commander
    commissioner coo coordinator correspondent councillor councilman councilwoman cto dean
    defender defenseman deputy designer detective director doctor economist editor engineer
    envoy executive expert forward founder general goalie goalkeeper governor head historian
    inspector investigator judge justice king lawmaker lawyer leader lieutenant major manager
    marshal mayor member midfielder minister nurse officer official organiser organizer owner
    partner pastor physician pitcher player pope premier president priest prince princess
    principal producer professor prosecutor provost quarterback queen rapper rep reporter
    representative researcher scientist secretary senator sergeant sheriff singer speaker
    spokesman spokespeople spokesperson spokeswoman star strategist striker superintendent
    teacher treasurer trooper vice vice-president whip writer"""
)
# Abbreviated titles before a name ("Mr.", "Sen.", "Lt. Col."), written without the full stop.
TITLE_ABBREV = _words(
    """adm amb atty capt cmdr col det dr fr gen gov hon insp jr lt maj mr mrs ms pres prof rep rev
    sen sgt sr st supt"""
)
FEMALE_TITLES = _words("madam miss mother mrs ms princess queen sister")
MALE_TITLES = _words("brother father king mr prince sir")
# Words that make a mention an organisation (or the head of a description of one).
ORG_WORDS = _words(
    """administration agency alliance army assembly association authority bank board broadcaster
    bureau cabinet campaign center centre channel club coalition college command commission
    committee company congress consulate corp corporation council court department directorate
    embassy federation firm force forces foundation fund government group hospital inc institute
    institution junta kremlin lab laboratory league llc ltd magazine military ministry navy
    network news newspaper observatory office organisation organization parliament party
    pentagon plc police post prosecutors regime school secretariat senate service site society
    team times tribunal trust union university website"""
)
# Description heads that refer to an organisation ("the agency said").
ORG_HEADS = ORG_WORDS | _words("body city country county nation province state")

# --- titles of works --------------------------------------------------------------------------

# Words before a quoted Title-Cased name of a work ("the film "Jaws"").
_TITLE_CUE_WORDS = _words(
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
