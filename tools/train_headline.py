"""Train the headline model of text dumps on pages whose own og:title/<h1> names the headline.

Every dump ``tools/train_text_classifier.py`` knows (the dev set's zyte-dev, readability and
readability-more pages by every dumper, and the fetched pages of ``tools/text_dumps.py``) is
read with the shipped line classifier; the headline candidates ``find_title`` meets are
recorded with their features (``briefreader.extract.text.parts.headline.title_candidates``)
and labelled by whether each is the page's own headline (its og:title or <h1>, by
``train_text_classifier._same_title``). The model is a conditional logit: on each page a softmax
over its candidates and "no headline" (score 0), trained to give the page's headline (or "no
headline" when no candidate is it) the most probability. The weights are written to
``briefreader/extract/text/parts/headline_weights.py`` with the training set's digest.

    python tools/train_headline.py ../shared/devset             (train, write the weights)
    python tools/train_headline.py ../shared/devset --heldout   (train without the held-out
        sites, the same fixed fifth by site as the line classifier's; score them per dumper,
        with zyte-dev, readability and readability-more)
    python tools/train_headline.py ../shared/devset --score     (the headlines the code on
        PYTHONPATH finds, whatever its model: before and after figures)

Choose features by ``--heldout``, never by readability-more (it is measured only).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys

import numpy as np

from briefreader.extract.text.parts import headline as headline_module

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import text_dumps  # noqa: E402
import train_text_classifier as lines  # noqa: E402

NAMES = headline_module.TITLE_FEATURE_NAMES

#: The collections the headline model learns from (never readability-more: measured only).
#: With fundus: 5-fold cross-validation by site over the training sites (1628 dumps) rose
#: 0.741 -> 0.765 on fundus's and 0.752 -> 0.773 on the others'; the fixed held-out sites,
#: all four dumpers, 0.787 (main) -> 0.789 (fundus 0.768, the other 47 pages 0.814).
TITLE_COLLECTIONS = ("zyte-dev", "readability", "postlight", "goose3", "newspaper4k", "fundus")
#: The L2 penalty of the conditional logit (summed over pages): 3.0 by 5-fold CV by site over
#: the training sites (0.3 / 1.0 / 3.0: 0.772 / 0.775 / 0.779 of 1628 dumps right).
TITLE_L2 = 3.0
#: Full-batch gradient steps (Adam) and their rate; the objective is convex.
STEPS = 3000
RATE = 0.05
#: Where the recorded candidates are cached between runs (keyed by the features' names).
CACHE = os.path.join(text_dumps.DATA, "headline-candidates.json")
WEIGHTS_MODULE = os.path.join(os.path.dirname(headline_module.__file__), "headline_weights.py")


def _meta(page: lines.Page, data: str) -> dict:
    """The page's own headline (og:title, h1) as ``tools/text_dumps.py label`` stored it, but
    a title that only names the site (``text_dumps.names_site``)."""
    name = os.path.basename(page.path).removesuffix(".txt")
    if name == "page":  # a stored dump: <collection>/<name>/page.txt
        name = os.path.basename(os.path.dirname(page.path))
    label = os.path.join(data, "labels", page.collection, name + ".json")
    if not os.path.exists(label):
        return {}
    with open(label, encoding="utf-8") as f:
        meta = json.load(f)["meta"]
    return {
        key: value
        for key, value in meta.items()
        if key not in ("title", "h1") or not text_dumps.names_site(value, page.site)
    }


def read_candidates(page: lines.Page):  # type: ignore[no-untyped-def]
    """The headline candidates (text, features) of the dump, and the title found."""
    from briefreader import read_article
    from briefreader.extract.text import parts

    recorded: list = []
    original = parts.find_title

    def spy(blocks, first_body, paragraphs):  # type: ignore[no-untyped-def]
        recorded.append(headline_module.title_candidates(blocks, first_body, paragraphs))
        return original(blocks, first_body, paragraphs)

    parts.find_title = spy
    try:
        title = read_article(page.path).title
    except Exception:  # no article: no candidates
        return [], None
    finally:
        parts.find_title = original
    found = recorded[-1] if recorded else []
    return [(c.text, c.features) for c in found], title


def collect(pages: list[lines.Page], data: str, cache_path: str | None = CACHE) -> dict:
    """Every page's candidates and labels, keyed by its dump's path (cached in ``cache_path``
    unless it is ``None``)."""
    cache: dict = {}
    if cache_path and os.path.exists(cache_path):
        with open(cache_path, encoding="utf-8") as f:
            cache = json.load(f)
        if cache.get("names") != list(NAMES):
            cache = {}
    records = cache.get("pages", {})
    for page in pages:
        if page.path in records:
            continue
        meta = _meta(page, data)
        candidates, _ = read_candidates(page)
        records[page.path] = {
            "texts": [t for t, _ in candidates],
            "x": [[round(v, 6) for v in x] for t, x in candidates],
            "y": [1.0 if lines._same_title(t, meta) else 0.0 for t, _ in candidates],
            "titled": bool(meta.get("title") or meta.get("h1")),
        }
    if cache_path:
        with open(cache_path, "w", encoding="utf-8") as f:
            json.dump({"names": list(NAMES), "pages": records}, f)
    return records


def training_pages(pages: list[lines.Page], *, hold_out: bool = False) -> list[lines.Page]:
    """The dumps the headline model learns from (with ``hold_out``, not the held-out sites)."""
    return [p for p in pages if p.collection in TITLE_COLLECTIONS and not (hold_out and p.held_out)]


def fit(page_list: list[lines.Page], records: dict) -> np.ndarray:
    """The conditional logit's weights over the pages' candidates (pages with a headline of
    their own only: the others say nothing of which line it is)."""
    groups = [records[p.path] for p in page_list if records[p.path]["titled"]]
    groups = [g for g in groups if g["x"]]
    d = len(NAMES)
    width = max(len(g["x"]) for g in groups)
    x = np.zeros((len(groups), width, d))
    mask = np.zeros((len(groups), width), dtype=bool)
    pos = np.zeros((len(groups), width), dtype=bool)
    for i, g in enumerate(groups):
        n = len(g["x"])
        x[i, :n] = g["x"]
        mask[i, :n] = True
        pos[i, :n] = np.array(g["y"]) > 0
    none_right = ~pos.any(axis=1)  # no candidate is the headline: "no headline" is right
    w = np.zeros(d)
    m, v = np.zeros(d), np.zeros(d)
    for step in range(1, STEPS + 1):
        s = np.where(mask, x @ w, -np.inf)
        top = np.maximum(s.max(axis=1), 0.0)
        e = np.exp(s - top[:, None])
        e_none = np.exp(-top)
        p = e / (e.sum(axis=1) + e_none)[:, None]  # each candidate's probability
        target = np.where(pos, e, 0.0)
        t_sum = target.sum(axis=1)
        q = np.where(none_right[:, None], 0.0, target / np.where(t_sum > 0, t_sum, 1)[:, None])
        grad = np.einsum("ij,ijk->k", p - q, x) + TITLE_L2 * w
        m = 0.9 * m + 0.1 * grad
        v = 0.999 * v + 0.001 * grad**2
        w -= RATE * (m / (1 - 0.9**step)) / (np.sqrt(v / (1 - 0.999**step)) + 1e-8)
    return w


def pick(record: dict, w) -> int | None:  # type: ignore[no-untyped-def]
    """The candidate ``find_title`` would choose with weights ``w`` (``None``: no headline)."""
    best, index = 0.0, None
    for i, x in enumerate(record["x"]):
        score = float(np.dot(w, x))
        if score > best:
            best, index = score, i
    return index


def groups_of(pages: list[lines.Page]) -> dict[str, list[lines.Page]]:
    """The reported groups: held-out sites per dumper (and fundus's apart), then zyte-dev,
    readability and readability-more (every dumper)."""
    out: dict[str, list[lines.Page]] = {}
    for page in pages:
        if page.held_out and page.collection != lines.NEVER_TRAINED:
            out.setdefault(f"held-out {page.dumper}", []).append(page)
            part = "fundus" if page.collection == "fundus" else "other sites"
            out.setdefault(f"held-out {part} (all dumpers)", []).append(page)
        if page.collection in lines.DEVSET_DUMPED:
            collection = f"{page.collection}/{page.half}" if page.half else page.collection
            out.setdefault(f"{collection} (all dumpers)", []).append(page)
            out.setdefault(f"{collection} {page.dumper}", []).append(page)
    return dict(sorted(out.items()))


def report(pages: list[lines.Page], right) -> None:  # type: ignore[no-untyped-def]
    """Headline accuracy (pages whose own og:title/<h1> it finds) and abstentions per group."""
    for name, members in groups_of(pages).items():
        rows = [right(p) for p in members]
        rows = [r for r in rows if r is not None]
        ok = sum(r[0] for r in rows)
        none = sum(r[1] for r in rows)
        print(f"{name:41} headline {ok / max(1, len(rows)):.3f}  none {none:3}  n={len(rows)}")


def digest(page_list: list[lines.Page], records: dict) -> str:
    """A SHA-256 of the training set: each dump's candidates, features and labels."""
    h = hashlib.sha256()
    for page in page_list:
        record = records[page.path]
        h.update(f"{page.collection}/{page.dumper}/{os.path.basename(page.path)}\n".encode())
        h.update(json.dumps([record["texts"], record["x"], record["y"]]).encode())
    return h.hexdigest()


def weights_source(w, training_digest: str) -> str:  # type: ignore[no-untyped-def]
    """The text of the weights module."""
    entries = "".join(f'    "{n}": {float(v):.6f},\n' for n, v in zip(NAMES, w))
    return (
        '"""Weights of the headline model of text dumps, keyed by ``TITLE_FEATURE_NAMES``.\n\n'
        'Generated by tools/train_headline.py: do not edit by hand.\n"""\n\n'
        f"TITLE_WEIGHTS = {{\n{entries}}}\n\n"
        "#: SHA-256 of the training set (tools/train_headline.py: digest).\n"
        f'TRAINING_DIGEST = "{training_digest}"\n'
    )


def main() -> None:
    """Train and write the weights module, or score held-out sites."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("devset", help="the development set (../shared/devset)")
    parser.add_argument("--data", default=text_dumps.DATA, help="tools/text_dumps.py's output")
    parser.add_argument("--heldout", action="store_true", help="train without held-out sites")
    parser.add_argument("--score", action="store_true", help="score the code on PYTHONPATH")
    parser.add_argument("--refresh", action="store_true", help="recompute the cached features")
    parser.add_argument("--out", default=WEIGHTS_MODULE, help="where to write the weights")
    args = parser.parse_args()
    pages = lines.all_pages(args.devset, args.data)
    if args.score:
        from briefreader import read_article

        meta = {p.path: _meta(p, args.data) for p in pages}

        def found(page):  # type: ignore[no-untyped-def]
            if not (meta[page.path].get("title") or meta[page.path].get("h1")):
                return None
            try:
                title = read_article(page.path).title
            except Exception:  # no article: no headline
                title = None
            return lines._same_title(title, meta[page.path]), title is None

        report(pages, found)
        return
    if args.refresh and os.path.exists(CACHE):
        os.remove(CACHE)
    records = collect(pages, args.data)

    def right_with(w):  # type: ignore[no-untyped-def]
        def right(page):  # type: ignore[no-untyped-def]
            record = records[page.path]
            if not record["titled"]:
                return None
            index = pick(record, w)
            return (index is not None and record["y"][index] > 0), index is None

        return right

    if args.heldout:
        w = fit(training_pages(pages, hold_out=True), records)
        print(dict(zip(NAMES, np.round(w, 3))))
        report(pages, right_with(w))
        return
    train_on = training_pages(pages)
    w = fit(train_on, records)
    with open(args.out, "w", encoding="utf-8") as out:
        out.write(weights_source(w, digest(train_on, records)))
    print(f"trained on {len(train_on)} dumps; wrote {args.out}")


if __name__ == "__main__":
    main()
