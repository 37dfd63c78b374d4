"""Extract the article from a page dumped to text (browser "Save as text", ``w3m -dump``).

No library does this, so the method is ours, in the spirit of jusText:

1. **Blocks.** Each non-empty line is a block; hard-wrapped dumps (``w3m -dump`` at 80 columns)
   are rejoined into paragraphs first.
2. **Line features.** Length, stopword density in the page's own language (detected from
   jusText's 100 stoplists), sentence punctuation, list bullets and form widgets (the text
   dump's trace of navigation links), lines repeated across the page (menus, "Advertisement").
3. **Classification**: jusText's good / near-good / short / bad classes, then two stacked
   logistic regressions (weights in ``text_weights.py``, trained on the development set by
   ``tools/train_text_classifier.py``) give each line a probability of being article text.
   A sentence ending in a colon lifts the short lines it introduces (a list, a table).
4. **Main region.** The article is one dense stretch: the best-scoring contiguous run of blocks
   (each adds its length times ``prob - 0.5``) keeps related headlines, comments and
   footers outside. It grows over adjacent prose (a long paragraph may lie a few short share
   lines away) and ends where dated records (comments: "2 days ago at 07:52 am") begin. A page
   with no likely stretch (mostly a table) falls back to the stretch around its best prose.
5. **Parts.** Inside and around the region: repeated long lines, credit-bearing lines next to
   image markers and lines with an explicit credit ("Photo: …", "©") are photo captions;
   "By …" lines and author e-mail lines are the byline; datelines, wordless lines and runs of
   teaser headlines are dropped; the headline is the headline-like line before the body that
   shares most words with the lead.

Everything is linear in the number of lines.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass

from briefreader import errors
from briefreader.extract.captions import has_labelled_credit, make_caption, split_credit
from briefreader.extract.clean import normalise_space
from briefreader.extract.language import detect_language, iso_code, stopwords_for, words
from briefreader.extract.text_weights import STAGE2_WEIGHTS, WEIGHTS
from briefreader.model import Article, Caption, Document

# jusText's defaults, tuned for text dumps (no link density available).
LENGTH_LOW = 70
LENGTH_HIGH = 200
STOPWORDS_LOW = 0.30
STOPWORDS_HIGH = 0.32
#: A block is article text when the line classifier gives it at least this probability.
GOOD_PROBABILITY = 0.4
#: Inside the main region, a block is kept from this probability up.
REGION_PROBABILITY = 0.3
#: The main region gains a block's length times ``prob - REGION_CENTRE``.
REGION_CENTRE = 0.5
#: With no likely region, prose this probable still anchors one (see _fallback_region).
FALLBACK_PROBABILITY = 0.2
#: A line ending in ":" with at least this many words may introduce a list ...
LIST_INTRO_WORDS = 5
#: ... of at most this many lines, which are then this probable.
LIST_MAX_ITEMS = 150
LIST_PROBABILITY = 0.7
#: Growing the region, step over at most this many non-prose blocks ...
EXTEND_SKIP = 1
#: ... or over at most this many short lines to reach a long paragraph of prose: one this
#: long (characters) that jusText calls good.
STRONG_SKIP = 3
STRONG_LENGTH = 200
#: A line with an e-mail address and at most this many words is a contact line, not text.
CONTACT_WORDS = 8
#: A leading line of at most this many words, not ended like a sentence, is no body text.
HEADLINE_WORDS = 12
#: A caption with an explicit credit ("Photo: ...") has at most this many words.
CAPTION_WORDS = 60
#: A line of at most this many words holding a date and no sentence is a dateline.
DATELINE_WORDS = 8
#: A headline candidate with fewer distinct words (3+ letters) than this is trusted less.
TITLE_FULL_WORDS = 5
#: ... and is compared with the words of this many first paragraphs.
TITLE_LEAD = 3
#: A template line seen this often in the region starts a run of records (comments) ...
RECORD_REPEATS = 3
#: ... once the article has had this much text (characters) before it.
RECORD_MIN_TEXT = 400
#: This many headline-like lines in a row are teasers for other stories.
TEASER_RUN = 4
#: Even a one-word line weighs this much (in characters) when choosing the main region.
MIN_BLOCK_WEIGHT = 20

_BULLET = re.compile(r"^\s*(?:[•□☆○◦▪▫‣∙·●■►▶▸»«*+]|-(?=\s)|\d{1,3}[.)](?=\s+\S{0,40}$))\s*")
_FORM = re.compile(
    r"\[[ _]{3,}\]|\[\s*(?:INS::INS|IMG|image|img)\s*\]|\[[^\]\s]{1,40}\]$|^\[[^\]]*\]$"
)
_IMAGE_MARKER = re.compile(
    r"^\[[^\]]{1,60}\]$|^(?:photo|image|foto|picture|video|graphic)s?$", re.I
)
_FILE_NAME = re.compile(r"^\S+\.(?:jpe?g|png|gif|webp|svg|mp4)$", re.IGNORECASE)
_EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")
_URL = re.compile(r"https?://\S+|www\.\S+")
_BYLINE = re.compile(
    r"^(?:by|por|par|von|di|door|av|oleh|от|автор|autor|auteur|de)\s*:?\s+"
    r"(?P<name>[^\W\d_][\w'’.\-]*(?:\s+[^\W\d_][\w'’.\-]*){0,5}"
    r"(?:\s*(?:,|and|y|et|und|e|&)\s*[^\W\d_][\w'’.\-]*(?:\s+[^\W\d_][\w'’.\-]*){0,4})*)",
    re.IGNORECASE,
)
_SENTENCE_SPLIT = re.compile(r"[.!?。！？][\"”’»)]?\s+(?=\S)")
_DIGITS = re.compile(r"\d+")
_NUMBERED = re.compile(r"^\(?\d{1,3}[.):]\s")
_TIME = re.compile(r"\b\d{1,2}:\d\d\b|\b(?:19|20)\d\d\b")
_SENTENCE_END = re.compile(r"[.!?…:;\"”’»)]$")
_DATE_PATTERNS = (
    re.compile(r"\b(?P<y>(?:19|20)\d\d)[-/.](?P<m>[01]?\d)[-/.](?P<d>[0-3]?\d)\b"),
    re.compile(
        r"\b(?P<mon>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+"
        r"(?P<d>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?P<y>(?:19|20)\d\d)\b",
        re.IGNORECASE,
    ),
    re.compile(
        r"\b(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\.?\s+(?P<mon>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept"
        r"|Oct|Nov|Dec)[a-z]*\.?,?\s+(?P<y>(?:19|20)\d\d)\b",
        re.IGNORECASE,
    ),
    re.compile(r"\b(?P<m>[01]?\d)[./](?P<d>[0-3]?\d)[./](?P<y>(?:19|20)\d\d)\b"),
)
_TRAILING_MONTH = re.compile(
    r"(?:\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?)+$", re.IGNORECASE
)
_MONTHS = {
    m: i
    for i, m in enumerate(
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], 1
    )
}


@dataclass
class Block:
    """One paragraph-sized line of the dump with its features and class."""

    index: int
    text: str
    indent: int
    bullet: bool
    form: bool
    stop_density: float
    length: int
    word_count: int
    repeats: int
    cls: str = "bad"
    prob: float = 0.0
    #: How often the line's shape (digits masked) stands on the page: "Rating: 36 Votes".
    shape_repeats: int = 1
    #: Part of a list that a sentence of the text introduces (see _introduced_lists).
    listed: bool = False


def extract_text(document: Document) -> Article:
    """Extract title, byline, date, captions and paragraphs from a text-dump ``document``.

    Raises :class:`~briefreader.errors.NoArticle` when nothing reads like an article.
    """
    blocks_text = _blocks(document.text)
    language = detect_language(document.text)
    stopwords = stopwords_for(language)
    blocks = _features(blocks_text, stopwords)
    _classify(blocks, has_stopwords=bool(stopwords))
    initial = [b.cls for b in blocks]
    _context(blocks)
    _score_blocks(blocks, language is not None, initial)
    _introduced_lists(blocks, initial, bool(stopwords))
    region = _main_region(blocks)
    if region is None:
        region = _fallback_region(blocks, initial)
    if region is not None:
        region = _cut_records(blocks, *_extend_region(blocks, initial, *region))
    if region is None:
        raise errors.NoArticle(
            document.source.path,
            "no article text found in this file",
            "save the article page itself (not an index or a login page) and retry",
        )
    start, end = region
    return _assemble(document, blocks, start, end, language)


# --------------------------------------------------------------------------- blocks


def _blocks(text: str) -> list[tuple[str, int]]:
    """Split the dump into (text, indent) blocks, rejoining hard-wrapped paragraphs."""
    lines = text.split("\n")
    wrapped = _is_hard_wrapped(lines)
    out: list[tuple[str, int]] = []
    pending: list[str] = []
    pending_indent = 0
    for raw in lines:
        stripped = raw.strip()
        indent = len(raw) - len(raw.lstrip())
        if not wrapped:
            if stripped:
                out.append((normalise_space(stripped), indent))
            continue
        if not stripped:
            if pending:
                out.append((normalise_space(" ".join(pending)), pending_indent))
                pending = []
            continue
        if pending and (_BULLET.match(stripped) or _SENTENCE_END.search(pending[-1]) and False):
            out.append((normalise_space(" ".join(pending)), pending_indent))
            pending = []
        if not pending:
            pending_indent = indent
        pending.append(stripped)
    if pending:
        out.append((normalise_space(" ".join(pending)), pending_indent))
    return out


def _is_hard_wrapped(lines: list[str]) -> bool:
    """True when long lines all stop near one width, as in an 80-column dump."""
    lengths = [len(line.rstrip()) for line in lines if line.strip()]
    if len(lengths) < 20:
        return False
    longest = max(lengths)
    if longest > 200:
        return False
    near_max = sum(1 for n in lengths if n >= longest - 12)
    return near_max >= 0.2 * len(lengths)


def _features(blocks_text: list[tuple[str, int]], stopwords: frozenset[str]) -> list[Block]:
    counts = Counter(text.lower() for text, _ in blocks_text)
    shapes = Counter(_shape(text) for text, _ in blocks_text)
    blocks = []
    for index, (text, indent) in enumerate(blocks_text):
        tokens = words(text)
        stop = sum(1 for t in tokens if t in stopwords) / len(tokens) if tokens else 0.0
        bullet = bool(_BULLET.match(text))
        body = _BULLET.sub("", text, count=1) if bullet else text
        blocks.append(
            Block(
                index=index,
                text=body,
                indent=indent,
                bullet=bullet,
                form=bool(_FORM.search(text)),
                stop_density=stop,
                length=len(body),
                word_count=len(tokens),
                repeats=counts[text.lower()],
                shape_repeats=shapes[_shape(text)],
            )
        )
    return blocks


def _shape(text: str) -> str:
    """The line with its numbers masked: templated lines (dates, counts) share one shape."""
    return _DIGITS.sub("0", text.lower())


FEATURE_NAMES = (
    "bias", "log_len", "words_le_3", "words_le_8", "stop", "stop_hi", "stop_x_known",
    "sent_end", "colon_end", "bullet", "form", "image", "email_url", "pipes", "digits",
    "upper", "commas", "repeats", "position", "log_indent", "known_lang",
    "prev_log_len", "prev_stop", "prev_bullet", "next_log_len", "next_stop", "next_bullet",
    "win_len", "win_stop", "win_bullet", "win_sent",
    "jt_good", "jt_near", "jt_short", "ctx_good",
    "caps", "sentences", "digit_hi", "numbered", "off_indent", "rel_len", "time",
    "prev2_log_len", "prev2_stop", "next2_log_len", "next2_stop", "quotes", "words_per_sent",
    "templated", "win_repeat",
)  # fmt: skip


def block_vectors(
    blocks: list[Block], known_language: bool, initial: list[str]
) -> list[list[float]]:
    """Shallow text features of each block and its neighbours (boilerpipe-style), for the
    line classifier. Order matches :data:`FEATURE_NAMES`."""
    n = len(blocks)
    own = []
    for block in blocks:
        text = block.text
        length = max(1, block.length)
        own.append(
            (
                math.log1p(block.length) / 7.0,
                block.stop_density,
                1.0 if block.bullet else 0.0,
                1.0 if _SENTENCE_END.search(text) else 0.0,
                1.0 if block.repeats > 1 or block.shape_repeats > 2 else 0.0,
            )
        )
    window = 4
    indents = Counter(block.indent for block in blocks)
    modal_indent = indents.most_common(1)[0][0] if indents else 0
    lengths = sorted(block.length for block in blocks)
    median = max(10, lengths[len(lengths) // 2]) if lengths else 10
    edge = (0.0, 0.0, 1.0, 0.0, 0.0)
    prefix = [[0.0] * 5]
    for values in own:
        prefix.append([a + b for a, b in zip(prefix[-1], values)])
    vectors = []
    for i, block in enumerate(blocks):
        text = block.text
        length = max(1, block.length)
        lo, hi = max(0, i - window), min(n, i + window + 1)
        count = hi - lo
        win = [(prefix[hi][k] - prefix[lo][k]) / count for k in range(5)]
        prev = own[i - 1] if i > 0 else edge
        nxt = own[i + 1] if i + 1 < n else edge
        prev2 = own[i - 2] if i > 1 else edge
        nxt2 = own[i + 2] if i + 2 < n else edge
        tokens = text.split()
        capitalised = sum(1 for t in tokens if t[:1].isupper()) / max(1, len(tokens))
        sentences = len(_SENTENCE_SPLIT.findall(text)) + (1 if own[i][3] else 0)
        digits = sum(map(str.isdigit, text)) / length
        vectors.append(
            [
                1.0,
                own[i][0],
                1.0 if block.word_count <= 3 else 0.0,
                1.0 if block.word_count <= 8 else 0.0,
                block.stop_density,
                1.0 if block.stop_density >= STOPWORDS_HIGH else 0.0,
                block.stop_density if known_language else 0.0,
                own[i][3],
                1.0 if text.endswith(":") else 0.0,
                own[i][2],
                1.0 if block.form else 0.0,
                1.0 if _IMAGE_MARKER.match(text) else 0.0,
                1.0 if _EMAIL.search(text) or _URL.search(text) else 0.0,
                min(3, text.count("|") + text.count("›")) / 3,
                digits,
                sum(map(str.isupper, text)) / length,
                min(1.0, text.count(",") / max(1, block.word_count) * 5),
                1.0 if block.repeats > 1 else 0.0,
                i / max(1, n - 1),
                math.log1p(block.indent) / 7.0,
                1.0 if known_language else 0.0,
                prev[0],
                prev[1],
                prev[2],
                nxt[0],
                nxt[1],
                nxt[2],
                win[0],
                win[1],
                win[2],
                win[3],
                1.0 if initial[i] == "good" else 0.0,
                1.0 if initial[i] == "near-good" else 0.0,
                1.0 if initial[i] == "short" else 0.0,
                1.0 if block.cls == "good" else 0.0,
                capitalised,
                min(5, sentences) / 5,
                1.0 if digits > 0.25 else 0.0,
                1.0 if _NUMBERED.match(text) else 0.0,
                1.0 if block.indent != modal_indent else 0.0,
                max(-3.0, min(3.0, math.log(max(1, block.length) / median))) / 3,
                1.0 if _TIME.search(text) else 0.0,
                prev2[0],
                prev2[1],
                nxt2[0],
                nxt2[1],
                1.0 if any(q in text for q in '"“”«»„') else 0.0,
                min(40, block.word_count / max(1, sentences)) / 40,
                1.0 if block.shape_repeats > 2 and block.repeats <= 2 else 0.0,
                win[4],
            ]
        )
    return vectors


STAGE2_NAMES = (
    "bias", "p", "logit", "win2", "win5", "prev_max", "next_max", "in_region",
    "edge_distance", "log_len", "short", "bullet", "form", "image", "email_url",
    "mass_before", "mass_after", "prev_p", "next_p", "repeats", "sent_end",
)  # fmt: skip


def _logistic(weights: dict[str, float], names: tuple[str, ...], vector: list[float]) -> float:
    score = sum(weights.get(name, 0.0) * value for name, value in zip(names, vector))
    score = max(-30.0, min(30.0, score))
    return 1.0 / (1.0 + math.exp(-score))


def stage2_vectors(blocks: list[Block], first: list[float]) -> list[list[float]]:
    """Second-stage features: each block's first-stage probability and that of its
    surroundings, and whether it lies in the region those probabilities outline."""
    n = len(blocks)
    prefix = [0.0]
    for p in first:
        prefix.append(prefix[-1] + p)
    for block, p in zip(blocks, first):
        block.prob = p
    region = _main_region(blocks) or (0, 0)
    # Share of the page's probable article text (probability x length) before each block.
    mass = [0.0]
    for block, p in zip(blocks, first):
        mass.append(mass[-1] + p * block.length)
    total = mass[-1] or 1.0
    vectors = []
    for i, block in enumerate(blocks):
        p = first[i]

        def mean(radius: int, i: int = i) -> float:
            lo, hi = max(0, i - radius), min(n, i + radius + 1)
            return (prefix[hi] - prefix[lo]) / (hi - lo)

        inside = region[0] <= i < region[1]
        edge = min(abs(i - region[0]), abs(i - (region[1] - 1))) if region[1] else n
        vectors.append(
            [
                1.0,
                p,
                math.log(max(p, 1e-6) / max(1 - p, 1e-6)) / 10,
                mean(2),
                mean(5),
                max(first[max(0, i - 3) : i], default=0.0),
                max(first[i + 1 : i + 4], default=0.0),
                1.0 if inside else 0.0,
                (1.0 if inside else -1.0) * min(edge, 10) / 10,
                math.log1p(block.length) / 7.0,
                1.0 if block.word_count <= 8 else 0.0,
                1.0 if block.bullet else 0.0,
                1.0 if block.form else 0.0,
                1.0 if _IMAGE_MARKER.match(block.text) else 0.0,
                1.0 if _EMAIL.search(block.text) or _URL.search(block.text) else 0.0,
                mass[i] / total,
                (total - mass[i + 1]) / total,
                first[i - 1] if i > 0 else 0.0,
                first[i + 1] if i + 1 < n else 0.0,
                1.0 if block.repeats > 1 else 0.0,
                1.0 if _SENTENCE_END.search(block.text) else 0.0,
            ]
        )
    return vectors


def _score_blocks(blocks: list[Block], known_language: bool, initial: list[str]) -> None:
    """Set each block's probability of being article text (two stacked classifiers)."""
    first = [
        _logistic(WEIGHTS, FEATURE_NAMES, v) for v in block_vectors(blocks, known_language, initial)
    ]
    for block, vector in zip(blocks, stage2_vectors(blocks, first)):
        block.prob = _logistic(STAGE2_WEIGHTS, STAGE2_NAMES, vector)
        block.cls = "good" if block.prob >= GOOD_PROBABILITY else "bad"


