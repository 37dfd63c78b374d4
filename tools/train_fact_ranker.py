"""Train the key-fact ranker: linear models over the features of each candidate sentence, and
the settings of the selection, every choice by cross-validation on the train part.

usage: python tools/train_fact_ranker.py [DEVSET] [--check] [--report]

Data: the CNN/DailyMail articles of ``DEVSET/cnndm-dev`` (default ``../shared/devset``) on the
*train* part of the fixed split (:func:`facts_eval.split_of`, a hash of the article id); the
held-out part is never read here. Each candidate sentence (``fact_candidates``: the sentences
the ranker may choose, with their features) is labelled twice: 1 when a greedy oracle picks it
for the first three facts (the three that together score best in ROUGE-1 + ROUGE-2 F1 against
the reference highlights), and 1 when a greedy oracle over the *full* highlights picks it for
the later facts (up to eight sentences, each adding most ROUGE-1 + ROUGE-2 recall). Weights are
ridge regression on those labels (closed form, so the output is deterministic).

Chosen by 5-fold cross-validation over the train articles, in two steps:

1. the ridge and the lead guard (:func:`~briefreader.digest.fact_selection.order_facts`: how
   much a sentence must outscore the article's second and third to replace them), on the mean
   ROUGE-1/2/Lsum F1 of the first three facts: the lead is the default, so the largest guard
   within one standard error of the best setting (a smaller one only when clearly better);
2. the later-fact ranker (the hand weights, the first-fact model, or the later-oracle model)
   and the redundancy weight of the maximal-marginal-relevance selection, on the ROUGE-1 and
   ROUGE-2 recall of the full highlights by the first 8 and the first 12 facts; a learned
   ranker replaces the hand weights only when it is better by more than one standard error of
   the cross-validated figure over the folds (the one-standard-error rule).

They are written, rounded, to ``briefreader/digest/fact_weights.py``; ``--check`` only
compares them with the shipped file (exit 1 when they differ), ``--report`` prints the
cross-validation figures. Needs numpy and rouge-score (development tools only: the ranker
itself is pure Python).
"""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from facts_eval import lead3, reference, split_of  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
WEIGHTS_FILE = ROOT / "briefreader" / "digest" / "fact_weights.py"
#: The ridge strengths tried by cross-validation.
RIDGES = (0.1, 1.0, 10.0, 100.0)
#: The lead guards tried (score margins; the scores are fitted to 0/1 labels, so 1.0 keeps
#: the article's order nearly always, and the last, far above any score, always: the lead is
#: the default, the ranker replaces a lead sentence only when cross-validation shows a gain).
GUARDS = (0.0, 0.05, 0.1, 0.15, 0.2, 0.3, 0.5, 1.0, 1000.0)
#: The redundancy weights tried for the later facts.
REDUNDANCIES = (0.0, 0.15, 0.3, 0.6, 1.0)
#: The later-fact rankers tried.
LATER_MODELS = ("hand", "first", "later")
#: Cross-validation folds over the train articles (by their order of id).
FOLDS = 5
#: Sentences the first-fact oracle picks (the highlights are about three sentences).
ORACLE_SIZE = 3
#: Sentences the later-fact oracle may pick (the first 8 facts are what coverage reads).
LATER_ORACLE_SIZE = 8
#: The numbers of facts whose coverage of the highlights is measured.
COVERAGE_AT = (8, 12)
#: A slug of fewer words is an id, not a headline.
MIN_SLUG_WORDS = 3
#: Decimals kept in the shipped weights (so float noise never changes the file).
DECIMALS = 4


def _examples(devset: Path):  # type: ignore[no-untyped-def]
    """Per train article: candidates, feature matrix, both label vectors, reference, Lead-3."""
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
        path = folder / "txt" / f"{h}.txt"
        # The text files have no headline, but the pages' addresses carry it as a slug
        # (".../Gary-Locke-set-confirmed-permanent-Kilmarnock-manager.html"): the pages the
        # reader meets have one, so the model learns what a headline tells.
        article = replace(read_article(str(path)), title=_slug_title(index[h]["url"]))
        candidates = fact_candidates(article, find_quotes(article))
        if not candidates:
            continue
        ref = reference(index[h]["reference"])
        texts = [s.text for s, _ in candidates]
        first = np.zeros(len(texts))
        first[_oracle(scorer, ref, texts, ORACLE_SIZE, "fmeasure")] = 1.0
        later = np.zeros(len(texts))
        later[_oracle(scorer, ref, texts, LATER_ORACLE_SIZE, "recall")] = 1.0
        matrix = np.array([v for _, v in candidates], dtype=float)
        lead = "\n".join(lead3(path.read_text(encoding="utf-8")))
        out.append(
            {
                "cand": candidates,
                "x": matrix,
                "first": first,
                "later": later,
                "ref": ref,
                "lead3": lead,
            }
        )
    return out


