"""hub_core.dates: the time rule of the content model, and dates written the
Quebec way. Weekday names in expected strings come from Python's calendar,
not from the code under test."""

import calendar
import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from hub_core import dates
from hub_core.dates import TimeError

TORONTO = ZoneInfo("America/Toronto")
PARIS = ZoneInfo("Europe/Paris")
UTC = dt.timezone.utc
HOUR = dt.timedelta(hours=1)

FR_WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
EN_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
FR_MONTHS = (
    "janvier", "février", "mars", "avril", "mai", "juin",
    "juillet", "août", "septembre", "octobre", "novembre", "décembre",
)  # fmt: skip
EN_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


def fr_weekday(year, month, day):
    return FR_WEEKDAYS[calendar.weekday(year, month, day)]


def en_weekday(year, month, day):
    return EN_WEEKDAYS[calendar.weekday(year, month, day)]


def local(*args, tz=TORONTO):
    return dt.datetime(*args, tzinfo=tz)


def test_calendar_agrees_with_the_brief_examples():
    # The examples of the content model and the brief, checked independently.
    assert fr_weekday(2026, 12, 3) == "jeudi"
    assert fr_weekday(2026, 3, 8) == "dimanche"  # 2nd Sunday of March 2026: clocks spring forward
    assert fr_weekday(2026, 11, 1) == "dimanche"  # 1st Sunday of November 2026: clocks fall back
    assert fr_weekday(2026, 3, 29) == "dimanche"  # last Sunday of March 2026: Europe springs forward


# --- parse_when: good forms ---------------------------------------------------

GOOD_WHEN = [
    # text, zone, expected naive wall clock (or date), expected UTC offset (None for a date)
    pytest.param("2026-12-04", TORONTO, dt.date(2026, 12, 4), None, id="date-only"),
    pytest.param("  2026-12-04  ", TORONTO, dt.date(2026, 12, 4), None, id="date-with-blanks"),
    pytest.param("2028-02-29", TORONTO, dt.date(2028, 2, 29), None, id="leap-day"),
    pytest.param("2026-12-04 09:00", TORONTO, dt.datetime(2026, 12, 4, 9), -5 * HOUR, id="space-winter"),
    pytest.param("2026-12-04T09:00", TORONTO, dt.datetime(2026, 12, 4, 9), -5 * HOUR, id="T-winter"),
    pytest.param("2026-07-04 09:00", TORONTO, dt.datetime(2026, 7, 4, 9), -4 * HOUR, id="space-summer"),
    pytest.param("2026-12-04 09:00:30", TORONTO, dt.datetime(2026, 12, 4, 9, 0, 30), -5 * HOUR, id="seconds"),
    pytest.param("2026-12-04 9:05", TORONTO, dt.datetime(2026, 12, 4, 9, 5), -5 * HOUR, id="one-digit-hour"),
    pytest.param("2026-12-04 23:59", TORONTO, dt.datetime(2026, 12, 4, 23, 59), -5 * HOUR, id="last-minute"),
    pytest.param("2026-07-01 09:00", PARIS, dt.datetime(2026, 7, 1, 9), 2 * HOUR, id="paris-summer"),
    pytest.param("2026-01-15 09:00", PARIS, dt.datetime(2026, 1, 15, 9), 1 * HOUR, id="paris-winter"),
    pytest.param("2026-06-05T09:00:00+02:00", TORONTO, dt.datetime(2026, 6, 5, 9), 2 * HOUR, id="offset-kept"),
    pytest.param("2026-06-05 09:00+0200", TORONTO, dt.datetime(2026, 6, 5, 9), 2 * HOUR, id="offset-no-colon"),
    pytest.param("2026-06-05T09:00-03:30", TORONTO, dt.datetime(2026, 6, 5, 9), dt.timedelta(hours=-3, minutes=-30), id="negative-half-hour-offset"),
    pytest.param("2026-06-05T09:00Z", TORONTO, dt.datetime(2026, 6, 5, 9), dt.timedelta(0), id="zulu"),
    pytest.param("2026-03-08 02:30+00:00", TORONTO, dt.datetime(2026, 3, 8, 2, 30), dt.timedelta(0), id="offset-skips-dst-gap-check"),
]


