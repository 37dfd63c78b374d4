"""Speakers a reader can trust (issue 13): each shape of sentence that named the wrong person or
missed the speaker, pinned with an inline sentence of the same shape, and how each speaker was
found."""

from __future__ import annotations

import json

from briefreader.digest import build_brief
from briefreader.digest.quotes import find_quotes
from briefreader.digest.quotes.frames import bound_speaker
from briefreader.digest.quotes.nouns import np_before
from briefreader.model import Quote
from briefreader.render import to_json
from tests.digest.conftest import inline_article as article
from tests.digest.conftest import inline_speakers as speakers


def quotes(*paragraphs: str) -> list[Quote]:
    return find_quotes(article(*paragraphs))


# --- how each speaker was found ------------------------------------------------------------------


def test_speaker_found_says_how() -> None:
    found = quotes(
        '"We have reviewed every one of the claims," Maria Lopez said.',
        '"We will keep reviewing them all year," she said.',
        '"Nothing will change for the people of this town."',
        '"There is no budget for it this year at all," the spokesman said.',
    )
    assert [(q.speaker, q.speaker_found) for q in found] == [
        ("Maria Lopez", "named"),
        ("Maria Lopez", "pronoun"),
        ("Maria Lopez", "continuation"),
        ("the spokesman", "description"),
    ]


def test_speaker_found_is_in_the_json() -> None:
    brief = build_brief(article('"We have reviewed every one of the claims," Maria Lopez said.'))
    (quote,) = json.loads(to_json(brief))["quotes"]
    assert quote["speaker"] == "Maria Lopez" and quote["speaker_found"] == "named"
    brief = build_brief(article('"Nobody knows who wrote these words down here."'))
    (quote,) = json.loads(to_json(brief))["quotes"]
    assert quote["speaker"] is None and quote["speaker_found"] is None


# --- names bounded properly ----------------------------------------------------------------------


def test_the_headline_is_never_a_speaker() -> None:
    assert speakers(
        "Rosa Delgado Defends Her Record On Water Safety In A Heated Meeting.",
        '"We followed every rule there is, every single one," Delgado said.',
        '"The tests were all clean, and the reports say so."',
    ) == ["Delgado", "Delgado"]


def test_a_title_case_verb_ends_a_name() -> None:
    assert speakers(
        "The flyer, printed in capitals, claimed Rosa Delgado Says Yes To The Budget.",
        "Later Rosa Delgado spoke to the council.",
        '"We have not decided anything about the budget yet," Delgado said.',
    ) == ["Rosa Delgado"]


def test_a_trailing_day_is_not_part_of_a_name() -> None:
    assert speakers(
        "Council leader Tom Barrow Wednesday announced a review of the budget.",
        '"It will take some months to finish this review," Barrow said.',
    ) == ["Council leader Tom Barrow"]


def test_a_leading_preposition_is_not_part_of_a_name() -> None:
    assert speakers(
        "Despite Ms. Okafor, the board voted to close the pool.",
        '"We will appeal against this decision very soon," Okafor said.',
    ) == ["Ms. Okafor"]


def test_party_and_state_after_a_name() -> None:
    assert speakers(
        '"We will not support this bill as it stands," said Sen. Ann Kimball (D-Ore.), the '
        "ranking member.",
        '"We will not support this bill in its current form," Sen. Ann Kimball (D-Ore.) said.',
        '"We will not vote for this bill in any form at all," Rep. Ed Morrow, R-Tex., said.',
    ) == ["Sen. Ann Kimball", "Sen. Ann Kimball", "Rep. Ed Morrow"]


def test_a_place_after_a_city_is_not_the_speaker() -> None:
    assert speakers(
        '"Voters are tired of hearing the same promises," Jane Ruiz, a professor at Grand '
        "Valley College in Allendale, Mich., said.",
        "Ruiz, during a visit to a school in Akron, Ohio, said she was "
        '"not at all surprised by the turnout this year."',
    ) == ["Jane Ruiz", "Jane Ruiz"]


def test_possessive_appositives() -> None:
    assert speakers(
        '"We do not expect any change in the plan," Dana Frost, Harlow\'s adviser on trade, said.',
        '"We do not comment on rumours of that kind," Harlow\'s spokeswoman, Kim Abara, said.',
        '"Nobody gave any order of that kind that day," Pratt, Harlow\'s deputy, said.',
    ) == ["Dana Frost", "Kim Abara", "Pratt"]


