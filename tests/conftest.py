"""Shared fixtures: paths to the samples and the development set; the hypothesis profiles."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

# The property tests' profiles, for every suite: "ci" (bounded, the default) and "long"
# (HYPOTHESIS_PROFILE=long: 10,000 examples each, or HYPOTHESIS_EXAMPLES).
settings.register_profile(
    "ci", max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile(
    "long",
    max_examples=int(os.environ.get("HYPOTHESIS_EXAMPLES", "10000")),
    deadline=None,
    suppress_health_check=list(HealthCheck),
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
SEED = SAMPLES / "nk-troops.txt"
DEVSET = ROOT.parent / "shared" / "devset"
EVAL = ROOT.parent / "shared" / "eval"


@pytest.fixture
def seed_path() -> Path:
    """The Korea Times text dump the project started from."""
    return SEED


@pytest.fixture
def facts_asked(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The ``max_facts`` each call of ``briefreader.sources.article_sources`` is given (the
    facts every brief ranks), in call order; the sources are still made as usual."""
    import briefreader.sources as sources_module

    asked: list[int] = []
    real = sources_module.article_sources

    def recording(*args, **kwargs):  # type: ignore[no-untyped-def]
        asked.append(kwargs["max_facts"])
        return real(*args, **kwargs)

    monkeypatch.setattr(sources_module, "article_sources", recording)
    return asked


def require_devset() -> Path:
    """Skip the calling test when the development set is not beside the checkout."""
    if not (DEVSET / "zyte-dev").is_dir():
        pytest.skip("../shared/devset is not present")
    return DEVSET
