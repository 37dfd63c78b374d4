"""The text classifier's generated weights match its features, name for name, in both stages,
and are what ``tools/train_text_classifier.py`` produces."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from briefreader.extract.text import (
    FEATURE_NAMES,
    STAGE2_NAMES,
    block_vectors,
    featured_blocks,
    stage2_vectors,
)
from briefreader.extract.text import weights as weights_module
from briefreader.extract.text.weights import STAGE2_WEIGHTS, TRAINING_DIGESTS, WEIGHTS
from tests.conftest import require_devset

STAGES = [(FEATURE_NAMES, WEIGHTS), (STAGE2_NAMES, STAGE2_WEIGHTS)]


@pytest.mark.parametrize(("names", "weights"), STAGES, ids=["stage1", "stage2"])
def test_every_feature_has_a_weight_and_every_weight_a_feature(names, weights):
    assert len(set(names)) == len(names), "a feature name is written twice"
    assert [name for name in names if name not in weights] == [], "features without a weight"
    assert [name for name in weights if name not in names] == [], "weights without a feature"


def test_vectors_hold_one_value_per_feature():
    text = "\n".join(
        [
            "Home",
            "Storm cuts power to thousands on the northern coast",
            "A powerful storm hit the northern coast on Tuesday, cutting power to thousands of "
            "homes and forcing the closure of several schools, officials said.",
            "Share this:",
        ]
    )
    page = featured_blocks(text)
    first = block_vectors(page.blocks, page.known_language, page.initial)
    assert {len(vector) for vector in first} == {len(FEATURE_NAMES)}
    second = stage2_vectors(page.blocks, [0.5] * len(page.blocks))
    assert {len(vector) for vector in second} == {len(STAGE2_NAMES)}


def _tools():
    """The training tools (``tools/`` is no package: put it on the path)."""
    pytest.importorskip("numpy")
    folder = str(Path(__file__).resolve().parents[2] / "tools")
    if folder not in sys.path:
        sys.path.insert(0, folder)
    import text_dumps
    import train_text_classifier

    return text_dumps, train_text_classifier


def test_shipped_weights_were_trained_on_the_dev_set_as_it_is_featured_now():
    """The dev-set part of the training set (its stored w3m dumps: vectors and labels) is
    what the weights record: a change of features or labels without retraining fails here."""
    devset = require_devset()
    _, train = _tools()
    part = [
        p
        for p in train.training_pages(train.devset_pages(str(devset)))
        if p.collection in train.DEVSET_DUMPED and p.dumper == "w3m"
    ]
    assert train.digest(part) == TRAINING_DIGESTS["devset"], (
        "retrain: tools/train_text_classifier.py"
    )


def test_shipped_weights_are_what_the_training_script_produces(tmp_path):
    """Dump the dev set with every dumper, train as the script does, compare the module."""
    devset = require_devset()
    text_dumps, train = _tools()
    if text_dumps.dumpers_available() != list(text_dumps.DUMPERS):
        pytest.skip("needs w3m, lynx and inscriptis (the train extra) to rebuild the dumps")
    others = [d for d in text_dumps.DUMPERS if d != "w3m"]
    text_dumps.dump_devset(str(devset), str(tmp_path), others, ("zyte-dev", "readability"))
    pages = train.training_pages(train.all_pages(str(devset), str(tmp_path)))
    assert train.digest(pages) == TRAINING_DIGESTS["all"], "the training set differs"
    w1, w2 = train.fit(pages)
    shipped = Path(weights_module.__file__).read_text(encoding="utf-8")
    assert train.weights_source(w1, w2, dict(TRAINING_DIGESTS)) == shipped