def test_a_name_that_begins_with_he() -> None:
    assert speakers(
        '"The market will recover by the spring," said He Weiming, an economist in Wuhan.',
        '"Prices will rise again next year for sure," He Weiming said.',
    ) == ["He Weiming", "He Weiming"]


# --- frames the grammar missed --------------------------------------------------------------------


def test_more_speech_verbs() -> None:
    assert speakers(
        '"This is the best team we have ever had," gushed Tom Barrow.',
        '"This is a disgrace for the whole city," Tom Barrow fumed.',
        '"That is not what the report says at all," Rosa Delgado interjected.',
        '"Please come home before it gets dark tonight," Rosa Delgado implored.',
        '"Let us stay one more night in the house," Tom Barrow begged.',
        '"The deal is off and will not come back," reports the Daily Ledger.',
    ) == ["Tom Barrow", "Tom Barrow", "Rosa Delgado", "Rosa Delgado", "Tom Barrow",
          "the Daily Ledger"]  # fmt: skip


def test_according_to_a_report_by_someone() -> None:
    assert speakers(
        'Most voters "want the two parties to work together," according to a survey by the '
        "Harlow Institute.",
    ) == ["the Harlow Institute"]


# --- pronouns: gender, salience, and never the person the speech is about -------------------------


def test_he_is_not_the_person_threatened() -> None:
    # The man charged is named only by a description; the threatened person is the object.
    assert speakers(
        "A 52-year-old man from Dayton was charged with threatening Rep. Sam Okoro on Friday.",
        'In a voicemail, he said: "I will find you and make you pay for this."',
    ) == [None]
    # The threatened person named in a relative clause, or as the subject of a passive.
    assert speakers(
        '"I will find you and make you pay," the man who threatened Rep. Sam Okoro told agents.',
        "Rep. Sam Okoro was threatened by a caller on Friday.",
        '"I will find you and make you pay for all of it," he said.',
    ) == [None, None]
    # Named, the man charged is the subject and the pronoun stands for him.
    assert speakers(
        "Carl Benning, 52, was charged with threatening Rep. Sam Okoro on Friday.",
        'In a voicemail, he said: "I will find you and make you pay for this."',
    ) == ["Carl Benning"]


def test_he_is_the_one_who_just_spoke() -> None:
    assert speakers(
        'Mark Ellison\'s plan "will not survive the winter," said Peter Vance.',
        '"Nobody in the Senate wants to vote for it," he said.',
    ) == ["Peter Vance", "Peter Vance"]


def test_she_by_given_name() -> None:
    assert speakers(
        "Kevin Ortiz met Laura Chen at the town hall on Monday.",
        '"We agreed on nothing at all that day," she said.',
    ) == ["Laura Chen"]


def test_a_name_before_a_description_for_he() -> None:
    assert speakers(
        "Himself a former football coach, Tom Grady also spoke about the game.",
        '"It was a very dull first half for everybody," he said.',
    ) == ["Tom Grady"]


def test_a_given_name_makes_a_person() -> None:
    assert speakers(
        "Brian Okafor, state director for the campaign, said the office opened Monday.",
        '"We are in a good position to make a run at it," he said.',
    ) == ["Brian Okafor"]


def test_a_party_word_is_not_a_person() -> None:
    assert speakers(
        "Democratic senator Ellen Marsh wants to see the district become a state.",
        'She promised to "be a loud champion for the statehood plan" if elected.',
    ) == ["Democratic senator Ellen Marsh"]


# --- frames without a speech verb of their own ----------------------------------------------


def test_saying_after_a_verb_that_is_not_one_of_speech() -> None:
    assert speakers(
        'Mayor Tom Barrow inflamed the row by saying the council "had lied to every voter."',
        "At the hearing, Rosa Delgado compared the plan to a tax, saying, "
        '"Nobody here asked for this and nobody wants it."',
        "Carl Benning bristled at the question, calling it "
        '"an insult to every family in this town."',
    ) == ["Mayor Tom Barrow", "Rosa Delgado", "Carl Benning"]


