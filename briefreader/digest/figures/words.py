"""The word data of the figures passes: number words, scales, currencies, units, qualifiers and
the small closed classes (stopwords, determiners, linking verbs, reference and clock words) the
grammar cues look for.

Every list is written once, without repeats; the sets are sorted. The months and weekdays other
areas share are written once in :mod:`briefreader.lexicon.dates`; the sets here that hold them
are built from its parts.
"""

from __future__ import annotations

from briefreader.lexicon import words
from briefreader.lexicon.dates import MONTH_NAMES, WEEKDAYS, WRITTEN_MONTHS

# --- numbers --------------------------------------------------------------------------------------

# The order is the value: "zero" is 0, "nineteen" is 19.
_UNITS_WORDS = {
    w: i
    for i, w in enumerate(
        [
            "zero",
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
            "sixteen",
            "seventeen",
            "eighteen",
            "nineteen",
        ]
    )
}
_TENS_WORDS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_SCALES = {
    "hundred": 1e2,
    "thousand": 1e3,
    "million": 1e6,
    "billion": 1e9,
    "trillion": 1e12,
}
# Scale suffixes and words after digits: "$5bn", "3.2 mln", "£330million".
_SHORT_SCALES = {
    "billion": 1e9,
    "million": 1e6,
    "trillion": 1e12,
    "k": 1e3,
    "m": 1e6,
    "mn": 1e6,
    "mln": 1e6,
    "b": 1e9,
    "bn": 1e9,
    "bln": 1e9,
    "tn": 1e12,
}
# A fraction word and its denominator: "two-thirds" is 2 / 3.
_FRACTIONS = {
    "half": 2,
    "halves": 2,
    "third": 3,
    "thirds": 3,
    "quarter": 4,
    "quarters": 4,
    "fourth": 4,
    "fourths": 4,
    "fifth": 5,
    "fifths": 5,
    "tenth": 10,
    "tenths": 10,
}

# --- money ----------------------------------------------------------------------------------------

# Currency signs and codes before digits (lower-cased) and the sign a figure's unit shows.
_CURRENCY_SIGNS = {
    "$": "$",
    "us$": "$",
    "a$": "A$",
    "c$": "C$",
    "hk$": "HK$",
    "nz$": "NZ$",
    "s$": "S$",
    "r$": "R$",
    "€": "€",
    "£": "£",
    "¥": "¥",
    "₹": "₹",
    "₩": "₩",
    "usd": "$",
    "eur": "€",
    "gbp": "£",
}
# Currency words after a number ("20 euros") and the unit they give.
_CURRENCY_WORDS = {
    "dollar": "$",
    "dollars": "$",
    "euro": "€",
    "euros": "€",
    "pound": "£",
    "pounds": "£",
    "sterling": "£",
    "yen": "¥",
    "yuan": "yuan",
    "renminbi": "yuan",
    "rupee": "rupees",
    "rupees": "rupees",
    "won": "won",
    "francs": "francs",
    "rubles": "rubles",
    "roubles": "rubles",
    "pesos": "pesos",
    "reais": "reais",
}

# --- units ----------------------------------------------------------------------------------------

# Unit words after a number (or in a hyphen compound: "55-kilometer") and their short form.
_UNITS = {
    "km": "km",
    "kilometer": "km",
    "kilometers": "km",
    "kilometre": "km",
    "kilometres": "km",
    "mile": "miles",
    "miles": "miles",
    "meter": "m",
    "meters": "m",
    "metre": "m",
    "metres": "m",
    "cm": "cm",
    "centimeters": "cm",
    "centimetres": "cm",
    "mm": "mm",
    "millimeters": "mm",
    "millimetres": "mm",
    "foot": "feet",
    "feet": "feet",
    "ft": "feet",
    "inch": "inches",
    "inches": "inches",
    "yard": "yards",
    "yards": "yards",
    "kg": "kg",
    "kilogram": "kg",
    "kilograms": "kg",
    "kilos": "kg",
    "gram": "g",
    "grams": "g",
    "tons": "tons",
    "ton": "tons",
    "tonnes": "tonnes",
    "tonne": "tonnes",
    "lb": "lb",
    "lbs": "lb",
    "ounces": "ounces",
    "liters": "liters",
    "litres": "liters",
    "liter": "liters",
    "litre": "liters",
    "gallons": "gallons",
    "barrels": "barrels",
    "acres": "acres",
    "hectares": "hectares",
    "degrees": "degrees",
    "mph": "mph",
    "km/h": "km/h",
    "kph": "km/h",
    "knots": "knots",
    "year": "years",
    "years": "years",
    "month": "months",
    "months": "months",
    "week": "weeks",
    "weeks": "weeks",
    "day": "days",
    "days": "days",
    "hour": "hours",
    "hours": "hours",
    "minute": "minutes",
    "minutes": "minutes",
    "second": "seconds",
    "seconds": "seconds",
    "decade": "decades",
    "decades": "decades",
    "century": "centuries",
    "centuries": "centuries",
    "gb": "GB",
    "mb": "MB",
    "tb": "TB",
    "mw": "MW",
    "gw": "GW",
    "kwh": "kWh",
    "mwh": "MWh",
    "gwh": "GWh",
    "sq": "sq",
    "square": "square",
}
# Units written on the digits ("10km", "5kg"); other letters there make no figure ("10th").
_ATTACHED_UNITS = frozenset(
    [
        "cm",
        "ft",
        "g",
        "gb",
        "gw",
        "gwh",
        "kg",
        "km",
        "kph",
        "kwh",
        "lb",
        "lbs",
        "m",
        "mb",
        "mm",
        "mph",
        "mw",
        "mwh",
        "tb",
    ]
)

