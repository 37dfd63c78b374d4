"""The headline: the headline-like line before the body that shares most words with the lead.

Its score is weighted by hand (the constants below), beside the learned line classifier: the
share of the line's words that the lead uses, a bonus when a byline or a date line follows it
closely and when the page prints it twice, penalties for captions, standfirsts and fragments of
a body sentence (an image's alt text); share bars, menus, galleries and credits are no headline.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from briefreader.extract.captions import has_labelled_credit
from briefreader.extract.language import iter_words, words
from briefreader.extract.text.blocks import Block
from briefreader.extract.text.parts.byline import BYLINE_WORDS
from briefreader.extract.text.patterns import EMAIL, IMAGE_MARKER, SENTENCE_END, URL
from briefreader.extract.text.words import BYLINE, CREDIT_LINE, FURNITURE_WORDS, GALLERY, has_date

#: A headline is looked for in this many blocks above the body.
TITLE_REACH = 40
#: A headline printed twice (the page title and the h1) is counted in this many blocks above
#: the body.
TITLE_REPEAT_REACH = 60
#: A headline has at least this many words ...
TITLE_MIN_WORDS = 3
#: ... and at most this many (the body's first line too, to be taken for a headline left in it) ...
TITLE_MAX_WORDS = 30
#: ... and at most this many characters.
TITLE_MAX_LENGTH = 250
#: A headline candidate with fewer distinct words (3+ letters) than this is trusted less.
TITLE_FULL_WORDS = 5
#: ... and is compared with the words of this many first paragraphs.
TITLE_LEAD = 3
#: Words of more letters than this count towards a line's share of share-bar and menu words ...
FURNITURE_WORD_LETTERS = 3
#: ... and a line at least this share of whose words are such is a share bar or a menu.
FURNITURE_SHARE = 0.5
#: Words of more letters than this count in the share of words the lead uses.
TITLE_WORD_LETTERS = 2
#: A line this long that ends with a full stop is a sentence (a standfirst), not a headline.
TITLE_SENTENCE_WORDS = 12
#: Blocks after a headline in which its byline or date line is looked for.
TITLE_ANCHOR_WINDOW = 30
#: Lines of at most this many words are stepped over looking for the byline (share buttons).
ANCHOR_SKIP_WORDS = 2
#: A credit line right under a caption ("Jane Doe/Reuters") has at most this many words.
CREDIT_LINE_WORDS = 8

# The hand-weighted score, beside the learned line classifier: the share of the line's words
# that the lead uses (0 to 1), then these bonuses and costs, set by hand on the dev set.

# Where the line stands and what comes with it:
#: Each block between the line and the body costs this much (the headline is near the body).
TITLE_DISTANCE_COST = 0.004
#: A byline or a date line right under the line, or after one or two other lines, adds this.
TITLE_ANCHOR_BONUS = (0.3, 0.25, 0.2)
#: A photo credit right under the line costs this: the line is a caption's title.
TITLE_CREDIT_COST = 0.3
#: A line the page prints twice (the page title and the h1) gains this.
TITLE_TWICE_BONUS = 0.1

# What the line reads like:
#: A line ending like a sentence costs this when shorter than ``TITLE_SENTENCE_WORDS`` ...
TITLE_SHORT_SENTENCE_COST = 0.15
#: ... and this when longer: captions and standfirsts end like sentences, headlines seldom do.
TITLE_SENTENCE_COST = 0.35
#: The start of a body sentence (an image's alt text) costs this.
TITLE_FRAGMENT_COST = 0.4

# What stands above it:
#: The line right under one that shares words with the lead (its standfirst) costs this ...
TITLE_STANDFIRST_COST = 0.2
#: ... where sharing words means at least this share of them.
TITLE_LEAD_OVERLAP = 0.3
#: The best line is the headline only from this score up.
TITLE_MIN_SCORE = 0.2

_TITLE_SEPARATOR = re.compile(r"\s*\|\s*|\s+[>›]\s+")
# A photo credit closing a caption: "... in Paris Benoit Tessier/Reuters".
_SLASH_CREDIT = re.compile(r"\b[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*)* ?/ ?[A-Z][\w.’' -]*$")
_FILE_NAME = re.compile(r"^\S+\.(?:jpe?g|png|gif|webp|svg|mp4)$", re.IGNORECASE)
_CLOCK = re.compile(r"\b\d{1,2}[:h]\d\d\b")
# What follows a line found in the body when it is the start of a sentence there.
_SENTENCE_GOES_ON = re.compile(r"\s+[a-z]")


@dataclass
class _Lead:
    """What candidates are compared with: the lead's words, the body, the lines near it."""

    words: set[str]
    body: str
    printed: Counter[str]


