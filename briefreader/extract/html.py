"""Extract an article from HTML with trafilatura: body, metadata, and photo captions.

trafilatura drops ``<figure>`` content unless asked; captions are read from
``<figure>``/``<figcaption>`` (and common caption classes) separately, kept out of the body,
and placed after the body paragraph that precedes them in the page.
"""

from __future__ import annotations

import contextlib
import re
from dataclasses import replace
from typing import Any

from briefreader import errors
from briefreader.extract.captions import make_caption
from briefreader.extract.clean import clean_paragraphs, normalise_space
from briefreader.extract.html_byline import find_byline
from briefreader.extract.language import count_words
from briefreader.model import Article, Caption, Document

#: trafilatura's ``fast`` mode skips its second-opinion extractors (readability, jusText):
#: a quarter of the time, the same body F1 on zyte-dev and 0.002 less on readability.
FAST_EXTRACTION = True
#: A page whose body has fewer words than this holds no article.
MIN_ARTICLE_WORDS = 12
#: A body shorter than this many words may be far less than the page holds: then the text
#: method reads the page's text too (:mod:`.html_fallback`), and its article wins when
#: trafilatura's holds under ``FAR_LESS_SHARE`` of its words. A longer body is an article.
FALLBACK_CHECK_WORDS = 150
#: ... and so may a body holding under this share of the words of the page's whole text (on
#: zyte-dev and readability trafilatura's bodies hold a third or more of them).
PAGE_SHARE = 0.15
_CREDIT_CLASS = re.compile(r"credit|copyright|source|byline|author|photographer", re.I)
_CREDIT_LABEL = re.compile(r"^(?:photo(?:graph)?\s+|image\s+)?(?:credits?|courtesy)\s*:?\s*", re.I)
_CAPTION_CLASS = re.compile(r"(?:^|[\s_-])(?:caption|wp-caption-text|figcaption)", re.I)


def extract_html(document: Document) -> Article:
    """Extract the article of an HTML ``document``.

    Raises :class:`~briefreader.errors.NoArticle` when the page holds no article text.
    """
    import trafilatura
    from lxml import html as lxml_html

    try:
        tree = lxml_html.document_fromstring(document.text.encode("utf-8"), parser=_parser())
    except Exception:  # lxml raises several types on hopeless markup
        tree = None
    captions_raw = _find_captions(tree) if tree is not None else []
    metadata = _metadata(tree, document.source.url) if tree is not None else None
    result = trafilatura.bare_extraction(
        tree if tree is not None else document.text,
        with_metadata=metadata is None,
        include_comments=False,
        fast=FAST_EXTRACTION,
        include_tables=True,
        url=document.source.url,
    )
    text = getattr(result, "text", None) if result is not None else None
    if not text or not text.strip():
        return _text_instead(tree, document, metadata)
    caption_texts = {normalise_space(c[0]) for c in captions_raw}
    paragraphs = [
        p for p in clean_paragraphs(text.split("\n")) if normalise_space(p) not in caption_texts
    ]
    meta: Any = metadata if metadata is not None else result
    title = _clean_meta(meta.title)
    # The headline printed again at the top of the body is the title, not a paragraph.
    while paragraphs and title and normalise_space(paragraphs[0]).lower() == title.lower():
        paragraphs.pop(0)
    words = sum(count_words(p) for p in paragraphs)
    if words < MIN_ARTICLE_WORDS:
        return _text_instead(tree, document, meta)
    if tree is not None and (words < FALLBACK_CHECK_WORDS or words < PAGE_SHARE * page_words(tree)):
        found = _text_if_far_more(tree, document, meta, words)
        if found is not None:
            return found
    captions = _place_captions(captions_raw, paragraphs, tree)
    if metadata is not None and not metadata.author:
        # Last, because it prunes the tree in place (trafilatura would copy it first).
        metadata.author = _byline(tree)
    return Article(
        source=document.source,
        paragraphs=tuple(paragraphs),
        title=title,
        byline=_clean_author(meta.author),
        date=_clean_meta(meta.date),
        site=_clean_meta(meta.sitename) or _clean_meta(meta.hostname),
        language=_clean_meta(getattr(meta, "language", None)),
        captions=tuple(captions),
    )


def page_words(tree) -> int:  # type: ignore[no-untyped-def]
    """The number of words in the page's visible text."""
    from briefreader.extract.html_fallback import page_text

    return count_words(page_text(tree))


def _text_instead(tree, document: Document, meta: Any) -> Article:  # type: ignore[no-untyped-def]
    """The article the text method finds in the page's text, trafilatura having found none;
    raise :class:`~briefreader.errors.NoArticle` when the text method finds none either."""
    from briefreader.extract.html_fallback import text_article

    found = text_article(tree, document.source) if tree is not None else None
    if found is None:
        raise errors.NoArticle(
            document.source.path,
            "no article text found in this page",
            "save the article page itself, not an index",
        )
    return _with_metadata(found, meta)


def _text_if_far_more(tree, document: Document, meta: Any, words: int) -> Article | None:  # type: ignore[no-untyped-def]
    """The article the text method finds in the page's text when trafilatura's ``words``
    words are far fewer (under ``FAR_LESS_SHARE`` of its), else ``None``."""
    from briefreader.extract.html_fallback import FAR_LESS_SHARE, body_words, text_article

    found = text_article(tree, document.source)
    if found is None or words >= FAR_LESS_SHARE * body_words(found):
        return None
    return _with_metadata(found, meta)


