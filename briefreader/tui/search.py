"""What a search looks for, as ``less`` does it: smart case, and a regex when it looks like one.

A :class:`SearchPattern` is made from what the reader typed after ``/``:

- smart case: a query in lower case matches any case; one with a capital letter matches
  exactly (``russia`` finds "Russia", ``Russia`` does not find "RUSSIA");
- a query holding one of :data:`REGEX_CHARACTERS` is a regular expression (``troops?``,
  ``Kim|Yoon``), unless it is not a valid one (``(he``), which is then searched as typed.
  The screen searches a regex that finds nothing anywhere again as typed (``$5``, ``U.S.``
  read literally), see :meth:`SearchPattern.literal`.

Case-insensitive literal matches fold case as Unicode does ("ß" is "ss"), and always cover
whole characters of the text searched.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

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


@dataclass(frozen=True)
class SearchPattern:
    """What to look for: ``query`` as typed, matched with ``case_sensitive`` (a capital in
    it) and, when ``regex`` is set, as that compiled expression."""

    query: str
    case_sensitive: bool
    regex: re.Pattern[str] | None = None

    @classmethod
    def of(cls, query: str) -> SearchPattern:
        """The pattern ``less`` would make of ``query`` (see the module's docstring)."""
        case_sensitive = any(character.isupper() for character in query)
        if not REGEX_CHARACTERS.intersection(query):
            return cls(query, case_sensitive)
        try:
            regex = re.compile(query, 0 if case_sensitive else re.IGNORECASE)
        except (re.error, RecursionError, OverflowError):
            return cls(query, case_sensitive)
        return cls(query, case_sensitive, regex)

    def literal(self) -> SearchPattern:
        """The same query searched as typed, not as a regex."""
        return SearchPattern(self.query, self.case_sensitive)

    @property
    def how(self) -> str:
        """How the query is matched, in a few words for the search line."""
        case = "case sensitive" if self.case_sensitive else "any case"
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
