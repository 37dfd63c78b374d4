"""Dump HTML pages to text with several dumpers and label every dump line: the training data
of the text-dump line classifier (``tools/train_text_classifier.py``).

Pages come from the development set (``zyte-dev``, ``readability``, ``readability-more``: each
with its true article body) and from public article-extractor test pages fetched with the
search tool (``postlight/parser`` fixtures with their tests' true title, author and date,
``goose3/goose3`` and ``AndyTheFactory/newspaper4k`` ``tests/data``, and ``flairNLP/fundus``'s
test pages with their true body, title, authors and date: ``tools/text_pages.py``).
Everything is written under ``DATA`` (default ``/work/data/text12``), never into the
repository: only the learned weights are shipped.

    python tools/text_dumps.py collect ../shared/devset --mirror /work/.mirror
    python tools/text_dumps.py dump                # w3m -cols 2000 / 80, lynx, inscriptis
    python tools/text_dumps.py label               # truth (or silver) and per-line labels

Layout: ``DATA/pages/<collection>/<name>/source.html`` with ``page.json`` (site, collection,
and the true body when the collection has one), ``DATA/dumps/<dumper>/<collection>/<name>.txt``
and, after ``label``, ``DATA/labels/<collection>/<name>.json``: the body the dump lines are
labelled against (the true body, else the HTML path's extraction as a silver label), the
page's own headline (``og:title``, else ``<h1>``), author and date, and for each dump a label
per line (``body``, ``headline``, ``byline``, ``date``, ``caption``, ``other``). A silver page
whose HTML extraction and text-dump extraction disagree wildly (shingle F1 below
``SILVER_AGREEMENT``) is marked ``dropped``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
from collections import Counter
from urllib.parse import urlparse

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import text_pages  # noqa: E402

DATA = os.environ.get("TEXT12_DATA", "/work/data/text12")
TOKEN = re.compile(r"\w+")
_TEMPORARY = re.compile(r"file://localhost/tmp/\S*")
#: A silver-labelled page is kept when its HTML and text-dump extractions agree at least this
#: much (shingle F1): below it one of the two paths has certainly failed on the page.
SILVER_AGREEMENT = 0.5
#: A dump line is article body when at least this share of its 4-word shingles are the body's.
BODY_SHARE = 0.5
#: A line is the byline or the date only when it is this short (in words) ...
META_LINE_WORDS = 12
#: ... and a line is the headline when it matches the page's title by this shingle share.
HEADLINE_SHARE = 0.8
#: A fetched page with a true body is kept when its w3m dump holds at least this share of the
#: body's shingles: below it the page's text is not in its HTML (loaded by a script).
DUMP_COVERAGE = 0.5
#: The dev set's collections: their bodies are true (the benchmarks' ground truth).
DEVSET_COLLECTIONS = ("zyte-dev", "readability", "readability-more")
#: The collections whose bodies are true (the dev set's and fundus's test pages).
TRUE_COLLECTIONS = (*DEVSET_COLLECTIONS, "fundus")
#: A dumper gives up on a page after this many seconds.
DUMP_TIMEOUT = 60
#: One fifth of the sites (by a stable hash of the site's name) are held out of all tuning.
HELD_OUT_FOLDS = 5

#: The dumpers: name -> command (``{}`` is the UTF-8 HTML file); ``None`` is Python's.
DUMPERS: dict[str, list[str] | None] = {
    "w3m": ["w3m", "-dump", "-cols", "2000", "-T", "text/html", "-I", "UTF-8", "-O", "UTF-8"],
    "w3m80": ["w3m", "-dump", "-cols", "80", "-T", "text/html", "-I", "UTF-8", "-O", "UTF-8"],
    "lynx": [
        "lynx",
        "-dump",
        "-nolist",
        "-force_html",
        "-assume_charset=utf-8",
        "-display_charset=utf-8",
        "-stdin",
    ],
    "inscriptis": None,
}


def site_of(url_or_name: str) -> str:
    """The site of a page: its URL's host without ``www.``, else a name without its number."""
    host = urlparse(url_or_name).netloc if "://" in url_or_name else ""
    if not host:
        host = re.sub(r"(?:[-_]\d+)+$", "", url_or_name.rsplit("/", 1)[-1])
        host = re.sub(r"\.html?$", "", host)
    return host.lower().removeprefix("www.")


