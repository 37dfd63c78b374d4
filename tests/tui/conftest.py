"""Fixtures for the TUI tests: apps over the hand-made sample brief, and a wait for loading.

Every app is built by :func:`briefreader.tui.app.create_app`, the factory ``briefreader open``
uses; :func:`reader_app` hands it a prepared loader in place of a file.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from textual.pilot import Pilot

from briefreader.config import Config
from briefreader.model import Brief
from briefreader.sources import ArticleSource
from briefreader.tui.app import BriefReaderApp, create_app
from tests.tui.sample_brief import make_brief

WIDE = (160, 45)
NARROW = (80, 24)


def reader_app(loader: Callable[[], Brief], path: str = "brief") -> BriefReaderApp:
    """The app ``briefreader open path`` builds, with ``loader`` reading ``path``: the default
    settings, copying through OSC 52 only."""
    return create_app(
        sources=[ArticleSource(path, loader)], use_system_clipboard=False, config=Config()
    )


@pytest.fixture
def brief() -> Brief:
    """The deterministic sample brief."""
    return make_brief()


@pytest.fixture
def app(brief: Brief) -> BriefReaderApp:
    """An app showing the sample brief, copying through OSC 52 only."""
    return reader_app(lambda: brief, "samples/nk-troops.txt")


@pytest.fixture
def app_with_loader() -> Callable[[Callable[[], Brief]], BriefReaderApp]:
    """Build an app over any loader (to inject errors)."""

    def build(loader: Callable[[], Brief]) -> BriefReaderApp:
        return reader_app(loader, "samples/broken.txt")

    return build


def messages(app: BriefReaderApp) -> list[str]:
    """The texts of the toasts shown so far."""
    return [notification.message for notification in app._notifications]


async def wait_until(pilot: Pilot, condition: Callable[[], bool], tries: int = 100) -> None:
    """Pause the pilot until ``condition()`` holds (fail after ``tries`` pauses)."""
    for _ in range(tries):
        if condition():
            await pilot.pause()
            return
        await pilot.pause(0.02)
    raise AssertionError("the app never reached the expected state")


def palette_offers(app: BriefReaderApp, text: str) -> bool:
    """Whether the command palette is open with an option holding ``text`` highlighted (its
    search runs in the background, so a test waits for this before pressing enter)."""
    from textual.command import CommandList, CommandPalette

    if not isinstance(app.screen, CommandPalette):
        return False
    options = app.screen.query_one(CommandList)
    if options.highlighted is None:
        return False
    return text.lower() in str(options.get_option_at_index(options.highlighted).prompt).lower()


async def wait_loaded(pilot: Pilot) -> None:
    """Wait until the main screen shows the brief."""
    await wait_until(pilot, lambda: getattr(pilot.app.screen, "is_loaded", False))


async def wait_all_read(pilot: Pilot) -> None:
    """Wait until every article of a briefing has been read (or has failed)."""
    await wait_until(pilot, lambda: getattr(pilot.app.screen, "all_done", False), tries=500)
    await pilot.pause()