def find_title(blocks: list[Block], first_body: int, paragraphs: list[str]) -> str | None:
    """The headline: a title-like line before the body.

    Each short line in the ``TITLE_REACH`` blocks above the body (and the body's first line
    when it does not read like a sentence: the headline left in the body) is scored by the
    share of its words that the lead uses, a bonus when a byline or a date line follows it
    closely and when the page prints it twice, and penalties for share bars and menus,
    captions, galleries and fragments of a body sentence (an image's alt text).
    """
    candidates = blocks[max(0, first_body - TITLE_REACH) : first_body]
    if first_body < len(blocks) and paragraphs and blocks[first_body].text == paragraphs[0]:
        first = blocks[first_body]
        if first.word_count <= TITLE_MAX_WORDS and not SENTENCE_END.search(first.text):
            candidates = [*candidates, blocks[first_body]]
            paragraphs = paragraphs[1:]
    lead = _Lead(
        words=set(iter_words(" ".join(paragraphs[:TITLE_LEAD]))),
        body="\n".join(paragraphs).lower(),
        printed=Counter(
            b.text for b in blocks[max(0, first_body - TITLE_REPEAT_REACH) : first_body + 1]
        ),
    )
    best: tuple[float, str] | None = None
    previous: int | None = None  # the last line that shared words with the lead
    for block in candidates:
        text = _candidate_text(block)
        if _not_a_headline(blocks, block, text):
            continue
        overlap = _lead_overlap(text, lead.words)
        if overlap is None:
            continue
        score = _title_score(blocks, block, text, overlap, first_body, lead)
        if previous is not None and block.index - previous <= 1:
            score -= TITLE_STANDFIRST_COST  # the standfirst under the headline
        if overlap >= TITLE_LEAD_OVERLAP:
            previous = block.index
        if best is None or score > best[0]:
            best = (score, text)
    if best is None or best[0] < TITLE_MIN_SCORE:
        return None
    return best[1]


def _candidate_text(block: Block) -> str:
    """The headline part of the line, once if the line holds it twice."""
    text = _title_text(block.text)
    half = len(text) // 2
    if text[:half].strip() == text[half:].strip():
        text = text[:half].strip()  # "The Russian ... ministries The Russian ... ministries"
    return text


def _title_text(text: str) -> str:
    """The headline part of a line that also carries a section or a site name
    ("New York|Manhole Fires and Burst Pipes: ...", "Mac & i > News > 2015 > Headline")."""
    parts = [p for p in _TITLE_SEPARATOR.split(text) if p.strip()]
    if len(parts) < 2:
        return text
    return max(parts, key=lambda part: len(part.split())).strip()


