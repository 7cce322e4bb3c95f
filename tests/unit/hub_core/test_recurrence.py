"""hub_core.recurrence: occurrences keep their local wall-clock time."""

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from hub_core.recurrence import MAX_OCCURRENCES, next_occurrence, occurrences

MONTREAL = ZoneInfo("America/Toronto")


def at(text):
    return dt.datetime.fromisoformat(text).replace(tzinfo=MONTREAL)


FIRST_THURSDAY = {"rule": "FREQ=MONTHLY;BYDAY=1TH", "until": dt.date(2027, 3, 31), "except": [dt.date(2027, 1, 7)]}


def test_monthly_rule_with_until_and_except():
    starts = [s for s, _e in occurrences(at("2026-10-01 18:00"), at("2026-10-01 20:00"), FIRST_THURSDAY)]
    assert [s.date().isoformat() for s in starts] == ["2026-10-01", "2026-11-05", "2026-12-03", "2027-02-04", "2027-03-04"]
    assert all(s.weekday() == 3 for s in starts)


def test_wall_clock_time_is_kept_across_daylight_saving():
    pairs = list(occurrences(at("2026-10-01 18:00"), at("2026-10-01 20:00"), FIRST_THURSDAY))
    assert [s.strftime("%H:%M") for s, _e in pairs] == ["18:00"] * 5
    assert [s.utcoffset() for s, _e in pairs[:2]] == [dt.timedelta(hours=-4), dt.timedelta(hours=-5)]
    assert all(e - s == dt.timedelta(hours=2) for s, e in pairs)


def test_count_and_all_day_occurrences():
    pairs = list(occurrences(dt.date(2026, 1, 1), dt.date(2026, 1, 2), {"rule": "FREQ=WEEKLY", "count": 3}))
    assert pairs == [
        (dt.date(2026, 1, 1), dt.date(2026, 1, 2)),
        (dt.date(2026, 1, 8), dt.date(2026, 1, 9)),
        (dt.date(2026, 1, 15), dt.date(2026, 1, 16)),
    ]


def test_an_event_without_recurrence_is_its_only_occurrence():
    start, end = at("2026-12-04 12:00"), at("2026-12-04 13:30")
    assert list(occurrences(start, end, None)) == [(start, end)]


def test_a_rule_without_end_is_cut():
    assert len(list(occurrences(dt.date(2026, 1, 1), dt.date(2026, 1, 1), {"rule": "FREQ=DAILY"}))) == MAX_OCCURRENCES


@pytest.mark.parametrize(
    ("now", "expected"),
    [
        ("2026-11-23 12:00", "2026-12-03T18:00:00-05:00"),
        ("2026-12-03 19:00", "2026-12-03T18:00:00-05:00"),  # still going on
        ("2026-12-03 20:01", "2027-02-04T18:00:00-05:00"),  # January is skipped
        ("2027-03-04 20:01", None),
    ],
)
def test_next_occurrence(now, expected):
    found = next_occurrence(at("2026-10-01 18:00"), at("2026-10-01 20:00"), FIRST_THURSDAY, at(now), MONTREAL)
    assert (found[0].isoformat() if found else None) == expected


def test_next_occurrence_of_an_all_day_event_lasts_its_whole_last_day():
    found = next_occurrence(dt.date(2027, 4, 12), dt.date(2027, 4, 16), None, at("2027-04-16 23:59"), MONTREAL)
    assert found == (dt.date(2027, 4, 12), dt.date(2027, 4, 16))
