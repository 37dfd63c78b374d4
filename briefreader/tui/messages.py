"""Messages the reader's widgets post, as small dataclasses named in the past tense."""

from __future__ import annotations

from dataclasses import dataclass

from textual.message import Message

from briefreader.model import Brief, Span


@dataclass
class BriefLoaded(Message):
    """The worker has read, extracted and digested the file."""

    brief: Brief


@dataclass
class LoadFailed(Message):
    """The worker could not produce a brief; ``message`` is one line for the reader."""

    message: str
    exit_code: int = 1


@dataclass
class ItemChosen(Message):
    """The reader pressed enter on a fact, quote or figure: show ``sentence`` in the article."""

    pane: str
    index: int
    span: Span
    sentence: Span


@dataclass
class SearchSubmitted(Message):
    """The reader typed a search and pressed enter."""

    query: str


@dataclass
class SearchCancelled(Message):
    """The reader left the search bar with escape."""


@dataclass
class ArticleLoaded(Message):
    """A worker has read source ``index`` of a briefing."""

    index: int
    brief: Brief


@dataclass
class ArticleFailed(Message):
    """Source ``index`` of a briefing could not be read; ``reason`` is one line."""

    index: int
    reason: str
    exit_code: int = 1


@dataclass
class ArticleChosen(Message):
    """The reader chose source ``index`` in the article list."""

    index: int


@dataclass
class BriefingItemChosen(Message):
    """The reader pressed enter on a briefing item: open source ``index`` at ``sentence``."""

    index: int
    sentence: Span
