"""The figures gold of tests/data/figures-gold: well formed, split as its README says, and
every annotation found in its dev-set article."""

from __future__ import annotations

import json

from tests.conftest import ROOT, require_devset

GOLD = ROOT / "tests" / "data" / "figures-gold"


def _golds() -> dict[str, list[dict[str, object]]]:
    return {
        part: [json.loads(p.read_text("utf-8")) for p in sorted((GOLD / part).glob("*.json"))]
        for part in ("tuning", "held-out")
    }


def test_the_split_alternates_by_id_and_holds_no_article_text() -> None:
    golds = _golds()
    assert len(golds["tuning"]) == len(golds["held-out"]) == 8
    ids = sorted(g["id"] for part in golds.values() for g in part)
    assert [g["id"] for g in golds["tuning"]] == ids[0::2]
    assert [g["id"] for g in golds["held-out"]] == ids[1::2]
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
