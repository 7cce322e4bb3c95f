"""ISO weeks of the digest: which weeks get one, and the time windows each one covers.

A digest belongs to the Monday of an ISO week, at 00:00 in the site's time zone. It lists what
happens from that moment for `weeks_ahead` weeks, and what was published in the week before it.
All windows are whole calendar days in the site's zone: a window that crosses a change of
clock is one hour shorter or longer, never shifted.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from hub_core.i18n import N_
from hub_core.settings import SettingsError, say

WEEK = re.compile(r"^(\d{4})-W(\d{2})$")


class WeekError(SettingsError):
    """HUB_DIGEST's `first_week` written otherwise than `2026-W40`, or a week that does not exist."""


def parse_week(text: str) -> dt.date:
    """The Monday of an ISO week written `2026-W40`."""
    match = WEEK.match(str(text))
    if not match:
        raise WeekError(say(N_("hub_digest : first_week de HUB_DIGEST invalide : %(value)s (attendu : une semaine ISO comme '2026-W40')"),
                            value=repr(text)))
    try:
        return dt.date.fromisocalendar(int(match.group(1)), int(match.group(2)), 1)
    except ValueError:
        raise WeekError(say(N_("hub_digest : first_week de HUB_DIGEST invalide : %(value)s (cette année n'a pas cette semaine)"),
                            value=repr(text))) from None


def monday_of(moment: dt.datetime, tz: ZoneInfo) -> dt.date:
    """The Monday of the week `moment` falls in, on the wall clock of `tz`."""
    day = moment.astimezone(tz).date()
    return day - dt.timedelta(days=day.weekday())


def mondays(first: dt.date, now: dt.datetime, tz: ZoneInfo) -> list[dt.date]:
    """Every Monday from `first`'s week to the week of `now`, oldest first (none if `first` is later)."""
    last = monday_of(dt.datetime.combine(first, dt.time(12), tzinfo=tz), tz)
    current = monday_of(now, tz)
    found = []
    while last <= current:
        found.append(last)
        last += dt.timedelta(days=7)
    return found


def midnight(day: dt.date, tz: ZoneInfo) -> dt.datetime:
    """00:00 of `day` in `tz` (midnight exists every day in the zones we use: clocks change at 2 h)."""
    return dt.datetime.combine(day, dt.time(0), tzinfo=tz)


@dataclass(frozen=True)
class Week:
    """One digest's week: its Monday, and the windows it covers."""

    monday: dt.date
    tz: ZoneInfo
    weeks_ahead: int = 2

    @property
    def year(self) -> int:
        return self.monday.isocalendar()[0]

    @property
    def number(self) -> int:
        return self.monday.isocalendar()[1]

    @property
    def key(self) -> str:
        """`2026-W48`: the ISO name, used in feed ids."""
        return f"{self.year}-W{self.number:02d}"

    def slug(self, lang: str = "fr") -> str:
        """`2026-s48` in French (semaine), `2026-w48` in English (week)."""
        return f"{self.year}-{'w' if lang == 'en' else 's'}{self.number:02d}"

    @property
    def start(self) -> dt.datetime:
        """Monday 00:00: the digest's moment; what it lists is known by then."""
        return midnight(self.monday, self.tz)

    @property
    def end(self) -> dt.datetime:
        """The end of the coming window: `weeks_ahead` weeks after Monday 00:00."""
        return midnight(self.monday + dt.timedelta(days=7 * self.weeks_ahead), self.tz)

    @property
    def last_day(self) -> dt.date:
        """The last day of the coming window (a Sunday)."""
        return self.monday + dt.timedelta(days=7 * self.weeks_ahead - 1)

    @property
    def since(self) -> dt.datetime:
        """The start of the past week: what was published from then until `start` is new."""
        return midnight(self.monday - dt.timedelta(days=7), self.tz)
