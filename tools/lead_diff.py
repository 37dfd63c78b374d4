"""Compare the first three facts with the scorer's Lead-3, article by article, on the train part.

usage: python tools/lead_diff.py [DEVSET] [--list]      (DEVSET defaults to ../shared/devset)

For each CNN/DailyMail article of the *train* part of the fixed split
(:func:`facts_eval.split_of`; the held-out part is never read here), the first three facts are
aligned with the sentences of the scorer's regex split (white space made single), and every way
they differ from Lead-3 is named:

- ``trimmed: dateline`` / ``trimmed: connective`` / ``trimmed: other``: a fact is one lead
  sentence less an opening ("(CNN)", "LONDON (Reuters) - ", "But ") or a closing part;
- ``caption run in, left out``: a fact is the part of a regex sentence after (or before) a
  caption the page ran into it without a full stop;
- ``joined``: a fact holds two or more sentences of our own split (a sentence leaning on the
  one before joins it);
- ``regex split an abbreviation``: a fact is one sentence of ours and two of the regex's
  ("U.S. Census", "Clarence J. Brown");
- ``lead sentence left out: ...``: a Lead-3 sentence is in none of the first three facts, with
  the rule of ``briefreader.digest.facts`` that kept it out (``FactSentence.why``: a question,
  too short, a quote, a sentence leaning on the one before that could not join it ...) or "a
  candidate not chosen" (outscored, or a repeat of a chosen fact);
- ``later sentence in``: a fact holds a sentence past the third.

Prints, per cause, the articles it touches and the mean ROUGE-1/2/Lsum F1 difference (x100,
facts less Lead-3) over them, and over those where it is the only cause; ``--list`` also
prints each differing article's facts and Lead-3. Needs rouge-score.
"""

from __future__ import annotations

import json
import statistics
import sys
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from facts_eval import _SENT, reference, split_of  # noqa: E402

#: An opening a fact leaves out of a lead sentence that is this long (characters) or shorter
#: is a dateline or a connective; a longer one is something else.
_OPENING_CHARS = 40
_KEYS = ("rouge1", "rouge2", "rougeLsum")


def _single_spaced(text: str) -> tuple[str, list[int]]:
    """``text`` with each run of white space made one space, and each character's offset in
    ``text``."""
    out: list[str] = []
    where: list[int] = []
    for i, ch in enumerate(text):
        if ch.isspace():
            if out and out[-1] == " ":
                continue
            ch = " "
        out.append(ch)
        where.append(i)
    return "".join(out), where


def regex_sentences(text: str) -> list[tuple[int, int]]:
    """The scorer's sentences of ``text`` as ``(start, end)`` offsets."""
    stripped = text.strip()
    offset = len(text) - len(text.lstrip())
    spans = []
    pos = 0
    for match in _SENT.finditer(stripped):
        spans.append((offset + pos, offset + match.start()))
        pos = match.end()
    spans.append((offset + pos, offset + len(stripped)))
    return spans


def _left_out_reason(sentence: str, read: Sequence[tuple[str, str]]) -> str:
    """Why a Lead-3 sentence is in none of the first facts: the rule of the package that kept
    it out (``read``: each sentence as the ranker read it, with ``FactSentence.why``), or
    "a candidate not chosen" (outscored, or a repeat of a chosen fact)."""
    flat = " ".join(sentence.split())
    for text, why in read:
        other = " ".join(text.split())
        if other and (other in flat or flat in other):
            return "lead sentence left out: " + (why or "a candidate not chosen")
    return "lead sentence left out: not read as one sentence"


