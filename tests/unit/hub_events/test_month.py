"""hub_events.month: the month calendar's data. Expected weeks and weekdays come from
Python's calendar module, not from the code under test; occurrences are real
`Occurrence` objects around small stand-in events."""

import calendar
import datetime as dt
import random
from types import SimpleNamespace
from zoneinfo import ZoneInfo

import pytest

from hub_events.month import day_label, month_grid, month_pages, weekdays
from hub_events.occurrences import Occurrence, expand

TORONTO = ZoneInfo("America/Toronto")
PARIS = ZoneInfo("Europe/Paris")
D = dt.date
TODAY = D(2026, 12, 15)

FR_WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
EN_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def event(slug, start, end=None, tz="America/Toronto", title=None, status="scheduled", recurrence=None):
    return SimpleNamespace(
        title=title or slug.replace("-", " ").capitalize(),
        url=f"evenements/{slug}/",
        slug=slug,
        lang="fr",
        event_status=status,
        format="in-person",
        place=None,
        all_day=not isinstance(start, dt.datetime),
        start=start,
        end=end if end is not None else start,
        recurrence=recurrence,
        settings={"TIMEZONE": "America/Toronto"},
        timezone=tz,
    )


def once(slug, start, end=None, **kwargs):
    e = event(slug, start, end, **kwargs)
    return Occurrence(e, e.start, e.end)


def at(*args, tz=TORONTO):
    return dt.datetime(*args, tzinfo=tz)


def cells(grid):
    return [cell for week in grid["weeks"] for cell in week]


def cell(grid, day):
    (found,) = [c for c in cells(grid) if c["date"] == day]
    return found


def slugs_by_day(grid):
    """{date: [slug, …]} of the days that have entries."""
    return {c["date"]: [e["event"].slug for e in c["entries"]] for c in cells(grid) if c["entries"]}


# --- Weeks --------------------------------------------------------------------

MONTHS = [
    (2026, 12), (2027, 1), (2026, 2), (2027, 2), (2026, 8), (2026, 3), (2026, 11), (2028, 2), (2031, 6),
]  # fmt: skip


@pytest.mark.parametrize("year, month", MONTHS)
def test_weeks_start_on_monday_and_cover_the_whole_month(year, month):
    grid = month_grid(year, month, [], TODAY)
    expected = calendar.monthcalendar(year, month)  # Monday-first rows, 0 outside the month
    assert calendar.firstweekday() == calendar.MONDAY
    assert len(grid["weeks"]) == len(expected)
    for week, numbers in zip(grid["weeks"], expected):
        assert len(week) == 7
        assert calendar.weekday(week[0]["date"].year, week[0]["date"].month, week[0]["date"].day) == 0
        for c, number in zip(week, numbers):
            assert c["in_month"] == (number != 0)
            if number:
                assert c["date"] == D(year, month, number)
    days = [c["date"] for c in cells(grid)]
    assert all(b - a == dt.timedelta(days=1) for a, b in zip(days, days[1:]))
    in_month = [c["date"] for c in cells(grid) if c["in_month"]]
    assert in_month == [D(year, month, n) for n in range(1, calendar.monthrange(year, month)[1] + 1)]


ROWS = [
    pytest.param(2026, 12, 5, id="december-2026"),
    pytest.param(2027, 2, 4, id="february-2027-starts-monday"),
    pytest.param(2026, 8, 6, id="august-2026-six-rows"),
]


@pytest.mark.parametrize("year, month, rows", ROWS)
def test_week_rows(year, month, rows):
    assert len(calendar.monthcalendar(year, month)) == rows  # the table agrees with calendar
    assert len(month_grid(year, month, [], TODAY)["weeks"]) == rows


@pytest.mark.parametrize(
    "lang, title, first, last",
    [
        ("fr", "Décembre 2026", {"short": "lun.", "long": "lundi"}, {"short": "dim.", "long": "dimanche"}),
        ("en", "December 2026", {"short": "Mon", "long": "Monday"}, {"short": "Sun", "long": "Sunday"}),
    ],
)
def test_title_and_weekday_names(lang, title, first, last):
    grid = month_grid(2026, 12, [], TODAY, lang)
    assert grid["title"] == title
    assert grid["first_day"] == D(2026, 12, 1)
    assert (grid["year"], grid["month"]) == (2026, 12)
    assert len(grid["weekdays"]) == 7
    assert grid["weekdays"][0] == first
    assert grid["weekdays"][-1] == last


