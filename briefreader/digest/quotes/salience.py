"""Salience: whom "he" or "she" stands for, chosen by a small learned scorer.

Every person named (or who spoke) in the few paragraphs before the pronoun, of a gender that
agrees with it, is a candidate. Each is described by a handful of features (how recently and
how often it was named, whether as a subject or an object, whether it spoke last) and scored
with weights learned by ``tools/train_pronouns.py`` on the PolNeAR train split
(:mod:`.pronoun_weights`): synthetic cases (a name given again read as "he") and the real
pronouns of the tune part of the train articles labelled by hand. The scores become a
probability over the candidates; below :data:`PRONOUN_CONFIDENCE` the pronoun stays
unresolved: an unknown speaker beats a wrong one.
"""

from __future__ import annotations

import math
from bisect import bisect_left
from dataclasses import dataclass

from briefreader.digest.quotes.entities import STRIDE, Entities, Mention, name_tokens
from briefreader.digest.quotes.nouns import is_cap
from briefreader.digest.quotes.pronoun_weights import BIAS, WEIGHTS
from briefreader.digest.quotes.words import PRONOUNS, Gender

# Below this probability the best candidate is not trusted and the pronoun stays unknown.
# Calibrated with ``tools/train_pronouns.py --labels`` on 150 real "he/she said" quotes of the
# train split read by hand (5 folds by article; the threshold chosen on the other folds was
# 0.35 for three folds, 0.30 and 0.40 for one each): held out, 0.45 resolves 88.0% right and
# 4.7% wrong, 0.35 90.0% and 4.7%. 0.45 is kept: those 150 are quotes PolNeAR attributes to
# "he"/"she"; on the train split's other full quotes, 0.35 gave a speaker to about fifty more
# through a pronoun, and read by hand about half of those were the wrong person (a speaker's
# subject taken for the speaker, a building or a headline taken for "he"). (The synthetic
# training cases are harder than real pronouns, so the probabilities run low.)
PRONOUN_CONFIDENCE = 0.45
# Two candidates about as likely are a coin toss, not evidence: the best must be at least this
# many times as likely as the next. Chosen on the tune part of the PolNeAR train articles
# labelled by hand (88 real "he/she said" quotes; margins 1.0 / 1.05 / 1.1 / 1.2 / 1.5 tried,
# right - 2 x wrong best at 1.1: right 76 -> 76, wrong 7 -> 6, a 0.47 / 0.47 tie left
# unknown); on the held-out check part 37 right / 3 wrong with and without it.
PRONOUN_MARGIN = 1.1
# The least probability for a role description ("the Texas senator") to stand for a person.
DESCRIBED_CONFIDENCE = PRONOUN_CONFIDENCE
# A role description of no gender ("the senator") fits everyone in view, so its person must be
# a clear favourite: at least this many times as likely as the next (on the train split's
# role descriptions read by hand, the right ones led by 4x or more; "the billionaire mogul"
# between two men named in turn did not).
DESCRIBED_MARGIN = 2.0
# Candidates are people named at most this many paragraphs before the pronoun: a writer says
# "he" for someone in view, not for one named a page ago. (Of the tune part's 68 real "he/she
# said" quotes with a candidate, the person meant was 0 / 1 / 2 / 3 paragraphs back for 23 /
# 36 / 7 / 2 and never further: chosen there; the held-out check part then confirmed it, its
# wrong speakers falling from 3 to 0 against a reach of 4.)
CANDIDATE_PARAGRAPHS = 3
# How far back (in mentions) the candidates are gathered.
CANDIDATE_MENTIONS = 120
# How many of the latest speakers are candidates too.
CANDIDATE_SPEAKERS = 12

# What is stripped from a quote's words before they are compared with a name's.
_WORD_EDGES = ".,;:!?()[]\"'\u2018\u2019\u201c\u201d"

FEATURES = (
    "recency0",  # the latest person named before the pronoun
    "recency1",  # the one before
    "recency2+",
    "para_same",  # named in the pronoun's own paragraph
    "para_back",  # paragraphs since the latest mention (0..CANDIDATE_PARAGRAPHS)
    "sent_back",  # log of the sentences since the latest mention
    "prev_subject",  # the first person of the sentence right before the pronoun's
    "subject",  # the latest mention is a name that is not an object
    "acts",  # the latest mention is followed by its verb ("Ban demurred")
    "object",  # the latest mention is the object of a verb or preposition
    "described",  # an object in a sentence whose subject is a description ("A man threatened X")
    "role_only",  # only a role description ("a senior official"), never a name
    "mentions",  # log of the times it was named in view
    "first_in_sentence",  # the first person of its sentence
    "gender_known",  # its gender is known (and agrees)
    "spoke_last",  # the latest person of that gender who spoke
    "spoke",  # spoke earlier in view
    "spoke_count",  # log of its quotes so far
    "full_name",  # the article gives it a name of two words or more
    "named_in_quote",  # a word of its name stands inside the quote ("I would say Paul ...")
)


