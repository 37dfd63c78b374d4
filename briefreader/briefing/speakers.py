"""Quotes across articles, grouped by who said them.

Speaker names are normalised so "Zelenskyy", "President Zelenskyy" and "Ukrainian President
Volodymyr Zelenskyy" share one group, headed by the fullest form: names are placed fullest
first, and a shorter form joins the group whose name holds all its tokens (or whose acronym it
is). Descriptions that are not names ("a senior official") are grouped per article only, and
quotes without a known speaker form their own group, last.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from briefreader.briefing.model import BriefingQuote, SpeakerGroup
from briefreader.briefing.words import CONNECTORS, TITLE_WORDS
from briefreader.digest.stems import fold
from briefreader.model import Brief, Quote

__all__ = ["group_quotes"]

_LEADING = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
_PAREN = re.compile(r"\s*\(([^)]*)\)\s*")
#: Initials make an acronym key ("NIS") only from names of at least this many words.
_ACRONYM_MIN = 2
#: Sort key of a group's first quote: article index × this + paragraph (no article has as
#: many paragraphs, so the article decides first).
_PARAGRAPHS_PER_ARTICLE = 100000


@dataclass
class _Speaker:
    """A speaker as written (``form``), its folded name tokens and its keys (name tokens
    plus acronyms)."""

    form: str
    name: tuple[str, ...]  # ("volodymyr", "zelensky")
    keys: frozenset[str]


@dataclass
class _NameGroup:
    """The forms of one name met so far: the fullest form's tokens and acronyms, every form,
    and the articles quoting any of them."""

    keys: set[str]
    acronyms: set[str]
    forms: list[str]
    articles: set[int]


def _name_token(token: str) -> str:
    """A name token folded, without punctuation, possessive or doubled letters."""
    folded = fold(token).strip(".,;:'’\"")
    if folded.endswith(("'s", "’s")):
        folded = folded[:-2]
    # Transliterations differ in doubled letters: "Zelenskyy" and "Zelensky".
    return re.sub(r"(.)\1+", r"\1", folded)


def _is_capitalised(token: str) -> bool:
    return bool(token) and (token[0].isupper() or token[0].isdigit())


def _name_tokens(tokens: list[str]) -> list[str]:
    """The name: the run of capitalised words at the end, after the last title or lower-case
    word ("Pentagon spokesperson Sabrina Singh" → "Sabrina Singh")."""
    name: list[str] = []
    for position in range(len(tokens) - 1, -1, -1):
        token = tokens[position]
        if token in CONNECTORS and name and position and _is_capitalised(tokens[position - 1]):
            name.append(token)  # "Ministry of Defense"
            continue
        if not _is_capitalised(token):
            break
        if name and (fold(token) in TITLE_WORDS or token.endswith(("'s", "’s"))):
            break  # "President" in "President Zelenskyy", "Russia's" in "Russia's Putin"
        name.append(token)
    name.reverse()
    if not name and tokens and all(_is_capitalised(t) for t in tokens):
        # Only titles ("the President"): keep them, they are all we know.
        name = tokens
    return name


def _parse_speaker(form: str) -> _Speaker:
    """Split a speaker as written into its name tokens: titles and descriptions dropped.

    "Ukrainian President Volodymyr Zelenskyy" → ("volodymyr", "zelensky");
    "the National Intelligence Service (NIS)" → ("national", "intelligence", "service") with
    the acronym "nis"; "a senior official" → () (a description, not a name).
    """
    text = _LEADING.sub("", form.strip())
    acronyms = {_name_token(a) for a in _PAREN.findall(text) if a.strip()}
    text = _PAREN.sub(" ", text).strip()
    name = _name_tokens(text.split())
    folded = tuple(t for t in (_name_token(t) for t in name) if t and t not in CONNECTORS)
    keys = set(folded) | acronyms
    initials = "".join(t[0] for t in folded if t not in CONNECTORS)
    if len(initials) >= _ACRONYM_MIN:
        keys.add(initials)
    return _Speaker(form=form, name=folded, keys=frozenset(keys))


def _fullness(form: str) -> tuple[int, int]:
    return (len(form.split()), len(form))


def _has_speaker(quote: Quote) -> bool:
    return bool(quote.speaker and quote.speaker.strip())


def _speaker(item: BriefingQuote) -> str:
    """The speaker of a quote that has one (see :func:`_has_speaker`)."""
    return item.quote.speaker or ""


def _match(
    parsed: _Speaker, articles: set[int], groups: list[_NameGroup], by_key: dict[str, list[int]]
) -> int | None:
    """The group a name joins: the one holding all its tokens (or, for one token, whose
    acronym it is); an ambiguous short form joins only the one met in the same article."""
    needed = set(parsed.name)
    candidates = sorted({g for token in needed for g in by_key.get(token, ())})
    matches = [g for g in candidates if needed <= groups[g].keys]
    if not matches and len(parsed.name) == 1:
        # "NIS" for "National Intelligence Service"
        matches = [g for g in candidates if parsed.name[0] in groups[g].acronyms]
    if len(matches) > 1:
        # An ambiguous short form ("Kim"): prefer the group met in the same article.
        same = [g for g in matches if groups[g].articles & articles]
        matches = same if len(same) == 1 else []
    return matches[0] if matches else None


def _group_names(
    forms: dict[str, _Speaker], articles_of: dict[str, set[int]]
) -> tuple[list[_NameGroup], dict[str, int]]:
    """The name groups, and the group of each form that is a name (not a description)."""
    groups: list[_NameGroup] = []
    by_key: dict[str, list[int]] = defaultdict(list)
    group_of: dict[str, int] = {}
    # Names: the fullest first, so shorter forms ("Zelenskyy") join the full one.
    for form in sorted(forms, key=lambda f: (-len(forms[f].name), -_fullness(f)[1], f)):
        parsed = forms[form]
        if not parsed.name:
            continue  # a description: grouped per article
        chosen = _match(parsed, articles_of[form], groups, by_key)
        if chosen is None:
            chosen = len(groups)
            groups.append(
                _NameGroup(set(parsed.name), set(parsed.keys - set(parsed.name)), [], set())
            )
            for token in parsed.keys:
                by_key[token].append(chosen)
        groups[chosen].forms.append(form)
        groups[chosen].articles |= articles_of[form]
        group_of[form] = chosen
    return groups, group_of


def _order(quotes: Sequence[BriefingQuote]) -> tuple[int, int, int]:
    """Groups quoted by more articles first, then by more quotes, then by first appearance."""
    articles = {q.article for q in quotes}
    first = min((q.article, q.quote.span.paragraph) for q in quotes)
    return (-len(articles), -len(quotes), first[0] * _PARAGRAPHS_PER_ARTICLE + first[1])


def _speaker_group(forms: list[str], quotes: list[BriefingQuote]) -> SpeakerGroup:
    """A group headed by ``forms[0]``."""
    return SpeakerGroup(forms[0], tuple(forms), tuple(quotes))


def group_quotes(briefs: Sequence[Brief]) -> tuple[SpeakerGroup, ...]:
    """Every quote of ``briefs`` in one group per speaker, the most quoted first."""
    items = [
        BriefingQuote(quote, index) for index, brief in enumerate(briefs) for quote in brief.quotes
    ]
    said = [item for item in items if _has_speaker(item.quote)]
    unknown = [item for item in items if not _has_speaker(item.quote)]
    forms: dict[str, _Speaker] = {}
    articles_of: dict[str, set[int]] = defaultdict(set)
    for item in said:
        speaker = _speaker(item)
        if speaker not in forms:
            forms[speaker] = _parse_speaker(speaker)
        articles_of[speaker].add(item.article)
    groups, group_of = _group_names(forms, articles_of)
    members: list[list[BriefingQuote]] = [[] for _ in groups]
    described: dict[tuple[int, str], list[BriefingQuote]] = defaultdict(list)
    for item in said:
        speaker = _speaker(item)
        if speaker in group_of:
            members[group_of[speaker]].append(item)
        else:
            described[(item.article, fold(_LEADING.sub("", speaker.strip())))].append(item)
    result: list[tuple[tuple[int, int, int], SpeakerGroup]] = []
    for group, quotes in zip(groups, members):
        # The heading: the fullest form.
        names = sorted(group.forms, key=lambda f: (-_fullness(f)[0], -len(f), f))
        result.append((_order(quotes), _speaker_group(names, quotes)))
    for quotes in described.values():
        names = sorted({_speaker(q) for q in quotes}, key=lambda f: (-len(f), f))
        result.append((_order(quotes), _speaker_group(names, quotes)))
    result.sort(key=lambda item: item[0])
    out = [group for _, group in result]
    if unknown:
        out.append(SpeakerGroup(None, (), tuple(unknown)))
    return tuple(out)
