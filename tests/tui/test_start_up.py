"""``briefreader open``'s own start-up under Pilot: :func:`briefreader.cli.launch_reader`
reads ahead in a forked child, then builds the app with the one factory, ``create_app``."""

from __future__ import annotations

import gc
from collections.abc import Callable
from concurrent.futures import Future

import pytest

from briefreader.cli import launch_reader
from briefreader.config import Config
from briefreader.model import Brief
from briefreader.sources import ArticleSource, load_document
from briefreader.tui.app import create_app
from briefreader.tui.screens.briefing import BriefingScreen
from briefreader.tui.screens.reader import ReaderScreen
from briefreader.tui.widgets.facts_pane import FactsPane
from tests.conftest import SEED
from tests.tui.conftest import NARROW, WIDE, wait_all_read, wait_loaded, wait_until

HTML = SEED.parent / "nytimes-sudan-sanctions.html"


@pytest.fixture(autouse=True)
def _collector_back_on():
    """launch_reader pauses garbage collection for start-up; never past a test."""
    yield
    gc.enable()
    gc.unfreeze()


async def test_open_one_file_as_the_cli_does():
    document = load_document(str(SEED))  # open_command checks the one file first
    app = launch_reader([str(SEED)], use_system_clipboard=False, config=Config(), document=document)
    async with app.run_test(size=WIDE) as pilot:
        await wait_loaded(pilot)
        assert isinstance(app.screen, ReaderScreen)
        assert app.screen.brief.article.byline == "Kwak Yeon-soo"
        await pilot.press("2", "y")
        assert app.clipboard.startswith('"')
        assert any(n.message.startswith("Copied quote by") for n in app._notifications)


async def test_open_two_files_as_a_briefing_as_the_cli_does():
    app = launch_reader([str(SEED), str(HTML)], use_system_clipboard=False, config=Config())
    async with app.run_test(size=WIDE) as pilot:
        await wait_all_read(pilot)
        screen = app.screen
        assert isinstance(screen, BriefingScreen)
        assert screen.progress_text == "2/2 loaded"
        assert screen.rows[1].brief.article.title == "United States to Lift Sudan Sanctions"


async def test_facts_shown_over_the_digest_default_reaches_the_reader(tmp_path, monkeypatch):
    """The settings' ``facts_shown`` is read before the read-ahead, so a reader set to more
    facts than the digest's default (12) lists more than 12 when the article has them."""
    config_home = tmp_path / "config"
    (config_home / "briefreader").mkdir(parents=True)
    (config_home / "briefreader" / "config.toml").write_text("facts_shown = 20\n")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(config_home))
    app = launch_reader([str(SEED)], use_system_clipboard=False)
    async with app.run_test(size=WIDE) as pilot:
        await wait_loaded(pilot)
        assert app.config.facts_shown == 20
        assert 12 < len(app.screen.brief.facts) <= 20


@pytest.mark.parametrize(
    ("argv", "files"),
    [
        (["open", "a.txt"], ["a.txt"]),
        (["open", "a.txt", "folder"], ["a.txt", "folder"]),
        (["open"], None),  # Typer says the argument is missing
        (["open", "-"], None),  # stdin
        (["open", "a.txt", "--debug"], None),
        (["open", "--max-size", "1K", "a.txt"], None),
        (["open", "--help"], None),
        (["open", ""], None),
        (["digest", "a.txt"], None),
        (["--version"], None),
        ([], None),
    ],
)
def test_only_a_plain_open_skips_typer(argv, files):
    from briefreader.cli import plain_open_files

    assert plain_open_files(argv) == files


def test_plain_open_never_imports_typer_and_fails_as_typer_does(tmp_path):
    """``briefreader open FILE`` runs without importing Typer (the read-ahead forks sooner),
    and a file it cannot read gives the same line and exit code as through Typer."""
    import subprocess
    import sys

    from typer.testing import CliRunner

    from briefreader.cli import app

    missing = str(tmp_path / "missing.txt")
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    script = (
        "import sys\n"
        "import briefreader.cli as cli\n"
        "sys.argv = ['briefreader', 'open', sys.argv[1]]\n"
        "try:\n"
        "    cli.main()\n"
        "except SystemExit as stop:\n"
        "    print('typer' in sys.modules, stop.code)\n"
    )
    for target in (missing, str(empty)):
        fast = subprocess.run(
            [sys.executable, "-c", script, target], capture_output=True, text=True, timeout=60
        )
        typer_run = CliRunner().invoke(app, ["open", target])
        assert fast.stdout.split() == ["False", str(typer_run.exit_code)]
        assert typer_run.exit_code in (3, 6)
        assert fast.stderr == typer_run.stderr