def test_french_weekdays_in_order():
    assert [w["long"] for w in weekdays("fr")] == list(FR_WEEKDAYS)


@pytest.mark.parametrize(
    "today, expected",
    [
        pytest.param(D(2026, 12, 15), [D(2026, 12, 15)], id="in-the-month"),
        pytest.param(D(2026, 11, 30), [D(2026, 11, 30)], id="in-the-first-row-outside-the-month"),
        pytest.param(D(2027, 3, 1), [], id="another-month"),
    ],
)
def test_is_today(today, expected):
    grid = month_grid(2026, 12, [], today)
    assert [c["date"] for c in cells(grid) if c["is_today"]] == expected


# --- Entries ------------------------------------------------------------------


def test_multi_day_all_day_event_is_on_each_of_its_days():
    fair = once("salon", D(2027, 4, 12), D(2027, 4, 16))
    grid = month_grid(2027, 4, [fair], TODAY)
    by_day = slugs_by_day(grid)
    assert sorted(by_day) == [D(2027, 4, n) for n in range(12, 17)]
    flags = [
        (e["continues"], e["first_day"], e["last_day"], e["time"])
        for n in range(12, 17)
        for e in cell(grid, D(2027, 4, n))["entries"]
    ]
    assert flags == [
        (False, True, False, None),
        (True, False, False, None),
        (True, False, False, None),
        (True, False, False, None),
        (True, False, True, None),
    ]


@pytest.mark.parametrize(
    "start, end, days, time",
    [
        pytest.param(at(2026, 12, 3, 20), at(2026, 12, 4, 0), [3], "20 h", id="ends-at-midnight"),
        pytest.param(at(2026, 12, 3, 20), at(2026, 12, 3, 23, 59), [3], "20 h", id="ends-before-midnight"),
        pytest.param(at(2026, 12, 3, 22, 30), at(2026, 12, 4, 0, 30), [3, 4], "22 h 30", id="ends-after-midnight"),
        pytest.param(at(2026, 12, 3, 9), at(2026, 12, 5, 0), [3, 4], "9 h", id="two-days-ends-at-midnight"),
        pytest.param(D(2026, 12, 3), D(2026, 12, 3), [3], None, id="one-all-day"),
    ],
)
def test_timed_event_days(start, end, days, time):
    grid = month_grid(2026, 12, [once("soiree", start, end)], TODAY)
    assert sorted(slugs_by_day(grid)) == [D(2026, 12, n) for n in days]
    assert cell(grid, D(2026, 12, days[0]))["entries"][0]["time"] == time


@pytest.mark.parametrize(
    "start, day, time",
    [
        # 0:30 in Paris is still December 3 in Toronto (the site's zone): placed on December 4.
        pytest.param(at(2026, 12, 4, 0, 30, tz=PARIS), 4, "0 h 30", id="paris-after-midnight-is-on-its-day"),
        pytest.param(at(2026, 12, 3, 23, tz=PARIS), 3, "23 h", id="paris-late-evening"),
        pytest.param(at(2026, 12, 4, 5, 30, tz=dt.timezone.utc).astimezone(PARIS), 4, "6 h 30", id="utc-input-shown-in-paris"),
    ],
)
def test_event_abroad_is_on_its_own_local_day(start, day, time):
    paris = once("nantes", start, start + dt.timedelta(hours=1), tz="Europe/Paris")
    grid = month_grid(2026, 12, [paris], TODAY)
    assert slugs_by_day(grid) == {D(2026, 12, day): ["nantes"]}
    assert cell(grid, D(2026, 12, day))["entries"][0]["time"] == time


def test_recurring_event_is_on_each_date():
    meetup = event("meetup", at(2026, 12, 2, 18), at(2026, 12, 2, 20), recurrence={"rule": "FREQ=WEEKLY;COUNT=6"})
    occurrences = expand([meetup], at(2027, 6, 1))
    assert len(occurrences) == 6
    grid = month_grid(2026, 12, occurrences, TODAY)
    assert slugs_by_day(grid) == {D(2026, 12, n): ["meetup"] for n in (2, 9, 16, 23, 30)}
    assert [e["occurrence"].index for d in grid["days"] for e in d["entries"]] == [0, 1, 2, 3, 4]
    assert all(e["time"] == "18 h" and not e["continues"] for d in grid["days"] for e in d["entries"])
    january = month_grid(2027, 1, occurrences, TODAY)
    assert [d["date"] for d in january["days"]] == [D(2027, 1, 6)]


