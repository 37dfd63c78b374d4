"""The shared word data: each set literal sorted and without repeats, and the invariants its users
rely on (calendar order, the marks' characters, a lean import)."""

from __future__ import annotations

import ast
import importlib
import subprocess
import sys
from pathlib import Path

import pytest

from briefreader.lexicon import dates, marks, speech, stopwords, titles, words

ROOT = Path(__file__).resolve().parent.parent / "briefreader"
LEXICON = sorted((ROOT / "lexicon").glob("*.py"))
# The modules that build word sets with the lexicon's helper.
WORD_MODULES = [
    *LEXICON,
    ROOT / "digest" / "quotes" / "words.py",
    ROOT / "digest" / "figures" / "words.py",
    ROOT / "extract" / "text" / "words.py",
    ROOT / "briefing" / "words.py",
]
# Sets built as a union of lexicon parts and words of their own: no word in two parts.
COMPOSED = [
    ("briefreader.lexicon.titles", "ROLE_WORDS"),
    ("briefreader.digest.quotes.words", "TIME_WORDS"),
    ("briefreader.digest.quotes.words", "TIME_ABBREV"),
    ("briefreader.digest.quotes.words", "TITLE_ABBREV"),
    ("briefreader.digest.figures.words", "_STOP"),
    ("briefreader.digest.facts", "_STOPWORDS"),
    ("briefreader.digest.sentences", "_TITLES"),
    ("briefreader.digest.sentences", "_SUFFIXES"),
    ("briefreader.briefing.words", "TITLE_WORDS"),
]


def _literals(path: Path, helper: str) -> list[tuple[int, list[str]]]:
    """The string arguments of every call to ``helper`` in ``path``, with their line (a name
    stands for the string literal the module assigns to it)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    named = {
        target.id: node.value.value
        for node in tree.body
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant)
        for target in node.targets
        if isinstance(target, ast.Name)
    }
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) == helper:
            args = [
                a.value if isinstance(a, ast.Constant) else named.get(getattr(a, "id", ""))
                for a in node.args
            ]
            found.append((node.lineno, [str(a) for a in args if a is not None]))
    return found


@pytest.mark.parametrize("path", WORD_MODULES, ids=lambda p: str(p.relative_to(ROOT)))
def test_word_literals_are_sorted_without_repeats(path: Path) -> None:
    for line, args in _literals(path, "words"):
        assert len(args) == 1, f"{path.name}:{line}: words() of a non-literal"
        listed = args[0].split()
        assert listed == sorted(listed), f"{path.name}:{line}: words not sorted"
        assert len(listed) == len(set(listed)), f"{path.name}:{line}: a word written twice"


def test_speech_verb_entries_are_sorted_without_repeats() -> None:
    calls = _literals(ROOT / "lexicon" / "speech.py", "_forms")
    assert calls
    for line, entries in calls:
        heads = [entry.split(":")[0] for entry in entries]
        assert heads == sorted(heads), f"speech.py:{line}: entries not sorted"
        forms = [form for entry in entries for form in entry.split(":")]
        assert len(forms) == len(set(forms)), f"speech.py:{line}: a form written twice"


def _union_parts(node: ast.expr) -> list[ast.expr]:
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr):
        return _union_parts(node.left) + _union_parts(node.right)
    return [node]


@pytest.mark.parametrize(("module", "name"), COMPOSED, ids=[".".join(c) for c in COMPOSED])
def test_composed_sets_write_each_word_once(module: str, name: str) -> None:
    namespace = vars(importlib.import_module(module))
    path = Path(namespace["__file__"])
    (value,) = [
        node.value
        for node in ast.parse(path.read_text(encoding="utf-8")).body
        if isinstance(node, ast.Assign)
        and any(getattr(target, "id", None) == name for target in node.targets)
    ]
    parts = [
        eval(compile(ast.Expression(part), str(path), "eval"), namespace)
        for part in _union_parts(value)
    ]
    assert len(parts) > 1
    assert frozenset().union(*parts) == namespace[name]
    assert sum(map(len, parts)) == len(namespace[name]), f"{name}: a word in two parts"


def test_words_splits_on_any_white_space() -> None:
    assert words(" a\tb\n  c ") == frozenset({"a", "b", "c"})
    assert words("") == frozenset()


def test_months_in_calendar_order() -> None:
    assert len(dates.MONTH_NAMES) == len(set(dates.MONTH_NAMES)) == 12
    assert dates.MONTH_NAMES[0] == "january" and dates.MONTH_NAMES[8] == "september"
    # "sept" sits right after "sep": the date patterns try the months in this order.
    assert dates.WRITTEN_MONTHS == (
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    )  # fmt: skip
    assert [month for month in dates.WRITTEN_MONTHS if month != "sept"] == list(
        dates.MONTH_ABBREVIATIONS
    )
    # "may" is both a name and an abbreviation: the users that leave the verb out remove it.
    assert "may" in dates.MONTH_NAMES and "may" in dates.MONTH_ABBREVIATIONS


def test_weekdays() -> None:
    assert len(dates.WEEKDAYS) == 7 and all(day.endswith("day") for day in dates.WEEKDAYS)
    assert {day[:3] for day in dates.WEEKDAYS} - dates.WEEKDAY_ABBREVIATIONS == {"sat", "sun"}


def test_marks_are_single_characters_each_once() -> None:
    groups = [
        marks.STRAIGHT_DOUBLE,
        marks.DOUBLE_OPENERS,
        marks.REVERSED_OPENER,
        marks.DOUBLE_CLOSERS,
        marks.SINGLE_OPEN,
        marks.SINGLE_CLOSE,
    ]
    every = "".join(groups)
    assert len(every) == len(set(every)), "a mark in two groups"
    assert not set(every) & set(marks.WHITESPACE)
    assert len(marks.WHITESPACE) == len(set(marks.WHITESPACE))
    assert all(c.isspace() for c in marks.WHITESPACE)


def test_titles_verbs_and_stopwords_are_lower_case() -> None:
    for group in (
        titles.ROLE_WORDS,
        titles.TITLE_ABBREVIATIONS,
        titles.FEMALE_TITLES,
        titles.MALE_TITLES,
        speech.SPEECH_VERBS,
        speech.WEAK_VERBS,
        speech.PARTICIPLES,
        speech.INVERTING,
        speech.TELL_VERBS,
        stopwords.ENGLISH_STOPWORDS,
    ):
        assert all(word == word.lower() for word in group)
    assert not titles.FEMALE_TITLES & titles.MALE_TITLES


def test_lexicon_imports_nothing_but_itself() -> None:
    """Plain literals: importing the lexicon loads no other module (beyond the package's own)."""
    code = (
        "import sys, briefreader\n"
        "before = set(sys.modules)\n"
        "import briefreader.lexicon.dates, briefreader.lexicon.marks\n"
        "import briefreader.lexicon.speech, briefreader.lexicon.stopwords\n"
        "import briefreader.lexicon.titles\n"
        "new = sorted(m for m in set(sys.modules) - before if not m.startswith('briefreader'))\n"
        "print(' '.join(new))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.split() == []
