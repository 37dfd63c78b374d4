"""Train the text-dump line classifier on the development set.

Labels come from the benchmark's ground truth: a block is article text when most of its
4-word shingles stand in the true article body. The model is a logistic regression over
the shallow features of ``briefreader.extract.text.block_vectors``, computed on the blocks
that ``briefreader.extract.text.featured_blocks`` returns (the same steps ``extract_text`` runs
before its classifier); its weights are written to ``briefreader/extract/text/weights.py``,
keyed by ``FEATURE_NAMES`` and ``STAGE2_NAMES``.

    python tools/train_text_classifier.py ../shared/devset        (needs numpy: the train extra)
    python tools/train_text_classifier.py ../shared/devset --cv   (cross-check: train on one
                                                                   half, score the other)
    python tools/train_text_classifier.py ../shared/devset --out /tmp/weights.py

Check any change with cross-validation of the whole pipeline too (train on zyte, score the
readability pages, and the other way round): a gain that shows only when training on
everything is overfitting. Environment knobs for experiments: WEIGHT_POWER, PAGE_NORMALISE,
FOLDS (see below); the L2 penalty is ``L2``.
"""

from __future__ import annotations

import argparse
import json
import os
import re

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


def shingles(text: str) -> set[tuple[str, ...]]:
    """The runs of ``SHINGLE`` words of ``text`` (one shorter run for a shorter text)."""
    tokens = TOKEN.findall(text)
    return {tuple(tokens[i : i + SHINGLE]) for i in range(max(1, len(tokens) - SHINGLE + 1))}


def pages(devset: str) -> list[tuple[str, str, str]]:
    """(collection, path of the dump, true article body) of every training page."""
    out = []
    truth = json.load(open(os.path.join(devset, "zyte-dev", "ground-truth.json")))
    for key, value in truth.items():
        out.append(
            ("zyte", os.path.join(devset, "zyte-dev", "txt", key + ".txt"), value["articleBody"])
        )
    root = os.path.join(devset, "readability")
    for name in sorted(os.listdir(root)):
        body = open(os.path.join(root, name, "expected.txt"), encoding="utf-8").read()
        out.append(("readability", os.path.join(root, name, "page.txt"), body))
    return out


def dataset(page_list, w1=None):
    """Stage-1 vectors, labels and weights; with ``w1``, stage-2 vectors instead (``w1`` may
    map each page's path to the stage-1 weights to use on it)."""
    xs, ys, ss = [], [], []
    for _, path, truth in page_list:
        page = featured_blocks(load_document(path).text)
        blocks = page.blocks
        truth_shingles = shingles(truth)
        truth_flat = " ".join(TOKEN.findall(truth))
        vectors = block_vectors(blocks, page.known_language, page.initial)
        if isinstance(w1, dict):
            first = [float(1 / (1 + np.exp(-np.dot(w1[path], v)))) for v in vectors]
            vectors = stage2_vectors(blocks, first)
        elif w1 is not None:
            first = [float(1 / (1 + np.exp(-np.dot(w1, v)))) for v in vectors]
            vectors = stage2_vectors(blocks, first)
        page_start = len(ss)
        for block, vector in zip(blocks, vectors):
            tokens = TOKEN.findall(block.text)
            if len(tokens) >= SHINGLE:
                own = shingles(block.text)
                label = len(own & truth_shingles) / len(own) >= LABEL_SHARE
            else:
                label = bool(tokens) and f" {' '.join(tokens)} " in f" {truth_flat} "
            xs.append(vector)
            ys.append(1.0 if label else 0.0)
            ss.append(max(1.0, len(tokens)) ** WEIGHT_POWER)
        if PAGE_NORMALISE:
            # The benchmark averages over pages: every page weighs the same in training.
            page_total = sum(ss[page_start:]) or 1.0
            for k in range(page_start, len(ss)):
                ss[k] *= PAGE_NORMALISE / page_total
    return np.array(xs), np.array(ys), np.array(ss)


def train(x, y, s, l2=L2, steps=NEWTON_STEPS):
    """Weighted logistic regression by Newton's method; ``s`` weighs each line by its words."""
    w = np.zeros(x.shape[1])
    for _ in range(steps):
        p = 1 / (1 + np.exp(-x @ w))
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
                    per_page[page[1]] = wk
        x, y, s = dataset(page_list, per_page)
    else:
        x, y, s = dataset(page_list, w1)
    return w1, train(x, y, s)


def weights_source(w1, w2) -> str:
    """The text of the weights module: each stage's weights keyed by its feature names."""
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
    return header + "\n".join(sections)


def main() -> None:
    """Train both stages on the dev set and write the weights module (or cross-check)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("devset", help="the development set (../shared/devset)")
    parser.add_argument(
        "--cv", action="store_true", help="cross-check: train on one half, score the other"
    )
    parser.add_argument(
        "--out",
        default=shipped_weights.__file__,
        help="where to write the weights module (default: the shipped one)",
    )
    args = parser.parse_args()
    all_pages = pages(args.devset)
    if args.cv:
        for held in ("zyte", "readability"):
            train_pages = [p for p in all_pages if p[0] != held]
            w1, w = fit(train_pages)
            xt, yt, st = dataset([p for p in all_pages if p[0] == held], w1)
            pred = (1 / (1 + np.exp(-xt @ w))) > 0.5
            acc = ((pred == (yt > 0)) * st).sum() / st.sum()
            print(f"held out {held}: weighted line accuracy {acc:.3f}")
        return
    w1, w = fit(all_pages)
    x, y, s = dataset(all_pages, w1)
    pred = (1 / (1 + np.exp(-x @ w))) > 0.5
    print(f"training line accuracy {(pred == (y > 0)).mean():.3f} on {len(y)} lines")
    with open(args.out, "w", encoding="utf-8") as out:
        out.write(weights_source(w1, w))
    print("wrote", args.out)


if __name__ == "__main__":
    main()
