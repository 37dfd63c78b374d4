"""Why labelled key facts are missed: for each key fact the first 12 facts do not cover, on
the *train* part of the labelled pages (``tests/data/fact_labels.json``, never the zyte-dev
gold nor the held-out part), where its keywords stand and what kept that sentence out.

usage: python tools/fact_misses.py [DEVSET] [--list]

Causes: ``ranked low`` (a candidate, not among the first 12: its rank by the later score is
given), ``not a candidate: <why>`` (the sentence holding the keywords was skipped: a quote, a
caption paragraph, a list item, too short, unbalanced marks, furniture, an opening that leans
on the sentence before ...), ``across sentences`` (no one sentence holds every keyword, one
paragraph does), ``across paragraphs``, ``not in the text`` (extraction lost it). Prints the
count of each cause, with ``--list`` every miss.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from facts_eval import holds, label_pages  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
#: The facts whose coverage is measured (the scorer's larger count).
SHOWN = 12


def why_skipped(sentence, article, quotes) -> str:  # type: ignore[no-untyped-def]
    """Which rule keeps a skipped sentence from being a candidate."""
    from briefreader.digest import facts as f
    from briefreader.digest.furniture import is_caption_paragraph, opens_unresolved

    text = sentence.text
    tokens = f.WORD.findall(text)
    words = f._content(text)
    title = set(f._content(article.title or ""))
    checks = (
        ("caption paragraph", is_caption_paragraph(article.paragraphs, sentence.paragraph)),
        ("quote", sentence.quote_share >= f._QUOTE_SHARE),
        ("too short", len(tokens) < f._MIN_WORDS),
        ("too long", len(tokens) > f._MAX_WORDS),
        ("question", text.rstrip(f._CLOSING_QUOTES + "'’)").endswith("?")),
        ("ends in a colon", text.rstrip().endswith(":")),
        ("list item", text.lstrip().startswith(("—", "–", "-", "•"))),
        ("unbalanced marks", not f._balanced(text)),
        ("furniture", f.is_boilerplate(text.lower()) or f.is_artefact(text, tokens, words, title)),
        ("leans on the one before", opens_unresolved(text) is not None),
    )
    return next((name for name, hit in checks if hit), "other")


def misses(devset: Path):  # type: ignore[no-untyped-def]
    """``(page, form, key fact, cause, sentence)`` for every key fact missed at 12."""
    from briefreader import read_article
    from briefreader.digest.fact_features import featurize, score
    from briefreader.digest.fact_weights import LATER_WEIGHTS
    from briefreader.digest.facts import _content, _sentences, order_facts
    from briefreader.digest.quotes import find_quotes

    for page in label_pages(devset):
        if page["part"] != "train":
            continue
        for form, path in page["forms"].items():
            article = read_article(str(path))
            quotes = find_quotes(article)
            sentences = _sentences(article, quotes)
            candidates = featurize(sentences, set(_content(article.title or "")))
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
                        cause = "not a candidate: " + why_skipped(holding[0], article, quotes)
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
    counts: Counter[str] = Counter()
    for key, form, g, cause, where in misses(devset):
        counts[cause.split(" (")[0]] += 1
        if "--list" in sys.argv:
            print(f"{key} [{form}] {g['keywords']}: {cause}\n    {where[:200]}")
    for cause, n in counts.most_common():
        print(f"{n:4d}  {cause}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
