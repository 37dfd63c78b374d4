"""Score briefreader's figures on the hand-made gold of ``tests/data/figures-gold``.

    python tools/score_figures_gold.py                 # both parts, one line each
    python tools/score_figures_gold.py --part tuning --per-doc

The gold (README in that folder) annotates 24 CNN/DailyMail dev articles of
``../shared/devset/cnndm-dev`` for figures and what they count, split by fixed rules into
parts: ``tuning`` and ``held-out`` (both tuned on since the second round) and ``held-out-2``
(never read for errors). The articles themselves stay in the dev set: this script runs
the real ``briefreader digest --format jsonl`` on them and scores its figures with the dev
set's own scorer (``../shared/eval/score_digest.py``, imported, not copied), so the numbers
are those ``../shared/eval/devset`` would print for the same gold.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import subprocess
import sys
from pathlib import Path
from types import ModuleType

GOLD = Path(__file__).resolve().parent.parent / "tests" / "data" / "figures-gold"
PARTS = ("tuning", "held-out", "held-out-2")


def _shared() -> Path:
    """The nearest ``shared`` folder above this checkout (a worktree may sit deeper)."""
    for folder in Path(__file__).resolve().parents:
        if (folder / "shared" / "devset").is_dir():
            return folder / "shared"
    return Path("../shared")


def _scorer(shared: Path) -> ModuleType:
    """The dev set's ``score_digest`` module."""
    path = shared / "eval" / "score_digest.py"
    sys.path.insert(0, str(path.parent))
    spec = importlib.util.spec_from_file_location("score_digest", path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"no scorer at {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _digests(paths: list[Path]) -> dict[str, dict[str, object]]:
    """``briefreader digest --format jsonl`` of ``paths``, keyed by file stem."""
    beside = Path(sys.executable).with_name("briefreader")
    command = [str(beside)] if beside.exists() else [sys.executable, "-m", "briefreader"]
    done = subprocess.run(
        [*command, "digest", "--format", "jsonl", *map(str, paths)],
        capture_output=True,
        check=False,
        text=True,
    )
    out = {}
    for line in done.stdout.splitlines():
        if line.strip():
            record = json.loads(line)
            out[Path(record["source"]["path"]).stem] = record
    return out


def score_part(part: str, shared: Path, per_doc: bool = False) -> dict[str, float]:
    """Figure recall, precision and subject share of briefreader on one part of the gold."""
    scorer = _scorer(shared)
    golds = {p.stem: json.loads(p.read_text("utf-8")) for p in sorted((GOLD / part).glob("*.json"))}
    texts = [shared / "devset" / gold["source"] for gold in golds.values()]
    digests = _digests(texts)
    rows = {}
    for stem, gold in golds.items():
        rows[stem] = scorer.eval_figures(digests.get(stem, {}).get("figures", []), gold)
        if per_doc:
            print(f"  {stem[:12]} {rows[stem]}")
    t = {key: sum(r[key] for r in rows.values()) for key in ("f_tp", "f_gold", "f_fp", "f_subj")}
    return {
        "docs": len(rows),
        "gold_figures": t["f_gold"],
        "figure_recall": t["f_tp"] / max(1, t["f_gold"]),
        "figure_precision": t["f_tp"] / max(1, t["f_tp"] + t["f_fp"]),
        "figure_subject": t["f_subj"] / max(1, t["f_tp"]),
    }


def main() -> None:
    """Print the scores of each part asked for."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--part", choices=[*PARTS, "all"], default="all")
    parser.add_argument("--shared", type=Path, default=_shared())
    parser.add_argument("--per-doc", action="store_true")
    args = parser.parse_args()
    for part in PARTS if args.part == "all" else (args.part,):
        res = score_part(part, args.shared, args.per_doc)
        print(
            f"{part:10} docs {res['docs']}  figures {res['gold_figures']}  "
            f"recall {res['figure_recall']:.3f}  precision {res['figure_precision']:.3f}  "
            f"subject {res['figure_subject']:.3f}"
        )


if __name__ == "__main__":
    main()
