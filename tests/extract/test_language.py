"""Language detection by jusText stoplists."""

from __future__ import annotations

from briefreader.extract.language import (
    count_words,
    detect_language,
    iso_code,
    stopwords_for,
    words,
)


def test_detects_common_languages():
    assert detect_language("The minister said that the plan would be ready by the end of the year.")
    assert (
        iso_code(
            detect_language(
                "The minister said that the plan would be ready by the end of the year."
            )
        )
        == "en"
    )
    german = (
        "Die Regierung hat am Dienstag gesagt, dass der Plan bis zum Ende des Jahres fertig sei."
    )
    assert iso_code(detect_language(german)) == "de"
    russian = "Министр заявил, что план будет готов к концу года, и что это не последнее решение."
    assert iso_code(detect_language(russian)) == "ru"


def test_unknown_script_has_no_language():
    assert detect_language("北朝鮮の兵士がロシアに派遣されたと情報機関が明らかにした。") is None
    assert detect_language("") is None
    assert stopwords_for(None) == frozenset()


def test_words_are_lowercased_letters():
    assert words("It’s 2024: Seoul's NIS") == ["it's", "seoul's", "nis"]


def test_count_words_counts_characters_of_scripts_without_spaces():
    assert count_words("Storm cuts power to thousands") == 5
    # Japanese and Chinese are written without spaces: each character counts.
    assert count_words("台風で停電が続く") == 8
    assert count_words("暴雨导致停电") == 6
    # Mixed: the Latin words count as words, the kana and kanji by character.
    assert count_words("iPhone 16 を発表") == 2 + 3
    assert count_words("Ａｐｐｌｅ news") == 2  # full-width Latin is spaced like Latin
    assert count_words("") == 0


def test_each_stoplist_reads_as_its_lines():
    """The stoplists are read by splitting the whole file at white space (fast, at start-up):
    that is the set of their stripped, lower-cased, non-empty lines only while every line
    holds one word. Pinned for every list jusText ships."""
    import os

    from briefreader.extract.language import _stoplist, _stoplist_dir, _stoplist_names

    folder = _stoplist_dir()
    assert folder is not None and len(_stoplist_names()) >= 36
    for name in _stoplist_names():
        with open(os.path.join(folder, name + ".txt"), encoding="utf-8") as handle:
            by_lines = frozenset(line.strip().lower() for line in handle if line.strip())
        assert _stoplist(name) == by_lines, name
