"""Personal titles and role words: what, before or inside a name, makes a mention a person."""

from __future__ import annotations

from briefreader.lexicon import words

#: Title and role words that make a mention a person, and may sit inside a name
#: ("Pentagon spokesperson Sabrina Singh", "Wild coach Bruce Boudreau").
ROLE_WORDS = words(
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
#: Abbreviated titles before a name ("Mr.", "Sen.", "Lt. Col."), written without the full stop.
TITLE_ABBREVIATIONS = words(
    """adm amb atty capt cmdr col det dr fr gen gov hon insp jr lt maj mr mrs ms pres prof rep rev
    sen sgt sr st supt"""
)
#: Titles that make a person a woman, or a man.
FEMALE_TITLES = words("madam miss mother mrs ms princess queen sister")
MALE_TITLES = words("brother father king mr prince sir")