@pytest.mark.parametrize("text, tz, wall, offset", GOOD_WHEN)
def test_parse_when_good(text, tz, wall, offset):
    value = dates.parse_when(text, tz)
    if offset is None:
        assert type(value) is dt.date
        assert value == wall
    else:
        assert isinstance(value, dt.datetime)
        assert value.replace(tzinfo=None) == wall  # the wall clock written is kept
        assert value.utcoffset() == offset


def test_local_time_is_in_the_given_zone_not_utc():
    value = dates.parse_when("2026-12-04 09:00", TORONTO)
    assert value.tzinfo is TORONTO
    assert value.astimezone(UTC) == dt.datetime(2026, 12, 4, 14, 0, tzinfo=UTC)


def test_parse_when_accepts_non_string_values():
    assert dates.parse_when(dt.date(2026, 12, 4), TORONTO) == dt.date(2026, 12, 4)


# --- parse_when: bad forms ----------------------------------------------------------

BAD_WHEN = [
    pytest.param("", "date_or_datetime", id="empty"),
    pytest.param("demain", "date_or_datetime", id="word"),
    pytest.param("04/12/2026", "date_or_datetime", id="slashes"),
    pytest.param("2026-12-4", "date_or_datetime", id="one-digit-day"),
    pytest.param("26-12-04", "date_or_datetime", id="two-digit-year"),
    pytest.param("18:00", "date_or_datetime", id="clock-only"),
    pytest.param("2026-12-04 09:00 EST", "date_or_datetime", id="zone-abbreviation"),
    pytest.param("2026-12-04 09:00+02", "date_or_datetime", id="offset-hours-only"),
    pytest.param("2026-02-30", "impossible_date", id="february-30"),
    pytest.param("2026-02-29", "impossible_date", id="february-29-not-leap"),
    pytest.param("2026-13-01", "impossible_date", id="month-13"),
    pytest.param("2026-02-30 10:00", "impossible_date", id="impossible-date-with-time"),
    pytest.param("2026-12-04 25:00", "impossible_time", id="hour-25"),
    pytest.param("2026-12-04 24:00", "impossible_time", id="hour-24"),
    pytest.param("2026-12-04 09:60", "impossible_time", id="minute-60"),
]


@pytest.mark.parametrize("text, code", BAD_WHEN)
def test_parse_when_bad(text, code):
    with pytest.raises(TimeError) as caught:
        dates.parse_when(text, TORONTO)
    assert caught.value.code == code
    assert caught.value.params == {"value": text}


# --- Daylight saving time --------------------------------------------------------------

@pytest.mark.parametrize(
    "text, tz",
    [
        pytest.param("2026-03-08 02:30", TORONTO, id="toronto-02:30"),
        pytest.param("2026-03-08 02:00", TORONTO, id="toronto-02:00"),
        pytest.param("2026-03-08 02:59", TORONTO, id="toronto-02:59"),
        pytest.param("2026-03-29 02:30", PARIS, id="paris-02:30"),
    ],
)
def test_time_in_the_spring_gap_does_not_exist(text, tz):
    with pytest.raises(TimeError) as caught:
        dates.parse_when(text, tz)
    assert caught.value.code == "nonexistent_time"
    assert caught.value.params == {"value": text, "timezone": str(tz)}


@pytest.mark.parametrize(
    "text, offset",
    [
        pytest.param("2026-03-08 01:59", -5 * HOUR, id="before-gap"),
        pytest.param("2026-03-08 03:00", -4 * HOUR, id="after-gap"),
    ],
)
def test_times_around_the_spring_gap_exist(text, offset):
    assert dates.parse_when(text, TORONTO).utcoffset() == offset


@pytest.mark.parametrize(
    "text, ambiguous",
    [
        pytest.param("2026-11-01 01:30", True, id="01:30-twice"),
        pytest.param("2026-11-01 01:00", True, id="01:00-twice"),
        pytest.param("2026-11-01 00:59", False, id="00:59-once"),
        pytest.param("2026-11-01 02:00", False, id="02:00-once"),
        pytest.param("2026-07-01 01:30", False, id="summer"),
        pytest.param("2026-11-01", False, id="date"),
        pytest.param("2026-11-01T01:30-04:00", False, id="explicit-offset"),
    ],
)
def test_is_ambiguous(text, ambiguous):
    assert dates.is_ambiguous(dates.parse_when(text, TORONTO)) is ambiguous


