"""One paragraph of the article, able to highlight a sentence and search matches."""

from __future__ import annotations

from typing import ClassVar

from textual.content import Content
from textual.reactive import reactive
from textual.widget import Widget


class Paragraph(Widget):
    """A body paragraph. ``highlight`` marks the sentence the reader jumped to; ``matches``
    marks search hits, ``current_match`` the one ``n``/``N`` stepped to."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "paragraph--highlight",
        "paragraph--match",
        "paragraph--current-match",
    }

    highlight: reactive[tuple[int, int] | None] = reactive(None)
    matches: reactive[tuple[tuple[int, int], ...]] = reactive(())
    current_match: reactive[int | None] = reactive(None)

    def __init__(self, text: str, index: int) -> None:
        """Show ``text``, paragraph number ``index`` of the article."""
        super().__init__(id=f"paragraph-{index}", classes="paragraph")
        self.text = text
        self.index = index

    @property
    def highlighted_text(self) -> str | None:
        """The text of the highlighted sentence, if any."""
        if self.highlight is None:
            return None
        start, end = self.highlight
        return self.text[start:end]

    def render(self) -> Content:
        """Render the text with the highlighted sentence and search matches styled."""
        content = Content(self.text)
        if self.highlight is not None:
            start, end = self.highlight
            content = content.stylize(
                self.get_visual_style("paragraph--highlight", partial=True), start, end
            )
        if self.matches:
            match_style = self.get_visual_style("paragraph--match", partial=True)
            current_style = self.get_visual_style("paragraph--current-match", partial=True)
            for number, (start, end) in enumerate(self.matches):
                style = current_style if number == self.current_match else match_style
                content = content.stylize(style, start, end)
        return content
