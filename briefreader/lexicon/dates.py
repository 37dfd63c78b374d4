"""Months and weekdays as English news text writes them, lower-cased."""

from __future__ import annotations

from briefreader.lexicon import words

#: Month names in calendar order: a name's place (from 1) is its month.
MONTH_NAMES = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
)  # fmt: skip
#: Month abbreviations in calendar order (a name's first three letters): "Jan.", "Feb."...
MONTH_ABBREVIATIONS = tuple(name[:3] for name in MONTH_NAMES)
#: September is the ninth month: the one also abbreviated in four letters ("Sept.").
_SEPTEMBER = 9
#: Months as dates abbreviate them, "sept" beside "sep", in calendar order.
WRITTEN_MONTHS = (
    *MONTH_ABBREVIATIONS[:_SEPTEMBER],
    "sept",
    *MONTH_ABBREVIATIONS[_SEPTEMBER:],
)
#: The days of the week.
WEEKDAYS = words("friday monday saturday sunday thursday tuesday wednesday")
#: Abbreviations of weekdays ("Wed."); "sat" and "sun", also common words, are left out.
WEEKDAY_ABBREVIATIONS = words("fri mon thu tue wed")