def test_with_a_name_and_a_participle() -> None:
    assert speakers(
        "Critics were quick to respond, with Rosa Delgado tweeting that the plan was a "
        '"disaster" for the town.',
    ) == ["Rosa Delgado"]


def test_colon_after_a_clause_and_after_an_appositive() -> None:
    assert speakers(
        'Rosa Delgado delivered a sharp reply: "Nobody is tearing this plan up at all."',
        "Senate leader Carl Benning, R-Ohio, sent a blunt message to Tom Barrow: "
        '"It is time to stop attacking people and get back to work."',
        "Ana Ruiz, editor of The Collected Letters: "
        '"He wrote every one of them by hand, at night."',
    ) == ["Rosa Delgado", "Senate leader Carl Benning", "Ana Ruiz"]


def test_a_name_and_one_verb_after_the_quote() -> None:
    assert speakers('"The Times says you met them in secret in May," Hannah Pruitt prodded.') == [
        "Hannah Pruitt"
    ]


def test_inverted_said_before_the_quote() -> None:
    assert speakers(
        'Said Dora Pinkney, who grew up on the same street, "We were all so proud of him."',
        'But, said Okafor, "I do not want to pick a fight with anyone over this."',
    ) == ["Dora Pinkney", "Okafor"]


def test_according_to_at_the_start_of_a_sentence() -> None:
    assert speakers(
        'According to Paul Serra of the Harlow Institute, "The money was moved in secret."'
    ) == ["Paul Serra of the Harlow Institute"]


def test_a_name_after_a_preposition_is_not_the_speaker() -> None:
    # The source is the unnamed one; the channel it spoke to is not the speaker.
    assert speakers(
        'Another source speaking to Channel Nine said, "The agents are looking at the donations."',
    ) == ["Another source"]


def test_a_noun_that_looks_like_a_verb_is_not_a_frame() -> None:
    assert speakers(
        "Tom Barrow rejected the claims Thursday, saying the bill was sound - and arguing that "
        'he and Ana Ruiz shared "almost all the same views on the budget."',
    ) == ["Tom Barrow"]


def test_relayed_speech_is_the_speaker_s_not_the_relayer_s() -> None:
    assert speakers(
        "Deputies arrested Carl Benning, 40, at his home on Monday.",
        '"I will be back for every one of you," the sheriff\'s office said he shouted.',
    ) == ["Carl Benning"]


def test_a_closing_mark_typed_as_two_apostrophes() -> None:
    found = quotes(
        "Rosa Delgado said the board had asked a \u201cfair question\u2019\u2019 that amounted "
        "to a trap, and left."
    )
    assert [q.text for q in found] == ["fair question"]
    assert found[0].speaker == "Rosa Delgado"


def test_he_stays_unknown_between_two_men_of_unknown_gender() -> None:
    assert speakers(
        "Okafor met Delacroix at the border crossing on Friday.",
        '"We will not give up one inch of this land," he said.',
    ) == [None]


def test_a_list_inside_a_relative_clause_is_not_the_speaker() -> None:
    assert speakers(
        '"The talks are moving faster than anyone expected," Westbrook, who served in Chile, '
        "Peru and Brazil, said.",
    ) == ["Westbrook"]


def test_a_name_after_between_is_an_object() -> None:
    assert speakers(
        "Nadia Farouk, a teacher from Hemet, has no intention of voting this year.",
        'Choosing between Ellen Marsh and Tom Barrow is "a false choice for all of us," she said.',
    ) == ["Nadia Farouk"]


# --- descriptions tied to the person or body the article names ----------------------------------


def test_the_spokesperson_is_tied_to_the_body() -> None:
    assert speakers(
        "A spokesperson for the Harlow Water Board did not answer calls on Monday.",
        '"We are looking into every one of the complaints," the spokesperson said later.',
    ) == ["A spokesperson for the Harlow Water Board"]


def test_the_governor_is_the_governor_named_not_a_description() -> None:
    assert speakers(
        "Ohio Gov. Ted Marsh spoke after one governor had left the room.",
        '"I have known him for many years, and he is the best," the governor said.',
    ) == ["Ohio Gov. Ted Marsh"]


def test_the_president_is_not_the_vice_president() -> None:
    assert speakers(
        "Former President Hal Greer campaigned in Ohio with Vice President Dan Ruiz.",
        '"He is running harder against me than against them," the former president said.',
    ) == ["Former President Hal Greer"]


