"""Score the key facts on the development set, in process, on fixed splits.

usage: python tools/facts_eval.py [DEVSET] [--held] [--labels=FILE ... --pages=DIR]
       (DEVSET defaults to ../shared/devset)

CNN/DailyMail (``cnndm-dev``): ROUGE-1/2/Lsum F1 (x100) of the first 3 facts and of Lead-3
(the scorer's regex split), against the reference highlights, on the train part of
:func:`split_of` (and with ``--held`` on the held-out part). ``zyte-dev`` gold: key facts
covered by the first 8 and 12 facts (the scorer's rule), on the text dumps and on the HTML.
The same on the pages labelled by hand in ``tests/data/fact_labels.json`` (readability pages
and zyte-dev pages without gold), per part (:func:`label_pages`) and form. With
``--labels=FILE`` (repeated) and ``--pages=DIR``, the same on pages labelled outside the
repository (:func:`extra_label_pages`: third-party texts, read by path, never copied in), per
part of their own fixed split (``held`` only with ``--held``). Needs ``rouge-score`` (a
development tool only).

What is tuned where: ``tools/train_fact_ranker.py`` fits and chooses every setting by
cross-validation on the train parts only (cnndm-dev train and the labelled train pages). The
held-out parts are printed only with ``--held``, to be run once at the end: the cnndm one has
been looked at before (it was read to report the first learned ranker), so its figures are
"seen before, not tuned on"; the labelled pages' held-out part was fixed by a hash before the
pages were labelled. The zyte-dev gold coverage is a check, never used to choose anything (10
pages: it steered two choices in an earlier session, so it is not a clean held-out figure).
The outside labelled pages (``--labels``) are split by their own ``page.json`` (by site, fixed
before any result): the training script reads their train part, their held-out part only
this script with ``--held``.
"""

from __future__ import annotations

import hashlib
import json
import re
import statistics
import sys
from collections.abc import Sequence
from pathlib import Path

#: Articles whose id hashes to this remainder (of 3) are held out: never used to train or tune.
HELD_OUT_REMAINDER = 0
_SPLIT_MODULUS = 3


def split_of(article_id: str) -> str:
    """``"train"`` or ``"held"``: the fixed split, by a hash of the article's id."""
    digest = hashlib.sha256(article_id.encode("utf-8")).digest()
    return "held" if digest[0] % _SPLIT_MODULUS == HELD_OUT_REMAINDER else "train"


_SENT = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"'’”]))\s+(?=[\"'‘“]?[A-Z])")


def lead3(text: str) -> list[str]:
    """The scorer's Lead-3: the first 3 sentences by its plain regex."""
    return _SENT.split(text.strip())[:3]


def reference(highlights: str) -> str:
    """The reference highlights, one per line (they come tokenised, one per " . ")."""
    parts = re.split(r"\s\.(?:\s|$)", highlights.strip())
    return "\n".join(s.strip() + " ." for s in parts if s.strip())


def cnndm(folder: Path, facts_of) -> dict[str, dict[str, dict[str, float]]]:  # type: ignore[no-untyped-def]
    """ROUGE of the first 3 facts and of Lead-3 per part of the split."""
    from rouge_score import rouge_scorer

    index = json.loads((folder / "highlights.json").read_text(encoding="utf-8"))
    scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeLsum"], use_stemmer=True)
    sums: dict[str, dict[str, dict[str, list[float]]]] = {}
    for h in sorted(index):
        path = folder / "txt" / f"{h}.txt"
        ref = reference(index[h]["reference"])
        part = sums.setdefault(split_of(h), {})
        systems = {"facts": facts_of(str(path))[:3], "lead3": lead3(path.read_text("utf-8"))}
        for name, picked in systems.items():
            s = scorer.score(ref, "\n".join(picked))
            for k, v in s.items():
                part.setdefault(name, {}).setdefault(k, []).append(100 * v.fmeasure)
    return {
        part: {
            name: {k: round(statistics.mean(v), 2) for k, v in ks.items()}
            | {"n": len(ks["rouge1"])}
            for name, ks in systems.items()
        }
        for part, systems in sums.items()
    }


def _norm(text: str) -> list[str]:
    """The scorer's words: curly marks made straight, lower case, ``\\w+``."""
    for curly, straight in (("\u2019", "'"), ("\u2018", "'"), ("\u201c", '"'), ("\u201d", '"')):
        text = text.replace(curly, straight)
    return re.findall(r"\w+", text.lower())