def _not_a_headline(blocks: list[Block], block: Block, text: str) -> bool:
    """Lines that are never the headline: list items, form widgets, lines too short or too
    long, bylines, addresses, images and their captions, galleries, share bars and menus."""
    word_count = len(text.split())
    if block.bullet or block.form or not TITLE_MIN_WORDS <= word_count <= TITLE_MAX_WORDS:
        return True
    if len(text) > TITLE_MAX_LENGTH:
        return True
    if BYLINE.match(block.text) or EMAIL.search(text) or URL.search(text):
        return True
    if _FILE_NAME.search(text) or IMAGE_MARKER.match(text) or has_labelled_credit(text):
        return True  # an image's file name or a photo caption
    if GALLERY.search(block.text) or _SLASH_CREDIT.search(text) or "[" in text:
        return True
    following = blocks[block.index + 1].text if block.index + 1 < len(blocks) else ""
    if len(following) > len(block.text) and following.startswith(block.text):
        return True  # a caption printed twice, the second time with its credit
    long_tokens = [w for w in words(text) if len(w) > FURNITURE_WORD_LETTERS]
    furniture = sum(w in FURNITURE_WORDS for w in long_tokens)
    return furniture >= FURNITURE_SHARE * max(1, len(long_tokens))  # a share bar, a menu


def _lead_overlap(text: str, lead_words: set[str]) -> float | None:
    """The share of the line's distinct words that the lead uses, or ``None`` for a line
    without words of three letters or more."""
    tokens = [w for w in words(text) if len(w) > TITLE_WORD_LETTERS]
    if not tokens:
        return None
    distinct = set(tokens)
    overlap = sum(1 for w in distinct if w in lead_words) / len(distinct)
    # A site name ("The Washington Post") shares all its few words with the lead by chance.
    overlap *= min(1.0, len(distinct) / TITLE_FULL_WORDS)
    return overlap


def _title_score(
    blocks: list[Block], block: Block, text: str, overlap: float, first_body: int, lead: _Lead
) -> float:
    """The hand-weighted score of a candidate line, before the standfirst penalty."""
    distance = max(0, first_body - 1 - block.index)
    score = overlap - TITLE_DISTANCE_COST * distance
    if overlap > 0:  # a headline shares words with its lead: the anchor alone is not enough
        score += _title_anchor(blocks, block.index)
    ends_sentence = _ends_sentence(text)
    if lead.printed[block.text] >= 2 and not ends_sentence:
        score += TITLE_TWICE_BONUS  # dumps print the headline twice (the page title and the h1)
    if ends_sentence:
        # Captions and standfirsts end like sentences, headlines seldom do.
        word_count = len(text.split())
        score -= (
            TITLE_SHORT_SENTENCE_COST if word_count < TITLE_SENTENCE_WORDS else TITLE_SENTENCE_COST
        )
    found = lead.body.find(text.lower())
    if found >= 0 and _SENTENCE_GOES_ON.match(lead.body[found + len(text) : found + len(text) + 2]):
        score -= TITLE_FRAGMENT_COST  # the start of a body sentence (an image's alt text)
    return score


def _ends_sentence(text: str) -> bool:
    """Ends with a full stop after a lower-case word ("... they just might be."), not after
    an abbreviation ("... Underneath N.Y.C.")."""
    return len(text) >= 3 and text[-1] == "." and text[-2].islower() and text[-3].islower()


def _anchor_line(block: Block) -> bool:
    """A byline or a date line ("By Tess Bonn - 11/19/19", "AFP 30 avril 2015 à 07:19")."""
    text = block.text
    if block.word_count > BYLINE_WORDS:
        return False
    if BYLINE.match(text):
        return True
    dated = _CLOCK.search(text) or has_date(text)
    return bool(dated) and not _ends_sentence(text)


def _title_anchor(blocks: list[Block], index: int) -> float:
    """Bonus for a line soon followed by a byline or a date line (the headline's company),
    penalty for one followed by a photo credit (a caption's title)."""
    passed = 0
    for block in blocks[index + 1 : index + 1 + TITLE_ANCHOR_WINDOW]:
        if block.bullet or block.word_count <= ANCHOR_SKIP_WORDS:
            continue  # share buttons, "Share this:", image markers
        if _anchor_line(block):
            return TITLE_ANCHOR_BONUS[passed]
        if passed == 0 and block.word_count <= CREDIT_LINE_WORDS and CREDIT_LINE.search(block.text):
            return -TITLE_CREDIT_COST
        passed += 1
        if passed >= len(TITLE_ANCHOR_BONUS):
            break
    return 0.0