# --- dates and times ------------------------------------------------------------------------------

# Month names and their abbreviations ("Sept." too).
_MONTHS = frozenset(MONTH_NAMES + WRITTEN_MONTHS)
_CLOCK_WORDS = words(
    """
    a.m a.m. am bst cet edt est et gmt o'clock p.m p.m. pdt pm pst utc
    """
)

# --- qualifiers -----------------------------------------------------------------------------------

# The hedges before a number, by length (the longest is tried first).
_QUALIFIERS_4 = frozenset([("in", "the", "order", "of"), ("in", "the", "region", "of")])
_QUALIFIERS_3 = frozenset(
    [
        ("as", "few", "as"),
        ("as", "little", "as"),
        ("as", "many", "as"),
        ("as", "much", "as"),
        ("in", "excess", "of"),
        ("no", "fewer", "than"),
        ("no", "less", "than"),
        ("no", "more", "than"),
    ]
)
_QUALIFIERS_2 = frozenset(
    [
        ("an", "estimated"),
        ("at", "least"),
        ("at", "most"),
        ("close", "to"),
        ("fewer", "than"),
        ("just", "over"),
        ("just", "under"),
        ("less", "than"),
        ("more", "than"),
        ("up", "to"),
        ("upward", "of"),
        ("upwards", "of"),
        ("well", "over"),
    ]
)
_QUALIFIERS_1 = words(
    """
    about almost approx. approximately around barely ca. circa estimated just nearly only over
    roughly some under ~
    """
)

# --- noun phrases ---------------------------------------------------------------------------------

# Words that end a noun phrase (or may not stand in one), weekdays among them.
_STOP = WEEKDAYS | words(
    """
    a about above according across added after again against ago all along already also although
    amid among an and announced are around as at away back be because been before behind being
    below between beyond both but by can could despite did do does down due during each earlier
    even ever for from had has have he her here him his i if in including into is it its just
    last later like may me might more most must my near next no nor not now of off on only onto
    or our out over per reported said say says shall she should since so soon still such than
    that the their them then there these they this those though through to today told tomorrow
    too toward towards under unless unlike until up upon us very via was we were when where
    whereas whether which while who whom whose will with within without would yes yesterday yet
    you your
    """
)
# Common verbs that end a noun phrase after its noun ("the 14th-ranked Spaniard won", "a
# four-game winning streak come to an end"): no noun phrase of a figure runs on into them.
_NP_VERBS = words(
    """
    became become began begin came come comes continue continues died gave get gets give
    gives go goes got held hold holds left made make makes remain remains saw see seem seems
    take takes took went won
    """
)
# Heads of compound prepositions: "in front of 15,522" says nothing of what 15,522 counts.
_NOT_HEADS = words(
    """
    account ahead because behalf front instead part spite terms top
    """
)
_DETERMINERS = words(
    """
    a an her his its my our that the their these this those your
    """
)
_POSSESSIVES = frozenset(["her", "his", "its", "my", "our", "their", "your"])
# Verbs that link a subject to its number: "Their wage is ... $800", "Sales rose 12 percent".
_LINKS = words(
    """
    amounted amounts are be been being climbed cost costs declined declines decreased decreases
    doubled dropped drops exceeded exceeds fall falls fell grew grow grows hit hits increase
    increased increases is jumped jumps measured measures measuring numbered numbers reached
    reaches rise rises rose stands stood surged surges topped tops totaled totalled totals
    tripled was weigh weighed weighing weighs were
    """
)
# Verb-chain words skipped between a linking verb and its number ("is estimated to be at").
_CHAIN = words(
    """
    about almost already around at be been being believed by could currently estimated expected
    forecast had has have just less likely may might more nearly now projected put reported
    roughly said set should some still than thought to valued will would
    """
)

# --- what is not a figure -------------------------------------------------------------------------

# Words before a reference number: "No. 5", "page 12", "Route 66".
_REFERENCE_WORDS = words(
    """
    # apt. article box category channel chapter clause episode exit figure flight gate grade
    highway item lane level line no no. nos. number p. page pages paragraph phase platform pp.
    precinct room round route row rule season section stage suite table unit verse vol. volume
    """
)
# Words before a phone number: "called 911".
_CALL_WORDS = words(
    """
    call called calling calls dial dialed dialing dialled dialling
    """
)
# Words of a sentence that make a pair of numbers a score: "a 102-98 win".
_SPORT_WORDS = words(
    """
    beat beating beats defeat defeated defeats draw drew final game lead leads led lose loses
    loss losses lost match score scored scores tie tied victories victory win wins won
    """
)

# After a comma, a conjunction opens a new clause ("..., and the city spent $5").
_CLAUSE_CONJUNCTIONS = frozenset({"and", "but", "so", "while"})