def test_hand_made_occurrences_of_one_event():
    e = event("atelier", at(2026, 12, 1, 9), at(2026, 12, 1, 12))
    occurrences = [Occurrence(e, at(2026, 12, n, 9), at(2026, 12, n, 12), i) for i, n in enumerate((1, 8, 29))]
    assert sorted(slugs_by_day(month_grid(2026, 12, occurrences, TODAY))) == [D(2026, 12, n) for n in (1, 8, 29)]


def test_entries_sorted_by_start_then_title():
    occurrences = [
        once("b", at(2026, 12, 3, 18), at(2026, 12, 3, 19), title="Bêta"),
        once("late", at(2026, 12, 3, 19), at(2026, 12, 3, 20), title="Aaa"),
        once("a", at(2026, 12, 3, 18), at(2026, 12, 3, 19), title="Alpha"),
        once("early", at(2026, 12, 3, 9), at(2026, 12, 3, 10), title="Zèbre"),
        once("all-day", D(2026, 12, 3), title="Zzz"),
        once("since-yesterday", D(2026, 12, 2), D(2026, 12, 4), title="Zzz"),
    ]
    grid = month_grid(2026, 12, occurrences, TODAY)
    assert slugs_by_day(grid)[D(2026, 12, 3)] == ["since-yesterday", "all-day", "early", "a", "b", "late"]


def test_order_of_input_does_not_matter():
    occurrences = [once(f"e{n}", at(2026, 12, n % 28 + 1, 18), at(2026, 12, n % 28 + 1, 19)) for n in range(40)]
    shuffled = occurrences[:]
    random.Random(4).shuffle(shuffled)
    assert slugs_by_day(month_grid(2026, 12, occurrences, TODAY)) == slugs_by_day(month_grid(2026, 12, shuffled, TODAY))


@pytest.mark.parametrize("status, cancelled", [("cancelled", True), ("scheduled", False), ("postponed", False)])
def test_cancelled(status, cancelled):
    grid = month_grid(2026, 12, [once("x", D(2026, 12, 3), status=status)], TODAY)
    assert grid["days"][0]["entries"][0]["cancelled"] is cancelled


def test_entry_carries_its_occurrence_and_event():
    o = once("x", at(2026, 12, 3, 18), at(2026, 12, 3, 19))
    (entry,) = month_grid(2026, 12, [o], TODAY)["days"][0]["entries"]
    assert entry["occurrence"] is o
    assert entry["event"] is o.event


def test_days_lists_only_days_of_the_month_with_entries():
    occurrences = [
        once("before", D(2026, 11, 30)),  # in the first week row, outside the month
        once("first", D(2026, 12, 1)),
        once("third", at(2026, 12, 3, 18), at(2026, 12, 3, 19)),
        once("after", D(2027, 1, 2)),  # in the last week row, outside the month
    ]
    grid = month_grid(2026, 12, occurrences, TODAY)
    assert [(d["date"], d["label"]) for d in grid["days"]] == [
        (D(2026, 12, 1), "mardi 1er décembre"),
        (D(2026, 12, 3), "jeudi 3 décembre"),
    ]
    assert [e["event"].slug for e in cell(grid, D(2026, 11, 30))["entries"]] == ["before"]
    assert not cell(grid, D(2026, 12, 2))["entries"]


DAY_LABELS = [
    pytest.param(D(2026, 12, 3), "3 décembre", "December 3", id="plain"),
    pytest.param(D(2026, 12, 1), "1er décembre", "December 1", id="first-of-month"),
    pytest.param(D(2024, 2, 29), "29 février", "February 29", id="leap-day"),
]


@pytest.mark.parametrize("day, fr, en", DAY_LABELS)
def test_day_label(day, fr, en):
    weekday = calendar.weekday(day.year, day.month, day.day)
    assert day_label(day) == f"{FR_WEEKDAYS[weekday]} {fr}"
    assert day_label(day, "en") == f"{EN_WEEKDAYS[weekday]}, {en}"


# --- Pages --------------------------------------------------------------------


def dated(pages):
    return [p for p in pages if p["url"] != "calendrier/"]


def current(pages):
    (page,) = [p for p in pages if p["url"] == "calendrier/"]
    return page