def causes(text: str, facts: list[str], read: Sequence[tuple[str, str]] = ()) -> set[str]:
    """How the first three ``facts`` of an article of ``text`` differ from its Lead-3
    (``read``: the article's sentences as the ranker read them, each with why it was skipped,
    to name why a lead sentence was left out)."""
    from briefreader.digest.furniture import CONNECTIVE_OPENING, run_in_starts
    from briefreader.digest.sentences import split_sentences

    spans = regex_sentences(text)
    flat, where = _single_spaced(text)
    found: set[str] = set()
    covered: set[int] = set()
    for fact in facts[:3]:
        needle = " ".join(fact.split())
        at = flat.find(needle)
        if at < 0:
            found.add("not found in the text")
            continue
        start, end = where[at], where[at + len(needle) - 1] + 1
        inside = [k for k, (s, e) in enumerate(spans) if s < end and e > start]
        covered.update(inside)
        ours = split_sentences(text[start:end])
        if len(ours) > 1:
            found.add("joined")
        elif len(inside) > 1:
            found.add("regex split an abbreviation")
        if len(inside) == 1:
            s, e = spans[inside[0]]
            cuts = run_in_starts(text, s, e)
            if any(start <= c < end for c in cuts) or start in cuts or end < e and cuts:
                found.add("caption run in, left out")
            elif start > s:
                opening = text[s:start]
                match = CONNECTIVE_OPENING.fullmatch(opening)
                if len(opening) > _OPENING_CHARS:
                    found.add("trimmed: other")
                elif match is not None and match.group(1)[0].isupper():
                    found.add("trimmed: connective")
                else:
                    found.add("trimmed: dateline")
            elif end < e:
                found.add("trimmed: other")
    for k in range(min(3, len(spans))):
        if k not in covered:
            s, e = spans[k]
            found.add(_left_out_reason(text[s:e], read))
    if any(k >= 3 for k in covered):
        found.add("later sentence in")
    return found


def main() -> None:
    """Print the causes and what each costs or gains (see the module docstring)."""
    from rouge_score import rouge_scorer

    from briefreader import read_article, read_brief
    from briefreader.digest.facts import fact_sentences
    from briefreader.digest.quotes import find_quotes

    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    folder = Path(args[0] if args else "../shared/devset") / "cnndm-dev"
    index = json.loads((folder / "highlights.json").read_text(encoding="utf-8"))
    scorer = rouge_scorer.RougeScorer(list(_KEYS), use_stemmer=True)
    by_cause: dict[str, list[list[float]]] = defaultdict(list)
    alone: dict[str, list[list[float]]] = defaultdict(list)
    words = {"facts": [], "lead3": []}  # type: dict[str, list[int]]
    articles = 0
    for h in sorted(index):
        if split_of(h) != "train":
            continue
        articles += 1
        path = folder / "txt" / f"{h}.txt"
        text = path.read_text(encoding="utf-8")
        facts = [f.text for f in read_brief(str(path)).facts][:3]
        lead = [text[s:e] for s, e in regex_sentences(text)[:3]]
        ref = reference(index[h]["reference"])
        ours, theirs = (scorer.score(ref, "\n".join(x)) for x in (facts, lead))
        delta = [100 * (ours[k].fmeasure - theirs[k].fmeasure) for k in _KEYS]
        words["facts"].append(sum(len(f.split()) for f in facts))
        words["lead3"].append(sum(len(s.split()) for s in lead))
        article = read_article(str(path))
        read = [(s.text, s.why) for s in fact_sentences(article, find_quotes(article))]
        found = causes(text, facts, read) or {"same as Lead-3 (order aside)"}
        for cause in found:
            by_cause[cause].append(delta)
            if len(found) == 1:
                alone[cause].append(delta)
        if "--list" in sys.argv and len(found - {"same as Lead-3 (order aside)"}):
            print(f"== {h[:8]} {sorted(found)} {[round(d, 1) for d in delta]}")
            for label, sentences in (("F", facts), ("L", lead)):
                for k, sentence in enumerate(sentences):
                    print(f"  {label}{k} {sentence}")

    def mean(rows: list[list[float]]) -> list[float]:
        return [round(statistics.mean(r[k] for r in rows), 2) for k in range(len(_KEYS))]

    print(
        f"{articles} train articles; words in the first three: facts "
        f"{statistics.mean(words['facts']):.1f}, Lead-3 {statistics.mean(words['lead3']):.1f}"
    )
    print("cause: articles, mean R1/R2/RLsum facts - Lead-3 there; alone: articles, mean")
    for cause, rows in sorted(by_cause.items(), key=lambda item: -len(item[1])):
        only = alone.get(cause, [])
        print(
            f"{cause}: {len(rows)}, {mean(rows)}; alone: {len(only)}, {mean(only) if only else '-'}"
        )


if __name__ == "__main__":
    main()
