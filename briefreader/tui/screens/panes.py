"""What the reader's two screens share: the digest panes and the article, and moving in them.

:class:`PanesScreen` shows one brief: a header, the three digest panes and the article, side
by side when the terminal is wide and as tabs when it is narrow. It owns what survives a
change of layout (the focused pane, each pane's selected item, the highlighted sentence, the
search query), the pane keys, going from an item to its sentence, the search (each pane
marks its own matches; the screen asks them all and steps through them) and the
screen-wide copy keys, which hand over to the pane that owns the item. Subclasses say
where the brief comes from: :class:`~briefreader.tui.screens.reader.ReaderScreen` (one
article) and :class:`~briefreader.tui.screens.briefing.BriefingScreen` (several).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from typing import TYPE_CHECKING, ClassVar, Literal, cast

from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.geometry import Size
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Static

from briefreader.defaults import DEFAULT_FACTS_SHOWN
from briefreader.model import Brief, Span
from briefreader.render.terminal import one_line
from briefreader.tui.commands import ReaderCommands
from briefreader.tui.copying import nothing_copied
from briefreader.tui.messages import ItemChosen
from briefreader.tui.screens.jumps import Jumps
from briefreader.tui.screens.searching import Searching
from briefreader.tui.widgets.article_view import ArticleView
from briefreader.tui.widgets.brief_header import BriefHeader
from briefreader.tui.widgets.digest_pane import DigestPane
from briefreader.tui.widgets.facts_pane import FactsPane
from briefreader.tui.widgets.figures_pane import FiguresPane
from briefreader.tui.widgets.key_bar import KeyBar
from briefreader.tui.widgets.quotes_pane import QuotesPane
from briefreader.tui.widgets.search_bar import SearchBar, SearchStatus

if TYPE_CHECKING:
    from textual.widgets import TabbedContent

    from briefreader.config import Config
    from briefreader.tui.widgets.article_view import Place

# Imported where used: the tabs (narrow screens only), so that the first screen does not pay
# for them.

PaneName = Literal["facts", "quotes", "figures", "article"]
"""A pane of the reader, as the keys, ids and the command palette name it."""

PANES: tuple[PaneName, ...] = ("facts", "quotes", "figures", "article")
"""Pane names in key order: ``1`` is facts ... ``4`` is the article."""

DIGEST_PANES: tuple[PaneName, ...] = PANES[:3]
"""The panes that list items of the brief (and the briefing view's columns)."""


def as_pane(name: object) -> PaneName | None:
    """``name`` when it names a pane (a key's argument, a widget's ``pane_name``), else None."""
    return cast(PaneName, name) if name in PANES else None


NARROW_BELOW = 100
"""Terminals narrower than this many columns show the panes as tabs."""

SPINNER_AFTER = 0.3
"""Seconds of reading before the loading state shows a spinner: most pages are read sooner
(the read ahead is usually done when the screen mounts), and a spinner that only flashes
would cost the first screen its import, styles and a repaint every frame."""


class LoadingState(Vertical):
    """What stands in for the panes while an article is read: one line at first, and a
    spinner above it once reading has taken :data:`SPINNER_AFTER` seconds."""

    def __init__(self, label: str) -> None:
        """Say ``label`` (plain text, never markup)."""
        super().__init__(id="loading")
        self.label = label

    def compose(self) -> ComposeResult:
        """The line saying what is being read."""
        yield Static(self.label, id="loading-label", markup=False)

    def on_mount(self) -> None:
        """Start the spinner's delay."""
        self.set_timer(SPINNER_AFTER, self._spin)

    def _spin(self) -> None:
        from textual.widgets import LoadingIndicator

        self.mount(LoadingIndicator(), before=0)


class PanesScreen(Jumps, Searching, Screen[None]):
    """Shows ``brief`` in the panes once a subclass has it: side by side when wide, as tabs
    when narrow. ``config`` brings the number of facts shown (and, to the panes, the quote
    template)."""

    COMMANDS = {ReaderCommands}

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("1", "show_pane('facts')", "Facts", show=False),
        Binding("2", "show_pane('quotes')", "Quotes", show=False),
        Binding("3", "show_pane('figures')", "Figures", show=False),
        Binding("4", "show_pane('article')", "Article", show=False),
        Binding("tab", "cycle_pane(1)", "Next pane", show=False),
        Binding("shift+tab", "cycle_pane(-1)", "Previous pane", show=False),
        # A priority binding runs as the key arrives (a pane's runs when the pane gets to it):
        # so the query typed right after "/" reaches the bar, not the pane behind it.
        Binding("slash", "search", "Search", id="search", priority=True),
        Binding("n", "next_match(True)", "Next match", id="next_match"),
        Binding("N", "next_match(False)", "Prev match", id="previous_match"),
        Binding("escape", "clear", "Clear", show=False),
        Binding("ctrl+o", "jump_back", "Back", show=False, id="jump_back"),
        Binding("o", "open_source", "Open source", show=False, id="open_source"),
        Binding("apostrophe", "mark_key", "Back ('')", show=False),
        Binding("Y", "copy_all_quotes", "Copy all quotes", show=False, id="copy_all_quotes"),
        Binding("c", "copy_item", "Copy", show=False, id="copy_item"),
        Binding("y", "copy_item", "Copy", show=False, id="copy_quote"),
    ]

    multi: ClassVar[bool] = False
    """True on a briefing's screen (for tests and benchmarks: the class decides the rest)."""

    def __init__(self, *, config: Config | None = None) -> None:
        """A screen with nothing to show yet; ``config`` as in the class docstring."""
        super().__init__(id="main")
        self.config = config
        self.facts_shown = config.facts_shown if config is not None else DEFAULT_FACTS_SHOWN
        self.brief: Brief | None = None
        self.narrow = False
        self.active_pane: PaneName = "facts"
        self.selected: dict[str, int | None] = {name: 0 for name in DIGEST_PANES}
        self.highlight: Span | None = None
        self._article_place: Place | None = None
        """The article's reading position to restore after a new layout (None: the top, or
        the highlighted sentence, which the reader just chose)."""
        self._shows_article = False
        self._resumed = False

    def _on_screen_resume(self, event: events.ScreenResume) -> None:
        # Textual styles every widget as it mounts, then styles the whole screen again when
        # it first becomes the active screen. For this screen's first resume that is the
        # same CSS on the same widgets (the theme is chosen before the screen is made): a
        # second pass over every widget before the first paint. Later resumes are left to
        # Textual. (Textual calls Screen's own handler after this one, with this event: no
        # super() call here, or it would run twice.)
        if not self._resumed:
            self._resumed = True
            event.refresh_styles = False

    def _screen_resized(self, size: Size) -> None:
        # Textual lays the screen out at once for every resize event, and again for a layout
        # already asked for. The terminal's first resize event often arrives just as the
        # panes are mounted (which asks for a layout): at the size the screen has, that is
        # the same work twice, and a second full paint of the first screen.
        if size == self.outer_size and self._layout_required:
            return
        super()._screen_resized(size)

    # Building the screen.

    def compose(self) -> ComposeResult:
        """What the subclass shows (:meth:`compose_body`), the search bar and the key line."""
        yield from self.compose_body()
        yield SearchBar()
        yield SearchStatus()
        yield KeyBar()

    def compose_body(self) -> Iterable[Widget]:
        """The header and what stands below it."""
        raise NotImplementedError

    def _compose_loading(self, source: str) -> ComposeResult:
        yield LoadingState(f"Reading {one_line(source)}…")

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

    def take_finished_read(self, brief: Brief | None) -> None:
        """Take ``brief``, a finished read, to show, laid out for the terminal's width: one
        that ended before the first compose (shown in it, instead of the loading state), or
        one a worker brought (shown by the relayout that follows)."""
        if brief is not None:
            self.brief = brief
            self.narrow = self.app.size.width < NARROW_BELOW

    def composed_with_panes(self) -> None:
        """After a compose that showed the brief at once: what a relayout does after a read
        (focus the pane, search and highlight), and garbage collection may resume."""
        self._shows_article = bool(self.query(ArticleView))
        self._restore_panes(focus=True)
        self.collect_after_first_paint()

    def show_error(self, message: str, exit_code: int) -> None:
        """Put the error screen over this one (the app's first screen, which stays under it),
        its loading state removed so that its spinner stops."""
        from briefreader.tui.screens.error import ErrorScreen

        self.query("#loading").remove()
        self.app.push_screen(ErrorScreen(message, exit_code))

    def collect_after_first_paint(self) -> None:
        """The first article is going on screen: garbage collection (paused for start-up)
        may resume once it is painted."""
        from briefreader.tui.app import resume_collection

        self.call_after_refresh(resume_collection)

    # Laying the panes out again.

    def _laid_out(self) -> bool:
        """True once what the screen shows depends on the terminal's width."""
        return self.brief is not None

    async def on_resize(self, event: events.Resize) -> None:
        """Switch between side-by-side and tabs when the width crosses the breakpoint."""
        narrow = event.size.width < NARROW_BELOW
        if self._laid_out() and narrow != self.narrow:
            self._save_state()
            self.narrow = narrow
            await self._relayout()

    def _save_state(self) -> None:
        if not self.is_loaded or not self.query(ArticleView):
            return  # nothing shown yet, or the panes are being built again
        for name in DIGEST_PANES:
            self.selected[name] = self.digest_pane(name).highlighted
        self._article_place = self.article.place

    async def _relayout(self) -> None:
        """Show ``brief`` in panes built afresh, then restore focus, search and highlight."""
        await self._rebuild()
        self._restore_panes(focus=True)

    async def _rebuild(self) -> None:
        if not await self._swap_in_panes():
            await self.recompose()
        self._shows_article = bool(self.query(ArticleView))

    async def _swap_in_panes(self) -> bool:
        """The usual first paint of an article: swap the header and the loading state for the
        panes, keeping everything else (the article list, search bar and footer) as it is.
        False when the screen needs a full recompose instead."""
        loading = self.query("#loading")
        brief = self.brief
        if brief is None or self.narrow or not loading:
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

    def _restore_panes(self, *, focus: bool) -> None:
        """Restore search matches, highlight and scroll (and, with ``focus``, the focused
        pane) after the panes were built."""
        if self.narrow and self.query("#tabs Tabs"):
            self.query_one("#tabs Tabs").can_focus = False
        self.restore_search()
        article = self.article
        place = self._article_place
        if self.highlight is not None:
            article.show_source(self.highlight, reveal=place is None)
        if place is not None:
            article.go_to_place(place)
        if focus:
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

    def _searched(self, name: str) -> ArticleView | DigestPane:  # type: ignore[override]
        """The pane called ``name``, as the search sees it."""
        return self.article if name == "article" else self.digest_pane(name)

    @property
    def article(self) -> ArticleView:
        """The article pane."""
        return self.query_one(ArticleView)

    @on(events.DescendantFocus)
    def _focus_moved(self, event: events.DescendantFocus) -> None:
        name = as_pane(getattr(event.widget, "pane_name", None))
        if name is not None:
            self.active_pane = name

    def on_tabbed_content_tab_activated(self, event: TabbedContent.TabActivated) -> None:
        """Focus the pane whose tab the reader clicked."""
        name = (event.pane.id or "").removeprefix("tab-")
        if name in PANES and name != self.active_pane:
            self.pane(name).focus()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Offer the brief's actions only once it is loaded, and n/N only during a search."""
        if action == "next_match":
            return bool(self.pattern) and self.is_loaded
        if action in {
            "show_pane",
            "cycle_pane",
            "search",
            "clear",
            "copy_all_quotes",
            "jump_back",
            "mark_key",
            "open_source",
        }:
            return self.is_loaded
        return True

    def action_show_pane(self, name: str) -> None:
        """Focus pane ``name``, switching tab first when the panes are tabs."""
        pane = as_pane(name)
        if not self.is_loaded or pane is None:
            return
        self.active_pane = pane
        if self.narrow:
            from textual.widgets import TabbedContent

            self.query_one("#tabs", TabbedContent).active = f"tab-{name}"
        # Focus now, not after a refresh, so keys typed ahead ("2j") reach the new pane.
        self.set_focus(self.pane(name))

    @property
    def cycled_panes(self) -> tuple[PaneName, ...]:
        """The panes tab and shift+tab go through, in order."""
        return PANES

    def action_cycle_pane(self, step: int) -> None:
        """Focus the next (``step`` 1) or previous (``step`` -1) pane."""
        names = self.cycled_panes
        index = names.index(self.active_pane) if self.active_pane in names else -step
        self.action_show_pane(names[(index + step) % len(names)])

    # Going to the source.

    def action_go_to_source(self) -> None:
        """Show the selected item of the focused digest pane in the article."""
        if self.is_loaded and self.active_pane in DIGEST_PANES:
            self.digest_pane(self.active_pane).action_select()

    @on(ItemChosen)
    def _item_chosen(self, event: ItemChosen) -> None:
        self.record_jump()
        self.highlight = event.sentence
        if self.narrow:
            self.action_show_pane("article")
        self.article.show_source(event.sentence)

    # Opening the source with the system's opener.

    def source_to_open(self) -> tuple[str, str | None] | None:
        """The path and URL of the source ``o`` opens: the article shown."""
        if self.brief is None:
            return None
        source = self.brief.article.source
        return source.path, source.url

    def action_open_source(self) -> None:
        """Open the source's URL (or its file) with the system's opener."""
        from briefreader.render.terminal import one_line
        from briefreader.tui.opener import open_externally, target_of

        source = self.source_to_open()
        target = None if source is None else target_of(*source)
        if target is None:
            self.notify(
                "Standard input has no file or address to open.", title="Open", markup=False
            )
            return
        opener = getattr(self.app, "opener", None) or open_externally
        error = opener(target)
        if error:
            self.notify(
                f"Could not open {one_line(target)}: {error}.",
                title="Open",
                severity="error",
                markup=False,
            )
        else:
            self.notify(f"Opening {one_line(target)}", title="Open", timeout=3, markup=False)

    # Copying: the keys that work from any pane hand over to the pane owning the item.

    def action_copy_quote(self) -> None:
        """Copy the selected quote with its speaker, title and site."""
        if self.is_loaded:
            self.digest_pane("quotes").action_copy_item()

    def action_copy_all_quotes(self) -> None:
        """Copy every quote as Markdown."""
        if self.is_loaded:
            self.query_one(QuotesPane).action_copy_all_quotes()

    def action_copy_item(self) -> None:
        """Copy the selected fact, quote or figure of the focused pane."""
        if not self.is_loaded:
            return
        if self.active_pane == "article":
            nothing_copied(
                self, "Select a fact (1), quote (2) or figure (3) first, then press y or c."
            )
            return
        self.digest_pane(self.active_pane).action_copy_item()

    def action_clear(self) -> None:
        """Clear the search marks; if there are none, clear the highlighted sentence."""
        if not self.is_loaded:
            return
        if self.pattern:
            self.clear_search()
        elif self.highlight is not None:
            self.highlight = None
            self.article.clear_highlight()
