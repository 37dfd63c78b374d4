"""The text classifier's generated weights match its features, name for name, in both stages."""

from __future__ import annotations

import pytest

from briefreader.extract.text import (
    FEATURE_NAMES,
    STAGE2_NAMES,
    block_vectors,
    featured_blocks,
    stage2_vectors,
)
from briefreader.extract.text.weights import STAGE2_WEIGHTS, WEIGHTS

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
