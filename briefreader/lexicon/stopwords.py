"""English stopwords: the function words (and the commonest words of news prose) that say
nothing about what a sentence is about. The other languages' stoplists are jusText's, read by
:mod:`briefreader.extract.language`."""

from __future__ import annotations

from briefreader.lexicon import words

#: The stopwords of the key facts and of the briefing: function words, the verbs of reporting
#: ("said", "told", "according"), titles ("mr", "dr") and vague words ("new", "way", "back").
ENGLISH_STOPWORDS = words(
    """a about above according after again against all also am an and any are as at back be
    because been before being below between both but by can could did do does doing down dr
    during each even few first for from further get got had has have having he her here hers
    him his how i if in into is it its itself just last like made make many may me might more
    most mr mrs ms much must my new no nor not now of off on once one only or other our out
    over own said same say says shall she should so some still such than that the their them
    then there these they this those through to told too under until up very was way we well
    were what when where which while who whom why will with would you your"""
)
