"""Personal titles and role words: what, before or inside a name, makes a mention a person."""

from __future__ import annotations

from briefreader.lexicon import words

#: Titles of office and rank written before a name ("President Zelenskyy", "Coach Bruce
#: Boudreau", "Spokeswoman Sabrina Singh"): the person words of quotes and the titles the
#: briefing drops from a speaker's name both hold these.
TITLES = words(
    """admiral ambassador analyst attorney captain ceo cfo chair chairman chairwoman chancellor
    chief coach colonel commander commissioner coo deputy director general governor judge
    justice king lawyer leader major mayor minister officer pope premier president prince
    princess professor queen representative secretary senator sergeant speaker spokesman
    spokesperson spokeswoman vice"""
)
#: More roles, occupations and titles that make a mention a person ("activist", "striker").
ROLES = words(
    """activist actor actress administrator adviser advisor agent aide architect author bishop
    campaigner candidate cardinal co-ceo co-founder cofounder coordinator correspondent
    councillor councilman councilwoman cto dean defender defenseman designer detective doctor
    economist editor engineer envoy executive expert forward founder goalie goalkeeper head
    historian inspector investigator lawmaker lieutenant manager marshal member midfielder nurse
    official organiser organizer owner partner pastor physician pitcher player priest principal
    producer prosecutor provost quarterback rapper rep reporter researcher scientist sheriff
    singer spokespeople star strategist striker superintendent teacher treasurer trooper
    vice-president whip writer"""
)
#: Every title and role word: they make a mention a person, and may sit inside a name
#: ("Pentagon spokesperson Sabrina Singh", "Wild coach Bruce Boudreau").
ROLE_WORDS = TITLES | ROLES
#: Abbreviated titles before a name ("Mr.", "Sen.", "Lt. Col."), written without the full stop.
TITLE_ABBREVIATIONS = words(
    """adm amb atty capt cmdr col det dr fr gen gov hon insp lt maj mr mrs ms pres prof rep rev
    sen sgt st supt"""
)
#: Abbreviations after a name ("John Doe Jr."), written without the full stop.
NAME_SUFFIXES = words("jr sr")
#: Titles that make a person a woman, or a man.
FEMALE_TITLES = words("madam miss mother mrs ms princess queen sister")
MALE_TITLES = words("brother father king mr prince sir")
#: Roles by which a news story names again someone it has named ("the Texas senator", "the
#: Democratic nominee", "the billionaire mogul"): a definite description with one of these heads
#: stands for a person in view. Roles often held by someone never named ("the official", "the
#: spokesman", "the aide", "the source") are not among them.
PUBLIC_ROLES = words(
    """actor actress billionaire businessman businesswoman candidate chairman chairwoman challenger
    congressman congresswoman contender democrat front-runner frontrunner governor hopeful
    incumbent lawmaker leader mayor minister mogul nominee president republican secretary
    senator tycoon"""
)
