"""The ``briefreader`` command's Typer app: ``open`` (the reader), ``digest`` (Markdown, JSON,
text) and ``config``. The console script's entry point is :func:`briefreader.cli.main`, which
opens plain ``briefreader open FILE...`` without importing Typer.

Results go to stdout (or ``-o OUT``, written atomically), diagnostics to stderr. Every error a
user can meet is one line naming the file and what to do, with its own exit code.
"""

from __future__ import annotations

import contextlib
import os
import sys
import traceback
from collections.abc import Iterator
from typing import Annotated

import typer

from briefreader import __version__
from briefreader.cli import error_line, run_reader
from briefreader.cli_help import PlainHelpCommand
from briefreader.cli_options import (
    FORMAT_CHOICES,
    Debug,
    Files,
    Format,
    MaxSize,
    Timeout,
    format_of,
    parse_size,
)
from briefreader.defaults import (
    DEFAULT_FACTS_SHOWN,
    DEFAULT_MAX_BYTES,
    DEFAULT_TIMEOUT,
    STORY_FACTS_READ,
)
from briefreader.errors import EXIT_CODES, BriefreaderError
from briefreader.interrupts import Terminated, stopping_cleanly

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


def _version(value: bool) -> None:
    if value:
        _write(f"briefreader {__version__}\n", None)  # an OutputFailed goes to main()
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


#: The exit code when standard output's reader stopped reading (``| head``): 128 + SIGPIPE,
#: the code of a tool the signal stopped.
CLOSED_PIPE_EXIT = 141


def _fail(error: BaseException, debug: bool) -> typer.Exit:
    """Print one line for ``error`` on stderr (a traceback too with --debug); exit code.

    The line is :func:`briefreader.cli.error_line`'s (the one the fast path of ``open``
    prints too).
    """
    if debug:
        traceback.print_exception(error)
    line, code = error_line(error)
    typer.echo(line, err=True)
    return typer.Exit(code)


@app.command(cls=PlainHelpCommand)
def digest(
    files: Files,
    output_format: Annotated[
        str,
        typer.Option(
            "--format",
            "-f",
            help="Output format.",
            metavar=FORMAT_CHOICES,
            callback=format_of,
        ),
    ] = Format.md.value,
    output: Annotated[
        str | None,
        typer.Option(
            "--output",
            "-o",
            help="Write to this file (atomically) instead of stdout.",
            metavar="PATH",
        ),
    ] = None,
    briefing: Annotated[
        bool,
        typer.Option(
            "--briefing",
            help="One briefing across all articles, story by story: facts with every "
            "source, quotes by speaker, figures by subject (--format md or json).",
        ),
    ] = False,
    strict: Annotated[
        bool,
        typer.Option("--strict", help="With several files, fail if any one fails."),
    ] = False,
    timeout: Timeout = DEFAULT_TIMEOUT,
    max_size: MaxSize = f"{DEFAULT_MAX_BYTES // 2**20}M",
    debug: Debug = False,
) -> None:
    """Print the brief of each FILE: key facts, quotes with speakers, figures.

    FILE may be a saved page, a folder (every .txt, .html, .htm and .md page in it, in date
    order when the pages give one, else by name), an http(s) URL, or - for stdin.

    With several files, a file that fails is reported on stderr (and as an "error" record in
    jsonl) and the others are still digested; the exit code is non-zero only if every file
    failed, or with --strict if any did.
    """
    from briefreader import render
    from briefreader.sources import article_sources, order_by_date, read_all

    if briefing and output_format not in (Format.md, Format.json):
        typer.echo("briefreader: --briefing writes Markdown or JSON (--format md|json)", err=True)
        raise typer.Exit(2)
    limit = parse_size(max_size)
    max_facts = _facts_shown()
    # A briefing groups stories by more facts than it may show (each story's facts are cut
    # to ``max_facts`` when it is built): the grouping is the same whatever the setting.
    read_facts = max(max_facts, STORY_FACTS_READ) if briefing else max_facts
    sources = article_sources(files, max_bytes=limit, timeout=timeout, max_facts=read_facts)
    if output is not None and output != "-":
        from briefreader.render.files import refuse_input_as_output

        try:
            refuse_input_as_output(output, [source.path for source in sources])
        except BriefreaderError as error:
            raise _fail(error, debug) from None
    single = len(sources) == 1 and sources[0].folder is None
    results: list[object] = []
    first_error: BaseException | None = None
    failures = 0
    with _stopped_with_one_line():
        for outcome in read_all(sources):
            try:
                if isinstance(outcome, BaseException):
                    raise outcome
                results.append(outcome)
            except Exception as error:  # noqa: BLE001 - mapped to a message and exit code
                failures += 1
                if first_error is None:
                    first_error = error
                if single:
                    raise _fail(error, debug) from None
                _fail(error, debug)
                results.append(error)
        ordered = order_by_date(
            sources, results, lambda item: getattr(getattr(item, "article", None), "date", None)
        )
        if briefing:
            text = _briefing_text(
                ordered, as_json=output_format is Format.json, max_facts=max_facts
            )
        else:
            text = _digest_text(ordered, output_format, render)
        all_failed = failures == len(sources)
        if not all_failed:
            try:
                _write(text, output)
            except BriefreaderError as error:
                raise _fail(error, debug) from None
    if first_error is not None and (all_failed or strict):
        code = first_error.exit_code if isinstance(first_error, BriefreaderError) else 1
        raise typer.Exit(code)


