"""Copying to the clipboard: OSC 52 through the terminal, plus the system tool when present.

OSC 52 (Textual's :meth:`App.copy_to_clipboard`) reaches the clipboard of the terminal the
reader sits at, also over SSH and through tmux. Where a desktop session is visible we also hand
the text to the system tool (wl-copy, xclip, xsel, pbcopy, clip.exe) in a thread worker with a
short timeout, so a hung tool never freezes the screen.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Mapping
from functools import partial
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from textual.app import App

TOOL_TIMEOUT = 2.0
"""Seconds a system clipboard tool may take before we give up on it."""


def system_clipboard_command(
    env: Mapping[str, str] | None = None,
    platform: str | None = None,
    which: Callable[[str], str | None] = shutil.which,
) -> list[str] | None:
    """Return the command that puts stdin on the system clipboard here, or ``None``.

    A tool is only chosen when the session it needs is there: ``wl-copy`` under Wayland,
    ``xclip``/``xsel`` under X11, ``pbcopy`` on macOS, ``clip.exe`` on Windows and WSL.
    """
    env = os.environ if env is None else env
    platform = sys.platform if platform is None else platform
    candidates: list[list[str]] = []
    if platform == "darwin":
        candidates.append(["pbcopy"])
    if platform.startswith("win") or platform == "cygwin":
        candidates.append(["clip.exe"])
    if env.get("WAYLAND_DISPLAY"):
        candidates.append(["wl-copy"])
    if env.get("DISPLAY"):
        candidates.append(["xclip", "-selection", "clipboard"])
        candidates.append(["xsel", "--clipboard", "--input"])
    if env.get("WSL_DISTRO_NAME") or env.get("WSL_INTEROP"):
        candidates.append(["clip.exe"])
    for command in candidates:
        if which(command[0]):
            return command
    return None


def run_clipboard_tool(command: list[str], text: str, timeout: float = TOOL_TIMEOUT) -> str | None:
    """Feed ``text`` to ``command``; return ``None`` on success or a one-line reason it failed."""
    try:
        subprocess.run(
            command,
            input=text.encode("utf-8"),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            timeout=timeout,
            check=True,
        )
    except subprocess.TimeoutExpired:
        return f"{command[0]} did not answer within {timeout:g}s"
    except (OSError, subprocess.CalledProcessError) as error:
        return f"{command[0]} failed ({error})"
    return None


def copy_text(app: App[object], text: str, what: str, *, use_system_tool: bool = True) -> None:
    """Copy ``text`` (OSC 52 and the system tool when present) and toast ``Copied <what>``."""
    from briefreader.render.terminal import show_controls

    # The copy forms are made safe where they are written (render.citations); a paste must
    # run nothing whatever the text, so the clipboard gets no control character either.
    text = show_controls(text)
    app.copy_to_clipboard(text)
    command = system_clipboard_command() if use_system_tool else None
    app.notify(f"Copied {what}", title="Clipboard", timeout=3, markup=False)
    if command is None:
        return

    def run_tool() -> None:
        problem = run_clipboard_tool(command, text)
        if problem is not None:
            app.call_from_thread(
                app.notify,
                f"{problem}; copied through the terminal (OSC 52) only",
                title="Clipboard",
                severity="warning",
                markup=False,
            )

    app.run_worker(
        partial(run_tool), thread=True, group="clipboard", exclusive=False, exit_on_error=False
    )


def report_nothing_copied(app: App[object], reason: str) -> None:
    """Toast why nothing was copied (no item selected, no quotes in the article...)."""
    app.notify(reason, title="Nothing copied", severity="warning", timeout=4, markup=False)
