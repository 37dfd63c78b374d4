"""Where a paragraph's lines break at a width: the article pane draws its own lines.

Greedy word wrap by terminal cells, as Textual wraps a paragraph: a line breaks at the last
space that fits, the spaces at a break belong to neither line, and a word wider than the
line (a URL, a run of Chinese or Japanese, which have no spaces) is cut where the width runs
out. The lines are offsets into the text, so highlights and search matches (offsets too)
land on them as they are.
"""

from __future__ import annotations

import re

from rich.cells import cell_len

_WORDS = re.compile(r"\S+")


def line_breaks(text: str, width: int) -> list[tuple[int, int]]:
    """The lines of ``text`` wrapped at ``width`` cells, as ``(start, end)`` offsets; an empty
    text is one empty line."""
    width = max(1, width)
    lines: list[tuple[int, int]] = []
    start = end = used = -1
    for word in _WORDS.finditer(text):
        word_start, word_end = word.span()
        word_cells = cell_len(word.group())
        if start >= 0:
            # What the line takes with this word: the gap before it as it stands (two spaces,
            # a tab counted as one cell each), not one space.
            with_word = used + cell_len(text[end:word_start]) + word_cells
            if with_word <= width:
                end, used = word_end, with_word
                continue
        if start >= 0:
            lines.append((start, end))
        if word_cells <= width:
            start, end, used = word_start, word_end, word_cells
            continue
        # Wider than a line: cut it where the cells run out, and go on with what is left.
        piece_start, piece_cells = word_start, 0
        for offset in range(word_start, word_end):
            cells = cell_len(text[offset])
            if piece_cells + cells > width and offset > piece_start:
                lines.append((piece_start, offset))
                piece_start, piece_cells = offset, 0
            piece_cells += cells
        start, end, used = piece_start, word_end, piece_cells
    if start >= 0:
        lines.append((start, end))
    return lines or [(0, 0)]