def names_site(title: str, site: str) -> bool:
    """Whether a page's own title only names its site ("The New Republic" on newrepublic.com,
    "Engadget" as the logo's <h1>): such a title says nothing of which line is the headline."""
    flat = re.sub(r"[\W_]", "", re.sub(r"^the\s+", "", title.lower()))
    return bool(flat) and flat in re.sub(r"[\W_]", "", site.lower())


def held_out(site: str) -> bool:
    """Whether ``site`` belongs to the fixed held-out fold (a stable hash, not Python's)."""
    return sum(site.encode()) * 2654435761 % 2**32 % HELD_OUT_FOLDS == 0


#: readability-more is split by a stable hash of the site into two fixed halves: pages of the
#: "study" half may be read and trained on; the "report" half is only ever scored as a whole.
MORE_HALVES = ("study", "report")


def more_half(site: str) -> str:
    """The fixed half of readability-more that ``site`` belongs to (``study`` or ``report``)."""
    digest = hashlib.sha256(f"readability-more:{site}".encode()).digest()
    return MORE_HALVES[digest[0] % 2]


def _git_show(git_dir: str, path: str) -> bytes:
    return subprocess.run(
        ["git", "--git-dir", git_dir, "show", f"HEAD:{path}"], capture_output=True, check=True
    ).stdout


def _git_files(git_dir: str, under: str) -> list[str]:
    out = subprocess.run(
        ["git", "--git-dir", git_dir, "ls-tree", "-r", "--name-only", "HEAD", under],
        capture_output=True,
        check=True,
        text=True,
    ).stdout
    return out.split()


def _write_page(collection: str, name: str, html: bytes, info: dict) -> None:
    folder = os.path.join(DATA, "pages", collection, name)
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, "source.html"), "wb") as out:
        out.write(html)
    info = {"collection": collection, "name": name, **info}
    info.setdefault("held_out", held_out(info["site"]))
    with open(os.path.join(folder, "page.json"), "w", encoding="utf-8") as out:
        json.dump(info, out, ensure_ascii=False, indent=1)


def collect_devset(devset: str) -> None:
    """The dev set's HTML pages with their true bodies (and their stored w3m dumps)."""
    truth = json.load(open(os.path.join(devset, "zyte-dev", "ground-truth.json")))
    for key, value in truth.items():
        html = open(os.path.join(devset, "zyte-dev", "html", key + ".html"), "rb").read()
        info = {"site": site_of(value["url"]), "body": value["articleBody"]}
        _write_page("zyte-dev", key, html, info)
    for collection in ("readability", "readability-more"):
        root = os.path.join(devset, collection)
        for name in sorted(os.listdir(root)):
            html = open(os.path.join(root, name, "source.html"), "rb").read()
            body = open(os.path.join(root, name, "expected.txt"), encoding="utf-8").read()
            _write_page(collection, name, html, {"site": site_of(name), "body": body})