# --------------------------------------------------------------------------- classify


def _classify(blocks: list[Block], has_stopwords: bool) -> None:
    """jusText's context-free classification, with the dump's own boilerplate cues."""
    for block in blocks:
        text = block.text
        if (
            block.form
            or (block.bullet and block.length < LENGTH_HIGH)
            or _EMAIL.search(text)
            or (_URL.search(text) and block.word_count < 15)
            or block.repeats > 2
            and block.length < LENGTH_HIGH
            or text.count("|") >= 2
            or text.count("›") >= 2
        ):
            block.cls = "bad"
        elif block.length < LENGTH_LOW:
            block.cls = "short"
        elif not has_stopwords:
            # No stoplist for this language: judge by length and sentence punctuation.
            sentences = len(re.findall(r"[.!?。！？](?:\s|$)", text))
            block.cls = "good" if block.length >= LENGTH_HIGH or sentences >= 1 else "near-good"
        elif block.stop_density >= STOPWORDS_HIGH:
            prose = block.length > LENGTH_HIGH or (
                block.length >= LENGTH_LOW + 10 and _SENTENCE_END.search(text)
            )
            block.cls = "good" if prose else "near-good"
        elif block.stop_density >= STOPWORDS_LOW:
            block.cls = "near-good"
        else:
            block.cls = "bad"
        # A long line that ends like a sentence is prose even with few stopwords.
        if block.cls == "bad" and not block.bullet and not block.form and block.repeats <= 1:
            if block.length >= LENGTH_HIGH and _SENTENCE_END.search(text):
                block.cls = "near-good"


