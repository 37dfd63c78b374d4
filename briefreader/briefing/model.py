"""What a briefing is made of: references into the articles, and the merged facts, quotes by
speaker and figures by subject, each item keeping its article and :class:`Span`."""

from __future__ import annotations

from dataclasses import dataclass

from briefreader.model import Article, Brief, Figure, Quote, Span
from briefreader.render.labels import UNKNOWN_SPEAKER_HEADING, figure_value


@dataclass(frozen=True)
class Ref:
    """Where an item stands: the index of its article in ``Briefing.briefs`` and its span."""

    article: int
    span: Span


@dataclass(frozen=True)
class BriefingFact:
    """A key fact, as written in its first source, with every article that states it.

    ``refs[0]`` is where ``text`` comes from; further refs are near-duplicates elsewhere.
    """

    text: str
    refs: tuple[Ref, ...]
    score: float = 0.0

    @property
    def articles(self) -> tuple[int, ...]:
        """The indices of the articles that state this fact, first source first."""
        return tuple(dict.fromkeys(ref.article for ref in self.refs))


@dataclass(frozen=True)
class BriefingQuote:
    """A quote of one article (``quote``), with the index of that article."""

    quote: Quote
    article: int

    @property
    def ref(self) -> Ref:
        """Where the quoted words stand."""
        return Ref(self.article, self.quote.span)


@dataclass(frozen=True)
class SpeakerGroup:
    """The quotes of one speaker across articles.

    ``speaker`` is the fullest form of the name met (``None`` for quotes whose speaker is
    unknown); ``aliases`` every form met, fullest first.
    """

    speaker: str | None
    aliases: tuple[str, ...]
    quotes: tuple[BriefingQuote, ...]

    @property
    def heading(self) -> str:
        """The speaker, or "Unknown speaker"."""
        return self.speaker or UNKNOWN_SPEAKER_HEADING

    @property
    def articles(self) -> tuple[int, ...]:
        """The indices of the articles quoting this speaker."""
        return tuple(dict.fromkeys(q.article for q in self.quotes))


@dataclass(frozen=True)
class BriefingFigure:
    """A figure of one article, with the index of that article.

    ``claimant`` is who gives the number when the article attributes it (the speaker of a
    quote in the same sentence), else ``None``: the article itself is the source.
    """

    figure: Figure
    article: int
    claimant: str | None = None

    @property
    def ref(self) -> Ref:
        """Where the number stands."""
        return Ref(self.article, self.figure.span)

    @property
    def label(self) -> str:
        """The value with its qualifier: "at least 3,000"."""
        return figure_value(self.figure)


@dataclass(frozen=True)
class FigureGroup:
    """Figures that count the same thing, from one or more articles.

    ``subject`` is the most specific subject met in the group (``None`` for the group of
    figures whose subject is unknown).
    """

    subject: str | None
    figures: tuple[BriefingFigure, ...]

    @property
    def articles(self) -> tuple[int, ...]:
        """The indices of the articles that give a figure of this group."""
        return tuple(dict.fromkeys(f.article for f in self.figures))

    @property
    def sources_differ(self) -> bool:
        """Whether several sources give different numbers for what this group counts."""
        values = {(f.figure.number, f.figure.unit) for f in self.figures}
        return self.subject is not None and len(self.articles) > 1 and len(values) > 1


@dataclass(frozen=True)
class Story:
    """Articles that report the same event (their indices in ``Briefing.briefs``), with their
    facts (each with every source), quotes by speaker and figures by subject."""

    articles: tuple[int, ...]
    facts: tuple[BriefingFact, ...]
    speakers: tuple[SpeakerGroup, ...]
    figures: tuple[FigureGroup, ...]

    def adds(self, article: int) -> tuple[BriefingFact, ...]:
        """The facts that only ``article`` gives, of the story's several sources."""
        if len(self.articles) < 2:
            return ()
        return tuple(f for f in self.facts if f.articles == (article,))


@dataclass(frozen=True)
class FailedSource:
    """A source that could not be read, with the one-line reason."""

    path: str
    reason: str


@dataclass(frozen=True)
class Briefing:
    """Several articles merged: facts without repeats, quotes by speaker, figures by subject."""

    briefs: tuple[Brief, ...]
    facts: tuple[BriefingFact, ...]
    speakers: tuple[SpeakerGroup, ...]
    figures: tuple[FigureGroup, ...]
    failed: tuple[FailedSource, ...] = ()
    stories: tuple[Story, ...] = ()

    def article(self, ref: Ref) -> Article:
        """The article a reference points into."""
        return self.briefs[ref.article].article
