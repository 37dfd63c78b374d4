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
SPEECH_PHRASES = (
    "fired back",
    "phrased it",
    "put it",
    "puts it",
    "shot back",
    "summed it up",
    "went on",
)
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
# Common given names whose bearer's gender is known, for "he" and "she" (names borne by
# either sex, or surnames that open East Asian names, such as Kim and Lee, left out).
MALE_NAMES = _words(
    """aaron abraham adam alan albert alex alexander alfred allen andre andrew andy angelo anthony
    antonio arthur barack barry ben benjamin benny bernard bernie bill billy bob bobby boris
    brad bradley brandon brent brett brian bruce calvin carl carlos cecil chad charles charlie
    chester chris christopher chuck clarence clark clifford clyde colin cory craig curtis dan
    daniel danny darrell darren dave david dean dennis derek dexter dick dominic don donald
    doug douglas duane duncan dustin dwight earl ed eddie edgar edward edwin elijah elliot eric
    ernest eugene evan felix floyd frank franklin fred fredrick gabriel garrett gary gavin
    george gerald gilbert glenn gordon graham grant greg gregory gustavo hank harold harry
    harvey hector henry herbert herman howard hugh hugo ian isaac ivan jack jackson jacob jake
    james jared jason javier jeb jeff jeffrey jeremy jerome jerry jesse jim jimmy joe joel joey
    john johnny jon jonathan jorge jose joseph josh joshua juan julian julio justin karl keith
    ken kenneth kevin kirk kurt kyle lance larry lawrence  leon leonard leroy lewis lloyd
    louis lucas luis luke malcolm manuel marc marco marcus mark martin marvin matt matthew
    maurice max melvin michael mick miguel mike milton mitch mitt mohammed muhammad nathan
    nathaniel neil nelson newt nicholas nick noah norman oliver omar oscar otis owen pablo
    patrick paul pedro perry pete peter phil philip preston rafael ralph ramon randall randy
    ray raymond reggie reginald reince rex ricardo richard rick ricky rob robert rodney roger
    roland ron ronald ross roy rudy rufus russell ryan sam samuel scott sean sebastian sergio
    seth shane  simon spencer stanley stephen steve steven stuart ted  theodore
    thomas tim timothy todd tom tommy tony travis trey troy tyler vernon victor vince vincent
    wade wallace walter warren wayne wesley wilbur william willie zachary"""
)
FEMALE_NAMES = _words(
    """abigail ada agnes alexandra  alice alicia alison allison alma amanda amber amelia amy
    ana  angela angelina anita ann anna anne annette april audrey autumn barbara becky
    belinda beth bethany betsy betty beverly bonnie brenda brianne brigid brittany candace
    carla carly carmen carol caroline carolyn cassandra catherine cathy charlotte chelsea
    cheryl christina christine cindy claire clara colleen connie constance crystal cynthia
    daisy darlene dawn debbie deborah debra della denise diana diane dolores donna doris
    dorothy edith edna eileen elaine eleanor elena eliza elizabeth ella ellen ellie eloise elsa
    emily emma erin esther ethel eva eve evelyn faith felicia fiona florence frances gail
    geraldine gina ginger gloria grace gwen hannah harriet hazel heather heidi helen hillary
    holly hope huma ida irene iris isabel isabella ivanka jacqueline jane janet janice jasmine
     jeanne jenna jennifer jenny jessica jill joan joanna joanne jocelyn josephine joy
    joyce juanita judith judy julia julie kara karen kari kate katherine kathleen kathryn kathy
    katie kayleigh kelli  kellyanne  kimberly kirsten kristen kristin kristina lara
    laura lauren leah lena lillian lily linda lisa lois loretta lori lorraine louise lucy lydia
     mabel madeleine mae mandy marcia margaret margo maria marian marianne marie marilyn
    marjorie marlene martha mary maureen maxine megan megyn melania melanie melissa michelle
    mildred miranda molly monica myra nadia nancy naomi natalie nicole nikki nina nora norma
    olivia paige pam pamela patricia patty paula pauline peggy penny phyllis priscilla rachel
    rebecca rhonda rita roberta rosa rose rosemary roxanne ruby ruth sally samantha sandra sara
    sarah sharon sheila sherry shirley sonia sophia stacy stella stephanie sue susan suzanne
    sylvia tamara tammy tanya tara teresa theresa tiffany tina tulsi valerie vanessa vera
    veronica vicki victoria viola violet virginia vivian wanda wendy yvonne zoe"""
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
# Acronyms of things, not bodies ("a TV ad", "her DNA"): named alone, nobody who speaks.
THING_ACRONYMS = _words("atm cd dna dvd gdp gps hiv id iq pc sms tv ufo vip")
# Nouns that head a description of a person ("the spokesman", "the senator").
PERSON_HEADS = _words(
    """aide candidate congressman congresswoman governor man nominee official president
    senator spokesman spokesperson spokeswoman woman"""
)
# Nouns before "by"/"from" in "according to a survey by X": X is the source.
REPORT_NOUNS = _words(
    """analysis audit book count document estimate estimates filing letter memo poll post report
    review statement study survey tally transcript tweet"""
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
