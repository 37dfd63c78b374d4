"""The headline: a learned choice among the headline-like lines before the body, or none.

Share bars, menus, galleries, captions and credits are never candidates. Each other short line
near the body's start is described by :data:`TITLE_FEATURE_NAMES` (the share of its words and
character trigrams the lead uses, where it stands, a byline or a date line following it, the
page printing it twice, its length and case, sentence-like ends and fragments of a body
sentence) and scored by a linear model (a conditional logit over the page's candidates and "no
headline") whose weights ``tools/train_headline.py`` learns from pages whose own
``og:title``/``<h1>`` names the headline, and writes to :mod:`.headline_weights`.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from briefreader.extract.captions import has_labelled_credit
from briefreader.extract.language import NO_SPACES, count_words, iter_words, words
from briefreader.extract.text.blocks import Block
from briefreader.extract.text.parts.byline import BYLINE_WORDS
from briefreader.extract.text.parts.headline_weights import TITLE_WEIGHTS
from briefreader.extract.text.patterns import EMAIL, IMAGE_MARKER, SENTENCE_END, URL
from briefreader.extract.text.words import BYLINE, CREDIT_LINE, FURNITURE_WORDS, GALLERY, has_date

#: A headline is looked for in this many blocks above the body (it can stand above a long
#: menu, share bar and gallery: at 40 a twentieth of the training pages' headlines were out of
#: reach; chosen by tools/train_headline.py's folds by site).
TITLE_REACH = 120
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

#: Blocks between a candidate and the body are counted in units of this many (its distance).
TITLE_DISTANCE_SCALE = 10.0
#: ... and at most this many units (a line further up is as far as one this far).
TITLE_DISTANCE_CAP = 4.0
#: A candidate of fewer words than this is a short label (a site name, a section) ...
TITLE_SHORT_WORDS = 5
#: ... and one of more than this reads like a standfirst or a teaser.
TITLE_LONG_WORDS = 18
#: The standfirst under the headline shares at least this share of its words with the lead.
TITLE_LEAD_OVERLAP = 0.3
#: Words of more letters than this count in a candidate's share of capitalised words.
CASE_WORD_LETTERS = 3
#: A byline or a date line counts as the headline's company within this many lines after it.
ANCHOR_LINES = 3
#: A word of a script written without spaces (Chinese, Japanese, Thai) is about this many
#: characters: a 20-character Japanese headline is 10 words long, not 2 (white-space tokens,
#: which made every such headline "short") nor 20 (its characters, which made it "long").
NO_SPACE_WORD_CHARS = 2
#: Lines on either side of a candidate looked at for a run of headline-shaped lines.
TEASER_NEIGHBOURS = 2
#: The features of a headline candidate, in the order :func:`title_features` gives them; the
#: learned weights, keyed by them, are in :mod:`.headline_weights`.
TITLE_FEATURE_NAMES = (
    "bias",  # 1: against choosing no headline (whose score is 0)
    "overlap",  # the share of its words the lead uses (fewer than 5 words: scaled down)
    "distance",  # blocks between it and the body, in TITLE_DISTANCE_SCALE units, capped
    "right_above",  # the line right above the body
    "first_body",  # the body's first line (a headline left in the body)
    "anchor_next",  # a byline or a date line right under it (it shares words with the lead)
    "anchor_second",  # ... after one other line
    "anchor_third",  # ... after two
    "credit_under",  # a photo credit right under it: a caption's title
    "printed_twice",  # printed twice near the article (the page title and the h1)
    "short_sentence",  # it ends like a sentence, under TITLE_SENTENCE_WORDS words
    "long_sentence",  # ... and longer: a standfirst or a caption
    "body_fragment",  # the start of a body sentence (an image's alt text)
    "standfirst",  # right under a line sharing words with the lead
    "first_sharing",  # the first candidate sharing TITLE_LEAD_OVERLAP of its words with the lead
    "short",  # fewer than TITLE_SHORT_WORDS words: a site name, a section
    "long",  # more than TITLE_LONG_WORDS words: a standfirst, a teaser
    "capitalised",  # the share of its longer words that start with a capital (Title Case)
    "upper",  # written in capitals
    "dated",  # holds a date or a clock time (a date line, a teaser with its time)
    "question",  # ends with a question mark or a colon (a teaser, a form's label)
    "char_overlap",  # the share of its character trigrams the lead holds (any script)
    "starts_lower",  # it starts with a lower-case letter (a list item, a fragment)
    "lead_start",  # the body's first sentence starts with it (an image's alt text)
    "doubled",  # the line holds its text twice, or the next line repeats it (alt + caption)
    "parenthesised",  # holds a bracketed part: a caption's "(Photo ...)", "(L-R)"
    "repeated",  # stands more than once on the page (a site name, a section in the footer)
    "teaser_run",  # the share of the lines around it shaped like headlines: a list of links
    "after_anchor",  # a byline or a date line stands just above it: it follows a headline
    "first_candidate",  # the first candidate from the top
    "top_char_overlap",  # the candidate sharing most character trigrams with the lead
    "char_overlap_gap",  # its trigram share less the page's best candidate's
    "sharing_below",  # a later candidate shares TITLE_LEAD_OVERLAP of its words with the lead
)

_TITLE_SEPARATOR = re.compile(r"\s*\|\s*|\s+[>›]\s+")
# A photo credit closing a caption: "... in Paris Benoit Tessier/Reuters".
_SLASH_CREDIT = re.compile(r"\b[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*)* ?/ ?[A-Z][\w.’' -]*$")
_FILE_NAME = re.compile(r"^\S+\.(?:jpe?g|png|gif|webp|svg|mp4)$", re.IGNORECASE)
_WORD_CHARS = re.compile(r"\w+")
_BRACKETED = re.compile(r"\(\S[^)]*\)|^\(")
_CLOCK = re.compile(r"\b\d{1,2}[:h]\d\d\b")
# What follows a line found in the body when it is the start of a sentence there.
_SENTENCE_GOES_ON = re.compile(r"\s+[a-z]")
#: Where the trigram share and the word share stand in a candidate's features.
_CHAR_OVERLAP = TITLE_FEATURE_NAMES.index("char_overlap")
_OVERLAP = TITLE_FEATURE_NAMES.index("overlap")


@dataclass
class _Lead:
    """What candidates are compared with: the lead's words, the body, the lines near it."""

    words: set[str]
    grams: set[str]
    body: str
    printed: Counter[str]


