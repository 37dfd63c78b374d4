"""Train the key-fact ranker: a linear model over the features of each candidate sentence.

usage: python tools/train_fact_ranker.py [DEVSET] [--check] [--report]

Data: the CNN/DailyMail articles of ``DEVSET/cnndm-dev`` (default ``../shared/devset``) on the
*train* part of the fixed split (:func:`facts_eval.split_of`, a hash of the article id); the
held-out part is never read here. Each candidate sentence (``fact_candidates``: the sentences
the ranker may choose, with their features) is labelled 1 when a greedy oracle picks it (the
three sentences that together score best in ROUGE-1 + ROUGE-2 against the reference
highlights), else 0; cross-validation preferred these labels to graded ROUGE recall or F1.
The weights are ridge regression on those labels (closed form, so the output is
deterministic), the ridge chosen by 5-fold cross-validation over the train articles on the
ROUGE of the top three. They are written, rounded, to ``briefreader/digest/fact_weights.py``;
``--check`` only compares them with the shipped file (exit 1 when they differ), ``--report``
prints the cross-validation figures. Needs numpy and rouge-score (development tools only: the
ranker itself is pure Python).
"""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from facts_eval import reference, split_of  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
WEIGHTS_FILE = ROOT / "briefreader" / "digest" / "fact_weights.py"
#: The ridge strengths tried by cross-validation.
RIDGES = (0.1, 1.0, 10.0, 100.0)
#: Cross-validation folds over the train articles (by their order of id).
FOLDS = 5
#: Sentences the oracle picks (the highlights are about three sentences).
ORACLE_SIZE = 3
#: A slug of fewer words is an id, not a headline.
MIN_SLUG_WORDS = 3
#: Decimals kept in the shipped weights (so float noise never changes the file).
DECIMALS = 4


def _examples(devset: Path):  # type: ignore[no-untyped-def]
    """Per train article: feature matrix, labels and the candidates' texts and reference."""
    import json

    from rouge_score import rouge_scorer

    from briefreader import read_article
    from briefreader.digest.facts import fact_candidates
    from briefreader.digest.quotes import find_quotes

    folder = devset / "cnndm-dev"
    index = json.loads((folder / "highlights.json").read_text(encoding="utf-8"))
    scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2"], use_stemmer=True)
    out = []
    for h in sorted(index):
        if split_of(h) != "train":
            continue
        # The text files have no headline, but the pages' addresses carry it as a slug
        # (".../Gary-Locke-set-confirmed-permanent-Kilmarnock-manager.html"): the pages the
        # reader meets have one, so the model learns what a headline tells.
        article = replace(
            read_article(str(folder / "txt" / f"{h}.txt")), title=_slug_title(index[h]["url"])
        )
        candidates = fact_candidates(article, find_quotes(article))
        if not candidates:
            continue
        ref = reference(index[h]["reference"])
        texts = [s.text for s, _ in candidates]
        labels = [0.0] * len(texts)
        for k in _oracle(scorer, ref, texts):
            labels[k] = 1.0
        matrix = np.array([v for _, v in candidates], dtype=float)
        out.append((matrix, np.array(labels), texts, ref))
    return out


def _slug_title(url: str) -> str | None:
    """The headline words of a page address's last part, or ``None``."""
    slug = url.rstrip("/").rsplit("/", 1)[-1].removesuffix(".html")
    words = [w for w in slug.split("-") if w.isalpha()]
    return " ".join(words) if len(words) >= MIN_SLUG_WORDS else None


def _oracle(scorer, ref: str, texts: list[str]) -> list[int]:  # type: ignore[no-untyped-def]
    """The sentences a greedy oracle picks: each adds most to ROUGE-1 + ROUGE-2 F1."""
    picked: list[int] = []
    best = 0.0
    for _ in range(ORACLE_SIZE):
        gains = []
        for k in range(len(texts)):
            if k in picked:
                continue
            s = scorer.score(ref, "\n".join(texts[j] for j in [*picked, k]))
            gains.append((s["rouge1"].fmeasure + s["rouge2"].fmeasure, -k))
        if not gains:
            break
        value, k = max(gains)
        if value <= best:
            break
        best = value
        picked.append(-k)
    return picked


