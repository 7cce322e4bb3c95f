"""hub_events.vtimezone: VTIMEZONE rules that icalendar and ical.js read as zoneinfo does.

Each zone's VTIMEZONE goes into a calendar with one VEVENT per local time of the tables;
the calendar is written out, read back with icalendar and with ical.js (Thunderbird's
engine, through node), and both must give the UTC instant written in the table, which
zoneinfo must give too. A sweep then compares every change of offset in the range.
"""

import datetime as dt
import functools
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import icalendar
import icaljs
import pytest
from icaljs import read_with_icaljs

from hub_events.vtimezone import vtimezone

UTC = dt.timezone.utc
FIRST, LAST = dt.date(2005, 1, 1), dt.date(2027, 12, 31)
YEARS = range(FIRST.year, LAST.year + 1)
HOUR, DAY = dt.timedelta(hours=1), dt.timedelta(days=1)
ZONES = (
    "America/Toronto", "Europe/Paris", "America/Halifax", "America/Vancouver",
    "America/Regina", "Asia/Tokyo", "Australia/Sydney", "America/Sao_Paulo", "UTC",
)  # fmt: skip

# (zone, local wall time, the UTC instant it is), summer and winter, either side of changes,
# before and after rule changes. No time falls in a gap or a fold.
INSTANTS = (
    # The known trap: ical.js reading RDATE lists puts this at 08:00Z.
    ("Europe/Paris", "2017-06-07 09:00", "2017-06-07 07:00"),
    ("Europe/Paris", "2017-03-26 01:30", "2017-03-26 00:30"),  # last Sunday of March
    ("Europe/Paris", "2017-03-26 03:30", "2017-03-26 01:30"),
    ("Europe/Paris", "2017-10-29 01:30", "2017-10-28 23:30"),  # last Sunday of October
    ("Europe/Paris", "2017-10-29 03:30", "2017-10-29 02:30"),
    ("Europe/Paris", "2005-01-15 12:00", "2005-01-15 11:00"),
    ("Europe/Paris", "2027-08-15 12:00", "2027-08-15 10:00"),
    ("Europe/Paris", "2027-12-31 23:00", "2027-12-31 22:00"),
    # Montréal: first Sunday of April / last Sunday of October until 2006 ...
    ("America/Toronto", "2005-03-13 12:00", "2005-03-13 17:00"),
    ("America/Toronto", "2005-04-02 12:00", "2005-04-02 17:00"),
    ("America/Toronto", "2005-04-03 03:30", "2005-04-03 07:30"),
    ("America/Toronto", "2006-10-29 00:30", "2006-10-29 04:30"),
    ("America/Toronto", "2006-10-29 02:30", "2006-10-29 07:30"),
    ("America/Toronto", "2006-11-04 12:00", "2006-11-04 17:00"),
    # ... second Sunday of March / first Sunday of November from 2007.
    ("America/Toronto", "2007-03-10 12:00", "2007-03-10 17:00"),
    ("America/Toronto", "2007-03-11 03:30", "2007-03-11 07:30"),
    ("America/Toronto", "2007-04-01 12:00", "2007-04-01 16:00"),
    ("America/Toronto", "2007-10-30 12:00", "2007-10-30 16:00"),
    ("America/Toronto", "2007-11-04 00:30", "2007-11-04 04:30"),
    ("America/Toronto", "2007-11-04 02:30", "2007-11-04 07:30"),
    ("America/Toronto", "2025-07-01 19:00", "2025-07-01 23:00"),
    ("America/Toronto", "2025-12-24 19:00", "2025-12-25 00:00"),
    ("America/Toronto", "2027-11-06 12:00", "2027-11-06 16:00"),
    ("America/Toronto", "2027-11-07 12:00", "2027-11-07 17:00"),
    ("America/Halifax", "2006-07-01 12:00", "2006-07-01 15:00"),
    ("America/Halifax", "2007-03-11 03:30", "2007-03-11 06:30"),
    ("America/Halifax", "2007-11-04 00:30", "2007-11-04 03:30"),
    ("America/Halifax", "2007-11-04 02:30", "2007-11-04 06:30"),
    ("America/Halifax", "2026-01-15 12:00", "2026-01-15 16:00"),
    ("America/Vancouver", "2006-04-01 12:00", "2006-04-01 20:00"),
    ("America/Vancouver", "2006-04-02 12:00", "2006-04-02 19:00"),
    ("America/Vancouver", "2026-03-08 03:30", "2026-03-08 10:30"),
    ("America/Vancouver", "2026-07-01 12:00", "2026-07-01 19:00"),
    ("America/Vancouver", "2026-11-01 02:30", "2026-11-01 10:30"),
    ("America/Regina", "2010-01-15 12:00", "2010-01-15 18:00"),
    ("America/Regina", "2010-07-15 12:00", "2010-07-15 18:00"),
    ("Asia/Tokyo", "2005-01-01 00:00", "2004-12-31 15:00"),
    ("Asia/Tokyo", "2020-07-24 20:00", "2020-07-24 11:00"),
    ("UTC", "2020-03-29 02:30", "2020-03-29 02:30"),
    # Sydney: the seasons are reversed; 2006 ended summer time a week late (Commonwealth Games);
    # from 2008 it runs from the first Sunday of October to the first Sunday of April.
    ("Australia/Sydney", "2006-03-28 12:00", "2006-03-28 01:00"),
    ("Australia/Sydney", "2007-03-26 12:00", "2007-03-26 02:00"),
    ("Australia/Sydney", "2008-03-30 12:00", "2008-03-30 01:00"),
    ("Australia/Sydney", "2025-01-15 12:00", "2025-01-15 01:00"),
    ("Australia/Sydney", "2025-04-06 01:30", "2025-04-05 14:30"),
    ("Australia/Sydney", "2025-04-06 03:30", "2025-04-05 17:30"),
    ("Australia/Sydney", "2025-07-15 12:00", "2025-07-15 02:00"),
    ("Australia/Sydney", "2025-10-05 01:30", "2025-10-04 15:30"),
    ("Australia/Sydney", "2025-10-05 03:30", "2025-10-04 16:30"),
    # São Paulo: summer time until February 2019, none since.
    ("America/Sao_Paulo", "2005-07-01 12:00", "2005-07-01 15:00"),
    ("America/Sao_Paulo", "2012-02-22 12:00", "2012-02-22 14:00"),  # Carnival: ended late
    ("America/Sao_Paulo", "2018-01-15 12:00", "2018-01-15 14:00"),
    ("America/Sao_Paulo", "2018-11-04 12:00", "2018-11-04 14:00"),
    ("America/Sao_Paulo", "2019-02-16 12:00", "2019-02-16 14:00"),
    ("America/Sao_Paulo", "2019-02-17 12:00", "2019-02-17 15:00"),
    ("America/Sao_Paulo", "2019-11-10 12:00", "2019-11-10 15:00"),
    ("America/Sao_Paulo", "2020-01-15 12:00", "2020-01-15 15:00"),
)

