"""What one digest holds: the coming events grouped by region, and what is new since last week.

Pure functions of the content and the week: a past week's digest comes out the same at every
build, until the content it lists changes. Only what was known on the digest's Monday is in it:
an event announced (its `date`) after Monday 00:00 waits for the next digest.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left
from dataclasses import dataclass, field

from hub_core import dates, recurrence

from .weeks import Week

POST_TYPES = ("post", "chronicle", "report")


@dataclass(frozen=True)
class Occurrence:
    """One date of an event inside the window (a recurring event may have several)."""

    event: object
    start: object  # date (all-day) or aware datetime, in the event's own zone
    end: object
    instant: dt.datetime  # its start, as an instant, for ordering
    finish: dt.datetime  # when it is over (the next midnight for an all-day date)


@dataclass
class RegionGroup:
    """The coming events of one region; `region` is None for events online or outside Quebec."""

    region: object
    occurrences: list = field(default_factory=list)


@dataclass
class Digest:
    week: Week
    groups: list  # [RegionGroup], regions in order of their official code, the rest last
    posts: list  # posts, chronicles and trip reports of the past week, oldest first
    entries: list  # directory entries added in the past week
    urls: dict  # {lang: the page's relative address}

    @property
    def occurrences(self) -> list:
        return [o for group in self.groups for o in group.occurrences]

    def items(self, lang: str = "fr") -> list:
        """Every item it shows, in `lang` when translated (for its `updated` date)."""
        found = [*(o.event for o in self.occurrences), *self.posts, *self.entries]
        if lang == "fr":
            return found
        return [next((t for t in getattr(i, "translations", ()) if t.lang == lang), i) for i in found]

    def updated(self, lang: str = "fr") -> dt.datetime:
        """Its Monday, or the latest revision of what it shows: never the build's clock."""
        latest = self.week.start
        for item in self.items(lang):
            revised = getattr(item, "revised", None) or getattr(item, "modified", None) or item.date
            latest = max(latest, dates.as_datetime(revised, self.week.tz))
        return latest


def zone_of(event, default):
    return dates.zone(getattr(event, "timezone", None) or default)


class Timeline:
    """Every date of `events` that starts before `horizon`, each event expanded once; the dates
    overlapping a window are then found by bisection (a site with years of digests and weekly
    meetups does not expand every rule once per week)."""

    def __init__(self, events, horizon: dt.datetime, default_zone: str):
        found = []
        for event in events:
            tz = zone_of(event, default_zone)
            for start, end in recurrence.occurrences(event.start, event.end, getattr(event, "recurrence", None)):
                instant = dates.as_datetime(start, tz)
                if instant >= horizon:
                    break
                found.append(Occurrence(event, start, end, instant, dates.end_instant(end, tz)))
        found.sort(key=lambda o: (o.instant, o.event.slug))
        self.occurrences = found
        self.starts = [o.instant for o in found]
        self.longest = max((o.finish - o.instant for o in found), default=dt.timedelta(0))

    def overlapping(self, start: dt.datetime, end: dt.datetime) -> list[Occurrence]:
        """The dates that are not over at `start` and begin before `end`, in order."""
        low = bisect_left(self.starts, start - self.longest)
        high = bisect_left(self.starts, end)
        return [o for o in self.occurrences[low:high] if o.finish > start]


def occurrences_in(event, week: Week, default_zone: str) -> list[Occurrence]:
    """The event's dates that overlap the coming window [Monday 00:00, end)."""
    return Timeline([event], week.end, default_zone).overlapping(week.start, week.end)


def known(item, week: Week) -> bool:
    """Published (directory entries are `hidden` pages), in French (translations follow their
    original), and dated before Monday 00:00."""
    return (
        item.lang == "fr"
        and getattr(item, "status", "published") in ("published", "hidden")
        and getattr(item, "date", None) is not None
        and dates.as_datetime(item.date, week.tz) < week.start
    )


def group_by_region(occurrences: list[Occurrence]) -> list[RegionGroup]:
    """One group per region, by official region code; events without a region come last."""
    groups = {}
    for occurrence in sorted(occurrences, key=lambda o: (o.instant, o.event.slug)):
        region = getattr(occurrence.event, "region", None)
        key = region.code if region else "~"
        groups.setdefault(key, RegionGroup(region)).occurrences.append(occurrence)
    return [groups[key] for key in sorted(groups)]


def collect(timeline: Timeline, posts, entries, week: Week, urls: dict) -> Digest:
    """The digest of `week` from the events' timeline, the posts (post, chronicle, trip report)
    and the directory entries."""
    coming = [o for o in timeline.overlapping(week.start, week.end) if known(o.event, week)]

    def new(item):
        return known(item, week) and dates.as_datetime(item.date, week.tz) >= week.since

    fresh = sorted((p for p in posts if p.hub_type in POST_TYPES and new(p)), key=lambda p: (p.date, p.slug))
    added = sorted((e for e in entries if e.hub_type == "directory" and new(e)), key=lambda e: (e.date, e.slug))
    return Digest(week, group_by_region(coming), fresh, added, urls)
