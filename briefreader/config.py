"""The user's settings: a TOML file in the platform's configuration folder.

Where it lives (``briefreader config --path`` prints it):

- ``$BRIEFREADER_CONFIG`` when set (a file path, for tests and unusual setups);
- Linux and other Unix: ``$XDG_CONFIG_HOME/briefreader/config.toml``, or
  ``~/.config/briefreader/config.toml``;
- macOS: ``~/Library/Application Support/briefreader/config.toml``;
- Windows: ``%APPDATA%\\briefreader\\config.toml``.

Keys (all optional; :data:`DEFAULT_CONFIG_TEXT` is the commented file ``config --init`` writes)::

    theme = "textual-dark"          # any Textual theme name
    quote_template = '"{text}" — {speaker}{source}'
    facts_shown = 12                # key facts shown per article and in the briefing

    [keys]                          # action = "key[,key...]"
    quit = "q"

A missing file means the defaults. A broken one raises :class:`~briefreader.errors.ConfigError`
naming the file and, for TOML errors, the line.
"""

from __future__ import annotations

import os
import re
import string
import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from briefreader.defaults import DEFAULT_FACTS_SHOWN, DEFAULT_QUOTE_TEMPLATE, DEFAULT_THEME
from briefreader.errors import BriefreaderError, ConfigError

# The render modules are imported where used (checking a template, writing a file): the
# reader reads its settings before it forks to read ahead, where every import counts.

__all__ = [
    "DEFAULT_CONFIG_TEXT",
    "Config",
    "config_path",
    "first_few",
    "load_config",
    "save_theme",
    "write_default_config",
]

APP_NAME = "briefreader"
FILE_NAME = "config.toml"
#: The values ``facts_shown`` may take: at least one fact; the upper end only catches typos.
FACTS_SHOWN_RANGE = (1, 1000)
#: The largest settings file read (bytes): the settings fill a few hundred bytes, so a file
#: over a mebibyte is something else, and reading it would only delay the reader.
MAX_CONFIG_BYTES = 1024 * 1024
#: A message names this many unknown keys, then "and N more": one line, however many.
UNKNOWN_KEYS_SHOWN = 3
#: The widest field a quote template may pad to (``{speaker:>40}``): wider is a typo, and a
#: huge width would build a huge text at every ``y``.
MAX_TEMPLATE_WIDTH = 1000
#: What the template is filled with once, when loading, to prove it can be filled.
TEMPLATE_SAMPLE = {
    "text": "The meters will be replaced.",
    "speaker": "Helen Okafor",
    "title": "Water board approves new meters",
    "site": "Valley News",
    "date": "2026-03-05",
    "url": "https://example.org/meters",
}


@dataclass(frozen=True)
class Config:
    """The settings, with defaults for everything the file leaves out.

    ``keys`` maps an action name ("quit", "briefing", ...) to the keys that trigger it
    ("q" or "q,ctrl+q"), overriding the reader's defaults. ``path`` is the file read (``None``
    when there was none).
    """

    theme: str = DEFAULT_THEME
    keys: Mapping[str, str] = field(default_factory=dict)
    quote_template: str = DEFAULT_QUOTE_TEMPLATE
    facts_shown: int = DEFAULT_FACTS_SHOWN
    path: Path | None = None


DEFAULT_CONFIG_TEXT = f"""\
# briefreader settings. Every key is optional: delete a line to get the default back.

# Colour theme of the reader: any Textual theme name (ctrl+p lists them), for example
# "textual-dark", "textual-light", "nord", "gruvbox", "dracula", "tokyo-night".
theme = "{DEFAULT_THEME}"

# What `y` copies for a quote. Fields: {{text}}, {{speaker}}, {{title}}, {{site}}, {{date}},
# {{url}}, and {{source}} (a new line with "(Title, Site)" when known, else nothing).
quote_template = '{DEFAULT_QUOTE_TEMPLATE}'

# How many key facts to show for an article and in the briefing.
facts_shown = {DEFAULT_FACTS_SHOWN}

# Key overrides: action = "key" (several keys separated by commas).
[keys]
# quit = "q"
# help = "question_mark"
# briefing = "b"
# next_article = "right_square_bracket"
# previous_article = "left_square_bracket"
# copy_quote = "y"
"""


def config_dir(platform: str | None = None, env: Mapping[str, str] | None = None) -> Path:
    """The folder briefreader's settings live in on ``platform`` (default: this one)."""
    platform = platform or sys.platform
    env = os.environ if env is None else env
    home = Path(env.get("HOME") or os.path.expanduser("~"))
    if platform.startswith("win"):
        appdata = env.get("APPDATA")
        base = Path(appdata) if appdata else home / "AppData" / "Roaming"
        return base / APP_NAME
    if platform == "darwin":
        return home / "Library" / "Application Support" / APP_NAME
    xdg = env.get("XDG_CONFIG_HOME")
    # The XDG spec says a relative value is to be ignored.
    base = Path(xdg) if xdg and os.path.isabs(xdg) else home / ".config"
    return base / APP_NAME