PAGE_SPANS = [
    # occurrences (start, end), today, expected first and last (year, month)
    pytest.param(
        [(D(2026, 10, 5), D(2026, 10, 5)), (D(2027, 2, 8), D(2027, 2, 8))], TODAY, (2026, 10), (2027, 2), id="today-between"
    ),
    pytest.param([(D(2026, 10, 5), D(2026, 10, 5))], D(2027, 3, 9), (2026, 10), (2027, 3), id="today-after-last"),
    pytest.param([(D(2027, 4, 12), D(2027, 4, 16))], TODAY, (2026, 12), (2027, 4), id="today-before-first"),
    pytest.param([(D(2026, 12, 30), D(2027, 1, 2))], TODAY, (2026, 12), (2027, 1), id="spans-new-year"),
    pytest.param([(D(2025, 11, 2), D(2025, 11, 2))], TODAY, (2025, 11), (2026, 12), id="across-a-year"),
    pytest.param([], TODAY, (2026, 12), (2026, 12), id="no-events"),
]


@pytest.mark.parametrize("spans, today, first, last", PAGE_SPANS)
def test_month_pages_cover_every_month(spans, today, first, last):
    occurrences = [once(f"e{n}", start, end) for n, (start, end) in enumerate(spans)]
    pages = month_pages(occurrences, today)
    months = [(p["year"], p["month"]) for p in dated(pages)]
    expected = []
    year, month = first
    while (year, month) <= last:
        expected.append((year, month))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    assert months == expected
    for p in dated(pages):
        assert p["url"] == f"calendrier/{p['year']:04d}/{p['month']:02d}/"
        assert p["save_as"] == p["url"] + "index.html"
        assert (p["grid"]["year"], p["grid"]["month"]) == (p["year"], p["month"])
    assert len(pages) == len(expected) + 1


def test_previous_and_next_links_work():
    occurrences = [once("a", D(2026, 10, 5)), once("b", D(2027, 2, 8))]
    pages = dated(month_pages(occurrences, TODAY))
    by_url = {p["url"]: p for p in pages}
    assert pages[0]["previous"] is None
    assert pages[-1]["next"] is None
    for before, after in zip(pages, pages[1:]):
        assert before["next"] == {"url": after["url"], "title": after["grid"]["title"]}
        assert after["previous"] == {"url": before["url"], "title": before["grid"]["title"]}
    for p in pages:
        for link in (p["previous"], p["next"]):
            assert link is None or link["url"] in by_url
    assert pages[1]["previous"]["title"] == "Octobre 2026"


def test_calendrier_page_is_todays_month():
    occurrences = [once("a", D(2026, 10, 5)), once("b", D(2026, 12, 3)), once("c", D(2027, 2, 8))]
    pages = month_pages(occurrences, TODAY)
    page = current(pages)
    december = next(p for p in pages if p["url"] == "calendrier/2026/12/")
    assert page["save_as"] == "calendrier/index.html"
    assert page["canonical"] == "calendrier/2026/12/"
    assert (page["year"], page["month"]) == (2026, 12)
    assert page["grid"] == december["grid"]
    assert page["previous"]["url"] == "calendrier/2026/11/"
    assert page["next"]["url"] == "calendrier/2027/01/"
    assert cell(page["grid"], TODAY)["is_today"]


def test_month_without_events_still_has_a_page():
    pages = month_pages([once("a", D(2026, 10, 5)), once("b", D(2027, 2, 8))], TODAY)
    november = next(p for p in pages if p["url"] == "calendrier/2026/11/")
    assert november["grid"]["days"] == []
    assert not any(c["entries"] for c in cells(november["grid"]))
    assert november["previous"]["url"] == "calendrier/2026/10/"
    assert november["next"]["url"] == "calendrier/2026/12/"


def test_month_pages_in_english():
    pages = month_pages([once("a", D(2026, 12, 3))], TODAY, lang="en")
    assert [p["url"] for p in pages] == ["en/calendar/2026/12/", "en/calendar/"]
    assert pages[-1]["save_as"] == "en/calendar/index.html"
    assert pages[0]["grid"]["title"] == "December 2026"


def test_month_pages_are_deterministic():
    occurrences = [once(f"e{n}", D(2026, 10 + n % 3, n % 27 + 1)) for n in range(30)]
    shuffled = occurrences[:]
    random.Random(7).shuffle(shuffled)
    first, second = month_pages(occurrences, TODAY), month_pages(shuffled, TODAY)
    assert [p["url"] for p in first] == [p["url"] for p in second]
    assert [slugs_by_day(p["grid"]) for p in first] == [slugs_by_day(p["grid"]) for p in second]
