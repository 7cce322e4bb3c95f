"""What an event page shows, computed once: its program by day, its status, its registration,
its replay and survey.

`event.html` renders these values; it does not group, compare or default them itself.
"""

import datetime as dt
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Registration:
    """Where registration stands at the build's 'now'.

    state: "closed" (the event is over or cancelled), "ended" (the deadline has passed)
    or "open"; deadline: the registration deadline (a date or a datetime), or None; url: where
    to register.
    """

    state: str
    deadline: dt.date | dt.datetime | None
    url: str = field(default="", compare=False)  # where to register


def program_days(program: list | None) -> list[tuple[dt.date, list]]:
    """[(day, sessions)]: the sessions grouped by the day of their start, as written.

    Days come in the order of their first session; each day's sessions keep the program's
    order. A session's day is the date of its own start (in the zone it was written in).
    """
    days: dict[dt.date, list] = {}
    for session in program or []:
        days.setdefault(session["start"].date(), []).append(session)
    return list(days.items())


def status_shown(status: str | None) -> str:
    """The event's status, "scheduled" when none is given."""
    return status or "scheduled"


def format_shown(event_format: str | None, status: str | None) -> str:
    """How the event is held now: "online" once moved online, else its format ("in-person" by default)."""
    if status_shown(status) == "moved-online":
        return "online"
    return event_format or "in-person"


def deadline_passed(deadline: dt.date | dt.datetime | None, now: dt.datetime) -> bool:
    """Whether a deadline is before `now`: a datetime against the instant, a date against today."""
    if not deadline:
        return False
    if isinstance(deadline, dt.datetime):
        return deadline < now
    return deadline < now.date()


def registration(registration: dict | str | None, over: bool, status: str | None, now: dt.datetime) -> Registration | None:
    """Where registration stands; None when the event has no registration address. `registration`
    is a mapping (`url`, `deadline`…) or, as the content model allows, its address alone."""
    fields = {"url": registration} if isinstance(registration, str) else registration or {}
    if not fields.get("url"):
        return None
    deadline = fields.get("deadline") or None
    if over or status_shown(status) == "cancelled":
        return Registration("closed", deadline, fields["url"])
    if deadline_passed(deadline, now):
        return Registration("ended", deadline, fields["url"])
    return Registration("open", deadline, fields["url"])


def replay_offered(replay: dict | None, today: dt.date) -> bool:
    """Whether a replay is still offered: no end date, or an end date not before today."""
    until = (replay or {}).get("until")
    return not until or until >= today


def survey_shown(survey: dict | None, over: bool, today: dt.date) -> bool:
    """Whether the page invites to the survey: the event is over, the survey has an address and
    its last day (`until`), if any, is not before today."""
    fields = survey or {}
    if not over or not fields.get("url"):
        return False
    until = fields.get("until")
    return not until or until >= today


def add_event_view(item: Any, now: dt.datetime) -> None:
    """Sets the values event.html shows on one event (or one translation); `next_start` is set."""
    status = getattr(item, "event_status", None)
    over = getattr(item, "next_start", None) is None
    item.program_days = program_days(getattr(item, "program", None))
    item.status_shown = status_shown(status)
    item.format_shown = format_shown(getattr(item, "format", None), status)
    item.registration_state = registration(getattr(item, "registration", None), over, status, now)
    item.replay_offered = replay_offered(getattr(item, "replay", None), now.date())
    item.survey_shown = survey_shown(getattr(item, "survey", None), over, now.date())