def fit(examples, ridge: float) -> np.ndarray:  # type: ignore[no-untyped-def]
    """Ridge regression on standardised features, folded back to raw-feature weights."""
    x = np.vstack([m for m, *_ in examples])
    y = np.concatenate([labels for _, labels, *_ in examples])
    mean, std = x.mean(axis=0), x.std(axis=0)
    mean[0], std[0] = 0.0, 1.0  # the bias column stays as it is
    std[std == 0] = 1.0
    z = (x - mean) / std
    penalty = ridge * np.eye(z.shape[1])
    penalty[0, 0] = 0.0
    w = np.linalg.solve(z.T @ z + penalty, z.T @ y)
    raw = w / std
    raw[0] = w[0] - float((w[1:] * mean[1:] / std[1:]).sum())
    return raw


def _top3_rouge(examples, weights: np.ndarray) -> float:  # type: ignore[no-untyped-def]
    """Mean ROUGE-1/2/L F1 (x100, averaged) of the first three facts: the lead, then the two
    best-scored sentences."""
    from rouge_score import rouge_scorer

    scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeLsum"], use_stemmer=True)
    total = 0.0
    from briefreader.digest.fact_features import FEATURES
    from briefreader.digest.facts import lead_index

    share = FEATURES.index("quote_share")
    for matrix, _, texts, ref in examples:
        # As the ranker chooses: the lead first, then the best two by score.
        lead = lead_index(list(matrix[:, share]))
        rest = [k for k in np.argsort(-(matrix @ weights), kind="stable") if k != lead]
        order = [lead, *rest[:2]]
        s = scorer.score(ref, "\n".join(texts[k] for k in order))
        total += sum(v.fmeasure for v in s.values()) / 3
    return 100 * total / max(1, len(examples))


def train(devset: Path, report: bool = False) -> tuple[float, ...]:
    """The weights, rounded to :data:`DECIMALS` (ridge chosen by cross-validation)."""
    examples = _examples(devset)
    best_ridge, best_score = RIDGES[0], -1.0
    for ridge in RIDGES:
        scores = []
        for fold in range(FOLDS):
            trained = [e for k, e in enumerate(examples) if k % FOLDS != fold]
            tested = [e for k, e in enumerate(examples) if k % FOLDS == fold]
            scores.append(_top3_rouge(tested, fit(trained, ridge)))
        value = float(np.mean(scores))
        if report:
            print(f"ridge {ridge}: cross-validated top-3 ROUGE {value:.2f}", file=sys.stderr)
        if value > best_score + 1e-9:
            best_ridge, best_score = ridge, value
    weights = fit(examples, best_ridge)
    return tuple(round(float(w), DECIMALS) + 0.0 for w in weights)


def render(weights: tuple[float, ...]) -> str:
    """The text of the generated weights module."""
    from briefreader.digest.fact_features import FEATURES

    lines = [
        '"""The key-fact ranker\'s weights, one per feature of ``fact_features.FEATURES``.',
        "",
        "Generated by tools/train_fact_ranker.py from the train part of cnndm-dev: do not edit.",
        '"""',
        "",
        "WEIGHTS = (",
        *(f"    {w!r},  # {name}" for name, w in zip(FEATURES, weights)),
        ")",
        "",
    ]
    return "\n".join(lines)


def main() -> int:
    """Train, then write (or with ``--check`` compare) the weights module."""
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    devset = Path(args[0] if args else ROOT / ".." / "shared" / "devset")
    text = render(train(devset, report="--report" in sys.argv))
    if "--check" in sys.argv:
        same = WEIGHTS_FILE.read_text(encoding="utf-8") == text
        print("the shipped weights are the script's" if same else "the weights differ")
        return 0 if same else 1
    WEIGHTS_FILE.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
