"""Errors a user can meet. Each carries a message that names the file and says what to do,
and an exit code for the CLI. Anything that is not a ``BriefreaderError`` is a bug.

The message is one line that is safe on a terminal: a control character or a newline in a
file name (or anywhere in the message) is shown as a visible escape (``\\n``, ``\\x1b``),
so a name cannot forge a second line or send the terminal a command.
"""

from __future__ import annotations


class BriefreaderError(Exception):
    """Base of every user-facing error: ``str(error)`` is one line for stderr (``path``,
    ``problem`` and ``advice`` stay as given)."""

    exit_code = 1

    def __init__(self, path: str, problem: str, advice: str = "") -> None:
        # Here, not at the top: the renderers' package imports this module.
        from briefreader.render.terminal import one_line

        self.path = path
        self.problem = problem
        self.advice = advice
        message = f"{path}: {problem}"
        if advice:
            message += f"; {advice}"
        super().__init__(one_line(message))

    def __reduce__(self):  # type: ignore[no-untyped-def]
        """Pickle with the constructor's arguments (the reader may read in a child process)."""
        return (self.__class__, (self.path, self.problem, self.advice))


class FileNotFound(BriefreaderError):
    """The path does not exist."""

    exit_code = 3


class NotAFile(BriefreaderError):
    """The path is a directory or a special file."""

    exit_code = 4


class PermissionDenied(BriefreaderError):
    """The file exists but cannot be read."""

    exit_code = 5


class EmptyInput(BriefreaderError):
    """The file is empty or holds only white space."""

    exit_code = 6


class BinaryInput(BriefreaderError):
    """The file is an image, PDF, archive or other binary, not a page."""

    exit_code = 7


class DecodeFailed(BriefreaderError):
    """The bytes could not be decoded as text in any known encoding."""

    exit_code = 8


class TooLarge(BriefreaderError):
    """The file is over the size limit."""

    exit_code = 9


class NoArticle(BriefreaderError):
    """The page was read but holds no article text."""

    exit_code = 10


class OutputFailed(BriefreaderError):
    """The output file could not be written."""

    exit_code = 11


class FetchFailed(BriefreaderError):
    """A URL could not be downloaded: offline, refused, timed out or an HTTP error."""

    exit_code = 12


class ConfigError(BriefreaderError):
    """The configuration file could not be read: bad TOML or a bad value."""

    exit_code = 13


EXIT_CODES: dict[int, str] = {
    1: "unexpected error (a bug: rerun with --debug and report it)",
    2: "wrong usage (unknown option or missing argument)",
    FileNotFound.exit_code: "file not found",
    NotAFile.exit_code: "not a regular file (a directory or device)",
    PermissionDenied.exit_code: "permission denied",
    EmptyInput.exit_code: "empty file",
    BinaryInput.exit_code: "binary file (image, PDF, archive), not a page",
    DecodeFailed.exit_code: "text in an unknown encoding",
    TooLarge.exit_code: "file over the size limit (see --max-size)",
    NoArticle.exit_code: "no article found in the page",
    OutputFailed.exit_code: "output file could not be written",
    FetchFailed.exit_code: "URL could not be downloaded (offline, refused, HTTP error)",
    ConfigError.exit_code: "configuration file could not be read",
    129: "stopped by SIGHUP (the terminal closed); nothing written",
    130: "interrupted (Ctrl-C)",
    141: "standard output closed by its reader (e.g. | head); nothing more written",
    143: "stopped by SIGTERM; nothing written",
}
