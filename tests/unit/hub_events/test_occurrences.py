"""hub_events.occurrences: the days an occurrence covers, and expand() with its horizon.

Days are counted in the event's own time zone; instants are worked out by hand
(Montréal UTC−5 in winter, UTC−4 from 8 March 2026; Paris UTC+2 in summer)."""

import datetime as dt
import random
from zoneinfo import ZoneInfo

import pytest

from hub_events.occurrences import Occurrence, expand

TORONTO = ZoneInfo("America/Toronto")
PARIS = ZoneInfo("Europe/Paris")
UTC = dt.timezone.utc
D = dt.date


def at(*args, tz=TORONTO):
    return dt.datetime(*args, tzinfo=tz)


def span(first, last):
    return [first + dt.timedelta(days=n) for n in range((last - first).days + 1)]


# --- days() ---------------------------------------------------------------------------

DAYS = [
    # start, end, event time zone, days covered
    pytest.param(D(2026, 4, 12), D(2026, 4, 16), TORONTO, span(D(2026, 4, 12), D(2026, 4, 16)), id="all-day-five-days"),
    pytest.param(D(2026, 4, 12), D(2026, 4, 12), TORONTO, [D(2026, 4, 12)], id="all-day-one-day"),
    pytest.param(D(2026, 4, 29), D(2026, 5, 2), TORONTO, span(D(2026, 4, 29), D(2026, 5, 2)), id="all-day-across-months"),
    pytest.param(D(2026, 12, 30), D(2027, 1, 1), PARIS, span(D(2026, 12, 30), D(2027, 1, 1)), id="all-day-across-years"),
    pytest.param(at(2026, 4, 2, 18), at(2026, 4, 2, 20), TORONTO, [D(2026, 4, 2)], id="evening"),
    pytest.param(at(2026, 4, 2, 22), at(2026, 4, 3, 2), TORONTO, [D(2026, 4, 2), D(2026, 4, 3)], id="across-midnight"),
    pytest.param(at(2026, 4, 2, 20), at(2026, 4, 3, 0), TORONTO, [D(2026, 4, 2)], id="ends-at-midnight"),
    pytest.param(at(2026, 4, 3, 0), at(2026, 4, 3, 1), TORONTO, [D(2026, 4, 3)], id="starts-at-midnight"),
    pytest.param(at(2026, 4, 2, 9), at(2026, 4, 4, 17), TORONTO, span(D(2026, 4, 2), D(2026, 4, 4)), id="three-days"),
    pytest.param(at(2026, 4, 2, 9), at(2026, 4, 5, 0), TORONTO, span(D(2026, 4, 2), D(2026, 4, 4)),
                 id="three-days-ending-at-midnight"),
    # Paris 23:30 → 01:00 is 17:30 → 19:00 in Montréal: two days in Paris, where it happens.
    pytest.param(at(2026, 6, 5, 23, 30, tz=PARIS), at(2026, 6, 6, 1, tz=PARIS), PARIS, [D(2026, 6, 5), D(2026, 6, 6)],
                 id="paris-across-midnight"),
    # The same instants written in UTC are still read in the event's zone.
    pytest.param(at(2026, 6, 5, 21, 30, tz=UTC), at(2026, 6, 5, 23, tz=UTC), PARIS, [D(2026, 6, 5), D(2026, 6, 6)],
                 id="paris-given-in-utc"),
    # Paris 00:30 on 6 June is 18:30 on 5 June in Montréal.
    pytest.param(at(2026, 6, 6, 0, 30, tz=PARIS), at(2026, 6, 6, 2, tz=PARIS), PARIS, [D(2026, 6, 6)], id="paris-after-midnight"),
]  # fmt: skip


@pytest.mark.parametrize("start, end, zone, days", DAYS)
def test_days(make_event, start, end, zone, days):
    event = make_event(start=start, end=end, timezone=zone)
    assert Occurrence(event, start, end).days() == days


@pytest.mark.parametrize("zone", [TORONTO, "America/Toronto"])
def test_zone_from_a_zoneinfo_or_a_name(make_event, zone):
    assert Occurrence(make_event(timezone=zone), D(2026, 4, 2), D(2026, 4, 2)).zone == TORONTO


def test_zone_defaults_to_the_site_time_zone(make_event):
    event = make_event(timezone=None, settings={"TIMEZONE": "Europe/Paris"})
    assert Occurrence(event, D(2026, 4, 2), D(2026, 4, 2)).zone == PARIS


INSTANTS = [
    # start, end, zone, start instant (UTC), end instant (UTC)
    pytest.param(D(2026, 4, 12), D(2026, 4, 16), TORONTO, at(2026, 4, 12, 4, tz=UTC), at(2026, 4, 17, 4, tz=UTC),
                 id="all-day-ends-at-next-midnight"),
    pytest.param(D(2026, 6, 5), D(2026, 6, 5), PARIS, at(2026, 6, 4, 22, tz=UTC), at(2026, 6, 5, 22, tz=UTC),
                 id="all-day-paris"),
    pytest.param(at(2026, 4, 2, 18), at(2026, 4, 2, 20), TORONTO, at(2026, 4, 2, 22, tz=UTC), at(2026, 4, 3, 0, tz=UTC),
                 id="timed"),
]  # fmt: skip


