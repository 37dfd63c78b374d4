"""Key facts stand alone: each failure shape seen on unseen pages, on inline articles (the same
shapes in other words), and the learned weights are what the training script gives."""

from __future__ import annotations

import hashlib
import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest

from briefreader.digest import build_brief
from briefreader.digest.fact_weights import EXTRA_LABELS
from briefreader.digest.facts import fact_candidates, fact_count, rank_facts
from briefreader.digest.furniture import opens_unresolved, run_in_starts
from tests.digest.conftest import inline_article

ROOT = Path(__file__).resolve().parents[2]
DEVSET = ROOT / ".." / "shared" / "devset"

# A plain news story the shapes are slipped into.
BODY = (
    "The port authority closed the northern harbour on Monday after a chemical spill from a "
    "cargo ship, officials said.",
    "About 40 workers were sent home and fishing was banned within 5 kilometres of the ship.",
    "The ship's owner, Tarrow Shipping, said it would pay for the clean-up in full.",
    "Environmental groups warned that the spill could harm the bay's oyster beds for years.",
    "Inspectors from the maritime agency boarded the vessel on Tuesday to find the cause.",
    "The harbour is expected to reopen by the end of the week if tests come back clear.",
)


def _texts(*paragraphs: str, title: str | None = None) -> list[str]:
    return [f.text for f in rank_facts(inline_article(*paragraphs, title=title), [])]


def test_a_photo_caption_is_never_a_fact() -> None:
    caption = "In this photo released by the port authority, workers lay booms around the ship."
    texts = _texts(caption, *BODY)
    assert not any("booms" in t for t in texts)


def test_a_caption_run_into_the_text_without_a_full_stop_is_no_part_of_a_fact() -> None:
    # Text dumps set a photo's caption without a full stop, straight before the next sentence
    # ("... a colleague The cost of divorce ..."): the caption is left out, the sentence after
    # it is a fact as written, at the lead's place.
    caption = "Dock workers lay floating booms around the stricken cargo ship on Monday"
    facts = rank_facts(inline_article(caption + " " + BODY[0] + " " + " ".join(BODY[1:])), [])
    texts = [f.text for f in facts]
    assert texts[0] == BODY[0]
    assert not any("booms" in t for t in texts)
    # Mid-text too, and after a closing bracket or a number ("(above) The ...", "May 2 The").
    middle = BODY[1].rstrip(".") + " (above) " + BODY[2]
    texts = _texts(BODY[0] + " " + middle, *BODY[3:])
    assert BODY[2] in texts and not any("(above)" in t for t in texts)


def test_a_run_in_needs_a_capitalised_opener_then_lower_case() -> None:
    # Prose where a capital follows a lower-case word is no run-in: "I", "Patient A", a name,
    # a title in capitals, and a one-word label before the sentence ("(Updated) The ...").
    for prose in (
        "The mayor said the harbour was safe and I believe him, the fisherman told reporters.",
        "Nurses found Patient A and two others in the ward after the alarm on Monday night.",
        "Officials from the port met Tarrow Shipping in London on Monday to agree the terms.",
        "She starred in the film The Long Harbour before she moved to the stage in 2010.",
        "(Updated) The port authority closed the northern harbour on Monday after the spill.",
    ):
        assert run_in_starts(prose, 0, len(prose)) == [], prose
    run_in = "Workers lay booms around the ship The port closed on Monday."
    assert [run_in[i:] for i in run_in_starts(run_in, 0, len(run_in))] == [
        "The port closed on Monday."
    ]


def test_tweet_markup_is_never_a_fact() -> None:
    tweets = (
        "Twitter post by @harbourwatch showing the slick spreading across the bay at dawn.",
        "The slick is spreading fast and nobody is telling us anything #spill #harbour",
        "Residents posted pictures of the slick all morning @harbourwatch @portnews",
    )
    texts = _texts(BODY[0], *tweets, *BODY[1:])
    assert not any("slick" in t for t in texts)


def test_a_teaser_is_never_a_fact() -> None:
    texts = _texts(
        BODY[0], "Scroll down for video of the clean-up crews at work in the bay.", *BODY[1:]
    )
    assert not any("Scroll down" in t for t in texts)


