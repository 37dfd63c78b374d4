"""Truly labelled pages from fetched repositories, for ``tools/text_dumps.py collect``.

- ``flairNLP/fundus`` (MIT): ``tests/resources/parser/test_data/<country>/<Publisher>.json``
  gives, per parser version (``V1``, ``V2`` …), the true title, authors, publishing date and
  body (summary, then sections of sub-headline and paragraphs) of the page
  ``<Publisher>_<date>.html.gz`` (versions and pages pair in order: the oldest page is V1's).
- ``postlight/parser`` (MIT): ``src/extractors/custom/<site>/index.test.js`` gives the title,
  author and date its fixture ``fixtures/<site>.html`` should yield (its body test checks only
  the first words: the body stays a silver label).

No page whose URL is one of the dev set's measured pages (zyte-dev, readability,
readability-more) is kept. Nothing here is written into the repository.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import os
import re
import subprocess
from collections.abc import Iterator
from urllib.parse import urlparse

FUNDUS_DATA = "tests/resources/parser/test_data"
#: The share of the fundus sites held out of all training and tuning: 1 in HELD_OUT_FOLDS,
#: by SHA-256 of the site's host (fixed before any result was seen).
HELD_OUT_FOLDS = 5

_ASSERT = re.compile(
    r"assert\.equal\(\s*(title|author|date_published)\s*,\s*"
    r"(null|'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"|`[^`]*`)\s*\)",
    re.S,
)
_FIXTURE = re.compile(r"readFileSync\(\s*['\"]\./fixtures/([^'\"]+\.html)['\"]")
_URL = re.compile(r"(?:url|uri)\s*=\s*['\"`](https?://[^'\"`]+)['\"`]", re.S)


def sha_held_out(site: str, salt: str) -> bool:
    """Whether ``site`` is in the held-out fold of the collection named ``salt``."""
    digest = hashlib.sha256(f"{salt}:{site}".encode()).digest()
    return int.from_bytes(digest[:8], "big") % HELD_OUT_FOLDS == 0


def url_key(url: str) -> str:
    """A URL as compared for sameness: host without ``www.`` and path without a final slash."""
    parsed = urlparse(url.strip())
    return parsed.netloc.lower().removeprefix("www.") + parsed.path.rstrip("/")


def _git(git_dir: str, *args: str) -> bytes:
    command = ["git", "--git-dir", git_dir, *args]
    return subprocess.run(command, capture_output=True, check=True).stdout


def _files(git_dir: str, under: str) -> list[str]:
    return _git(git_dir, "ls-tree", "-r", "--name-only", "HEAD", under).decode().split()


def devset_urls(devset: str) -> set[str]:
    """The URL keys of the dev set's measured pages (zyte-dev's ground truth; for readability
    and readability-more, each page's canonical link or og:url, and its title's key)."""
    out = set()
    with open(os.path.join(devset, "zyte-dev", "ground-truth.json"), encoding="utf-8") as f:
        out |= {url_key(v["url"]) for v in json.load(f).values()}
    link = re.compile(
        r"<(?:link[^>]+rel=[\"']canonical[\"'][^>]*href|meta[^>]+property=[\"']og:url[\"']"
        r"[^>]*content)=[\"']([^\"']+)",
        re.I,
    )
    for collection in ("readability", "readability-more"):
        root = os.path.join(devset, collection)
        for name in sorted(os.listdir(root)):
            source = os.path.join(root, name, "source.html")
            with open(source, encoding="utf-8", errors="replace") as f:
                out |= {url_key(u) for u in link.findall(f.read()) if "://" in u}
            with open(os.path.join(root, name, "expected-metadata.json"), encoding="utf-8") as f:
                title = json.load(f).get("title")
            if title:
                out.add(title_key(title))
    return out


def title_key(title: str) -> str:
    """A headline as compared for sameness with a dev page's (its letters and digits)."""
    return "title:" + re.sub(r"\W+", "", title.lower())


def fundus_body(body: dict) -> str:
    """The article's text from fundus's body tree: summary, then each section's
    sub-headline and paragraphs, one per line."""
    out = list(body.get("summary") or [])
    for section in body.get("sections") or []:
        out += list(section.get("headline") or []) + list(section.get("paragraphs") or [])
    return "\n".join(t.strip() for t in out if t and t.strip())


def _version_number(name: str) -> int:
    digits = re.sub(r"\D", "", name)
    return int(digits) if digits else 0


def fundus_pages(git_dir: str, exclude: set[str]) -> Iterator[tuple[str, bytes, dict]]:
    """(name, html, page info) of each fundus test page whose URL is not in ``exclude``."""
    files = _files(git_dir, FUNDUS_DATA)
    metas: dict[str, dict] = {}
    for path in files:
        if path.endswith("meta.info"):
            metas[os.path.dirname(path)] = json.loads(_git(git_dir, "show", f"HEAD:{path}"))
    for path in sorted(p for p in files if p.endswith(".json")):
        folder, publisher = os.path.dirname(path), os.path.basename(path)[:-5]
        pages = sorted(
            p for p in files if p.startswith(f"{folder}/{publisher}_") and p.endswith(".html.gz")
        )
        versions = json.loads(_git(git_dir, "show", f"HEAD:{path}"))
        names = sorted(versions, key=_version_number)
        if len(names) != len(pages):
            continue  # no sure pairing of versions and pages
        for version, page in zip(names, pages):
            truth = versions[version]
            base = os.path.basename(page)
            url = metas.get(folder, {}).get(base, {}).get("url", "")
            title = truth.get("title") or ""
            if not url or {url_key(url), title_key(title)} & exclude or not truth.get("body"):
                continue
            host = urlparse(url).netloc.lower().removeprefix("www.")
            info = {
                "site": host,
                "url": url,
                "body": fundus_body(truth["body"]),
                "truth": {
                    "title": truth.get("title") or None,
                    "author": ", ".join(truth.get("authors") or []) or None,
                    "date": (truth.get("publishing_date") or "")[:10] or None,
                },
                "held_out": sha_held_out(host, "fundus"),
            }
            html = gzip.decompress(_git(git_dir, "show", f"HEAD:{page}"))
            yield f"{os.path.basename(folder)}_{base.removesuffix('.html.gz')}", html, info


def _js_string(literal: str) -> str | None:
    if literal == "null":
        return None
    body = literal[1:-1]
    return re.sub(r"\\(.)", r"\1", body) if literal[0] != "`" else body


def postlight_truth(git_dir: str) -> dict[str, dict]:
    """Fixture file name -> {url, truth: {title, author, date}} from the custom extractors'
    tests (the first test case of each: the one its ``beforeAll`` parses)."""
    out: dict[str, dict] = {}
    for path in _files(git_dir, "src/extractors/custom"):
        if not path.endswith("index.test.js"):
            continue
        text = _git(git_dir, "show", f"HEAD:{path}").decode("utf-8", "replace")
        # Each "works with …" case after the first parses another fixture: only the first
        # fixture's asserts (before the second readFileSync) are its own.
        fixtures = list(_FIXTURE.finditer(text))
        if not fixtures:
            continue
        end = fixtures[1].start() if len(fixtures) > 1 else len(text)
        first = text[:end]
        truth: dict[str, str | None] = {}
        for key, literal in _ASSERT.findall(first):
            name = {"date_published": "date"}.get(key, key)
            if name not in truth:
                value = _js_string(literal)
                truth[name] = value[:10] if name == "date" and value else value
        url = _URL.search(first)
        out[fixtures[0].group(1)] = {"url": url.group(1) if url else "", "truth": truth}
    return out
