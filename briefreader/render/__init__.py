"""Every output form, in one place: what the digest prints, what the reader copies and exports.

- :mod:`~briefreader.render.brief`: a brief as schema-1 JSON (:func:`to_dict`, :func:`to_json`,
  the JSON Lines :func:`error_json` record), Markdown (:func:`to_markdown`) and text
  (:func:`to_text`);
- :mod:`~briefreader.render.briefing`: a briefing of several articles as Markdown
  (:func:`render_briefing_markdown`);
- :mod:`~briefreader.render.citations`: a quote, fact or figure as copied, with its source, and
  the settings' quote template (:func:`format_quote`, :func:`quote_text`);
- :mod:`~briefreader.render.labels`: the shared short texts (figure labels, names of what is
  unknown, an article's name in lists) and Markdown escaping;
- :mod:`~briefreader.render.files`: :func:`write_atomically`, for ``digest -o`` and the export.

No Textual here: the reader shows and copies these forms, it does not build them.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from briefreader.render.brief import (
        SCHEMA,
        error_json,
        json_text,
        to_dict,
        to_json,
        to_markdown,
        to_text,
    )
    from briefreader.render.briefing import render_briefing_markdown
    from briefreader.render.citations import (
        TEMPLATE_FIELDS,
        fact_citation,
        figure_citation,
        format_quote,
        quote_citation,
        quote_text,
        quotes_markdown,
        source_line,
        speaker_of,
    )
    from briefreader.render.files import (
        ExportFailed,
        WriteFailed,
        export_file,
        resolve,
        write_atomically,
        write_output,
    )
    from briefreader.render.labels import (
        OTHER_FIGURES_HEADING,
        UNKNOWN_SPEAKER,
        UNKNOWN_SPEAKER_HEADING,
        escape_markdown,
        figure_amount,
        figure_label,
        figure_value,
        source_label,
    )

#: Where each name of this package lives. The submodules are imported when a name is first
#: asked for (PEP 562), as ``textual.widgets`` does: the reader's start-up needs only
#: :mod:`~briefreader.render.terminal` and a few labels, not the JSON, Markdown and file
#: writers (and the ``json`` and ``secrets`` modules they import).
_HOMES: dict[str, str] = {
    "ExportFailed": "files",
    "OTHER_FIGURES_HEADING": "labels",
    "SCHEMA": "brief",
    "TEMPLATE_FIELDS": "citations",
    "UNKNOWN_SPEAKER": "labels",
    "UNKNOWN_SPEAKER_HEADING": "labels",
    "WriteFailed": "files",
    "error_json": "brief",
    "escape_markdown": "labels",
    "export_file": "files",
    "fact_citation": "citations",
    "figure_amount": "labels",
    "figure_citation": "citations",
    "figure_label": "labels",
    "figure_value": "labels",
    "format_quote": "citations",
    "json_text": "brief",
    "quote_citation": "citations",
    "quote_text": "citations",
    "quotes_markdown": "citations",
    "render_briefing_markdown": "briefing",
    "resolve": "files",
    "source_label": "labels",
    "source_line": "citations",
    "speaker_of": "citations",
    "to_dict": "brief",
    "to_json": "brief",
    "to_markdown": "brief",
    "to_text": "brief",
    "write_atomically": "files",
    "write_output": "files",
}


def __getattr__(name: str) -> Any:
    """Import the submodule that defines ``name`` on first use."""
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{home}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    """The package's names, those not imported yet included."""
    return sorted({*globals(), *__all__})


__all__ = [
    "OTHER_FIGURES_HEADING",
    "SCHEMA",
    "TEMPLATE_FIELDS",
    "UNKNOWN_SPEAKER",
    "UNKNOWN_SPEAKER_HEADING",
    "ExportFailed",
    "WriteFailed",
    "error_json",
    "escape_markdown",
    "export_file",
    "fact_citation",
    "figure_amount",
    "figure_citation",
    "figure_label",
    "figure_value",
    "format_quote",
    "json_text",
    "quote_citation",
    "quote_text",
    "quotes_markdown",
    "render_briefing_markdown",
    "resolve",
    "source_label",
    "source_line",
    "speaker_of",
    "to_dict",
    "to_json",
    "to_markdown",
    "to_text",
    "write_atomically",
    "write_output",
]
