"""The screen of a briefing: the article list beside the panes of the current article, or
beside the briefing view (``b``) of every article read.

The articles load in workers (:class:`~briefreader.tui.loading.BriefingLoader`), the first
alone; :class:`~briefreader.tui.articles.Articles` keeps what each has become and the order
the list shows them in. ``]``/``[`` and the list move between articles, ``b`` swaps the panes
for the briefing view and back, ``e`` writes the briefing to a file.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, ClassVar

from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.widget import Widget
from textual.widgets import Static

from briefreader.model import Brief, Span
from briefreader.tui.articles import Articles, Row
from briefreader.tui.loading import BriefingLoader, already_read
from briefreader.tui.messages import (
    ArticleChosen,
    ArticleFailed,
    ArticleLoaded,
    BriefingItemChosen,
)
from briefreader.tui.screens.exporting import Exporting
from briefreader.tui.screens.panes import (
    DIGEST_PANES,
    NARROW_BELOW,
    PANES,
    PaneName,
    PanesScreen,
    as_pane,
)
from briefreader.tui.widgets.article_list import ArticleList
from briefreader.tui.widgets.brief_header import BriefHeader

if TYPE_CHECKING:
    from concurrent.futures import Future

    from briefreader.briefing import Briefing
    from briefreader.config import Config
    from briefreader.sources import ArticleSource
    from briefreader.tui.widgets.briefing_view import BriefingView

# Imported where used: the briefing view (``b`` only), so that the first screen does not pay
# for it.


def _plural(count: int) -> str:
    return f"{count} article{'s' if count != 1 else ''}"


class BriefingScreen(Exporting, PanesScreen):
    """Reads ``sources`` in workers and shows them: the article list on the left, and the
    current article (or the briefing view) beside it. ``first_read`` is the first source's
    read, already started: the screen waits for it instead of reading that source again."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("right_square_bracket", "next_article", "Next article", id="next_article"),
        Binding("left_square_bracket", "previous_article", "Prev article", id="previous_article"),
        Binding("b", "briefing", "Briefing", id="briefing"),
        Binding("s", "stories", "Stories", show=False, id="stories"),
        Binding("e", "export", "Export", show=False, id="export"),
        Binding("l", "focus_list", "Article list", show=False, id="focus_list"),
    ]

    multi: ClassVar[bool] = True

    def __init__(
        self,
        sources: Sequence[ArticleSource],
        *,
        config: Config | None = None,
        first_read: Future[Brief] | None = None,
    ) -> None:
        """Show ``sources``; ``config`` as in :class:`PanesScreen`."""
        super().__init__(config=config)
        self.articles = Articles(sources)
        self.loader = BriefingLoader(self, sources, first_read)
        self.current = 0
        self.show_briefing = False
        self.briefing: Briefing | None = None
        self._briefing_sources: list[int] = []
        self._list_auto_focus = False
        self._moved = False
        """Set once the reader opened an article: the list's new order then moves nothing."""
        self._loading_started = False
        """Set as the workers start: the read ahead is taken only by the compose before, so
        a later one (a resize) never shows source 0 that a worker is reading too."""

    # What the articles have become (see Articles).

    @property
    def sources(self) -> list[ArticleSource]:
        """The sources, by index."""
        return self.articles.sources

    @property
    def rows(self) -> list[Row]:
        """Each source's row, by source index."""
        return self.articles.rows

    @property
    def order(self) -> list[int]:
        """The source indexes in the order the list shows them."""
        return self.articles.order

    @property
    def loaded_count(self) -> int:
        """How many sources have been read (or failed) so far."""
        return self.articles.loaded_count

    @property
    def progress_text(self) -> str:
        """ "3/40 loaded", with the failures when there are some."""
        return self.articles.progress_text

    @property
    def all_done(self) -> bool:
        """True once every source has been read or has failed."""
        return self.articles.all_done

    # Building the screen.

    def compose_body(self) -> Iterable[Widget]:
        """The header, then the article list beside the current article or the briefing."""
        if not self._loading_started:
            self._take_first_read()
        yield self._header()
        with Horizontal(id="multi"):
            article_list = ArticleList(
                self.rows, self.order, self.current, self.facts_shown, self.articles.read
            )
            article_list.border_subtitle = self.articles.list_subtitle
            article_list.set_class(self.narrow, "-narrow")
            yield article_list
            with Vertical(id="reader"):
                yield from self._compose_reader()

    def _header(self) -> BriefHeader:
        row = self.rows[self.current]
        if self.show_briefing and self.briefing is not None:
            title = f"Briefing: {_plural(len(self.briefing.briefs))}"
            return BriefHeader(title, self.progress_text)
        if row.brief is not None:
            return BriefHeader.for_article(row.brief.article)
        return BriefHeader(row.name, "Could not be read" if row.reason else "Reading…")

    def _compose_reader(self) -> ComposeResult:
        row = self.rows[self.current]
        if self.show_briefing and self.briefing is not None:
            from briefreader.tui.widgets.briefing_view import BriefingView

            yield BriefingView(self.briefing, self._briefing_sources, narrow=self.narrow)
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

    def _take_first_read(self) -> None:
        """Source 0 in the first compose when its read ahead has ended already."""
        brief = already_read(self.loader.first_read) if self.current == 0 else None
        if brief is not None:
            self.articles.loaded(0, brief)
            self.articles.read.add(0)
            self.take_finished_read(brief)

    async def on_mount(self) -> None:
        """Start reading the first article (unless it is on screen already); the others
        follow once it is."""
        self.narrow = self.app.size.width < NARROW_BELOW
        self._list_auto_focus = True  # Textual focuses the list first; that is not the reader
        first_on_screen = self.brief is not None
        self._loading_started = True
        self.loader.start(self.order, first_on_screen=first_on_screen)
        if first_on_screen:
            self.composed_with_panes()
            # Only once the first article is painted: the workers would slow its paint.
            self.call_after_refresh(self.loader.first_shown)
            if self.all_done:
                await self._all_done()

    # Loading.

    @property
    def article_list(self) -> ArticleList:
        """The sidebar of a briefing."""
        return self.query_one(ArticleList)

    @on(ArticleLoaded)
    async def _article_loaded(self, event: ArticleLoaded) -> None:
        first = self.loaded_count == 0
        row = self.articles.loaded(event.index, event.brief)
        await self._article_done(event.index, row, first)

    @on(ArticleFailed)
    async def _article_failed(self, event: ArticleFailed) -> None:
        first = self.loaded_count == 0
        row = self.articles.failed(event.index, event.reason, event.exit_code)
        await self._article_done(event.index, row, first)

    async def _article_done(self, index: int, row: Row, first: bool) -> None:
        if self.query(ArticleList):
            self.article_list.update_row(index, row)
        if index == self.current and not self.show_briefing:
            self.brief = row.brief
            self.articles.read.add(index)
            await self._relayout()
        if self.query(ArticleList):
            self.article_list.border_subtitle = self.articles.list_subtitle
        if first:
            # Only once the first article is painted: the workers would slow its paint.
            self.call_after_refresh(self.loader.first_shown)
            self.collect_after_first_paint()
        if self.all_done:
            await self._all_done()

    async def _all_done(self) -> None:
        none_read = self.articles.none_read()
        if none_read is not None:
            self.show_error(none_read, self.articles.first_exit_code)
            return
        order = self.articles.by_date()
        if order != self.order:
            self.articles.order = order
            if self.query(ArticleList):
                self.article_list.set_order(order)
            if self._untouched():
                # The reader has not moved yet: open on the first article as the list sorts
                # them (a folder's by date), not the first by file name, read first.
                self.articles.read.discard(self.current)
                await self.show_article(order[0])
        if self.show_briefing:
            self.briefing, self._briefing_sources = self.articles.briefing(self.facts_shown)
            await self._relayout()
        self.notify(
            f"All {len(self.rows)} articles read ({self.progress_text}).",
            title="Briefing",
            markup=False,
        )

    # Laying out: the list keeps the focus the reader gave it.

    def _laid_out(self) -> bool:
        """A briefing's list is there from the start."""
        return True

    async def _relayout(self) -> None:
        """Build the reader's side again, keeping the list's cursor (and its focus, if the
        reader put the focus there, not if we did while loading)."""
        list_focused = isinstance(self.focused, ArticleList) and not self._list_auto_focus
        list_cursor = self.article_list.highlighted if self.query(ArticleList) else None
        await self._rebuild()
        if not self.query(ArticleList):
            return  # composed again meanwhile (a burst of resizes): that compose lays it out
        if list_cursor is not None:
            self.article_list.highlighted = list_cursor
        if self.show_briefing:
            name = self.active_pane if self.active_pane in DIGEST_PANES else "facts"
            self.briefing_view.show_column(name).focus()
            return
        if not self.is_loaded or list_focused:
            self.article_list.focus()
            self._list_auto_focus = not list_focused
            if not self.is_loaded:
                return
        self._restore_panes(focus=not list_focused)

    async def _swap_in_panes(self) -> bool:
        """As for one article, when the current article is the brief shown."""
        if self.show_briefing or self.rows[self.current].brief is not self.brief:
            return False
        return await super()._swap_in_panes()

    @on(events.DescendantFocus)
    def _list_focus_moved(self, event: events.DescendantFocus) -> None:
        if not isinstance(event.widget, ArticleList):
            self._list_auto_focus = False

    # Panes and columns: with the briefing view shown, the pane keys move between its columns.

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """As for one article; the pane keys also work in the briefing view."""
        if self.show_briefing and action in {"show_pane", "cycle_pane"}:
            return True
        if action == "open_source":
            return True
        return super().check_action(action, parameters)

    def action_show_pane(self, name: str) -> None:
        """Focus pane ``name`` (in the briefing view: its column)."""
        pane = as_pane(name)
        if self.show_briefing and pane in DIGEST_PANES and self.query("#briefing-view"):
            self.active_pane = pane
            self.set_focus(self.briefing_view.show_column(name))
            return
        super().action_show_pane(name)

    @property
    def cycled_panes(self) -> tuple[PaneName, ...]:
        """The panes, or the briefing view's three columns."""
        return DIGEST_PANES if self.show_briefing else PANES

    def action_go_to_source(self) -> None:
        """Open the selected briefing item at its source, or as for one article."""
        if self.show_briefing:
            from briefreader.tui.widgets.briefing_view import BriefingColumn

            if isinstance(self.focused, BriefingColumn):
                self.focused.action_select()
                return
        super().action_go_to_source()

    def action_copy_quote(self) -> None:
        """Copy the selected quote (in the briefing view: of its quotes column)."""
        if self.show_briefing:
            self._copy_briefing_row("quotes")
            return
        super().action_copy_quote()

    def action_copy_item(self) -> None:
        """Copy the selected item of the focused pane (or briefing column)."""
        if self.show_briefing:
            self._copy_briefing_row(self.active_pane)
            return
        super().action_copy_item()

    def source_to_open(self) -> tuple[str, str | None] | None:
        """The source ``o`` opens: the list's highlighted row when the list has the focus,
        else the article shown."""
        index = self.current
        if (
            isinstance(self.focused, ArticleList)
            and self.article_list.highlighted_source is not None
        ):
            index = self.article_list.highlighted_source
        brief = self.rows[index].brief
        return self.sources[index].path, brief.article.source.url if brief is not None else None

    def _copy_briefing_row(self, name: str) -> None:
        if self.briefing is None or not self.query("#briefing-view"):
            return
        self.briefing_view.copy_row(name if name in DIGEST_PANES else "facts")

    # Moving between articles.

    def _untouched(self) -> bool:
        """True while the reader has not moved from where the briefing opened: the first
        source, no other article, pane, selection, scroll, search or briefing view."""
        if self._moved or self.show_briefing or self.pattern or self.highlight is not None:
            return False
        if not self.is_loaded:
            return self.current == 0
        return (
            self.current == 0
            and self.active_pane == "facts"
            and self.digest_pane("facts").highlighted in (0, None)
            and self.article.place == (0, 0.0)
        )

    async def show_article(self, index: int, sentence: Span | None = None) -> None:
        """Show source ``index`` in the panes; with ``sentence``, highlight it in the article."""
        self._moved = True
        self.articles.read.add(index)
        if self.query(ArticleList):
            self.article_list.current = index
        self.current = index
        self.show_briefing = False
        self.brief = self.rows[index].brief
        self.selected = {name: 0 for name in DIGEST_PANES}
        self.highlight = sentence
        self._article_place = None
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
                markup=False,
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
        if not self.articles.read_count:
            self.notify(
                "No article is loaded yet.", title="Briefing", severity="warning", markup=False
            )
            return
        if self.is_loaded:
            self._save_state()
        self.briefing, self._briefing_sources = self.articles.briefing(self.facts_shown)
        self.show_briefing = True
        if self.active_pane not in DIGEST_PANES:
            self.active_pane = "facts"
        await self._relayout()
        if not self.all_done:
            self.notify(
                f"Briefing of the {len(self._briefing_sources)} articles read so far "
                "(it updates when all are in).",
                title="Briefing",
                markup=False,
            )

    def action_stories(self) -> None:
        """Show the stories of the articles read (the story view); enter opens an item."""
        if not self.articles.read_count:
            self.notify(
                "No article is loaded yet.", title="Stories", severity="warning", markup=False
            )
            return
        from briefreader.tui.screens.stories import StoriesScreen

        briefing, sources = self.articles.briefing(self.facts_shown)
        self.app.push_screen(StoriesScreen(briefing, sources), self._story_item_chosen)

    async def _story_item_chosen(self, chosen: tuple[int, Span] | None) -> None:
        if chosen is not None:
            await self.show_article(*chosen)

    @property
    def briefing_view(self) -> BriefingView:
        """The briefing view (when shown)."""
        from briefreader.tui.widgets.briefing_view import BriefingView

        return self.query_one(BriefingView)

    @on(BriefingItemChosen)
    async def _briefing_item_chosen(self, event: BriefingItemChosen) -> None:
        await self.show_article(event.index, event.sentence)
