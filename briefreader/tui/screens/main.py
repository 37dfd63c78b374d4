"""The main screen: header, the three digest panes and the article."""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from textual import events, on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import LoadingIndicator, Static
from textual.worker import get_current_worker

from briefreader.defaults import DEFAULT_FACTS_SHOWN
from briefreader.model import Article, Brief, Quote, Span
from briefreader.render import citations
from briefreader.sources import ArticleSource
from briefreader.tui import clipboard
from briefreader.tui.commands import ReaderCommands
from briefreader.tui.messages import (
    ArticleChosen,
    ArticleFailed,
    ArticleLoaded,
    BriefingItemChosen,
    BriefLoaded,
    ItemChosen,
    LoadFailed,
    SearchCancelled,
    SearchSubmitted,
)
from briefreader.tui.widgets.article_list import ArticleList, Row
from briefreader.tui.widgets.article_view import ArticleView
from briefreader.tui.widgets.brief_header import BriefHeader
from briefreader.tui.widgets.digest_pane import DigestPane
from briefreader.tui.widgets.facts_pane import FactsPane
from briefreader.tui.widgets.figures_pane import FiguresPane
from briefreader.tui.widgets.key_bar import KeyBar
from briefreader.tui.widgets.quotes_pane import QuotesPane
from briefreader.tui.widgets.search_bar import SearchBar

PANES: tuple[str, ...] = ("facts", "quotes", "figures", "article")
"""Pane names in key order: ``1`` is facts ... ``4`` is the article."""

NARROW_BELOW = 100
"""Terminals narrower than this many columns show the panes as tabs."""

Loader = Callable[[], Brief]

LOAD_WORKERS = 4
"""How many articles of a briefing load at the same time."""

if TYPE_CHECKING:
    from concurrent.futures import Future

    from textual.widgets import TabbedContent

    from briefreader.briefing import Briefing
    from briefreader.config import Config
    from briefreader.tui.widgets.briefing_view import BriefingView

