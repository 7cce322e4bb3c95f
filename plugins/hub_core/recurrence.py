"""Occurrences of a recurring event (RFC 5545 RRULE, with until/count/except).

Occurrences keep the first one's wall-clock time in its time zone: a meetup at
18:00 in Montréal is at 18:00 in both winter and summer.
"""

import datetime as dt

from dateutil.rrule import rrulestr

from . import dates

MAX_OCCURRENCES = 1000  # a rule with neither until nor count is cut here


def occurrences(start, end, recurrence=None):
    """Every (start, end) of an event, the first one included, in order."""
    if not recurrence:
        yield start, end
        return
    all_day = dates.is_all_day(start)
    # Elapsed time: a two-hour meetup lasts two hours on a clock-change day too.
    duration = end - start if all_day else end.astimezone(dates.UTC) - start.astimezone(dates.UTC)
    first = dt.datetime.combine(start, dt.time(0)) if all_day else start
    rule = rrulestr(recurrence["rule"], dtstart=first)
    if recurrence.get("until"):
        until = dt.datetime.combine(recurrence["until"], dt.time(23, 59, 59), tzinfo=first.tzinfo)
        rule = rule.replace(until=until, count=None)
    elif recurrence.get("count"):
        rule = rule.replace(count=recurrence["count"], until=None)
    excluded = set(recurrence.get("except", []))
    for index, moment in enumerate(rule):
        if index >= MAX_OCCURRENCES:
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
