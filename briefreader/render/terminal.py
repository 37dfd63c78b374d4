"""The one place that makes text safe for a terminal: no control character reaches one.

A page, a file name, a URL or a settings value is text a stranger may have written, and a
terminal obeys control characters: ESC and the C1 controls begin sequences that set the
window title, write the clipboard (OSC 52), clear the screen or make links; the bidi controls
reorder what is shown (``gone\\u202etxt.exe`` reads as ``goneexe.txt``). Three ways out:

- :func:`strip_controls`, for page text: whole escape sequences and every other control
  character are removed (tab and newline stay), so the article reads as it would in a browser;
- :func:`show_controls`, for names (files, URLs) and anything a user may have to recognise:
  each control character is written as a visible escape (``\\x1b``, ``\\u202e``), as ``repr``
  would, so nothing is hidden and nothing runs;
- :func:`one_line`: :func:`show_controls` with newline and tab shown too, for a message that
  must stay one line (a forged second "briefreader:" line is impossible);
- :func:`escape_json_controls`, for JSON text: ``json.dumps(..., ensure_ascii=False)`` escapes
  the C0 controls only, so DEL, C1 and bidi controls are written as ``\\u`` escapes too (the
  same JSON value, nothing raw on a terminal).

Text with no control character is returned as it is (the same object), so the common case
costs one regular-expression search.
"""

from __future__ import annotations

import re

__all__ = [
    "CONTROL",
    "escape_json_controls",
    "has_controls",
    "one_line",
    "show_controls",
    "strip_controls",
]

#: What no text output may hold: every C0 control but tab and newline, DEL, every C1
#: control, and the bidi controls that reorder text (embeddings and overrides
#: U+202A-U+202E, isolates U+2066-U+2069).
CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")

#: :data:`CONTROL` with tab and newline: what a one-line message may not hold.
_CONTROL_OR_BREAK = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")

#: What ``json.dumps(..., ensure_ascii=False)`` writes raw of :data:`CONTROL`.
_JSON_RAW = re.compile("[\x7f-\x9f\u202a-\u202e\u2066-\u2069]")

#: A whole escape sequence, as ECMA-48 defines them, in its 7-bit (ESC ...) or 8-bit (C1)
#: form: a control sequence (CSI: ``ESC [`` or U+009B, parameters, intermediates, a final
#: byte); a control string (OSC, DCS, SOS, PM, APC: ``ESC ]``, ``ESC P``, ``ESC X``,
#: ``ESC ^``, ``ESC _`` or U+009D, U+0090, U+0098, U+009E, U+009F) up to its terminator
#: (BEL, ``ESC \\`` or U+009C); or ESC, intermediates and one final byte (``ESC c`` resets).
_SEQUENCE = re.compile(
    r"(?:\x1b\[|\x9b)[\x30-\x3f]*[\x20-\x2f]*[\x40-\x7e]"
    r"|(?:\x1b[\]PX^_]|[\x90\x98\x9d\x9e\x9f])[^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)"
    r"|\x1b[\x20-\x2f]*[\x30-\x7e]"
)

#: The controls that stand between words (carriage return, vertical tab, form feed, the
#: information separators, next line): stripped, they become a space, not nothing.
_SPACING = re.compile("\r\n|[\r\x0b\x0c\x1c-\x1f\x85]")

#: Spaces left side by side where a control stood between two words.
_SPACES = re.compile(" {2,}")


def has_controls(text: str) -> bool:
    """Whether ``text`` holds a character of :data:`CONTROL`."""
    return CONTROL.search(text) is not None


def strip_controls(text: str) -> str:
    """``text`` without its escape sequences and control characters (tab and newline stay).

    A carriage return, form feed or the like between two words becomes a space; the spaces a
    removed sequence leaves side by side become one, and none is left at either end where
    there was none before.
    """
    if CONTROL.search(text) is None:
        return text
    cleaned = _SEQUENCE.sub("", text)
    cleaned = _SPACING.sub(lambda match: "\n" if match.group() == "\r\n" else " ", cleaned)
    cleaned = CONTROL.sub("", cleaned)
    cleaned = _SPACES.sub(" ", cleaned)
    if not text[:1].isspace():
        cleaned = cleaned.lstrip(" ")
    if not text[-1:].isspace():
        cleaned = cleaned.rstrip(" ")
    return cleaned


def _visible(match: re.Match[str]) -> str:
    """One control character as ``repr`` writes it: ``\\n``, ``\\x1b``, ``\\u202e``."""
    return repr(match.group())[1:-1]


def show_controls(text: str) -> str:
    """``text`` with each control character (tab and newline aside) as a visible escape."""
    if CONTROL.search(text) is None:
        return text
    return CONTROL.sub(_visible, text)


def one_line(text: str) -> str:
    """``text`` with each control character, newline and tab too, as a visible escape: a
    message (a file name in it) that must stay on one line."""
    if _CONTROL_OR_BREAK.search(text) is None:
        return text
    return _CONTROL_OR_BREAK.sub(_visible, text)


def escape_json_controls(json_text: str) -> str:
    """JSON text with DEL, C1 and bidi controls written as ``\\uXXXX`` escapes (they can only
    stand inside its strings, where the escape means the same character)."""
    if _JSON_RAW.search(json_text) is None:
        return json_text
    return _JSON_RAW.sub(lambda match: f"\\u{ord(match.group()):04x}", json_text)
