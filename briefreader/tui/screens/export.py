"""The export dialog (``e``): asks for the file name the briefing is written to."""

from __future__ import annotations

from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Static


class ExportScreen(ModalScreen[str | None]):
    """A small modal with an input; enter returns the name typed, escape ``None``."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel"),
    ]

    def __init__(self, default: str, articles: int) -> None:
        """Offer ``default`` as the file name for a briefing of ``articles`` articles."""
        super().__init__()
        self.default = default
        self.articles = articles

    def compose(self) -> ComposeResult:
        """A line saying what is written, and the file name input."""
        with Vertical(id="export-box") as box:
            box.border_title = "Export the briefing as Markdown"
            box.border_subtitle = "enter writes · escape cancels"
            count = f"{self.articles} article{'s' if self.articles != 1 else ''}"
            yield Static(f"Write the briefing of {count} to:", markup=False)
            yield Input(self.default, id="export-name", select_on_focus=True)

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        name = event.value.strip()
        self.dismiss(name or None)

    def action_cancel(self) -> None:
        """Close without writing."""
        self.dismiss(None)


class OverwriteScreen(ModalScreen[bool]):
    """Asks before the export replaces ``path``: ``y`` (or enter) replaces it, ``n`` or
    escape keeps it."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("y,enter", "answer(True)", "Replace"),
        Binding("n,escape", "answer(False)", "Keep"),
    ]

    def __init__(self, path: str) -> None:
        """Ask about the existing file ``path``."""
        super().__init__()
        self.path = path

    def compose(self) -> ComposeResult:
        """The question."""
        with Vertical(id="overwrite-box") as box:
            box.border_title = "The file exists"
            box.border_subtitle = "y replaces it · n or escape keeps it"
            yield Static(f"{self.path} already exists. Replace it?", markup=False)

    def action_answer(self, replace: bool) -> None:
        """Close with the answer."""
        self.dismiss(replace)