def _context(blocks: list[Block]) -> None:
    """jusText's context-sensitive pass: short and near-good blocks follow their neighbours."""
    initial = [b.cls for b in blocks]
    n = len(blocks)

    def neighbour(i: int, step: int, ignore_near_good: bool) -> str:
        j = i + step
        while 0 <= j < n:
            cls = initial[j]
            if cls in ("good", "bad"):
                return cls
            if cls == "near-good" and not ignore_near_good:
                return cls
            j += step
        return "bad"

    for i, block in enumerate(blocks):
        if initial[i] != "short":
            continue
        prev_cls = neighbour(i, -1, True)
        next_cls = neighbour(i, 1, True)
        if prev_cls == next_cls == "good":
            block.cls = "good"
        elif prev_cls == next_cls == "bad":
            block.cls = "bad"
        elif (prev_cls == "bad" and neighbour(i, -1, False) == "near-good") or (
            next_cls == "bad" and neighbour(i, 1, False) == "near-good"
        ):
            block.cls = "good"
        else:
            block.cls = "bad"
    for i, block in enumerate(blocks):
        if initial[i] != "near-good":
            continue
        prev_cls = neighbour(i, -1, True)
        next_cls = neighbour(i, 1, True)
        block.cls = "bad" if prev_cls == next_cls == "bad" else "good"