def collect_mirrors(mirror: str, devset: str) -> None:
    """The fetched extractor test pages (postlight fixtures, goose3, newspaper4k, fundus), but
    any whose URL or title is one of the dev set's pages."""
    exclude = text_pages.devset_urls(devset)
    git = os.path.join(mirror, "flairNLP+fundus", "repo")
    if os.path.isdir(git):
        for name, html, info in text_pages.fundus_pages(git, exclude):
            _write_page("fundus", name, html, info)
    git = os.path.join(mirror, "postlight+parser", "repo")
    if os.path.isdir(git):
        truths = text_pages.postlight_truth(git)
        for path in _git_files(git, "fixtures"):
            if path.endswith(".html"):
                name = path.split("/", 1)[1].removesuffix(".html").replace("/", "_")
                site = site_of("https://" + path.split("/")[1].removesuffix(".html"))
                known = truths.get(path.split("/", 1)[1], {})
                keys = {text_pages.url_key(known.get("url") or "")}
                keys.add(text_pages.title_key(known.get("truth", {}).get("title") or ""))
                if keys & exclude:
                    continue
                _write_page("postlight", name, _git_show(git, path), {"site": site, **known})
    git = os.path.join(mirror, "goose3+goose3", "repo")
    if os.path.isdir(git):
        for path in _git_files(git, "tests/data/content"):
            if path.endswith(".html"):
                expected = json.loads(_git_show(git, path[:-5] + ".json"))
                body = expected.get("expected", {}).get("cleaned_text")
                info = {"site": site_of(expected.get("url") or path), "body": body}
                name = os.path.basename(path)[:-5]
                _write_page("goose3", name, _git_show(git, path), info)
    git = os.path.join(mirror, "AndyTheFactory+newspaper4k", "repo")
    if os.path.isdir(git):
        texts = set(_git_files(git, "tests/data/txt"))
        metas = set(_git_files(git, "tests/data/metadata"))
        for path in _git_files(git, "tests/data/html"):
            name = os.path.basename(path).removesuffix(".html")
            info: dict = {"site": site_of(name)}
            if f"tests/data/metadata/{name}.json" in metas:
                meta = json.loads(_git_show(git, f"tests/data/metadata/{name}.json"))
                info["site"] = site_of(meta.get("url") or name)
            if f"tests/data/txt/{name}.txt" in texts:
                info["body"] = _git_show(git, f"tests/data/txt/{name}.txt").decode("utf-8")
            _write_page("newspaper4k", name, _git_show(git, path), info)


def iter_pages(collections: list[str] | None = None):
    """(folder, page.json) of every collected page, in a stable order."""
    root = os.path.join(DATA, "pages")
    for collection in sorted(os.listdir(root)):
        if collections and collection not in collections:
            continue
        for name in sorted(os.listdir(os.path.join(root, collection))):
            folder = os.path.join(root, collection, name)
            with open(os.path.join(folder, "page.json"), encoding="utf-8") as f:
                yield folder, json.load(f)


def dump_html(html: str, dumper: str) -> str:
    """``html`` dumped to text by ``dumper`` (a name of :data:`DUMPERS`)."""
    command = DUMPERS[dumper]
    if command is None:
        import inscriptis

        return inscriptis.get_text(html)
    # From standard input: a file's (temporary) name would show in the dump (lynx prints
    # a page's refresh target).
    result = subprocess.run(
        command, input=html.encode("utf-8"), capture_output=True, timeout=DUMP_TIMEOUT, check=False
    )
    text = result.stdout.decode("utf-8", "replace")
    # lynx still names its own temporary copy where a page refreshes itself: not the page's.
    return _TEMPORARY.sub("", text)


def dumpers_available() -> list[str]:
    """The dumpers this machine has (w3m and lynx must be installed)."""
    found = []
    for name, command in DUMPERS.items():
        if command is None:
            try:
                import inscriptis  # noqa: F401
            except ImportError:
                continue
        elif shutil.which(command[0]) is None:
            continue
        found.append(name)
    return found


def dump_devset(
    devset: str, root: str, dumpers: list[str], collections: tuple[str, ...] = DEVSET_COLLECTIONS
) -> None:
    """Dump the dev set's HTML pages (zyte-dev, readability, readability-more) with
    ``dumpers`` into ``root/dumps/<dumper>/<collection>/<name>.txt``, as :func:`dump_all`
    does for collected pages (the training script's test rebuilds its data with this)."""
    from briefreader.sources import load_document

    found = [
        ("zyte-dev", name.removesuffix(".html"), os.path.join(devset, "zyte-dev", "html", name))
        for name in sorted(os.listdir(os.path.join(devset, "zyte-dev", "html")))
        if "zyte-dev" in collections
    ]
    for collection in [c for c in collections if c != "zyte-dev"]:
        for name in sorted(os.listdir(os.path.join(devset, collection))):
            found.append((collection, name, os.path.join(devset, collection, name, "source.html")))
    for collection, name, path in found:
        html = load_document(path).text
        for dumper in dumpers:
            out = os.path.join(root, "dumps", dumper, collection, name + ".txt")
            os.makedirs(os.path.dirname(out), exist_ok=True)
            with open(out, "w", encoding="utf-8") as f:
                f.write(dump_html(html, dumper))


