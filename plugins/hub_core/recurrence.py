"""Occurrences of a recurring event (RFC 5545 RRULE, with until/count/except).

Occurrences keep the first one's wall-clock time in its time zone: a meetup at
18:00 in Montréal is at 18:00 in both winter and summer.
"""

import datetime as dt

from dateutil.rrule import rrulestr
from icalendar.prop import vRecur

from . import dates, limits

MAX_OCCURRENCES = limits.MAX_OCCURRENCES  # a rule with neither until nor count is cut here


def occurrences(start, end, recurrence=None):
    """Every (start, end) of an event, the first one included, in order."""
    if not recurrence:
        yield start, end
        return
    all_day = dates.is_all_day(start)
    # Elapsed time: a two-hour meetup lasts two hours on a clock-change day too.
    duration = end - start if all_day else end.astimezone(dates.UTC) - start.astimezone(dates.UTC)
    first = dt.datetime.combine(start, dt.time(0)) if all_day else start
    # The expansion budget: a rule that matches rarely (or never) stops at the
    # horizon instead of searching up to the year 9999.
    horizon = first.replace(year=first.year + limits.MAX_RECURRENCE_YEARS, day=min(first.day, 28))
    if recurrence.get("until"):
        horizon = min(horizon, dt.datetime.combine(recurrence["until"], dt.time(23, 59, 59), tzinfo=first.tzinfo))
    rule = rrulestr(recurrence["rule"], dtstart=first).replace(until=horizon, count=None)
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


def next_occurrence(start, end, recurrence, now, tz):
    """The first (start, end) not over at `now`, or None when all are past."""
    for begin, finish in occurrences(start, end, recurrence):
        if dates.end_instant(finish, tz) >= now:
            return begin, finish
    return None
