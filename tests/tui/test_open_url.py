"""`briefreader open URL`: the reader fetches the page (from a local server on 127.0.0.1)."""

from __future__ import annotations

from briefreader.config import Config
from briefreader.tui.app import create_app
from tests.sources.test_fetch import serve_samples
from tests.tui.conftest import wait_all_read, wait_loaded, wait_until


async def test_open_url_shows_the_article(tmp_path):
    with serve_samples(tmp_path) as base:
        app = create_app(f"{base}/sudan.html", use_system_clipboard=False, config=Config())
        async with app.run_test(size=(160, 45)) as pilot:
            await wait_loaded(pilot)
            brief = app.screen.brief  # type: ignore[attr-defined]
            assert brief.article.title == "United States to Lift Sudan Sanctions"
            assert brief.article.source.url == f"{base}/sudan.html"


async def test_open_url_and_file_as_a_briefing(tmp_path):
    with serve_samples(tmp_path) as base:
        app = create_app(
            [f"{base}/seed.txt", f"{base}/missing.html"],
            use_system_clipboard=False,
            config=Config(),
        )
        async with app.run_test(size=(160, 45)) as pilot:
            await wait_all_read(pilot)
            rows = app.screen.rows  # type: ignore[attr-defined]
            await wait_until(pilot, lambda: rows[0].brief is not None)
            assert rows[0].brief.article.byline == "Kwak Yeon-soo"
            assert rows[1].reason and "missing.html" in rows[1].reason
