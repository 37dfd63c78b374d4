"""A :class:`~briefreader.briefing.Briefing` as one Markdown document (``digest --briefing``
and the reader's export), safe on a terminal: paths and URLs on one line, no control character
left raw (:mod:`~briefreader.render.terminal`)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from briefreader.render.labels import NO_TITLE, NONE_FOUND, OTHER_FIGURES_HEADING
from briefreader.render.labels import escape_running_text as _md
from briefreader.render.terminal import one_line, show_controls

if TYPE_CHECKING:
    from briefreader.briefing import Briefing, BriefingFigure, FigureGroup

__all__ = ["render_briefing_markdown"]


def _cite(numbers: Sequence[int]) -> str:
    """``[1][3]``: the sources' numbers (article indices from 0), each once."""
    return "".join(f"[{n + 1}]" for n in dict.fromkeys(numbers))


def _code(text: str) -> str:
    """``text`` (a path or URL) as inline code, on one line (its controls shown as escapes),
    without the backticks that would end it."""
    return f"`{one_line(text).replace('`', '')}`"


def _sources(briefing: Briefing) -> list[str]:
    """The numbered list of sources, then those that could not be read."""
    lines = ["## Sources", ""]
    for number, brief in enumerate(briefing.briefs, 1):
        article = brief.article
        where = article.source.url or article.source.path
        details = [part for part in (article.site, article.date) if part]
        line = f"{number}. **{_md(article.title or NO_TITLE)}**"
        if details:
            line += " · " + " · ".join(_md(d) for d in details)
        line += f" · {_code(where)}" if where else ""
        lines.append(line)
    if not briefing.briefs:
        lines.append("*None could be read.*")
    if briefing.failed:
        lines += ["", "Could not be read:", ""]
        lines += [f"- {_code(f.path)}: {_md(f.reason)}" for f in briefing.failed]
    lines.append("")
    return lines


def _facts(briefing: Briefing) -> list[str]:
    """Each fact with the numbers of the sources that state it."""
    lines = ["## Key facts", ""]
    lines += [f"- {_md(fact.text)} {_cite(fact.articles)}" for fact in briefing.facts]
    if not briefing.facts:
        lines.append(NONE_FOUND)
    lines.append("")
    return lines


def _speakers(briefing: Briefing) -> list[str]:
    """A heading per speaker, each quote with its source (and the name as written there)."""
    lines = ["## Quotes by speaker", ""]
    for group in briefing.speakers:
        lines += [f"### {_md(group.heading)}", ""]
        for item in group.quotes:
            said = ""
            if item.quote.speaker and item.quote.speaker != group.speaker:
                said = f" ({_md(item.quote.speaker)})"
            lines.append(f"- “{_md(item.quote.text)}” {_cite([item.article])}{said}")
        lines.append("")
    if not briefing.speakers:
        lines += [NONE_FOUND, ""]
    return lines


def _figure_line(group: FigureGroup, entry: BriefingFigure) -> str:
    """One value with its source, its claimant and its sentence (and its own subject when the
    group's heading does not say it)."""
    label = _md(entry.label)
    subject = entry.figure.subject
    if subject and subject != group.subject:
        label += f" ({_md(subject)})"
    who = f", {_md(entry.claimant)}" if entry.claimant else ""
    return f"- **{label}** {_cite([entry.article])}{who}: {_md(entry.figure.context)}"


def _figures(briefing: Briefing) -> list[str]:
    """A heading per subject, each value under it."""
    lines = ["## Figures by subject", ""]
    for group in briefing.figures:
        lines += [f"### {_md(group.subject or OTHER_FIGURES_HEADING)}", ""]
        lines += [_figure_line(group, entry) for entry in group.figures]
        lines.append("")
    if not briefing.figures:
        lines += [NONE_FOUND, ""]
    return lines


def render_briefing_markdown(briefing: Briefing) -> str:
    """The briefing as one Markdown document.

    Sections: "Sources" (numbered, each with title, site, date and path or URL), "Key facts"
    (each with the numbers of the sources that state it), "Quotes by speaker" (a heading per
    speaker), "Figures by subject" (a heading per subject, each value with its source).
    """
    count = len(briefing.briefs)
    lines = [f"# Briefing: {count} article{'s' if count != 1 else ''}", ""]
    lines += _sources(briefing)
    lines += _facts(briefing)
    lines += _speakers(briefing)
    lines += _figures(briefing)
    return show_controls("\n".join(lines).rstrip() + "\n")