def dump_all() -> None:
    """Write every page's dump by every available dumper."""
    from briefreader.sources import load_document

    dumpers = dumpers_available()
    for folder, info in iter_pages():
        try:
            html = load_document(os.path.join(folder, "source.html")).text
        except Exception as error:  # a page briefreader refuses is no training page
            print("skip", folder, error, file=sys.stderr)
            continue
        for dumper in dumpers:
            out = os.path.join(DATA, "dumps", dumper, info["collection"], info["name"] + ".txt")
            if os.path.exists(out):
                continue
            os.makedirs(os.path.dirname(out), exist_ok=True)
            try:
                text = dump_html(html, dumper)
            except Exception as error:  # a dumper that fails on one page skips that page
                print("dump failed", dumper, folder, error, file=sys.stderr)
                continue
            with open(out, "w", encoding="utf-8") as f:
                f.write(text)


def shingles(text: str, n: int = 4) -> Counter:
    """The Zyte benchmark's shingles of ``text``: runs of ``n`` ``\\w+`` tokens."""
    toks = TOKEN.findall(text or "")
    return Counter(tuple(toks[i : i + n]) for i in range(max(1, len(toks) - n + 1)) if toks)


def shingle_f1(truth: str, predicted: str) -> float:
    """The benchmark's per-page F1 of ``predicted`` against ``truth``."""
    t, p = shingles(truth), shingles(predicted)
    tp = sum((t & p).values())
    if not t and not p:
        return 1.0
    precision = tp / sum(p.values()) if p else 0.0
    recall = tp / sum(t.values()) if t else 0.0
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def html_metadata(html: str) -> dict:
    """The page's own headline (``og:title``, else the first ``<h1>``), author and date."""
    from lxml import html as lxml_html

    try:
        parser = lxml_html.HTMLParser(encoding="utf-8", recover=True)
        tree = lxml_html.document_fromstring(html.encode("utf-8"), parser=parser)
    except Exception:  # hopeless markup: no metadata
        return {}
    out = {}
    og = tree.xpath('//meta[@property="og:title"]/@content')
    # A soft hyphen is invisible: dumpers drop it, and it would split a word's shingles.
    h1 = [" ".join(h.text_content().replace("\xad", "").split()) for h in tree.xpath("//h1")]
    title = (og[0].replace("\xad", "").strip() if og else "") or next((h for h in h1 if h), "")
    if title:
        out["title"] = title
    if h1:
        out["h1"] = next((h for h in h1 if h), "")
    author = tree.xpath('//meta[@name="author"]/@content')
    if author and author[0].strip():
        out["author"] = author[0].strip()
    date = tree.xpath('//meta[@property="article:published_time"]/@content')
    if date and date[0].strip():
        out["date"] = date[0].strip()
    return out


def label_line(line: str, body: Counter, body_flat: str, meta: dict, captions: set) -> str:
    """A dump line's label: headline, byline, date, caption, body or other."""
    text = " ".join(line.split())
    tokens = TOKEN.findall(text)
    if not tokens:
        return "other"
    for key in ("title", "h1"):
        if key in meta:
            title = shingles(meta[key])
            own = shingles(text)
            if own and sum((own & title).values()) >= HEADLINE_SHARE * max(
                sum(own.values()), sum(title.values())
            ):
                return "headline"
    if len(tokens) <= META_LINE_WORDS:
        author = TOKEN.findall(meta.get("author", ""))
        if author and " ".join(author) in " ".join(tokens):
            return "byline"
    if text in captions:
        return "caption"
    if len(tokens) >= 4:
        own = shingles(text)
        if sum((own & body).values()) >= BODY_SHARE * sum(own.values()):
            return "body"
    elif f" {' '.join(tokens)} " in body_flat:
        return "body"
    return "other"