def test_a_dangling_connective_is_never_a_fact() -> None:
    dangling = "But another one, further along the coast, has hardly been examined yet."
    texts = _texts(*BODY[:3], dangling, *BODY[3:])
    assert dangling not in texts
    assert opens_unresolved("Yet the harbour stayed open.") == "connective"


def test_a_sentence_opening_with_although_stands_alone() -> None:
    # "Although ..." opens a clause its own main clause completes: nothing before is needed.
    concessive = (
        "Although the spill was contained by Wednesday, the oyster farms stayed shut for a month."
    )
    texts = _texts(*BODY[:3], concessive, *BODY[3:])
    assert concessive in texts
    assert opens_unresolved("Though the harbour reopened, few ships came back.") is None
    assert opens_unresolved("But the harbour stayed shut.") == "connective"


def test_an_although_fragment_or_one_leaning_on_a_pronoun_does_not_stand_alone() -> None:
    # Without a main clause after a comma it is a fragment of the sentence before; with a
    # pronoun opening its clause, it leans back as that pronoun would.
    assert opens_unresolved("Though only for a week.") == "connective"
    assert opens_unresolved("Although the council objected.") == "connective"
    assert opens_unresolved("Although she voted for it, the plan failed.") == "pronoun"


def test_a_connective_before_a_name_is_left_out_of_the_fact() -> None:
    article = inline_article(
        *BODY[:2],
        "But Tarrow Shipping denied that the spill was caused by a faulty valve.",
        *BODY[2:],
    )
    facts = rank_facts(article, [])
    denial = [f for f in facts if "faulty valve" in f.text]
    assert denial and denial[0].text.startswith("Tarrow Shipping denied")
    assert denial[0].span.text_in(article) == denial[0].text


def test_a_pronoun_it_cannot_resolve_is_never_a_fact() -> None:
    leaning = (
        "That's the hopeful reading offered by the harbour master, who expects a quick reopening.",
        "She said the first tests of the water were better than anyone had feared.",
    )
    texts = _texts(*BODY[:3], *leaning, *BODY[3:])
    assert not any(t in texts for t in leaning)


def test_a_pronoun_may_open_the_first_fact() -> None:
    lead = "This is the moment a cargo ship spilled chemicals into the northern harbour on Monday."
    assert _texts(lead, *BODY[1:])[0] == lead


def test_an_unclosed_quote_mark_is_never_a_fact() -> None:
    unclosed = (
        'The harbour master said the spill was "the worst in twenty years, and 40 boats are idle.'
    )
    unopened = 'Boats will stay in port," the harbour master told reporters on Monday afternoon.'
    texts = _texts(*BODY[:2], unclosed, unopened, *BODY[2:])
    assert unclosed not in texts and unopened not in texts


def test_an_inch_mark_after_a_number_is_no_quotation_mark() -> None:
    screens = 'The harbour office bought a 55" screen for each of its 12 ferry terminals.'
    assert screens in _texts(*BODY[:2], screens, *BODY[2:])
    # After a number inside a quotation the mark still closes it, and an unclosed one stays.
    named = 'The agency called the plan "Bay 2030" and said it would cost 4 million euros.'
    unclosed = 'The harbour master said the plan was "the best in 20 years and the cheapest.'
    texts = _texts(*BODY[:2], named, unclosed, *BODY[2:])
    assert named in texts and unclosed not in texts


def test_mixed_quote_marks_pair_up() -> None:
    mixed = 'Officials launched a campaign called \u201cClean Bay Now" to warn 4,000 boat owners.'
    assert mixed in _texts(*BODY[:2], mixed, *BODY[2:])


def test_a_sentence_dense_with_company_names_is_a_fact() -> None:
    names = (
        "Shares of Tarrow Shipping, Balder Marine, Corvane Logistics, Hesketh Ports and Ulmar "
        "Freight fell on Tuesday."
    )
    article = inline_article(*BODY[:2], names, *BODY[2:])
    assert any(s.text == names for s, _ in fact_candidates(article, []))