@dataclass(slots=True)
class Candidate:
    """A person "he" or "she" may stand for, and what is known of it at the pronoun."""

    key: str  # the name's last word
    name: str  # the fullest name (or the description) to give as the speaker
    feats: dict[str, float]
    sentence: int = -1  # the global id of the sentence of its latest mention


def pick_person(
    pos: int, floor: int, ents: Entities, gender: Gender, listeners: set[str], learn: bool = True
) -> str | None:
    """The person "he" or "she" at ``pos`` stands for, or ``None`` when no candidate is
    likely enough. Mentions from ``floor`` on (the pronoun's own sentence) are not candidates.
    With ``learn`` the person found is given the pronoun's gender for what follows."""
    cands = candidates(pos, floor, ents, gender, listeners)
    if not cands or _unnamed_actor(cands[0], ents, gender):
        return None
    probs = probabilities([c.feats for c in cands])
    order = sorted(range(len(cands)), key=probs.__getitem__, reverse=True)
    best = order[0]
    runner_up = probs[order[1]] if len(order) > 1 else 0.0
    if probs[best] < PRONOUN_CONFIDENCE or probs[best] < PRONOUN_MARGIN * runner_up:
        return None
    if learn:
        ents.gender.setdefault(cands[best].key, gender)
    return cands[best].name


def pick_described(
    pos: int, floor: int, ents: Entities, gender: Gender | None, listeners: set[str]
) -> str | None:
    """The person a role description ("the Texas senator said") at ``pos`` stands for: the one
    "he" or "she" would (of the role's gender when it has one); for a role of no gender, the
    people of both genders compete in one choice. ``None`` when none is likely enough."""
    if gender is not None:
        return pick_person(pos, floor, ents, gender, listeners, learn=False)
    pooled: dict[str, Candidate] = {}
    for g in ("m", "f"):
        cands = candidates(pos, floor, ents, g, listeners)
        if cands and _unnamed_actor(cands[0], ents, g):
            return None
        for c in cands:
            pooled.setdefault(c.key, c)
    if not pooled:
        return None
    cands = list(pooled.values())
    probs = probabilities([c.feats for c in cands])
    order = sorted(range(len(cands)), key=probs.__getitem__, reverse=True)
    best = order[0]
    runner_up = probs[order[1]] if len(order) > 1 else 0.0
    if probs[best] < DESCRIBED_CONFIDENCE or probs[best] < DESCRIBED_MARGIN * runner_up:
        return None
    return cands[best].name


def _unnamed_actor(latest: Candidate, ents: Entities, gender: Gender) -> bool:
    """ "A 55-year-old man was charged with threatening X. ... he said": the latest person
    named is what an unnamed subject of the pronoun's gender (or of a passive) acted on; "he"
    is that subject, not X. ("A reporter asked X ... he replied" is X.)"""
    if not latest.feats["described"] or latest.sentence not in ents.unnamed_actor:
        return False
    actor = ents.unnamed_actor[latest.sentence]
    return actor is None or actor == gender


def probabilities(feats: list[dict[str, float]]) -> list[float]:
    """The learned probability of each candidate, and of none of them (the bias)."""
    scores = [sum(WEIGHTS.get(k, 0.0) * v for k, v in f.items()) for f in feats]
    top = max(max(scores), BIAS)
    exps = [math.exp(s - top) for s in scores]
    total = sum(exps) + math.exp(BIAS - top)
    return [e / total for e in exps]


