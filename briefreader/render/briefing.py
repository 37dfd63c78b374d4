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
    from briefreader.briefing import Briefing, BriefingFigure, FigureGroup, Story

__all__ = ["briefing_json", "render_briefing_markdown"]


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
    """The facts story by story (most sources first): a line naming the story and its
    sources, its facts each with the numbers of the sources that state it, then what each
    source adds that no other has."""
    lines = ["## Key facts", ""]
    several = len(briefing.stories) > 1 or any(len(s.articles) > 1 for s in briefing.stories)
    for number, story in enumerate(briefing.stories, 1):
        if several:
            first = briefing.briefs[story.articles[0]].article
            count = len(story.articles)
            kind = f"{count} sources" if count > 1 else "1 source"
            title = _md(first.title or NO_TITLE)
            lines += [f"**Story {number} · {kind}: {title}** {_cite(story.articles)}", ""]
        shared = [f for f in story.facts if len(f.articles) > 1 or len(story.articles) < 2]
        lines += [f"- {_md(fact.text)} {_cite(fact.articles)}" for fact in shared]
        for index in story.articles if len(story.articles) > 1 else ():
            only = story.adds(index)
            if only:
                lines += ["", f"*Only in {_cite([index])}:*", ""]
                lines += [f"- {_md(fact.text)} {_cite(fact.articles)}" for fact in only]
        lines.append("")
    if not any(story.facts for story in briefing.stories):
        lines += [NONE_FOUND, ""]
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
    """Story by story, a heading per subject with each value under it; "sources differ"
    where several sources of the story give different numbers."""
    lines = ["## Figures by subject", ""]
    several = len(briefing.stories) > 1
    for number, story in enumerate(briefing.stories, 1):
        if several and story.figures:
            lines += [f"**Story {number}** {_cite(story.articles)}", ""]
        for group in story.figures:
            differ = " (sources differ)" if group.sources_differ else ""
            lines += [f"### {_md(group.subject or OTHER_FIGURES_HEADING)}{differ}", ""]
            lines += [_figure_line(group, entry) for entry in group.figures]
            lines.append("")
    if not any(story.figures for story in briefing.stories):
        lines += [NONE_FOUND, ""]
    return lines


def _article_json(briefing: Briefing, index: int) -> dict[str, object]:
    article = briefing.briefs[index].article
    return {
        "path": article.source.url or article.source.path,
        "title": article.title,
        "site": article.site,
        "date": article.date,
    }


def _source_json(briefing: Briefing, index: int, paragraph: int) -> dict[str, object]:
    article = briefing.briefs[index].article
    return {
        "article": index,
        "path": article.source.url or article.source.path,
        "paragraph": paragraph,
    }


def _story_json(briefing: Briefing, story: Story) -> dict[str, object]:
    return {
        "articles": [_article_json(briefing, i) for i in story.articles],
        "facts": [
            {
                "text": fact.text,
                "sources": [_source_json(briefing, r.article, r.span.paragraph) for r in fact.refs],
            }
            for fact in story.facts
        ],
        "figures": [
            {
                "subject": group.subject,
                "sources_differ": group.sources_differ,
                "values": [
                    {
                        "value": entry.label,
                        "number": entry.figure.number,
                        "unit": entry.figure.unit,
                        "context": entry.figure.context,
                        "claimant": entry.claimant,
                        "source": _source_json(
                            briefing, entry.article, entry.figure.span.paragraph
                        ),
                    }
                    for entry in group.figures
                ],
            }
            for group in story.figures
        ],
        "quotes": [
            {
                "speaker": group.speaker,
                "quotes": [
                    {
                        "text": item.quote.text,
                        "speaker_as_written": item.quote.speaker,
                        "source": _source_json(briefing, item.article, item.quote.span.paragraph),
                    }
                    for item in group.quotes
                ],
            }
            for group in story.speakers
        ],
        "adds": [
            {"article": i, "facts": [fact.text for fact in story.adds(i)]}
            for i in story.articles
            if len(story.articles) > 1
        ],
    }


def briefing_json(briefing: Briefing) -> dict[str, object]:
    """The briefing as a JSON-ready object: ``{"schema": 1, "stories": [...], "failed": [...]}``
    (see the README): per story its articles (path, title, site, date), its facts with their
    sources, its figures with their sources (and whether the sources differ), its quotes by
    speaker and what each source adds. Numbers are finite or ``None``."""
    return {
        "schema": 1,
        "stories": [_story_json(briefing, story) for story in briefing.stories],
        "failed": [{"path": f.path, "reason": f.reason} for f in briefing.failed],
    }


def render_briefing_markdown(briefing: Briefing) -> str:
    """The briefing as one Markdown document.

    Sections: "Sources" (numbered, each with title, site, date and path or URL), then a
    section per story (most sources first): its key facts (each with the numbers of the
    sources that state it), quotes by speaker, figures by subject (each value with its
    source; "sources differ" where they give different numbers) and what each source adds.
    """
    count = len(briefing.briefs)
    lines = [f"# Briefing: {count} article{'s' if count != 1 else ''}", ""]
    lines += _sources(briefing)
    lines += _facts(briefing)
    lines += _speakers(briefing)
    lines += _figures(briefing)
    return show_controls("\n".join(lines).rstrip() + "\n")