async def test_collection_resumes_without_walking_what_start_up_made():
    """The launcher pauses garbage collection; once the first article is on screen it is back
    on, with start-up's objects frozen (so the first collection is not a long pause)."""
    app = launch_reader([str(SEED)], use_system_clipboard=False, config=Config())
    assert not gc.isenabled()
    async with app.run_test(size=WIDE) as pilot:
        await wait_loaded(pilot)
        await pilot.pause()
        assert gc.isenabled()
        assert gc.get_freeze_count() > 10_000


def test_a_briefing_reads_the_facts_its_story_grouping_needs(monkeypatch, tmp_path, facts_asked):
    """``open FOLDER`` ranks as many facts per article as story grouping reads, whatever
    ``facts_shown`` (the panes show ``facts_shown``); ``open FILE`` ranks ``facts_shown``."""
    from concurrent.futures import Future

    import briefreader.sources as sources_module
    from briefreader.defaults import STORY_FACTS_READ

    asked = facts_asked
    monkeypatch.setattr(
        sources_module, "read_ahead", lambda loaders, **_: [Future() for _ in loaders]
    )
    folder = tmp_path / "today"
    folder.mkdir()
    (folder / "a.txt").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    config = Config(facts_shown=2)
    launch_reader([str(folder)], use_system_clipboard=False, config=config)
    launch_reader([str(SEED)], use_system_clipboard=False, config=config)
    gc.enable()
    assert asked == [STORY_FACTS_READ, 2]


# A read ahead that has ended before the screen is composed (the usual case: it runs on the
# other core while Textual starts) is composed straight into the panes: no loading state is
# mounted, painted and replaced, and a briefing does not read that source a second time.


def _ended(value: object) -> Future:
    future: Future = Future()
    if isinstance(value, BaseException):
        future.set_exception(value)
    else:
        future.set_result(value)
    return future


def _loading_states_mounted(monkeypatch) -> list[str]:
    from briefreader.tui.screens import panes

    mounted: list[str] = []
    original = panes.LoadingState.on_mount

    def on_mount(self) -> None:
        mounted.append(str(self.id))
        original(self)

    monkeypatch.setattr(panes.LoadingState, "on_mount", on_mount)
    return mounted


async def test_a_read_that_has_ended_is_composed_into_the_panes_at_once(monkeypatch):
    from tests.tui.sample_brief import make_brief

    brief = make_brief()
    mounted = _loading_states_mounted(monkeypatch)

    def never() -> Brief:
        raise AssertionError("the ended read is not read again")

    app = create_app(
        sources=[ArticleSource("a.txt", never)],
        first_read=_ended(brief),
        use_system_clipboard=False,
        config=Config(),
    )
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause()
        assert app.screen.is_loaded
        assert app.screen.brief is brief
        assert isinstance(app.focused, FactsPane)  # where a read that came later puts it
        assert mounted == []
        await pilot.press("2", "y")
        assert app.clipboard.startswith('"')


async def test_a_read_that_has_ended_narrow_is_composed_as_tabs(monkeypatch):
    from tests.tui.sample_brief import make_brief

    app = create_app(
        sources=[ArticleSource("a.txt", make_brief)],
        first_read=_ended(make_brief()),
        use_system_clipboard=False,
        config=Config(),
    )
    async with app.run_test(size=NARROW) as pilot:
        await pilot.pause()
        assert app.screen.is_loaded and app.screen.narrow
        assert app.screen.query("#tabs")


def make_failing(error: Exception) -> Callable[[], Brief]:
    def read() -> Brief:
        raise error

    return read


async def test_a_read_that_failed_before_the_screen_is_still_reported():
    from briefreader.errors import BriefreaderError

    failure = BriefreaderError("a.txt", "no article text found", "try the page's HTML")
    app = create_app(
        sources=[ArticleSource("a.txt", make_failing(failure))],
        first_read=_ended(failure),
        use_system_clipboard=False,
        config=Config(),
    )
    async with app.run_test(size=WIDE) as pilot:
        await wait_until(pilot, lambda: type(app.screen).__name__ == "ErrorScreen")
        assert "no article text found" in str(app.screen.query_one("#error-message").render())


