"""Train the text-dump line classifier on the development set's pages, dumped several ways.

Labels come from the benchmark's ground truth: a block is article text when most of its
4-word shingles stand in the true article body. The pages are the dev set's zyte-dev and
readability pages as w3m dumped them (stored in the dev set) and as ``tools/text_dumps.py``
dumps them with w3m at 80 columns, lynx and inscriptis (under ``--data``; without them, the
stored dumps alone). The model is a logistic regression over the shallow features of
``briefreader.extract.text.block_vectors``, computed on the blocks that
``briefreader.extract.text.featured_blocks`` returns (the same steps ``extract_text`` runs
before its classifier); its weights are written to ``briefreader/extract/text/weights.py``,
keyed by ``FEATURE_NAMES`` and ``STAGE2_NAMES``, with the training set's digests.

    python tools/text_dumps.py collect && python tools/text_dumps.py dump &&
        python tools/text_dumps.py label                          (the dumps and labels)
    python tools/train_text_classifier.py ../shared/devset        (needs numpy: the train extra)
    python tools/train_text_classifier.py ../shared/devset --heldout   (train without the
        held-out sites, a fixed fifth by site; score them and readability-more per dumper)
    python tools/train_text_classifier.py ../shared/devset --score     (the shipped weights)
    python tools/train_text_classifier.py ../shared/devset --out /tmp/weights.py

Choose any feature or threshold by ``--heldout``, never by readability-more's "report" half
(``text_dumps.more_half``: scored as a whole, never read page by page); its "study" half may
be read page by page, and trained on with TRAIN_MORE_STUDY=1 (not shipped: it lowered the
held-out sites). Environment knobs for experiments: WEIGHT_POWER, PAGE_NORMALISE, FOLDS,
TRAIN_COLLECTIONS, TRAIN_DUMPERS, SILVER_WEIGHT (see below); the L2 penalty is ``L2``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import sys
from typing import NamedTuple

import numpy as np

from briefreader.extract.text import (
    FEATURE_NAMES,
    STAGE2_NAMES,
    block_vectors,
    featured_blocks,
    stage2_vectors,
)
from briefreader.extract.text import weights as shipped_weights
from briefreader.sources import load_document

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import text_dumps  # noqa: E402
from text_dumps import held_out  # noqa: E402

TOKEN = re.compile(r"\w+")
#: Blocks are labelled by shingles of this many words (shorter blocks: by their whole text) ...
SHINGLE = 4
#: ... a block is article text when at least this share of its shingles stand in the truth.
LABEL_SHARE = 0.5
#: The L2 penalty of the logistic regression, and its number of Newton steps.
L2 = 10.0
NEWTON_STEPS = 25
#: A line weighs (its word count) ** WEIGHT_POWER in training.
WEIGHT_POWER = float(os.environ.get("WEIGHT_POWER", 0.5))
#: When non-zero, each page's lines sum to this weight (pages count equally).
PAGE_NORMALISE = float(os.environ.get("PAGE_NORMALISE", 0))
#: Stage 2 trains on out-of-fold stage-1 probabilities from this many folds (0: in-sample).
FOLDS = int(os.environ.get("FOLDS", 0))
#: A line of a silver-labelled page (the HTML path's body, not a true one) weighs this much.
SILVER_WEIGHT = float(os.environ.get("SILVER_WEIGHT", 1.0))
#: A line of a fetched page with a true body (fundus's, not the dev set's) weighs this much.
FETCHED_WEIGHT = float(os.environ.get("FETCHED_WEIGHT", 1.0))
#: Experiments: train only on these collections / dumpers (comma-separated; empty: all).
#: The shipped model learns from the dev set's truly labelled pages, by every dumper: adding
#: the fetched pages' silver labels (the HTML path's bodies) moved the held-out sites' F1 by
#: a point either way per dumper and taught it to keep a colon line before a footer list.
#: Adding fundus's true pages (TRAIN_COLLECTIONS=zyte-dev,readability,fundus) raised the
#: held-out sites' F1 about a point per dumper (w3m 0.877 -> 0.888 over fundus, zyte-dev and
#: readability held out) but lost readability's training pages 1 to 1.5 points and dropped a
#: short last paragraph after long ones (tests/hostile): not shipped yet.
TRAIN_COLLECTIONS = [
    c for c in os.environ.get("TRAIN_COLLECTIONS", "zyte-dev,readability").split(",") if c
]
TRAIN_DUMPERS = [c for c in os.environ.get("TRAIN_DUMPERS", "").split(",") if c]
#: The dev-set collections whose w3m dumps are stored in the dev set itself.
DEVSET_DUMPED = ("zyte-dev", "readability", "readability-more")
#: Never trained on, never tuned on: measured only (but for its "study" half, see below).
NEVER_TRAINED = "readability-more"
#: When set, the "study" half of readability-more (``text_dumps.more_half``) is trained on
#: too; its "report" half never is.
TRAIN_MORE_STUDY = os.environ.get("TRAIN_MORE_STUDY", "") not in ("", "0")
#: A headline is the page's own when this share of the shorter one's shingles are shared.
TITLE_SHARE = 0.8


def shingles(text: str) -> set[tuple[str, ...]]:
    """The runs of ``SHINGLE`` words of ``text`` (one shorter run for a shorter text)."""
    tokens = TOKEN.findall(text)
    return {tuple(tokens[i : i + SHINGLE]) for i in range(max(1, len(tokens) - SHINGLE + 1))}


class Page(NamedTuple):
    """One training or evaluation dump: where it comes from and the body it is labelled by."""

    collection: str
    dumper: str
    path: str
    body: str
    site: str
    held_out: bool
    #: readability-more's fixed half (``study`` or ``report``, ``text_dumps.more_half``).
    half: str = ""


def devset_pages(devset: str, data: str | None = None) -> list[Page]:
    """The dev set's pages (zyte-dev, readability, readability-more) with their true bodies:
    the w3m dumps it stores, and the other dumpers' dumps ``tools/text_dumps.py`` wrote under
    ``data`` (``data/dumps/<dumper>/<collection>/<name>.txt``) where they are."""
    out = []
    truth = json.load(open(os.path.join(devset, "zyte-dev", "ground-truth.json")))
    found = [
        ("zyte-dev", key, os.path.join(devset, "zyte-dev", "txt", key + ".txt"),
         value["articleBody"], text_dumps.site_of(value["url"]))
        for key, value in truth.items()
    ]  # fmt: skip
    for collection in ("readability", NEVER_TRAINED):
        root = os.path.join(devset, collection)
        for name in sorted(os.listdir(root)):
            body = open(os.path.join(root, name, "expected.txt"), encoding="utf-8").read()
            path = os.path.join(root, name, "page.txt")
            found.append((collection, name, path, body, text_dumps.site_of(name)))
    for collection, name, path, body, site in found:
        half = text_dumps.more_half(site) if collection == NEVER_TRAINED else ""
        out.append(Page(collection, "w3m", path, body, site, held_out(site), half))
        for dumper in text_dumps.DUMPERS:
            other = os.path.join(data or "", "dumps", dumper, collection, name + ".txt")
            if data and dumper != "w3m" and os.path.exists(other):
                out.append(Page(collection, dumper, other, body, site, held_out(site), half))
    return out


def data_pages(data: str) -> list[Page]:
    """Every labelled dump of the fetched pages that ``tools/text_dumps.py`` wrote under
    ``data`` (none when it is absent), but those whose silver labels were dropped."""
    out = []
    root = os.path.join(data, "labels")
    if not os.path.isdir(root):
        return out
    for collection in sorted(os.listdir(root)):
        if collection in DEVSET_DUMPED:
            continue  # devset_pages reads these
        for name in sorted(os.listdir(os.path.join(root, collection))):
            with open(os.path.join(root, collection, name), encoding="utf-8") as f:
                label = json.load(f)
            if label["dropped"]:
                continue
            for dumper in sorted(label["dumps"]):
                path = os.path.join(data, "dumps", dumper, collection, name[:-5] + ".txt")
                page = Page(collection, dumper, path, label["body"], label["site"], False)
                out.append(page._replace(held_out=label["held_out"]))
    return out


def all_pages(devset: str, data: str) -> list[Page]:
    """Every dump of the dev set and of ``data``, the never-trained ``readability-more``
    included (:func:`training_pages` leaves it out)."""
    return devset_pages(devset, data) + data_pages(data)


def training_pages(pages: list[Page], *, hold_out: bool = False) -> list[Page]:
    """The dumps to train on: never ``readability-more``; with ``hold_out``, not the held-out
    sites either."""
    return [
        p
        for p in pages
        if (p.collection != NEVER_TRAINED or (TRAIN_MORE_STUDY and p.half == "study"))
        and not (hold_out and p.held_out)
        and (not TRAIN_COLLECTIONS or p.collection in TRAIN_COLLECTIONS or p.half == "study")
        and (not TRAIN_DUMPERS or p.dumper in TRAIN_DUMPERS)
    ]


_FEATURED: dict[str, tuple] = {}


def _featured(path: str):  # type: ignore[no-untyped-def]
    """The featured blocks of the dump at ``path`` and their stage-1 vectors (cached)."""
    if path not in _FEATURED:
        page = featured_blocks(load_document(path).text)
        vectors = block_vectors(page.blocks, page.known_language, page.initial)
        _FEATURED[path] = (
            page.blocks,
            np.array(vectors, dtype=float).reshape(-1, len(FEATURE_NAMES)),
        )
    return _FEATURED[path]


def page_labels(blocks, truth: str) -> tuple[list[float], list[float]]:  # type: ignore[no-untyped-def]
    """Each block's label (article text or not, by its shingles in ``truth``) and weight."""
    truth_shingles = shingles(truth)
    truth_flat = f" {' '.join(TOKEN.findall(truth))} "
    ys, ss = [], []
    for block in blocks:
        tokens = TOKEN.findall(block.text)
        if len(tokens) >= SHINGLE:
            own = shingles(block.text)
            label = len(own & truth_shingles) / len(own) >= LABEL_SHARE
        else:
            label = bool(tokens) and f" {' '.join(tokens)} " in truth_flat
        ys.append(1.0 if label else 0.0)
        ss.append(max(1.0, len(tokens)) ** WEIGHT_POWER)
    if PAGE_NORMALISE:
        # The benchmark averages over pages: every page weighs the same in training.
        total = sum(ss) or 1.0
        ss = [w * PAGE_NORMALISE / total for w in ss]
    return ys, ss