def _introduced_lists(blocks: list[Block], initial: list[str], has_stopwords: bool) -> None:
    """A sentence ending in a colon ("The rankings were as follows:") introduces the short
    lines after it (a list, a table): they belong with the text around them. Raise the
    introducing line and the items to at least ``LIST_PROBABILITY`` so that a list inside
    the article neither splits the main region nor drops out of it. The list must end in
    something (text again, a rule, a repeated or a long line), not run off the page."""
    n = len(blocks)
    i = 0
    while i < n:
        block = blocks[i]
        if not (
            block.text.endswith(":")
            and block.word_count >= LIST_INTRO_WORDS
            and block.repeats == 1
            and not block.bullet
            and not block.form
            and (block.stop_density >= STOPWORDS_LOW or not has_stopwords)
        ):
            i += 1
            continue
        j = i + 1
        items = []
        closed = False
        while j < n and j - i <= LIST_MAX_ITEMS:
            item = blocks[j]
            if item.form or _IMAGE_MARKER.match(item.text):
                j += 1
                continue
            if (
                item.repeats > 1
                or item.word_count == 0  # a rule ("_____", "* * *") closes the list
                or item.length >= LENGTH_HIGH
                or item.text.count("|") >= 2
                or (item.length >= LENGTH_LOW and (item.prob >= 0.5 or initial[j] == "good"))
            ):
                closed = True
                break
            items.append(item)
            j += 1
        # A list that runs to the end of the page (or on and on) is the page's furniture.
        if closed and len(items) >= 2:
            for item in [block, *items]:
                item.prob = max(item.prob, LIST_PROBABILITY)
                item.listed = True
        i = max(i + 1, j)


