"""The search input that ``/`` opens at the bottom of the screen."""

from __future__ import annotations

from typing import ClassVar

from textual import on
from textual.binding import Binding, BindingType
from textual.widgets import Input, Static

from briefreader.tui.messages import SearchCancelled, SearchSubmitted


class SearchBar(Input):
    """An input for a search of the article and panes; enter searches, escape cancels.

    Closed, it cannot take the focus (the screen sets ``can_focus`` as it opens and closes
    it): else, while an article is still being read, it is the one widget that can, and the
    keys (``q`` to quit) would be typed into it unseen.
    """

    can_focus = False

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel search"),
    ]

    def __init__(self) -> None:
        """Create the (hidden until ``/``) search bar."""
        super().__init__(
            placeholder="Search the article and panes (enter to search, escape to cancel)",
            id="search-bar",
        )

    def action_cancel(self) -> None:
        """Leave the search bar without searching."""
        self.post_message(SearchCancelled())

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.post_message(SearchSubmitted(event.value.strip()))


class SearchStatus(Static):
    """The one line that says where ``n`` / ``N`` are in a search: "match 2 of 4 · quotes"
    (hidden without a search, and while the search bar is open)."""

    def __init__(self) -> None:
        """An empty, hidden line."""
        super().__init__("", id="search-status", markup=False)

    def show(self, text: str | None, *, warning: bool = False) -> None:
        """Show ``text`` (``None`` hides the line); ``warning`` when nothing matched."""
        self.set_class(text is not None, "-active")
        self.set_class(warning, "-warning")
        self.update(text or "")
