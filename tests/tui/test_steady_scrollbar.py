"""The panes keep their scrollbar from the first layout (widgets/steady_scrollbar.py): only
its thumb is drawn, where there is something to scroll, and scrolling still moves it."""

from __future__ import annotations

from rich.segment import Segment
from textual.widget import Widget

from briefreader.tui.widgets.article_view import ArticleView
from briefreader.tui.widgets.digest_pane import DigestPane
from tests.tui.conftest import WIDE, reader_app, wait_loaded
from tests.tui.sample_brief import make_brief


def scrollbar_backgrounds(pane: Widget) -> set[object]:
    """The background colours of the cells ``pane``'s vertical scrollbar draws."""
    bar = pane.vertical_scrollbar
    console = pane.app.console
    options = console.options.update(width=bar.size.width, height=bar.size.height)
    segments = console.render(bar.render(), options)
    return {
        segment.style.bgcolor
        for segment in segments
        if isinstance(segment, Segment) and segment.text.strip("\n") and segment.style
    }


def overflows(pane: Widget) -> bool:
    return pane.virtual_size.height > pane.scrollable_content_region.height


async def test_only_a_pane_with_more_than_it_shows_draws_a_thumb():
    app = reader_app(lambda: make_brief(quotes=False))  # the quotes pane: one line
    async with app.run_test(size=WIDE) as pilot:
        await wait_loaded(pilot)
        await pilot.pause()
        panes: list[Widget] = [*app.screen.query(DigestPane), app.screen.query_one(ArticleView)]
        assert any(overflows(pane) for pane in panes)
        assert not all(overflows(pane) for pane in panes)
        for pane in panes:
            assert pane.show_vertical_scrollbar  # from the first layout: never a re-layout
            surface = pane.styles.background.rich_color
            backgrounds = scrollbar_backgrounds(pane)
            if overflows(pane):
                assert backgrounds - {surface}, f"{pane.id} draws no thumb"
            else:
                assert backgrounds <= {surface}, f"{pane.id} draws a track with nothing to scroll"


async def test_the_thumb_follows_the_article_when_it_scrolls(app):
    async with app.run_test(size=WIDE) as pilot:
        await wait_loaded(pilot)
        article = app.screen.query_one(ArticleView)
        bar = article.vertical_scrollbar
        assert bar.window_virtual_size == article.virtual_size.height > bar.window_size
        before = bar.position
        await pilot.press("4", "G")
        await pilot.pause()
        assert article.scroll_y > 0
        assert bar.position > before


async def _pane_rows(app, size: tuple[int, int], resize_to: tuple[int, int] | None = None):
    async with app.run_test(size=size) as pilot:
        await wait_loaded(pilot)
        await pilot.pause()
        if resize_to is not None:
            await pilot.resize_terminal(*resize_to)
            for _ in range(5):
                await pilot.pause(0.05)
        return {
            pane.id: [pane.render_line(y).text for y in range(pane.size.height)]
            for pane in app.screen.query(DigestPane)
        }


async def test_a_resize_wraps_the_panes_as_a_reader_opened_at_that_size(brief):
    """The panes keep their measured options only while their width stays: after a resize
    they show what a reader started at the new size shows (no row cut at the old width)."""
    resized = await _pane_rows(reader_app(lambda: brief), (160, 45), resize_to=(130, 45))
    fresh = await _pane_rows(reader_app(lambda: brief), (130, 45))
    assert resized == fresh