def test_ambiguous_time_takes_the_first_occurrence():
    value = dates.parse_when("2026-11-01 01:30", TORONTO)
    assert value.utcoffset() == -4 * HOUR  # still daylight time
    assert value.astimezone(UTC) == dt.datetime(2026, 11, 1, 5, 30, tzinfo=UTC)


@pytest.mark.parametrize("value", [pytest.param(None, id="none"), pytest.param("2026-11-01 01:30", id="text")])
def test_is_ambiguous_of_non_datetimes(value):
    assert dates.is_ambiguous(value) is False


# --- parse_date, parse_clock_or_when, zone ---------------------------------------------

def test_parse_date():
    assert dates.parse_date("2026-12-04") == dt.date(2026, 12, 4)


@pytest.mark.parametrize(
    "text, code",
    [
        pytest.param("2026-12-04 09:00", "date_only", id="datetime"),
        pytest.param("décembre", "date_only", id="word"),
        pytest.param("2026-02-30", "impossible_date", id="impossible"),
    ],
)
def test_parse_date_bad(text, code):
    with pytest.raises(TimeError) as caught:
        dates.parse_date(text)
    assert (caught.value.code, caught.value.params) == (code, {"value": text})


CLOCK_OR_WHEN = [
    pytest.param("18:00", TORONTO, dt.date(2026, 7, 1), local(2026, 7, 1, 18), id="clock-on-day"),
    pytest.param("9:30", TORONTO, dt.date(2026, 12, 3), local(2026, 12, 3, 9, 30), id="one-digit-hour"),
    pytest.param("9h30", TORONTO, dt.date(2026, 12, 3), local(2026, 12, 3, 9, 30), id="quebec-9h30"),
    pytest.param("18:00", PARIS, dt.date(2026, 7, 1), local(2026, 7, 1, 18, tz=PARIS), id="clock-in-paris"),
    pytest.param("2026-07-02 10:00", TORONTO, dt.date(2026, 7, 1), local(2026, 7, 2, 10), id="full-datetime-other-day"),
    pytest.param("2026-07-02T10:00+02:00", TORONTO, dt.date(2026, 7, 1), local(2026, 7, 2, 10, tz=dt.timezone(2 * HOUR)), id="full-with-offset"),
]


@pytest.mark.parametrize("text, tz, day, expected", CLOCK_OR_WHEN)
def test_parse_clock_or_when(text, tz, day, expected):
    value = dates.parse_clock_or_when(text, tz, day)
    assert value.replace(tzinfo=None) == expected.replace(tzinfo=None)
    assert value.utcoffset() == expected.utcoffset()


@pytest.mark.parametrize(
    "text, day, code",
    [
        pytest.param("2026-07-02", dt.date(2026, 7, 1), "clock_or_datetime", id="date-only"),
        pytest.param("midi", dt.date(2026, 7, 1), "clock_or_datetime", id="word"),
        pytest.param("18", dt.date(2026, 7, 1), "clock_or_datetime", id="hour-without-minutes"),
        pytest.param("25:00", dt.date(2026, 7, 1), "impossible_time", id="hour-25"),
        pytest.param("02:30", dt.date(2026, 3, 8), "nonexistent_time", id="in-dst-gap"),
    ],
)
def test_parse_clock_or_when_bad(text, day, code):
    with pytest.raises(TimeError) as caught:
        dates.parse_clock_or_when(text, TORONTO, day)
    assert caught.value.code == code
    assert caught.value.params["value"] == text


@pytest.mark.parametrize("name", ["America/Toronto", "Europe/Paris", "UTC"])
def test_zone_good(name):
    assert dates.zone(name) == ZoneInfo(name)


@pytest.mark.parametrize(
    "name",
    [
        pytest.param("Mars/Base", id="unknown"),
        pytest.param("", id="empty"),
        pytest.param("../etc/passwd", id="path"),
        pytest.param("EST5EDT ", id="trailing-space"),
        pytest.param(None, id="none"),
        pytest.param("America", id="a-region-folder"),  # tzdata's folder: IsADirectoryError
        pytest.param("America/" + "x" * 300, id="too-long"),  # ENAMETOOLONG
        pytest.param({"": {"a": None}}, id="a-mapping"),
    ],
)
def test_zone_bad(name):
    with pytest.raises(TimeError) as caught:
        dates.zone(name)
    assert (caught.value.code, caught.value.params) == ("timezone", {"value": name})


