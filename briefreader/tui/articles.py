"""The articles of a briefing as the reader knows them: a row per source, and their order.

No Textual here. :class:`Articles` keeps what each source has become (still loading, its
brief, or the reason it failed), how far the loading is, the order the list shows the
articles in (by date within a folder once all are read) and the briefing of those read.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from briefreader.model import Brief
from briefreader.render.terminal import one_line

if TYPE_CHECKING:
    from briefreader.briefing import Briefing
    from briefreader.sources import ArticleSource

RowState = Literal["loading", "loaded", "failed"]
"""Where a source of a briefing stands."""


@dataclass(frozen=True)
class Row:
    """What one row shows: the source's name, and its brief or failure reason once known."""

    name: str
    brief: Brief | None = None
    reason: str | None = None

    @property
    def state(self) -> RowState:
        """``loading``, ``loaded`` or ``failed``."""
        if self.reason is not None:
            return "failed"
        return "loading" if self.brief is None else "loaded"


class Articles:
    """The sources of a briefing, a :class:`Row` each (by source index), and ``order``: the
    source indexes in the order the article list shows them."""

    def __init__(self, sources: Sequence[ArticleSource]) -> None:
        """Every source still loading, in the order given."""
        self.sources = list(sources)
        # A name is shown on one line, its control characters as escapes (it may be a stranger's).
        self.rows: list[Row] = [Row(one_line(source.name)) for source in self.sources]
        self.order: list[int] = list(range(len(self.sources)))
        self.first_exit_code = 1
        """The exit code of the first source that failed (the app's code if all fail)."""
        self.read: set[int] = set()
        """The sources the reader has had on screen (the list marks the others unread)."""

    # Loading.

    def loaded(self, index: int, brief: Brief) -> Row:
        """Record the brief of source ``index``; return its new row."""
        row = Row(self.rows[index].name, brief)
        self.rows[index] = row
        return row

    def failed(self, index: int, reason: str, exit_code: int) -> Row:
        """Record that source ``index`` could not be read; return its new row."""
        if all(row.state != "failed" for row in self.rows):
            self.first_exit_code = exit_code
        row = Row(self.rows[index].name, reason=reason)
        self.rows[index] = row
        return row

    @property
    def loaded_count(self) -> int:
        """How many sources have been read (or failed) so far."""
        return sum(row.state != "loading" for row in self.rows)

    @property
    def progress_text(self) -> str:
        """ "3/40 loaded", with the failures when there are some."""
        done = self.loaded_count
        failed = sum(row.state == "failed" for row in self.rows)
        text = f"{done}/{len(self.rows)} loaded"
        if failed:
            text += f" · {failed} failed"
        return text

    @property
    def unread_count(self) -> int:
        """How many articles read in have not been on screen yet."""
        return sum(
            row.brief is not None and index not in self.read for index, row in enumerate(self.rows)
        )

    @property
    def list_subtitle(self) -> str:
        """What the list's border says (in few words: the list is narrow): the progress while
        loading, then how many are unread (and failed)."""
        unread = self.unread_count
        if not self.all_done or not unread:
            return self.progress_text
        failed = sum(row.state == "failed" for row in self.rows)
        return f"{unread} unread" + (f" · {failed} failed" if failed else "")

    @property
    def all_done(self) -> bool:
        """True once every source has been read or has failed."""
        return self.loaded_count == len(self.rows)

    @property
    def read_count(self) -> int:
        """How many sources have a brief."""
        return sum(row.brief is not None for row in self.rows)

    def none_read(self) -> str | None:
        """When every source failed, the message saying so (with the first reason)."""
        if any(row.state != "failed" for row in self.rows):
            return None
        first = next(row.reason for row in self.rows if row.reason)
        return f"None of the {len(self.rows)} articles could be read. The first: {first}"

    # Ordering.

    def by_date(self) -> list[int]:
        """The order to list the sources in: each folder's run by date (oldest first, those
        without a date after them), the sources given one by one as they were given."""
        from briefreader.sources import order_by_date

        sources = [self.sources[i] for i in self.order]
        ordered = order_by_date(sources, list(self.order), self._date_of)
        return [index for _, index in ordered]

    def _date_of(self, index: int) -> str | None:
        brief = self.rows[index].brief
        return brief.article.date if brief is not None else None

    # The briefing.

    def briefing(self, max_facts: int) -> tuple[Briefing, list[int]]:
        """The briefing of the sources read so far, in list order, and their source indexes
        (``briefing.briefs[i]`` is source ``loaded[i]``); the failures are listed in it."""
        from briefreader.briefing import FailedSource, build_briefing

        loaded = [index for index in self.order if self.rows[index].brief is not None]
        failed = [
            FailedSource(self.sources[index].path, self.rows[index].reason or "")
            for index in self.order
            if self.rows[index].state == "failed"
        ]
        briefs = [self.rows[index].brief for index in loaded]
        briefing = build_briefing(
            [brief for brief in briefs if brief is not None],
            max_facts=max_facts,
            failed=failed,
        )
        return briefing, loaded
