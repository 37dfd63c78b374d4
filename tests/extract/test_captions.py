"""Caption credits split from caption text."""

from __future__ import annotations

import pytest

from briefreader.extract.captions import make_caption, split_credit


@pytest.mark.parametrize(
    ("text", "body", "credit"),
    [
        (
            "NIS Director Cho Tae-yong attends a session in Seoul, Tuesday. Joint Press Corps",
            "NIS Director Cho Tae-yong attends a session in Seoul, Tuesday.",
            "Joint Press Corps",
        ),
        (
            "Choe Son-hui leaves for Moscow, Monday. Yonhap",
            "Choe Son-hui leaves for Moscow, Monday.",
            "Yonhap",
        ),
        ("Waves hit the harbour wall. Photo: Reuters", "Waves hit the harbour wall.", "Reuters"),
        (
            "Crowds gather in the square (AP Photo/Ahn Young-joon)",
            "Crowds gather in the square",
            "AP Photo/Ahn Young-joon",
        ),
        (
            "A quiet street in the old town at dawn.",
            "A quiet street in the old town at dawn.",
            None,
        ),
    ],
)
def test_split_credit(text, body, credit):
    assert split_credit(text) == (body, credit)


def test_make_caption_with_separate_credit():
    caption = make_caption("Waves hit the harbour wall. Reuters", 2, credit="Reuters")
    assert (caption.text, caption.credit, caption.after_paragraph) == (
        "Waves hit the harbour wall.",
        "Reuters",
        2,
    )