# The yearly rules expected for 2005-2027: (observance, DTSTART, TZOFFSETFROM, TZOFFSETTO, RRULE).
RULES = {
    "America/Toronto": [
        ("DAYLIGHT", "20040404T020000", "-0500", "-0400",
         "FREQ=YEARLY;UNTIL=20060402T070000Z;BYDAY=1SU;BYMONTH=4"),
        ("STANDARD", "20041031T020000", "-0400", "-0500",
         "FREQ=YEARLY;UNTIL=20061029T060000Z;BYDAY=-1SU;BYMONTH=10"),
        ("DAYLIGHT", "20070311T020000", "-0500", "-0400", "FREQ=YEARLY;BYDAY=2SU;BYMONTH=3"),
        ("STANDARD", "20071104T020000", "-0400", "-0500", "FREQ=YEARLY;BYDAY=1SU;BYMONTH=11"),
    ],
    "Europe/Paris": [
        ("DAYLIGHT", "20040328T020000", "+0100", "+0200", "FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3"),
        ("STANDARD", "20041031T030000", "+0200", "+0100", "FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10"),
    ],
    "America/Regina": [("STANDARD", "19700101T000000", "-0600", "-0600", None)],
    "Asia/Tokyo": [("STANDARD", "19700101T000000", "+0900", "+0900", None)],
    "UTC": [("STANDARD", "19700101T000000", "+0000", "+0000", None)],
}


def wall(text):
    return dt.datetime.strptime(text, "%Y-%m-%d %H:%M")