def _fallback_region(blocks: list[Block], initial: list[str]) -> tuple[int, int] | None:
    """When no stretch is likely enough article text (a page that is mostly a table or a
    list), the stretch around the most probable block of prose, judged relative to it."""
    prose = [b.prob for b, cls in zip(blocks, initial) if cls == "good"]
    if not prose or max(prose) < FALLBACK_PROBABILITY:
        return None
    region = _main_region(blocks, centre=max(prose) / 2, minimum=0.0)
    if region is None or not any(initial[i] == "good" for i in range(*region)):
        return None
    for block in blocks[region[0] : region[1]]:
        block.prob = max(block.prob, REGION_PROBABILITY) if block.prob >= max(prose) / 2 else 0.0
    return region


def _main_region(
    blocks: list[Block], centre: float | None = None, minimum: float = LENGTH_LOW / 4
) -> tuple[int, int] | None:
    """The article's stretch of blocks, as ``[start, end)``: the maximum-sum run, where each
    block adds its length weighted by how sure the classifier is (``prob - 0.5``), so menus,
    comment headers and teasers between stretches of text cost what they weigh."""
    if centre is None:
        centre = REGION_CENTRE
    best = 0.0
    best_region: tuple[int, int] | None = None
    running = 0.0
    start = 0
    for i, block in enumerate(blocks):
        gain = (block.prob - centre) * max(MIN_BLOCK_WEIGHT, block.length)
        if running <= 0:
            running = 0.0
            start = i
        running += gain
        if running > best:
            best = running
            best_region = (start, i + 1)
    if best_region is None or best < minimum:
        return None
    return best_region


def _extend_region(
    blocks: list[Block], initial: list[str], start: int, end: int
) -> tuple[int, int]:
    """Grow the region over prose next to it (a lead right under the headline, a closing
    paragraph before the footer), stepping over at most ``EXTEND_SKIP`` other blocks; a long
    paragraph of running prose may lie up to ``STRONG_SKIP`` short lines (share bars, sign-up
    forms between paragraphs) away."""

    def prose(i: int) -> bool:
        block = blocks[i]
        return initial[i] in ("good", "near-good") and not block.bullet and block.repeats == 1

    def strong(i: int) -> bool:
        block = blocks[i]
        return (
            initial[i] == "good"
            and block.length >= STRONG_LENGTH
            and block.repeats == 1
            and not block.bullet
            and not _EMAIL.search(block.text)
        )

    for step in (-1, 1):
        while True:
            i = start - 1 if step < 0 else end
            skipped = 0
            while 0 <= i < len(blocks) and not prose(i) and skipped < EXTEND_SKIP:
                if blocks[i].bullet or blocks[i].form and not _IMAGE_MARKER.match(blocks[i].text):
                    break
                i += step
                skipped += 1
            if not (0 <= i < len(blocks)) or not prose(i):
                neighbour = _strong_neighbour(blocks, start - 1 if step < 0 else end, step, strong)
                if neighbour is None:
                    break
                i = neighbour
            blocks[i].prob = max(blocks[i].prob, 1.0)
            if step < 0:
                start = i
            else:
                end = i + 1
    return start, end


