"""Expanding command-line arguments (files, folders, ``-``, URLs) into the sources to read.

A folder gives every saved page directly in it (``.txt``, ``.html``, ``.htm``, ``.md``;
hidden files skipped) in name order; a folder with none gives one source whose loader raises
the reason. Paths that do not exist are kept, so reading them reports the problem.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Sequence
from functools import partial

from briefreader import errors
from briefreader.defaults import DEFAULT_FACTS_SHOWN, DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT
from briefreader.model import Document
from briefreader.sources.read import failing, loader_for
from briefreader.sources.source import STDIN, ArticleSource, Loader, is_url

#: File name endings of the saved pages read from a folder.
ARTICLE_SUFFIXES = (".txt", ".html", ".htm", ".xhtml", ".md", ".markdown")


def article_sources(
    args: Sequence[str],
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    timeout: float = DEFAULT_TIMEOUT,
    stdin: bytes | None = None,
    document: Document | None = None,
    max_facts: int = DEFAULT_FACTS_SHOWN,
) -> list[ArticleSource]:
    """The sources ``args`` stand for, in order, each with its loader: files and URLs as
    given, repeats left out, folders opened.

    ``-`` reads ``stdin`` (bytes read beforehand) when given. ``document`` is the one source
    of ``args`` already loaded (the caller checked it): its loader only extracts and digests it.
    Each brief keeps at most ``max_facts`` key facts.
    """
    checked = document if len(args) == 1 else None
    read = partial(
        loader_for,
        max_bytes=max_bytes,
        timeout=timeout,
        stdin=stdin,
        document=checked,
        max_facts=max_facts,
    )
    sources: list[ArticleSource] = []
    seen: set[str] = set()
    for arg in args:
        if arg != STDIN and not is_url(arg) and os.path.isdir(arg):
            sources.extend(_folder_sources(arg, read, seen))
        elif arg not in seen:
            seen.add(arg)
            sources.append(ArticleSource(arg, read(arg)))
    return sources


def _natural_key(name: str) -> tuple[object, ...]:
    """Sort "page2" before "page10"."""
    return tuple(
        int(part) if part.isdigit() else part.casefold() for part in re.split(r"(\d+)", name)
    )


def _folder_sources(
    folder: str, read: Callable[[str], Loader], seen: set[str]
) -> list[ArticleSource]:
    """The saved pages directly in ``folder`` not in ``seen`` (which they join), by name."""
    try:
        names = sorted(os.listdir(folder), key=_natural_key)
    except OSError as error:
        unlisted = errors.PermissionDenied(
            folder, f"cannot list the folder ({error.strerror})", "check its permissions"
        )
        return [ArticleSource(folder, failing(unlisted), folder)]
    found = [
        os.path.join(folder, name)
        for name in names
        if not name.startswith(".")
        and name.lower().endswith(ARTICLE_SUFFIXES)
        and os.path.isfile(os.path.join(folder, name))
    ]
    if not found:
        empty = errors.NotAFile(
            folder,
            "is a directory with no saved pages (.txt, .html, .md) in it",
            "give a folder of saved articles",
        )
        return [ArticleSource(folder, failing(empty), folder)]
    sources: list[ArticleSource] = []
    for path in found:
        if path not in seen:
            seen.add(path)
            sources.append(ArticleSource(path, read(path), folder))
    return sources