def utc(text):
    return wall(text).replace(tzinfo=UTC)


def uid(zone, local):
    return f"{local:%Y%m%dT%H%M%S}@{zone}"


def calendar_bytes(zone, timezone, walls):
    """A calendar with the VTIMEZONE and one event starting at each local wall time."""
    calendar = icalendar.Calendar()
    calendar.add("PRODID", "-//maillage//tests vtimezone//FR")
    calendar.add("VERSION", "2.0")
    calendar.add_component(timezone)
    for local in walls:
        event = icalendar.Event()
        event.add("UID", uid(zone, local))
        event.add("DTSTAMP", dt.datetime(2025, 1, 1, tzinfo=UTC))
        event.add("SUMMARY", f"{zone} {local}")
        event.add("DTSTART", local, parameters={"TZID": zone})
        calendar.add_component(event)
    return calendar.to_ical()


@functools.cache
def sweep_walls(zone):
    """Local times a minute and an hour either side of each change of offset, and noon on
    the 15th of each month; none in a gap or a fold."""
    tz = ZoneInfo(zone)
    walls = {dt.datetime(year, month, 15, 12) for year in YEARS for month in range(1, 13)}

    def offset(instant):
        return instant.astimezone(tz).utcoffset()

    day = dt.datetime(FIRST.year, 1, 1, tzinfo=UTC)
    end = dt.datetime(LAST.year + 1, 1, 1, tzinfo=UTC)
    while day < end:
        if offset(day + DAY) != offset(day):
            for hour in range(24):
                instant = day + hour * HOUR
                if offset(instant + HOUR) != offset(instant):
                    for minutes in (-1, 1, 59, 61, 119, 121):
                        shifted = instant + dt.timedelta(minutes=minutes)
                        walls.add(shifted.astimezone(tz).replace(tzinfo=None))
        day += DAY
    return tuple(sorted(w for w in walls if is_plain(w, tz) and w.year in YEARS))


def is_plain(local, tz):
    """True when a wall time names exactly one instant (it is in no gap and no fold)."""
    early, late = local.replace(tzinfo=tz, fold=0), local.replace(tzinfo=tz, fold=1)
    return early.utcoffset() == late.utcoffset()


@pytest.fixture(scope="module")
def readings(tmp_path_factory):
    """For every zone: the parsed icalendar calendar, and ical.js's events by UID."""
    folder = tmp_path_factory.mktemp("vtimezone")
    table_walls = {zone: [wall(local) for z, local, _ in INSTANTS if z == zone] for zone in ZONES}
    paths, calendars = {}, {}
    for zone in ZONES:
        walls = sorted(set(table_walls[zone]) | set(sweep_walls(zone)))
        data = calendar_bytes(zone, vtimezone(zone, FIRST, LAST), walls)
        paths[zone] = folder / f"{zone.replace('/', '-')}.ics"
        paths[zone].write_bytes(data)
        calendars[zone] = icalendar.Calendar.from_ical(data)
    files = read_with_icaljs([paths[zone] for zone in ZONES])["files"]
    icaljs = {}
    for zone, result in zip(ZONES, files, strict=True):
        assert result["error"] is None, f"ical.js could not read {zone}: {result['error']}"
        icaljs[zone] = {event["uid"]: event for event in result["events"]}
    return calendars, icaljs


def icaljs_instant(event):
    return dt.datetime.fromisoformat(event["start_utc"]).astimezone(UTC)


@pytest.mark.parametrize(("zone", "local", "expected"), INSTANTS)
def test_table_instants_agree_in_zoneinfo_icalendar_and_icaljs(readings, zone, local, expected):
    calendars, icaljs = readings
    local, expected = wall(local), utc(expected)
    assert local.replace(tzinfo=ZoneInfo(zone)).astimezone(UTC) == expected  # the table is right
    timezone = calendars[zone].walk("VTIMEZONE")[0].to_tz(lookup_tzid=False)
    assert local.replace(tzinfo=timezone).astimezone(UTC) == expected
    [event] = [e for e in calendars[zone].walk("VEVENT") if e["UID"] == uid(zone, local)]
    assert event.DTSTART.astimezone(UTC) == expected
    assert icaljs_instant(icaljs[zone][uid(zone, local)]) == expected


