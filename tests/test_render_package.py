"""``briefreader.render`` imports its submodules when a name is first asked for: the reader's
start-up needs only the terminal helpers and a few labels, not the writers."""

from __future__ import annotations

import importlib
import subprocess
import sys

import pytest

import briefreader.render as render


def test_every_public_name_resolves_to_its_home_module():
    for name in render.__all__:
        home = importlib.import_module(f"briefreader.render.{render._HOMES[name]}")
        assert getattr(render, name) is getattr(home, name), name
    assert set(render._HOMES) == set(render.__all__)


def test_an_unknown_name_is_an_attribute_error():
    with pytest.raises(AttributeError, match="no attribute 'to_yaml'"):
        render.to_yaml  # noqa: B018


def test_the_terminal_helpers_do_not_import_the_writers():
    code = (
        "import sys, briefreader.render.terminal, briefreader.render.labels\n"
        "loaded = {m for m in sys.modules if m.startswith('briefreader.render.')}\n"
        "assert loaded == {'briefreader.render.terminal', 'briefreader.render.labels'}, loaded\n"
        "assert 'json' not in sys.modules and 'secrets' not in sys.modules\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
