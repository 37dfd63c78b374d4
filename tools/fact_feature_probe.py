"""Measure candidate features for the key-fact ranker before any ships: each one added to the
shipped features, the later-fact model refitted, by cross-validation on the *train* parts only.

usage: python tools/fact_feature_probe.py [DEVSET] [--labels=FILE ... --pages=DIR]

The data and folds are those of ``tools/train_fact_ranker.py`` (cnndm-dev train articles with
their oracle labels, the labelled train pages by page, both forms of a page in one fold; the
held-out parts are never read). The first facts are the shipped ones (the lead guard keeps
the lead), so what a feature can change is the later facts. Per candidate feature
(:data:`PROBES`, computed here from the sentences ``fact_candidates`` gives, so nothing of the
run-time ranker changes to try one): the later model is refitted with it for each ridge and
redundancy the training script tries, and the best setting's mean key-fact coverage at 8 and
12 over the folds is printed with its paired difference from the shipped features' best and
that difference's standard error over the folds. A feature is worth adding to
``fact_features`` only when the difference is above one standard error (the training
script's rule). Needs numpy.
"""

from __future__ import annotations

import math
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

import train_fact_ranker as trainer  # noqa: E402
from facts_eval import extra_label_pages, extra_options  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
#: Two candidates sharing this many content words are linked (TextRank's graph).
SHARED_WORDS = 2
#: Tokens that are capitalised or figures counted at most this many (a list is not more news).
SPECIFIC_COUNTED = 6
#: The paragraphs' order prior halves after this many paragraphs (as the sentences' prior).
PARAGRAPH_SCALE = 4.0
#: The redundancy weights tried (the training script's).
REDUNDANCIES = (0.0, 0.3, 0.6, 1.0)


def _paragraph_first(cand: Sequence) -> list[float]:  # type: ignore[type-arg]
    """1 for the first candidate of its paragraph."""
    return [float(k == 0 or cand[k - 1].paragraph != s.paragraph) for k, s in enumerate(cand)]


def _paragraph_position(cand: Sequence) -> list[float]:  # type: ignore[type-arg]
    """A prior on the paragraph's order among those with candidates."""
    order: dict[int, int] = {}
    return [1.0 / (1.0 + order.setdefault(s.paragraph, len(order)) / PARAGRAPH_SCALE) for s in cand]


def _paragraph_size(cand: Sequence) -> list[float]:  # type: ignore[type-arg]
    """How many candidates its paragraph holds (log): a one-sentence paragraph stands alone."""
    size = Counter(s.paragraph for s in cand)
    return [math.log1p(size[s.paragraph]) for s in cand]


def _recurs_later(cand: Sequence) -> list[float]:  # type: ignore[type-arg]
    """The share of its content words that recur after it (a subject the article develops)."""
    after: set[str] = set()
    out = [0.0] * len(cand)
    for k in range(len(cand) - 1, -1, -1):
        own = set(cand[k].words)
        out[k] = len(own & after) / max(1, len(own))
        after |= own
    return out


def _new_words(cand: Sequence) -> list[float]:  # type: ignore[type-arg]
    """The share of its content words no earlier candidate has."""
    seen: set[str] = set()
    out = []
    for s in cand:
        own = set(s.words)
        out.append(len(own - seen) / max(1, len(own)))
        seen |= own
    return out


def _name_density(cand: Sequence) -> list[float]:  # type: ignore[type-arg]
    """Names per word."""
    return [len(s.names) / max(1, s.tokens) for s in cand]


def _specific(cand: Sequence) -> list[float]:  # type: ignore[type-arg]
    """Capitalised words and figures past the first word (details: who, where, how many)."""
    return [
        min(
            SPECIFIC_COUNTED,
            sum(1 for t in s.text.split()[1:] if t[:1].isupper() or t[:1].isdigit()),
        )
        / SPECIFIC_COUNTED
        for s in cand
    ]


def _degree(cand: Sequence) -> list[float]:  # type: ignore[type-arg]
    """TextRank's degree: the share of the other candidates sharing :data:`SHARED_WORDS`
    content words with it."""
    sets = [set(s.words) for s in cand]
    others = max(1, len(sets) - 1)
    return [
        sum(1 for k, b in enumerate(sets) if k != j and len(a & b) >= SHARED_WORDS) / others
        for j, a in enumerate(sets)
    ]


#: The candidate features: name, and the column it gives over an article's candidates.
PROBES: dict[str, Callable[[Sequence], list[float]]] = {  # type: ignore[type-arg]
    "paragraph_first": _paragraph_first,
    "paragraph_position": _paragraph_position,
    "paragraph_size": _paragraph_size,
    "recurs_later": _recurs_later,
    "new_words": _new_words,
    "name_density": _name_density,
    "specific": _specific,
    "degree": _degree,
}


def with_column(examples, name: str | None):  # type: ignore[no-untyped-def]
    """``examples`` with the probe ``name``'s column after the shipped features (none for
    ``None``), in the matrix the fit reads and in the vectors the selection scores."""
    out = []
    for e in examples:
        if name is None:
            out.append(e)
            continue
        column = PROBES[name]([s for s, _ in e["cand"]])
        cand = [(s, [*v, x]) for (s, v), x in zip(e["cand"], column)]
        out.append(e | {"cand": cand, "x": np.column_stack([e["x"], column])})
    return out


def cross_validate(examples, labelled) -> np.ndarray:  # type: ignore[no-untyped-def]
    """Per fold, the key facts covered at 8 and 12 (x100, their mean) by the best ridge and
    redundancy (best on the folds' mean), with the shipped first facts."""
    from briefreader.digest.fact_weights import WEIGHTS

    folds = list(trainer._folds(examples, labelled))
    width = labelled[0]["x"].shape[1]
    first = tuple(WEIGHTS) + (0.0,) * (width - len(WEIGHTS))
    best: np.ndarray | None = None
    for ridge in trainer.RIDGES:
        later = [tuple(trainer.fit(f[0] + f[2], ridge, "later")) for f in folds]
        for redundancy in REDUNDANCIES:
            settings = [
                {"weights": first, "later_weights": w, "redundancy": redundancy} for w in later
            ]
            per_fold = np.array(
                [
                    trainer.page_coverage(f[3], s).mean() if f[3] else 0.0
                    for s, f in zip(settings, folds)
                ]
            )
            if best is None or per_fold.mean() > best.mean():
                best = per_fold
    assert best is not None
    return best


def main() -> int:
    """Print each probe's cross-validated coverage against the shipped features'."""
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    devset = Path(args[0] if args else ROOT / ".." / "shared" / "devset")
    files, pages_root = extra_options(sys.argv[1:])
    extra = extra_label_pages(files, pages_root) if files and pages_root else []
    examples = trainer._examples(devset)
    labelled = trainer._labelled_examples(devset, extra)
    base = cross_validate(examples, labelled)
    print(f"shipped features: CV coverage (mean of @8, @12) {base.mean():.2f}")
    for name in PROBES:
        per_fold = cross_validate(with_column(examples, name), with_column(labelled, name))
        gap = per_fold - base
        error = float(gap.std(ddof=1) / math.sqrt(len(gap)))
        verdict = "worth adding" if gap.mean() > error else "no clear gain"
        print(f"+{name}: {per_fold.mean():.2f} ({gap.mean():+.2f}, error {error:.2f}): {verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