@contextlib.contextmanager
def _stopped_with_one_line() -> Iterator[None]:
    """Ctrl-C, ``SIGTERM`` or ``SIGHUP`` within the block: one line, nothing written (an
    output being written is left as it was), and the shell's exit code for the signal."""
    try:
        with stopping_cleanly():
            yield
    except KeyboardInterrupt:
        typer.echo("briefreader: interrupted; nothing written", err=True)
        raise typer.Exit(130) from None
    except Terminated as stop:
        typer.echo(f"briefreader: stopped by {stop.name}; nothing written", err=True)
        raise typer.Exit(stop.exit_code) from None


def _facts_shown() -> int:
    """The settings file's ``facts_shown``, as the reader reads it; a file that cannot be
    read is one line on stderr, and the default is used."""
    from briefreader.config import load_settings

    config, problem = load_settings()
    if config is None:
        typer.echo(f"briefreader: settings not used ({problem}); defaults in use", err=True)
        return DEFAULT_FACTS_SHOWN
    return config.facts_shown


def _briefing_text(ordered: list, *, as_json: bool = False, max_facts: int) -> str:  # type: ignore[type-arg]
    """The briefing of the briefs read (Markdown, or JSON by story), naming the sources
    that failed; at most ``max_facts`` facts per story (the settings' ``facts_shown``)."""
    from briefreader.briefing import FailedSource, build_briefing
    from briefreader.model import Brief
    from briefreader.render import render_briefing_markdown

    briefs = [item for _, item in ordered if isinstance(item, Brief)]
    failed = [
        FailedSource(entry.path, _reason_of(item))
        for entry, item in ordered
        if isinstance(item, BaseException)
    ]
    built = build_briefing(briefs, max_facts=max_facts, failed=failed)
    if as_json:
        from briefreader.render import json_text
        from briefreader.render.briefing import briefing_json

        return json_text(briefing_json(built)) + "\n"
    return render_briefing_markdown(built)


def _reason_of(error: BaseException) -> str:
    if isinstance(error, BriefreaderError):
        return f"{error.problem}; {error.advice}" if error.advice else error.problem
    return f"unexpected error: {type(error).__name__}: {error}"


def _digest_text(ordered: list, output_format: Format, render) -> str:  # type: ignore[no-untyped-def,type-arg]
    """The digests of the briefs read, in ``output_format``, one after the other."""
    chunks: list[str] = []
    objects: list[dict] = []
    for entry, item in ordered:
        if isinstance(item, BaseException):
            if output_format is Format.jsonl:
                chunks.append(render.error_json(entry.path, str(item)) + "\n")
            continue
        if output_format is Format.jsonl:
            chunks.append(render.to_json(item, indent=None) + "\n")
        elif output_format is Format.json:
            objects.append(render.to_dict(item))
        elif output_format is Format.md:
            chunks.append(render.to_markdown(item))
        else:
            chunks.append(render.to_text(item))
    if output_format is Format.json:
        single = len(ordered) == 1 and ordered[0][0].folder is None
        payload = objects[0] if single and objects else objects
        return render.json_text(payload) + "\n"
    if output_format is Format.md:
        return "\n---\n\n".join(chunks)
    if output_format is Format.text:
        return ("\n" + "=" * 72 + "\n\n").join(chunks)
    return "".join(chunks)


