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