@pytest.mark.parametrize("zone", ZONES)
def test_every_change_of_offset_agrees_in_icalendar_and_icaljs(readings, zone):
    calendars, icaljs = readings
    tz = ZoneInfo(zone)
    timezone = calendars[zone].walk("VTIMEZONE")[0].to_tz(lookup_tzid=False)
    walls = sweep_walls(zone)
    assert len(walls) >= 12 * len(YEARS)
    wrong = []
    for local in walls:
        expected = local.replace(tzinfo=tz).astimezone(UTC)
        by_icalendar = local.replace(tzinfo=timezone).astimezone(UTC)
        by_icaljs = icaljs_instant(icaljs[zone][uid(zone, local)])
        if not expected == by_icalendar == by_icaljs:
            wrong.append((local, expected, by_icalendar, by_icaljs))
    assert wrong == []


@pytest.mark.parametrize("zone", ZONES)
def test_observances_are_complete_and_rdates_single(zone):
    timezone = vtimezone(zone, FIRST, LAST)
    assert timezone["TZID"] == zone
    assert timezone["X-LIC-LOCATION"] == zone
    assert timezone.subcomponents
    for observance in timezone.subcomponents:
        assert observance.name in ("STANDARD", "DAYLIGHT")
        for name in ("DTSTART", "TZOFFSETFROM", "TZOFFSETTO", "TZNAME"):
            assert name in observance, f"{zone} {observance.name} has no {name}"
        assert observance.DTSTART.tzinfo is None  # local time, without TZID
        rdates = observance.get("RDATE", [])
        for rdate in rdates if isinstance(rdates, list) else [rdates]:
            assert len(rdate.dts) == 1


@pytest.mark.parametrize("zone", ZONES)
def test_output_is_deterministic_and_icalendar_reports_no_error(zone):
    data = calendar_bytes(zone, vtimezone(zone, FIRST, LAST), [dt.datetime(2020, 6, 1, 12)])
    assert data == calendar_bytes(
        zone, vtimezone(zone, FIRST, LAST), [dt.datetime(2020, 6, 1, 12)]
    )
    for component in icalendar.Calendar.from_ical(data).walk():
        assert component.errors == [], f"{zone} {component.name}: {component.errors}"


def rule_rows(timezone):
    """(observance, DTSTART, TZOFFSETFROM, TZOFFSETTO, RRULE) as written in the file."""
    rows = []
    for observance in timezone.subcomponents:
        row = [observance.name]
        for name in ("DTSTART", "TZOFFSETFROM", "TZOFFSETTO", "RRULE"):
            written = observance[name].to_ical() if name in observance else None
            row.append(written.decode() if isinstance(written, bytes) else written)
        rows.append(tuple(row))
    return rows


@pytest.mark.parametrize(("zone", "expected"), sorted(RULES.items()))
def test_rules_are_yearly_like_google_and_apple_publish(zone, expected):
    assert rule_rows(vtimezone(zone, FIRST, LAST)) == expected


@pytest.mark.parametrize(
    ("zone", "daylight_month", "standard_month", "daylight_rule", "standard_rule"),
    [
        ("America/Halifax", 3, 11, "2SU", "1SU"),
        ("America/Vancouver", 3, 11, "2SU", "1SU"),
        ("Australia/Sydney", 10, 4, "1SU", "1SU"),
    ],
)
def test_current_rules_are_open_ended(
    zone, daylight_month, standard_month, daylight_rule, standard_rule
):
    rows = rule_rows(vtimezone(zone, FIRST, LAST))
    open_ended = [(kind, rule) for kind, _, _, _, rule in rows if rule and "UNTIL" not in rule]
    assert open_ended == [
        ("DAYLIGHT", f"FREQ=YEARLY;BYDAY={daylight_rule};BYMONTH={daylight_month}"),
        ("STANDARD", f"FREQ=YEARLY;BYDAY={standard_rule};BYMONTH={standard_month}"),
    ] or open_ended == [
        ("STANDARD", f"FREQ=YEARLY;BYDAY={standard_rule};BYMONTH={standard_month}"),
        ("DAYLIGHT", f"FREQ=YEARLY;BYDAY={daylight_rule};BYMONTH={daylight_month}"),
    ]