def _cut_records(blocks: list[Block], start: int, end: int) -> tuple[int, int]:
    """End the region where a run of records begins: comments and teaser lists repeat a
    dated template line with other numbers ("2 days ago at 07:52 am", "Nov 18, 2019") at
    least ``RECORD_REPEATS`` times, which an article does not. Only after the article has
    had ``RECORD_MIN_TEXT`` characters of text, so a page of dated updates keeps its body."""
    first_seen: dict[str, int] = {}
    counts: Counter[str] = Counter()
    text_before = 0
    cut = None
    for i in range(start, end):
        block = blocks[i]
        if (
            block.shape_repeats >= RECORD_REPEATS
            and block.repeats < block.shape_repeats
            and block.length < LENGTH_LOW
            and not block.form
            and (_TIME.search(block.text) or any(p.search(block.text) for p in _DATE_PATTERNS))
        ):
            shape = _shape(block.text)
            if shape not in first_seen:
                first_seen[shape] = i
            counts[shape] += 1
            if counts[shape] == RECORD_REPEATS and first_seen[shape] > start:
                if text_before >= RECORD_MIN_TEXT:
                    cut = first_seen[shape]
                break
        if not first_seen and block.prob >= REGION_PROBABILITY and block.length >= LENGTH_LOW:
            text_before += block.length
    if cut is None:
        return start, end
    # Step back over the short lines that head the records ("167 comments", a name).
    while cut > start and blocks[cut - 1].length < LENGTH_LOW:
        cut -= 1
    return start, max(cut, start + 1)


def _strong_neighbour(blocks: list[Block], i: int, step: int, strong) -> int | None:
    """The first strong paragraph from ``i`` on, reached over short lines only."""
    for _ in range(STRONG_SKIP + 1):
        if not 0 <= i < len(blocks):
            return None
        if strong(i):
            return i
        if blocks[i].length >= LENGTH_LOW:
            return None
        i += step
    return None


def _gap_weight(block: Block) -> float:
    """How strongly a non-article block separates the text around it."""
    if block.length <= 3:
        return 0.25
    if block.form or _IMAGE_MARKER.match(block.text):
        return 0.5
    return 1.0


# --------------------------------------------------------------------------- assemble


def _assemble(
    document: Document, blocks: list[Block], start: int, end: int, language: str | None
) -> Article:
    body_blocks = [b for b in blocks[start:end] if b.prob >= REGION_PROBABILITY]
    body_blocks = _drop_teasers(body_blocks)
    # The body starts with a sentence: headline-like lines above it (menus, the headline
    # itself) stay out, and the headline is looked for among them.
    while len(body_blocks) > 1 and _headline_like(body_blocks[0]):
        body_blocks.pop(0)
    # Lines that stand twice near the article are photo captions (dumps print them twice).
    seen: Counter[str] = Counter(b.text for b in blocks[max(0, start - 40) : end])
    captions: list[Caption] = []
    caption_keys: set[str] = set()
    paragraphs: list[str] = []
    byline: str | None = None
    head = blocks[max(0, start - 40) : start]
    for block in head:
        if seen[block.text] >= 2 and block.length >= 40 and block.text not in caption_keys:
            caption_keys.add(block.text)
            captions.append(make_caption(block.text, -1))
    for block in body_blocks:
        text = block.text
        if seen[text] >= 2 and block.length >= 40:
            if text not in caption_keys:
                caption_keys.add(text)
                captions.append(make_caption(text, len(paragraphs) - 1))
            continue
        if _is_image_caption(blocks, block) or (
            block.word_count <= CAPTION_WORDS and has_labelled_credit(text)
        ):
            captions.append(make_caption(text, len(paragraphs) - 1))
            continue
        if _dateline(block):
            continue  # "16 November 2017 • 2:15pm": the date, found by _find_date
        if _EMAIL.search(text) and len(words(_EMAIL.sub(" ", text))) <= CONTACT_WORDS:
            continue  # an author's contact line ("Jane Doe jane@paper.com"): see _find_byline
        if block.word_count == 0 or _IMAGE_MARKER.match(text):
            continue  # chart ticks ("$900", "’17"), rules ("____"), image markers ("[photo]")
        match = _BYLINE.match(text)
        if match and block.word_count <= 12 and not paragraphs:
            byline = byline or _byline_name(match)
            continue
        paragraphs.append(text)
    if not paragraphs:
        raise errors.NoArticle(
            document.source.path, "no article text found in this file", "save the article page"
        )
    first_body = body_blocks[0].index if body_blocks else start
    title = _find_title(blocks, first_body, paragraphs)
    if byline is None:
        byline = _find_byline(blocks, first_body, end)
    date = _find_date(blocks, first_body)
    return Article(
        source=document.source,
        paragraphs=tuple(paragraphs),
        title=title,
        byline=byline,
        date=date,
        site=None,
        language=iso_code(language),
        captions=tuple(captions),
    )


def _dateline(block: Block) -> bool:
    """A short line that is a date (and time), not a sentence."""
    if block.word_count > DATELINE_WORDS or _SENTENCE_END.search(block.text):
        return False
    return any(pattern.search(block.text) for pattern in _DATE_PATTERNS)


