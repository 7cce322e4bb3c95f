"""Every dated occurrence of every event, recurrences expanded up to a horizon."""

import datetime as dt
from dataclasses import dataclass

from hub_core import dates, recurrence


@dataclass(frozen=True)
class Occurrence:
    """One date of one event. `start`/`end` are dates (all-day) or aware datetimes."""

    event: object  # the Pelican article
    start: object
    end: object
    index: int = 0  # 0 for the event's first date

    @property
    def all_day(self):
        return dates.is_all_day(self.start)

    @property
    def zone(self):
        return event_zone(self.event)

    def start_instant(self):
        return dates.as_datetime(self.start, self.zone)

    def end_instant(self):
        return dates.end_instant(self.end, self.zone)

    def days(self):
        """The calendar days it covers, in its own time zone (all-day: end inclusive)."""
        if self.all_day:
            first, last = self.start, self.end
        else:
            first = self.start.astimezone(self.zone).date()
            finish = self.end.astimezone(self.zone)
            last = finish.date()
            if finish.time() == dt.time(0) and last > first:
                last -= dt.timedelta(days=1)  # ends at midnight: not on the next day
        return [first + dt.timedelta(days=n) for n in range((last - first).days + 1)]


def event_zone(event):
    return dates.zone(getattr(event, "timezone", None) or event.settings.get("TIMEZONE"))


def expand(events, horizon):
    """Occurrences of `events` starting before `horizon` (an aware datetime), in order."""
    found = []
    for event in events:
        pairs = recurrence.occurrences(event.start, event.end, getattr(event, "recurrence", None))
        for index, (start, end) in enumerate(pairs):
            occurrence = Occurrence(event, start, end, index)
            if index and occurrence.start_instant() >= horizon:
                break
            found.append(occurrence)
    return sorted(found, key=lambda o: (o.start_instant(), o.event.slug, o.index))
