"""Small text helpers shared by the extractors, and the control characters taken out of every
article they return (:func:`without_controls`)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from briefreader import errors
from briefreader.model import Article, Caption
from briefreader.render.terminal import has_controls, strip_controls

_SPACE = re.compile(r"\s+")
# White space that normalise_space changes: any but a space, or two spaces in a row.
_UNEVEN_SPACE = re.compile(r"[^\S ]|  ")


def normalise_space(text: str) -> str:
    """Collapse runs of white space (including no-break spaces) to one space and strip."""
    if _UNEVEN_SPACE.search(text) is None:
        # Nothing to collapse: a substitution would still cut a huge line into a list of its
        # every word and space before joining them again.
        return text.strip()
    return _SPACE.sub(" ", text).strip()


#: Characters a dumper puts where the page had another: lynx writes the entity ``&rsquo;`` as
#: U+02BC (modifier letter apostrophe), a letter to ``\w``, so "weʼre" would be one word
#: and no stopword; the page's own character is U+2019.
DUMPER_SUBSTITUTES = {"\u02bc": "\u2019"}


def undo_dumper_quirks(text: str) -> str:
    """``text`` with the characters a dumper substituted (:data:`DUMPER_SUBSTITUTES`) put
    back; the same string when it holds none (a huge dump is not copied for nothing)."""
    for found, meant in DUMPER_SUBSTITUTES.items():
        if found in text:
            text = text.replace(found, meant)
    return text


def clean_paragraphs(lines: Iterable[str]) -> list[str]:
    """Normalise white space in each line and drop empty ones."""
    out = []
    for line in lines:
        text = normalise_space(line)
        if text:
            out.append(text)
    return out


def _stripped(text: str | None) -> str | None:
    """``text`` without control characters; ``None`` when nothing else was in it."""
    if text is None:
        return None
    return strip_controls(text).strip() or None


def _article_has_controls(article: Article) -> bool:
    texts = [article.title, article.byline, article.date, article.site, *article.paragraphs]
    texts += [part for caption in article.captions for part in (caption.text, caption.credit)]
    return any(text and has_controls(text) for text in texts)


def without_controls(article: Article) -> Article:
    """``article`` with the escape sequences and control characters of its page removed
    (:func:`~briefreader.render.terminal.strip_controls`): page text is shown as text, in the
    reader and in every output, and never reaches a terminal as a command.

    A paragraph or caption left empty is dropped (captions keep their place); an article with
    no paragraph left raises :class:`~briefreader.errors.NoArticle`. An article without control
    characters is returned as it is.
    """
    if not _article_has_controls(article):
        return article
    kept: list[str] = []
    # new_index[i]: how many paragraphs before old paragraph i are kept, minus one (the
    # index of the last kept paragraph at or before i), so a caption stays after it.
    new_index: list[int] = []
    for paragraph in article.paragraphs:
        text = strip_controls(paragraph).strip()
        if text:
            kept.append(text)
        new_index.append(len(kept) - 1)
    if not kept:
        raise errors.NoArticle(
            article.source.path,
            "no article text found, only control characters",
            "save the article page itself and retry",
        )
    captions = []
    for caption in article.captions:
        caption_text = _stripped(caption.text)
        if caption_text is None:
            continue
        after = caption.after_paragraph
        after = new_index[after] if 0 <= after < len(new_index) else after
        captions.append(Caption(caption_text, _stripped(caption.credit), after))
    return replace(
        article,
        paragraphs=tuple(kept),
        title=_stripped(article.title),
        byline=_stripped(article.byline),
        date=_stripped(article.date),
        site=_stripped(article.site),
        captions=tuple(captions),
    )