def test_a_headline_in_title_case_is_not_a_fact() -> None:
    headline = "Chemical Spill Closes Northern Harbour As Owners Promise Clean-Up."
    article = inline_article(headline, *BODY)
    assert all(s.text != headline for s, _ in fact_candidates(article, []))


def test_a_bracketed_sentence_is_read_without_its_brackets() -> None:
    article = inline_article(
        *BODY[:2],
        "(The maritime agency said 12 other ships had been checked for leaks since March.)",
        *BODY[2:],
    )
    spans = [s for s, _ in fact_candidates(article, [])]
    inner = [s for s in spans if "12 other ships" in s.text]
    assert inner and inner[0].text.startswith("The maritime agency") and inner[0].text.endswith(".")


def test_a_dateline_is_left_out_of_the_fact() -> None:
    article = inline_article("HALDEN (Reuters) - " + BODY[0], *BODY[1:])
    facts = rank_facts(article, [])
    assert facts[0].text == BODY[0]
    assert facts[0].span.text_in(article) == BODY[0]


def test_an_agency_name_run_into_the_sentence_is_left_out_of_the_fact() -> None:
    article = inline_article("(Harbour Wire)" + BODY[0], *BODY[1:])
    facts = rank_facts(article, [])
    assert facts[0].text == BODY[0]
    assert facts[0].span.text_in(article) == BODY[0]
    # Brackets that open a sentence and are read as part of it stay: "(Updated) The ..." is
    # not a name run into the sentence.
    kept = inline_article("(Updated) " + BODY[0], *BODY[1:])
    assert rank_facts(kept, [])[0].text != BODY[0]


def test_a_short_sentence_that_leans_on_the_one_before_joins_it() -> None:
    # "He was 88.": too short to stand alone, but a fact of the lead; dropping it let a later,
    # weaker sentence into the first three.
    pair = "Ada Olsen, who ran the harbour's pilot service for three decades, has died. She was 91."
    facts = [f.text for f in rank_facts(inline_article(pair, *BODY[1:]), [])]
    assert facts[0] == pair
    # Alone, a fragment is still no fact.
    texts = [f.text for f in rank_facts(inline_article(*BODY[:2], "It was 91.", *BODY[2:]), [])]
    assert not any(t.startswith("It was 91") for t in texts)


def test_a_lead_in_to_a_list_is_never_a_fact() -> None:
    lead_in = "In a long briefing on Tuesday evening, the harbour master also said:"
    items = ["- The northern quay will stay shut until April", "- Pilots will be retrained"]
    texts = _texts(*BODY[:3], lead_in, *items, *BODY[3:])
    assert lead_in not in texts and BODY[3] in texts


def test_a_quoted_claim_that_is_the_news_may_be_a_fact() -> None:
    claim = '"We will cut 2,400 jobs at the harbour this year," Tarrow Shipping said on Monday.'
    chatter = '"It has been a long and difficult week for everybody here," the harbour master said.'
    article = inline_article(*BODY[:2], claim, chatter, *BODY[2:])
    candidates = [s.text for s, _ in fact_candidates(article, [])]
    assert claim in candidates and chatter not in candidates
    reported = "Tarrow Shipping said it would cut 2,400 jobs at the harbour this year."
    assert reported in [s.text for s, _ in fact_candidates(inline_article(*BODY, reported), [])]


def test_the_number_of_facts_fits_the_article() -> None:
    short = rank_facts(inline_article(*BODY), [])
    assert 3 <= len(short) < len(BODY)
    assert fact_count(40, 12) == 12 and fact_count(6, 12) == 4 and fact_count(2, 12) == 2
    assert fact_count(40, 5) == 5


def test_max_facts_sets_the_number(seed) -> None:
    assert len(build_brief(seed, max_facts=2).facts) == 2
    assert len(build_brief(seed, max_facts=7).facts) == 7