def config_path(platform: str | None = None, env: Mapping[str, str] | None = None) -> Path:
    """The configuration file's path (``$BRIEFREADER_CONFIG`` overrides it)."""
    env = os.environ if env is None else env
    override = env.get("BRIEFREADER_CONFIG")
    if override:
        return Path(override).expanduser()
    return config_dir(platform, env) / FILE_NAME


def _parse_toml(text: str) -> dict[str, Any]:
    try:
        import tomllib  # type: ignore[import-not-found,unused-ignore]
    except ModuleNotFoundError:  # Python 3.10
        import tomli as tomllib  # type: ignore[import-not-found,no-redef,unused-ignore]
    return tomllib.loads(text)


_TOML_LINE = re.compile(r"\(at line (\d+), column (\d+)\)")


def load_config(path: str | os.PathLike[str] | None = None) -> Config:
    """Read the settings from ``path`` (default :func:`config_path`); defaults if it is absent.

    Raises :class:`~briefreader.errors.ConfigError` naming the file (and the line, for TOML
    syntax errors) when the file cannot be read or holds a bad value.
    """
    file = Path(path) if path is not None else config_path()
    shown = str(file)
    try:
        with file.open("rb") as stream:
            raw = stream.read(MAX_CONFIG_BYTES + 1)
    except FileNotFoundError:
        return Config()
    except IsADirectoryError:
        raise ConfigError(
            shown, "is a folder, not a settings file", "remove it or fix the path"
        ) from None
    except OSError as error:
        raise ConfigError(
            shown, f"cannot read the settings ({error.strerror})", "check its permissions"
        ) from None
    if len(raw) > MAX_CONFIG_BYTES:
        raise ConfigError(
            shown,
            f"is over {MAX_CONFIG_BYTES // 2**20} MB, too large for a settings file",
            "run `briefreader config --init --force` for a fresh file",
        )
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ConfigError(shown, "is not UTF-8 text", "save it as UTF-8") from None
    try:
        data = _parse_toml(text)
    except ModuleNotFoundError:
        raise ConfigError(
            shown, "cannot read TOML on this Python", "install tomli (pip install tomli)"
        ) from None
    except RecursionError:  # brackets or tables nested thousands deep
        raise ConfigError(
            shown,
            "is nested too deeply to read (brackets or tables inside each other)",
            "fix the file, or run `briefreader config --init --force` for a fresh file",
        ) from None
    except ValueError as error:  # tomllib.TOMLDecodeError is a ValueError
        message = str(error)
        match = _TOML_LINE.search(message)
        problem = _TOML_LINE.sub("", message).strip().rstrip(".")
        where = f"line {match.group(1)}: " if match else ""
        raise ConfigError(
            f"{shown}:{match.group(1)}" if match else shown,
            f"{where}not valid TOML ({problem})",
            "fix that line, or run `briefreader config --init --force` for a fresh file",
        ) from None
    return _from_dict(data, shown, file)


def load_settings() -> tuple[Config | None, str | None]:
    """The user's settings, or ``(None, reason)`` when the file cannot be read."""
    try:
        return load_config(), None
    except BriefreaderError as error:
        return None, str(error)


def _from_dict(data: Mapping[str, Any], shown: str, file: Path) -> Config:
    known = {"theme", "keys", "quote_template", "facts_shown"}
    unknown = [key for key in data if key not in known]
    if unknown:
        raise ConfigError(
            shown,
            f"unknown setting{'s' if len(unknown) > 1 else ''} {first_few(unknown, repr)}",
            "the settings are: " + ", ".join(sorted(known)),
        )
    theme = data.get("theme", DEFAULT_THEME)
    if not isinstance(theme, str) or not theme.strip():
        raise ConfigError(shown, "theme must be a theme name in quotes", 'e.g. theme = "nord"')
    keys = data.get("keys", {})
    if not isinstance(keys, Mapping):
        raise ConfigError(shown, "[keys] must be a table", 'e.g. [keys] then quit = "q"')
    for action, value in keys.items():
        if not isinstance(value, str) or not value.strip():
            raise ConfigError(
                shown, f"keys.{action} must be a key name in quotes", f'e.g. {action} = "x"'
            )
    template = data.get("quote_template", DEFAULT_QUOTE_TEMPLATE)
    if not isinstance(template, str):
        raise ConfigError(shown, "quote_template must be text in quotes")
    _check_template(template, shown)
    facts = data.get("facts_shown", DEFAULT_FACTS_SHOWN)
    lowest, highest = FACTS_SHOWN_RANGE
    if isinstance(facts, bool) or not isinstance(facts, int) or not lowest <= facts <= highest:
        raise ConfigError(shown, f"facts_shown must be a whole number from {lowest} to {highest}")
    return Config(
        theme=theme.strip(),
        keys={str(k): v.strip() for k, v in keys.items()},
        quote_template=template,
        facts_shown=facts,
        path=file,
    )