def dataset(page_list, w1=None):  # type: ignore[no-untyped-def]
    """Stage-1 vectors, labels and weights; with ``w1``, stage-2 vectors instead (``w1`` may
    map each page's path to the stage-1 weights to use on it)."""
    xs, ys, ss = [], [], []
    for page in page_list:
        blocks, vectors = _featured(page.path)
        if not blocks:
            continue
        if w1 is not None:
            weights = w1[page.path] if isinstance(w1, dict) else w1
            first = [float(v) for v in 1 / (1 + np.exp(-np.clip(vectors @ weights, -30, 30)))]
            vectors = np.array(stage2_vectors(blocks, first), dtype=float)
        labels, weights_ = page_labels(blocks, page.body)
        if page.collection not in text_dumps.TRUE_COLLECTIONS:
            weights_ = [w * SILVER_WEIGHT for w in weights_]
        elif page.collection not in DEVSET_DUMPED:
            weights_ = [w * FETCHED_WEIGHT for w in weights_]
        xs.append(vectors)
        ys.extend(labels)
        ss.extend(weights_)
    return np.vstack(xs), np.array(ys), np.array(ss)


def train(x, y, s, l2=L2, steps=NEWTON_STEPS):
    """Weighted logistic regression by Newton's method; ``s`` weighs each line by its words."""
    w = np.zeros(x.shape[1])
    for _ in range(steps):
        p = 1 / (1 + np.exp(-np.clip(x @ w, -30, 30)))
        grad = x.T @ ((p - y) * s) + l2 * w
        hess = (x * (s * p * (1 - p))[:, None]).T @ x + l2 * np.eye(x.shape[1])
        w -= np.linalg.solve(hess, grad)
    return w