def test_he_does_not_reach_back_past_two_paragraphs() -> None:
    assert speakers(
        "Tom Barrow opened the meeting on Monday.",
        "The budget was the first item on the agenda.",
        "Parking came next, and then the new school.",
        "The vote was put off until next month.",
        '"We will come back to this in the spring," he said.',
    ) == [None]


def test_no_name_runs_across_a_quote() -> None:
    assert speakers(
        "Chief executive Ana Ruiz spoke first on Tuesday.",
        'Shoppers "began to ask us for this and for that," Ruiz told the crowd.',
    ) == ["Chief executive Ana Ruiz"]


def test_a_gerund_opening_the_sentence_is_not_part_of_a_name() -> None:
    assert speakers(
        "Chief executive Ana Ruiz spoke first on Tuesday.",
        'Welcoming Ruiz on stage "was a dream for all of us," the host said.',
        '"I run the whole business from my phone these days," Ruiz said.',
    )[1:] == ["Chief executive Ana Ruiz"]


def test_a_video_does_not_speak() -> None:
    assert speakers('Video shows the dramatic rescue of the boy: "We have got him!"') == [None]


def test_a_new_subject_after_the_last_quote_breaks_the_continuation() -> None:
    assert speakers(
        '"We will win this seat in the autumn," Tom Barrow said. Ana Ruiz disagreed with him.',
        '"Nobody in this town believes that at all."',
    ) == ["Tom Barrow", None]


def test_no_body_or_place_before_an_envoy_s_name() -> None:
    assert speakers(
        '"We will see how the talks go next week," U.S. Envoy to the Arctic Council Peter Lund '
        "said.",
        "The envoy to Canada Kurt Lindqvist spoke at noon.",
        '"Nothing has been agreed with anyone so far," Lindqvist said.',
    ) == ["Peter Lund", "Kurt Lindqvist"]


def test_a_hotel_is_not_the_fullest_form_of_a_person() -> None:
    assert speakers(
        "The Barrow International Hotel opened in May.",
        '"We will keep building hotels for years," Barrow, 70, told reporters.',
    ) == ["Barrow"]


def test_titles_of_magazines_are_not_quotes() -> None:
    assert (
        quotes(
            'He writes for the magazine "All About Gardens" every month.',
            'A copy of "The Big Lake Book" magazine was on the table.',
        )
        == []
    )


def test_more_participles_and_adverbs_before_a_participle() -> None:
    assert speakers(
        'On Monday, Mayor Tom Barrow endorsed her, citing her "long years of service."',
        "Rosa Delgado earlier quashed the rumours by tweeting that "
        '"I am bound by a strict agreement with the board."',
        "Carl Benning did not release more details, saying only that the panel "
        '"found every record it had asked for."',
    ) == ["Mayor Tom Barrow", "Rosa Delgado", "Carl Benning"]


def test_a_comma_or_colon_after_a_clause_with_no_speech_verb() -> None:
    assert speakers(
        "Rosa Delgado has since apologised for the mistake: "
        '"I should have used two accounts, and I am sorry."',
        "Later, Tom Barrow shared his worry with the crowd at the fair, "
        '"I do not know which council will show up this year."',
    ) == ["Rosa Delgado", "Tom Barrow"]


def test_it_is_not_a_country_named_by_its_acronym() -> None:
    assert speakers(
        "Officials from the US met executives of Acme Corp on Monday.",
        '"We are pleased with the terms of the deal," it said.',
    ) == ["Acme Corp"]


# --- frames without a speech verb of their own ---------------------------------------------------


def test_an_earlier_quote_of_the_sentence_shares_the_speaker_named_after_the_last() -> None:
    assert speakers(
        'Tariffs are "a tax on every family" and "hurt small shops," Martha Quinn, '
        "the former mayor of Dover, told a crowd on Monday."
    ) == ["Martha Quinn", "Martha Quinn"]


def test_a_person_who_opens_the_clause_of_an_embedded_quote_says_it() -> None:
    assert speakers(
        "Gov. Dale Harmon spoke on Friday.",
        "After the ruling, Gov. Dale Harmon blamed the court's \"three activist judges who "
        'ignored the law."',
    ) == ["Gov. Dale Harmon"]