def test_the_shipped_weights_are_the_training_scripts() -> None:
    if not (DEVSET / "cnndm-dev" / "highlights.json").exists():
        pytest.skip("the development set is not here")
    if importlib.util.find_spec("rouge_score") is None or importlib.util.find_spec("numpy") is None:
        pytest.skip("training needs rouge-score and numpy")
    # The outside label files the weights were trained with (by name and SHA-256, beside
    # the pages folder they name: FACT_LABELS_DIR, by default /work/data/facts9, and
    # FACT_PAGES_DIR, by default /work/data/text12): checked only when they are here unchanged.
    labels_dir = Path(os.environ.get("FACT_LABELS_DIR", "/work/data/facts9"))
    pages_dir = Path(os.environ.get("FACT_PAGES_DIR", "/work/data/text12"))
    extra = [f"--pages={pages_dir}"] if EXTRA_LABELS else []
    for name, digest in EXTRA_LABELS:
        file = labels_dir / name
        if not file.exists() or hashlib.sha256(file.read_bytes()).hexdigest() != digest:
            pytest.skip(f"the label file the weights were trained with is not here: {name}")
        extra.append(f"--labels={file}")
    done = subprocess.run(
        [
            sys.executable,
            str(ROOT / "tools" / "train_fact_ranker.py"),
            str(DEVSET),
            "--check",
            *extra,
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=600,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_a_quotation_a_named_speaker_closes_may_be_a_fact() -> None:
    said = '"The whole point of the campaign is to make people talk,"'
    named = said + " Ostrom told reporters."
    described = said + " the spokesman said."
    # The name with who the speaker is after it, in either order; a description stays none.
    apposed = said + " said Mira Ostrom, an adviser to the campaign."
    apposed_before = said + " Mira Ostrom, the campaign's adviser, said."
    described_apposed = said + " said the spokesman, a former reporter."
    # A verb that is no speech verb brings in no speaker ('," met Mira Ostrom, ...').
    not_speech = said + " met Mira Ostrom, an adviser to the campaign."
    not_speech_after = said + " Mira Ostrom, the campaign's adviser, smiled."
    cases = (
        (named, True),
        (described, False),
        (apposed, True),
        (apposed_before, True),
        (described_apposed, False),
        (not_speech, False),
        (not_speech_after, False),
    )
    for text, expected in cases:
        article = inline_article(*BODY[:2], text, *BODY[2:])
        candidates = [s.text for s, _ in fact_candidates(article, [])]
        assert (text in candidates) is expected
    # The attribution itself names a speaker only through a speech verb.
    from briefreader.digest.facts import _NAMED_ATTRIBUTION

    assert _NAMED_ATTRIBUTION.search(apposed) and _NAMED_ATTRIBUTION.search(apposed_before)
    assert not _NAMED_ATTRIBUTION.search(not_speech)
    assert not _NAMED_ATTRIBUTION.search(not_speech_after)


def test_a_quotation_run_over_two_sentences_is_one_fact_with_its_speaker() -> None:
    # The reporter's clause opens it, the next sentence closes it: one fact, marks paired.
    opened = 'Harbour master Ada Olsen explained: "For the first time since 2009, the pier '
    rest = 'is closed to every ship. Repairs will take at least 14 weeks and cost 3 million."'
    quote = opened + rest
    candidates = [s.text for s, _ in fact_candidates(inline_article(*BODY[:3], quote), [])]
    assert quote in candidates
    assert not any(t.startswith(opened) and t != quote for t in candidates)
    # Neither half stands alone: the open mark, the stray closing one.
    first, second = quote.split(". ", 1)
    assert first + "." not in candidates and second not in candidates
    # Too long to read as one fact: neither it nor its halves.
    long_quote = opened + rest[:-1] + " " + " ".join(["The crews work day and night."] * 8) + '"'
    candidates = [s.text for s, _ in fact_candidates(inline_article(*BODY[:3], long_quote), [])]
    assert not any("Ada Olsen" in t for t in candidates)
    # No speech verb in the clause: no joining.
    unsaid = 'The sign at the gate, in red: "Closed to ships. Repairs take 14 weeks."'
    candidates = [s.text for s, _ in fact_candidates(inline_article(*BODY[:3], unsaid), [])]
    assert unsaid not in candidates
