"""Speaker shapes found on the labelled PolNeAR train articles (issue 13, tune part), each pinned
with an inline sentence of the same shape in other words."""

from __future__ import annotations

from briefreader.digest.quotes import find_quotes
from tests.digest.conftest import inline_article as article
from tests.digest.conftest import inline_speakers as speakers


def test_a_possessive_appositive_after_a_title_and_a_place() -> None:
    assert speakers(
        '"Nobody can tell when the fund will run dry," Ohio Sen. Mark Rowe\'s chief of staff, '
        "Dana Kiel, told reporters.",
        '"We have asked for the figures twice," Rep. Ada Lin\u2019s spokeswoman, Rui Sato, said.',
    ) == ["Dana Kiel", "Rui Sato"]


def test_a_claim_verb_after_the_name_is_not_the_name() -> None:
    assert speakers(
        "Many wrote about the plan at length, among them the columnist Mary Will.",
        "Will praised the mayor's talk in Dayton, which Will claims affirmed \"the civic belief "
        'in the worth and the dignity of every neighbourhood."',
        "Hart liked the governor's plan, which Hart contends revealed \"a care for the small towns "
        'that nobody had shown in ten years."',
    ) == ["Mary Will", "Hart"]


def test_a_role_description_after_the_verb_is_the_person_just_named() -> None:
    assert speakers(
        "Some members of the board are not convinced.",
        "One of the writers of that 2019 review, Omar Haddad, said the vote would test its "
        'findings. "The council has gone the other way from what we proposed," said the '
        'former senior adviser to Mayor Jo Kent. "If it fails, our review will carry more weight."',
    ) == ["Omar Haddad", "Omar Haddad"]


def test_a_role_after_a_body_then_a_name_is_that_person() -> None:
    # The candidate whose name only qualifies the role ("Ross campaign") is not the one who
    # spoke; the campaign manager is a person, not the campaign.
    assert speakers(
        "Paul Ross has attacked his rival's record all week. Ross said on Sunday that he would "
        "keep at it.",
        '"Well, look, he is clearly able, right? A smart person," Ross campaign manager Tom Weir '
        "said Monday in an interview with NBC's Amy Cole.",
        '"But a long record is not enough at the end of the day," he continued.',
    ) == ["Ross campaign manager Tom Weir", "Tom Weir"]


def test_a_colon_after_a_name_s_own_words_quotes_that_name() -> None:
    assert speakers(
        "Nora Lopez is a lawyer in Austin. Lopez's letter makes a plain case: \"Those who attack "
        'us hate everything we stand for as neighbours."',
        "Staff say the former mayor will back Ruiz. From Dale Hart's Facebook post: \"We must "
        'move past the anger that has come into our town, or we will lose."',
        "Ann Cole is a judge. The gist of Cole's memo: \"Nobody who reads the file can doubt "
        'what happened that night."',
    ) == ["Nora Lopez", "Dale Hart", None]


def test_a_quote_after_a_sentence_that_speaks_through_a_participle() -> None:
    assert speakers(
        "Ruth Amari backed away from the group by saying she would help the mayor if asked. "
        '"I am going to support him, and support him with all I have."',
    ) == ["Ruth Amari"]


def test_an_opening_mark_typed_twice_opens_one_quote() -> None:
    (quote,) = find_quotes(
        article(
            "\u201c\u201cCrime is a grave threat to the peace of every town and it hurts the "
            "weakest most,\u201d Rosa Vidal said."
        )
    )
    assert quote.text.startswith("Crime is a grave") and quote.speaker == "Rosa Vidal"


def test_the_campaign_is_the_campaign_named_or_itself() -> None:
    assert speakers(
        "The Lane campaign has gone on the attack. A campaign TV ad released Thursday hits Ruiz "
        'for "a long habit of sleaze that goes back years."',
        '"They can shout all they like, but the facts are not on their side," the campaign '
        "wrote Wednesday.",
    ) == [None, "Lane campaign"]
    assert speakers(
        "Ruiz held a rally at the Hale Tower Hotel on Friday night.",
        '"They can shout all they like, but the facts are not on their side," the campaign '
        "wrote Wednesday.",
    ) == ["the campaign"]


def test_a_state_in_dotted_capitals_is_no_body_that_speaks() -> None:
    assert speakers(
        "After a win in N.H., the governor seems ready for a long fight in S.C.",
        'The email went out on Friday. "Friend, let me be plain with you, we can win this," it '
        "said.",
    ) == [None]


