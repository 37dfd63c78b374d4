"""Vocabulary added for speakers a reader can trust (issue 13), kept apart from :mod:`.words`.

These sets are merged into the shared ones where the passes build their look-ups (``X |
MORE_X``), so that the shared lists can move to their own package without a clash: more speech
verbs, the words that open a clause before a name ("Despite"), organisation words that end a
person's name ("Trump Tower"), the places that follow a city after a comma ("Raleigh, N.C."),
common given names by gender (for "he" and "she"), and the nouns that head a description of a
person ("the spokesman") or of a body ("the campaign").
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    """A set of the white-space separated words of ``text``."""
    return frozenset(text.split())


# Speech verbs the shared list lacks (past and present forms that are unambiguous in news text).
MORE_SPEECH_VERBS = _words(
    """advised assured barked begged blurted bragged cheered chided concludes concurred
    confessed croaked deadpanned decried echoed exhorted fretted fumed grumbled gushed implored
    interjected intoned mocked moaned mourned muttered objected opined pleaded protested raged
    ranted reacted reasoned reassured rebutted relayed scoffed scolded sneered sniped snarled
    taunted teased touted wailed"""
)
# Present forms that are also plural nouns ("reports", "claims"): speech verbs only inverted,
# right after a quote ('"...," reports USA Today').
INVERTED_ONLY = _words("claims notes reports")
# Verb phrases of speech: the subject before them speaks the quote.
SPEECH_PHRASES = ("fired back", "put it", "shot back", "summed it up", "went on")
# Capitalised words that open a clause before a name without being part of it.
MORE_LEADING_FUNCTION = _words(
    """across amid amidst asked behind beyond besides concerning considering despite except
    following given inside much more outside per regarding throughout unless until via whereas
    whether within"""
)
# Organisation words that may follow a person's surname ("Trump Tower", "Clinton Foundation").
MORE_ORG_WORDS = _words(
    """airlines bancorp brands casino center foundation holdings hotel hotels industries
    international media organization plaza records resorts studios tower towers"""
)
# US states and their abbreviations: after "City," they are part of a place, not a name.
PLACE_WORDS = _words(
    """ala alabama alaska ariz arizona ark arkansas calif california colo colorado conn
    connecticut d.c. del delaware fla florida ga georgia hawaii idaho ill illinois ind indiana
    iowa kan kansas kentucky ky la louisiana maine mass massachusetts md maryland mich michigan
    minn minnesota miss mississippi mo missouri mont montana n.c. n.d. n.h. n.j. n.m. n.y.
    nebraska neb nev nevada ohio okla oklahoma ore oregon pa pennsylvania r.i. s.c. s.d. tenn
    tennessee texas utah va vermont virginia vt wash washington wis wisconsin wyo wyoming"""
)
# Common given names whose bearer's gender is known, for "he" and "she".
MALE_NAMES = _words(
    """aaron adam alan albert alex alexander andrew anthony antonio arthur barack ben benjamin
    bernie bill billy bob bobby brad brandon brian bruce carl carlos charles charlie chris
    christopher chuck cory craig dan daniel danny darrell dave david dennis dick don donald
    doug douglas ed eddie edward eric evan frank fred gary george gerald glenn gordon greg gregory
    harold harry henry howard ian jack jacob jake james jared jason jeb jeff jeffrey jeremy
    jerry jesse jim jimmy joe joel john johnny jon jonathan jorge jose joseph josh joshua juan
    justin keith ken kenneth kevin kurt larry lawrence lee leon louis luis marco marcus mark
    martin matt matthew michael mick mike mitch mitt nathan newt nicholas nick patrick paul
    peter phil philip ralph randy ray raymond reince richard rick rob robert roger ron ronald
    roy rudy russell ryan sam samuel scott sean sebastian stephen steve steven ted terry thomas
    tim timothy todd tom tommy tony travis trey troy victor vincent walter wayne william willie"""
)
FEMALE_NAMES = _words(
    """abigail alice alicia alison amanda amy andrea angela ann anna anne barbara betty beverly
    brenda brianne brigid carly carol caroline catherine cathy cheryl chelsea christina
    christine cindy claire deborah debbie debra denise diana diane donna dorothy elizabeth
    ellen emily emma erin eva frances gloria grace hannah heather helen hillary hope huma ivanka
    jacqueline jane janet janice jean jennifer jessica jill joan joanna joyce judith judy julia
    julie karen kate katherine kathleen kathryn kathy katie kayleigh kellyanne kelly kim
    kimberly kirsten kristen laura lauren linda lisa loretta lori lynn madeleine margaret maria
    marie marilyn martha mary megan megyn melania melissa michelle monica nancy nicole nikki
    olivia pam pamela patricia patty paula phyllis rachel rebecca rose ruth samantha sandra
    sara sarah sharon shirley sophia stephanie susan suzanne tammy teresa theresa tiffany tulsi
    valerie victoria virginia wendy"""
)
# Words inside a name or description that say its bearer's gender ("Congresswoman X").
FEMALE_ROLES = _words(
    """actress businesswoman chairwoman congresswoman councilwoman daughter girl grandmother
    mother princess queen sister spokeswoman wife woman"""
)
MALE_ROLES = _words(
    """actor boy businessman chairman congressman councilman father grandfather husband king
    man prince son spokesman"""
)
# A lower-case word right before a name that makes the name an object, not a subject ("charged
# with threatening Omar", "a letter to Omar"), so that "he" does not stand for it.
OBJECT_CUES = _words(
    """about against among asked at between by for from like of on over than to told toward
    towards under versus with"""
)
# Words ending in -ed or -ing that describe the person named after them ("retired Gen. X").
NAME_MODIFIERS = _words(
    """accused acclaimed acting alleged beloved celebrated disgraced embattled elected founding
    incoming leading longtime noted outgoing presiding reigning renowned retired ruling serving
    sitting suspected talented unnamed visiting wounded"""
)
# Capitalised words that name a party, a people or a side, never a person on their own.
NOT_PERSONS = _words(
    """american americans conservative conservatives democrat democratic democrats gop
    liberal liberals republican republicans"""
)
# Nouns that head a description of a person ("the spokesman", "the senator").
PERSON_HEADS = _words(
    """aide candidate congressman congresswoman governor man nominee official president
    senator spokesman spokesperson spokeswoman woman"""
)
# Nouns before "by"/"from" in "according to a survey by X": X is the source.
REPORT_NOUNS = _words(
    """analysis audit book count estimate estimates memo poll post report review statement study
    survey tally transcript tweet"""
)
# Nouns that head a clause's subject and say nothing themselves ("a statement", "the
# report"); wh-words that end a phrase walked back ("what's").
NOT_SPEAKERS = _words("how what what's when where which who why")
# The abbreviated titles a description's head stands for ("the governor" → "Gov. X").
HEAD_ABBREVIATIONS: dict[str, set[str]] = {
    "attorney": {"atty"},
    "congressman": {"rep"},
    "congresswoman": {"rep"},
    "doctor": {"dr"},
    "general": {"gen"},
    "governor": {"gov"},
    "president": {"pres"},
    "professor": {"prof"},
    "representative": {"rep"},
    "senator": {"sen"},
}
# Capitalised at the start of a sentence, nouns that show or report but do not speak ("Video
# shows the rescue: "...""): never the subject that speaks a verbless frame.
SHOWING_NOUNS = _words(
    """audio clip data document documents email emails footage image images letter memo photo
    photos poll post records report study survey tweet video"""
)
# More words that name a kind of work, before or right after its quoted Title-Cased title
# ('the magazine "All About Space"', '"All About Space" magazine').
MORE_TITLE_CUES = _words("blog journal magazine newspaper paper report speech study website")
# Words naming a kind of work that may follow its title ('"Jaws" film'), with those above.
TITLE_CUES_AFTER = MORE_TITLE_CUES | _words(
    "album book documentary episode film memoir movie musical novel podcast series show song"
)
# Countries and unions a person's name may follow in "Ambassador to X Kurt Volker".
PLACE_NAMES = _words(
    """afghanistan britain canada china egypt france germany india iran iraq israel italy japan
    korea mexico nations nato russia syria turkey ukraine union"""
)
# More participles that go on with the sentence's subject ("..., citing her "long
# experience"").
MORE_PARTICIPLES = _words(
    """accusing acknowledging admitting blaming boasting chiding citing claiming complaining
    demanding dismissing endorsing joking mocking pledging praising predicting promising
    quipping recalling stressing suggesting touting urging vowing"""
)
# Countries and unions written as acronyms: named as organisations, but "it said" is rarely
# one of them.
COUNTRY_ACRONYMS = _words("eu u.k. u.n. u.s. u.s.a. uae uk un us usa")
