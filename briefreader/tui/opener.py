"""``o``: open the article's source (its URL, else its file) with the system's opener, as
newsboat opens a link in the browser.

The app calls :func:`open_externally` through its ``opener`` attribute, which tests replace.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

LINUX_OPENERS = ("xdg-open", "gio", "wslview")
"""Programs that open a file or URL in the desktop's default application, tried in order
(``gio`` takes ``open`` before the target)."""


def _command(target: str) -> list[str] | None:
    if sys.platform == "darwin":
        return ["open", target]
    for name in LINUX_OPENERS:
        found = shutil.which(name)
        if found:
            return [found, "open", target] if name == "gio" else [found, target]
    return None


def open_externally(target: str) -> str | None:
    """Open ``target`` (a URL or a file's path) in the system's default application, without
    waiting for it; return why it could not be, or None."""
    if sys.platform == "win32":  # pragma: no cover - not run on the CI's Linux
        try:
            os.startfile(target)  # type: ignore[attr-defined]
        except OSError as error:
            return error.strerror or str(error)
        return None
    command = _command(target)
    if command is None:
        return f"no opener found (install one of {', '.join(LINUX_OPENERS)})"
    try:
        subprocess.Popen(
            command,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,  # the opener outlives the reader, and its keys stay ours
        )
    except OSError as error:
        return error.strerror or str(error)
    return None


def target_of(path: str, url: str | None) -> str | None:
    """What ``o`` opens for a source read from ``path``: its URL when known, else the file
    (by its absolute path); None for standard input, which has neither."""
    if url:
        return url
    if "://" in path:
        return path
    if path == "-":
        return None
    return os.path.abspath(path)
