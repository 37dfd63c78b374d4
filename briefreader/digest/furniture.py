"""Page furniture that extraction lets through around an article, which the fact ranker skips.

Headlines (the page's own, repeated as the first line, and related stories'), photo captions
and their credits, "[Related: ...]" lines, numbered "most read" lists, links and sign-up lines.
Each test looks at one sentence or paragraph; the regular expressions run only after cheap
checks pass.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefreader.digest.sentences import split_sentences
from briefreader.lexicon import words

__all__ = [
    "CAPTION",
    "is_artefact",
    "is_boilerplate",
    "is_caption",
    "is_caption_paragraph",
    "opens_unresolved",
    "run_in_starts",
]

# Page furniture in a sentence. The patterns run on the lowercased sentence (a case-blind
# search of many alternatives is several times slower), and the anchored ones apart, so
# the unanchored search can skip ahead to the characters its words begin with.
_BOILERPLATE = re.compile(
    r"click here|read more|sign up|subscribe|newsletter|all rights reserved|©|"
    # "Copyright 2019 ...", "Copyright The Associated Press", "Copyright: AFP" (its uses in news,
    # "copyright infringement", "copyright law", are no credit line)
    r"copyright(?!\s+(?:infringement|law|laws|claim|claims|lawsuit|lawsuits|holder|holders|"
    r"protection|owner|owners|office|violation|violations|dispute|case|cases)\b)|"
    r"photo(?:graph)?(?:\s+by|\s+credit)|getty images|associated press photo|\(ap photo|"
    r"follow (?:us|me|him|her)\b|share this|https?://|www\.|pic\.twitter\.com|@\w+\)|"
    # embedded posts: "Twitter post by @handle", "A post shared by ...", "#hashtag #hashtag"
    # (the label names who posted: "... in an Instagram post." is a report, not furniture)
    r"\b(?:twitter|instagram|facebook|tiktok) (?:post|video|photo) by\b|\ba post shared by\b|"
    r"(?:^|\s)@\w+\s*(?:$|[#@])|#\w+\s+#\w+|"
    # teasers: "Scroll down for video", "Watch the video above"
    r"\bscroll down\b|\bwatch the (?:full )?video\b|\bvideo (?:above|below)\b"
)
_BOILERPLATE_START = re.compile(
    r"advertisement|related:|see also|watch:|listen:|update:|video:|read more|"
    r"in this (?:photo|image|picture|file photo)|"
    r"this (?:photo|image) (?:was )?(?:issued|released|provided)|"
    # a time stamp: "Posted on April 21, 2015, at 11:29 a.m.", "Updated Monday 3 June 2019",
    # with its year or clock time ("Published on Tuesday, the report found ..." is news)
    r"(?:posted|published|updated)(?: on)? (?:(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|"
    r"dec)[a-z]*\.?|may|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b[^.;]{0,30}?"
    r"(?:\b(?:19|20)\d\d\b|\b\d{1,2}:\d\d\b)|"
    # the author's note: "Ada Olsen is a reporter for Harbour News covering the port." (a
    # note is about the writer's beat: one who "was arrested", "who ..." is news)
    r"(?!(?:the|a|an|his|her|its|their|our|my|this|that)\b)"  # a name, not "the suspect"
    r"\w+(?: [\w.'’-]+){1,2} is an? (?:[\w-]+ ){0,2}(?:reporter|writer|correspondent|editor|"
    r"journalist|columnist|contributor) (?:for|at|with|covering|based)\b"
    r"(?![^.]*\b(?:who|whom|which|was|were|has been|had been|after|when)\b)"
)


def is_boilerplate(low: str) -> bool:
    """Whether the lowercased sentence ``low`` is a link, credit or page-furniture line."""
    return bool(_BOILERPLATE.search(low) or _BOILERPLATE_START.match(low))


# Photo captions and their credits: "X, pictured at ...", "(AFP file photo)", "Photo: ...",
# "... | Getty Images", a line that ends in a news agency's name.
CAPTION = re.compile(
    r"\bpictured\b|\b(?:file|stock|representative) (?:photo|image|picture)\b|"
    r"\((?:[\w.&/ -]{0,30} )?(?:photo|image|picture|photograph)s?\b|"
    r"\b(?:photo|image|picture)s?(?: credit)?\s*[:/|]|\s\|\s|"
    r"\b(?:getty images|shutterstock)\b|"
    r"[/|(—–-]\s*(?:reuters|afp|ap|epa|xinhua|yonhap|bloomberg|associated press)\W*$"
)


#: Every match of ``CAPTION`` contains one of these, or ends with a news agency's name:
#: most sentences are ruled out without running it.
_CAPTION_CUES = ("pictur", "photo", "image", "(", "|", "getty", "shutterstock")
_AGENCIES = ("reuters", "afp", "ap", "epa", "xinhua", "yonhap", "bloomberg", "associated press")
_TRAILING_NON_WORD = re.compile(r"\W*$")


def is_caption(text: str) -> bool:
    """Whether ``text`` reads as a photo caption or credit (see ``CAPTION``)."""
    low = text.lower()
    if not any(cue in low for cue in _CAPTION_CUES):
        if not _TRAILING_NON_WORD.sub("", low).endswith(_AGENCIES):
            return False
    return CAPTION.search(low) is not None


# Lines that point to other stories: "[Related: ...]", "Also on ...", "Read also: ...".
_RELATED = re.compile(
    r"^\W*(?:related|also on|also read|read also|read more|more from|more on|see also|"
    r"recommended|trending|popular|most read|watch|listen|don'?t miss)\b",
    re.IGNORECASE,
)
_SENTENCE_FINAL = re.compile(r"[.!?…:][\"'”’»)\]]*\s*$")
_LIST_NUMBER = re.compile(r"^\s*\d{1,2}[.)]\s")


# Title Case: a line whose words of more than _SHORT_WORD letters (past the first word) are at
# least _TITLE_CASE_WORDS, and at least _TITLE_CASE_SHARE of them capitalised, is a headline.
_SHORT_WORD = 3
_TITLE_CASE_WORDS = 4
_TITLE_CASE_SHARE = 0.75
_TITLE_REPEAT = 0.8  # a line sharing this much of its words with the title repeats the headline


def is_artefact(text: str, tokens: list[str], words: list[str], title: set[str]) -> bool:
    """Whether a sentence is page furniture that extraction let through, not article prose.

    Headlines (the page's own, repeated as the first line, or related stories'), photo
    captions and their credits, and pointers to other stories: lines without a sentence-final
    mark, bracketed lines, numbered lines of a "most read" list, caption cues ("pictured",
    "(AFP file photo)", "| Getty Images"), Title Case lines and lines that repeat the title.
    """
    if not _SENTENCE_FINAL.search(text):
        return True
    stripped = text.strip()
    if stripped.startswith("[") or stripped.endswith("]"):
        return True
    if is_caption(text) or _RELATED.search(text):
        return True
    long_words = [t for t in tokens[1:] if len(t) > _SHORT_WORD and t[0].isalpha()]
    if len(long_words) >= _TITLE_CASE_WORDS:
        lower = sum(not t[0].isupper() for t in long_words)
        # A sentence dense with names still has a lowercase verb ("... and Meta rose."); a
        # headline that ends in a period has none.
        limit = 0 if stripped.endswith(".") else (1.0 - _TITLE_CASE_SHARE) * len(long_words)
        if lower <= limit:
            return True
    if title:
        content = set(words)
        if content and len(content & title) >= _TITLE_REPEAT * len(content | title):
            return True
    return False


_CAPTION_MAX = 600  # characters: a longer paragraph is article prose, never a caption
_LIST_LINE_MAX = 200  # characters: a numbered line shorter than this is a list of headlines
_CAPTION_OPENING = 200  # characters of a paragraph's opening sentence looked at for a cue
_CREDIT_WORDS = 12  # a following line of at most this many words may be a photo credit
#: A paragraph of this many sentences or more is prose, whatever line follows it (a caption
#: is one or two: "Ada Olsen at the harbour on Monday. She chairs the board.").
_CAPTION_SENTENCES = 3
# A line pointing to a gallery: "Gallery: ... | 14 Photos", "(12 images)".
_GALLERY = re.compile(r"\bgallery\b|\b\d+\s+(?:photos|images|pictures)\b", re.IGNORECASE)


def is_caption_paragraph(paragraphs: Sequence[str], p: int) -> bool:
    """Whether paragraph ``p`` as a whole is a photo caption or a numbered list of headlines.

    A short numbered line ("4. Tow-truck operators to the rescue ..."), a short paragraph that
    opens with a caption cue ("X, pictured at ..."), and a paragraph followed by a short credit
    line ("Natalie Naccache | Bloomberg | Getty Images").
    """
    para = paragraphs[p]
    if len(para) > _CAPTION_MAX:
        return False
    if _LIST_NUMBER.match(para) and len(para) < _LIST_LINE_MAX:
        return True
    if is_caption(para[:_CAPTION_OPENING].split(". ", 1)[0]):
        return True
    if p + 1 < len(paragraphs) and len(split_sentences(para)) < _CAPTION_SENTENCES:
        following = paragraphs[p + 1].rstrip()
        # "See more photos:" and "Gallery: ... | 14 Photos" point to pictures, they credit none.
        pointer = following.endswith(":") or _GALLERY.search(following) is not None
        return len(following.split()) <= _CREDIT_WORDS and is_caption(following) and not pointer
    return False


# Openings that lean on the sentence before: a connective ("But another one ...") or, past the
# article's first sentence, a pronoun a reader of the fact alone cannot resolve ("He said ...",
# "That's the view ...").
_CONNECTIVES = words(
    """
    additionally also and besides but consequently furthermore hence however instead
    moreover nevertheless nonetheless nor or otherwise then therefore thus yet
    """
)
_PRONOUNS = words(
    """
    he her hers him his its she their theirs them these they this those we
    """
)
# "Although" and "though" open a clause that the sentence's own main clause completes, after a
# comma ("Although the port reopened, ships stayed away."): such a sentence stands alone unless
# that clause leans back itself ("Although he denied it, ..."). Without the comma it is a
# fragment leaning on the sentence before ("Though not for long.").
_SUBORDINATORS = words("although though")
_DEMONSTRATIVES = words("this these")
# A time word after a demonstrative that means now: "This year", "These days" ("That
# morning" points back to a time the sentence before named).
_TIME_AFTER = re.compile(
    r"\s+(?:year|week|month|morning|afternoon|evening|night|weekend|season|spring|summer|"
    r"autumn|fall|winter|days|weeks|months|years)\b",
    re.IGNORECASE,
)
#: The connective that opens a sentence, with the comma and spaces after it.
CONNECTIVE_OPENING = re.compile(r"([A-Za-z]+)(?:,?\s+)")
# A quotation's own opening word is the speaker's, whom the attribution names: only the
# reporter's words are looked at (after an opening bracket at most).
_OPENING_WORD = re.compile(r"[(\[]*([A-Za-z]+)(?:['’]s)?\b")


def opens_unresolved(text: str) -> str | None:
    """``"connective"`` or ``"pronoun"`` when ``text`` opens with a word that refers to what
    came before it, else ``None``. ("It" is left alone: it opens as many sentences that point
    ahead, "It was a neighbour who called 911.", as ones that point back.)"""
    match = _OPENING_WORD.match(text)
    if match is None:
        return None
    word = match.group(1).lower()
    if word in _CONNECTIVES:
        return "connective"
    if word in _SUBORDINATORS:
        rest = text[match.end() :].lstrip()
        if "," not in rest:
            return "connective"
        return opens_unresolved(rest)
    if _TIME_AFTER.match(text, match.end()):
        if word in _DEMONSTRATIVES:
            return None  # "This year, officials banned ...": a time, not a pointer back
        if word == "that":
            return "pronoun"  # "That night, police ...": the night the sentence before named
    if word in _PRONOUNS or word == "that" and match.group(0)[-2:-1] in "'’":
        # "That's the view ..." points back; a bare "That" may open a clause ("That the
        # port reopened surprised no one.").
        return "pronoun"
    return None


# A caption (or a link line) that the page set without a full stop runs straight into the next
# sentence: "... a colleague The cost of divorce can wreck ...", "... on Saturday, May 2 The
# two boxers ...", "... (above) The women's revelations ...". Mid-sentence, a word in lower case
# (or a number, or a closing bracket) is never followed by one of these capitalised openers and
# then a word in lower case: that is where a new sentence begins. ("I", "A" and quotation marks
# are left out: "... and I was ...", "Patient A and ...", "said 'We ...'" are prose.)
_RUN_IN_OPENERS = (
    "After An And But He Her His In It Its Now Our She The Their There These They This Those "
    "We When"
)
#: A caption run in has at least this many words ("(Updated) The ..." is a label read with
#: the sentence, not a caption).
_RUN_IN_MIN_WORDS = 3
_RUN_IN = re.compile(r"(?<=[a-z0-9%)])\s+(?:" + "|".join(_RUN_IN_OPENERS.split()) + r")\s+[a-z]")


def run_in_starts(text: str, start: int, end: int) -> list[int]:
    """Where in ``text[start:end]`` (one sentence as split) a new sentence begins after a
    caption or link line run into it without a full stop (see ``_RUN_IN``): the positions of
    the openers, in order. The piece before each has no sentence-final mark, so it is never a
    fact (:func:`is_artefact`); the sentence after it may be."""
    out = []
    piece = start
    for match in _RUN_IN.finditer(text, start, end):
        opener = match.start() + len(match.group()) - len(match.group().lstrip())
        if len(text[piece : match.start()].split()) >= _RUN_IN_MIN_WORDS:
            out.append(opener)
            piece = opener
    return out