@dataclass
class Candidate:
    """A line that may be the headline: its headline text and its features
    (:data:`TITLE_FEATURE_NAMES`)."""

    text: str
    features: list[float]


def find_title(blocks: list[Block], first_body: int, paragraphs: list[str]) -> str | None:
    """The headline: the best-scored candidate line, or ``None`` when none scores above 0.

    The candidates are the short lines in the ``TITLE_REACH`` blocks above the body (and the
    body's first line when it does not read like a sentence: the headline left in the body),
    but share bars and menus, captions, galleries and lines of other kinds that are never a
    headline. Each is scored by the learned weights of :mod:`.headline_weights` over its
    :data:`TITLE_FEATURE_NAMES`; choosing no headline scores 0 (never a line that is not one).
    """
    best: tuple[float, str] | None = None
    for candidate in title_candidates(blocks, first_body, paragraphs):
        score = sum(
            TITLE_WEIGHTS[name] * value
            for name, value in zip(TITLE_FEATURE_NAMES, candidate.features)
        )
        if score > 0 and (best is None or score > best[0]):
            best = (score, candidate.text)
    return best[1] if best else None


def title_candidates(
    blocks: list[Block], first_body: int, paragraphs: list[str]
) -> list[Candidate]:
    """Every headline candidate with its features, top to bottom (what :func:`find_title`
    scores; ``tools/train_headline.py`` learns the weights from them)."""
    # Positions in ``blocks``, not the blocks: a block does not keep its own index (a page
    # of a million lines would hold a million more numbers).
    candidates = list(range(max(0, first_body - TITLE_REACH), first_body))
    in_body = False
    if first_body < len(blocks) and paragraphs and blocks[first_body].text == paragraphs[0]:
        first = blocks[first_body]
        if first.word_count <= TITLE_MAX_WORDS and not SENTENCE_END.search(first.text):
            candidates.append(first_body)
            paragraphs = paragraphs[1:]
            in_body = True
    lead = _Lead(
        words=set(iter_words(" ".join(paragraphs[:TITLE_LEAD]))),
        grams=_trigrams(" ".join(paragraphs[:TITLE_LEAD])),
        body="\n".join(paragraphs).lower(),
        printed=Counter(
            b.text for b in blocks[max(0, first_body - TITLE_REPEAT_REACH) : first_body + 1]
        ),
    )
    out: list[Candidate] = []
    previous: int | None = None  # the last line that shared words with the lead
    for position in candidates:
        block = blocks[position]
        text = _candidate_text(block)
        if _not_a_headline(blocks, position, text):
            continue
        overlap = _lead_overlap(text, lead)
        if overlap is None:
            continue
        context = _Context(
            standfirst=previous is not None and position - previous <= 1,
            first_sharing=previous is None and overlap >= TITLE_LEAD_OVERLAP,
            first_body=in_body and position == first_body,
        )
        if overlap >= TITLE_LEAD_OVERLAP:
            previous = position
        features = title_features(blocks, position, text, overlap, first_body, lead, context)
        out.append(Candidate(text, features))
    best = max((c.features[_CHAR_OVERLAP] for c in out), default=0.0)
    # A headline has its standfirst (or its lead's first line) below it; the standfirst,
    # a caption or a related link under the article's start often has no sharing line below.
    sharing_below = False
    for candidate in reversed(out):
        candidate.features.append(float(sharing_below))
        sharing_below = sharing_below or candidate.features[_OVERLAP] >= TITLE_LEAD_OVERLAP
    for i, candidate in enumerate(out):
        share = candidate.features[_CHAR_OVERLAP]
        below = candidate.features.pop()
        candidate.features.extend([float(i == 0), float(share == best), share - best, below])
    return out