@pytest.mark.parametrize("start, end, zone, first, last", INSTANTS)
def test_start_and_end_instants(make_event, start, end, zone, first, last):
    occurrence = Occurrence(make_event(start=start, end=end, timezone=zone), start, end)
    assert occurrence.all_day is (type(start) is dt.date)
    assert occurrence.start_instant() == first
    assert occurrence.end_instant() == last


# --- expand() -------------------------------------------------------------------------

HORIZON = at(2026, 4, 30)


def starts(occurrences):
    return [(o.event.slug, o.start) for o in occurrences]


def test_single_event_beyond_the_horizon_is_kept(make_event):
    event = make_event("lointain", start=at(2027, 6, 1, 18), end=at(2027, 6, 1, 20))
    assert starts(expand([event], HORIZON)) == [("lointain", at(2027, 6, 1, 18))]


def test_recurrence_stops_at_the_horizon(make_event):
    event = make_event("hebdo", start=at(2026, 4, 2, 18), end=at(2026, 4, 2, 20), recurrence={"rule": "FREQ=WEEKLY"})
    found = expand([event], HORIZON)
    assert [o.start for o in found] == [at(2026, 4, d, 18) for d in (2, 9, 16, 23)]
    assert [o.end for o in found] == [at(2026, 4, d, 20) for d in (2, 9, 16, 23)]
    assert [o.index for o in found] == [0, 1, 2, 3]


@pytest.mark.parametrize(
    "horizon, last",
    [(at(2026, 4, 23, 18), 16), (at(2026, 4, 23, 18, 0, 1), 23), (at(2026, 4, 23, 17, 59), 16)],
)
def test_horizon_keeps_occurrences_starting_before_it(make_event, horizon, last):
    event = make_event("hebdo", start=at(2026, 4, 2, 18), end=at(2026, 4, 2, 20), recurrence={"rule": "FREQ=WEEKLY"})
    assert expand([event], horizon)[-1].start == at(2026, 4, last, 18)


def test_recurring_event_starting_beyond_the_horizon_keeps_only_its_first_date(make_event):
    event = make_event("plus-tard", start=at(2026, 9, 3, 18), end=at(2026, 9, 3, 20), recurrence={"rule": "FREQ=WEEKLY"})
    assert starts(expand([event], HORIZON)) == [("plus-tard", at(2026, 9, 3, 18))]


def test_until_count_and_exceptions(make_event):
    events = [
        make_event("jusqua", start=at(2026, 4, 1, 12), end=at(2026, 4, 1, 13),
                   recurrence={"rule": "FREQ=DAILY", "until": D(2026, 4, 3)}),
        make_event("trois-fois", start=D(2026, 4, 6), end=D(2026, 4, 6),
                   recurrence={"rule": "FREQ=WEEKLY", "count": 3, "except": [D(2026, 4, 13)]}),
    ]  # fmt: skip
    found = expand(events, HORIZON)
    assert [o.start for o in found if o.event.slug == "jusqua"] == [at(2026, 4, d, 12) for d in (1, 2, 3)]
    assert [o.start for o in found if o.event.slug == "trois-fois"] == [D(2026, 4, 6), D(2026, 4, 20)]


def test_wall_time_kept_across_a_clock_change(make_event):
    # 18:00 EST on 5 March, then 18:00 EDT: the instant moves, the local time does not.
    event = make_event("hebdo", start=at(2026, 3, 5, 18), end=at(2026, 3, 5, 20), recurrence={"rule": "FREQ=WEEKLY", "count": 2})
    first, second = expand([event], HORIZON)
    assert first.start_instant() == at(2026, 3, 5, 23, tz=UTC)
    assert second.start_instant() == at(2026, 3, 12, 22, tz=UTC)
    assert second.end - second.start == dt.timedelta(hours=2)


def test_ordered_by_start_instant_across_time_zones(make_event):
    events = [
        # Montréal 9:00 EDT is 13:00Z; Paris 14:00 CEST is 12:00Z: Paris first despite its later wall clock.
        make_event("montreal-matin", start=at(2026, 6, 5, 9), end=at(2026, 6, 5, 10)),
        make_event("paris-apres-midi", start=at(2026, 6, 5, 14, tz=PARIS), end=at(2026, 6, 5, 15, tz=PARIS),
                   timezone=PARIS),
        # An all-day Montréal date starts at its midnight, 04:00Z.
        make_event("journee", start=D(2026, 6, 5), end=D(2026, 6, 5)),
        # An all-day Paris date starts at Paris midnight: 22:00Z the day before.
        make_event("journee-paris", start=D(2026, 6, 5), end=D(2026, 6, 5), timezone=PARIS),
        make_event("veille", start=at(2026, 6, 4, 20), end=at(2026, 6, 4, 21)),  # 00:00Z on 5 June
    ]  # fmt: skip
    expected = ["journee-paris", "veille", "journee", "paris-apres-midi", "montreal-matin"]
    for seed in range(4):
        shuffled = list(events)
        random.Random(seed).shuffle(shuffled)
        found = expand(shuffled, at(2027, 1, 1))
        assert [o.event.slug for o in found] == expected


def test_same_instant_ordered_by_slug(make_event):
    events = [make_event(slug, start=at(2026, 4, 2, 18), end=at(2026, 4, 2, 20)) for slug in ("c", "a", "b")]
    assert [o.event.slug for o in expand(events, HORIZON)] == ["a", "b", "c"]


def test_no_events_no_occurrences():
    assert expand([], HORIZON) == []
