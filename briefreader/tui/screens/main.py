"""The main screen: header, the three digest panes and the article."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import ClassVar

from textual import events, on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Footer, LoadingIndicator, Static, TabbedContent, TabPane, Tabs

from briefreader.model import Brief, Span
from briefreader.tui import clipboard, formats
from briefreader.tui.commands import ReaderCommands
from briefreader.tui.messages import (
    BriefLoaded,
    ItemChosen,
    LoadFailed,
    SearchCancelled,
    SearchSubmitted,
)
from briefreader.tui.widgets.article_view import ArticleView
from briefreader.tui.widgets.brief_header import BriefHeader
from briefreader.tui.widgets.digest_pane import DigestPane
from briefreader.tui.widgets.facts_pane import FactsPane
from briefreader.tui.widgets.figures_pane import FiguresPane
from briefreader.tui.widgets.quotes_pane import QuotesPane
from briefreader.tui.widgets.search_bar import SearchBar

PANES: tuple[str, ...] = ("facts", "quotes", "figures", "article")
"""Pane names in key order: ``1`` is facts ... ``4`` is the article."""

NARROW_BELOW = 100
"""Terminals narrower than this many columns show the panes as tabs."""

Loader = Callable[[], Brief]


class MainScreen(Screen[None]):
    """Loads the brief in a worker, then shows it: side by side when wide, as tabs when narrow.

    The screen owns what survives a change of layout: the focused pane, each pane's selected
    item, the highlighted sentence and the search.
    """

    COMMANDS = {ReaderCommands}

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("1", "show_pane('facts')", "Facts", show=False),
        Binding("2", "show_pane('quotes')", "Quotes", show=False),
        Binding("3", "show_pane('figures')", "Figures", show=False),
        Binding("4", "show_pane('article')", "Article", show=False),
        Binding("tab", "cycle_pane(1)", "Next pane", show=False),
        Binding("shift+tab", "cycle_pane(-1)", "Previous pane", show=False),
        Binding("slash", "search", "Search"),
        Binding("n", "next_match(True)", "Next match"),
        Binding("N", "next_match(False)", "Prev match"),
        Binding("escape", "clear", "Clear", show=False),
        Binding("Y", "copy_all_quotes", "Copy all quotes", show=False),
        Binding("c", "copy_item", "Copy", show=False),
    ]

    def __init__(self, loader: Loader, source: str, *, use_system_clipboard: bool = True) -> None:
        """Read the brief with ``loader`` (called in a thread); ``source`` names the file."""
        super().__init__(id="main")
        self.loader = loader
        self.source = source
        self.use_system_clipboard = use_system_clipboard
        self.brief: Brief | None = None
        self.narrow = False
        self.active_pane = "facts"
        self.selected: dict[str, int | None] = {name: 0 for name in PANES[:3]}
        self.highlight: Span | None = None
        self.search_query = ""
        self._article_scroll = 0.0
        self._search_from = "facts"

    # Building the screen.

    def compose(self) -> ComposeResult:
        """The loading state until the brief is there, then the header, panes and article."""
        if self.brief is None:
            yield BriefHeader(Path(self.source).name or self.source, "Reading…")
            with Vertical(id="loading"):
                yield LoadingIndicator()
                yield Static(f"Reading {self.source}…", id="loading-label", markup=False)
        else:
            brief = self.brief
            yield BriefHeader.for_article(brief.article)
            panes = self._make_panes(brief)
            if self.narrow:
                with TabbedContent(id="tabs", initial=f"tab-{self.active_pane}"):
                    for pane in panes:
                        with TabPane(self._tab_label(pane), id=f"tab-{pane.pane_name}"):
                            yield pane
            else:
                with Horizontal(id="wide"):
                    with Vertical(id="digest"):
                        yield from panes[:3]
                    yield panes[3]
        yield SearchBar()
        yield Footer()

    def _make_panes(self, brief: Brief) -> list[Widget]:
        digest: list[Widget] = [
            pane_class(brief, initial=self.selected[pane_class.pane_name])
            for pane_class in (FactsPane, QuotesPane, FiguresPane)
        ]
        return [*digest, ArticleView(brief.article)]

    @staticmethod
    def _tab_label(pane: Widget) -> str:
        if isinstance(pane, DigestPane):
            return f"{pane.label} {len(pane.items)}"
        return "Article"

    def on_mount(self) -> None:
        """Start reading the file."""
        self._load()

    @work(thread=True, exclusive=True, exit_on_error=False, group="load")
    def _load(self) -> None:
        from briefreader.errors import BriefreaderError

        try:
            brief = self.loader()
        except BriefreaderError as error:
            self.post_message(LoadFailed(str(error), error.exit_code))
        except Exception as error:  # a bug, but the reader deserves a screen, not a traceback
            self.post_message(
                LoadFailed(
                    f"{self.source}: unexpected error ({type(error).__name__}: {error}); "
                    "this is a bug, please report it",
                    1,
                )
            )
        else:
            self.post_message(BriefLoaded(brief))

    @on(BriefLoaded)
    async def _loaded(self, event: BriefLoaded) -> None:
        self.brief = event.brief
        self.narrow = self.app.size.width < NARROW_BELOW
        await self._relayout()

    @on(LoadFailed)
    def _failed(self, event: LoadFailed) -> None:
        from briefreader.tui.screens.error import ErrorScreen

        self.app.switch_screen(ErrorScreen(event.message, event.exit_code))

    async def on_resize(self, event: events.Resize) -> None:
        """Switch between side-by-side and tabs when the width crosses the breakpoint."""
        narrow = event.size.width < NARROW_BELOW
        if self.brief is not None and narrow != self.narrow:
            self._save_state()
            self.narrow = narrow
            await self._relayout()

    def _save_state(self) -> None:
        for name in PANES[:3]:
            self.selected[name] = self.digest_pane(name).highlighted
        self._article_scroll = self.article.scroll_y

    async def _relayout(self) -> None:
        await self.recompose()
        if self.narrow:
            self.query_one(Tabs).can_focus = False
        if self.search_query:
            self._apply_search(self.search_query)
        article = self.article
        if self.highlight is not None:
            article.show_source(self.highlight)
        elif self._article_scroll:
            scroll_y = self._article_scroll
            article.call_after_refresh(article.scroll_to, y=scroll_y, animate=False)
        self.pane(self.active_pane).focus()

    # Panes.

    @property
    def is_loaded(self) -> bool:
        """True once the brief is shown."""
        return self.brief is not None and bool(self.query(ArticleView))

    def pane(self, name: str) -> Widget:
        """Return the pane called ``name`` (facts, quotes, figures or article)."""
        return self.query_one(f"#{name}-pane")

    def digest_pane(self, name: str) -> DigestPane:
        """Return the digest pane called ``name`` (facts, quotes or figures)."""
        return self.query_one(f"#{name}-pane", DigestPane)

    @property
    def article(self) -> ArticleView:
        """The article pane."""
        return self.query_one(ArticleView)

    @on(events.DescendantFocus)
    def _focus_moved(self, event: events.DescendantFocus) -> None:
        name = getattr(event.widget, "pane_name", None)
        if name in PANES:
            self.active_pane = name

    @on(TabbedContent.TabActivated)
    def _tab_activated(self, event: TabbedContent.TabActivated) -> None:
        name = (event.pane.id or "").removeprefix("tab-")
        if name in PANES and name != self.active_pane:
            self.pane(name).focus()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Offer the brief's actions only once it is loaded, and n/N only during a search."""
        if action == "next_match":
            return bool(self.search_query) and self.is_loaded
        if action in {"show_pane", "cycle_pane", "search", "clear", "copy_all_quotes"}:
            return self.is_loaded
        return True

    def action_show_pane(self, name: str) -> None:
        """Focus pane ``name``, switching tab first when the panes are tabs."""
        if not self.is_loaded or name not in PANES:
            return
        self.active_pane = name
        if self.narrow:
            self.query_one(TabbedContent).active = f"tab-{name}"
        # Focus now, not after a refresh, so keys typed ahead ("2j") reach the new pane.
        self.set_focus(self.pane(name))

    def action_cycle_pane(self, step: int) -> None:
        """Focus the next (``step`` 1) or previous (``step`` -1) pane."""
        index = PANES.index(self.active_pane)
        self.action_show_pane(PANES[(index + step) % len(PANES)])

    # Going to the source.

    def action_go_to_source(self) -> None:
        """Show the selected item of the focused digest pane in the article."""
        if self.is_loaded and self.active_pane in PANES[:3]:
            self.digest_pane(self.active_pane).action_select()

    @on(ItemChosen)
    def _item_chosen(self, event: ItemChosen) -> None:
        self.highlight = event.sentence
        if self.narrow:
            self.action_show_pane("article")
        self.article.show_source(event.sentence)

    # Copying.

    def _copy(self, text: str, what: str) -> None:
        clipboard.copy_text(self.app, text, what, use_system_tool=self.use_system_clipboard)

    def action_copy_quote(self) -> None:
        """Copy the selected quote with its speaker, title and site."""
        if not self.is_loaded or self.brief is None:
            return
        quote = self.digest_pane("quotes").selected_item
        if quote is None:
            clipboard.report_nothing_copied(self.app, "This article has no quotes.")
            return
        self._copy(
            formats.quote_citation(quote, self.brief.article),
            f"quote by {formats.speaker_of(quote)}",
        )

    def action_copy_all_quotes(self) -> None:
        """Copy every quote as Markdown."""
        if not self.is_loaded or self.brief is None:
            return
        count = len(self.brief.quotes)
        if not count:
            clipboard.report_nothing_copied(self.app, "This article has no quotes.")
            return
        self._copy(
            formats.quotes_markdown(self.brief),
            f"{count} quote{'s' if count != 1 else ''} as Markdown",
        )

    def action_copy_item(self) -> None:
        """Copy the selected fact or figure (or quote) of the focused pane."""
        if not self.is_loaded or self.brief is None:
            return
        article = self.brief.article
        name = self.active_pane
        if name == "quotes":
            self.action_copy_quote()
            return
        if name == "article":
            clipboard.report_nothing_copied(
                self.app, "Select a fact (1) or figure (3) first, then press c."
            )
            return
        item = self.digest_pane(name).selected_item
        if item is None:
            clipboard.report_nothing_copied(self.app, f"This article has no {name}.")
        elif name == "facts":
            self._copy(formats.fact_citation(item, article), "key fact")
        else:
            self._copy(formats.figure_citation(item, article), f"figure {item.value}")

    # Search.

    def action_search(self) -> None:
        """Open the search bar."""
        if not self.is_loaded:
            return
        self._search_from = self.active_pane
        bar = self.query_one(SearchBar)
        bar.value = self.search_query
        bar.add_class("-open")
        bar.focus()

    def _close_search_bar(self) -> None:
        self.query_one(SearchBar).remove_class("-open")
        self.action_show_pane(self._search_from)

    @on(SearchCancelled)
    def _search_cancelled(self) -> None:
        self._close_search_bar()

    @on(SearchSubmitted)
    def _search_submitted(self, event: SearchSubmitted) -> None:
        self._close_search_bar()
        counts = self._apply_search(event.query)
        self.refresh_bindings()
        if not event.query:
            return
        total = sum(counts.values())
        if not total:
            self.notify(f"No match for “{event.query}”.", title="Search", severity="warning")
            return
        here = self.active_pane
        if not counts[here]:
            here = "article" if counts["article"] else next(n for n in PANES if counts[n])
            self.action_show_pane(here)
        self._step(here, forward=True)
        summary = ", ".join(f"{counts[name]} in {name}" for name in PANES if counts[name])
        self.notify(f"“{event.query}”: {summary}. n / N step through them.", title="Search")

    def _apply_search(self, query: str) -> dict[str, int]:
        self.search_query = query
        counts = {name: self.digest_pane(name).set_search(query) for name in PANES[:3]}
        counts["article"] = self.article.set_search(query)
        return counts

    def _step(self, name: str, forward: bool) -> bool:
        if name == "article":
            return self.article.next_match(forward)
        return self.digest_pane(name).next_match(forward)

    def action_next_match(self, forward: bool = True) -> None:
        """Step to the next (or previous) match in the focused pane."""
        if not self.search_query:
            self.notify("Press / to search first.", title="Search")
            return
        if not self._step(self.active_pane, forward):
            self.notify(
                f"No match for “{self.search_query}” in {self.active_pane}.",
                title="Search",
                severity="warning",
            )

    def action_clear(self) -> None:
        """Clear the search marks; if there are none, clear the highlighted sentence."""
        if not self.is_loaded:
            return
        if self.search_query:
            self._apply_search("")
            self.refresh_bindings()
        elif self.highlight is not None:
            self.highlight = None
            self.article.clear_highlight()
