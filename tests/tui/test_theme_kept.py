"""A theme picked in the reader is kept in the settings file for the next start (issue 16
item 14); a theme the file set, or an app without a settings file, writes nothing."""

from __future__ import annotations

from pathlib import Path

from briefreader.config import load_config
from briefreader.tui.app import create_app
from tests.conftest import SEED
from tests.tui.conftest import WIDE, palette_offers, wait_loaded, wait_until


def app_with_settings(path: Path, monkeypatch):
    monkeypatch.setenv("BRIEFREADER_CONFIG", str(path))
    return create_app([str(SEED)], use_system_clipboard=False)


async def test_a_theme_picked_is_kept_for_the_next_start(tmp_path, monkeypatch):
    path = tmp_path / "config.toml"
    path.write_text('theme = "nord"\nfacts_shown = 7\n', encoding="utf-8")
    app = app_with_settings(path, monkeypatch)
    async with app.run_test(size=WIDE) as pilot:
        await wait_loaded(pilot)
        assert app.theme == "nord"
        assert path.read_text(encoding="utf-8") == 'theme = "nord"\nfacts_shown = 7\n'
        app.theme = "gruvbox"  # as the palette's "Change theme" does
        await pilot.pause()
        await pilot.pause()
    assert load_config(path).theme == "gruvbox"
    assert load_config(path).facts_shown == 7
    again = app_with_settings(path, monkeypatch)
    async with again.run_test(size=WIDE) as pilot:
        await wait_loaded(pilot)
        assert again.theme == "gruvbox"


async def test_the_palette_changes_and_keeps_the_theme(tmp_path, monkeypatch):
    path = tmp_path / "config.toml"
    app = app_with_settings(path, monkeypatch)
    async with app.run_test(size=WIDE) as pilot:
        await wait_loaded(pilot)
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"theme")
        await wait_until(pilot, lambda: palette_offers(app, "theme"))
        await pilot.press("enter")  # "Change theme"
        await pilot.pause(0.3)
        await pilot.press(*"dracula")
        await wait_until(pilot, lambda: palette_offers(app, "dracula"))
        await pilot.press("enter")
        for _ in range(5):
            await pilot.pause()
        assert app.theme == "dracula"
    assert load_config(path).theme == "dracula"


async def test_without_a_settings_file_nothing_is_written(app, tmp_path, monkeypatch):
    monkeypatch.setenv("BRIEFREADER_CONFIG", str(tmp_path / "config.toml"))
    async with app.run_test(size=WIDE) as pilot:
        await wait_loaded(pilot)
        app.theme = "gruvbox"
        await pilot.pause()
    assert not (tmp_path / "config.toml").exists()