async def test_a_briefing_shows_its_ended_first_read_at_once_and_reads_it_only_once(monkeypatch):
    from tests.tui.sample_brief import make_brief

    mounted = _loading_states_mounted(monkeypatch)
    reads: list[str] = []

    def loader(name: str) -> Callable[[], Brief]:
        def read() -> Brief:
            reads.append(name)
            return make_brief()

        return read

    sources = [ArticleSource(name, loader(name)) for name in ("a.txt", "b.txt", "c.txt")]
    first = make_brief()
    app = create_app(
        sources=sources, first_read=_ended(first), use_system_clipboard=False, config=Config()
    )
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, BriefingScreen)
        assert screen.is_loaded and screen.brief is first
        assert mounted == []
        await wait_all_read(pilot)
        assert sorted(reads) == ["b.txt", "c.txt"]  # a.txt came from the read ahead
        assert screen.progress_text == "3/3 loaded"
        assert isinstance(app.focused, FactsPane)


async def test_a_read_ending_while_loading_then_a_resize_still_loads_every_article(monkeypatch):
    """The read ahead ends while the briefing shows its loading state, and the terminal is
    resized across the breakpoint before the worker's outcome arrives: the compose of the
    resize must not show source 0 behind the worker's back (the others then never started)."""
    import time

    from briefreader.tui import loading
    from tests.tui.sample_brief import make_brief

    read = loading.read_unless_cancelled

    def posted_late(path: str, loader: Callable[[], Brief]):  # a busy main thread, as it were
        outcome = read(path, loader)
        if path == "a.txt":
            time.sleep(0.3)
        return outcome

    monkeypatch.setattr(loading, "read_unless_cancelled", posted_late)
    first_read: Future = Future()
    sources = [ArticleSource(name, make_brief) for name in ("a.txt", "b.txt", "c.txt")]
    app = create_app(
        sources=sources, first_read=first_read, use_system_clipboard=False, config=Config()
    )
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause()
        assert not app.screen.is_loaded
        first_read.set_result(make_brief())
        await pilot.resize_terminal(*NARROW)
        await wait_all_read(pilot)
        assert app.screen.progress_text == "3/3 loaded"


def _styles(screen) -> list[str]:  # type: ignore[no-untyped-def]
    """Every widget of ``screen`` with its pseudo-classes and the CSS rules applied to it."""
    return [
        f"{node!r} {sorted(node.pseudo_classes)} "
        f"{sorted((name, repr(value)) for name, value in node._css_styles.get_rules().items())}"
        for node in screen.walk_children(with_self=True)
    ]


def _assert_a_full_restyle_changes_nothing(app) -> None:  # type: ignore[no-untyped-def]
    """Style every widget of the app's screen again: no widget's rules may change."""
    first = _styles(app.screen)
    app.stylesheet.update_nodes(app.screen.walk_children(with_self=True), animate=False)
    assert _styles(app.screen) == first


@pytest.mark.parametrize("size", [WIDE, NARROW], ids=["wide", "narrow"])
@pytest.mark.parametrize("theme", ["textual-dark", "nord"])
async def test_the_first_screen_is_styled_as_a_full_restyle_styles_it(size, theme):
    """The first resume of a panes screen skips Textual's second styling pass (the widgets
    were styled as they mounted): what it would have changed is nothing."""
    from tests.tui.sample_brief import make_brief

    brief = make_brief()
    app = create_app(
        sources=[ArticleSource("a.txt", lambda: brief)],
        first_read=_ended(brief),
        use_system_clipboard=False,
        config=Config(theme=theme),
    )
    async with app.run_test(size=size) as pilot:
        await wait_loaded(pilot)
        await pilot.pause()
        assert app.theme == theme
        _assert_a_full_restyle_changes_nothing(app)


async def test_a_briefing_is_styled_as_a_full_restyle_styles_it():
    app = launch_reader([str(SEED), str(HTML)], use_system_clipboard=False, config=Config())
    async with app.run_test(size=WIDE) as pilot:
        await wait_all_read(pilot)
        await pilot.pause()
        _assert_a_full_restyle_changes_nothing(app)
