"""Occurrences of a recurring event (RFC 5545 RRULE, with until/count/except).

Occurrences keep the first one's wall-clock time in its time zone: a meetup at
18:00 in Montréal is at 18:00 in both winter and summer.
"""

import datetime as dt
from collections.abc import Iterator
from typing import NotRequired, TypedDict
from zoneinfo import ZoneInfo

from dateutil.rrule import rrule, rrulestr
from icalendar.prop import vRecur

from . import dates, limits

MAX_OCCURRENCES = limits.MAX_OCCURRENCES  # a rule with neither until nor count is cut here

# An event's `recurrence` once validated (model.EVENT): the RRULE, its last day or its count,
# the days left out.
Recurrence = TypedDict(
    "Recurrence", {"rule": str, "until": NotRequired[dt.date], "count": NotRequired[int], "except": NotRequired[list[dt.date]]}
)


def occurrences(start: dates.When, end: dates.When, recurrence: Recurrence | None = None) -> Iterator[tuple[dates.When, dates.When]]:
    """Every (start, end) of an event, the first one included, in order."""
    if not recurrence:
        yield start, end
        return
    all_day = dates.is_all_day(start)
    if isinstance(start, dt.datetime):
        assert isinstance(end, dt.datetime)  # a timed start has a timed end (validate: mixed_all_day)
        # Elapsed time: a two-hour meetup lasts two hours on a clock-change day too.
        duration = end.astimezone(dates.UTC) - start.astimezone(dates.UTC)
        first = start
    else:
        assert not isinstance(end, dt.datetime)  # an all-day start has an all-day end
        duration = end - start
        first = dt.datetime.combine(start, dt.time(0))
    # The expansion budget: a rule that matches rarely (or never) stops at the
    # horizon instead of searching up to the year 9999.
    horizon = first.replace(year=first.year + limits.MAX_RECURRENCE_YEARS, day=min(first.day, 28))
    if recurrence.get("until"):
        horizon = min(horizon, dt.datetime.combine(recurrence["until"], dt.time(23, 59, 59), tzinfo=first.tzinfo))
    parsed = rrulestr(recurrence["rule"], dtstart=first)
    assert isinstance(parsed, rrule)  # one RRULE (validate's type_rrule), never a set
    rule = parsed.replace(until=horizon, count=None)
    own_count = None if recurrence.get("until") else vRecur.from_ical(recurrence["rule"]).get("COUNT", [None])[0]
    count = min(recurrence.get("count") or own_count or MAX_OCCURRENCES, MAX_OCCURRENCES)
    excluded = set(recurrence.get("except", []))
    for index, moment in enumerate(rule):
        if index >= count:
            return
        day = moment.date()
        if day in excluded:
            continue
        if all_day:
            yield day, day + duration
        else:
            yield moment, dates.add_elapsed(moment, duration)


def next_occurrence(
    start: dates.When, end: dates.When, recurrence: Recurrence | None, now: dt.datetime, tz: ZoneInfo,
) -> tuple[dates.When, dates.When] | None:
    """The first
 (start, end) not over at `now`, or None when all are past."""
    for begin, finish in occurrences(start, end, recurrence):
        if dates.end_instant(finish, tz) >= now:
            return begin, finish
    return None
