"""What the copy keys copy, for the panes that own them (quotes, facts, figures, briefing).

Each item becomes ``(text, what)``: the text put on the clipboard and the words of the toast
("Copied quote by NIS"). :func:`copy` puts it there (:mod:`briefreader.tui.clipboard`), the
app saying whether the system clipboard tool is used too; :func:`nothing_copied` says why
nothing was.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefreader.model import Article, Fact, Figure, Quote
from briefreader.render import citations
from briefreader.tui import clipboard

if TYPE_CHECKING:
    from textual.widget import Widget

    from briefreader.briefing import BriefingFact
    from briefreader.config import Config

Copied = tuple[str, str]
"""``(text for the clipboard, what the toast says was copied)``."""


def quote_text(quote: Quote, article: Article, config: Config | None) -> str:
    """What ``y`` copies: the settings' ``quote_template`` when the user set one, else
    ``"…" — Speaker`` with ``(Title, Site)`` below (:func:`citations.quote_text`)."""
    template = config.quote_template if config is not None else None
    return citations.quote_text(quote, article, template)


def quote_copy(quote: Quote, article: Article, config: Config | None) -> Copied:
    """A quote with its attribution (as the settings write it)."""
    return quote_text(quote, article, config), f"quote by {citations.speaker_of(quote)}"


def fact_copy(fact: Fact | BriefingFact, article: Article) -> Copied:
    """A key fact with its article's title and site."""
    return citations.fact_citation(fact, article), "key fact"  # type: ignore[arg-type]


def figure_copy(figure: Figure, article: Article) -> Copied:
    """A figure, what it counts and its sentence, with its article's title and site."""
    return citations.figure_citation(figure, article), f"figure {figure.value}"


def settings(widget: Widget) -> Config | None:
    """The settings of the app ``widget`` is in (``None``: the defaults)."""
    return getattr(widget.app, "config", None)


def copy(widget: Widget, copied: Copied) -> None:
    """Copy ``copied`` and toast what it was; the app says whether the system tool helps."""
    text, what = copied
    use_system_tool = getattr(widget.app, "use_system_clipboard", True)
    clipboard.copy_text(widget.app, text, what, use_system_tool=use_system_tool)


def nothing_copied(widget: Widget, reason: str) -> None:
    """Toast why nothing was copied."""
    clipboard.report_nothing_copied(widget.app, reason)