def test_time_error_and_invalid_are_the_one_problem_error():
    from hub_core.problems import ProblemError  # noqa: PLC0415
    from hub_core.validate import Invalid  # noqa: PLC0415

    assert TimeError is ProblemError and Invalid is ProblemError


def test_time_error_is_a_value_error_with_its_code():
    error = TimeError("impossible_date", value="2026-02-30")
    assert isinstance(error, ValueError)
    assert str(error) == "impossible_date"


# --- is_all_day, as_datetime, end_instant, now ---------------------------------------

def test_is_all_day():
    assert dates.is_all_day(dt.date(2026, 12, 4)) is True
    assert dates.is_all_day(local(2026, 12, 4, 9)) is False


def test_as_datetime():
    assert dates.as_datetime(dt.date(2026, 12, 4), TORONTO) == local(2026, 12, 4, 0)
    assert dates.as_datetime(dt.date(2026, 12, 4), TORONTO).tzinfo is TORONTO
    moment = local(2026, 12, 4, 9, tz=PARIS)
    assert dates.as_datetime(moment, TORONTO) is moment


@pytest.mark.parametrize(
    "end, expected",
    [
        pytest.param(dt.date(2026, 12, 4), local(2026, 12, 5, 0), id="date-next-midnight"),
        pytest.param(dt.date(2026, 12, 31), local(2027, 1, 1, 0), id="year-end"),
        pytest.param(dt.date(2026, 3, 7), local(2026, 3, 8, 0), id="before-dst-change"),
    ],
)
def test_end_instant_of_a_date(end, expected):
    value = dates.end_instant(end, TORONTO)
    assert value == expected
    assert value.tzinfo is TORONTO


def test_end_instant_of_a_datetime_is_itself():
    moment = local(2026, 12, 4, 13, 30)
    assert dates.end_instant(moment, PARIS) is moment


def test_now_from_source_date_epoch():
    value = dates.now({"SOURCE_DATE_EPOCH": "1700000000"}, TORONTO)
    # 1 700 000 000 s after the epoch is 2023-11-14 22:13:20 UTC.
    assert value == dt.datetime(2023, 11, 14, 22, 13, 20, tzinfo=UTC)
    assert value.tzinfo is TORONTO
    assert value.replace(tzinfo=None) == dt.datetime(2023, 11, 14, 17, 13, 20)


@pytest.mark.parametrize(
    "environ",
    [
        pytest.param({}, id="unset"),
        pytest.param({"SOURCE_DATE_EPOCH": ""}, id="empty"),
        pytest.param({"SOURCE_DATE_EPOCH": "  "}, id="blank"),
    ],
)
def test_now_without_source_date_epoch_is_the_clock(environ):
    before = dt.datetime.now(UTC)
    value = dates.now(environ, TORONTO)
    after = dt.datetime.now(UTC)
    assert before <= value <= after
    assert value.tzinfo is TORONTO


# --- Writing dates ----------------------------------------------------------------------

FORMAT_DAY = [
    pytest.param(dt.date(2026, 12, 3), "fr", True, f"{fr_weekday(2026, 12, 3)} 3 décembre 2026", id="fr"),
    pytest.param(dt.date(2026, 12, 1), "fr", True, f"{fr_weekday(2026, 12, 1)} 1er décembre 2026", id="fr-1er"),
    pytest.param(dt.date(2026, 8, 15), "fr", True, f"{fr_weekday(2026, 8, 15)} 15 août 2026", id="fr-août"),
    pytest.param(dt.date(2026, 12, 3), "fr", False, "3 décembre 2026", id="fr-no-weekday"),
    pytest.param(dt.date(2027, 1, 1), "fr", False, "1er janvier 2027", id="fr-1er-no-weekday"),
    pytest.param(dt.date(2026, 12, 3), "en", True, f"{en_weekday(2026, 12, 3)}, December 3, 2026", id="en"),
    pytest.param(dt.date(2026, 12, 1), "en", True, f"{en_weekday(2026, 12, 1)}, December 1, 2026", id="en-first"),
    pytest.param(dt.date(2026, 12, 3), "en", False, "December 3, 2026", id="en-no-weekday"),
]


