"""Train the key-fact ranker: linear models over the features of each candidate sentence, and
the settings of the selection, every choice by cross-validation on the train parts.

usage: python tools/train_fact_ranker.py [DEVSET] [--check] [--report]
       [--labels=FILE ... --pages=DIR]

Data (``DEVSET`` defaults to ``../shared/devset``; the held-out parts are never read here):

- the CNN/DailyMail articles of ``DEVSET/cnndm-dev`` on the *train* part of the fixed split
  (:func:`facts_eval.split_of`, a hash of the article id). Each candidate sentence
  (``fact_candidates``: the sentences the ranker may choose, with their features) is labelled
  twice: 1 when a greedy oracle picks it for the first three facts (the three that together
  score best in ROUGE-1 + ROUGE-2 F1 against the reference highlights), and 1 when a greedy
  oracle over the *full* highlights picks it for the later facts (up to eight sentences, each
  adding most ROUGE-1 + ROUGE-2 recall);
- the *train* part of the pages labelled by hand in ``tests/data/fact_labels.json``
  (:func:`facts_eval.label_pages`: readability pages and zyte-dev pages without gold, a
  zyte-dev page in both its forms, text dump and HTML). A candidate is a later-fact positive
  when it holds all the keywords of one of the page's key facts (the scorer's rule);
- with ``--labels=FILE`` (repeated) and ``--pages=DIR``, the *train* pages of label files kept
  outside the repository (``facts_eval.extra_label_pages``: third-party pages, their split
  fixed by site in each page's ``page.json``), in both forms, as the labelled pages. The
  weights module records each file's name and SHA-256, so ``--check`` is run with the same
  files (the test skips when they are not here or have changed).

Weights are ridge regression on those labels (closed form, so the output is deterministic):
the first-fact model on the articles' first labels, the later-fact model on the later labels
of both. Chosen by 5-fold cross-validation, the articles by their order of id, the labelled
pages grouped by page (both forms of a page in one fold), in two steps:

1. the ridge and the lead guard (:func:`~briefreader.digest.fact_selection.order_facts`: how
   much a sentence must outscore the article's second and third to replace them), on the mean
   ROUGE-1/2/Lsum F1 of the first three facts of the articles: the lead is the default, so
   the largest guard within one standard error of the best setting (a smaller one only when
   clearly better);
2. the later-fact ranker (the hand weights, the first-fact model, or the later model and its
   ridge) and the redundancy weight of the maximal-marginal-relevance selection, on the mean,
   per fold, of two figures: the ROUGE-1 and ROUGE-2 recall of the full highlights by the first
   8 and the first 12 facts, and the labelled key facts covered by the first 8 and 12; a
   learned ranker replaces the hand weights only when the hand weights' best setting is
   more than one standard error of the paired per-fold difference below the best setting
   (the one-standard-error rule).

They are written, rounded, to ``briefreader/digest/fact_weights.py``; ``--check`` only
compares them with the shipped file (exit 1 when they differ), ``--report`` prints the
cross-validation figures. Needs numpy and rouge-score (development tools only: the ranker
itself is pure Python).
"""

from __future__ import annotations

import os
import sys
from dataclasses import replace
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from facts_eval import (  # noqa: E402
    extra_label_pages,
    extra_options,
    holds,
    label_pages,
    lead3,
    reference,
    split_of,
)

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

HASH_SEED = "0"
"""The hash seed training runs under (the script restarts itself with it): the weights are
then the same on every run and machine."""


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