def test_transcript_labels_name_the_person_the_article_names() -> None:
    assert speakers(
        "At the debate, Gov. Ana Ruiz said the report was wrong. A partial transcript follows.",
        '"MOSS: Governor Ruiz, on the night of the flood you sent a note to your staff saying '
        "the dam was safe.",
        '"VIDEO: They all told me it was the rain when they knew it was not the rain.',
        '"RUIZ: I feel a great deal of sympathy for the families, but she is wrong about this."',
    ) == [None, None, "Gov. Ana Ruiz"]


def test_a_name_given_an_age_is_a_person_for_he_or_she() -> None:
    assert speakers(
        "Delroy Smitts, 33, of Baldwin, Ohio, doubts that one more vote will make a difference. "
        '"I can\'t really find a candidate that I like," he said in a phone interview.',
    ) == ["Delroy Smitts"]


def test_as_a_name_puts_it_gives_that_name_not_the_clause_subject() -> None:
    # "As X puts it, Y is doing Z": X speaks the quote, not Y, the subject of the main clause.
    assert speakers(
        "As the Herald's Tom Vale puts it, the mayor is trying to give the council \"a deal it "
        'cannot afford to turn down."',
        'The mayor is, as Ana Ruiz phrased it, "a man who will not take a hint from anyone."',
    ) == ["the Herald's Tom Vale", "Ana Ruiz"]


def test_a_description_with_of_has_its_head_before_of() -> None:
    # "the secretary of state" is a secretary (the one named so), not the latest "state" body.
    assert speakers(
        "Ohio Secretary of State Dana Pruitt stood next to the senator on Friday.",
        "A clip of the event ran on CNN later that day.",
        '"I am only here to do the job I was elected for," the secretary of state said.',
    ) == ["Ohio Secretary of State Dana Pruitt"]


def test_the_agent_of_obtained_by_before_the_verb_is_not_the_speaker() -> None:
    # "A letter from X obtained by Y warns": X speaks, Y only got the letter.
    assert speakers(
        "The union met the mayor on Monday.",
        'A March 3 letter from the Hartford Teachers Union seen by Reuters warns that "any '
        'further delay will be taken up with our lawyers in court."',
        'A note from the Rivera Fund obtained by The Daily Courier says "the sale will close '
        'before the end of the year."',
    ) == ["the Hartford Teachers Union", "the Rivera Fund"]


def test_the_statement_said_stays_the_document() -> None:
    # "the memo said" is the document itself, even after someone sent one out: the sender is
    # not safe to name (a second memo after it, a sending denied).
    assert speakers(
        "Sen. Joe Park circulated a memo on Tuesday.",
        "Then the teachers' group sent out its own memo.",
        '"Classes resume on the first of May," the memo said.',
        "Mayor Lu Chen never sent a letter to the council, her aide says.",
        '"Nobody is to speak to the press," the letter said.',
    ) == ["the memo", "the letter"]


def test_he_said_after_a_quote_in_a_sentence_opened_by_a_person_is_that_person() -> None:
    # 'X weighed in, telling a paper, "...," she said': X, not the woman who spoke before.
    assert speakers(
        '"The plan is a mistake and the town will pay for it," said Dana Kiel, a council member.',
        "Kiel has fought the plan for a year.",
        'Mayor Ann Bell weighed in as well, telling the Courier on Monday, "But we have both '
        'read it closely," she said.',
    ) == ["Dana Kiel", "Mayor Ann Bell"]


def test_a_written_thing_that_reads_the_quote_speaks_it() -> None:
    # "According to X, one Y sign read, "..."": the sign (Y's), not X who reported it; "the email
    # read" is the email itself; someone reading aloud is no frame.
    assert speakers(
        'According to the Courier, one Ohio Department of Parks sign read, "Leave only '
        'footprints, take only photos."',
        "The Lee campaign sent a fundraising email on Monday.",
        '"Friend, I will be honest with you. We can win this race," the email read.',
        'She read the report aloud, "Nobody leaves before the budget passes," to the room.',
    ) == ["one Ohio Department of Parks sign", "the email", None]


def test_he_opening_the_clause_a_quote_stands_in_is_whom_he_stands_for() -> None:
    # No speech verb: "He anticipated that the task would be "..."" is his, as a name's is.
    assert speakers(
        "Rep. Dan Cole spoke to the farmers' group in Ames on Monday.",
        'He anticipated that the hardest task of the new year would be "dealing with the '
        'mess the last board is going to leave."',
    ) == ["Rep. Dan Cole"]


