"""Messages the reader's widgets post, named in the past tense.

Plain classes, not dataclasses: building a dataclass costs start-up time the first screen
waits for.
"""

from __future__ import annotations

from textual.message import Message

from briefreader.model import Brief, Span


class BriefLoaded(Message):
    """The worker has read, extracted and digested the file."""

    def __init__(self, brief: Brief) -> None:
        super().__init__()
        self.brief = brief


class LoadFailed(Message):
    """The worker could not produce a brief; ``message`` is one line for the reader."""

    def __init__(self, message: str, exit_code: int = 1) -> None:
        super().__init__()
        self.message = message
        self.exit_code = exit_code


class ItemChosen(Message):
    """The reader pressed enter on a fact, quote or figure: show ``sentence`` in the article."""

    def __init__(self, pane: str, index: int, span: Span, sentence: Span) -> None:
        super().__init__()
        self.pane = pane
        self.index = index
        self.span = span
        self.sentence = sentence


class SearchSubmitted(Message):
    """The reader typed a search and pressed enter."""

    def __init__(self, query: str) -> None:
        super().__init__()
        self.query = query


class SearchCancelled(Message):
    """The reader left the search bar with escape."""


class ArticleLoaded(Message):
    """A worker has read source ``index`` of a briefing."""

    def __init__(self, index: int, brief: Brief) -> None:
        super().__init__()
        self.index = index
        self.brief = brief


class ArticleFailed(Message):
    """Source ``index`` of a briefing could not be read; ``reason`` is one line."""

    def __init__(self, index: int, reason: str, exit_code: int = 1) -> None:
        super().__init__()
        self.index = index
        self.reason = reason
        self.exit_code = exit_code


class ArticleChosen(Message):
    """The reader chose source ``index`` in the article list."""

    def __init__(self, index: int) -> None:
        super().__init__()
        self.index = index


class BriefingItemChosen(Message):
    """The reader pressed enter on a briefing item: open source ``index`` at ``sentence``."""

    def __init__(self, index: int, sentence: Span) -> None:
        super().__init__()
        self.index = index
        self.sentence = sentence
