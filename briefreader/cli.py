"""The ``briefreader`` command: ``open`` (the reader) and ``digest`` (Markdown, JSON, text).

Results go to stdout (or ``-o OUT``, written atomically), diagnostics to stderr. Every error a
user can meet is one line naming the file and what to do, with its own exit code.
"""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
import traceback
from enum import Enum
from typing import Annotated

import typer

from briefreader import __version__
from briefreader.errors import EXIT_CODES, BriefreaderError, OutputFailed
from briefreader.load import DEFAULT_MAX_BYTES

EXIT_CODE_HELP = "Exit codes: 0 ok; " + "; ".join(
    f"{code} {meaning}" for code, meaning in sorted(EXIT_CODES.items())
)

app = typer.Typer(
    name="briefreader",
    help="Read a saved news article fast: key facts, quotes with speakers, figures.\n\n"
    + EXIT_CODE_HELP
    + ".",
    no_args_is_help=True,
    add_completion=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)


class Format(str, Enum):
    """Output formats of ``digest``."""

    json = "json"
    jsonl = "jsonl"
    md = "md"
    text = "text"


def _version(value: bool) -> None:
    if value:
        typer.echo(f"briefreader {__version__}")
        raise typer.Exit(0)


@app.callback()
def main_callback(
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version, is_eager=True, help="Show the version and exit."
        ),
    ] = False,
) -> None:
    """briefreader: key facts, quotes and figures from a saved news article."""


def _parse_size(text: str) -> int:
    units = {"k": 1024, "m": 1024**2, "g": 1024**3}
    text = text.strip().lower().rstrip("b")
    try:
        if text and text[-1] in units:
            return int(float(text[:-1]) * units[text[-1]])
        return int(text)
    except ValueError:
        raise typer.BadParameter(f"not a size: {text!r} (use e.g. 64M)") from None


MaxSize = Annotated[
    str,
    typer.Option(
        "--max-size",
        help=f"Largest input accepted (e.g. 64M, 200M). Default {DEFAULT_MAX_BYTES // 2**20}M.",
    ),
]
Debug = Annotated[bool, typer.Option("--debug", help="Show the full traceback on errors.")]


def _fail(error: BaseException, debug: bool) -> typer.Exit:
    """Print one line for ``error`` on stderr (a traceback too with --debug); exit code."""
    if debug:
        traceback.print_exception(error)
    if isinstance(error, BriefreaderError):
        typer.echo(f"briefreader: {error}", err=True)
        return typer.Exit(error.exit_code)
    typer.echo(
        f"briefreader: unexpected error: {type(error).__name__}: {error} "
        "(a bug: rerun with --debug and report it)",
        err=True,
    )
    return typer.Exit(1)


@app.command()
def digest(
    files: Annotated[
        list[str], typer.Argument(help="Saved pages (.txt, .html, .md) or - for stdin.")
    ],
    output_format: Annotated[
        Format, typer.Option("--format", "-f", help="Output format.")
    ] = Format.md,
    output: Annotated[
        str | None,
        typer.Option("--output", "-o", help="Write to this file (atomically) instead of stdout."),
    ] = None,
    strict: Annotated[
        bool,
        typer.Option("--strict", help="With several files, fail if any one fails."),
    ] = False,
    max_size: MaxSize = f"{DEFAULT_MAX_BYTES // 2**20}M",
    debug: Debug = False,
) -> None:
    """Print the brief of each FILE: key facts, quotes with speakers, figures.

    With several files, a file that fails is reported on stderr (and as an "error" record in
    jsonl) and the others are still digested; the exit code is non-zero only if every file
    failed, or with --strict if any did.
    """
    from briefreader import read_brief, render

    limit = _parse_size(max_size)
    chunks: list[str] = []
    objects: list[dict] = []
    first_error: BaseException | None = None
    failures = 0
    try:
        for path in files:
            try:
                brief = read_brief(path, max_bytes=limit)
            except Exception as error:  # noqa: BLE001 - mapped to a message and exit code
                failures += 1
                if first_error is None:
                    first_error = error
                if len(files) == 1:
                    raise _fail(error, debug) from None
                _fail(error, debug)
                if output_format is Format.jsonl:
                    chunks.append(
                        render.json.dumps(
                            {
                                "schema": render.SCHEMA,
                                "source": {"path": path},
                                "error": str(error),
                            },
                            ensure_ascii=False,
                        )
                        + "\n"
                    )
                continue
            if output_format is Format.jsonl:
                chunks.append(render.to_json(brief, indent=None) + "\n")
            elif output_format is Format.json:
                objects.append(render.to_dict(brief))
            elif output_format is Format.md:
                chunks.append(render.to_markdown(brief))
            else:
                chunks.append(render.to_text(brief))
    except KeyboardInterrupt:
        typer.echo("briefreader: interrupted; nothing written", err=True)
        raise typer.Exit(130) from None
    if output_format is Format.json:
        payload = objects[0] if len(files) == 1 and objects else objects
        chunks = [render.json.dumps(payload, ensure_ascii=False, indent=2) + "\n"]
    separator = "\n---\n\n" if output_format is Format.md else ("\n" + "=" * 72 + "\n\n")
    if output_format in (Format.md, Format.text):
        text = separator.join(chunks)
    else:
        text = "".join(chunks)
    all_failed = failures == len(files)
    if not all_failed:
        try:
            _write(text, output)
        except BriefreaderError as error:
            raise _fail(error, debug) from None
        except KeyboardInterrupt:
            typer.echo("briefreader: interrupted; nothing written", err=True)
            raise typer.Exit(130) from None
    if first_error is not None and (all_failed or strict):
        code = first_error.exit_code if isinstance(first_error, BriefreaderError) else 1
        raise typer.Exit(code)


def _write(text: str, output: str | None) -> None:
    """Write ``text`` to stdout, or to ``output`` through a temporary file and a rename."""
    if output is None or output == "-":
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    directory = os.path.dirname(os.path.abspath(output))
    try:
        handle, temporary = tempfile.mkstemp(prefix=".briefreader-", dir=directory)
    except OSError as error:
        raise OutputFailed(
            output, f"cannot write here ({error.strerror})", "choose another path"
        ) from None
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        if os.path.exists(output):
            with contextlib.suppress(OSError):
                os.chmod(temporary, os.stat(output).st_mode & 0o777)
        else:
            os.chmod(temporary, 0o644)
        os.replace(temporary, output)
    except BaseException as error:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        if isinstance(error, OSError):
            raise OutputFailed(
                output, f"cannot write ({error.strerror})", "check the path"
            ) from None
        raise


@app.command("open")
def open_command(
    file: Annotated[str, typer.Argument(help="A saved page (.txt, .html, .md) to read.")],
    max_size: MaxSize = f"{DEFAULT_MAX_BYTES // 2**20}M",
    debug: Debug = False,
) -> None:
    """Open FILE in the reader: facts, quotes and figures beside the article."""
    from briefreader.load import load_document

    limit = _parse_size(max_size)
    # Check the file before taking over the screen, so a wrong path is one line, not an app.
    try:
        if file != "-":
            load_document(file, max_bytes=limit)
    except BriefreaderError as error:
        raise _fail(error, debug) from None
    from briefreader.tui.app import create_app

    create_app(file).run()


def main() -> None:
    """Console-script entry point."""
    try:
        app()
    except KeyboardInterrupt:
        typer.echo("briefreader: interrupted", err=True)
        sys.exit(130)


if __name__ == "__main__":
    main()