def fit(page_list, folds=None):
    """Both stages' weights. Stage 2 learns from stage-1 probabilities the way it meets them
    on new pages: each page's come from a stage 1 trained without that page (``folds``-fold,
    by page), or, with ``folds`` 0, from the stage 1 trained on every page."""
    folds = FOLDS if folds is None else folds
    x, y, s = dataset(page_list)
    w1 = train(x, y, s)
    if folds:
        per_page = {}
        for k in range(folds):
            rest = [p for i, p in enumerate(page_list) if i % folds != k]
            xk, yk, sk = dataset(rest)
            wk = train(xk, yk, sk)
            for i, page in enumerate(page_list):
                if i % folds == k:
                    per_page[page.path] = wk
        x, y, s = dataset(page_list, per_page)
    else:
        x, y, s = dataset(page_list, w1)
    return w1, train(x, y, s)


def digest(page_list) -> str:  # type: ignore[no-untyped-def]
    """A SHA-256 of the training set as the classifier meets it: every page's stage-1
    vectors (to 6 decimals) and labels. A change of features, labels or pages changes it."""
    h = hashlib.sha256()
    for page in page_list:
        blocks, vectors = _featured(page.path)
        labels, _ = page_labels(blocks, page.body)
        h.update(f"{page.collection}/{page.dumper}/{os.path.basename(page.path)}\n".encode())
        h.update(np.round(vectors, 6).tobytes())
        h.update(np.array(labels).tobytes())
    return h.hexdigest()


