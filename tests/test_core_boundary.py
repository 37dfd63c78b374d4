"""The core (model, load, extract, digest, render, cli digest) never imports Textual."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import SEED


def test_core_does_not_import_textual():
    code = (
        "import sys, briefreader, briefreader.sources, briefreader.extract, briefreader.digest,"
        " briefreader.render\n"
        f"briefreader.read_brief({str(SEED)!r})\n"
        "assert not [m for m in sys.modules if m == 'textual' or m.startswith('textual.')], "
        "'textual imported'\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
