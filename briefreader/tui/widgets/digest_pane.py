"""The base of the three digest panes (key facts, quotes, figures): a list with search."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import ClassVar, Generic, TypeVar

from textual import on
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.geometry import Size
from textual.reactive import Reactive
from textual.widget import Widget
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from briefreader.model import Brief, Fact, Figure, Quote, Span
from briefreader.tui.copying import Copied, copy, nothing_copied
from briefreader.tui.messages import ItemChosen
from briefreader.tui.search import NO_SEARCH, SearchPattern, as_pattern
from briefreader.tui.widgets.list_keys import LIST_MOVES
from briefreader.tui.widgets.steady_scrollbar import keep_scrollbar, steady_virtual_size

Item = TypeVar("Item", Fact, Quote, Figure)


def styled_parts(widget: Widget, prefix: str, parts: Iterable[tuple[str, str]]) -> Content:
    """Return ``(text, component)`` parts as one text, each part in the style of the
    widget's component class ``prefix--component`` (component "" is plain text)."""
    pieces: list[Content] = []
    for text, component in parts:
        if component:
            style = widget.get_visual_style(f"{prefix}--{component}", partial=True)
            pieces.append(Content.styled(text, style))
        else:
            pieces.append(Content(text))
    return Content.assemble(*pieces)


def copy_key(description: str) -> list[BindingType]:
    """The bindings of a pane whose ``c`` copies its selected item: ``description`` is what
    the key line calls it ("Copy fact"). ``y`` (which copies the selected quote in the quotes
    pane) copies it too, as a yank does in vim."""
    return [
        Binding("c", "copy_item", description, id="copy_item"),
        Binding("y", "copy_item", description, show=False, id="copy_quote"),
    ]


class DigestPane(OptionList, Generic[Item]):
    """A pane listing items of a brief; subclasses say how one item looks and is copied.

    The pane keeps the items in brief order, so ``highlighted`` is the index of the selected
    item in ``brief.facts`` / ``brief.quotes`` / ``brief.figures``.
    """

    pane_name: ClassVar[str] = ""
    """Short name used by keys, ids and the command palette: facts, quotes, figures (the
    brief's field the pane lists)."""
    label: ClassVar[str] = ""
    """The pane's title, shown with the item count: "Quotes 11"."""
    noun: ClassVar[str] = "item"
    """What one item is called in toasts: "quote"."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "select", "Go to source"),
        *LIST_MOVES,
    ]

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "digest-pane--muted",
        "digest-pane--found",
        "digest-pane--strong",
        "digest-pane--match",
    }

    virtual_size: Reactive[Size] = steady_virtual_size()

    def __init__(self, brief: Brief, *, initial: int | None = 0) -> None:
        """Show the pane's items of ``brief``, selecting item ``initial``."""
        super().__init__(id=f"{self.pane_name}-pane", classes="digest-pane")
        self.brief = brief
        self.items: tuple[Item, ...] = tuple(self.items_of(brief))
        self.pattern = NO_SEARCH
        self.matches: list[int] = []
        self._initial = initial
        self._styles_key: object = None
        self.border_title = f"{self.label} {len(self.items)}"

    # Subclasses provide these two.

    def item_parts(self, item: Item) -> list[tuple[str, str]]:
        """Return an item as ``(text, component)`` parts; component "" is plain text."""
        raise NotImplementedError

    def copied(self, item: Item) -> Copied:
        """Return what copying ``item`` puts on the clipboard, and what the toast calls it."""
        raise NotImplementedError

    def items_of(self, brief: Brief) -> Sequence[Item]:
        """Return the items of ``brief`` this pane lists (its field called ``pane_name``)."""
        items: Sequence[Item] = getattr(brief, self.pane_name)
        return items

    def empty_message(self) -> str:
        """Return what the pane says when the article has none of its items."""
        return f"No {self.noun}s found in this article."

    # The list.

    def on_mount(self) -> None:
        """Fill the list once styles are known, so item parts can use the pane's tcss."""
        keep_scrollbar(self)
        self._rebuild(self._initial)

    def notify_style_update(self) -> None:
        """Rebuild the prompts when the theme (and so the component styles) changes."""
        super().notify_style_update()
        if self.is_mounted and self._styles_key != self._component_key():
            self._rebuild(self.highlighted)

    def _component_key(self) -> object:
        return tuple(
            self.get_visual_style(name, partial=True) for name in sorted(self.COMPONENT_CLASSES)
        )

    def _prompt(self, item: Item) -> Content:
        prompt = styled_parts(self, "digest-pane", self.item_parts(item))
        if self.pattern:
            # The whole style, not a partial one: a partial style drops an opaque background,
            # and a match is marked by its background.
            match_style = self.get_visual_style("digest-pane--match")
            for start, end in self.pattern.find(prompt.plain):
                prompt = prompt.stylize(match_style, start, end)
        return prompt

    def _rebuild(self, highlighted: int | None) -> None:
        self._styles_key = self._component_key()
        self.clear_options()
        if not self.items:
            self.add_option(Option(self.empty_message(), disabled=True))
            return
        options: list[Option | None] = []
        for index, item in enumerate(self.items):
            options.append(Option(self._prompt(item), id=f"{self.pane_name}-{index}"))
            if index < len(self.items) - 1:
                options.append(None)
        self.add_options(options)
        if highlighted is not None:
            self.highlighted = min(max(highlighted, 0), len(self.items) - 1)

    @property
    def selected_item(self) -> Item | None:
        """The highlighted item, or ``None`` when the pane is empty."""
        if self.highlighted is None or not self.items:
            return None
        return self.items[self.highlighted]

    def search_text(self, item: Item) -> str:
        """Return the text search looks in for ``item`` (what the pane shows)."""
        return "".join(text for text, _ in self.item_parts(item))

    # Search.

    def set_search(self, query: str | SearchPattern) -> int:
        """Mark the items matching ``query`` (see :mod:`briefreader.tui.search`); return how
        many do."""
        pattern = self.pattern = as_pattern(query)
        self.matches = [
            index
            for index, item in enumerate(self.items)
            if pattern and pattern.find(self.search_text(item))
        ]
        self.border_subtitle = f"{len(self.matches)} matching" if pattern else ""
        self._rebuild(self.highlighted)
        return len(self.matches)

    def go_to_match(self, number: int, *, reveal: bool = True) -> None:
        """Select the item of match ``number`` (an index into ``matches``); the list scrolls
        to it whatever ``reveal`` says (the search asks the article not to)."""
        self.highlighted = self.matches[number]

    # Copying.

    def action_copy_item(self) -> None:
        """Copy the selected item with its source (or say that the article has none)."""
        item = self.selected_item
        if item is None:
            nothing_copied(self, f"This article has no {self.pane_name}.")
            return
        copy(self, self.copied(item))

    # Going to the source.

    @staticmethod
    def sentence_of(item: Item) -> Span:
        """Return the span to highlight in the article: the item's sentence, else its span."""
        sentence = getattr(item, "sentence", None)
        return sentence if sentence is not None else item.span

    @on(OptionList.OptionSelected)
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        item = self.selected_item
        if item is None or self.highlighted is None:
            return
        self.post_message(
            ItemChosen(self.pane_name, self.highlighted, item.span, self.sentence_of(item))
        )