def _slug_title(url: str) -> str | None:
    """The headline words of a page address's last part, or ``None``."""
    slug = url.rstrip("/").rsplit("/", 1)[-1].removesuffix(".html")
    words = [w for w in slug.split("-") if w.isalpha()]
    return " ".join(words) if len(words) >= MIN_SLUG_WORDS else None


def _oracle(scorer, ref: str, texts: list[str], size: int, kind: str) -> list[int]:  # type: ignore[no-untyped-def]
    """The sentences a greedy oracle picks: each adds most to ROUGE-1 + ROUGE-2 (``kind``:
    ``"fmeasure"`` or ``"recall"``), until ``size`` or no gain."""
    picked: list[int] = []
    best = 0.0
    for _ in range(size):
        gains = []
        for k in range(len(texts)):
            if k in picked:
                continue
            s = scorer.score(ref, "\n".join(texts[j] for j in [*picked, k]))
            gains.append((getattr(s["rouge1"], kind) + getattr(s["rouge2"], kind), -k))
        if not gains:
            break
        value, k = max(gains)
        if value <= best:
            break
        best = value
        picked.append(-k)
    return picked


def fit(examples, ridge: float, labels: str = "first") -> np.ndarray:  # type: ignore[no-untyped-def]
    """Ridge regression on standardised features, folded back to raw-feature weights."""
    x = np.vstack([e["x"] for e in examples])
    y = np.concatenate([e[labels] for e in examples])
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


_SCORER = None


def _scorer():  # type: ignore[no-untyped-def]
    global _SCORER
    if _SCORER is None:
        from rouge_score import rouge_scorer

        _SCORER = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeLsum"], use_stemmer=True)
    return _SCORER


def _facts(example, count: int, settings: dict) -> str:  # type: ignore[no-untyped-def]
    """The first ``count`` facts the shipped selection gives under ``settings``."""
    from briefreader.digest.fact_selection import order_facts

    chosen = order_facts(example["cand"], count, **settings)
    return "\n".join(s.text for _, s in chosen)


def top3(examples, settings: dict) -> np.ndarray:  # type: ignore[no-untyped-def]
    """Mean ROUGE-1/2/Lsum F1 (x100) of the first three facts."""
    rows = []
    for e in examples:
        s = _scorer().score(e["ref"], _facts(e, 3, settings))
        rows.append([100 * s[k].fmeasure for k in ("rouge1", "rouge2", "rougeLsum")])
    return np.mean(rows, axis=0)


def coverage(examples, settings: dict) -> np.ndarray:  # type: ignore[no-untyped-def]
    """ROUGE-1 and ROUGE-2 recall (x100) of the full highlights by the first 8 and 12, one row
    per article."""
    rows = []
    for e in examples:
        row = []
        for count in COVERAGE_AT:
            s = _scorer().score(e["ref"], _facts(e, count, settings))
            row += [100 * s["rouge1"].recall, 100 * s["rouge2"].recall]
        rows.append(row)
    return np.array(rows)


def _lead3(examples) -> np.ndarray:  # type: ignore[no-untyped-def]
    """Mean ROUGE-1/2/Lsum F1 (x100) of the scorer's Lead-3."""
    rows = []
    for e in examples:
        s = _scorer().score(e["ref"], e["lead3"])
        rows.append([100 * s[k].fmeasure for k in ("rouge1", "rouge2", "rougeLsum")])
    return np.mean(rows, axis=0)


def _folds(examples):  # type: ignore[no-untyped-def]
    for fold in range(FOLDS):
        yield (
            [e for k, e in enumerate(examples) if k % FOLDS != fold],
            [e for k, e in enumerate(examples) if k % FOLDS == fold],
        )


def _later_weights(examples, model: str, ridge: float, first: np.ndarray) -> tuple[float, ...]:  # type: ignore[no-untyped-def]
    from briefreader.digest.fact_features import HAND_LATER_WEIGHTS

    if model == "hand":
        return HAND_LATER_WEIGHTS
    if model == "first":
        return tuple(first)
    return tuple(fit(examples, ridge, "later"))


def _one_standard_error(per_fold: dict, report: bool) -> tuple[str, float]:  # type: ignore[type-arg]
    """The later ranker and redundancy by the one-standard-error rule: the simplest ranker
    (:data:`LATER_MODELS` order: the hand weights, then the learned ones) whose best
    redundancy scores within one standard error (over the folds) of the best setting, so a
    learned model replaces the hand weights only when it is clearly better, not by noise."""
    best = max(per_fold, key=lambda key: float(per_fold[key].mean()))
    error = float(per_fold[best].std(ddof=1) / np.sqrt(len(per_fold[best])))
    _say(report, f"best later {best}: {per_fold[best].mean():.2f}, standard error {error:.2f}")
    for model in LATER_MODELS:
        key = max((k for k in per_fold if k[0] == model), key=lambda k: float(per_fold[k].mean()))
        if per_fold[key].mean() >= per_fold[best].mean() - error:
            return key
    return best


def _say(report: bool, text: str) -> None:
    if report:
        print(text, file=sys.stderr)


