"""The figures gold of tests/data/figures-gold: well formed, split as its README says, and
every annotation found in its dev-set article."""

from __future__ import annotations

import json

from tests.conftest import ROOT, require_devset

GOLD = ROOT / "tests" / "data" / "figures-gold"


def _golds() -> dict[str, list[dict[str, object]]]:
    return {
        part: [json.loads(p.read_text("utf-8")) for p in sorted((GOLD / part).glob("*.json"))]
        for part in ("tuning", "held-out", "held-out-2")
    }


def test_the_split_alternates_by_id_and_holds_no_article_text() -> None:
    golds = _golds()
    assert len(golds["tuning"]) == len(golds["held-out"]) == 8
    ids = sorted(g["id"] for part in ("tuning", "held-out") for g in golds[part])
    assert [g["id"] for g in golds["tuning"]] == ids[0::2]
    assert [g["id"] for g in golds["held-out"]] == ids[1::2]
    # held-out-2: of the same length range in id order, every fourth from the third, the first 8
    fresh = sorted(g["id"] for g in golds["held-out-2"])
    assert len(fresh) == 8 and not set(fresh) & set(ids)
    for part in golds.values():
        for gold in part:
            assert set(gold) == {"id", "source", "scope", "figures", "neutral_numbers"}
            assert gold["scope"] == ["figures"]


def test_every_annotation_stands_in_its_article() -> None:
    devset = require_devset()
    for part in _golds().values():
        for gold in part:
            text = (devset / str(gold["source"])).read_text("utf-8").lower()
            for figure in gold["figures"]:
                assert isinstance(figure, dict)
                assert str(figure["counts"]).strip()
                snippet = str(figure["sentence_start"]).lower()
                # (30 characters around the figure: its first word at least)
                assert snippet in text and str(figure["value"]).lower().split()[0] in snippet
            for phrase in gold["neutral_numbers"]:
                assert str(phrase).lower() in text


def test_the_fresh_part_follows_its_rule() -> None:
    """held-out-2: articles of 1,400 to 3,700 characters sorted by id, every fourth from the
    third, the first eight (the first round took every fourth from the first)."""
    devset = require_devset()
    texts = sorted((devset / "cnndm-dev" / "txt").glob("*.txt"))
    ranged = [p.stem for p in texts if 1400 <= len(p.read_bytes()) <= 3700]
    fresh = sorted(g["id"] for g in _golds()["held-out-2"])
    assert fresh == ranged[2::4][:8]
    assert sorted(g["id"] for p in ("tuning", "held-out") for g in _golds()[p]) == ranged[0::4][:16]
