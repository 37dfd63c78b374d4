"""Word data of the text-dump pipeline: dates, byline leads, share-bar words, credits.

Each list is written once here. Months and quotation marks, which other areas share, come from
:mod:`briefreader.lexicon`; stopwords per language from :mod:`briefreader.extract.language`. Photo
agencies are also written in ``digest/furniture.py``, inside its page-furniture patterns.
"""

from __future__ import annotations

import re

from briefreader.lexicon import words
from briefreader.lexicon.dates import MONTH_ABBREVIATIONS, WRITTEN_MONTHS
from briefreader.lexicon.marks import DOUBLE_CLOSERS, DOUBLE_OPENERS, STRAIGHT_DOUBLE

#: The month of a written month's first three letters.
MONTHS = {m: i for i, m in enumerate(MONTH_ABBREVIATIONS, 1)}
# Months as dates write them ("Sept." too), in the order the date patterns try them.
_MONTH_NAME = "|".join(month.capitalize() for month in WRITTEN_MONTHS)

#: Dates as pages write them: 2019-11-19, Nov. 19, 2019, 19th November 2019, 19.11.2019 (a
#: dotted date is day first wherever dots are written: German, Nordic, Slavic, Turkish,
#: unless its second number is no month, "11.19.2019"), 11/19/2019 (a slashed one month
#: first, as in the US, unless its first number is no month).
DATE_PATTERNS = (
    re.compile(r"\b(?P<y>(?:19|20)\d\d)[-/.](?P<m>[01]?\d)[-/.](?P<d>[0-3]?\d)\b"),
    re.compile(
        rf"\b(?P<mon>{_MONTH_NAME})[a-z]*\.?\s+"
        r"(?P<d>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?P<y>(?:19|20)\d\d)\b",
        re.IGNORECASE,
    ),
    re.compile(
        rf"\b(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\.?\s+(?P<mon>{_MONTH_NAME})[a-z]*\.?,?\s+"
        r"(?P<y>(?:19|20)\d\d)\b",
        re.IGNORECASE,
    ),
    re.compile(r"\b(?P<d>[0-3]?\d)\.\s?(?P<m>[0-3]?\d)\.\s?(?P<y>(?:19|20)\d\d)\b"),
    re.compile(r"\b(?P<m>[0-3]?\d)/(?P<d>[0-3]?\d)/(?P<y>(?:19|20)\d\d)\b"),
)
#: Month names closing a byline whose date was cut off ("by Jane Roe Nov").
TRAILING_MONTH = re.compile(rf"(?:\s+(?:{'|'.join(WRITTEN_MONTHS)})[a-z]*\.?)+$", re.IGNORECASE)


def has_date(text: str) -> bool:
    """Whether ``text`` holds a date in one of :data:`DATE_PATTERNS`."""
    return any(pattern.search(text) for pattern in DATE_PATTERNS)


#: Words that open a byline in the dev set's languages ("By", "Por", "Von", "Автор"...).
#: Kept in the order the byline pattern tries them.
BYLINE_LEADS = (
    "by", "por", "par", "von", "di", "door", "av", "oleh", "от", "автор", "autor", "auteur", "de",
)  # fmt: skip
#: What may stand before a byline's opening word: a dash or slashes ("// By ...", "— By ...",
#: not a list's bullet nor a question's "¿") and a verb ("Written by", "Posted by", "Words by").
BYLINE_PREFIX = r"(?:(?://|--|[—–|])\s*)?(?:(?:written|posted|words|story|reporting)\s+)?"
#: Words joining two authors ("Jane Roe and John Doe"); "et" must come before "e".
NAME_JOINERS = (",", "and", "y", "et", "und", "e", "&")
_NAME = r"[^\W\d_][\w'’.\-]*"
#: A "By …" line, with the author's name (up to six words, more joined authors of up to five).
BYLINE = re.compile(
    rf"^{BYLINE_PREFIX}(?:{'|'.join(BYLINE_LEADS)})\s*:?\s+"
    rf"(?P<name>{_NAME}(?:\s+{_NAME}){{0,5}}"
    rf"(?:\s*(?:{'|'.join(NAME_JOINERS)})\s*{_NAME}(?:\s+{_NAME}){{0,4}})*)",
    re.IGNORECASE,
)
#: Words after which a byline's name is over ("By Jane Roe, updated ...", "Jane Roe for
#: Paper.com", "Jane Roe in Berlin"). Not "with": "Ana Ruiz with Tom Ashby" names two.
BYLINE_ENDS = ("on", "updated", "published", "for", "in")

# Words of share bars, menus and account links ("Facebook Twitter LinkedIn", "Sign In").
_FURNITURE_TEXT = """
    account alerts close comment comments content copy e-mail email facebook flipboard follow
    gallery google google+ home instagram link linkedin log login mail menu more newsletter
    newsletters next photos pinterest previous print profile read reddit search share shares
    sharing sign signed skip subscribe telegram tumblr twitter video videos watch whatsapp
    youtube
"""
#: Words of share bars, menus and account links, as a set.
FURNITURE_WORDS = words(_FURNITURE_TEXT)

#: Words that stand alone for an image in a dump ("Photo", "Videos").
IMAGE_WORDS = ("photo", "image", "foto", "picture", "video", "graphic")
#: Labels of image galleries and caption lines ("Gallery:", "Media caption", "| 12 photos").
GALLERY = re.compile(
    r"^(?:(?:media |image )?caption\b|(?:gallery|photos?|video|watch|slideshow)\s*:)"
    r"|\|\s*\d+\s+photos",
    re.IGNORECASE,
)
#: Photo agencies and credit labels: a line with one after a caption is its credit.
CREDIT_LINE = re.compile(
    r"getty images|shutterstock|reuters|\b(?:afp|ap|epa|dpa)\b|\|"
    r"|^(?:photo|image|credit|foto|bild)",
    re.IGNORECASE,
)
#: Quotation marks a line of quoted speech holds (the rare reversed ‟ is not counted).
QUOTE_MARKS = STRAIGHT_DOUBLE + DOUBLE_OPENERS + DOUBLE_CLOSERS
