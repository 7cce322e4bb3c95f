"""hub_events.event_view: what an event page shows, computed once (program days, status,
registration, replay). "Now" is fixed: SOURCE_DATE_EPOCH's instant, never the clock."""

import datetime as dt
from types import SimpleNamespace
from zoneinfo import ZoneInfo

import pytest

from hub_events.event_view import (
    Registration,
    add_event_view,
    deadline_passed,
    format_shown,
    program_days,
    registration,
    replay_offered,
    status_shown,
    survey_shown,
)

TORONTO = ZoneInfo("America/Toronto")
PARIS = ZoneInfo("Europe/Paris")
D = dt.date
NOW = dt.datetime(2026, 11, 29, 10, 0, tzinfo=TORONTO)  # a build's SOURCE_DATE_EPOCH
TODAY = NOW.date()
URL = "https://inscription.example/"


def at(*args, tz=TORONTO):
    return dt.datetime(*args, tzinfo=tz)


def session(title, start, end=None):
    return {"title": title, "start": start, **({"end": end} if end else {})}


def titles(days):
    return [(day, [s["title"] for s in sessions]) for day, sessions in days]


@pytest.mark.parametrize(
    "program, expected",
    [
        (None, []),
        ([], []),
        ([session("a", at(2026, 5, 1, 9))], [(D(2026, 5, 1), ["a"])]),
        (
            [session("a", at(2026, 5, 1, 9)), session("b", at(2026, 5, 1, 14)), session("c", at(2026, 5, 2, 9))],
            [(D(2026, 5, 1), ["a", "b"]), (D(2026, 5, 2), ["c"])],
        ),
        # across midnight: a session that starts at 23:00 and ends after midnight stays on its day
        (
            [session("late", at(2026, 5, 1, 23), at(2026, 5, 2, 1)), session("next", at(2026, 5, 2, 0, 30))],
            [(D(2026, 5, 1), ["late"]), (D(2026, 5, 2), ["next"])],
        ),
        # Paris-time sessions: the day is the one written (in Paris), not Montréal's
        (
            [session("matin", at(2026, 5, 2, 1, tz=PARIS)), session("soir", at(2026, 5, 1, 20, tz=PARIS))],
            [(D(2026, 5, 2), ["matin"]), (D(2026, 5, 1), ["soir"])],
        ),
        # days in the order of their first session; sessions in the program's order
        (
            [session("a", at(2026, 5, 2, 9)), session("b", at(2026, 5, 1, 9)), session("c", at(2026, 5, 2, 8))],
            [(D(2026, 5, 2), ["a", "c"]), (D(2026, 5, 1), ["b"])],
        ),
    ],
)
def test_program_days(program, expected):
    assert titles(program_days(program)) == expected


@pytest.mark.parametrize(
    "status, event_format, shown_status, shown_format",
    [
        (None, None, "scheduled", "in-person"),
        ("", "hybrid", "scheduled", "hybrid"),
        ("scheduled", "online", "scheduled", "online"),
        ("cancelled", "in-person", "cancelled", "in-person"),
        ("postponed", "hybrid", "postponed", "hybrid"),
        ("rescheduled", None, "rescheduled", "in-person"),
        ("moved-online", "in-person", "moved-online", "online"),
        ("moved-online", "hybrid", "moved-online", "online"),
    ],
)
def test_status_and_format_shown(status, event_format, shown_status, shown_format):
    assert status_shown(status) == shown_status
    assert format_shown(event_format, status) == shown_format


@pytest.mark.parametrize(
    "deadline, passed",
    [
        (None, False),
        (TODAY, False),  # a date: open all that day
        (TODAY - dt.timedelta(days=1), True),
        (TODAY + dt.timedelta(days=1), False),
        (NOW, False),  # a datetime: compared with the instant
        (NOW - dt.timedelta(minutes=1), True),
        (NOW + dt.timedelta(minutes=1), False),
        (at(2026, 11, 29, 15, 59, tz=PARIS), True),  # 09:59 in Montréal
        (at(2026, 11, 29, 16, 1, tz=PARIS), False),
    ],
)
def test_deadline_passed(deadline, passed):
    assert deadline_passed(deadline, NOW) is passed


@pytest.mark.parametrize(
    "fields, over, status, expected",
    [
        (None, False, None, None),
        ({}, False, None, None),
        ({"price": 10}, False, None, None),  # no address: nothing to show
        ({"url": URL}, False, None, Registration("open", None)),
        ({"url": URL, "deadline": TODAY}, False, "scheduled", Registration("open", TODAY)),
        ({"url": URL, "deadline": D(2026, 12, 5)}, False, None, Registration("open", D(2026, 12, 5))),
        ({"url": URL, "deadline": D(2026, 11, 28)}, False, None, Registration("ended", D(2026, 11, 28))),
        ({"url": URL, "deadline": NOW - dt.timedelta(hours=1)}, False, None, Registration("ended", NOW - dt.timedelta(hours=1))),
        ({"url": URL, "deadline": D(2026, 12, 5)}, True, None, Registration("closed", D(2026, 12, 5))),
        ({"url": URL}, False, "cancelled", Registration("closed", None)),
        ({"url": URL, "deadline": D(2026, 11, 28)}, False, "cancelled", Registration("closed", D(2026, 11, 28))),
        ({"url": URL}, False, "postponed", Registration("open", None)),
        ({"url": URL}, False, "moved-online", Registration("open", None)),
        (URL, False, None, Registration("open", None)),  # the content model's short form: the address alone
        (URL, True, None, Registration("closed", None)),
    ],
)
def test_registration(fields, over, status, expected):
    found = registration(fields, over, status, NOW)
    assert found == expected
    if found is not None:
        assert found.url == URL


@pytest.mark.parametrize(
    "replay, offered",
    [
        (None, True),
        ({"url": URL}, True),
        ({"url": URL, "until": TODAY}, True),
        ({"url": URL, "until": TODAY + dt.timedelta(days=3)}, True),
        ({"url": URL, "until": TODAY - dt.timedelta(days=1)}, False),
    ],
)
def test_replay_offered(replay, offered):
    assert replay_offered(replay, TODAY) is offered


@pytest.mark.parametrize(
    "survey, over, shown",
    [
        (None, True, False),
        ({}, True, False),
        ({"url": URL}, False, False),  # not over yet: no survey
        ({"url": URL}, True, True),
        ({"url": URL, "until": TODAY}, True, True),  # its last day
        ({"url": URL, "until": TODAY + dt.timedelta(days=7)}, True, True),
        ({"url": URL, "until": TODAY - dt.timedelta(days=1)}, True, False),
        ({"until": TODAY + dt.timedelta(days=7)}, True, False),  # no address
    ],
)
def test_survey_shown(survey, over, shown):
    assert survey_shown(survey, over, TODAY) is shown


def test_add_event_view_sets_every_value():
    event = SimpleNamespace(
        event_status="moved-online",
        format="hybrid",
        next_start=None,  # over
        program=[session("a", at(2026, 5, 1, 9))],
        registration={"url": URL, "deadline": D(2026, 12, 5)},
        replay={"url": URL, "until": D(2026, 11, 1)},
        survey={"url": URL, "until": D(2026, 12, 1)},
    )
    add_event_view(event, NOW)
    assert titles(event.program_days) == [(D(2026, 5, 1), ["a"])]
    assert (event.status_shown, event.format_shown) == ("moved-online", "online")
    assert event.registration_state == Registration("closed", D(2026, 12, 5))
    assert event.replay_offered is False
    assert event.survey_shown is True