def test_a_document_that_opens_the_clause_is_no_speaker() -> None:
    assert speakers(
        'Under state law, Section 12 defines theft as "taking the goods of another person '
        'without their consent."'
    ) == [None]


# --- organisations for "it", "they" and "the agency" ---------------------------------------------


def test_they_for_a_company_that_is_the_subject() -> None:
    assert speakers(
        "Norvik Holdings closed two plants in Ohio on Monday.",
        '"These were hard choices for everyone who works here," they said in a statement.',
    ) == ["Norvik Holdings"]


def test_they_stays_unknown_when_people_may_be_meant() -> None:
    assert speakers(
        "The two brothers and Norvik Holdings settled the case on Monday.",
        '"We are glad that it is over at last," they said.',
    ) == [None]
    assert speakers(
        "Norvik Holdings hired Anna Serra and Paul Dekker in May.",
        '"We are glad that it is over at last," they said.',
    ) == [None]


def test_it_for_a_record_label() -> None:
    assert speakers(
        "Saltmarsh Records, the label behind the album, put it out in March.",
        '"We are proud of every song on this record," it said.',
    ) == ["Saltmarsh Records"]


def test_the_agency_is_the_agency_named_not_the_last_company_that_spoke() -> None:
    assert speakers(
        "Norvik Holdings announced a recall on Monday.",
        "The Maritime Safety Administration opened an inquiry into the ferry.",
        '"We take every report of this kind seriously," the agency said.',
    ) == ["Maritime Safety Administration"]


# --- speaker phrases bounded to the speaker -------------------------------------------------


def test_a_statement_issued_is_not_part_of_the_name() -> None:
    assert speakers(
        'Mayor Ana Ruiz issued a statement on Friday: "The city will rebuild every home lost."'
    ) == ["Mayor Ana Ruiz"]


def test_a_heading_in_capitals_before_a_name_is_dropped() -> None:
    assert speakers(
        'STORM HITS COAST Prime Minister Lena Dahl said: "We will send help to every town there."'
    ) == ["Prime Minister Lena Dahl"]


def test_a_quantity_does_not_speak() -> None:
    assert speakers(
        'A large number of voters in the county said they "would never vote for either of them."'
    ) == [None]


def test_title_case_function_words_end_a_name() -> None:
    # A Title Case headline inside a dump's text: the name is "Omar Reyes", not the headline.
    assert speakers(
        "Posted by the desk: Omar Reyes And The Council Miss The Mark On Housing, and more.",
        '"We will build the homes this city needs, and soon," Reyes said.',
    ) == ["Omar Reyes"]


def test_a_verb_outside_the_list_after_the_quote_then_the_name() -> None:
    assert speakers(
        '"Picture the two of them side by side on one stage," mused WKRT co-host Lee Varga.',
        '"Some of us thought you could work with them, until now," Marsh points out.',
    ) == ["WKRT co-host Lee Varga", "Marsh"]


def test_a_paragraph_of_quotes_goes_on_with_a_speaker_named_beside_a_fragment() -> None:
    assert speakers(
        'Rep. Alma Ruiz now says the mayor had "the chance and the duty to unite us."',
        '"I think she can do it, but the biggest help we have is the budget."',
    ) == ["Rep. Alma Ruiz", "Rep. Alma Ruiz"]


# --- nested quotes -------------------------------------------------------------------------------


def test_a_quote_nested_in_the_same_marks_stays_inside_the_outer_one() -> None:
    found = quotes(
        "\u201cHe looked at me and said, \u201cYou will never see this town again,\u201d "
        "and then he walked away,\u201d said Ilse Moravec, a shop owner."
    )
    assert [(q.text[:18], q.speaker) for q in found] == [("He looked at me an", "Ilse Moravec")]


def test_a_new_opening_mark_after_a_full_stop_starts_a_new_quote() -> None:
    found = quotes(
        "\u201cWe are finished with this. \u201cThe vote is on Monday,\u201d Ilse Moravec said."
    )
    assert [q.text for q in found][-1] == "The vote is on Monday"