def _write(text: str, output: str | None) -> None:
    """Write ``text`` to stdout, all of it or an error (:func:`render.files.write_stdout`),
    or to ``output`` atomically (:func:`render.files.write_output`).

    A pipe closed by its reader (``| head``) ends the command quietly with the shell's code
    for ``SIGPIPE`` (:data:`CLOSED_PIPE_EXIT`), as a tool killed by it would.
    """
    from briefreader.render.files import StdoutClosed, write_output, write_stdout

    if output is not None and output != "-":
        write_output(output, text)
        return
    try:
        write_stdout(text)
    except StdoutClosed:
        with contextlib.suppress(OSError):  # nothing more may reach the closed pipe
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        raise typer.Exit(CLOSED_PIPE_EXIT) from None


@app.command("open", cls=PlainHelpCommand)
def open_command(
    files: Files,
    max_size: MaxSize = f"{DEFAULT_MAX_BYTES // 2**20}M",
    timeout: Timeout = DEFAULT_TIMEOUT,
    debug: Debug = False,
) -> None:
    """Open FILE in the reader: facts, quotes and figures beside the article.

    Several files, a folder or URLs open a briefing: an article list (] and [ move through
    it), and b for facts without repeats, quotes by speaker and figures by subject across
    all of them. - reads the page from stdin, then takes the keys from the terminal.
    """
    try:
        code = run_reader(files, max_bytes=parse_size(max_size), timeout=timeout)
    except BriefreaderError as error:
        raise _fail(error, debug) from None
    raise typer.Exit(code)


@app.command("config")
def config_command(
    path: Annotated[bool, typer.Option("--path", help="Print the settings file's path.")] = False,
    init: Annotated[
        bool, typer.Option("--init", help="Write a commented settings file with the defaults.")
    ] = False,
    force: Annotated[
        bool, typer.Option("--force", help="With --init, replace an existing settings file.")
    ] = False,
    debug: Debug = False,
) -> None:
    """Show or create the settings file (theme, key overrides, quote template, facts shown).

    Without options, check the file and print the settings in effect.
    """
    from briefreader import config as settings

    file = settings.config_path()
    try:
        if path:
            _write(f"{file}\n", None)
            return
        if init:
            written = settings.write_default_config(file, force=force)
            _write(f"wrote {_shown(str(written))}\n", None)
            return
        loaded = settings.load_config(file)
        if force:
            typer.echo("briefreader: --force only goes with --init", err=True)
            raise typer.Exit(2)
        where = str(file) if loaded.path else f"{file} (not there: defaults in use)"
        lines = [
            f"# {_shown(where)}",
            f"theme = {_toml_string(loaded.theme)}",
            f"quote_template = {_toml_string(loaded.quote_template)}",
            f"facts_shown = {loaded.facts_shown}",
            "[keys]",
            *(f"{action} = {_toml_string(keys)}" for action, keys in sorted(loaded.keys.items())),
        ]
        _write("".join(line + "\n" for line in lines), None)
    except BriefreaderError as error:
        raise _fail(error, debug) from None


def _shown(text: str) -> str:
    """``text`` (a path) on one line, its control characters as escapes."""
    from briefreader.render.terminal import one_line

    return one_line(text)


def _toml_string(text: str) -> str:
    """``text`` as a TOML basic string; its control characters (a settings value may hold
    them) as ``\\uXXXX`` escapes, so none reaches the terminal."""
    from briefreader.render.terminal import CONTROL

    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    escaped = CONTROL.sub(lambda match: f"\\u{ord(match.group()):04X}", escaped)
    return f'"{escaped}"'