def _drop_teasers(body_blocks: list[Block]) -> list[Block]:
    """Drop runs of ``TEASER_RUN`` or more headline-like lines in a row ("Trending News" and
    the headlines of other stories), unless a sentence of the text introduced them."""
    kept: list[Block] = []
    run: list[Block] = []
    for block in [*body_blocks, None]:
        if block is not None and _headline_like(block) and not block.listed:
            if block.word_count >= 1:
                run.append(block)
                continue
        if len(run) < TEASER_RUN:
            kept.extend(run)
        run = []
        if block is not None:
            kept.append(block)
    return kept


def _headline_like(block: Block) -> bool:
    """A short line that does not end like a sentence: a headline, a menu or a kicker."""
    return block.word_count <= HEADLINE_WORDS and not _SENTENCE_END.search(block.text)


def _is_image_caption(blocks: list[Block], block: Block) -> bool:
    """A line right after an image marker ("[photo-id]", "Photo") that carries a credit."""
    if block.index == 0:
        return False
    previous = blocks[block.index - 1]
    if not _IMAGE_MARKER.match(previous.text):
        return False
    return split_credit(block.text)[1] is not None


def _clean_name(name: str) -> str | None:
    name = _EMAIL.sub("", name).strip(" ,.;:|-")
    if not name:
        return None
    if name.isupper():
        name = " ".join(part.capitalize() for part in name.split())
    return name


def _find_byline(blocks: list[Block], first_body: int, end: int) -> str | None:
    """A "By …" line before the body, else an author line with an e-mail after it."""
    for block in blocks[max(0, first_body - 25) : first_body]:
        match = _BYLINE.match(block.text)
        if match and block.word_count <= 12:
            return _byline_name(match)
    for block in blocks[end : end + 6]:
        email = _EMAIL.search(block.text)
        if email and block.word_count <= 10:
            name = block.text[: email.start()].strip(" ,;:|-")
            if 1 <= len(name.split()) <= 5 and all(w[:1].isupper() for w in name.split()):
                return _clean_name(name)
    return None


def _byline_name(match: re.Match[str]) -> str | None:
    """The author's name from a "By …" line, without the date that often follows it
    ("By Jeffrey Gettleman Jan. 13, 2017", "by Lucas Nolan22 Dec 2016")."""
    name = match.group("name")
    name = re.split(r"\s*\d|\s+(?:on|updated|published)\b", name, maxsplit=1, flags=re.IGNORECASE)[
        0
    ]
    name = _TRAILING_MONTH.sub("", _strip_date(name))
    return _clean_name(name)


def _strip_date(text: str) -> str:
    for pattern in _DATE_PATTERNS:
        match = pattern.search(text)
        if match:
            text = text[: match.start()]
    return text.strip()


# Words of share bars, menus and account links ("Facebook Twitter LinkedIn", "Sign In").
_FURNITURE_TEXT = """
    facebook twitter linkedin instagram youtube pinterest reddit whatsapp tumblr telegram
    flipboard google+ google email e-mail mail print share shares sharing comment comments
    subscribe newsletter newsletters login log sign search menu home skip content next
    previous close more photos gallery video videos watch read signed account profile alerts
    follow copy link
"""
_FURNITURE_WORDS = frozenset(_FURNITURE_TEXT.split())
_GALLERY = re.compile(
    r"^(?:(?:media |image )?caption\b|(?:gallery|photos?|video|watch|slideshow)\s*:)"
    r"|\|\s*\d+\s+photos",
    re.IGNORECASE,
)
_TITLE_SEPARATOR = re.compile(r"\s*\|\s*|\s+[>›]\s+")
#: Blocks after a headline in which its byline or date line is looked for.
TITLE_ANCHOR_WINDOW = 30
#: A line this long that ends with a full stop is a sentence (a standfirst), not a headline.
TITLE_SENTENCE_WORDS = 12


# A photo credit closing a caption: "... in Paris Benoit Tessier/Reuters".
_SLASH_CREDIT = re.compile(r"\b[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*)* ?/ ?[A-Z][\w.’' -]*$")
_CREDIT_LINE = re.compile(
    r"getty images|shutterstock|reuters|\b(?:afp|ap|epa|dpa)\b|\|"
    r"|^(?:photo|image|credit|foto|bild)",
    re.IGNORECASE,
)


_CLOCK = re.compile(r"\b\d{1,2}[:h]\d\d\b")


def _ends_sentence(text: str) -> bool:
    """Ends with a full stop after a lower-case word ("... they just might be."), not after
    an abbreviation ("... Underneath N.Y.C.")."""
    return len(text) >= 3 and text[-1] == "." and text[-2].islower() and text[-3].islower()


def _anchor_line(block: Block) -> bool:
    """A byline or a date line ("By Tess Bonn - 11/19/19", "AFP 30 avril 2015 à 07:19")."""
    text = block.text
    if block.word_count > 12:
        return False
    if _BYLINE.match(text):
        return True
    dated = _CLOCK.search(text) or any(p.search(text) for p in _DATE_PATTERNS)
    return bool(dated) and not _ends_sentence(text)


