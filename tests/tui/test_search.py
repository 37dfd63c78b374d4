"""The search (issue 16 items 2 and 12): ``/`` marks every pane, ``n`` / ``N`` walk all the
matches of the screen in reading order, one line says "match 2 of 4" (no toasts), smart
case, and a regex when the query holds regex characters, as in ``less``."""

from __future__ import annotations

from textual import events

from briefreader.tui.search import SearchPattern
from tests.tui.conftest import NARROW, WIDE, messages, wait_loaded


def focused_name(app) -> str | None:
    return getattr(app.focused, "pane_name", None)


async def search(pilot, query: str) -> None:
    await pilot.press("slash")
    await pilot.press(*query)
    await pilot.press("enter")
    await pilot.pause()


def status(app) -> str:
    line = app.screen.query_one("#search-status")
    return str(line.render()) if line.display else ""


def walk_of(app) -> list[tuple[str, int]]:
    return app.screen.walk()


async def test_n_walks_every_match_of_the_screen_in_reading_order(app):
    async with app.run_test(size=WIDE) as pilot:
        await wait_loaded(pilot)
        await search(pilot, "russia")
        walk = walk_of(app)
        panes = [name for name, _ in walk]
        assert {"quotes", "article"} <= set(panes)
        # Reading order: the digest column from the top, then the article.
        order = ["facts", "quotes", "figures", "article"]
        assert panes == sorted(panes, key=order.index)
        seen = [(focused_name(app), app.screen.current)]
        for _ in range(len(walk) - 1):
            await pilot.press("n")
            seen.append((focused_name(app), app.screen.current))
        assert [index for _, index in seen] == list(range(len(walk)))
        assert [name for name, _ in seen] == panes  # the focus follows the walk
        assert f"match {len(walk)} of {len(walk)}" in status(app)
        await pilot.press("n")  # wraps round
        assert app.screen.current == 0
        await pilot.press("N")
        assert app.screen.current == len(walk) - 1
        assert focused_name(app) == "article"
        article = app.screen.article
        assert article.current_match == len(article.matches) - 1
        assert not messages(app)  # no toast, however many presses


async def test_the_walk_goes_from_the_pane_the_reader_is_in(app):
    async with app.run_test(size=WIDE) as pilot:
        await wait_loaded(pilot)
        await pilot.press("4")
        await search(pilot, "russia")
        assert focused_name(app) == "article"
        assert app.screen.article.current_match == 0
        await pilot.press("2", "n")  # into the quotes, and on from there
        assert focused_name(app) == "quotes"
        quotes = app.screen.digest_pane("quotes")
        assert quotes.highlighted == quotes.matches[0]
        assert "· quotes" in status(app)


async def test_search_in_a_pane_selects_matching_items(app):
    async with app.run_test(size=WIDE) as pilot:
        await wait_loaded(pilot)
        await pilot.press("3")
        await search(pilot, "deployed")
        figures = app.screen.digest_pane("figures")
        assert focused_name(app) == "figures"
        assert figures.matches == [1]
        assert figures.highlighted == 1
        assert figures.border_subtitle == "1 matching"


async def test_search_without_match_says_so_on_the_line_and_escape_clears(app):
    async with app.run_test(size=WIDE) as pilot:
        await wait_loaded(pilot)
        await search(pilot, "zebra")
        assert "/zebra  no match" in status(app)
        assert app.screen.query_one("#search-status").has_class("-warning")
        await pilot.press("n")
        assert "/zebra  no match" in status(app)
        await search(pilot, "troop")
        assert app.screen.article.matches
        assert "match 1 of" in status(app)
        await pilot.press("escape")
        assert app.screen.search_query == ""
        assert not app.screen.article.matches
        assert app.screen.digest_pane("quotes").matches == []
        assert status(app) == ""
        assert not messages(app)


async def test_escape_in_the_search_bar_cancels(app):
    async with app.run_test(size=WIDE) as pilot:
        await wait_loaded(pilot)
        await pilot.press("2", "slash", "t", "r")
        assert app.focused.id == "search-bar"
        await pilot.press("escape")
        assert focused_name(app) == "quotes"
        assert app.screen.search_query == ""
        assert not app.screen.query_one("#search-bar").display


async def test_the_walk_switches_tabs_when_narrow(app):
    async with app.run_test(size=NARROW) as pilot:
        await wait_loaded(pilot)
        await search(pilot, "russia")
        names = []
        for _ in range(len(walk_of(app))):
            names.append(app.screen.query_one("#tabs").active)
            await pilot.press("n")
        assert "tab-quotes" in names and "tab-article" in names


async def test_smart_case(app):
    async with app.run_test(size=WIDE) as pilot:
        await wait_loaded(pilot)
        await search(pilot, "russia")
        any_case = len(walk_of(app))
        await search(pilot, "Russia")
        assert len(walk_of(app)) == any_case > 0  # the text writes it with a capital
        await search(pilot, "RUSSIA")
        assert "no match" in status(app)
        assert "case sensitive" in status(app)


