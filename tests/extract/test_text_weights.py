"""The text classifier's generated weights match its features, name for name, in both stages,
and are what ``tools/train_text_classifier.py`` produces; the headline model's likewise with
``tools/train_headline.py``."""

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
from briefreader.extract.text.parts import headline_weights
from briefreader.extract.text.parts.headline import TITLE_FEATURE_NAMES, title_candidates
from briefreader.extract.text.parts.headline_weights import TITLE_WEIGHTS
from briefreader.extract.text.parts.headline_weights import TRAINING_DIGEST as HEADLINE_DIGEST
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


def _headline_tool():
    """tools/train_headline.py (``tools/`` is no package: put it on the path)."""
    _tools()
    import train_headline

    return train_headline


def test_every_headline_feature_has_a_weight_and_every_weight_a_feature():
    assert len(set(TITLE_FEATURE_NAMES)) == len(TITLE_FEATURE_NAMES)
    assert list(TITLE_WEIGHTS) == list(TITLE_FEATURE_NAMES)


def test_a_page_title_naming_only_its_site_is_no_headline_label():
    """tools/train_headline.py learns from pages' own titles, but not from one that only
    names the site (it would teach the model to pick the site's name)."""
    text_dumps, _ = _tools()
    assert text_dumps.names_site("The Evening Courier", "eveningcourier.co.uk")
    assert text_dumps.names_site("Gadgetsite", "gadgetsite.com")
    assert not text_dumps.names_site("Storm cuts power on the coast", "eveningcourier.co.uk")
    assert not text_dumps.names_site("Курьер: шторм на побережье", "courier.ru")


def test_headline_candidates_hold_one_value_per_feature():
    blocks = featured_blocks(
        "\n".join(
            [
                "Home",
                "Storm cuts power to thousands on the northern coast",
                "By Jane Roe, 12 March 2024",
                "A powerful storm hit the northern coast on Tuesday, cutting power to thousands "
                "of homes and forcing the closure of several schools, officials said.",
            ]
        )
    ).blocks
    found = title_candidates(blocks, 3, [blocks[3].text])
    assert [c.text for c in found] == ["Storm cuts power to thousands on the northern coast"]
    assert {len(c.features) for c in found} == {len(TITLE_FEATURE_NAMES)}


def test_shipped_headline_weights_are_what_the_training_script_produces():
    """Record every training dump's headline candidates afresh (no cache), train as
    tools/train_headline.py does and compare the module it would write with the shipped one.
    Its training set holds the fetched pages of tools/text_dumps.py (no part of the
    repository): skipped where they are absent."""
    devset = require_devset()
    text_dumps, train = _tools()
    headline_tool = _headline_tool()
    if not (Path(text_dumps.DATA) / "labels").is_dir():
        pytest.skip(f"no training dumps in {text_dumps.DATA} (tools/text_dumps.py makes them)")
    pages = headline_tool.training_pages(train.all_pages(str(devset), text_dumps.DATA))
    records = headline_tool.collect(pages, text_dumps.DATA, cache_path=None)
    assert headline_tool.digest(pages, records) == HEADLINE_DIGEST, "the training set differs"
    weights = headline_tool.fit(pages, records)
    shipped = Path(headline_weights.__file__).read_text(encoding="utf-8")
    assert headline_tool.weights_source(weights, HEADLINE_DIGEST) == shipped