def _with_metadata(found: Article, meta: Any) -> Article:
    """The text method's article with the page's metadata where the page gives it."""
    if meta is None:
        return found
    title = _clean_meta(meta.title) or found.title
    paragraphs = list(found.paragraphs)
    while paragraphs and title and normalise_space(paragraphs[0]).lower() == title.lower():
        paragraphs.pop(0)
    return replace(
        found,
        paragraphs=tuple(paragraphs),
        title=title,
        byline=_clean_author(meta.author) or found.byline,
        date=_clean_meta(meta.date) or found.date,
        site=_clean_meta(meta.sitename) or _clean_meta(meta.hostname) or found.site,
    )


def _metadata(tree, url: str | None):  # type: ignore[no-untyped-def]
    """Title, author (from meta tags and JSON-LD), date, site name and host, as trafilatura's
    ``extract_metadata`` finds them, without the categories, tags and licence it also looks
    for (a third of its time); the byline search in the page is :func:`_byline`."""
    try:
        from htmldate import find_date
        from trafilatura.metadata import (
            examine_meta,
            extract_domain,
            extract_meta_json,
            extract_sitename,
            extract_title,
            extract_url,
            set_date_params,
        )
    except ImportError:  # another trafilatura version: let bare_extraction do it all
        return None
    try:
        metadata = examine_meta(tree)
        if metadata.author and " " not in metadata.author:
            metadata.author = None
        # trafilatura's JSON-LD reader has bugs of its own; the meta tags still count.
        with contextlib.suppress(Exception):
            metadata = extract_meta_json(tree, metadata)
        metadata.title = metadata.title or extract_title(tree)
        metadata.url = metadata.url or extract_url(tree, url)
        if metadata.url:
            metadata.hostname = extract_domain(metadata.url, fast=True)
        date_config = set_date_params(True)
        date_config["url"] = metadata.url
        metadata.date = find_date(tree, **date_config)
        metadata.sitename = (metadata.sitename or extract_sitename(tree) or "").lstrip("@") or None
        if metadata.sitename and "." not in metadata.sitename and metadata.sitename[0].islower():
            metadata.sitename = metadata.sitename.title()
        return metadata
    except Exception:  # noqa: BLE001 - fall back to trafilatura's own full pass
        return None


def _byline(tree) -> str | None:  # type: ignore[no-untyped-def]
    """The byline in the page itself (bylines, author links); prunes ``tree`` in place."""
    try:
        return find_byline(tree)
    except ImportError:  # another trafilatura version: its own (slower) search
        from trafilatura.metadata import extract_author

        return extract_author(tree)  # type: ignore[no-any-return]
    except Exception:  # noqa: BLE001 - no byline is better than no article
        return None


def _parser():  # type: ignore[no-untyped-def]
    from lxml import html as lxml_html

    return lxml_html.HTMLParser(
        encoding="utf-8", remove_comments=True, recover=True, huge_tree=True
    )


def _find_captions(tree) -> list[tuple[str, str | None, object]]:  # type: ignore[no-untyped-def]
    """Return (text, credit, element) for each distinct caption in document order."""
    found: list[tuple[str, str | None, object]] = []
    seen: set[str] = set()
    candidates = tree.xpath("//figcaption | //*[contains(@class, 'caption')]")
    for element in candidates:
        if element.tag != "figcaption" and not _CAPTION_CLASS.search(element.get("class", "")):
            continue
        if element.xpath("ancestor::figcaption") or element.xpath("ancestor::script"):
            continue
        credit_parts = []
        for credit_el in element.xpath(".//*[@class]"):
            if _CREDIT_CLASS.search(credit_el.get("class", "")):
                credit_parts.append(normalise_space(credit_el.text_content()))
        text = normalise_space(element.text_content())
        if len(text) < 15 or text in seen:
            continue
        seen.add(text)
        credit = _CREDIT_LABEL.sub("", " ".join(c for c in credit_parts if c)) or None
        found.append((text, credit, element))
    return found


def _place_captions(captions_raw, paragraphs, tree) -> list[Caption]:  # type: ignore[no-untyped-def]
    """Place each caption after the body paragraph that precedes it in the page."""
    if not captions_raw:
        return []
    keys = {_key(p): i for i, p in enumerate(paragraphs)}
    positions: dict[int, int] = {}
    last = -1
    caption_elements = {id(el): n for n, (_, _, el) in enumerate(captions_raw)}
    for element in tree.iter():
        caption = caption_elements.get(id(element))
        if caption is not None:
            positions[caption] = last
            if len(positions) == len(caption_elements):
                break  # the rest of the page places nothing
            continue
        if element.tag in ("p", "li", "blockquote", "h2", "h3", "h4", "pre", "td"):
            index = keys.get(_key(element.text_content()))
            if index is not None and index > last:
                last = index
    return [
        make_caption(text, positions.get(n, -1), credit)
        for n, (text, credit, _) in enumerate(captions_raw)
    ]


def _key(text: str) -> str:
    return normalise_space(text)[:200]


def _clean_meta(value: object) -> str | None:
    if value is None:
        return None
    text = normalise_space(str(value))
    return text or None


def _clean_author(value: object) -> str | None:
    text = _clean_meta(value)
    if not text:
        return None
    names: list[str] = []
    for name in re.split(r"\s*;\s*", text):
        if name and name.lower() not in (n.lower() for n in names):
            names.append(name)
    return ", ".join(names) or None
