"""How ``briefreader --help`` names the files and the options' values.

Typer's help shows a list argument as ``{files}...`` in the usage line and as
``files... <list[str]>`` in its table, and each option's Python type (``<str>``,
``<float range>``). :class:`PlainHelpCommand` shows what a reader of a man page expects
instead: ``FILE...``, and each option's metavar (``--max-size SIZE``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from typer.core import TyperCommand

if TYPE_CHECKING:  # Typer carries its own copy of click: the click package is not imported
    import click


def _argument_name(param: click.Parameter) -> str:
    name = param.metavar or (param.name or "arg").upper()
    return f"{name}..." if param.nargs != 1 else name


class PlainHelpCommand(TyperCommand):
    """A Typer command whose help names arguments by their metavar (``FILE...``), without
    the Python type after them."""

    def collect_usage_pieces(self, ctx: click.Context) -> list[str]:
        """``[OPTIONS] FILE...``."""
        pieces = [self.options_metavar] if self.options_metavar else []
        for param in self.get_params(ctx):
            if param.param_type_name == "argument":
                name = _argument_name(param)
                pieces.append(name if param.required else f"[{name}]")
            else:
                pieces.extend(param.get_usage_pieces(ctx))
        return pieces

    def format_options(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """The arguments (by metavar, with their help) and the options, as Typer lists them."""
        arguments: list[tuple[str, str]] = []
        options: list[tuple[str, str]] = []
        for param in self.get_params(ctx):
            if param.param_type_name == "argument":
                arguments.append((_argument_name(param), getattr(param, "help", None) or ""))
                continue
            record = param.get_help_record(ctx)
            if record is not None:
                options.append(record)
        if arguments:
            with formatter.section("Arguments"):
                formatter.write_dl(arguments)
        if options:
            with formatter.section("Options"):
                formatter.write_dl(options)
