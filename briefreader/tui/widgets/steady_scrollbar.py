"""Panes whose vertical scrollbar is there from their first layout.

Textual shows a widget's scrollbar once its virtual size is taller than the widget, and a
list or the article learns that size only while it is first rendered (an ``OptionList``
measures its options then; the article wraps its rows then). The new virtual size (a
reactive that asks for a layout) and the scrollbar appearing each ask for a second layout of
the whole screen and a second full paint right after the first: in about half the runs of
``benchmarks/first_screen.py`` that was 40 ms of the reader's first screen.

The panes have fixed heights (``1fr``), so their content never changes the layout: they
keep their scrollbar from the start (``overflow-y: scroll`` in ``app.tcss``, the track in
the pane's own background, so only the thumb shows and nothing when the content fits), and
a new virtual size neither lays the screen out nor repaints them again
(:func:`steady_virtual_size`).
"""

from __future__ import annotations

from textual.geometry import Size
from textual.reactive import Reactive
from textual.widget import Widget


def steady_virtual_size() -> Reactive[Size]:
    """A ``virtual_size`` reactive for a fixed-size pane: a change neither lays the screen
    out again nor repaints the pane (the pane learns its size while it is drawn, or on a
    resize, which repaints it anyway; it updates its scrollbar itself)."""
    return Reactive(Size(0, 0), layout=False, repaint=False)


def keep_scrollbar(pane: Widget) -> None:
    """Give ``pane`` its vertical scrollbar before its first layout (call from ``on_mount``;
    the pane's style must say ``overflow-y: scroll``, else Textual hides it again)."""
    pane.set_reactive(Widget.show_vertical_scrollbar, True)
    pane.vertical_scrollbar.display = True


def set_content_size(pane: Widget, size: Size) -> None:
    """Give ``pane`` the virtual size of its content and move its scrollbar's thumb to fit:
    with :func:`steady_virtual_size` no layout does that for it."""
    pane.virtual_size = size
    pane._scroll_update(size)
