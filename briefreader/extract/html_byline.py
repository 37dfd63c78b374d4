"""The byline search in an HTML page: trafilatura's author search, in one pass of Python.

trafilatura finds a byline with XPath expressions whose ``re:test`` predicates call back into
Python for every element, three times over the page plus once more to prune comments and
asides first: a third of a page's extraction time when the meta tags name no author. The
same predicates, tested on each element's attributes in one walk of the tree, find the same
byline (``tests/extract/test_html_byline.py`` checks it against trafilatura on the dev set)
at a fifth of the cost.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

# trafilatura.xpaths.AUTHOR_DISCARD_XPATHS[0]: comments, sidebars, quotes, dates, figures.
_DISCARD_TAGS = frozenset({"a", "div", "section", "span"})
_DISCARD_EXACT_CLASS = frozenset({"comments", "title", "date"})
_DISCARD_ID = re.compile(r"^comments|comment-?list|ProductReviews")
_DISCARD_CLASS = re.compile(
    r"^[Cc]omments|commentlist|comments-list|sidebar|is-hidden|quote|embedly-instagram|"
    r"article-(?:share|support)|print|category|meta-date|meta-reviewer"
)

# trafilatura.xpaths.AUTHOR_XPATHS, in its order: specific, almost generic, last resort.
_SPECIFIC_TAGS = frozenset({"a", "address", "div", "link", "p", "span", "strong"})
_SPECIFIC_CLASS = re.compile(r"author-?name|AuthorName|authorName")
_GENERIC_TAGS = frozenset({"a", "div", "h3", "h4", "p", "span"})
_GENERIC_EXACT_CLASS = frozenset({"byline", "username", "byl", "BBL"})
_GENERIC_ID = re.compile(r"author|zuozhe|bianji|xiaobian")
_GENERIC_CLASS = re.compile(
    r"author|channel-name|zuozhe|bianji|xiaobian|submitted-by|posted-by|journalist-name"
)
_LAST_ID = re.compile(r"[Aa]uthor")
_LAST_CLASS = re.compile(r"[Aa]uthor|screenname|writer|[Bb]yline")
# Most classes and ids match none of the above: one search rules them all out.
_ANY_CLASS = re.compile(
    "|".join(p.pattern for p in (_SPECIFIC_CLASS, _GENERIC_CLASS, _LAST_CLASS))
    + "|^(?:author|byline|username|byl|BBL)$"
)
_ANY_ID = re.compile("|".join(p.pattern for p in (_GENERIC_ID, _LAST_ID)) + "|^author$")


def find_byline(tree: Any) -> str | None:
    """The page's byline as trafilatura's ``extract_author`` finds it, or ``None``.

    Prunes the page's comments, sidebars, dates and figures from ``tree`` **in place**
    (trafilatura prunes a copy): call it last, when the tree is no longer needed.
    """
    from trafilatura.metadata import extract_metainfo, normalize_authors
    from trafilatura.xml import delete_element

    for element in _discarded(tree):
        delete_element(element)
    for element in tree.xpath("//time|//figure"):
        delete_element(element)
    specific, generic, last_resort = _candidates(tree)
    # extract_metainfo calls each "expression" on the tree and tries its matches in order.
    expressions: list[Callable[[Any], list[Any]]] = [
        lambda _: specific,
        lambda _: generic,
        lambda _: last_resort,
    ]
    author = extract_metainfo(tree, expressions, len_limit=120)  # type: ignore[arg-type]
    return normalize_authors(None, author) if author else None  # type: ignore[no-any-return]


def _discarded(tree: Any) -> list[Any]:
    """The elements trafilatura's first author-discard expression matches, in page order."""
    found = []
    for element in tree.iterdescendants(*_DISCARD_TAGS):
        attrib = element.attrib
        if not attrib:
            continue
        element_id = attrib.get("id", "")
        css_class = attrib.get("class", "")
        if (
            element_id == "comments"
            or css_class in _DISCARD_EXACT_CLASS
            or (element_id and _DISCARD_ID.search(element_id))
            or (css_class and _DISCARD_CLASS.search(css_class))
            or "Figure" in attrib.get("data-component", "")
        ):
            found.append(element)
    return found


def _candidates(tree: Any) -> tuple[list[Any], list[Any], list[Any]]:
    """The matches of trafilatura's three author expressions, each in page order."""
    # ``rel='me'`` in the first expression tests a child element named rel, not an attribute.
    rel_me_parents = {
        id(parent)
        for rel in tree.iter("rel")
        if rel.text_content() == "me" and (parent := rel.getparent()) is not None
    }
    specific: list[Any] = []
    generic: list[Any] = []
    last_resort: list[Any] = []
    for element in tree.iter():
        tag = element.tag
        if not isinstance(tag, str):
            continue  # comments and processing instructions
        if tag == "author":
            specific.append(element)
        attrib = element.attrib
        if not attrib and id(element) not in rel_me_parents:
            continue
        css_class = attrib.get("class", "")
        element_id = attrib.get("id", "")
        if css_class and not _ANY_CLASS.search(css_class):
            css_class = ""  # matches none of the class tests below
        if element_id and not _ANY_ID.search(element_id):
            element_id = ""
        itemprop = attrib.get("itemprop", "")
        if tag in _SPECIFIC_TAGS and (
            attrib.get("rel") == "author"
            or element_id == "author"
            or css_class == "author"
            or itemprop == "author name"
            or id(element) in rel_me_parents
            or attrib.get("data-testid") in ("AuthorCard", "AuthorURL")
            or (css_class and _SPECIFIC_CLASS.search(css_class))
        ):
            specific.append(element)
        itemprop_author = "author" in itemprop
        if tag in _GENERIC_TAGS and (
            css_class in _GENERIC_EXACT_CLASS
            or itemprop_author
            or (element_id and _GENERIC_ID.search(element_id))
            or (css_class and _GENERIC_CLASS.search(css_class))
        ):
            generic.append(element)
        if (
            "Byline" in attrib.get("data-component", "")
            or itemprop_author
            or (element_id and _LAST_ID.search(element_id))
            or (css_class and _LAST_CLASS.search(css_class))
        ):
            last_resort.append(element)
    return specific, generic, last_resort