def test_a_paragraph_of_quotes_after_a_speaker_who_acts_goes_on_with_them() -> None:
    assert speakers(
        '"The budget is balanced for the first time in a decade," said Mayor Ines Oberg.',
        "Oberg then turned to the housing plan for the north of the city.",
        '"We need four thousand new homes in this city by the end of the decade."',
    ) == ["Mayor Ines Oberg", "Mayor Ines Oberg"]


def test_a_paragraph_of_quotes_after_someone_who_never_spoke_stays_unknown() -> None:
    assert speakers(
        '"The budget is balanced for the first time in a decade," said Mayor Ines Oberg.',
        "Councillor Piet Vane then turned to the housing plan for the north of the city.",
        '"We need four thousand new homes in this city by the end of the decade."',
    ) == ["Mayor Ines Oberg", None]


# --- role descriptions for someone in view ------------------------------------------------------


def test_a_role_description_is_the_person_in_view() -> None:
    # "the Ohio governor said" after the governor's own sentence: the person named, not the role.
    found = [
        (q.speaker, q.speaker_found)
        for q in find_quotes(
            article(
                "Gov. Lena Marsh of Ohio toured the flooded towns on Sunday.",
                "Marsh warned against a quick fix, but sounded hopeful.",
                '"It will take years to rebuild all of this," the Ohio governor said.',
            )
        )
    ]
    assert found == [("Gov. Lena Marsh", "description")]


def test_a_role_description_with_no_one_in_view_stays_itself() -> None:
    assert speakers('"We are not going anywhere," the moderator said.') == ["the moderator"]
    # Two people of either gender in view: the role is not guessed.
    assert speakers(
        "Ann Bell and Tom Ruiz met the board of the school on Monday.",
        '"We are not going anywhere at all," the candidate said.',
    ) == ["the candidate"]


def test_a_name_before_of_and_a_place_is_the_name() -> None:
    # "Sen. Ivo Brandt of Nevada": the person is Brandt, keyed by Brandt, not "Nevada".
    assert speakers(
        "Sen. Ivo Brandt of Nevada spoke to the miners on Saturday.",
        "Brandt promised to fight the closure in the Senate.",
        '"These jobs will not leave this valley while I am here," he said.',
    ) == ["Sen. Ivo Brandt"]


def test_words_that_open_the_clause_are_not_the_speakers_name() -> None:
    # "Unfortunately for X", a question's auxiliary, "X himself": the speaker is X.
    assert bound_speaker("Unfortunately for Molnar") == "Molnar"
    assert bound_speaker("Did Molnar") == "Molnar"
    assert bound_speaker("Will Hart") == "Will Hart"  # a given name, not the auxiliary
    assert speakers(
        'Ortiz himself said on Monday that "the only way to win is to ask every voter."'
    ) == ["Ortiz"]


# --- frames the grammar missed (session 5) -------------------------------------------------------


def test_a_question_reported_by_the_next_sentence() -> None:
    # '"...?" X pressed.' and '"...!" X said on the radio.': the question or exclamation closes
    # its sentence, so the short sentence after it is its frame.
    assert speakers(
        "Council members reacted on Monday, with Ana Voss summing up the mood of the room.",
        '"We need far better planning - and we need it TODAY!" Voss said on the radio.',
    ) == ["Ana Voss"]
    assert speakers(
        '"I never said the bridge was safe," Mayor Ed Kane said.',
        '"Would the bridge stay open all winter?" Rita Lamb pressed.',
    ) == ["Mayor Ed Kane", "Rita Lamb"]
    # A longer sentence after the question says something of its own: it is no frame.
    assert speakers(
        'Rita Lamb asked the board, adding that "the bridge is the only road to the school?"',
        "Mayor Ed Kane said he would close the bridge if the engineers told him to do so.",
    ) == ["Rita Lamb"]


def test_a_paragraph_that_signs_the_quote_before_it() -> None:
    # A fact-check's format: the claim, then a line with a dash and who made it.
    assert speakers(
        "Here are some of the claims the candidates made in the debate.",
        '"Almost every new job in the state goes to people from out of town."',
        "- Gov. Omar Reyes, speaking in the second hour.",
        "The governor is using figures from an old survey of the county.",
        '"I never voted for the tax on the new stadium, not once."',
        "Reyes.",
    ) == ["Gov. Omar Reyes", "Gov. Omar Reyes"]
    # Without a dash, a name over a paragraph about that person is a heading (a list of the
    # people a story is about), not who said the quote before it.
    assert speakers(
        "The ferry left the island late on Thursday night with sixty people on board.",
        '"He was very kind and patient with everyone he ever met."',
        "Omar Khalil.",
        "Omar Khalil, a teacher at the harbour school, was going to see his son.",
    ) == [None]
    # Without a dash, a line that is no person's name signs nothing.
    assert speakers(
        "The office of the council was quiet on Monday.",
        '"Well, thank you so much for nothing at all -."',
        "Pause.",
    ) == [None]