async def test_a_query_with_regex_characters_is_a_regex(app):
    async with app.run_test(size=WIDE) as pilot:
        await wait_loaded(pilot)
        article = app.screen.article
        await search(pilot, "troop")
        troop = len(article.matches)
        await search(pilot, "troops?")
        assert len(article.matches) == troop  # "troop" and "troops" alike
        await search(pilot, "kursk|russia")
        texts = {
            app.screen.article.article.paragraphs[p][s:e].lower() for p, s, e in article.matches
        }
        assert texts == {"kursk", "russia"}
        assert "· regex, any case ·" in status(app)


def test_patterns_as_less_makes_them() -> None:
    assert SearchPattern.of("kim").find("Kim and KIM") == [(0, 3), (8, 11)]
    assert SearchPattern.of("Kim").find("Kim and KIM") == [(0, 3)]
    assert SearchPattern.of("k.m").find("Kim, kam") == [(0, 3), (5, 8)]
    # Not a valid regex: searched as typed.
    assert SearchPattern.of("(he").find("said (he) and") == [(5, 8)]
    # A regex that finds nothing is tried as typed by the screen: literal() is that search.
    dollar = SearchPattern.of("$5")
    assert dollar.find("cost $5 each") == []
    assert dollar.literal().find("cost $5 each") == [(5, 7)]
    # Empty matches are no marks.
    assert SearchPattern.of("x*").find("abc") == []


async def test_a_regex_finding_nothing_is_searched_as_typed(app):
    async with app.run_test(size=WIDE) as pilot:
        await wait_loaded(pilot)
        article = app.screen.article
        await search(pilot, "$800")  # as a regex: an end of text, then "800", never found
        assert [article.article.paragraphs[p][s:e] for p, s, e in article.matches] == ["$800"]
        assert "· any case ·" in status(app) and "regex" not in status(app)
        await search(pilot, "(NIS)")  # a regex group: "NIS" alone
        assert {article.article.paragraphs[p][s:e] for p, s, e in article.matches} == {"NIS"}


async def test_a_resize_keeps_the_walk(app):
    async with app.run_test(size=WIDE) as pilot:
        await wait_loaded(pilot)
        await search(pilot, "russia")
        await pilot.press("n", "n")
        place = app.screen.current
        await pilot.resize_terminal(*NARROW)
        await pilot.pause()
        assert app.screen.current == place
        assert f"match {place + 1} of" in status(app)
        await pilot.press("n")
        assert app.screen.current == place + 1


async def test_a_slash_in_the_query_is_typed_and_typeahead_reaches_the_bar(app):
    async with app.run_test(size=WIDE) as pilot:
        await wait_loaded(pilot)
        # "/" has priority (so that a query typed right after it reaches the bar): in the
        # bar itself it is text.
        await pilot.press("slash", "a", "slash", "b")
        assert app.screen.query_one("#search-bar").value == "a/b"
        await pilot.press("escape")
        # Keys sent at once, as a paste or tmux send-keys does, land in the bar.
        for key in ("slash", "r", "u", "s"):
            app.post_message(events.Key(key, "/" if key == "slash" else key))
        await pilot.pause()
        await pilot.pause()
        assert app.screen.query_one("#search-bar").value == "rus"


def test_a_regex_that_could_run_for_minutes_is_searched_as_typed() -> None:
    """Shapes whose matching backtracks exponentially (``re`` cannot be stopped and would
    freeze the screen) are searched as typed; ordinary regexes stay regexes."""
    from briefreader.tui.search import may_run_away

    # Each of these takes 2^n steps on n letters without a match: 24 letters run for seconds.
    hostile = "q" * 24 + "!"
    queries = ["(q+)+$", "(q|q)*$", r"(\w+\s?)*$", "(q|qq)*$", "((qq)*)*$", "(?:q{2,})+$"]
    # Polynomial of a high degree: 300 letters without the "!" ran for 24 s.
    queries += [".*.*.*.*!", r"\w+\w+\w+!"]
    for query in queries:
        assert may_run_away(query), query
        pattern = SearchPattern.of(query)
        assert pattern.regex is None and pattern.refused_regex
        assert pattern.find(hostile) == []  # at once: the text has no such characters
        assert "as typed" in pattern.how
    typed = SearchPattern.of("(q+)+")
    assert typed.find("a (q+)+ b") == [(2, 7)]
    ordinary = ["troops?", "Kim|Yoon", "(Kim|Yoon)+", r"\d+ troops", "[0-9]+,[0-9]{3}"]
    for query in [*ordinary, r"\d+ troops \d+", "a+b+c+d+"]:
        assert not may_run_away(query), query
        assert SearchPattern.of(query).regex is not None


async def test_the_search_line_says_why_a_regex_is_searched_as_typed(app):
    async with app.run_test(size=WIDE) as pilot:
        await wait_loaded(pilot)
        await search(pilot, "(troops+)+")
        assert "as typed (as a regex it could take minutes)" in status(app)