def _first_settings(folds, report: bool) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    """The ridge and the lead guard of the first facts: the lead is the default, so the
    largest guard whose cross-validated figure (the mean of ROUGE-1/2/Lsum F1) is within one
    standard error (over the folds) of the best setting's; a smaller guard, letting the ranker
    replace a lead sentence, only when it is better by more than that."""
    per_fold: dict[tuple[float, float], np.ndarray] = {}
    for r in RIDGES:
        weights = [tuple(fit(trained, r)) for trained, _ in folds]
        for g in GUARDS:
            rows = [
                top3(tested, {"weights": w, "guard": g}) for w, (_, tested) in zip(weights, folds)
            ]
            per_fold[r, g] = np.array([row.mean() for row in rows])
            figures = np.round(np.mean(rows, axis=0), 2)
            _say(report, f"ridge {r} guard {g}: CV first-3 R1/R2/RLsum {figures}")
    best = max(per_fold, key=lambda key: float(per_fold[key].mean()))
    error = float(per_fold[best].std(ddof=1) / np.sqrt(len(per_fold[best])))
    near = [k for k in per_fold if per_fold[k].mean() >= per_fold[best].mean() - error]
    # The largest guard among them; of its ridges, the best (the first on a tie).
    guard = max(g for _, g in near)
    ridge = max((k for k in near if k[1] == guard), key=lambda k: float(per_fold[k].mean()))[0]
    _say(report, f"best first-3 {best}: {per_fold[best].mean():.2f}, standard error {error:.2f}")
    return ridge, guard


def choose(examples, report: bool = False) -> dict:  # type: ignore[no-untyped-def]
    """The settings cross-validation prefers (see the module docstring)."""
    folds = list(_folds(examples))
    ridge, guard = _first_settings(folds, report)
    lead = np.mean([_lead3(tested) for _, tested in folds], axis=0)
    _say(
        report, f"chosen ridge {ridge} guard {guard}; Lead-3 on the same folds {np.round(lead, 2)}"
    )
    first_weights = [fit(trained, ridge) for trained, _ in folds]
    per_fold: dict[tuple[str, float], np.ndarray] = {}
    for model in LATER_MODELS:
        later_w = [
            _later_weights(trained, model, ridge, w)
            for w, (trained, _) in zip(first_weights, folds)
        ]
        for red in REDUNDANCIES:
            folds_figures = [
                coverage(
                    tested,
                    {
                        "weights": tuple(w),
                        "guard": guard,
                        "later_weights": lw,
                        "redundancy": red,
                    },
                )
                for w, lw, (_, tested) in zip(first_weights, later_w, folds)
            ]
            per_fold[model, red] = np.array([f.mean() for f in folds_figures])
            _say(
                report,
                f"later {model} redundancy {red}: CV recall R1/R2@8, R1/R2@12 "
                f"{np.round(np.vstack(folds_figures).mean(axis=0), 2)}",
            )
    later, redundancy = _one_standard_error(per_fold, report)
    _say(report, f"chosen later {later} redundancy {redundancy}")
    return {"ridge": ridge, "guard": guard, "later": later, "redundancy": redundancy}


def train(devset: Path, report: bool = False) -> dict:  # type: ignore[no-untyped-def]
    """The shipped settings: the weights (rounded to :data:`DECIMALS`) fitted on all the train
    articles with the settings cross-validation chose."""
    examples = _examples(devset)
    chosen = choose(examples, report)
    weights = fit(examples, chosen["ridge"])
    later = _later_weights(examples, chosen["later"], chosen["ridge"], weights)

    def rounded(values) -> tuple[float, ...]:  # type: ignore[no-untyped-def]
        return tuple(round(float(w), DECIMALS) + 0.0 for w in values)

    return chosen | {"weights": rounded(weights), "later_weights": rounded(later)}


def render(trained: dict) -> str:  # type: ignore[type-arg]
    """The text of the generated weights module."""
    from briefreader.digest.fact_features import FEATURES

    def table(name: str, values) -> list[str]:  # type: ignore[no-untyped-def]
        return [f"{name} = (", *(f"    {w!r},  # {f}" for f, w in zip(FEATURES, values)), ")"]

    lines = [
        '"""The key-fact ranker\'s weights, one per feature of ``fact_features.FEATURES``, and the',
        "selection's settings.",
        "",
        "Generated by tools/train_fact_ranker.py from the train part of cnndm-dev, every setting",
        f"chosen by {FOLDS}-fold cross-validation (ridge {trained['ridge']}, later-fact ranker "
        f"{trained['later']!r}): do not edit.",
        '"""',
        "",
        "#: The first facts' model: the article's news.",
        *table("WEIGHTS", trained["weights"]),
        "",
        "#: The later facts' model: what the rest of the article adds.",
        *table("LATER_WEIGHTS", trained["later_weights"]),
        "",
        "#: How much a sentence must outscore the article's second and third to replace them.",
        f"LEAD_GUARD = {trained['guard']!r}",
        "#: What each point of overlap with a chosen fact costs a later fact.",
        f"REDUNDANCY = {trained['redundancy']!r}",
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