def _contained(expected: str, body: str) -> bool:
    """Whether most of ``expected``'s shingles stand in ``body`` (the silver label agrees
    with what the page's own test expects)."""
    own = shingles(expected)
    return sum((own & shingles(body)).values()) >= BODY_SHARE * sum(own.values())


def label_all(collections: list[str] | None = None) -> None:
    """Write each page's labels (of ``collections``; all by default): its body (true or
    silver), metadata and per-line labels."""
    from briefreader.extract import extract_article
    from briefreader.model import Document, Source
    from briefreader.sources import load_document

    for folder, info in iter_pages(collections):
        try:
            document = load_document(os.path.join(folder, "source.html"))
        except Exception as error:  # a page briefreader refuses is no training page
            print("skip", folder, error, file=sys.stderr)
            continue
        meta = html_metadata(document.text)
        # A page's true title, author and date (fundus's, postlight's tests) replace its own.
        meta.update({k: v for k, v in (info.get("truth") or {}).items() if v})
        captions: set[str] = set()
        try:
            article = extract_article(document)
            html_body = "\n".join(article.paragraphs)
            captions = {" ".join(c.text.split()) for c in article.captions}
        except Exception:  # the HTML path found no article
            html_body = ""
        # The fetched pages' expected texts are often only their first lines (the extractors'
        # tests check how a text starts): they check the silver label rather than replace it.
        expected = info.get("body")
        body = expected if info["collection"] in TRUE_COLLECTIONS else None
        label = {"source": "true" if body else "silver", "meta": meta, "dumps": {}}
        if not body:
            body = html_body
        confirmed = not expected or body is expected or _contained(expected, html_body)
        label["body"] = body
        w3m = os.path.join(DATA, "dumps", "w3m", info["collection"], info["name"] + ".txt")
        agreement, coverage = None, 1.0
        if os.path.exists(w3m):
            text = open(w3m, encoding="utf-8").read()
            own = shingles(body)
            coverage = sum((own & shingles(text)).values()) / max(1, sum(own.values()))
            try:
                src = Source(path=w3m, kind="text", encoding="utf-8")
                dumped = "\n".join(extract_article(Document(source=src, text=text)).paragraphs)
            except Exception:  # the text path found no article
                dumped = ""
            agreement = shingle_f1(html_body, dumped)
        label["agreement"] = agreement
        label["dropped"] = (
            not body.strip()
            or not confirmed
            or coverage < DUMP_COVERAGE
            or (label["source"] == "silver" and (agreement or 0.0) < SILVER_AGREEMENT)
        )
        body_sh = shingles(body)
        body_flat = f" {' '.join(TOKEN.findall(body))} "
        for dumper in DUMPERS:
            path = os.path.join(DATA, "dumps", dumper, info["collection"], info["name"] + ".txt")
            if os.path.exists(path):
                lines = open(path, encoding="utf-8").read().split("\n")
                label["dumps"][dumper] = [
                    label_line(line, body_sh, body_flat, meta, captions) for line in lines
                ]
        out = os.path.join(DATA, "labels", info["collection"], info["name"] + ".json")
        os.makedirs(os.path.dirname(out), exist_ok=True)
        with open(out, "w", encoding="utf-8") as f:
            json.dump({**info, **label}, f, ensure_ascii=False)


def main() -> None:
    """Collect, dump or label (see the module's docstring)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("step", choices=["collect", "dump", "label"])
    parser.add_argument("devset", nargs="?", default="../shared/devset")
    parser.add_argument("--mirror", default="/work/.mirror", help="fetched repositories")
    parser.add_argument("--only", action="append", help="label only this collection")
    args = parser.parse_args()
    if args.step == "collect":
        collect_devset(args.devset)
        collect_mirrors(args.mirror, args.devset)
    elif args.step == "dump":
        dump_all()
    else:
        label_all(args.only)


if __name__ == "__main__":
    main()