def weights_source(w1, w2, digests: dict[str, str]) -> str:  # type: ignore[no-untyped-def]
    """The text of the weights module: each stage's weights keyed by its feature names, and
    the digests of the training set they were learned from (:func:`digest`)."""
    header = (
        '"""Weights of the text-dump line classifier.\n\n'
        'Generated by tools/train_text_classifier.py: do not edit by hand.\n"""\n\n'
    )
    sections = []
    for variable, names, values in (
        ("WEIGHTS", FEATURE_NAMES, w1),
        ("STAGE2_WEIGHTS", STAGE2_NAMES, w2),
    ):
        if len(names) != len(values):
            raise SystemExit(f"{variable}: {len(values)} weights for {len(names)} features")
        entries = "".join(f'    "{name}": {value:.6f},\n' for name, value in zip(names, values))
        sections.append(f"{variable} = {{\n{entries}}}\n")
    entries = "".join(f'    "{k}": "{v}",\n' for k, v in sorted(digests.items()))
    sections.append(
        "#: SHA-256 of the training set: its dev-set part (the stored w3m dumps) and all of it.\n"
        f"TRAINING_DIGESTS = {{\n{entries}}}\n"
    )
    return header + "\n".join(sections)


def _use(w1, w2) -> None:  # type: ignore[no-untyped-def]
    """Make the extractor read with these weights (the shipped dicts, updated in place)."""
    shipped_weights.WEIGHTS.update(zip(FEATURE_NAMES, map(float, w1)))
    shipped_weights.STAGE2_WEIGHTS.update(zip(STAGE2_NAMES, map(float, w2)))


def _same_title(found: str | None, meta: dict) -> bool:
    """Whether the headline ``found`` is the page's own (``og:title`` or ``<h1>``): most of the
    shorter one's shingles stand in the longer one (a site name after a bar is no matter)."""
    if not found:
        return False
    for key in ("title", "h1"):
        if meta.get(key):
            a = text_dumps.shingles(found.replace("\xad", "").lower())
            b = text_dumps.shingles(meta[key].replace("\xad", "").lower())
            if sum((a & b).values()) >= TITLE_SHARE * min(sum(a.values()), sum(b.values())):
                return True
    return False


def same_author(found: str | None, truth: str | None) -> bool | None:
    """Whether the byline ``found`` names the page's true author(s) (every word of it is one
    of theirs; one of several authors is right), ``None`` when it is unknown (no byline)."""
    if not found:
        return None
    own = {w.lower() for w in TOKEN.findall(found)} - {"and", "by", "und", "von"}
    return bool(own) and own <= {w.lower() for w in TOKEN.findall(truth or "")}


def metadata_rows(article, meta: dict) -> tuple[bool | None, bool | None]:  # type: ignore[no-untyped-def]
    """(byline, date) of ``article`` against the page's true author and date: right (True),
    wrong (False) or not given (None); a page without a true value yields "skip" for it."""
    byline = same_author(article.byline, meta["author"]) if meta.get("author") else "skip"
    date: object = "skip"
    if meta.get("date"):
        date = None if not article.date else article.date[:10] == meta["date"][:10]
    return byline, date  # type: ignore[return-value]


