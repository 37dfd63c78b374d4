"""The story view (key ``s`` in a briefing): the briefing's stories, most sources first.

Each story is a heading (how many sources, the first one's title) and under it: its facts,
each with every source that reports it; its figures where the sources give different numbers,
side by side; its quotes by speaker; and what each source adds that no other has. Enter on an
item posts :class:`~briefreader.tui.messages.BriefingItemChosen` with the source and sentence
to open. Page text is shown as text (never as markup).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial

from briefreader.briefing import Briefing, Story
from briefreader.tui.widgets.briefing_view import BriefingColumn, BriefingRow, article_label

__all__ = ["StoryView", "story_rows"]

#: Quotes shown per speaker of a story (the briefing view lists them all).
QUOTES_PER_SPEAKER = 2


def _story_heading(briefing: Briefing, number: int, story: Story) -> BriefingRow:
    first = briefing.briefs[story.articles[0]].article
    count = len(story.articles)
    kind = f"{count} sources" if count > 1 else "1 source"
    return BriefingRow(
        ((f"Story {number} · {kind}", "heading"), ("\n", ""), (first.title or "(no title)", ""))
    )


def _story_items(
    story: Story, sources: Sequence[int], label: Callable[[int], str]
) -> list[BriefingRow]:
    rows = []
    for fact in story.facts:
        if len(story.articles) > 1 and len(fact.articles) < 2:
            continue  # shown under "only in" below
        names = " · ".join(label(i) for i in fact.articles)
        ref = fact.refs[0]
        parts = ((fact.text, ""), ("\n", ""), (f"— {names}", "muted"))
        rows.append(BriefingRow(parts, sources[ref.article], ref.span))
    for group in story.figures:
        if not group.sources_differ:
            continue
        values = " · ".join(f"{e.label} [{e.article + 1}]" for e in group.figures)
        first = group.figures[0]
        parts = (
            ("Sources differ: ", "muted"),
            (group.subject or "", "strong"),
            (f"  {values}", ""),
        )
        rows.append(
            BriefingRow(parts, sources[first.article], first.figure.sentence or first.figure.span)
        )
    for speaker in story.speakers:
        for item in speaker.quotes[:QUOTES_PER_SPEAKER]:
            parts = (
                (f"{speaker.heading}: ", "strong"),
                (f"“{item.quote.text}”", ""),
                (f"  — {label(item.article)}", "muted"),
            )
            rows.append(
                BriefingRow(parts, sources[item.article], item.quote.sentence or item.quote.span)
            )
    for index in story.articles if len(story.articles) > 1 else ():
        for fact in story.adds(index):
            ref = fact.refs[0]
            parts = ((f"Only in {label(index)}: ", "muted"), (fact.text, ""))
            rows.append(BriefingRow(parts, sources[ref.article], ref.span))
    return rows


def story_rows(
    briefing: Briefing, sources: Sequence[int], label: Callable[[int], str]
) -> list[BriefingRow]:
    """The rows of every story. ``sources[i]`` is the reader's index of
    ``briefing.briefs[i]``; ``label(i)`` names that article in a row."""
    rows: list[BriefingRow] = []
    for number, story in enumerate(briefing.stories, 1):
        rows.append(_story_heading(briefing, number, story))
        rows += _story_items(story, sources, label)
    return rows


class StoryView(BriefingColumn):
    """The stories of a briefing as one list: headings and the items under them (a briefing
    column: its keys, its looks, enter to open an item)."""

    def __init__(self, briefing: Briefing, sources: Sequence[int]) -> None:
        """Show the stories of ``briefing``; ``sources`` as in :func:`story_rows`."""
        stories = len(briefing.stories)
        several = sum(len(s.articles) > 1 for s in briefing.stories)
        title = f"Stories {stories} ({several} with several sources)"
        super().__init__(
            "stories", title, story_rows(briefing, sources, partial(article_label, briefing))
        )
        self.briefing = briefing
