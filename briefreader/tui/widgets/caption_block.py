"""A photo caption shown in the article where it stands, set apart from the body."""

from __future__ import annotations

from textual.widgets import Static

from briefreader.model import Caption


class CaptionBlock(Static):
    """A caption with "— credit" when the page gives one; styled apart in ``app.tcss``."""

    def __init__(self, caption: Caption) -> None:
        """Show ``caption``."""
        text = caption.text
        if caption.credit:
            text += f" — {caption.credit}"
        super().__init__(text, classes="caption", markup=False)
        self.caption = caption
