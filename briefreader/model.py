"""The data that flows through briefreader: frozen dataclasses, no behaviour beyond helpers.

``Document`` (raw input) → ``Article`` (clean text and metadata) → ``Brief`` (facts, quotes,
figures). Every item of a brief carries a :class:`Span` into ``Article.paragraphs``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Kind = Literal["html", "text", "markdown"]
QuoteKind = Literal["full", "fragment"]
#: How a quote's speaker was found: named in the quote's sentence, a pronoun ("he said"), a
#: description ("the spokesman said") resolved to a name, or the quote it continues.
SpeakerFound = Literal["named", "pronoun", "description", "continuation"]


@dataclass(frozen=True)
class Source:
    """Where a document came from: its path (or ``-``), kind, encoding and URL when known."""

    path: str
    kind: Kind
    encoding: str
    url: str | None = None


@dataclass(frozen=True)
class Document:
    """Raw decoded input: the text of a file plus where it came from."""

    source: Source
    text: str


@dataclass(frozen=True)
class Caption:
    """A photo caption, with its credit ("Yonhap") when the page gives one.

    ``after_paragraph`` is the index of the body paragraph the caption follows
    (-1 when it comes before the first paragraph), so a reader can show it in place.
    """

    text: str
    credit: str | None = None
    after_paragraph: int = -1


@dataclass(frozen=True)
class Article:
    """The clean article: body paragraphs, metadata and captions. Unknown values are ``None``."""

    source: Source
    paragraphs: tuple[str, ...]
    title: str | None = None
    byline: str | None = None
    date: str | None = None
    site: str | None = None
    language: str | None = None
    captions: tuple[Caption, ...] = ()


@dataclass(frozen=True)
class Span:
    """A place in an article: paragraph index and character offsets ``[start, end)`` in it."""

    paragraph: int
    start: int
    end: int

    def text_in(self, article: Article) -> str:
        """Return the text this span covers in ``article``."""
        return article.paragraphs[self.paragraph][self.start : self.end]


@dataclass(frozen=True)
class Fact:
    """A key sentence of the article, as written there. ``score`` orders facts (higher first)."""

    text: str
    span: Span
    score: float = 0.0


@dataclass(frozen=True)
class Quote:
    """A direct quotation: the words inside the marks, who said them (``None`` if unknown).

    ``span`` covers the quoted words; ``sentence`` covers the sentence(s) around them;
    ``speaker_found`` says how the speaker was found (``None`` when there is none).
    """

    text: str
    speaker: str | None
    kind: QuoteKind
    span: Span
    sentence: Span | None = None
    speaker_found: SpeakerFound | None = None


@dataclass(frozen=True)
class Figure:
    """A number with what it counts.

    ``value`` is the text as written ("3,000", "$1.2 billion", "a dozen"); ``number`` its value;
    ``unit`` ("$", "percent", "km", ...) and ``qualifier`` ("at least", "about", ...) when given;
    ``subject`` is what it counts; ``context`` is the sentence it stands in.
    """

    value: str
    number: float | None
    unit: str | None
    subject: str | None
    qualifier: str | None
    context: str
    span: Span
    sentence: Span | None = None


@dataclass(frozen=True)
class Brief:
    """An article and its digest: key facts (best first), quotes and figures (article order)."""

    article: Article
    facts: tuple[Fact, ...] = field(default_factory=tuple)
    quotes: tuple[Quote, ...] = field(default_factory=tuple)
    figures: tuple[Figure, ...] = field(default_factory=tuple)
