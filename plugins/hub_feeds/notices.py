"""Change notices: a cancelled, postponed, rescheduled or moved-online event gets a feed entry of
its own, so feed readers show the change as new (the event's own entry keeps its id, and readers
never show an update of it). One notice per change (its id ends in `:change:<sequence>`), in every
feed of its event, for as long as the event is upcoming."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from hub_core import dates
from hub_core.problems import ProblemError
from hub_core.settings import DEFAULT_TIMEZONE

STATUSES = ("cancelled", "postponed", "rescheduled", "moved-online")


@dataclass(frozen=True)
class Notice:
    """What changed for one event: its status now, the start before (if it moved), and when."""

    event: object
    status: str
    sequence: int
    date: dt.datetime  # when the change was made (the file's revision)
    previous_start: object  # date or datetime, or None

    @property
    def lang(self):
        return self.event.lang

    @property
    def hub_source(self):
        return f"{self.event.hub_source}:change"


def previous_start(event):
    """The start before the change: `previous_start`, else the one in the file's history."""
    written = getattr(event, "previous_start", None)
    if written:
        return written
    before = (getattr(event, "revised_before", None) or {}).get("start")
    if before is None:
        return None
    tz = event.start.tzinfo if isinstance(event.start, dt.datetime) else None
    try:
        value = dates.parse_when(before, tz or dates.zone(getattr(event, "timezone", None) or DEFAULT_TIMEZONE))
    except ProblemError:
        return None
    return value if value != event.start else None


def upcoming(event, now):
    """An event is upcoming until it ends (a recurring one until its `until`, if any)."""
    rule = getattr(event, "recurrence", None)
    if rule:
        until = rule.get("until")
        return until is None or until >= now.date()
    return dates.end_instant(event.end, now.tzinfo) >= now


def collect(items, now):
    """The notices of the events among `items` (French and English)."""
    found = []
    for item in items:
        status = getattr(item, "event_status", None) or "scheduled"
        if item.hub_type != "event" or status not in STATUSES or not upcoming(item, now):
            continue
        revised = getattr(item, "revised", None) or item.date
        date = max(revised.astimezone(item.date.tzinfo), item.date)
        found.append(Notice(item, status, getattr(item, "sequence", 0), date, previous_start(item)))
    return found


def add_to_feeds(feeds, notices):
    """Each notice joins every feed its event is in; feeds stay newest first."""
    by_event = {id(n.event): n for n in notices}
    for feed in feeds:
        extra = [by_event[id(i)] for i in feed.items if id(i) in by_event]
        if extra:
            feed.items = sorted(feed.items + extra, key=lambda i: (i.date, i.hub_source), reverse=True)
