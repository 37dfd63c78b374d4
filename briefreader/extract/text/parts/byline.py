"""The byline: a "By …" line before the body, else an author line with an e-mail after it."""

from __future__ import annotations

import re

from briefreader.extract.language import words
from briefreader.extract.text.blocks import Block
from briefreader.extract.text.parts.date import strip_date
from briefreader.extract.text.patterns import EMAIL
from briefreader.extract.text.words import BYLINE, BYLINE_ENDS, NAME_JOINERS, TRAILING_MONTH

#: A byline ("By Jane Roe - 11/19/19 06:56 AM EST") has at most this many words.
BYLINE_WORDS = 12
#: A "By …" line is looked for in this many blocks above the body.
BYLINE_REACH = 25
#: An author's contact line is looked for in this many blocks after the article ...
CONTACT_REACH = 6
#: ... and has at most this many words ...
CONTACT_LINE_WORDS = 10
#: ... of which the name before the e-mail address is at most this many, each capitalised.
CONTACT_NAME_WORDS = 5
#: A line with an e-mail address and at most this many other words is a contact line, not text.
CONTACT_WORDS = 8

#: Where a byline's name ends: a digit (a date) or a word that starts what follows it.
_NAME_END = re.compile(rf"\s*\d|\s+(?:{'|'.join(BYLINE_ENDS)})\b", re.IGNORECASE)


def is_contact_line(text: str) -> bool:
    """An author's contact line ("Jane Doe jane@paper.com"): see :func:`find_byline`."""
    return bool(EMAIL.search(text)) and len(words(EMAIL.sub(" ", text))) <= CONTACT_WORDS


def byline_match(block: Block) -> re.Match[str] | None:
    """The "By …" match of a short enough line, else ``None``."""
    match = BYLINE.match(block.text)
    return match if match and block.word_count <= BYLINE_WORDS else None


def find_byline(blocks: list[Block], first_body: int, end: int) -> str | None:
    """A "By …" line before the body, else an author line with an e-mail after it."""
    for block in blocks[max(0, first_body - BYLINE_REACH) : first_body]:
        match = byline_match(block)
        name = byline_name(match) if match else None
        if name:
            return name
    for block in blocks[end : end + CONTACT_REACH]:
        email = EMAIL.search(block.text)
        if email and block.word_count <= CONTACT_LINE_WORDS:
            name = block.text[: email.start()].strip(" ,;:|-")
            if 1 <= len(name.split()) <= CONTACT_NAME_WORDS and all(
                w[:1].isupper() for w in name.split()
            ):
                return _clean_name(name)
    return None


def byline_name(match: re.Match[str]) -> str | None:
    """The author's name from a "By …" line, without the date that often follows it
    ("By Jeffrey Gettleman Jan. 13, 2017", "by Lucas Nolan22 Dec 2016")."""
    name = _NAME_END.split(match.group("name"), maxsplit=1)[0]
    name = _clean_name(TRAILING_MONTH.sub("", strip_date(name)))
    if name and any(_common_word(word) for word in name.split()):
        return None  # "Von München bis Aachen: ...": a headline that opens with "Von", no name
    return name


def _common_word(word: str) -> bool:
    """A lower-case word that is no name particle and joins no names ("bis", "the")."""
    return (
        word[:1].islower()
        and not is_particle(word)
        and word not in NAME_JOINERS
        and word not in _CO_AUTHOR
    )


def is_particle(word: str) -> bool:
    """A name particle, alone ("bin", "dos") or hyphened to the name ("al-Sharif")."""
    if word in _PARTICLES:
        return True
    head, hyphen, rest = word.partition("-")
    return bool(hyphen) and head in _PARTICLES and rest[:1].isupper()