def _trigrams(text: str) -> set[str]:
    """The character trigrams of ``text``'s words, lower-cased (spaces as one)."""
    flat = " ".join(_WORD_CHARS.findall(text.lower()))
    return {flat[i : i + 3] for i in range(len(flat) - 2)}


@dataclass
class _Context:
    """Where a candidate stands among the others."""

    standfirst: bool  # right under a line sharing words with the lead
    first_sharing: bool  # the first line sharing words with the lead
    first_body: bool  # the body's first line


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


def _not_a_headline(blocks: list[Block], position: int, text: str) -> bool:
    """Lines that are never the headline (the block at ``position``): list items, form
    widgets, lines too short or too long, bylines, addresses, images and their captions,
    galleries, share bars and menus."""
    block = blocks[position]
    # A Chinese or Japanese headline is one "word" between spaces: its characters count.
    if count_words(text) < TITLE_MIN_WORDS or len(text.split()) > TITLE_MAX_WORDS:
        return True
    if block.bullet or block.form:
        return True
    if len(text) > TITLE_MAX_LENGTH:
        return True
    if BYLINE.match(block.text) or EMAIL.search(text) or URL.search(text):
        return True
    if _FILE_NAME.search(text) or IMAGE_MARKER.match(text) or has_labelled_credit(text):
        return True  # an image's file name or a photo caption
    if GALLERY.search(block.text) or _SLASH_CREDIT.search(text) or "[" in text:
        return True
    following = blocks[position + 1].text if position + 1 < len(blocks) else ""
    if len(following) > len(block.text) and following.startswith(block.text):
        return True  # a caption printed twice, the second time with its credit
    long_tokens = [w for w in words(text) if len(w) > FURNITURE_WORD_LETTERS]
    furniture = sum(w in FURNITURE_WORDS for w in long_tokens)
    return furniture >= FURNITURE_SHARE * max(1, len(long_tokens))  # a share bar, a menu


