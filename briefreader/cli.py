"""The ``briefreader`` console script's entry point, and the reader's launch.

:func:`main` runs the Typer app (:mod:`briefreader.cli_app`: ``open``, ``digest``,
``config``), except for the command users type most, ``briefreader open FILE...`` with plain
file names and no option: that one is run here without importing Typer at all
(:func:`plain_open_files`), so the read-ahead child is forked ~40 ms sooner and the reader's
first screen does not wait for the command-line parser. Anything else (an option, ``-``,
``--help``, a missing argument, shell completion) goes to Typer, with its usual messages.

Results go to stdout, diagnostics to stderr. Every error a user can meet is one line naming
the file and what to do, with its own exit code (:func:`error_line`).
"""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING, Any

from briefreader.defaults import (
    DEFAULT_FACTS_SHOWN,
    DEFAULT_MAX_BYTES,
    DEFAULT_TIMEOUT,
    STORY_FACTS_READ,
)
from briefreader.errors import BriefreaderError
from briefreader.interrupts import ignore_file_size_signal

if TYPE_CHECKING:
    from briefreader.config import Config
    from briefreader.model import Document
    from briefreader.tui.app import BriefReaderApp

COMPLETION_VARIABLE = "_BRIEFREADER_COMPLETE"
"""Set by the shell when it asks Typer for completions: never the fast path."""

INTERRUPTED_EXIT = 130
"""The exit code of a command ctrl-c stopped (128 + SIGINT), as Typer gives it."""


def error_line(error: BaseException) -> tuple[str, int]:
    """The one line shown on stderr for ``error``, and the exit code.

    The line shows any control character or newline of the message (a file name's) as a
    visible escape (:func:`~briefreader.render.terminal.one_line`). An error that is not
    a :class:`~briefreader.errors.BriefreaderError` is a bug, and says so.
    """
    from briefreader.render.terminal import one_line

    if isinstance(error, BriefreaderError):
        return f"briefreader: {one_line(str(error))}", error.exit_code
    return (
        f"briefreader: unexpected error: {type(error).__name__}: {one_line(str(error))} "
        "(a bug: rerun with --debug and report it)",
        1,
    )


def plain_open_files(argv: list[str]) -> list[str] | None:
    """The files of ``argv`` (the arguments after the program's name) when it is a plain
    ``open FILE...``: at least one file, none starting with ``-`` (no option, no stdin);
    else None, and Typer parses the command line."""
    if len(argv) < 2 or argv[0] != "open" or COMPLETION_VARIABLE in os.environ:
        return None
    files = argv[1:]
    if any(not file or file.startswith("-") for file in files):
        return None
    return files


def run_reader(
    files: list[str], *, max_bytes: int = DEFAULT_MAX_BYTES, timeout: float = DEFAULT_TIMEOUT
) -> int:
    """``briefreader open FILE...``: read one file first (a wrong path is then one line, before
    the reader takes over the screen), run the reader, and return its exit code.

    ``-`` reads the page from stdin, then gives the app the keyboard back. Raises
    :class:`~briefreader.errors.BriefreaderError` for a file that cannot be read.
    """
    from briefreader.sources import document_from_bytes, load_document, read_stdin

    stdin: bytes | None = None
    document = None
    if "-" in files:
        from briefreader.tui.terminal import reattach_keyboard

        # Read the page first; then give the app the keyboard back (fd 0 = /dev/tty).
        stdin = read_stdin(max_bytes)
        reattach_keyboard()
    # One file: read it before taking over the screen, so a wrong path is one line (the
    # reader then extracts from this document instead of reading the file again).
    if len(files) == 1:
        file = files[0]
        if file == "-":
            document = document_from_bytes(stdin or b"", "-")
        elif "://" not in file and not os.path.isdir(file):
            document = load_document(file, max_bytes=max_bytes)
    app = launch_reader(files, max_bytes=max_bytes, timeout=timeout, stdin=stdin, document=document)
    app.run()
    # The error screen quits with the error's code (app.run() returns the result, not it).
    return app.return_code or 0


def launch_reader(
    files: list[str],
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    timeout: float = DEFAULT_TIMEOUT,
    stdin: bytes | None = None,
    use_system_clipboard: bool = True,
    config: Config | None = None,
    document: Document | None = None,
) -> BriefReaderApp:
    """Build the reader for ``files``. Every article starts being read, in order, in a
    forked child (see :mod:`briefreader.sources.readahead`) before Textual is imported, so
    reading runs on the other core while the reader starts and the user reads the first article.

    ``document`` is the single file of ``files``, already loaded: it is extracted as it is.
    """
    import gc
    from dataclasses import replace

    # Start-up allocates hundreds of thousands of long-lived objects (Textual's classes and
    # styles); collecting them over and over only delays the first screen. The app turns the
    # collector back on once the first article is on screen (or after a few seconds).
    gc.disable()
    from briefreader.sources import article_sources, read_ahead

    config_error = None
    settings_file = None
    if config is None:
        # The settings come first: the reader lists ``facts_shown`` key facts, so the briefs
        # read ahead rank that many.
        from briefreader.config import config_path, load_settings

        config, config_error = load_settings()
        settings_file = config_path()
    max_facts = config.facts_shown if config is not None else DEFAULT_FACTS_SHOWN
    if len(files) > 1 or os.path.isdir(files[0]):
        # A briefing groups stories by more facts than the panes may show (they cut them).
        max_facts = max(max_facts, STORY_FACTS_READ)
    sources = article_sources(
        files,
        max_bytes=max_bytes,
        timeout=timeout,
        stdin=stdin,
        document=document,
        max_facts=max_facts,
    )
    futures = read_ahead([source.loader for source in sources], first_in_front=True)
    sources = [replace(source, loader=future.result) for source, future in zip(sources, futures)]
    from briefreader.tui.app import create_app

    return create_app(
        sources=sources,
        first_read=futures[0],
        use_system_clipboard=use_system_clipboard,
        config=config,
        config_error=config_error,
        settings_file=settings_file,
    )


def _run(argv: list[str]) -> int:
    """Run the command line ``argv``; the exit code (Typer's, or the plain ``open``'s)."""
    files = plain_open_files(argv)
    if files is None:
        from briefreader.cli_app import app

        app()  # exits with the command's code (SystemExit)
        return 0
    try:
        return run_reader(files)
    except BriefreaderError as error:
        line, code = error_line(error)
        print(line, file=sys.stderr, flush=True)
        return code
    except KeyboardInterrupt:  # as Typer ends a command that ctrl-c stopped: quietly, 130
        return INTERRUPTED_EXIT
    except EOFError:  # as Typer does
        print("\nAborted!", file=sys.stderr, flush=True)
        return 1


def main() -> None:
    """Console-script entry point."""
    ignore_file_size_signal()
    try:
        code = _run(sys.argv[1:])
    except KeyboardInterrupt:
        print("briefreader: interrupted", file=sys.stderr, flush=True)
        sys.exit(130)
    except Exception as error:  # a bug: one line, the traceback only with --debug
        if "--debug" in sys.argv:
            import traceback

            traceback.print_exception(error)
        line, code = error_line(error)
        print(line, file=sys.stderr, flush=True)
        sys.exit(code)
    sys.exit(code)


def __getattr__(name: str) -> Any:
    """The Typer app and its commands, as ``briefreader.cli`` offered them before the entry
    point moved here (``from briefreader.cli import app``), imported when first asked for."""
    if name.startswith("__"):
        raise AttributeError(name)
    from briefreader import cli_app

    try:
        return getattr(cli_app, name)
    except AttributeError:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None


if __name__ == "__main__":
    main()