def candidates(
    pos: int, floor: int, ents: Entities, gender: Gender, listeners: set[str]
) -> list[Candidate]:
    """The people in view before ``floor`` whose gender may be ``gender``, latest first."""
    banned = {name_tokens(x)[-1] for x in listeners if x and name_tokens(x)}
    para = pos // STRIDE
    sentence = ents.sentence_id
    # The sentence before the pronoun's: the last of the previous paragraph when the pronoun's
    # opens its paragraph (paragraphs leave a gap of one in the sentence ids).
    first = ents.first_sentence[para] if para < len(ents.first_sentence) else sentence
    previous = sentence - 1 if sentence > first else sentence - 2
    found: dict[str, Candidate] = {}
    order: list[str] = []
    i = bisect_left(ents.positions, min(pos, floor))
    first_of_sentence: dict[int, str] = {}
    for j in range(max(0, i - CANDIDATE_MENTIONS), i):
        m = ents.mentions[j]
        if para - m.pos // STRIDE > CANDIDATE_PARAGRAPHS or not _is_person(m, ents):
            continue
        first_of_sentence.setdefault(m.sentence, m.tokens[-1])
    for j in range(i - 1, max(-1, i - CANDIDATE_MENTIONS), -1):
        m = ents.mentions[j]
        back = para - m.pos // STRIDE
        if back > CANDIDATE_PARAGRAPHS:
            break
        key = m.tokens[-1]
        if not _is_person(m, ents) or key in banned or any(t in banned for t in m.tokens):
            continue
        g = m.gender or (None if key in ents.ambiguous else ents.gender.get(key))
        if g and g != gender:
            continue
        if key in found:
            found[key].feats["mentions"] += 1.0
            continue
        order.append(key)
        name = m.text if m.description else ents.fullest(m.text)
        found[key] = Candidate(key, name, _mention_feats(m, back, g is not None, ents), m.sentence)
        found[key].feats["sent_back"] = math.log1p(max(0, sentence - m.sentence))
        if first_of_sentence.get(m.sentence) == key:
            found[key].feats["first_in_sentence"] = 1.0
            if m.sentence == previous:
                found[key].feats["prev_subject"] = 1.0
    _add_speakers(pos, ents, gender, banned, found, order)
    out = [found[k] for k in order]
    for c in out:
        if any(t in ents.quote_words for t in name_tokens(c.name)):
            c.feats["named_in_quote"] = 1.0
    for rank, c in enumerate(out):
        c.feats["recency0" if rank == 0 else "recency1" if rank == 1 else "recency2+"] = 1.0
        c.feats["mentions"] = math.log1p(c.feats["mentions"])
        c.feats["spoke_count"] = math.log1p(c.feats["spoke_count"])
    return out


def quote_words(text: str) -> frozenset[str]:
    """The words in capitals of a quote's ``text``, as a name's tokens would stand."""
    words = (word.strip(_WORD_EDGES) for word in text.split())
    return frozenset(word for word in words if word[:1].isupper())


def _is_person(m: Mention, ents: Entities) -> bool:
    # A capitalised pronoun opening a sentence ("He", "She", "I") is nobody's name.
    if m.tokens[-1].lower() in PRONOUNS:
        return False
    return bool(m.person or m.tokens[-1] in ents.person_keys) and not m.org


def _mention_feats(m: Mention, back: int, known: bool, ents: Entities) -> dict[str, float]:
    feats = dict.fromkeys(FEATURES, 0.0)
    feats["para_same"] = 1.0 if back == 0 else 0.0
    feats["para_back"] = float(back)
    if m.description:
        feats["role_only"] = 1.0
    elif m.object:
        feats["object"] = 1.0
        if m.sentence in ents.described_subjects:
            feats["described"] = 1.0
    else:
        feats["subject"] = 1.0
        feats["acts"] = 1.0 if m.acts else 0.0
    feats["mentions"] = 1.0
    feats["gender_known"] = 1.0 if known else 0.0
    feats["full_name"] = 1.0 if len(name_tokens(ents.fullest(m.text))) >= 2 else 0.0
    return feats


def _add_speakers(
    pos: int,
    ents: Entities,
    gender: Gender,
    banned: set[str],
    found: dict[str, Candidate],
    order: list[str],
) -> None:
    """Mark the candidates who spoke lately; a recent speaker not named in view joins them."""
    para = pos // STRIDE
    last_seen = False
    for spos, name, org in reversed(ents.speakers[-CANDIDATE_SPEAKERS:]):
        if spos >= pos or org:
            continue
        tokens = name_tokens(name)
        if not tokens or not is_cap(tokens[-1]) or tokens[-1] in banned:
            continue
        if tokens[-1].lower() in PRONOUNS:
            continue
        g = ents.gender_of(name)
        if g is not None and g != gender:
            continue
        key = tokens[-1]
        if key not in found:
            if para - spos // STRIDE > CANDIDATE_PARAGRAPHS:
                continue
            feats = dict.fromkeys(FEATURES, 0.0)
            feats["para_back"] = float(para - spos // STRIDE)
            feats["para_same"] = 1.0 if feats["para_back"] == 0 else 0.0
            feats["gender_known"] = 1.0 if g is not None else 0.0
            feats["full_name"] = 1.0 if len(tokens) >= 2 else 0.0
            found[key] = Candidate(key, name, feats)
            order.append(key)
        c = found[key]
        if not last_seen:
            c.feats["spoke_last"] = 1.0
            last_seen = True
        c.feats["spoke"] = 1.0
        c.feats["spoke_count"] += 1.0
