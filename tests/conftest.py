"""Shared fixtures: paths to the samples and the development set."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
SEED = SAMPLES / "nk-troops.txt"
DEVSET = ROOT.parent / "shared" / "devset"
EVAL = ROOT.parent / "shared" / "eval"


@pytest.fixture
def seed_path() -> Path:
    """The Korea Times text dump the project started from."""
    return SEED


def require_devset() -> Path:
    """Skip the calling test when the development set is not beside the checkout."""
    if not (DEVSET / "zyte-dev").is_dir():
        pytest.skip("../shared/devset is not present")
    return DEVSET