def _title_anchor(blocks: list[Block], index: int) -> float:
    """Bonus for a line soon followed by a byline or a date line (the headline's company),
    penalty for one followed by a photo credit (a caption's title)."""
    passed = 0
    for block in blocks[index + 1 : index + 1 + TITLE_ANCHOR_WINDOW]:
        if block.bullet or block.word_count <= 2:
            continue  # share buttons, "Share this:", image markers
        if _anchor_line(block):
            return (0.3, 0.25, 0.2)[passed]
        if passed == 0 and block.word_count <= 8 and _CREDIT_LINE.search(block.text):
            return -0.3
        passed += 1
        if passed > 2:
            break
    return 0.0


def _title_text(text: str) -> str:
    """The headline part of a line that also carries a section or a site name
    ("New York|Manhole Fires and Burst Pipes: ...", "Mac & i > News > 2015 > Headline")."""
    parts = [p for p in _TITLE_SEPARATOR.split(text) if p.strip()]
    if len(parts) < 2:
        return text
    return max(parts, key=lambda part: len(part.split())).strip()


def _find_title(blocks: list[Block], first_body: int, paragraphs: list[str]) -> str | None:
    """The headline: a title-like line before the body.

    Each short line in the 40 blocks above the body (and the body's first line when it does
    not read like a sentence: the headline left in the body) is scored by the share of its
    words that the lead uses, a bonus when a byline or a date line follows it closely and when
    the page prints it twice, and penalties for share bars and menus, captions, galleries
    and fragments of a body sentence (an image's alt text).
    """
    candidates = blocks[max(0, first_body - 40) : first_body]
    if first_body < len(blocks) and paragraphs and blocks[first_body].text == paragraphs[0]:
        first = blocks[first_body]
        if first.word_count <= 30 and not _SENTENCE_END.search(first.text):
            candidates = [*candidates, blocks[first_body]]
            paragraphs = paragraphs[1:]
    lead_words = set(words(" ".join(paragraphs[:TITLE_LEAD])))
    body_text = "\n".join(paragraphs).lower()
    texts = Counter(b.text for b in blocks[max(0, first_body - 60) : first_body + 1])
    best: tuple[float, str] | None = None
    previous: int | None = None  # the last line that shared words with the lead
    for block in candidates:
        distance = max(0, first_body - 1 - block.index)
        text = _title_text(block.text)
        half = len(text) // 2
        if text[:half].strip() == text[half:].strip():
            text = text[:half].strip()  # "The Russian ... ministries The Russian ... ministries"
        word_count = len(text.split())
        if block.bullet or block.form or not 3 <= word_count <= 30 or len(text) > 250:
            continue
        if _BYLINE.match(block.text) or _EMAIL.search(text) or _URL.search(text):
            continue
        if _FILE_NAME.search(text) or _IMAGE_MARKER.match(text) or has_labelled_credit(text):
            continue  # an image's file name or a photo caption
        if _GALLERY.search(block.text) or _SLASH_CREDIT.search(text) or "[" in text:
            continue
        following = blocks[block.index + 1].text if block.index + 1 < len(blocks) else ""
        if len(following) > len(block.text) and following.startswith(block.text):
            continue  # a caption printed twice, the second time with its credit
        all_tokens = words(text)
        long_tokens = [w for w in all_tokens if len(w) > 3]
        if sum(w in _FURNITURE_WORDS for w in long_tokens) >= 0.5 * max(1, len(long_tokens)):
            continue  # a share bar, a menu, a sign-in line
        tokens = [w for w in all_tokens if len(w) > 2]
        if not tokens:
            continue
        distinct = set(tokens)
        overlap = sum(1 for w in distinct if w in lead_words) / len(distinct)
        # A site name ("The Washington Post") shares all its few words with the lead by chance.
        overlap *= min(1.0, len(distinct) / TITLE_FULL_WORDS)
        score = overlap - 0.004 * distance
        if overlap > 0:  # a headline shares words with its lead: the anchor alone is not enough
            score += _title_anchor(blocks, block.index)
        ends_sentence = _ends_sentence(text)
        if texts[block.text] >= 2 and not ends_sentence:
            score += 0.1  # dumps print the headline twice (the page title and the h1)
        if ends_sentence:
            # Captions and standfirsts end like sentences, headlines seldom do.
            score -= 0.15 if word_count < TITLE_SENTENCE_WORDS else 0.35
        found = body_text.find(text.lower())
        if found >= 0 and re.match(
            r"\s+[a-z]", body_text[found + len(text) : found + len(text) + 2]
        ):
            score -= 0.4  # the start of a body sentence (an image's alt text), not a headline
        if previous is not None and block.index - previous <= 1:
            score -= 0.2  # the standfirst under the headline
        if overlap >= 0.3:
            previous = block.index
        if best is None or score > best[0]:
            best = (score, text)
    if best is None or best[0] < 0.2:
        return None
    return best[1]


def _find_date(blocks: list[Block], first_body: int) -> str | None:
    """The first date written near the headline, as ISO ``YYYY-MM-DD``."""
    for block in blocks[max(0, first_body - 25) : first_body + 2]:
        if block.length > 200:
            continue
        for pattern in _DATE_PATTERNS:
            match = pattern.search(block.text)
            if match:
                iso = _iso_date(match)
                if iso:
                    return iso
    return None


def _iso_date(match: re.Match[str]) -> str | None:
    parts = match.groupdict()
    year = int(parts["y"])
    if parts.get("mon"):
        month = _MONTHS.get(parts["mon"][:3].lower(), 0)
    else:
        month = int(parts["m"])
    day = int(parts["d"])
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"