def _labelled_examples(devset: Path, extra=()):  # type: ignore[no-untyped-def]
    """Per form of each labelled *train* page (``facts_eval.label_pages``, then the outside
    pages ``extra``, ``facts_eval.extra_label_pages``): candidates,
    features, and the later label, 1 for a candidate that holds all of a key fact's keywords
    (the scorer's rule); ``group`` is the page, so both forms of a page share a fold."""
    from briefreader import read_article
    from briefreader.digest.facts import fact_candidates
    from briefreader.digest.quotes import find_quotes

    out = []
    for page in [*label_pages(devset), *extra]:
        if page["part"] != "train":
            continue
        for _, path in sorted(page["forms"].items()):
            article = read_article(str(path))
            candidates = fact_candidates(article, find_quotes(article))
            if not candidates:
                continue
            later = np.array(
                [
                    float(any(holds(s.text, g["keywords"]) for g in page["key_facts"]))
                    for s, _ in candidates
                ]
            )
            out.append(
                {
                    "cand": candidates,
                    "x": np.array([v for _, v in candidates], dtype=float),
                    "later": later,
                    "key_facts": page["key_facts"],
                    "group": page["key"],
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


def page_coverage(pages, settings: dict) -> np.ndarray:  # type: ignore[no-untyped-def]
    """Key facts covered by the first 8 and 12 facts (x100, the scorer's rule) over the
    labelled ``pages``: one row, their totals."""
    from briefreader.digest.fact_selection import order_facts

    covered = np.zeros(len(COVERAGE_AT))
    total = 0
    for e in pages:
        texts = [s.text for _, s in order_facts(e["cand"], max(COVERAGE_AT), **settings)]
        total += len(e["key_facts"])
        for j, count in enumerate(COVERAGE_AT):
            covered[j] += sum(
                any(holds(t, g["keywords"]) for t in texts[:count]) for g in e["key_facts"]
            )
    return 100 * covered / max(1, total)


def _folds(examples, labelled=()):  # type: ignore[no-untyped-def]
    """The cross-validation folds: ``(trained, tested, trained pages, tested pages)``; the
    articles by their order of id, the labelled pages grouped by page (its forms together)."""
    groups = sorted({e["group"] for e in labelled})
    fold_of = {g: k % FOLDS for k, g in enumerate(groups)}
    for fold in range(FOLDS):
        yield (
            [e for k, e in enumerate(examples) if k % FOLDS != fold],
            [e for k, e in enumerate(examples) if k % FOLDS == fold],
            [e for e in labelled if fold_of[e["group"]] != fold],
            [e for e in labelled if fold_of[e["group"]] == fold],
        )


def _later_weights(examples, model: str, ridge: float, first: np.ndarray) -> tuple[float, ...]:  # type: ignore[no-untyped-def]
    from briefreader.digest.fact_features import HAND_LATER_WEIGHTS

    if model == "hand":
        return HAND_LATER_WEIGHTS
    if model == "first":
        return tuple(first)
    return tuple(fit(examples, ridge, "later"))


def _one_standard_error(per_fold: dict, report: bool) -> tuple[str, float, float]:  # type: ignore[type-arg]
    """The later ranker, its ridge and the redundancy by the one-standard-error rule: the
    simplest ranker (:data:`LATER_MODELS` order: the hand weights, then the learned ones)
    whose best setting is within one standard error of the best setting, so a learned model
    replaces the hand weights only when it is clearly better, not by noise. The error is that
    of the paired difference over the same folds (which pages a fold holds moves both
    settings alike, so it is no part of the difference between them)."""
    best = max(per_fold, key=lambda key: float(per_fold[key].mean()))
    _say(report, f"best later {best}: {per_fold[best].mean():.2f}")
    for model in LATER_MODELS:
        key = max((k for k in per_fold if k[0] == model), key=lambda k: float(per_fold[k].mean()))
        gap = per_fold[best] - per_fold[key]
        error = float(gap.std(ddof=1) / np.sqrt(len(gap)))
        _say(
            report, f"{key}: {per_fold[key].mean():.2f}, {gap.mean():.2f} below, error {error:.2f}"
        )
        if gap.mean() <= error:
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


def choose(examples, labelled=(), report: bool = False) -> dict:  # type: ignore[no-untyped-def]
    """The settings cross-validation prefers (see the module docstring)."""
    folds = list(_folds(examples, labelled))
    ridge, guard = _first_settings([(f[0], f[1]) for f in folds], report)
    lead = np.mean([_lead3(f[1]) for f in folds], axis=0)
    _say(
        report, f"chosen ridge {ridge} guard {guard}; Lead-3 on the same folds {np.round(lead, 2)}"
    )
    first_weights = [fit(f[0], ridge) for f in folds]
    per_fold: dict[tuple[str, float, float], np.ndarray] = {}
    for model in LATER_MODELS:
        for later_ridge in RIDGES if model == "later" else (ridge,):
            later_w = [
                _later_weights(f[0] + f[2], model, later_ridge, w)
                for w, f in zip(first_weights, folds)
            ]
            for red in REDUNDANCIES:
                recall, pages = [], []
                for w, lw, f in zip(first_weights, later_w, folds):
                    settings = {
                        "weights": tuple(w),
                        "guard": guard,
                        "later_weights": lw,
                        "redundancy": red,
                    }
                    recall.append(coverage(f[1], settings).mean(axis=0))
                    pages.append(page_coverage(f[3], settings) if f[3] else recall[-1][:0])
                # Per fold: the mean of the highlights' recall and, when there are labelled
                # pages, of their key-fact coverage (the two count alike).
                per_fold[model, later_ridge, red] = np.array(
                    [
                        (r.mean() + p.mean()) / 2 if p.size else r.mean()
                        for r, p in zip(recall, pages)
                    ]
                )
                figure = np.round(np.mean(recall, axis=0), 2)
                page_figure = np.round(np.mean(pages, axis=0), 1) if labelled else "-"
                _say(
                    report,
                    f"later {model} ridge {later_ridge} redundancy {red}: CV recall R1/R2@8, "
                    f"R1/R2@12 {figure}; labelled pages covered @8/@12 {page_figure}",
                )
    later, later_ridge, redundancy = _one_standard_error(per_fold, report)
    _say(report, f"chosen later {later} ridge {later_ridge} redundancy {redundancy}")
    return {
        "ridge": ridge,
        "guard": guard,
        "later": later,
        "later_ridge": later_ridge,
        "redundancy": redundancy,
    }


def train(devset: Path, report: bool = False, extra=()) -> dict:  # type: ignore[no-untyped-def]
    """The shipped settings: the weights (rounded to :data:`DECIMALS`) fitted on all the train
    articles and pages (``extra``: outside labelled pages) with the settings cross-validation
    chose."""
    examples = _examples(devset)
    labelled = _labelled_examples(devset, extra)
    chosen = choose(examples, labelled, report)
    weights = fit(examples, chosen["ridge"])
    later = _later_weights(examples + labelled, chosen["later"], chosen["later_ridge"], weights)

    def rounded(values) -> tuple[float, ...]:  # type: ignore[no-untyped-def]
        return tuple(round(float(w), DECIMALS) + 0.0 for w in values)

    return chosen | {"weights": rounded(weights), "later_weights": rounded(later)}


def render(trained: dict, files=()) -> str:  # type: ignore[type-arg]
    """The text of the generated weights module (``files``: the outside label files, recorded
    by name and SHA-256)."""
    from briefreader.digest.fact_features import FEATURES

    def table(name: str, values) -> list[str]:  # type: ignore[no-untyped-def]
        return [f"{name} = (", *(f"    {w!r},  # {f}" for f, w in zip(FEATURES, values)), ")"]

    lines = [
        '"""The key-fact ranker\'s weights, one per feature of ``fact_features.FEATURES``, and the',
        "selection's settings.",
        "",
        "Generated by tools/train_fact_ranker.py from the train parts of cnndm-dev and of the",
        "pages labelled in tests/data/fact_labels.json, every setting chosen by",
        f"{FOLDS}-fold cross-validation (ridge {trained['ridge']}, later-fact ranker "
        f"{trained['later']!r}, its ridge {trained['later_ridge']}): do not edit.",
        '"""',
        "",
        "#: The outside label files the train pages came from (name, SHA-256): the script's",
        "#: --labels, kept out of the repository.",
        "EXTRA_LABELS: tuple[tuple[str, str], ...] = (",
        *(f'    ("{Path(f).name}", "{_sha256(Path(f))}"),' for f in files),
        ")",
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


def _sha256(path: Path) -> str:
    import hashlib

    return hashlib.sha256(path.read_bytes()).hexdigest()


def main() -> int:
    """Train, then write (or with ``--check`` compare) the weights module."""
    if os.environ.get("PYTHONHASHSEED") != HASH_SEED:
        # The features walk sets of words, whose order the hash seed sets; the sums then
        # differ in the last bits and a rounded weight can flip. One seed, one result.
        os.environ["PYTHONHASHSEED"] = HASH_SEED
        os.execv(sys.executable, [sys.executable, *sys.argv])
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    devset = Path(args[0] if args else ROOT / ".." / "shared" / "devset")
    files, pages_root = extra_options(sys.argv[1:])
    if files and pages_root is None:
        sys.exit("--labels needs --pages=DIR (the folder of the labelled pages)")
    extra = extra_label_pages(files, pages_root) if files and pages_root else []
    text = render(train(devset, "--report" in sys.argv, extra), files)
    if "--check" in sys.argv:
        same = WEIGHTS_FILE.read_text(encoding="utf-8") == text
        print("the shipped weights are the script's" if same else "the weights differ")
        return 0 if same else 1
    WEIGHTS_FILE.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
