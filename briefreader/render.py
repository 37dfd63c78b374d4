"""Render a :class:`~briefreader.model.Brief` as schema-1 JSON, Markdown or plain text."""

from __future__ import annotations

import json
from typing import Any

from briefreader.model import Brief

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


def to_json(brief: Brief, *, indent: int | None = 2) -> str:
    """Schema-1 JSON; ``indent=None`` gives one line (for JSON Lines)."""
    return json.dumps(to_dict(brief), ensure_ascii=False, indent=indent)


def _escape_md(text: str) -> str:
    return text.replace("\\", "\\\\").replace("*", "\\*").replace("_", "\\_").replace("`", "\\`")


def _meta_line(brief: Brief) -> str:
    article = brief.article
    return " · ".join(
        part for part in (article.byline, article.date, article.site, article.source.path) if part
    )


def figure_label(figure) -> str:  # type: ignore[no-untyped-def]
    """ "at least 3,000 — North Korean troops" (qualifier and subject only when known)."""
    value = f"{figure.qualifier} {figure.value}" if figure.qualifier else figure.value
    return f"{value} — {figure.subject}" if figure.subject else value


def to_markdown(brief: Brief) -> str:
    """Markdown with the sections "Key facts", "Quotes" (each with its speaker) and "Figures"."""
    article = brief.article
    lines = [f"# {_escape_md(article.title or 'Untitled article')}", ""]
    meta = _meta_line(brief)
    if meta:
        lines += [f"*{_escape_md(meta)}*", ""]
    lines += ["## Key facts", ""]
    lines += [f"- {_escape_md(f.text)}" for f in brief.facts] or ["*None found.*"]
    lines += ["", "## Quotes", ""]
    for quote in brief.quotes:
        speaker = quote.speaker or "unknown speaker"
        lines.append(f"> “{_escape_md(quote.text)}”")
        lines.append(f"> — {_escape_md(speaker)}")
        lines.append("")
    if not brief.quotes:
        lines += ["*None found.*", ""]
    lines += ["## Figures", ""]
    lines += [
        f"- **{_escape_md(figure_label(f))}**: {_escape_md(f.context)}" for f in brief.figures
    ]
    if not brief.figures:
        lines.append("*None found.*")
    lines += ["", "## Article", ""]
    for paragraph in article.paragraphs:
        lines += [_escape_md(paragraph), ""]
    return "\n".join(lines).rstrip() + "\n"


def to_text(brief: Brief) -> str:
    """Plain text for reading in a pager or piping to other tools."""
    article = brief.article
    out = [article.title or "Untitled article"]
    meta = _meta_line(brief)
    if meta:
        out.append(meta)
    out += ["", "KEY FACTS"]
    out += [f"  * {f.text}" for f in brief.facts] or ["  (none)"]
    out += ["", "QUOTES"]
    for quote in brief.quotes:
        out.append(f'  "{quote.text}"\n      — {quote.speaker or "unknown speaker"}')
    if not brief.quotes:
        out.append("  (none)")
    out += ["", "FIGURES"]
    out += [f"  * {figure_label(f)}" for f in brief.figures] or ["  (none)"]
    out += ["", "ARTICLE", ""]
    for paragraph in article.paragraphs:
        out += [paragraph, ""]
    return "\n".join(out).rstrip() + "\n"
