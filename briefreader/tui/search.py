"""What a search looks for, as ``less`` does it: smart case, and a regex when it looks like one.

A :class:`SearchPattern` is made from what the reader typed after ``/``:

- smart case: a query in lower case matches any case; one with a capital letter matches
  exactly (``russia`` finds "Russia", ``Russia`` does not find "RUSSIA");
- a query holding one of :data:`REGEX_CHARACTERS` is a regular expression (``troops?``,
  ``Kim|Yoon``), unless it is not a valid one (``(he``), which is then searched as typed.
  The screen searches a regex that finds nothing anywhere again as typed (``$5``, ``U.S.``
  read literally), see :meth:`SearchPattern.literal`.
- a regex that could backtrack for minutes on a long article (a repeat inside a repeat,
  ``(a+)+``; a repeat of alternatives that can start alike, ``(a|ab)*``; a back-reference
  repeated; three open repeats in a row, ``.*.*.*!``) is searched as typed, and the search
  line says why (:func:`may_run_away`):
  Python's ``re`` cannot be stopped once it runs, and the screen would freeze with it.

Case-insensitive literal matches fold case as Unicode does ("ß" is "ss"), and always cover
whole characters of the text searched.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

try:  # the parser behind re.compile (Python 3.11 renamed it; sre_parse is deprecated there)
    from re import _parser as _regex_parser  # type: ignore[attr-defined]
except ImportError:  # Python 3.10
    import sre_parse as _regex_parser  # type: ignore[no-redef]

REGEX_CHARACTERS = frozenset(".*+?[](){}|^$\\")
"""Characters that make a query a regular expression (those with a meaning in one)."""

Spans = list[tuple[int, int]]
"""``(start, end)`` of each match in a text, in order, not overlapping."""


def _folded(text: str) -> tuple[str, list[int]]:
    """``text`` case-folded, and for each character of the folded text the index of the
    character of ``text`` it comes from (folding may change the length: "ß" is "ss", "ﬁ" is
    "fi", "İ" is "i̇")."""
    folded = text.casefold()
    if len(folded) == len(text):  # the usual case: one character for one
        return folded, list(range(len(text)))
    pieces: list[str] = []
    origin: list[int] = []
    for index, character in enumerate(text):
        piece = character.casefold()
        pieces.append(piece)
        origin.extend([index] * len(piece))
    return "".join(pieces), origin


def find_all(text: str, query: str) -> Spans:
    """Return the ``(start, end)`` in ``text`` of every case-insensitive occurrence of
    ``query``: whole characters of ``text``, however folding changed its length (a match that
    covers part of a folded character, the "s" of "ß", covers that whole character)."""
    if not query:
        return []
    needle = query.casefold()
    haystack, origin = _folded(text)
    found: Spans = []
    start = haystack.find(needle)
    while start != -1:
        end = start + len(needle)
        span = (origin[start], origin[end - 1] + 1)
        if not found or span[0] >= found[-1][1]:  # two matches in one "ß" are one mark
            found.append(span)
        start = haystack.find(needle, end)
    return found


def _find_exact(text: str, query: str) -> Spans:
    found: Spans = []
    start = text.find(query)
    while start != -1:
        found.append((start, start + len(query)))
        start = text.find(query, start + len(query))
    return found


_REPEATS = {"MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"}


def may_run_away(query: str, flags: int = 0) -> bool:
    """True when the regex ``query`` has a shape whose matching can take exponential time (a
    repeat of more than one holding another repeat, a back-reference, or alternatives that
    can start with the same character, or with a class, which may overlap) or polynomial time
    of a high degree (:data:`SEQUENCE_REPEATS` open repeats in one sequence)."""
    try:
        parsed = _regex_parser.parse(query, flags)
    except Exception:  # noqa: BLE001 - not a regex we would compile either
        return False
    return _runs_away(list(parsed), inside_repeat=False)


#: Open-ended repeats of overlapping characters in one sequence from which matching takes
#: polynomial time of this degree or more: ``.*.*.*!`` is n³ tries on a line without "!"
#: (seconds on one paragraph); two (``\d+ troops \d+``) stay quick.
SEQUENCE_REPEATS = 3


def _open_repeats(items: list[tuple[Any, Any]]) -> int:
    """How many repeats of more than one, of anything but a single literal character, stand
    in the sequence ``items`` (they can split the same text between them many ways)."""
    count = 0
    for op, value in items:
        if str(op) in _REPEATS:
            _, high, body = value
            body = list(body)
            single_literal = len(body) == 1 and str(body[0][0]) == "LITERAL"
            if high > 1 and not single_literal:
                count += 1
    return count


def _runs_away(items: list[tuple[Any, Any]], *, inside_repeat: bool) -> bool:
    if _open_repeats(items) >= SEQUENCE_REPEATS:
        return True
    for op, value in items:
        name = str(op)
        if name in _REPEATS:
            _, high, body = value
            if inside_repeat and high > 1:
                return True
            if _runs_away(list(body), inside_repeat=inside_repeat or high > 1):
                return True
            continue
        if name in {"GROUPREF", "GROUPREF_EXISTS"} and inside_repeat:
            return True
        if name == "BRANCH" and inside_repeat and _branches_overlap(_sequences(name, value)):
            return True
        if any(_runs_away(sub, inside_repeat=inside_repeat) for sub in _sequences(name, value)):
            return True
    return False


def _sequences(name: str, value: Any) -> list[list[tuple[Any, Any]]]:
    """The sequences a parsed item holds: a branch's alternatives, a group's body."""
    if name == "BRANCH":
        return [list(branch) for branch in value[1]]
    if name == "SUBPATTERN":
        return [list(value[-1])]
    if name == "ATOMIC_GROUP":
        return [list(value)]
    if name in {"ASSERT", "ASSERT_NOT"}:
        return [list(value[1])]
    return []


def _branches_overlap(branches: list[list[tuple[Any, Any]]]) -> bool:
    """True when two alternatives may start with the same character: both with one literal
    character, or either with anything else (a class, a dot, a group, an empty branch)."""
    firsts: set[int] = set()
    for branch in branches:
        if not branch or str(branch[0][0]) != "LITERAL":
            return True
        character = branch[0][1]
        if character in firsts:
            return True
        firsts.add(character)
    return False


@dataclass(frozen=True)
class SearchPattern:
    """What to look for: ``query`` as typed, matched with ``case_sensitive`` (a capital in
    it) and, when ``regex`` is set, as that compiled expression."""

    query: str
    case_sensitive: bool
    regex: re.Pattern[str] | None = None
    refused_regex: bool = False
    """True when ``query`` is a regex searched as typed because it could run away."""

    @classmethod
    def of(cls, query: str) -> SearchPattern:
        """The pattern ``less`` would make of ``query`` (see the module's docstring)."""
        case_sensitive = any(character.isupper() for character in query)
        if not REGEX_CHARACTERS.intersection(query):
            return cls(query, case_sensitive)
        flags = 0 if case_sensitive else re.IGNORECASE
        try:
            regex = re.compile(query, flags)
        except (re.error, RecursionError, OverflowError):
            return cls(query, case_sensitive)
        if may_run_away(query, flags):
            return cls(query, case_sensitive, refused_regex=True)
        return cls(query, case_sensitive, regex)

    def literal(self) -> SearchPattern:
        """The same query searched as typed, not as a regex."""
        return SearchPattern(self.query, self.case_sensitive)

    @property
    def how(self) -> str:
        """How the query is matched, in a few words for the search line."""
        case = "case sensitive" if self.case_sensitive else "any case"
        if self.refused_regex:
            return f"{case}, as typed (as a regex it could take minutes)"
        return f"regex, {case}" if self.regex is not None else case

    def find(self, text: str) -> Spans:
        """Return where the pattern matches in ``text`` (empty matches left out)."""
        if not self.query:
            return []
        if self.regex is not None:
            return [
                match.span() for match in self.regex.finditer(text) if match.end() > match.start()
            ]
        if self.case_sensitive:
            return _find_exact(text, self.query)
        return find_all(text, self.query)

    def __bool__(self) -> bool:
        """True unless the query is empty (an empty search clears the marks)."""
        return bool(self.query)


NO_SEARCH = SearchPattern("", case_sensitive=False)
"""The pattern of no search: it matches nothing."""


def as_pattern(query: str | SearchPattern) -> SearchPattern:
    """``query`` as a pattern (a string is read as the reader's typing would be)."""
    return query if isinstance(query, SearchPattern) else SearchPattern.of(query)