@pytest.mark.parametrize("value, lang, weekday, expected", FORMAT_DAY)
def test_format_day(value, lang, weekday, expected):
    assert dates.format_day(value, lang, weekday=weekday) == expected


def test_format_day_of_a_datetime_uses_its_wall_date():
    assert dates.format_day(local(2026, 12, 3, 23, 30)) == f"{fr_weekday(2026, 12, 3)} 3 décembre 2026"


def test_format_day_every_month_in_french_and_english():
    for month in range(1, 13):
        day = dt.date(2026, month, 2)
        assert dates.format_day(day, "fr", weekday=False) == f"2 {FR_MONTHS[month - 1]} 2026"
        assert dates.format_day(day, "en", weekday=False) == f"{EN_MONTHS[month - 1]} 2, 2026"


@pytest.mark.parametrize(
    "value, lang, expected",
    [
        pytest.param(dt.time(12, 0), "fr", "12 h", id="fr-noon"),
        pytest.param(dt.time(9, 30), "fr", "9 h 30", id="fr-9h30"),
        pytest.param(dt.time(9, 5), "fr", "9 h 05", id="fr-9h05"),
        pytest.param(dt.time(0, 0), "fr", "0 h", id="fr-midnight"),
        pytest.param(dt.time(18, 45), "fr", "18 h 45", id="fr-evening"),
        pytest.param(dt.time(12, 0), "en", "12:00 p.m.", id="en-noon"),
        pytest.param(dt.time(9, 30), "en", "9:30 a.m.", id="en-morning"),
        pytest.param(dt.time(18, 45), "en", "6:45 p.m.", id="en-evening"),
    ],
)
def test_format_clock(value, lang, expected):
    assert dates.format_clock(value, lang) == expected


def test_format_month():
    assert dates.format_month(dt.date(2026, 12, 3)) == "décembre 2026"
    assert dates.format_month(dt.date(2026, 12, 3), "en") == "December 2026"


D = dt.date
FORMAT_RANGE = [
    # All day
    pytest.param(D(2026, 12, 3), None, "fr", f"{fr_weekday(2026, 12, 3)} 3 décembre 2026", id="fr-one-day-no-end"),
    pytest.param(D(2026, 12, 3), D(2026, 12, 3), "fr", f"{fr_weekday(2026, 12, 3)} 3 décembre 2026", id="fr-one-day"),
    pytest.param(D(2017, 6, 3), D(2017, 6, 11), "fr", "du 3 au 11 juin 2017", id="fr-same-month"),
    pytest.param(D(2017, 6, 1), D(2017, 6, 3), "fr", "du 1er au 3 juin 2017", id="fr-same-month-1er"),
    pytest.param(D(2017, 6, 28), D(2017, 7, 2), "fr", "du 28 juin au 2 juillet 2017", id="fr-across-months"),
    pytest.param(D(2017, 6, 28), D(2017, 7, 1), "fr", "du 28 juin au 1er juillet 2017", id="fr-across-months-1er"),
    pytest.param(D(2026, 12, 30), D(2027, 1, 2), "fr", "du 30 décembre 2026 au 2 janvier 2027", id="fr-across-years"),
    pytest.param(D(2017, 6, 3), D(2017, 6, 3), "en", f"{en_weekday(2017, 6, 3)}, June 3, 2017", id="en-one-day"),
    pytest.param(D(2017, 6, 3), D(2017, 6, 11), "en", "June 3–11, 2017", id="en-same-month"),
    pytest.param(D(2017, 6, 28), D(2017, 7, 2), "en", "June 28 – July 2, 2017", id="en-across-months"),
    pytest.param(D(2026, 12, 30), D(2027, 1, 2), "en", "December 30, 2026 – January 2, 2027", id="en-across-years"),
    # Timed
    pytest.param(
        local(2026, 12, 3, 12), local(2026, 12, 3, 13, 30), "fr",
        f"{fr_weekday(2026, 12, 3)} 3 décembre 2026, 12 h à 13 h 30", id="fr-timed-same-day",
    ),
    pytest.param(
        local(2026, 12, 3, 12), None, "fr", f"{fr_weekday(2026, 12, 3)} 3 décembre 2026, 12 h", id="fr-timed-no-end",
    ),
    pytest.param(
        local(2026, 12, 3, 12), dt.datetime(2026, 12, 3, 18, 30, tzinfo=UTC), "fr",
        f"{fr_weekday(2026, 12, 3)} 3 décembre 2026, 12 h à 13 h 30", id="fr-timed-end-in-utc-shown-in-start-zone",
    ),
    pytest.param(
        local(2026, 12, 3, 12), local(2026, 12, 4, 13), "fr",
        f"du {fr_weekday(2026, 12, 3)} 3 décembre 2026, 12 h au {fr_weekday(2026, 12, 4)} 4 décembre 2026, 13 h",
        id="fr-timed-multi-day",
    ),
    pytest.param(
        local(2026, 12, 3, 12), local(2026, 12, 3, 13, 30), "en",
        f"{en_weekday(2026, 12, 3)}, December 3, 2026, 12:00 p.m. to 1:30 p.m.", id="en-timed-same-day",
    ),
    pytest.param(
        local(2026, 12, 3, 12), local(2026, 12, 4, 13), "en",
        f"{en_weekday(2026, 12, 3)}, December 3, 2026, 12:00 p.m. to {en_weekday(2026, 12, 4)}, December 4, 2026, 1:00 p.m.",
        id="en-timed-multi-day",
    ),
]  # fmt: skip


