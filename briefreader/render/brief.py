"""A :class:`~briefreader.model.Brief` as schema-1 JSON (and its JSON Lines error record),
Markdown or plain text.

Every form is safe on a terminal (:mod:`~briefreader.render.terminal`): the article's text has
no control character left (extraction took them out), and what else may hold one (the file
name or URL) is shown with its controls as visible escapes.
"""

from __future__ import annotations

import json
from typing import Any

from briefreader.model import Brief
from briefreader.render.labels import (
    NO_TITLE,
    NONE_FOUND,
    STDIN_NAME,
    UNKNOWN_SPEAKER,
    escape_markdown,
    figure_label,
)
from briefreader.render.terminal import escape_json_controls, one_line, show_controls
from briefreader.render.wrap import text_width, wrap

__all__ = ["SCHEMA", "error_json", "json_text", "to_dict", "to_json", "to_markdown", "to_text"]

#: The version of the JSON a digest prints (DESIGN.md); a new number for any breaking change.
SCHEMA = 1


def to_dict(brief: Brief) -> dict[str, Any]:
    """The schema-1 object of DESIGN.md. Unknown values are ``None``."""
    article = brief.article
    source = article.source
    return {
        "schema": SCHEMA,
        "source": {
            "path": source.path,
            "kind": source.kind,
            "encoding": source.encoding,
            "url": source.url,
        },
        "title": article.title,
        "byline": article.byline,
        "date": article.date,
        "site": article.site,
        "language": article.language,
        "body": list(article.paragraphs),
        "captions": [
            {"text": c.text, "credit": c.credit, "after_paragraph": c.after_paragraph}
            for c in article.captions
        ],
        "facts": [{"text": f.text, "paragraph": f.span.paragraph} for f in brief.facts],
        "quotes": [
            {
                "text": q.text,
                "speaker": q.speaker,
                "speaker_found": q.speaker_found,
                "kind": q.kind,
                "paragraph": q.span.paragraph,
            }
            for q in brief.quotes
        ],
        "figures": [
            {
                "value": f.value,
                "number": f.number,
                "unit": f.unit,
                "subject": f.subject,
                "qualifier": f.qualifier,
                "context": f.context,
                "paragraph": f.span.paragraph,
            }
            for f in brief.figures
        ],
    }


def json_text(value: object, *, indent: int | None = 2) -> str:
    """``value`` as JSON text, non-ASCII kept as it is but for the control characters that
    ``json`` leaves raw (DEL, C1, bidi: :func:`~.terminal.escape_json_controls`);
    ``indent=None`` gives one line."""
    return escape_json_controls(json.dumps(value, ensure_ascii=False, indent=indent))


def to_json(brief: Brief, *, indent: int | None = 2) -> str:
    """Schema-1 JSON; ``indent=None`` gives one line (for JSON Lines)."""
    return json_text(to_dict(brief), indent=indent)


def error_json(path: str, message: str) -> str:
    """The JSON Lines record (one line) of a source that could not be read."""
    return json_text({"schema": SCHEMA, "source": {"path": path}, "error": message}, indent=None)


def _meta_line(brief: Brief) -> str:
    article = brief.article
    return " · ".join(
        part
        for part in (article.byline, article.date, article.site, _where(article.source.path))
        if part
    )


def _where(path: str) -> str:
    """The source as the meta line names it: its path, or "standard input" for ``-``."""
    return STDIN_NAME if path == "-" else one_line(path)


def to_markdown(brief: Brief) -> str:
    """Markdown with the sections "Key facts", "Quotes" (each with its speaker) and "Figures"."""
    article = brief.article
    lines = [f"# {escape_markdown(article.title or NO_TITLE)}", ""]
    meta = _meta_line(brief)
    if meta:
        lines += [f"*{escape_markdown(meta)}*", ""]
    lines += ["## Key facts", ""]
    lines += [f"- {escape_markdown(f.text)}" for f in brief.facts] or [NONE_FOUND]
    lines += ["", "## Quotes", ""]
    for quote in brief.quotes:
        speaker = quote.speaker or UNKNOWN_SPEAKER
        lines.append(f"> “{escape_markdown(quote.text)}”")
        lines.append(f"> — {escape_markdown(speaker)}")
        lines.append("")
    if not brief.quotes:
        lines += [NONE_FOUND, ""]
    lines += ["## Figures", ""]
    lines += [
        f"- **{escape_markdown(figure_label(f))}**: {escape_markdown(f.context)}"
        for f in brief.figures
    ]
    if not brief.figures:
        lines.append(NONE_FOUND)
    lines += ["", "## Article", ""]
    for paragraph in article.paragraphs:
        lines += [escape_markdown(paragraph), ""]
    return show_controls("\n".join(lines).rstrip() + "\n")


def to_text(brief: Brief, width: int | None = None) -> str:
    """Plain text for reading in a pager or piping to other tools, wrapped to ``width``
    (the terminal's, else 80 columns): each figure with its unit, what it counts and its
    sentence."""
    width = text_width(width)
    article = brief.article
    out = wrap(article.title or NO_TITLE, width)
    meta = _meta_line(brief)
    if meta:
        out += wrap(meta, width)
    out += ["", "KEY FACTS"]
    for fact in brief.facts:
        out += wrap(fact.text, width, "  * ", "    ")
    if not brief.facts:
        out.append("  (none)")
    out += ["", "QUOTES"]
    for quote in brief.quotes:
        out += wrap(f'"{quote.text}"', width, "  ", "   ")
        out += wrap(f"— {quote.speaker or UNKNOWN_SPEAKER}", width, "      ", "        ")
    if not brief.quotes:
        out.append("  (none)")
    out += ["", "FIGURES"]
    for figure in brief.figures:
        out += wrap(figure_label(figure), width, "  * ", "    ")
        out += wrap(figure.context, width, "      ")
    if not brief.figures:
        out.append("  (none)")
    out += ["", "ARTICLE", ""]
    for paragraph in article.paragraphs:
        out += [*wrap(paragraph, width), ""]
    return show_controls("\n".join(out).rstrip() + "\n")