def _stem(w: str) -> str:
    """The scorer's stem: a final ``s`` dropped from a word of more than 4 letters."""
    return w[:-1] if len(w) > 4 and w.endswith("s") and not w.endswith("ss") else w


def holds(text: str, keywords: Sequence[str]) -> bool:
    """The scorer's rule: every keyword's words (stemmed) are among ``text``'s."""
    words = {_stem(w) for w in _norm(text)}
    return all({_stem(w) for w in _norm(k)} <= words for k in keywords)


def coverage(pages, facts_of) -> dict[str, float]:  # type: ignore[no-untyped-def]
    """Key-fact coverage at 8 and 12 over ``pages`` (``(path, key_facts)`` pairs): a key fact
    is covered when one of the first k facts holds all its keywords (:func:`holds`)."""
    covered = {8: 0, 12: 0}
    total = 0
    for path, key_facts in pages:
        facts = facts_of(str(path))
        total += len(key_facts)
        for k in covered:
            covered[k] += sum(any(holds(f, g["keywords"]) for f in facts[:k]) for g in key_facts)
    return {f"at{k}": round(v / max(1, total), 3) for k, v in covered.items()} | {"gold": total}


def zyte(folder: Path, facts_of) -> dict[str, float]:  # type: ignore[no-untyped-def]
    """Key-fact coverage at 8 and 12 on the hand-annotated zyte-dev pages (text dumps)."""
    pages = []
    for gold_path in sorted((folder / "gold").glob("*.json")):
        gold = json.loads(gold_path.read_text("utf-8"))
        key_facts = gold.get("key_facts", [])
        if key_facts and "facts" in gold.get("scope", ["facts"]):
            pages.append((folder / "txt" / f"{gold_path.stem}.txt", key_facts))
    return coverage(pages, facts_of)


#: Key facts labelled by hand on dev-set pages (our own labels, referenced by path): long
#: readability pages of other kinds, and zyte-dev pages without gold.
LABELS = Path(__file__).resolve().parent.parent / "tests" / "data" / "fact_labels.json"
#: The labelling batch whose pages are split by :func:`split_of` of their :func:`page_key`
#: (fixed before any of them was read). Pages of earlier batches were read and tuned on, so
#: they are all train.
SPLIT_BATCH = "facts7"


def page_key(path: str) -> str:
    """A labelled page's name, the same for each of its forms: ``zyte-dev/<id>`` for
    ``zyte-dev/txt/<id>.txt`` and ``zyte-dev/html/<id>.html``, ``readability/<name>`` for
    ``readability/<name>/source.html``."""
    parts = Path(path).parts
    if parts and parts[0] == "zyte-dev":
        return f"zyte-dev/{Path(path).stem}"
    return str(Path(*parts[:-1])) if len(parts) > 1 else path


def page_forms(devset: Path, path: str) -> dict[str, Path]:
    """The forms a labelled page is read in: a zyte-dev page as its text dump and its HTML
    (the gold is scored on both), any other page as labelled."""
    parts = Path(path).parts
    if parts and parts[0] == "zyte-dev":
        stem = Path(path).stem
        return {
            "text": devset / "zyte-dev" / "txt" / f"{stem}.txt",
            "html": devset / "zyte-dev" / "html" / f"{stem}.html",
        }
    return {"html" if path.endswith(".html") else "text": devset / path}


def label_pages(devset: Path) -> list[dict]:  # type: ignore[type-arg]
    """The labelled pages of :data:`LABELS`, each with its ``key`` (:func:`page_key`), its
    ``part`` (``"train"``, or ``"held"`` for a page of :data:`SPLIT_BATCH` whose key the
    split holds out), its ``forms`` (:func:`page_forms`) and its ``key_facts``."""
    data = json.loads(LABELS.read_text(encoding="utf-8"))
    out = []
    for p in data["pages"]:
        key = page_key(p["path"])
        held = p.get("batch") == SPLIT_BATCH and split_of(key) == "held"
        out.append(
            {
                "key": key,
                "part": "held" if held else "train",
                "forms": page_forms(devset, p["path"]),
                "key_facts": p["key_facts"],
            }
        )
    return out


def labelled(devset: Path, facts_of) -> dict[str, dict[str, dict[str, float]]]:  # type: ignore[no-untyped-def]
    """Key-fact coverage at 8 and 12 on the pages of :data:`LABELS`, per part and form."""
    return by_part(label_pages(devset), facts_of)