@pytest.mark.parametrize("start, end, lang, expected", FORMAT_RANGE)
def test_format_range(start, end, lang, expected):
    assert dates.format_range(start, end, lang) == expected


@pytest.mark.parametrize(
    ("start", "end", "zone", "lang", "expected"),
    [
        ("2017-06-07 09:00", "2017-06-07 18:00", "Europe/Paris", "fr",
         "mercredi 7 juin 2017, 9 h à 18 h, heure de Paris (3 h à 12 h à Montréal)"),
        ("2017-06-07 09:00", "2017-06-07 18:00", "Europe/Paris", "en",
         "Wednesday, June 7, 2017, 9:00 a.m. to 6:00 p.m., Paris time (3:00 a.m. to 12:00 p.m. in Montréal)"),
        ("2026-06-05 09:00", "2026-06-05 10:00", "Europe/Amsterdam", "fr",
         "vendredi 5 juin 2026, 9 h à 10 h, heure d’Amsterdam (3 h à 4 h à Montréal)"),
        ("2026-06-05 02:00", "2026-06-05 03:00", "Europe/Paris", "fr",
         "vendredi 5 juin 2026, 2 h à 3 h, heure de Paris (jeudi 4 juin 2026, 20 h à 21 h à Montréal)"),
        ("2026-12-04 12:00", "2026-12-04 13:30", "America/Toronto", "fr", "vendredi 4 décembre 2026, 12 h à 13 h 30"),
    ],
    ids=["paris", "paris-en", "elision", "other-day-at-home", "at-home"],
)
def test_range_here_names_the_zone_and_the_time_at_home(start, end, zone, lang, expected):
    tz = ZoneInfo(zone)
    begin, finish = (dt.datetime.fromisoformat(v).replace(tzinfo=tz) for v in (start, end))
    assert dates.format_range_here(begin, finish, ZoneInfo("America/Toronto"), "Montréal", lang) == expected


def test_range_here_leaves_all_day_ranges_alone():
    text = dates.format_range_here(dt.date(2017, 6, 3), dt.date(2017, 6, 11), ZoneInfo("America/Toronto"), "Montréal")
    assert text == "du 3 au 11 juin 2017"


@pytest.mark.parametrize(
    ("value", "lang", "expected"),
    [
        (dt.date(2026, 1, 5), "fr", "janv."),
        (dt.date(2026, 7, 5), "fr", "juill."),
        (dt.datetime(2026, 12, 3, 19, tzinfo=dt.timezone.utc), "fr", "déc."),
        (dt.date(2026, 5, 5), "en", "May"),
        (dt.date(2026, 9, 5), "en", "Sep."),
        (dt.date(2026, 9, 5), "es", "sept."),
    ],
)
def test_format_month_abbreviation(value, lang, expected):
    assert dates.format_month_abbreviation(value, lang) == expected


def test_every_language_abbreviates_twelve_months():
    assert {lang: len(names) for lang, names in dates.MONTH_ABBREVIATIONS.items()} == {"fr": 12, "en": 12}
