"""VTIMEZONE components written as yearly rules, the form Google and Apple publish.

Why not `icalendar.Timezone.from_tzid()`: it lists every transition as RDATE values, and
ical.js (the engine of Thunderbird and many web calendars) reads only the first value of each
RDATE property, so a summer event in Nantes lands an hour off there. Clients agree on
`RRULE:FREQ=YEARLY;BYMONTH=m;BYDAY=nSU`, so we rebuild those rules from `zoneinfo`:

1. find every change of UTC offset from Jan 1 of `first.year - 1` to Dec 31 of `last.year + 1`;
2. describe each change as a yearly rule (daylight or not, month, weekday, its rank in the
   month or "last", local wall time, offsets, name) and put consecutive years that share one
   rule into one observance: DTSTART at its first change (local time in the old offset, no
   TZID), RRULE with UNTIL (UTC) when the rule stopped inside the scan, open-ended otherwise;
3. a change that repeats no rule (one-off shifts) is an observance with its DTSTART alone.

UNTIL is the UTC time of the rule's last change, or its local time read as UTC when that is
later (zones east of Greenwich): dateutil, which icalendar uses to read VTIMEZONEs, ignores the
"Z" and compares UNTIL with local times, so the exact UTC time would drop the last change
there. Any UNTIL between the last change and the next year's is the same rule for RFC 5545.

ical.js takes the offset as 0 before the first onset it knows, so when no change falls in the
year before `first` (zones without DST, or the last change is older), an observance from
19700101T000000 with the offset of that time leads the list.
"""

import calendar
import datetime as dt
from dataclasses import dataclass
from zoneinfo import ZoneInfo

import icalendar

SCAN_STEP_SECONDS = 6 * 3600  # no zone changes its offset twice within six hours
WEEKDAY_CODES = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
LAST = -1  # rank of "the last <weekday> of the month", as in BYDAY=-1SU
ORIGIN = dt.datetime(1970, 1, 1)


@dataclass(frozen=True)
class Change:
    """One change of UTC offset: `wall` is the local time it happens, in the old offset."""

    wall: dt.datetime
    offset_from: dt.timedelta
    offset_to: dt.timedelta
    name: str
    daylight: bool

    def rule_shape(self):
        """What a yearly rule keeps from year to year, apart from the weekday's rank."""
        return (self.daylight, self.wall.month, self.wall.weekday(), self.wall.time(),
                self.offset_from, self.offset_to, self.name)

    def ranks(self):
        """Ways to name this day in its month: its rank (1-5) and, if it is, "last"."""
        days_in_month = calendar.monthrange(self.wall.year, self.wall.month)[1]
        ranks = {(self.wall.day - 1) // 7 + 1}
        if self.wall.day + 7 > days_in_month:
            ranks.add(LAST)
        return frozenset(ranks)


@dataclass
class Observance:
    """Changes of consecutive years that one yearly rule describes."""

    changes: list
    ranks: frozenset

    def accepts(self, change):
        last = self.changes[-1]
        return (last.rule_shape() == change.rule_shape()
                and last.wall.year + 1 == change.wall.year
                and bool(self.ranks & change.ranks()))

    def rank(self):
        return LAST if LAST in self.ranks else min(self.ranks)

    def next_wall(self):
        """Where the rule would put the change in the year after its last one."""
        first, year = self.changes[0].wall, self.changes[-1].wall.year + 1
        return dt.datetime.combine(
            weekday_in_month(year, first.month, first.weekday(), self.rank()), first.time())


def weekday_in_month(year, month, weekday, rank):
    """The date of the `rank`-th (or LAST) `weekday` (0 = Monday) of a month."""
    if rank == LAST:
        last = dt.date(year, month, calendar.monthrange(year, month)[1])
        return last - dt.timedelta(days=(last.weekday() - weekday) % 7)
    first_match = 1 + (weekday - dt.date(year, month, 1).weekday()) % 7
    return dt.date(year, month, first_match + 7 * (rank - 1))


def _local(zone, timestamp):
    return dt.datetime.fromtimestamp(timestamp, zone)


def find_changes(zone, start, end):
    """Every change of UTC offset between two POSIX timestamps, oldest first."""
    changes = []
    before, offset_before = start, _local(zone, start).utcoffset()
    while before < end:
        after = min(before + SCAN_STEP_SECONDS, end)
        offset_after = _local(zone, after).utcoffset()
        if offset_after != offset_before:
            low, high = before, after
            while high - low > 1:
                middle = (low + high) // 2
                if _local(zone, middle).utcoffset() == offset_before:
                    low = middle
                else:
                    high = middle
            local = _local(zone, high)
            wall = dt.datetime.fromtimestamp(high, dt.timezone.utc) + offset_before
            changes.append(Change(wall.replace(tzinfo=None), offset_before, local.utcoffset(),
                                  local.tzname(), bool(local.dst())))
        before, offset_before = after, offset_after
    return changes


def group_changes(changes):
    """Put each change into the observance whose yearly rule it continues, or a new one."""
    observances = []
    for change in changes:
        for observance in observances:
            if observance.accepts(change):
                observance.changes.append(change)
                observance.ranks &= change.ranks()
                break
        else:
            observances.append(Observance([change], change.ranks()))
    return observances


def _component(daylight, start, offset_from, offset_to, name):
    component = icalendar.TimezoneDaylight() if daylight else icalendar.TimezoneStandard()
    component.add("TZNAME", name)
    component.add("TZOFFSETFROM", offset_from)
    component.add("TZOFFSETTO", offset_to)
    component.add("DTSTART", start)
    return component


def _observance_component(observance, scan_end):
    first, last = observance.changes[0], observance.changes[-1]
    component = _component(first.daylight, first.wall, first.offset_from, first.offset_to,
                           first.name)
    if len(observance.changes) > 1:
        rule = {"FREQ": "YEARLY"}
        if observance.next_wall() - first.offset_from < scan_end:  # the rule stopped
            until = max(last.wall, last.wall - last.offset_from)  # see the module docstring
            rule["UNTIL"] = until.replace(tzinfo=dt.timezone.utc)
        rule["BYMONTH"] = first.wall.month
        rule["BYDAY"] = f"{observance.rank()}{WEEKDAY_CODES[first.wall.weekday()]}"
        component.add("RRULE", rule)
    return component


def vtimezone(tzid: str, first: dt.date, last: dt.date) -> icalendar.Timezone:
    """A VTIMEZONE for the IANA zone `tzid`, right for every instant of the years first..last."""
    if first > last:
        raise ValueError(f"vtimezone: first date {first} is after last date {last}")
    zone = ZoneInfo(tzid)
    scan_start = dt.datetime(first.year - 1, 1, 1)
    covered_from = dt.datetime(first.year, 1, 1)
    scan_end = dt.datetime(last.year + 2, 1, 1)
    utc = dt.timezone.utc
    changes = find_changes(zone, int(scan_start.replace(tzinfo=utc).timestamp()),
                           int(scan_end.replace(tzinfo=utc).timestamp()))

    timezone = icalendar.Timezone()
    timezone.add("TZID", tzid)
    timezone.add("X-LIC-LOCATION", tzid)
    if not any(change.wall - change.offset_from < covered_from for change in changes):
        start = scan_start.replace(tzinfo=utc).astimezone(zone)
        offset = start.utcoffset()
        timezone.add_component(_component(bool(start.dst()), ORIGIN, offset, offset,
                                          start.tzname()))
    for observance in group_changes(changes):
        timezone.add_component(_observance_component(observance, scan_end))
    return timezone
