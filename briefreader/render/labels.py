"""The short texts every output form shares: names for what is unknown, figure labels, and
Markdown escaping.

Each visible string is written once here. Two spellings a user sees differently stay two
strings ("unknown speaker" after a quote, "Unknown speaker" as a heading), each named.
"""

from __future__ import annotations

import os
import re

from briefreader.model import Article, Figure
from briefreader.render.terminal import one_line

__all__ = [
    "BRIEF_MARKUP",
    "NONE_FOUND",
    "NO_TITLE",
    "OTHER_FIGURES_HEADING",
    "RUNNING_TEXT_MARKUP",
    "STDIN_NAME",
    "UNKNOWN_SPEAKER",
    "UNKNOWN_SPEAKER_HEADING",
    "escape_markdown",
    "escape_running_text",
    "figure_amount",
    "figure_label",
    "figure_value",
    "source_label",
]

#: Who said a quote whose speaker the article does not give (after the quote, in running text).
UNKNOWN_SPEAKER = "unknown speaker"
#: The heading of the briefing's group of quotes whose speaker is unknown.
UNKNOWN_SPEAKER_HEADING = "Unknown speaker"
#: The heading of the briefing's group of figures whose subject is unknown.
OTHER_FIGURES_HEADING = "Other figures"
#: The title shown for an article that has none.
NO_TITLE = "Untitled article"
#: What a Markdown section says when it has nothing to list.
NONE_FOUND = "*None found.*"
#: How an article read from ``-`` is named in lists.
STDIN_NAME = "standard input"

#: A title longer than this many characters is cut in article lists ...
_LABEL_MAX = 60
#: ... to this many, then an ellipsis (so the label stays within ``_LABEL_MAX``).
_LABEL_CUT = 57


#: Units the value as written already shows: money (its sign or word is part of the value:
#: "$1.2 billion", "20 euros") and percentages ("40%", "12 percent").
_UNITS_IN_VALUE = frozenset(
    ["$", "€", "£", "¥", "₹", "₩", "A$", "C$", "HK$", "NZ$", "S$", "R$", "yuan", "rupees", "won"]
    + ["francs", "rubles", "pesos", "reais", "percent", "percentage points"]
)
#: The singular of the plural units a figure of one takes ("1 year", "one mile").
_SINGULAR_UNITS = {
    "years": "year",
    "months": "month",
    "weeks": "week",
    "days": "day",
    "hours": "hour",
    "minutes": "minute",
    "seconds": "second",
    "decades": "decade",
    "centuries": "century",
    "miles": "mile",
    "feet": "foot",
    "inches": "inch",
    "yards": "yard",
    "tons": "ton",
    "tonnes": "tonne",
    "times": "time",
}


def figure_amount(figure: Figure) -> str:
    """A figure's value with its unit where the value does not show it: ``3,100 km``,
    ``8 years`` (an "8-year-old"), ``$1.2 billion`` and ``40%`` as written."""
    unit, value = figure.unit, figure.value
    if not unit or unit in _UNITS_IN_VALUE or value.lower().endswith(unit.lower()):
        return value
    if unit == "times" and value.lower() in {"once", "twice"}:
        return value
    if value[:-1].isdigit() and value.endswith("s"):
        return value  # a decade of life, "early 20s", is years already
    if figure.number == 1:
        unit = _SINGULAR_UNITS.get(unit, unit)
    return f"{value} {unit}"


def figure_value(figure: Figure) -> str:
    """A figure's value with its qualifier and unit: ``at least 3,000``, ``about 2,300
    tons`` (the amount alone without a qualifier)."""
    amount = figure_amount(figure)
    return f"{figure.qualifier} {amount}" if figure.qualifier else amount


def figure_label(figure: Figure) -> str:
    """``at least 3,000 — North Korean troops`` (qualifier, unit and subject only when known)."""
    value = figure_value(figure)
    return f"{value} — {figure.subject}" if figure.subject else value


def source_label(article: Article) -> str:
    """A short name for an article in lists: its site, else its title, else its file name
    (on one line, its controls shown as escapes)."""
    if article.site:
        return article.site
    if article.title:
        title = article.title
        return title if len(title) <= _LABEL_MAX else title[:_LABEL_CUT].rstrip() + "…"
    path = article.source.url or article.source.path
    if path == "-":
        return STDIN_NAME
    return one_line(os.path.basename(path.rstrip("/")) or path)


#: What a brief's Markdown escapes: emphasis, code and the escape character itself.
BRIEF_MARKUP = "\\*_`"
#: What the briefing's Markdown escapes in running text: also links, HTML, headings, tables.
RUNNING_TEXT_MARKUP = "\\`*_[]<>#|"

_MARKUP_PATTERNS: dict[str, re.Pattern[str]] = {}


def escape_markdown(text: str, markup: str = BRIEF_MARKUP) -> str:
    """``text`` with a backslash before each character of ``markup`` (Markdown would read
    them as markup)."""
    pattern = _MARKUP_PATTERNS.get(markup)
    if pattern is None:
        pattern = _MARKUP_PATTERNS[markup] = re.compile(f"([{re.escape(markup)}])")
    return pattern.sub(r"\\\1", text)


def escape_running_text(text: str) -> str:
    """``text`` on one line (white space runs made one space), safe as Markdown running text."""
    return escape_markdown(" ".join(text.split()), RUNNING_TEXT_MARKUP)