#: Where a page of an outside label file stands under the pages folder (``--pages``): its HTML
#: as ``pages/<collection>/<name>/source.html`` beside its ``page.json`` (whose ``held_out``
#: is the split, fixed by site before any result), its text dump as
#: ``dumps/w3m/<collection>/<name>.txt`` (scored when it is there).
_EXTRA_HTML = ("pages", "source.html")
_EXTRA_DUMP = ("dumps", "w3m")


def extra_label_pages(files: Sequence[Path], root: Path) -> list[dict]:  # type: ignore[type-arg]
    """The pages of outside label files (``{"pages": [{"path": "<collection>/<name>",
    "key_facts": [...]}]}``, the form of :data:`LABELS`), as :func:`label_pages` gives them
    with ``set`` their collection: ``part`` is ``"held"`` when the page's ``page.json`` says
    ``held_out``, else ``"train"``. A page labelled twice keeps its first labels; a page
    whose HTML is not under ``root`` is left out."""
    out: list[dict] = []  # type: ignore[type-arg]
    seen: set[str] = set()
    for file in files:
        data = json.loads(Path(file).read_text(encoding="utf-8"))
        for p in data.get("pages", []):
            key = p["path"].strip("/")
            folder = root / _EXTRA_HTML[0] / key
            if key in seen or not (folder / _EXTRA_HTML[1]).exists() or not p.get("key_facts"):
                continue
            seen.add(key)
            info = json.loads((folder / "page.json").read_text(encoding="utf-8"))
            forms = {"html": folder / _EXTRA_HTML[1]}
            dump = root.joinpath(*_EXTRA_DUMP, f"{key}.txt")
            if dump.exists():
                forms["text"] = dump
            out.append(
                {
                    "key": key,
                    "set": key.split("/")[0],
                    "part": "held" if str(info.get("held_out")).lower() == "true" else "train",
                    "forms": forms,
                    "key_facts": p["key_facts"],
                }
            )
    return out


def extra_options(argv: Sequence[str]) -> tuple[list[Path], Path | None]:
    """The outside label files (``--labels=FILE``, repeated) and the pages folder
    (``--pages=DIR``) given on the command line."""
    files = [Path(a.split("=", 1)[1]) for a in argv if a.startswith("--labels=")]
    roots = [Path(a.split("=", 1)[1]) for a in argv if a.startswith("--pages=")]
    return files, roots[-1] if roots else None


def by_part(pages, facts_of) -> dict[str, dict[str, dict[str, float]]]:  # type: ignore[no-untyped-def]
    """Key-fact coverage at 8 and 12 of labelled ``pages`` (:func:`label_pages`' form), per
    part and form."""
    groups: dict[str, dict[str, list]] = {}  # type: ignore[type-arg]
    for page in pages:
        for form, path in page["forms"].items():
            groups.setdefault(page["part"], {}).setdefault(form, []).append(
                (path, page["key_facts"])
            )
    return {
        part: {form: coverage(pages, facts_of) for form, pages in sorted(forms.items())}
        for part, forms in sorted(groups.items())
    }


def zyte_html(folder: Path, facts_of) -> dict[str, float]:  # type: ignore[no-untyped-def]
    """:func:`zyte` on the pages' HTML."""
    pages = []
    for gold_path in sorted((folder / "gold").glob("*.json")):
        gold = json.loads(gold_path.read_text("utf-8"))
        if gold.get("key_facts") and "facts" in gold.get("scope", ["facts"]):
            pages.append((folder / "html" / f"{gold_path.stem}.html", gold["key_facts"]))
    return coverage(pages, facts_of)


def main() -> None:
    """Print the figures as one JSON object (the held-out parts only with ``--held``)."""
    from briefreader import read_brief

    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    root = Path(args[0] if args else "../shared/devset")
    held = "--held" in sys.argv

    def facts_of(path: str) -> list[str]:
        return [f.text for f in read_brief(path).facts]

    out = {
        "cnndm": cnndm(root / "cnndm-dev", facts_of),
        "zyte": zyte(root / "zyte-dev", facts_of),
        "zyte_html": zyte_html(root / "zyte-dev", facts_of),
        "labelled": labelled(root, facts_of),
    }
    files, pages_root = extra_options(sys.argv[1:])
    if files:
        if pages_root is None:
            sys.exit("--labels needs --pages=DIR (the folder of the labelled pages)")
        extra = extra_label_pages(files, pages_root)
        for name in sorted({p["set"] for p in extra}):
            out[name] = by_part([p for p in extra if p["set"] == name], facts_of)
    if not held:
        for figures in out.values():
            figures.pop("held", None)
    print(json.dumps(out, indent=1))


if __name__ == "__main__":
    main()
