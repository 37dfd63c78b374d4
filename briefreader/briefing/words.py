"""The briefing's word data and its content words: what the merging of facts, speakers and
figures compares. (Stop words and titles are also written by other areas; a later pass moves
the shared lists to one lexicon.)"""

from __future__ import annotations

from briefreader.digest.stems import WORD, fold, stem_folded

__all__ = [
    "CONNECTORS",
    "NUMBER_WORDS",
    "STOPWORDS",
    "SYNONYMS",
    "TITLE_WORDS",
    "content_words",
    "folded_words",
]

#: A word of fewer letters than this says nothing about what a sentence is about (numbers
#: aside: "3" may).
_MIN_LETTERS = 3


def folded_words(text: str) -> frozenset[str]:
    """The white-space separated words of ``text``, folded, as a set."""
    return frozenset(fold(word) for word in text.split())


STOPWORDS = folded_words(
    """
    a about above according after again against all also am an and any are as at back be
    because been before being below between both but by can could did do does doing down dr
    during each even few first for from further get got had has have having he her here hers
    him his how i if in into is it its itself just last like made make many may me might more
    most mr mrs ms much must my new no nor not now of off on once one only or other our out
    over own said same say says shall she should so some still such than that the their them
    then there these they this those through to told too under until up very was way we well
    were what when where which while who whom why will with would you your
    """
)
#: Number words: they say nothing about what a sentence is about.
NUMBER_WORDS = folded_words(
    """
    billion billions dozen dozens eight eleven fifty five forty four half hundred hundreds
    million millions nine seven six ten thirty thousand thousands three trillion twelve twenty
    two
    """
)
#: Words that name the same kind of thing in figure subjects.
SYNONYMS = {
    "soldier": "troop",
    "force": "troop",
    "personnel": "troop",
    "serviceman": "troop",
    "servicemen": "troop",
    "people": "person",
    "individual": "person",
    "dollar": "$",
    "usd": "$",
    "percentage": "percent",
    "pct": "percent",
    "%": "percent",
    "laborer": "worker",
    "labourer": "worker",
    "kilometre": "kilometer",
    "km": "kilometer",
}
#: Titles and roles before a name: "President" in "President Zelenskyy" is not the name.
TITLE_WORDS = folded_words(
    """
    Acting Adm. Admiral Ambassador Analyst Attorney Capt. Captain CEO CFO Chair Chairman
    Chairwoman Chancellor Chief Cmdr. Coach Col. Colonel Commander Commissioner COO Dame
    Defence Defense Deputy Director Dr. Emir Ex Father Finance Foreign Former Gen. General Gov.
    Governor Interior Judge Justice King Lady Lawyer Leader Lord Lt. Maj. Major Mayor Minister
    Minister-President Ministers Miss Mr. Mrs. Ms. Officer Pope Premier President Prime Prince
    Princess Prof. Professor Queen Rep. Representative Rev. Saint Secretary Sen. Senator
    Sergeant Sgt. Sheikh Sir Speaker Spokesman Spokesperson Spokeswoman St. Vice
    """
)
#: Lower-case words inside a name: "Ministry of Defense", "Banco de España".
CONNECTORS = frozenset({"and", "de", "for", "of", "on"})


def content_words(text: str) -> list[str]:
    """The stemmed content words of ``text`` (no stop words, no one- or two-letter words)."""
    out = []
    for match in WORD.finditer(text):
        word = match.group()
        low = fold(word)
        if low in STOPWORDS or (len(low) < _MIN_LETTERS and not low[0].isdigit()):
            continue
        out.append(stem_folded(word))
    return out
