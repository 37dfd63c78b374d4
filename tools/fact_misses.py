"""Why labelled key facts are missed: for each key fact the first 12 facts do not cover, on
the *train* part of the labelled pages (``tests/data/fact_labels.json``, never the zyte-dev
gold nor the held-out part), where its keywords stand and what kept that sentence out.

usage: python tools/fact_misses.py [DEVSET] [--list] [--labels=FILE ... --pages=DIR]

With ``--labels``/``--pages`` (``facts_eval.extra_options``) the train pages of outside label
files are read too (their held-out pages never).

Causes: ``ranked low`` (a candidate, not among the first 12: its rank by the later score is
given), ``not a candidate: <why>`` (the sentence holding the keywords was skipped, with the
rule of ``briefreader.digest.facts`` that kept it out: a quote, a caption paragraph, a list
item, too short, unbalanced marks, furniture, an opening that leans on the sentence before
...), ``across sentences`` (no one sentence holds every keyword, one
paragraph does), ``across paragraphs``, ``not in the text`` (extraction lost it). Prints the
count of each cause, with ``--list`` every miss.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from facts_eval import extra_label_pages, extra_options, holds, label_pages  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
#: The facts whose coverage is measured (the scorer's larger count).
SHOWN = 12


def misses(devset: Path, extra=()):  # type: ignore[no-untyped-def]
    """``(page, form, key fact, cause, sentence)`` for every key fact missed at 12, on the
    train pages of :data:`facts_eval.LABELS` and of ``extra`` (``extra_label_pages``)."""
    from briefreader import read_article
    from briefreader.digest.fact_features import featurize, score
    from briefreader.digest.fact_weights import LATER_WEIGHTS
    from briefreader.digest.facts import fact_sentences, order_facts, title_words
    from briefreader.digest.quotes import find_quotes

    for page in [*label_pages(devset), *extra]:
        if page["part"] != "train":
            continue
        for form, path in page["forms"].items():
            article = read_article(str(path))
            quotes = find_quotes(article)
            sentences = fact_sentences(article, quotes)
            candidates = featurize(sentences, title_words(article))
            shown = [s.text for _, s in order_facts(candidates, SHOWN)]
            later = sorted(candidates, key=lambda c: -score(c[1], LATER_WEIGHTS))
            rank = {id(s): k for k, (s, _) in enumerate(later)}
            for g in page["key_facts"]:
                kws = g["keywords"]
                if any(holds(t, kws) for t in shown):
                    continue
                holding = [s for s in sentences if holds(s.text, kws)]
                if holding:
                    cand = [s for s in holding if not s.skip]
                    if cand:
                        cause = f"ranked low ({rank[id(cand[0])] + 1} of {len(candidates)})"
                        where = cand[0].text
                    else:
                        cause = "not a candidate: " + holding[0].why
                        where = holding[0].text
                elif any(holds(p, kws) for p in article.paragraphs):
                    cause, where = "across sentences", ""
                elif holds("\n".join(article.paragraphs), kws):
                    cause, where = "across paragraphs", ""
                else:
                    cause, where = "not in the text", ""
                yield page["key"], form, g, cause, where


def main() -> int:
    """Print the causes of the misses, with ``--list`` each one."""
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    devset = Path(args[0] if args else ROOT / ".." / "shared" / "devset")
    files, pages_root = extra_options(sys.argv[1:])
    extra = extra_label_pages(files, pages_root) if files and pages_root else []
    counts: Counter[str] = Counter()
    for key, form, g, cause, where in misses(devset, extra):
        counts[cause.split(" (")[0]] += 1
        if "--list" in sys.argv:
            print(f"{key} [{form}] {g['keywords']}: {cause}\n    {where[:200]}")
    for cause, n in counts.most_common():
        print(f"{n:4d}  {cause}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