def first_few(names: Sequence[str], show: Callable[[str], str] = str) -> str:
    """The first :data:`UNKNOWN_KEYS_SHOWN` of ``names`` (each through ``show``), then how
    many more: ``'a', 'b', 'c' and 4,997 more``."""
    listed = ", ".join(show(name) for name in names[:UNKNOWN_KEYS_SHOWN])
    more = len(names) - UNKNOWN_KEYS_SHOWN
    return f"{listed} and {more:,} more" if more > 0 else listed


#: A number in a format spec (a width or a precision), its leading zeros apart.
_WIDTH = re.compile(r"0*(\d+)")


def _too_wide(digits: str) -> bool:
    """Whether a width of ``digits`` is over :data:`MAX_TEMPLATE_WIDTH` (counted without
    converting thousands of digits)."""
    return len(digits) > len(str(MAX_TEMPLATE_WIDTH)) or int(digits) > MAX_TEMPLATE_WIDTH


def _check_template(template: str, shown: str) -> None:
    """Refuse a quote template that cannot be filled: parse it, check its fields and their
    format specs, then fill it once with :data:`TEMPLATE_SAMPLE` (what ``y`` will do)."""
    if template != DEFAULT_QUOTE_TEMPLATE:  # the default passes: tests/test_config.py
        check_template(template, shown)


def check_template(template: str, shown: str) -> None:
    """The checks of :func:`_check_template`, whatever the template."""
    from briefreader.render.citations import TEMPLATE_FIELDS, format_quote

    try:
        parts = [
            (name, spec)
            for _, name, spec, _ in string.Formatter().parse(template)
            if name is not None
        ]
    except ValueError as error:
        raise ConfigError(
            shown, f"quote_template is not a valid template ({error})", "write {{ for a brace"
        ) from None
    for name, spec in parts:
        if name not in TEMPLATE_FIELDS:
            raise ConfigError(
                shown,
                f"quote_template uses an unknown field {{{name}}}",
                "the fields are: " + ", ".join("{" + f + "}" for f in TEMPLATE_FIELDS),
            )
        if spec and "{" in spec:
            raise ConfigError(shown, f"quote_template puts a field inside the format of {{{name}}}")
        if any(_too_wide(width) for width in _WIDTH.findall(spec or "")):
            raise ConfigError(
                shown, f"quote_template pads {{{name}}} wider than {MAX_TEMPLATE_WIDTH}"
            )
    try:
        format_quote(template, **TEMPLATE_SAMPLE)
    except (ValueError, TypeError, KeyError, IndexError, AttributeError) as error:
        raise ConfigError(
            shown,
            f"quote_template cannot be filled ({error})",
            "fields take no format but a width, e.g. {speaker:>20}",
        ) from None


def write_default_config(
    path: str | os.PathLike[str] | None = None, *, force: bool = False
) -> Path:
    """Write the commented default settings to ``path`` (default :func:`config_path`).

    Refuses to replace an existing file unless ``force``; raises
    :class:`~briefreader.errors.ConfigError` then, or when the file cannot be written.
    """
    file = Path(path) if path is not None else config_path()
    if file.exists() and not force:
        raise ConfigError(
            str(file), "a settings file is already there", "add --force to replace it"
        )
    _write(file, DEFAULT_CONFIG_TEXT)
    return file


def _write(file: Path, text: str) -> None:
    from briefreader.render.files import WriteFailed, write_atomically

    try:
        file.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(file, text)
    except OSError as error:
        reason = error.strerror
    except WriteFailed as error:
        reason = error.strerror
    else:
        return
    raise ConfigError(str(file), f"cannot write the settings ({reason})", "check the folder")


#: The ``theme = ...`` line of a settings file (top level: before the first table).
_THEME_LINE = re.compile(r"^[ \t]*theme[ \t]*=.*$", re.MULTILINE)
#: The first table header (``[keys]``): settings after it belong to the table.
_TABLE = re.compile(r"^[ \t]*\[", re.MULTILINE)


def save_theme(theme: str, path: str | os.PathLike[str] | None = None) -> Path:
    """Keep ``theme`` in the settings file at ``path`` (default :func:`config_path`) for the
    next start: its ``theme`` line replaced (or added at the top), the rest of the file, its
    comments and other settings as they were; a missing file is created from the commented
    defaults. Raises :class:`~briefreader.errors.ConfigError` when the file cannot be read as
    settings or written (a broken file is never replaced)."""
    import json

    file = Path(path) if path is not None else config_path()
    line = f"theme = {json.dumps(theme)}"  # a JSON string is a TOML basic string
    current = load_config(file)  # refuses a broken file before anything is written
    if current.path is None:
        text = _THEME_LINE.sub(line, DEFAULT_CONFIG_TEXT, count=1)
    else:
        text = file.read_bytes().decode("utf-8-sig")
        table = _TABLE.search(text)
        head, tail = (text[: table.start()], text[table.start() :]) if table else (text, "")
        if _THEME_LINE.search(head):
            head = _THEME_LINE.sub(line, head, count=1)
        else:
            head = f"{line}\n{head}"
        text = head + tail
    saved = _from_dict(_parse_toml(text), str(file), file)
    if saved.theme != theme or saved.keys != current.keys:
        raise ConfigError(str(file), "the theme could not be written in it", "edit it by hand")
    _write(file, text)
    return file
