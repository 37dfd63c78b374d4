"""A briefing: the briefs of several articles merged into one view.

:func:`build_briefing` takes the :class:`~briefreader.model.Brief` of each article and returns a
:class:`Briefing` (:mod:`~briefreader.briefing.model`), in three passes:

- **facts** (:mod:`~briefreader.briefing.facts`): the top facts of all articles without
  repeats; a sentence that says what one from another article already says is shown once,
  with every source named;
- **speakers** (:mod:`~briefreader.briefing.speakers`): every quote grouped by who said it,
  the forms of one name ("Zelenskyy", "President Zelenskyy") in one group;
- **figures** (:mod:`~briefreader.briefing.figures`): numbers grouped by what they count, so
  numbers that disagree stand side by side, each with its source;
- **stories** (:mod:`~briefreader.briefing.stories`): the articles that report the same event,
  each story with its own facts, quotes and figures, most sources first.

Every item keeps the index of its article in ``Briefing.briefs`` and its
:class:`~briefreader.model.Span`, so a reader can open the article at the sentence. The
briefing's Markdown is :func:`briefreader.render.render_briefing_markdown`; the name of an
article in its lists is :func:`source_label` (from :mod:`briefreader.render`).
"""

from __future__ import annotations

from collections.abc import Sequence

from briefreader.briefing.facts import merge_facts
from briefreader.briefing.figures import group_figures
from briefreader.briefing.model import (
    Briefing,
    BriefingFact,
    BriefingFigure,
    BriefingQuote,
    FailedSource,
    FigureGroup,
    Ref,
    SpeakerGroup,
    Story,
)
from briefreader.briefing.speakers import group_quotes
from briefreader.briefing.stories import group_stories
from briefreader.defaults import DEFAULT_FACTS_SHOWN
from briefreader.model import Brief
from briefreader.render.labels import source_label

__all__ = [
    "Briefing",
    "BriefingFact",
    "BriefingFigure",
    "BriefingQuote",
    "FailedSource",
    "FigureGroup",
    "Ref",
    "SpeakerGroup",
    "Story",
    "build_briefing",
    "source_label",
]


def build_briefing(
    briefs: Sequence[Brief],
    *,
    max_facts: int = DEFAULT_FACTS_SHOWN,
    failed: Sequence[FailedSource] = (),
) -> Briefing:
    """Merge the briefs of several articles into one :class:`Briefing`.

    ``max_facts`` caps the facts kept (after merging near-duplicates); ``failed`` lists the
    sources that could not be read, so a reader or the export can name them.
    """
    briefs = tuple(briefs)
    return Briefing(
        briefs=briefs,
        facts=merge_facts(briefs, max_facts),
        speakers=group_quotes(briefs),
        figures=group_figures(briefs),
        failed=tuple(failed),
        stories=group_stories(briefs, max_facts),
    )
