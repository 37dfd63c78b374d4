"""Evaluation gate: fail when extraction or digest quality on the development set drops below
a pinned floor (as trafilatura keeps one). Uses the project's own scorers in ../shared/eval."""

from __future__ import annotations

import json
import sys
from functools import lru_cache
from pathlib import Path

import pytest

from briefreader import build_brief, errors, read_article, render
from briefreader.sources import load_document
from tests.conftest import EVAL, require_devset

# Floors pinned a little under the measured values (see the closing notes of the issues).
HTML_FLOORS = {"zyte": 0.955, "readability": 0.925}
DIGEST_FLOORS = {
    "quote_recall": 0.95,
    "quote_precision": 0.95,
    "speaker_accuracy": 0.90,
    "figure_recall": 0.90,
    "figure_precision": 0.85,
    "fact_coverage": 0.58,
}


def _scorers():
    sys.path.insert(0, str(EVAL))
    import score_body
    import score_digest

    return score_body, score_digest


def _truth(devset, name):
    if name == "zyte":
        truth = json.loads((devset / "zyte-dev" / "ground-truth.json").read_text())
        return {
            key: (devset / "zyte-dev", key, value["articleBody"]) for key, value in truth.items()
        }
    root = devset / "readability"
    return {
        d.name: (d, d.name, (d / "expected.txt").read_text(encoding="utf-8"))
        for d in sorted(root.iterdir())
    }


def _path(folder, key, name, kind):
    if name == "zyte":
        return folder / kind / f"{key}.{kind}"
    return folder / ("source.html" if kind == "html" else "page.txt")


@pytest.mark.parametrize("name", ["zyte", "readability"])
def test_html_body_f1_floor(name):
    devset = require_devset()
    score_body, _ = _scorers()
    truth, preds = {}, {}
    for key, (folder, _, body) in _truth(devset, name).items():
        truth[key] = {"articleBody": body}
        article = read_article(str(_path(folder, key, name, "html")))
        preds[key] = {"articleBody": "\n".join(article.paragraphs)}
    f1 = score_body.score(truth, preds)["f1"]
    assert f1 >= HTML_FLOORS[name], f"{name} HTML body F1 {f1:.3f} < {HTML_FLOORS[name]}"


@lru_cache(maxsize=1)
def _digest_scores() -> dict[str, float]:
    devset = require_devset()
    _, score_digest = _scorers()
    gold_dir = devset / "zyte-dev" / "gold"
    totals: dict[str, int] = {}
    for gold_path in sorted(gold_dir.glob("*.json")):
        gold = json.loads(gold_path.read_text())
        path = devset / "zyte-dev" / "txt" / f"{gold_path.stem}.txt"
        digest = render.to_dict(build_brief(read_article(str(path))))
        for key, value in score_digest.eval_one(digest, gold, 8).items():
            totals[key] = totals.get(key, 0) + value
    return {
        "quote_recall": totals["q_tp_full"] / max(1, totals["q_gold_full"]),
        "quote_precision": totals["q_pred_ok"] / max(1, totals["q_pred"]),
        "speaker_accuracy": totals["spk_ok"] / max(1, totals["spk_n"]),
        "figure_recall": totals["f_tp"] / max(1, totals["f_gold"]),
        "figure_precision": totals["f_tp"] / max(1, totals["f_tp"] + totals["f_fp"]),
        "fact_coverage": totals["k_cov"] / max(1, totals["k_gold"]),
    }


@pytest.mark.parametrize("metric", sorted(DIGEST_FLOORS))
def test_digest_floor_on_gold_text_dumps(metric):
    value = _digest_scores()[metric]
    assert value >= DIGEST_FLOORS[metric], f"{metric} {value:.3f} < {DIGEST_FLOORS[metric]}"


# Issue 12: text dumps by several dumpers, scored on the same pages. w3m's are stored in the
# dev set; the others are made here from its HTML (skipped where the dumper is missing: w3m
# and lynx are Debian packages, inscriptis the train extra). Floors a little under the measured
# values (tools/train_text_classifier.py trains on these pages: a gate, not a held-out figure).
TEXT_FLOORS = {
    ("zyte", "w3m"): 0.950,
    ("zyte", "w3m80"): 0.945,
    ("zyte", "lynx"): 0.905,
    ("zyte", "inscriptis"): 0.940,
    ("readability", "w3m"): 0.925,
    ("readability", "w3m80"): 0.865,
    ("readability", "lynx"): 0.915,
    ("readability", "inscriptis"): 0.915,
}


def _text_dumps():
    folder = str(Path(__file__).resolve().parents[1] / "tools")
    if folder not in sys.path:
        sys.path.insert(0, folder)
    import text_dumps

    return text_dumps


@pytest.mark.parametrize(("name", "dumper"), sorted(TEXT_FLOORS))
def test_text_dump_body_f1_floor_per_dumper(name, dumper, tmp_path):
    devset = require_devset()
    text_dumps = _text_dumps()
    if dumper not in text_dumps.dumpers_available():
        pytest.skip(f"{dumper} is not installed")
    score_body, _ = _scorers()
    truth, preds = {}, {}
    for key, (folder, _, body) in _truth(devset, name).items():
        truth[key] = {"articleBody": body}
        path = _path(folder, key, name, "txt")
        if dumper != "w3m":
            html = load_document(str(_path(folder, key, name, "html"))).text
            path = tmp_path / f"{key}.txt"
            path.write_text(text_dumps.dump_html(html, dumper), encoding="utf-8")
        try:
            paragraphs = read_article(str(path)).paragraphs
        except errors.NoArticle:
            paragraphs = ()
        preds[key] = {"articleBody": "\n".join(paragraphs)}
    f1 = score_body.score(truth, preds)["f1"]
    floor = TEXT_FLOORS[(name, dumper)]
    assert f1 >= floor, f"{name} {dumper} text-dump body F1 {f1:.3f} < {floor}"
