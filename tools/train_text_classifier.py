"""Train the text-dump line classifier on the development set.

Labels come from the benchmark's ground truth: a block is article text when most of its
4-word shingles stand in the true article body. The model is a logistic regression over
the shallow features of ``briefreader.extract.text.block_vectors``; its weights are written
to ``briefreader/extract/text_weights.py``.

    python tools/train_text_classifier.py ../shared/devset        (needs numpy)
    python tools/train_text_classifier.py ../shared/devset --cv   (cross-check: train on one
                                                                   half, score the other)

Check any change with cross-validation of the whole pipeline too (train on zyte, score the
readability pages, and the other way round): a gain that shows only when training on
everything is overfitting. Environment knobs for experiments: WEIGHT_POWER, PAGE_NORMALISE,
FOLDS (see below); the L2 penalty is 10.
"""

from __future__ import annotations

import json
import os
import re
import sys

import numpy as np

from briefreader.extract import text as T
from briefreader.extract.language import detect_language, stopwords_for
from briefreader.sources import load_document

TOKEN = re.compile(r"\w+")
#: A line weighs (its word count) ** WEIGHT_POWER in training.
WEIGHT_POWER = float(os.environ.get("WEIGHT_POWER", 0.5))
#: When non-zero, each page's lines sum to this weight (pages count equally).
PAGE_NORMALISE = float(os.environ.get("PAGE_NORMALISE", 0))
#: Stage 2 trains on out-of-fold stage-1 probabilities from this many folds (0: in-sample).
FOLDS = int(os.environ.get("FOLDS", 0))


def shingles(text: str) -> set[tuple[str, ...]]:
    tokens = TOKEN.findall(text)
    return {tuple(tokens[i : i + 4]) for i in range(max(1, len(tokens) - 3))}


def pages(devset: str) -> list[tuple[str, str, str]]:
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
        document = load_document(path)
        language = detect_language(document.text)
        stopwords = stopwords_for(language)
        blocks = T._features(T._blocks(document.text), stopwords)
        T._classify(blocks, has_stopwords=bool(stopwords))
        initial = [b.cls for b in blocks]
        T._context(blocks)
        truth_shingles = shingles(truth)
        truth_flat = " ".join(TOKEN.findall(truth))
        vectors = T.block_vectors(blocks, language is not None, initial)
        if isinstance(w1, dict):
            first = [float(1 / (1 + np.exp(-np.dot(w1[path], v)))) for v in vectors]
            vectors = T.stage2_vectors(blocks, first)
        elif w1 is not None:
            first = [float(1 / (1 + np.exp(-np.dot(w1, v)))) for v in vectors]
            vectors = T.stage2_vectors(blocks, first)
        page_start = len(ss)
        for block, vector in zip(blocks, vectors):
            tokens = TOKEN.findall(block.text)
            if len(tokens) >= 4:
                own = shingles(block.text)
                label = len(own & truth_shingles) / len(own) >= 0.5
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


def train(x, y, s, l2=10.0, steps=25):
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


def main() -> None:
    devset = sys.argv[1]
    all_pages = pages(devset)
    if "--cv" in sys.argv:
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
    lines = [
        '"""Weights of the text-dump line classifier.\n\n'
        'Generated by tools/train_text_classifier.py: do not edit by hand.\n"""',
        "",
        "WEIGHTS = {",
    ]
    for name, value in zip(T.FEATURE_NAMES, w1):
        lines.append(f'    "{name}": {value:.6f},')
    lines.append("}")
    lines.append("")
    lines.append("STAGE2_WEIGHTS = {")
    for name, value in zip(T.STAGE2_NAMES, w):
        lines.append(f'    "{name}": {value:.6f},')
    lines.append("}")
    out = os.path.join(os.path.dirname(T.__file__), "text_weights.py")
    open(out, "w").write("\n".join(lines) + "\n")
    print("wrote", out)


if __name__ == "__main__":
    main()