# Imported where used: the tabs (narrow screens only) and the briefing view (``b`` only), so
# that the first screen does not pay for them.


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
        Binding("slash", "search", "Search", id="search"),
        Binding("n", "next_match(True)", "Next match", id="next_match"),
        Binding("N", "next_match(False)", "Prev match", id="previous_match"),
        Binding("escape", "clear", "Clear", show=False),
        Binding("Y", "copy_all_quotes", "Copy all quotes", show=False, id="copy_all_quotes"),
        Binding("c", "copy_item", "Copy", show=False, id="copy_item"),
        Binding("right_square_bracket", "next_article", "Next article", id="next_article"),
        Binding("left_square_bracket", "previous_article", "Prev article", id="previous_article"),
        Binding("b", "briefing", "Briefing", id="briefing"),
        Binding("e", "export", "Export", show=False, id="export"),
        Binding("l", "focus_list", "Article list", show=False, id="focus_list"),
    ]

    def __init__(
        self,
        loader: Loader,
        source: str,
        *,
        use_system_clipboard: bool = True,
        sources: Sequence[ArticleSource] | None = None,
        config: Config | None = None,
        first_read: Future[Brief] | None = None,
    ) -> None:
        """Read the brief with ``loader`` (called in a thread); ``source`` names the file.

        With ``sources`` (more than one), the screen is a briefing: an article list beside the
        panes, the articles loading in parallel workers, ``[``/``]`` and ``b``. ``config``
        brings the number of facts shown and the quote template. ``first_read`` is the first
        article's read, already started (:func:`~briefreader.sources.start_loading`):
        the screen waits for it instead of calling the first loader again.
        """
        super().__init__(id="main")
        self.loader = loader
        self.source = source
        self.sources: list[ArticleSource] = (
            list(sources) if sources else [ArticleSource(source, loader)]
        )
        self.multi = len(self.sources) > 1
        self.config = config
        self.first_read = first_read
        self.facts_shown = config.facts_shown if config is not None else DEFAULT_FACTS_SHOWN
        self.rows: list[Row] = [Row(item.name) for item in self.sources]
        self.order: list[int] = list(range(len(self.sources)))
        self.current = 0
        self.show_briefing = False
        self.briefing: Briefing | None = None
        self._briefing_sources: list[int] = []
        self._queue: queue.SimpleQueue[int] = queue.SimpleQueue()
        self._first_painted = threading.Event()
        """Set once the first article (or its failure) is on screen: until then the loading
        worker holds the other articles back, so their rows do not slow that first paint."""
        self._first_exit_code = 1
        self._list_auto_focus = False
        self.use_system_clipboard = use_system_clipboard
        self.brief: Brief | None = None
        self.narrow = False
        self.active_pane = "facts"
        self.selected: dict[str, int | None] = {name: 0 for name in PANES[:3]}
        self.highlight: Span | None = None
        self.search_query = ""
        self._article_scroll = 0.0
        self._search_from = "facts"
        self._shows_article = False

    # Building the screen.

    def compose(self) -> ComposeResult:
        """The loading state until the brief is there, then the header, panes and article.

        A briefing adds the article list on the left, and ``b`` swaps the panes for the
        briefing view.
        """
        if self.multi:
            yield from self._compose_briefing()
        elif self.brief is None:
            yield BriefHeader(Path(self.source).name or self.source, "Reading…")
            yield from self._compose_loading(self.source)
        else:
            yield BriefHeader.for_article(self.brief.article)
            yield from self._compose_panes(self.brief)
        yield SearchBar()
        yield KeyBar()

    def _compose_loading(self, source: str) -> ComposeResult:
        with Vertical(id="loading"):
            yield LoadingIndicator()
            yield Static(f"Reading {source}…", id="loading-label", markup=False)

    def _compose_panes(self, brief: Brief) -> ComposeResult:
        panes = self._make_panes(brief)
        if self.narrow:
            from textual.widgets import TabbedContent, TabPane

            with TabbedContent(id="tabs", initial=f"tab-{self.active_pane}"):
                for pane in panes:
                    with TabPane(self._tab_label(pane), id=f"tab-{pane.pane_name}"):
                        yield pane
        else:
            with Horizontal(id="wide"):
                with Vertical(id="digest"):
                    yield from panes[:3]
                yield panes[3]

    def _compose_briefing(self) -> ComposeResult:
        row = self.rows[self.current]
        if self.show_briefing and self.briefing is not None:
            count = len(self.briefing.briefs)
            yield BriefHeader(
                f"Briefing: {count} article{'s' if count != 1 else ''}", self.progress_text
            )
        elif row.brief is not None:
            yield BriefHeader.for_article(row.brief.article)
        else:
            yield BriefHeader(row.name, "Could not be read" if row.reason else "Reading…")
        with Horizontal(id="multi"):
            article_list = ArticleList(self.rows, self.order, self.current, self.facts_shown)
            article_list.border_subtitle = self.progress_text
            article_list.set_class(self.narrow, "-narrow")
            yield article_list
            with Vertical(id="reader"):
                if self.show_briefing and self.briefing is not None:
                    from briefreader.tui.widgets.briefing_view import BriefingView

                    yield BriefingView(
                        self.briefing, self._briefing_sources, self._label, narrow=self.narrow
                    )
                elif row.brief is not None:
                    yield from self._compose_panes(row.brief)
                elif row.reason is not None:
                    with Vertical(id="article-failed") as box:
                        box.border_title = "Could not read this article"
                        yield Static(row.reason, id="article-failed-reason", markup=False)
                        yield Static(
                            "Press ] or [ for the next or previous article, b for the briefing.",
                            id="article-failed-hint",
                            markup=False,
                        )
                else:
                    yield from self._compose_loading(self.sources[self.current].path)

    def _make_panes(self, brief: Brief) -> list[Widget]:
        if len(brief.facts) > self.facts_shown:
            brief = replace(brief, facts=brief.facts[: self.facts_shown])
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
        """Start reading the file (or, for a briefing, the first article, then the rest)."""
        if not self.multi:
            self._load()
            return
        self.narrow = self.app.size.width < NARROW_BELOW
        self._list_auto_focus = True  # Textual focuses the list first; that is not the reader
        for index in self.order:
            self._queue.put(index)
        # The first article alone first, so it shows as fast as a single file; the other
        # workers start once it is in (see _article_done).
        self._load_many()

    @work(thread=True, exclusive=True, exit_on_error=False, group="load")
    def _load(self) -> None:
        from briefreader.errors import BriefreaderError

        try:
            brief = self.first_read.result() if self.first_read is not None else self.loader()
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
        import gc

        # The first article is going on screen: garbage collection may resume after it.
        self.call_after_refresh(gc.enable)
        self.brief = event.brief
        self.narrow = self.app.size.width < NARROW_BELOW
        await self._relayout()

    @on(LoadFailed)
    def _failed(self, event: LoadFailed) -> None:
        from briefreader.tui.screens.error import ErrorScreen

        self.app.switch_screen(ErrorScreen(event.message, event.exit_code))

    # Loading a briefing.

    @work(thread=True, exit_on_error=False, group="load-many")
    def _load_many(self) -> None:
        from briefreader.errors import BriefreaderError

        worker = get_current_worker()
        posted = False
        while not worker.is_cancelled:
            if posted and not self._first_painted.is_set():
                self._first_painted.wait(0.05)
                continue
            posted = True
            try:
                index = self._queue.get_nowait()
            except queue.Empty:
                return
            source = self.sources[index]
            try:
                if index == 0 and self.first_read is not None:
                    brief = self.first_read.result()
                else:
                    brief = source.loader()
            except BriefreaderError as error:
                self.post_message(ArticleFailed(index, str(error), error.exit_code))
            except Exception as error:  # a bug in one article must not end the briefing
                self.post_message(
                    ArticleFailed(
                        index,
                        f"{source.path}: unexpected error ({type(error).__name__}: {error}); "
                        "this is a bug, please report it",
                    )
                )
            else:
                self.post_message(ArticleLoaded(index, brief))

    def _start_more_workers(self) -> None:
        self._first_painted.set()
        for _ in range(min(LOAD_WORKERS, len(self.sources)) - 1):
            self._load_many()

    @property
    def loaded_count(self) -> int:
        """How many sources have been read (or failed) so far."""
        return sum(row.state != "loading" for row in self.rows)

    @property
    def progress_text(self) -> str:
        """ "3/40 loaded", with the failures when there are some."""
        done = self.loaded_count
        failed = sum(row.state == "failed" for row in self.rows)
        text = f"{done}/{len(self.rows)} loaded"
        if failed:
            text += f" · {failed} failed"
        return text

    @property
    def all_done(self) -> bool:
        """True once every source has been read or has failed."""
        return self.loaded_count == len(self.rows)

    @property
    def article_list(self) -> ArticleList:
        """The sidebar of a briefing."""
        return self.query_one(ArticleList)

    @on(ArticleLoaded)
    async def _article_loaded(self, event: ArticleLoaded) -> None:
        await self._article_done(event.index, Row(self.rows[event.index].name, event.brief))

    @on(ArticleFailed)
    async def _article_failed(self, event: ArticleFailed) -> None:
        if all(row.state != "failed" for row in self.rows):
            self._first_exit_code = event.exit_code
        await self._article_done(event.index, Row(self.rows[event.index].name, reason=event.reason))

    async def _article_done(self, index: int, row: Row) -> None:
        first = self.loaded_count == 0
        self.rows[index] = row
        if self.query(ArticleList):
            self.article_list.update_row(index, row)
            self.article_list.border_subtitle = self.progress_text
        if index == self.current and not self.show_briefing:
            self.brief = row.brief
            await self._relayout()
        if first:
            # Only once the first article is painted: the workers would slow its paint.
            self.call_after_refresh(self._start_more_workers)
        if self.all_done:
            await self._all_done()

    async def _all_done(self) -> None:
        if all(row.state == "failed" for row in self.rows):
            from briefreader.tui.screens.error import ErrorScreen

            first = next(row.reason for row in self.rows if row.reason)
            self.app.switch_screen(
                ErrorScreen(
                    f"None of the {len(self.rows)} articles could be read. The first: {first}",
                    self._first_exit_code,
                )
            )
            return
        from briefreader.sources import order_by_date

        sources = [self.sources[i] for i in self.order]
        ordered = order_by_date(sources, list(self.order), self._date_of)
        order = [index for _, index in ordered]
        if order != self.order:
            self.order = order
            if self.query(ArticleList):
                self.article_list.set_order(order)
        if self.show_briefing:
            self.briefing, self._briefing_sources = self._build_briefing()
            await self._relayout()
        self.notify(f"All {len(self.rows)} articles read ({self.progress_text}).", title="Briefing")

    def _date_of(self, index: int) -> str | None:
        brief = self.rows[index].brief
        return brief.article.date if brief is not None else None

    def _label(self, position: int) -> str:
        """Name article ``position`` of the briefing in its rows: "[2] The Korea Times"."""
        from briefreader.briefing import source_label

        assert self.briefing is not None
        label = source_label(self.briefing.briefs[position].article)
        if len(label) > 32:
            label = label[:31].rstrip() + "…"
        return f"[{position + 1}] {label}"

    def _build_briefing(self) -> tuple[Briefing, list[int]]:
        from briefreader.briefing import FailedSource, build_briefing

        loaded = [index for index in self.order if self.rows[index].brief is not None]
        failed = [
            FailedSource(self.sources[index].path, self.rows[index].reason or "")
            for index in self.order
            if self.rows[index].state == "failed"
        ]
        briefs = [self.rows[index].brief for index in loaded]
        briefing = build_briefing(
            [brief for brief in briefs if brief is not None],
            max_facts=self.facts_shown,
            failed=failed,
        )
        return briefing, loaded

    # Moving between articles.

    async def show_article(self, index: int, sentence: Span | None = None) -> None:
        """Show source ``index`` in the panes; with ``sentence``, highlight it in the article."""
        self.current = index
        self.show_briefing = False
        self.brief = self.rows[index].brief
        self.selected = {name: 0 for name in PANES[:3]}
        self.highlight = sentence
        self._article_scroll = 0.0
        if sentence is not None:
            self.active_pane = "article"
        elif self.active_pane not in PANES:
            self.active_pane = "facts"
        await self._relayout()

    async def _step_article(self, step: int) -> None:
        position = self.order.index(self.current) + step
        if not 0 <= position < len(self.order):
            self.notify(
                "This is the last article." if step > 0 else "This is the first article.",
                title="Articles",
            )
            return
        await self.show_article(self.order[position])

    async def action_next_article(self) -> None:
        """Show the next article of the list."""
        await self._step_article(1)

    async def action_previous_article(self) -> None:
        """Show the previous article of the list."""
        await self._step_article(-1)

    def action_focus_list(self) -> None:
        """Focus the article list."""
        if self.query(ArticleList):
            self._list_auto_focus = False
            self.article_list.focus()

    @on(ArticleChosen)
    async def _article_chosen(self, event: ArticleChosen) -> None:
        self._list_auto_focus = True  # choosing an article takes the reader to its panes
        if event.index != self.current or self.show_briefing:
            await self.show_article(event.index)
        elif self.is_loaded:
            self.pane(self.active_pane).focus()

    # The briefing view.

    async def action_briefing(self) -> None:
        """Show the briefing of every loaded article, or go back to the current article."""
        if self.show_briefing:
            await self.show_article(self.current)
            return
        if not any(row.brief is not None for row in self.rows):
            self.notify("No article is loaded yet.", title="Briefing", severity="warning")
            return
        if self.is_loaded:
            self._save_state()
        self.briefing, self._briefing_sources = self._build_briefing()
        self.show_briefing = True
        if self.active_pane not in PANES[:3]:
            self.active_pane = "facts"
        await self._relayout()
        if not self.all_done:
            self.notify(
                f"Briefing of the {len(self._briefing_sources)} articles read so far "
                "(it updates when all are in).",
                title="Briefing",
            )

    @property
    def briefing_view(self) -> BriefingView:
        """The briefing view (when shown)."""
        from briefreader.tui.widgets.briefing_view import BriefingView

        return self.query_one(BriefingView)

    @on(BriefingItemChosen)
    async def _briefing_item_chosen(self, event: BriefingItemChosen) -> None:
        await self.show_article(event.index, event.sentence)

    # Export.

    def action_export(self) -> None:
        """Ask for a file name and write the briefing of the loaded articles there."""
        from briefreader.defaults import DEFAULT_EXPORT_NAME
        from briefreader.tui.screens.export import ExportScreen

        count = sum(row.brief is not None for row in self.rows)
        if not count:
            self.notify("No article is loaded yet.", title="Export", severity="warning")
            return
        self.app.push_screen(ExportScreen(DEFAULT_EXPORT_NAME, count), self._export_to)

    def _export_to(self, name: str | None) -> None:
        if not name:
            return
        from briefreader.render import ExportFailed, export_file, render_briefing_markdown, resolve

        briefing, loaded = self._build_briefing()
        try:
            path = export_file(resolve(name), render_briefing_markdown(briefing))
        except ExportFailed as error:
            self.notify(str(error), title="Export failed", severity="error")
            return
        count = len(loaded)
        waiting = len(self.rows) - self.loaded_count
        note = f" ({waiting} still loading)" if waiting else ""
        self.notify(
            f"Wrote the briefing of {count} article{'s' if count != 1 else ''} to {path}{note}",
            title="Exported",
        )

    async def on_resize(self, event: events.Resize) -> None:
        """Switch between side-by-side and tabs when the width crosses the breakpoint."""
        narrow = event.size.width < NARROW_BELOW
        if (self.brief is not None or self.multi) and narrow != self.narrow:
            self._save_state()
            self.narrow = narrow
            await self._relayout()

    def _save_state(self) -> None:
        if not self.is_loaded:
            return
        for name in PANES[:3]:
            self.selected[name] = self.digest_pane(name).highlighted
        self._article_scroll = self.article.scroll_y

    async def _relayout(self) -> None:
        # Keep the list focused if the reader put the focus there, not if we did (loading).
        list_focused = isinstance(self.focused, ArticleList) and not self._list_auto_focus
        list_cursor = self.article_list.highlighted if self.query(ArticleList) else None
        if not await self._swap_in_panes():
            await self.recompose()
        self._after_layout(list_focused, list_cursor)

    async def _swap_in_panes(self) -> bool:
        """The usual first paint of an article: swap the header and the loading state for the
        panes, keeping everything else (the article list, search bar and footer) as it is.
        False when the screen needs a full recompose instead."""
        loading = self.query("#loading")
        brief = self.brief
        if brief is None or self.narrow or self.show_briefing or not loading:
            return False
        if self.multi and self.rows[self.current].brief is not brief:
            return False
        panes = self._make_panes(brief)
        old_loading = loading.first()
        parent = old_loading.parent
        assert parent is not None
        with self.app.batch_update():
            await self.query_one(BriefHeader).remove()
            await self.mount(BriefHeader.for_article(brief.article), before=0)
            await parent.mount(
                Horizontal(Vertical(*panes[:3], id="digest"), panes[3], id="wide"),
                before=old_loading,
            )
            await old_loading.remove()
        return True

    def _after_layout(self, list_focused: bool, list_cursor: int | None = None) -> None:
        """Restore focus, search matches, highlight and scroll after the panes were built."""
        self._shows_article = bool(self.query(ArticleView))
        if self.multi:
            if list_cursor is not None:
                self.article_list.highlighted = list_cursor
            if self.show_briefing:
                name = self.active_pane if self.active_pane in PANES[:3] else "facts"
                self.briefing_view.column(name).focus()
                return
            if not self.is_loaded or list_focused:
                self.article_list.focus()
                self._list_auto_focus = not list_focused
                if not self.is_loaded:
                    return
        if self.narrow and self.query("#tabs Tabs"):
            self.query_one("#tabs Tabs").can_focus = False
        if self.search_query:
            self._apply_search(self.search_query)
        article = self.article
        if self.highlight is not None:
            article.show_source(self.highlight)
        elif self._article_scroll:
            scroll_y = self._article_scroll
            article.call_after_refresh(article.scroll_to, y=scroll_y, animate=False)
        if not list_focused:
            self.pane(self.active_pane).focus()

    # Panes.

    @property
    def is_loaded(self) -> bool:
        """True once the brief is shown (the key bindings ask often: no DOM query here)."""
        return self.brief is not None and self._shows_article

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
        if not isinstance(event.widget, ArticleList):
            self._list_auto_focus = False
        name = getattr(event.widget, "pane_name", None)
        if name in PANES:
            self.active_pane = name

    def on_tabbed_content_tab_activated(self, event: TabbedContent.TabActivated) -> None:
        """Focus the pane whose tab the reader clicked."""
        name = (event.pane.id or "").removeprefix("tab-")
        if name in PANES and name != self.active_pane:
            self.pane(name).focus()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Offer the brief's actions only once it is loaded, and n/N only during a search."""
        if action == "next_match":
            return bool(self.search_query) and self.is_loaded
        if action in {"next_article", "previous_article", "briefing", "focus_list"}:
            return self.multi
        if action in {"show_pane", "cycle_pane"}:
            return self.is_loaded or self.show_briefing
        if action in {"search", "clear", "copy_all_quotes"}:
            return self.is_loaded
        return True

    def action_show_pane(self, name: str) -> None:
        """Focus pane ``name``, switching tab first when the panes are tabs."""
        if self.show_briefing and name in PANES[:3] and self.query("#briefing-view"):
            self.active_pane = name
            self.set_focus(self.briefing_view.column(name))
            return
        if not self.is_loaded or name not in PANES:
            return
        self.active_pane = name
        if self.narrow:
            from textual.widgets import TabbedContent

            self.query_one("#tabs", TabbedContent).active = f"tab-{name}"
        # Focus now, not after a refresh, so keys typed ahead ("2j") reach the new pane.
        self.set_focus(self.pane(name))

    def action_cycle_pane(self, step: int) -> None:
        """Focus the next (``step`` 1) or previous (``step`` -1) pane."""
        names = PANES[:3] if self.show_briefing else PANES
        index = names.index(self.active_pane) if self.active_pane in names else -step
        self.action_show_pane(names[(index + step) % len(names)])

    # Going to the source.

    def action_go_to_source(self) -> None:
        """Show the selected item of the focused digest pane in the article."""
        if self.show_briefing:
            from briefreader.tui.widgets.briefing_view import BriefingColumn

            if isinstance(self.focused, BriefingColumn):
                self.focused.action_select()
                return
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
        if self.show_briefing:
            self._copy_briefing_row("quotes")
            return
        if not self.is_loaded or self.brief is None:
            return
        quote = self.digest_pane("quotes").selected_item
        if quote is None:
            clipboard.report_nothing_copied(self.app, "This article has no quotes.")
            return
        self._copy(
            self.quote_text(quote, self.brief.article), f"quote by {citations.speaker_of(quote)}"
        )

    def quote_text(self, quote: Quote, article: Article) -> str:
        """What ``y`` copies: the settings' ``quote_template`` when the user set one, else
        ``"…" — Speaker`` with ``(Title, Site)`` below (:func:`citations.quote_text`)."""
        template = self.config.quote_template if self.config is not None else None
        return citations.quote_text(quote, article, template)

    def action_copy_all_quotes(self) -> None:
        """Copy every quote as Markdown."""
        if not self.is_loaded or self.brief is None:
            return
        count = len(self.brief.quotes)
        if not count:
            clipboard.report_nothing_copied(self.app, "This article has no quotes.")
            return
        self._copy(
            citations.quotes_markdown(self.brief),
            f"{count} quote{'s' if count != 1 else ''} as Markdown",
        )

    def action_copy_item(self) -> None:
        """Copy the selected fact or figure (or quote) of the focused pane."""
        if self.show_briefing:
            self._copy_briefing_row(self.active_pane)
            return
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
            self._copy(citations.fact_citation(item, article), "key fact")
        else:
            self._copy(citations.figure_citation(item, article), f"figure {item.value}")

    def _copy_briefing_row(self, name: str) -> None:
        """Copy the selected row of the briefing's ``name`` column, as ``c``/``y`` copy an
        item of one article (with that article's title and site)."""
        from briefreader.briefing import BriefingFact

        if self.briefing is None or not self.query("#briefing-view"):
            return
        if name not in PANES[:3]:
            name = "facts"
        row = self.briefing_view.column(name).selected_row
        if row is None or row.item is None or row.article is None:
            clipboard.report_nothing_copied(
                self.app, f"Select an item in the {name} column first (headings are not copied)."
            )
            return
        article = self.briefing.briefs[row.article].article
        item = row.item
        if isinstance(item, Quote):
            self._copy(self.quote_text(item, article), f"quote by {citations.speaker_of(item)}")
        elif isinstance(item, BriefingFact):
            self._copy(citations.fact_citation(item, article), "key fact")  # type: ignore[arg-type]
        else:
            self._copy(citations.figure_citation(item, article), f"figure {item.value}")

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