def test_he_opening_the_last_clause_of_a_colon_lead_in_speaks_the_quote() -> None:
    # "Back home, he went back to his old lines: "..."" and "When ..., she gave this reply: ".."".
    assert speakers(
        "Rep. Dan Cole spoke to the farmers' group in Ames on Monday.",
        'But back in the capital, he went back to his old lines: "Nobody in this town reads the '
        'bill before the vote!"',
        "Gov. Ann Bell took questions later that day.",
        'When she was asked about the new plant, she gave a reply she later took back: "We will '
        'shut every one of these old mills."',
    ) == ["Rep. Dan Cole", "Gov. Ann Bell"]


def test_a_colon_after_a_relative_clause_on_a_thing_brings_in_the_things_words() -> None:
    # "She shared the site, which holds this note: "..."": the site's words, not hers; and "he"
    # opening such a lead-in does not make them his either.
    assert speakers(
        "Gov. Ann Bell spoke in Pierre on Monday.",
        "She proceeded to share the hashtag #SaveOurLakes and savelakes.org, the website for the "
        'plan, which holds the following note: "Our lakes are in trouble. There is no single fix '
        'for this, so let us work on it together."',
    ) == [None]


def test_according_to_a_document_filed_by_a_name_is_that_name() -> None:
    # "according to a court document filed by X" is X's, not "a court document filed"; "It
    # was X who said" is X's.
    assert speakers(
        '"The evidence cannot prove every part of the charge and will not support a case," '
        "according to a court document filed by county attorney Ann Bell.",
        'It was Dana Kiel who said, "Nobody in this town reads the budget before the vote."',
    ) == ["county attorney Ann Bell", "Dana Kiel"]


def test_according_to_a_document_passed_on_by_a_name_is_not_that_name() -> None:
    # Only a writing participle ("filed", "signed") makes its agent the source; one who examined,
    # shared or passed the document on did not speak it.
    assert speakers(
        '"Our wells ran dry in May," according to a court filing examined by the Ledger.',
        '"Two trucks left at night," according to a memo shared by Sen. Joe Park with his staff.',
        '"No vote will be held," according to a memo signed by Sen. Joe Park.',
    ) == ["a court filing examined", "a memo shared", "Sen. Joe Park"]


def test_a_who_clause_outside_it_was_names_nobody() -> None:
    # "It was X who said" is X's; "Y hired the adviser X who wrote" is not a cleft: unknown.
    assert speakers(
        'Mayor Lu Chen hired the adviser Joe Park who wrote "a plan for the harbour."',
        'It is Sen. Joe Park who wrote, "No vote will be held before May."',
    ) == [None, "Sen. Joe Park"]


def test_a_colon_lead_in_on_what_he_read_or_got_names_nobody() -> None:
    # "he"/"she" opening a colon lead-in speaks only his or her own words ("his old lines", "a
    # reply"), not what was read, seen or received, nor words another subject wrote.
    assert speakers(
        "Rep. Dan Cole met reporters.",
        'Then he quoted the letter his aide wrote: "We are broke."',
        "Gov. Ann Bell met reporters.",
        'And she got this reply from the mayor: "No deal."',
        'Then she spotted the banner: "Bell must go."',
        'Then she gave a reply her aide had written: "We stay."',
    ) == [None, None, None, None]


def test_a_naming_verb_with_its_own_subject_is_not_the_pronouns() -> None:
    # "She knew the board would call her plan "..."": the board names it, not she; "he called
    # it "..."" stays his.
    assert speakers(
        "Rep. Dan Cole spoke to the group.",
        'He found out that the mayor had branded his bill "a gift to the rich."',
        "Gov. Ann Bell spoke to the group.",
        'She read that her rivals dubbed the tax "the Bell grab."',
        'She has long called the tax "a burden on every farm."',
        "Tom Vale spoke in Reno.",
        "Much of Vale's anger was aimed at Hale, who Vale on Wednesday called \"a truly horrible "
        'man."',
    ) == [None, None, "Gov. Ann Bell", "Tom Vale"]


def test_a_document_seen_by_a_name_is_nobody() -> None:
    # "The memo seen by Y says": neither Y (who only saw it) nor the memo: unknown.
    assert speakers(
        'The memo viewed by the Ledger says "the plant will close in June."',
    ) == [None]