#: A lower-case run of this many letters, then a capital, is two elements glued in the dump
#: ("Ulrich ExnerKorrespondent", "Howard BlumeStaff Writer"), not one name ("McDonald").
GLUE_LOWER = 3
#: What the dump glues onto an author's name: a role or desk, never a name part (a name
#: such as "FitzGerald" or "VanderBeek" glues a capital onto a lower-case run too).
_ROLES = (
    "Staff", "Senior", "Chief", "Correspondent", "Reporter", "Editor", "Writer", "Redakteur",
    "Redaktion", "Korrespondent", "Autor", "Journalist", "Volontär",
)  # fmt: skip
#: A share or follow button the dump glues onto the name ("Sarah RoeTwitter").
_GLUED_BUTTONS = ("Twitter", "Follow", "Share", "Facebook")
_GLUED_ROLE = re.compile(
    rf"(?<=[^\W\d_]{{{GLUE_LOWER}}})(?=(?:{'|'.join(_ROLES + _GLUED_BUTTONS)}))"
)
#: A word naming a role, in any case and any inflection ("Online-Redakteurin", "reporter").
_ROLE_WORD = re.compile("|".join(_ROLES), re.IGNORECASE)
#: A share or follow button printed after the name ("Jane Roe Follow"): never a name part.
_BUTTON_WORDS = {"follow", "twitter", "share"}
#: The article opening an outlet's name after the author's ("Jane Roe The Associated Press"):
#: never a part of a person's name.
_OUTLET_ARTICLE = "The"
#: Words that bring in a co-author ("Rui Costa with Omar Haddad", "… mit AP"): kept.
_CO_AUTHOR = {"with", "mit", "avec", "con", "com", "met", "med"}
#: Name particles, written lower case inside a name ("Tom de la Cruz", "Osama bin Laden",
#: "João dos Santos", "Ahmad al-Sharif"): Romance, Germanic, Dutch, Scandinavian, Arabic and
#: Hebrew ones. A closed list: a lower-case word that is none of them is no name part.
_PARTICLES = {
    "de", "la", "le", "les", "del", "della", "dello", "degli", "di", "da", "das", "do", "dos",
    "des", "du", "los", "las", "van", "von", "vom", "zu", "zur", "der", "den", "ter",
    "ten", "op", "af", "al", "el", "bin", "ben", "ibn", "bint", "abu",
}  # fmt: skip


def _without_role(name: str) -> str:
    """``name`` without a last comma-separated part that is a role, desk or outlet: one with a
    lower-case word that is no name particle, and no second author ("Christian Unger,
    Redakteur für Politik"; not "Jane Roe, John Smith and Ana Ruiz", "Jane Roe, Tom de la
    Cruz", "Ana Ruiz, Madonna"), one with a role word ("Jane Roe, Online-Redakteurin"), or
    one in capitals after a name that is not ("Eric Bradner, CNN")."""
    head, comma, last = name.rpartition(",")
    if not comma:
        return name
    words = last.split()
    lower = [word for word in words if word[:1].islower() and not is_particle(word)]
    if lower and "and" not in words and "und" not in words and "&" not in words:
        return head
    if any(_ROLE_WORD.search(word) for word in words):
        return head
    if last.strip().isupper() and not head.isupper():
        return head
    return name


def _clean_name(name: str) -> str | None:
    name = EMAIL.sub("", name).strip(" ,.;:|-")
    for word in name.split():
        glued = _GLUED_ROLE.search(word)
        if glued and word[: glued.start()][-GLUE_LOWER:].islower():
            name = name[: name.index(word) + glued.start()]
            break
    name = _without_role(name).strip(" ,.;:|-")
    parts = name.split()
    if _OUTLET_ARTICLE in parts[1:]:
        parts = parts[: parts.index(_OUTLET_ARTICLE, 1)]  # "... Stepanenko The Associated Press"
    # A button, or a joiner left before the cut ("Jane Roe and The Associated Press").
    while len(parts) > 1 and (
        parts[-1].lower() in _BUTTON_WORDS or parts[-1] in NAME_JOINERS or parts[-1] in _CO_AUTHOR
    ):
        parts.pop()
    name = " ".join(parts).strip(" ,.;:|-")
    if not name:
        return None
    if name.isupper():
        name = " ".join(part.capitalize() for part in name.split())
    return name