def test_a_colon_paragraph_introduces_the_quote_after_it() -> None:
    # The subject of the clause that ends with the colon, not of an earlier clause.
    assert speakers(
        "When Judge Amos Kerr died in 2001, Gov. Lila Stone released the following statement:",
        '"We offer our condolences to the family and the friends of the judge."',
    ) == ["Gov. Lila Stone"]
    # An inverted verb with a capital opens the lead-in: "Stated X:", "Continued X:".
    assert speakers(
        "Hal Brody spoke on the radio show of a friend on Monday.",
        "Stated Brody:",
        '"I think the stakes this year are so high that nobody can stay home."',
        'The show ran long. Continued Brody: "So it is a very real problem for the whole town."',
    ) == ["Hal Brody", "Hal Brody"]
    # A heading before the colon is nobody: "Partial text as follows:".
    assert speakers("Partial text as follows:", '"Nobody can tell what the plan is."') == [None]


def test_a_surname_that_is_a_function_word() -> None:
    # "Will" after "Karen Will" is her surname before a verb, not an auxiliary.
    assert speakers(
        "The columnist Karen Will wrote a sharp essay on Sunday about the race.",
        '"The flood in the capital is a warning to every voter in the state," Will wrote.',
        "Will urged the voters of the state to reject what she called "
        '"a circus of the worst kind of promises."',
    ) == ["Karen Will", "Karen Will"]
    # Without such a name in the article, "Will" opens a question and names nobody.
    assert speakers('"Will the bridge stay open all winter?" the reporter asked.') == [
        "the reporter"
    ]


def test_a_subject_with_an_appositive_before_a_verb_of_no_speech() -> None:
    # "X, Y Z's fired campaign manager, ripped ...": a possessive description after a name;
    # "Ann Lee's right-hand woman rallied supporters" is a clause, not a description.
    assert np_before("Dan Rourke, Ida Flint's fired campaign manager,") == "Dan Rourke"
    assert np_before("In reply to Dan Rourke, Ida Flint's right-hand woman rallied crowds,") is None
    # A relative clause and an auxiliary before the verb: "X, who ..., did not mention Y".
    assert speakers(
        "Gov. Ana Ruiz, who was speaking to the farmers union, did not mention Vance by name, "
        'but told the crowd that the state needed leaders "who put the people ahead of deals."'
    ) == ["Gov. Ana Ruiz"]
    # A title noun after capitals before the name: "Daily Herald columnist X".
    assert speakers(
        "Daily Herald columnist Rob Tate, a speechwriter for two mayors, calls Vance "
        '"a loud candidate with the habits of a weathervane."'
    ) == ["Rob Tate"]


def test_an_inverted_verb_then_a_name_and_its_appositive() -> None:
    # '"...," VERB X, appositive.': a verb outside the list, the name, then what X is.
    assert speakers(
        '"Our plans for the harbour are so different now," agrees Lena Ortiz, 31, of Dover.',
        '"Nobody listened to the engineers, and the mayor went ahead," remembered Sam Birch, '
        "the city's former chief engineer.",
    ) == ["Lena Ortiz", "Sam Birch"]
    # A capitalised auxiliary before a capitalised word is a given name: "said Will Dunn".
    assert speakers(
        '"It is a very costly way to run a school," said Will Dunn, a professor in Leeds.'
    ) == ["Will Dunn"]


def test_a_verb_before_a_dash_does_not_take_the_quote_after_it() -> None:
    # "..., but the council strongly denies — "...?" asked X": the dash ends the clause of
    # "denies", so the verb after the quote reports it.
    assert speakers(
        "If the river board is behind the flooding, as many farmers believe and the council "
        "strongly denies \u2014 \u201cwhy would you not want to ask about it?\u201d "
        "asked Tom Reyes."
    ) == ["Tom Reyes"]