def evaluate(pages: list[Page], data: str) -> dict[tuple[str, str], dict[str, float]]:
    """Body F1 (the benchmark's: mean precision and recall over pages), headline accuracy
    against each page's own og:title/<h1> (its true title where known), and byline and date
    right / wrong / null against its true author and date, per collection and dumper, with
    the weights in use."""
    from briefreader import read_article

    metas: dict[str, dict] = {}
    rows: dict[tuple[str, str], list[tuple]] = {}
    for page in pages:
        try:
            article = read_article(page.path)
            predicted, title = "\n".join(article.paragraphs), article.title
        except Exception:  # no article found: an empty body
            article, predicted, title = None, "", None
        t, p = text_dumps.shingles(page.body), text_dumps.shingles(predicted)
        tp = sum((t & p).values())
        precision = tp / sum(p.values()) if p else (1.0 if not t else 0.0)
        recall = tp / sum(t.values()) if t else 1.0
        name = os.path.basename(page.path).removesuffix(".txt")
        if page.collection in DEVSET_DUMPED and page.dumper == "w3m":
            name = name if name != "page" else os.path.basename(os.path.dirname(page.path))
        key = f"{page.collection}/{name}"
        if key not in metas:
            label = os.path.join(data, "labels", page.collection, name + ".json")
            metas[key] = json.load(open(label))["meta"] if os.path.exists(label) else {}
        right = _same_title(title, metas[key]) if metas[key] else None
        found = metadata_rows(article, metas[key]) if article else ("skip", "skip")
        collection = f"{page.collection}/{page.half}" if page.half else page.collection
        rows.setdefault((collection, page.dumper), []).append((precision, recall, right, *found))
    out = {}
    for key, values in sorted(rows.items()):
        p = float(np.mean([v[0] for v in values]))
        r = float(np.mean([v[1] for v in values]))
        titled = [v[2] for v in values if v[2] is not None]
        out[key] = {
            "f1": 2 * p * r / (p + r) if p + r else 0.0,
            "n": len(values),
            "headline": float(np.mean(titled)) if titled else float("nan"),
            "byline": _counts([v[3] for v in values]),
            "date": _counts([v[4] for v in values]),
        }
    return out


def _counts(values: list) -> str:
    """right/wrong/null of the pages with a true value ("skip": none to check against)."""
    kept = [v for v in values if v != "skip"]
    return f"{kept.count(True)}/{kept.count(False)}/{kept.count(None)}"


def _print(scores) -> None:  # type: ignore[no-untyped-def]
    for (collection, dumper), row in scores.items():
        print(
            f"{collection:23} {dumper:10} body F1 {row['f1']:.3f}  "
            f"headline {row['headline']:.2f}  byline r/w/null {row['byline']:9}  "
            f"date r/w/null {row['date']:9}  n={row['n']}"
        )


def main() -> None:
    """Train both stages and write the weights module (or evaluate on held-out sites)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("devset", help="the development set (../shared/devset)")
    parser.add_argument("--data", default=text_dumps.DATA, help="tools/text_dumps.py's output")
    parser.add_argument(
        "--heldout",
        action="store_true",
        help="train without the held-out sites, score them and readability-more",
    )
    parser.add_argument("--score", action="store_true", help="score the shipped weights")
    parser.add_argument(
        "--out",
        default=shipped_weights.__file__,
        help="where to write the weights module (default: the shipped one)",
    )
    args = parser.parse_args()
    pages = all_pages(args.devset, args.data)
    evaluated = [p for p in pages if p.held_out or p.collection == NEVER_TRAINED]
    if args.score:
        _print(evaluate(evaluated, args.data))
        return
    if args.heldout:
        w1, w2 = fit(training_pages(pages, hold_out=True))
        _use(w1, w2)
        _print(evaluate(evaluated, args.data))
        return
    train_on = training_pages(pages)
    w1, w2 = fit(train_on)
    devset_part = [p for p in train_on if p.collection in DEVSET_DUMPED and p.dumper == "w3m"]
    digests = {"devset": digest(devset_part), "all": digest(train_on)}
    print(f"trained on {len(train_on)} dumps of {len({p.body for p in train_on})} pages")
    with open(args.out, "w", encoding="utf-8") as out:
        out.write(weights_source(w1, w2, digests))
    print("wrote", args.out)


if __name__ == "__main__":
    main()
