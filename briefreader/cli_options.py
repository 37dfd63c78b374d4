"""The options the ``briefreader`` commands share, with their checks: the files, ``--format``,
``--max-size``, ``--timeout`` and ``--debug`` (each a one-line usage error when wrong)."""

from __future__ import annotations

import math
from enum import Enum
from typing import Annotated

import typer

from briefreader.defaults import DEFAULT_MAX_BYTES, MAX_SIZE_BOUNDS, TIMEOUT_BOUNDS


class Format(str, Enum):
    """Output formats of ``digest``."""

    json = "json"
    jsonl = "jsonl"
    md = "md"
    text = "text"


FORMAT_CHOICES = "|".join(choice.value for choice in Format)
"""The formats as ``--help`` shows them: ``json|jsonl|md|text``."""


def format_of(value: str) -> Format:
    """``--format``: the format named, or a usage error in one line that lists them."""
    try:
        return Format(value.strip().lower())
    except ValueError:
        names = [choice.value for choice in Format]
        raise typer.BadParameter(
            f"{value!r} is not a format: use {', '.join(names[:-1])} or {names[-1]}"
        ) from None


Files = Annotated[
    list[str],
    typer.Argument(
        metavar="FILE",
        help="Saved pages (.txt, .html, .md), folders of them, URLs, or - for stdin.",
    ),
]


#: The units ``--max-size`` takes after a number (K, M, G; a trailing B is allowed).
SIZE_UNITS = {"k": 1024, "m": 1024**2, "g": 1024**3}


def parse_size(given: str) -> int:
    """``--max-size``: bytes, from ``64M``, ``1.5G``, ``800K`` or ``65536``, within
    :data:`~briefreader.defaults.MAX_SIZE_BOUNDS`; otherwise a usage error."""
    text = given.strip().lower().rstrip("b")
    try:
        if text and text[-1] in SIZE_UNITS:
            number = float(text[:-1]) * SIZE_UNITS[text[-1]]
        else:
            number = int(text)
    except ValueError:
        number = math.nan
    if math.isnan(number):
        raise typer.BadParameter(f"not a size: {text!r} (use e.g. 64M)", param_hint="'--max-size'")
    lowest, highest = MAX_SIZE_BOUNDS
    if not lowest <= number <= highest:
        raise typer.BadParameter(
            f"{given.strip()!r} is out of range: give a size from {lowest} byte "
            f"to {highest // SIZE_UNITS['g']}G (e.g. 64M)",
            param_hint="'--max-size'",
        )
    return int(number)


MaxSize = Annotated[
    str,
    typer.Option(
        "--max-size",
        metavar="SIZE",
        help=f"Largest input accepted (e.g. 64M, 200M). Default {DEFAULT_MAX_BYTES // 2**20}M.",
    ),
]
Timeout = Annotated[
    float,
    typer.Option(
        "--timeout",
        metavar="SECONDS",
        help="Seconds to wait for a server when reading a URL "
        f"({TIMEOUT_BOUNDS[0]} to {TIMEOUT_BOUNDS[1]}).",
        min=TIMEOUT_BOUNDS[0],
        max=TIMEOUT_BOUNDS[1],
    ),
]
Debug = Annotated[bool, typer.Option("--debug", help="Show the full traceback on errors.")]