def test_a_comma_after_a_party_tag_closes_the_tag() -> None:
    # "Sen. X (D-R.I.), said ... but called it a "..."": the comma closes the party tag.
    assert speakers(
        "Sen. Ada Reed (D-R.I.), said after a lunch on Tuesday that she had not read the plan, "
        'but called it a "starting point for our long talks."'
    ) == ["Sen. Ada Reed"]


def test_a_participle_after_a_body_opened_by_the_goes_on_with_that_body() -> None:
    # "The X Y issued a statement, saying": the body that opens the clause says the words.
    assert speakers(
        'The Riverside Tenants Union issued a statement late Monday, saying the rent rise was "a'
        ' blow to every family on the estate."'
    ) == ["The Riverside Tenants Union"]
    # "The" and capitals before a word that is no past tense are no clause's subject.
    assert speakers(
        "The Mary Poppins image of the kindly nanny hid a harder trade, Lowe writes, citing"
        ' "the long hours and the low pay of the women in service" as proof.'
    ) == ["Lowe"]


def test_a_thing_in_lower_case_before_a_participle_is_not_the_speaker() -> None:
    # "to do a poster saying "..."": the poster carries the words; nobody is named.
    assert speakers('This prompted the weekly to do a poster saying "Stop Stalling, Mayor!"') == [
        None
    ]


def test_the_subject_of_a_when_clause_before_the_quote_is_not_its_speaker() -> None:
    # "But when X said ..., he looked ...": the speech verb of the subordinate clause does not
    # make X the speaker of the quotes in the next sentence; "his campaign" there is the
    # campaign of the man "he" is.
    found = quotes(
        "Sen. Dan Okoro asked for a debate in the city on Saturday.",
        "But when Gov. Maria Moreno said she would debate on the day Okoro had proposed, he looked"
        " like the dog that caught the car. His campaign protested that Moreno aides were"
        ' being "dishonest" because they knew Okoro "already had booked the hall for a large'
        ' rally" that day.',
    )
    assert [q.speaker for q in found] == ["Sen. Dan Okoro campaign"] * 2
    assert speakers(
        "But when Gov. Maria Moreno said she would debate on the day Okoro had proposed, he"
        ' looked caught out. The whole week was "a mess from start to finish for the'
        ' campaign."'
    ) == [None]


def test_a_day_between_the_subject_and_its_verb() -> None:
    # "X on Wednesday called Y "..."", also in a relative clause ("Hale, who X on Wednesday
    # called "...""): the day does not part the subject from its verb.
    assert speakers(
        "Much of the anger was aimed at Hale, who Glenn Moss on Wednesday called"
        ' "a truly horrible and dishonest human being."'
    ) == ["Glenn Moss"]
    assert speakers(
        'Ruth Olsen on Tuesday called the plan "a disaster for every family in the county."'
    ) == ["Ruth Olsen"]


def test_the_quote_belongs_to_the_clause_it_stands_in() -> None:
    # "X did A, while Y proposed we "..."": never X's; "X used to back Y, but now said ...":
    # the second clause shares X as its subject.
    assert speakers(
        "Gov. Paul Brandt on Monday signed an order to keep the plant shut, while Ruth Olsen,"
        ' the former mayor, proposed we "wake up and look at the numbers" and left.'
    ) in (["Ruth Olsen"], [None])
    assert speakers(
        "Councillor Dan Ames used to back his neighbour Rob Hale, but now said the mayor had"
        ' "the chance and the duty to bring the whole town together."'
    ) == ["Councillor Dan Ames"]


def test_his_campaign_is_the_campaign_of_the_man_he_stands_for() -> None:
    # '"...," his campaign said': the body of the person "his" stands for, found as a pronoun;
    # "her office" with no woman in view stays unknown.
    found = quotes(
        '"We will not back down on the budget," Senator Tom Ruiz said on Monday.',
        '"The numbers were simply made up out of thin air," his campaign said on Tuesday.',
        'Her office said the report was "full of errors from start to finish" in a statement.',
    )
    assert [(q.speaker, q.speaker_found) for q in found] == [
        ("Senator Tom Ruiz", "named"),
        ("Senator Tom Ruiz campaign", "pronoun"),
        (None, None),
    ]