def test_sao_paulo_summer_time_stops_in_2019():
    rows = rule_rows(vtimezone("America/Sao_Paulo", FIRST, LAST))
    assert all("UNTIL" in rule for *_, rule in rows if rule)
    assert ("DAYLIGHT", "20181104T000000", "-0300", "-0200", None) in rows  # the last summer
    assert ("STANDARD", "20160221T000000", "-0200", "-0300",
            "FREQ=YEARLY;UNTIL=20190217T020000Z;BYDAY=3SU;BYMONTH=2") in rows  # fmt: skip


@pytest.mark.parametrize(
    ("zone", "first", "last", "expected"),
    [
        # After the last change, one plain observance, as for a zone without DST.
        ("America/Sao_Paulo", "2021-01-01", "2027-12-31",
         [("STANDARD", "19700101T000000", "-0300", "-0300", None)]),
        # One year: rules seen twice (the year before and the year itself) or more.
        ("America/Toronto", "2025-06-01", "2025-06-30",
         [("DAYLIGHT", "20240310T020000", "-0500", "-0400", "FREQ=YEARLY;BYDAY=2SU;BYMONTH=3"),
          ("STANDARD", "20241103T020000", "-0400", "-0500", "FREQ=YEARLY;BYDAY=1SU;BYMONTH=11")]),
    ],
)  # fmt: skip
def test_range_decides_the_observances(zone, first, last, expected):
    first, last = dt.date.fromisoformat(first), dt.date.fromisoformat(last)
    assert rule_rows(vtimezone(zone, first, last)) == expected


def test_weekly_event_across_the_autumn_change_keeps_its_local_hour_in_icaljs(tmp_path):
    """ical.js expands an RRULE with our VTIMEZONE: 19:00 in Montréal stays 19:00 local."""
    zone = "America/Toronto"
    calendar = icalendar.Calendar.from_ical(
        calendar_bytes(zone, vtimezone(zone, FIRST, LAST), [dt.datetime(2025, 10, 21, 19)])
    )
    calendar.walk("VEVENT")[0].add("RRULE", {"FREQ": "WEEKLY", "COUNT": 5})
    path = tmp_path / "weekly.ics"
    path.write_bytes(calendar.to_ical())
    [result] = read_with_icaljs([path])["files"]
    assert result["error"] is None
    first_day = dt.date(2025, 10, 21)
    expected = [
        dt.datetime.combine(first_day + dt.timedelta(weeks=week), dt.time(19), ZoneInfo(zone))
        .astimezone(UTC)
        for week in range(5)
    ]
    occurrences = [dt.datetime.fromisoformat(o) for o in result["events"][0]["occurrences_utc"]]
    assert occurrences == expected
    assert occurrences[1].hour == 23 and occurrences[2].hour == 0  # EDT, then EST


def test_icaljs_sees_the_rdate_list_trap(tmp_path):
    """Why this module exists: ical.js misreads icalendar's own RDATE-list VTIMEZONE."""
    zone, local = "Europe/Paris", dt.datetime(2017, 6, 7, 9)
    listed = icalendar.Timezone.from_tzid(zone, first_date=FIRST, last_date=LAST)
    path = tmp_path / "rdate-list.ics"
    path.write_bytes(calendar_bytes(zone, listed, [local]))
    [result] = read_with_icaljs([path])["files"]
    assert icaljs_instant(result["events"][0]) != utc("2017-06-07 07:00")


@pytest.mark.parametrize(
    ("tzid", "first", "last", "error"),
    [
        ("Europe/Nowhere", FIRST, LAST, ZoneInfoNotFoundError),
        ("Europe/Paris", LAST, FIRST, ValueError),
    ],
)
def test_bad_arguments_raise(tzid, first, last, error):
    with pytest.raises(error):
        vtimezone(tzid, first, last)


def test_icaljs_helper_fails_without_node(monkeypatch):
    monkeypatch.setattr(icaljs.shutil, "which", lambda name: None)
    with pytest.raises(RuntimeError, match=r"need node on PATH.*npm ci --prefix tests/js"):
        read_with_icaljs([])


def test_icaljs_helper_fails_without_the_npm_packages(monkeypatch, tmp_path):
    monkeypatch.setattr(icaljs, "JS_DIR", tmp_path)
    with pytest.raises(RuntimeError, match=r"ical.js is not installed.*npm ci --prefix tests/js"):
        read_with_icaljs([])
