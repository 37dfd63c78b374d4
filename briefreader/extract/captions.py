"""Photo captions: split a caption's credit from its text, shared by the HTML and text paths."""

from __future__ import annotations

import re

from briefreader.model import Caption

# "Photo: Reuters", "Photo by Jane Doe/AP", "Credit: ...", "(AP Photo/Ahn Young-joon)", "© Getty"
_LABELLED_CREDIT = re.compile(
    r"""[\s(\[]*(?:
        (?:photo(?:graph)?|image|picture|foto|credit|source|illustration|courtesy|copyright)
        (?:\s+(?:by|credit|courtesy(?:\s+of)?))?\s*[:/]?\s*
      | ©\s*
      | \((?=[^()]*\b(?:photo|images?|press|news|agency|wire)\b)
    )
    (?P<credit>[^()\[\]]{2,80}?)[)\]]?\s*$""",
    re.IGNORECASE | re.VERBOSE,
)
# A trailing "… Tuesday. Joint Press Corps" / "… in Seoul. Yonhap" / "…, Seoul / Reuters":
# a short run of capitalised words after the caption's last sentence.
_TRAILING_CREDIT = re.compile(
    r"(?<=[.!?\"”’)])\s+(?:/\s*)?"
    r"(?P<credit>(?:[A-Z][\w&'./\-]*|[A-Z]{2,}|/|of|and|the|for|via)"
    r"(?:\s+(?:[A-Z][\w&'./\-]*|/|of|and|the|for|via|[A-Z]{2,})){0,5})\s*$"
)
_CREDIT_WORDS = 6
# Stricter than _LABELLED_CREDIT, to tell a caption from running text: the label is followed
# by ":" or "/", or the credit is "© ..." or "(... Photo/...)".
_EXPLICIT_CREDIT = re.compile(
    r"""\S\s*(?:
        \b(?:photo(?:graph)?|image|picture|foto|credit|illustration)s?
            (?:\s+(?:by|credit|courtesy(?:\s+of)?))?\s*[:/]\s*[^\s:/]
      | ©\s*\S
      | \([^()]{0,40}\b(?:photo|images?)\b\s*/[^()]{2,60}\)
    )[^.!?]{0,80}$""",
    re.IGNORECASE | re.VERBOSE,
)


def split_credit(text: str) -> tuple[str, str | None]:
    """Split a caption into its text and its credit ("Yonhap", "Joint Press Corps").

    Returns the credit as ``None`` when the caption carries none.
    """
    text = " ".join(text.split())
    match = _LABELLED_CREDIT.search(text)
    if match and match.start() > 0:
        credit = match.group("credit").strip(" .;,/")
        if credit and len(credit.split()) <= _CREDIT_WORDS:
            return text[: match.start()].rstrip(" ,;-—|"), credit
    match = _TRAILING_CREDIT.search(text)
    if match:
        credit = match.group("credit").strip(" /")
        words = credit.split()
        if credit and words[-1][-1:] != "." and len(words) <= _CREDIT_WORDS:
            return text[: match.start()].rstrip(), credit
    return text, None


def has_labelled_credit(text: str) -> bool:
    """True when ``text`` ends with an explicit credit ("Photo: Reuters", "Credit: STR/AFP",
    "© Getty", "(AP Photo/...)"), the mark of a photo caption rather than running text."""
    return bool(_EXPLICIT_CREDIT.search(" ".join(text.split())))


def make_caption(text: str, after_paragraph: int, credit: str | None = None) -> Caption:
    """Build a :class:`Caption`, taking the credit from the text when not given separately."""
    body, found = split_credit(text)
    if credit:
        credit = " ".join(credit.split()).strip(" .;,/()")
        if body.endswith(credit):
            body = body[: -len(credit)].rstrip(" ,;-—|/")
        return Caption(text=body, credit=credit or None, after_paragraph=after_paragraph)
    return Caption(text=body, credit=found, after_paragraph=after_paragraph)