def _word_units(text: str) -> int:
    """The line's length in words: its white-space tokens, a run of a script written without
    spaces counted as one word per ``NO_SPACE_WORD_CHARS`` characters."""
    if text.isascii():
        return len(text.split())
    chars = len(NO_SPACES.findall(text))
    rest = len(NO_SPACES.sub(" ", text).split())
    return rest + -(-chars // NO_SPACE_WORD_CHARS)


def _lead_overlap(text: str, lead: _Lead) -> float | None:
    """The share of the line's distinct words that the lead uses (in a script written
    without spaces, of its character trigrams: its "words" are whole clauses), or ``None``
    for a line without words of three letters or more."""
    tokens = [w for w in words(text) if len(w) > TITLE_WORD_LETTERS]
    if not tokens:
        return None
    if NO_SPACES.search(text):
        grams = _trigrams(text)
        return len(grams & lead.grams) / len(grams) if grams else None
    distinct = set(tokens)
    overlap = sum(1 for w in distinct if w in lead.words) / len(distinct)
    # A site name ("The Washington Post") shares all its few words with the lead by chance.
    overlap *= min(1.0, len(distinct) / TITLE_FULL_WORDS)
    return overlap


def title_features(
    blocks: list[Block],
    position: int,
    text: str,
    overlap: float,
    first_body: int,
    lead: _Lead,
    context: _Context,
) -> list[float]:
    """The features of the candidate at ``position``, named by :data:`TITLE_FEATURE_NAMES`."""
    block = blocks[position]
    distance = max(0, first_body - 1 - position)
    # A headline shares words with its lead: a byline under a line alone is not enough.
    anchor = _title_anchor(blocks, position) if overlap > 0 else None
    ends_sentence = _ends_sentence(text)
    word_count = _word_units(text)
    found = lead.body.find(text.lower())
    fragment = found >= 0 and bool(
        _SENTENCE_GOES_ON.match(lead.body[found + len(text) : found + len(text) + 2])
    )
    longer = [w for w in text.split() if sum(c.isalpha() for c in w) > CASE_WORD_LETTERS]
    capitalised = sum(w[0].isupper() for w in longer) / len(longer) if longer else 0.0
    letters = [c for c in text if c.isalpha()]
    return [
        1.0,
        overlap,
        min(TITLE_DISTANCE_CAP, distance / TITLE_DISTANCE_SCALE),
        float(distance == 0 and not context.first_body),
        float(context.first_body),
        float(anchor == 0),
        float(anchor == 1),
        float(anchor == 2),
        float(anchor == -1),
        float(lead.printed[block.text] >= 2 and not ends_sentence),
        float(ends_sentence and word_count < TITLE_SENTENCE_WORDS),
        float(ends_sentence and word_count >= TITLE_SENTENCE_WORDS),
        float(fragment),
        float(context.standfirst),
        float(context.first_sharing),
        float(word_count < TITLE_SHORT_WORDS),
        float(word_count > TITLE_LONG_WORDS),
        capitalised,
        float(bool(letters) and all(c.isupper() for c in letters)),
        float(bool(_CLOCK.search(text) or has_date(text))),
        float(text.rstrip().endswith(("?", ":"))),
        len(grams & lead.grams) / len(grams) if (grams := _trigrams(text)) else 0.0,
        float(text[:1].islower()),
        float(fragment and found == 0),
        float(_doubled(blocks, position, text)),
        float(bool(_BRACKETED.search(text))),
        float(block.repeats >= 2),
        _teaser_run(blocks, position),
        float(_after_anchor(blocks, position)),
    ]


def _headline_shaped(block: Block) -> bool:
    """A line shaped like a headline: a few words, no sentence end, no byline or date."""
    return (
        TITLE_MIN_WORDS <= block.word_count <= TITLE_LONG_WORDS
        and not SENTENCE_END.search(block.text)
        and not _anchor_line(block)
    )


def _teaser_run(blocks: list[Block], position: int) -> float:
    """The share of the ``TEASER_NEIGHBOURS`` lines on either side of the candidate that are
    shaped like headlines (a list of related links is a run of them; a headline stands
    between a section label and its byline or standfirst)."""
    around = [
        blocks[i]
        for i in range(position - TEASER_NEIGHBOURS, position + TEASER_NEIGHBOURS + 1)
        if 0 <= i < len(blocks) and i != position
    ]
    return sum(_headline_shaped(b) for b in around) / (2 * TEASER_NEIGHBOURS)


def _after_anchor(blocks: list[Block], position: int) -> bool:
    """Whether a byline or a date line stands within ``ANCHOR_LINES`` lines above the
    candidate (lines of at most ``ANCHOR_SKIP_WORDS`` words stepped over): a headline comes
    before its byline; a line after it is a standfirst, a caption or a related link."""
    passed = 0
    for index in range(position - 1, max(-1, position - 1 - TITLE_ANCHOR_WINDOW), -1):
        block = blocks[index]
        if block.bullet or block.word_count <= ANCHOR_SKIP_WORDS:
            continue
        if _anchor_line(block):
            return True
        passed += 1
        if passed >= ANCHOR_LINES:
            break
    return False


def _doubled(blocks: list[Block], position: int, text: str) -> bool:
    """An image's alt text and its caption: the line holds its headline text twice, or the
    next line starts with it (a headline is printed twice apart, not line after line)."""
    if text != _title_text(blocks[position].text).strip():
        return True
    following = blocks[position + 1].text if position + 1 < len(blocks) else ""
    return following.startswith(text)


def _ends_sentence(text: str) -> bool:
    """Ends with a full stop after a lower-case word ("... they just might be.", a Korean
    "...했다.", a Japanese "...ました。"), not after an abbreviation ("... Underneath N.Y.C.")."""
    return (
        len(text) >= 3
        and text[-1] in ".。"
        and all(c.isalpha() and not c.isupper() for c in text[-3:-1])
    )


def _anchor_line(block: Block) -> bool:
    """A byline or a date line ("By Tess Bonn - 11/19/19", "AFP 30 avril 2015 à 07:19")."""
    text = block.text
    if block.word_count > BYLINE_WORDS:
        return False
    if BYLINE.match(text):
        return True
    dated = _CLOCK.search(text) or has_date(text)
    return bool(dated) and not _ends_sentence(text)


def _title_anchor(blocks: list[Block], index: int) -> int | None:
    """Where a byline or a date line (the headline's company) follows the line: right under
    it (0), after one or two other lines (1, 2); -1 for a photo credit right under it (a
    caption's title); ``None`` for neither."""
    passed = 0
    for block in blocks[index + 1 : index + 1 + TITLE_ANCHOR_WINDOW]:
        if block.bullet or block.word_count <= ANCHOR_SKIP_WORDS:
            continue  # share buttons, "Share this:", image markers
        if _anchor_line(block):
            return passed
        if passed == 0 and block.word_count <= CREDIT_LINE_WORDS and CREDIT_LINE.search(block.text):
            return -1
        passed += 1
        if passed >= ANCHOR_LINES:
            break
    return None
