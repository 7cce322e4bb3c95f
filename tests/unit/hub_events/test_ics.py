"""hub_events.ics: one VEVENT per event and the calendar around it.

Every check parses what `vevent` / `assemble` write, with `icalendar` (and ical.js for the
assembled calendar); raw bytes are looked at only for what a parser hides: escaping, CRLF,
folding, and the exact form of a few lines clients read literally. Expected instants are
worked out by hand in the comments (Montréal is UTC−5 in winter, UTC−4 from 8 March 2026;
Paris is UTC+2 in summer)."""

import datetime as dt
from pathlib import Path
from types import SimpleNamespace
from zoneinfo import ZoneInfo

import pytest
from dateutil.rrule import rrulestr
from icalendar import Calendar, Event
from icaljs import read_with_icaljs

from hub_events import ics
from hub_core.i18n import Catalogs, load_catalogs
from hub_core.text import plain_text
from hub_events.vtimezone import vtimezone

TORONTO = ZoneInfo("America/Toronto")
PARIS = ZoneInfo("Europe/Paris")
UTC = dt.timezone.utc
SITE = "https://maillage.example"
DOMAIN = "maillage.example"
D = dt.date
WORDS = Catalogs(load_catalogs(Path(__file__).resolve().parents[3] / "theme" / "translations"))


def at(*args, tz=TORONTO):
    return dt.datetime(*args, tzinfo=tz)


def write(event):
    return ics.vevent(event, SITE, DOMAIN, WORDS)


def parse(event):
    component = Event.from_ical(write(event))
    assert component.errors == []
    return component


def raw_lines(data):
    """The content lines of serialized iCalendar, unfolded."""
    return data.replace(b"\r\n ", b"").decode("utf-8").split("\r\n")


def raw_line(data, name):
    (line,) = [line for line in raw_lines(data) if line.split(":")[0].split(";")[0] == name]
    return line


def text(component, name):
    return str(component[name])


# --- UID ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "title", ["Atelier de tricot", "Atelier de tricot (nouvelle date)", "Tricot, crochet; et \\ fin", ""]
)
def test_uid_is_slug_at_domain_whatever_the_title(make_event, title):
    component = parse(make_event("atelier-tricot", title=title))
    assert text(component, "UID") == "atelier-tricot@maillage.example"


def test_uids_differ_between_events(make_event):
    uids = {text(parse(make_event(slug)), "UID") for slug in ("a", "b", "atelier-tricot")}
    assert uids == {"a@maillage.example", "b@maillage.example", "atelier-tricot@maillage.example"}


def test_url_is_the_event_page(make_event):
    component = parse(make_event("atelier-tricot"))
    assert str(component["URL"]) == "https://maillage.example/evenements/atelier-tricot/"


# --- DTSTAMP, LAST-MODIFIED, SEQUENCE -------------------------------------------

REVISIONS = [
    # date, modified, DTSTAMP/LAST-MODIFIED in UTC, SEQUENCE
    pytest.param(at(2026, 3, 1, 9), None, dt.datetime(2026, 3, 1, 14, tzinfo=UTC), 0, id="never-modified"),
    pytest.param(at(2026, 3, 1, 9), at(2026, 3, 1, 9, 45), dt.datetime(2026, 3, 1, 14, 45, tzinfo=UTC), 45,
                 id="45-minutes-later"),
    pytest.param(at(2026, 3, 1, 9), at(2026, 3, 2, 9), dt.datetime(2026, 3, 2, 14, tzinfo=UTC), 24 * 60,
                 id="next-day"),
    # 7 March 12:00 EST (17:00Z) → 9 March 12:00 EDT (16:00Z): 47 h elapsed, not 48.
    pytest.param(at(2026, 3, 7, 12), at(2026, 3, 9, 12), dt.datetime(2026, 3, 9, 16, tzinfo=UTC), 47 * 60,
                 id="across-spring-forward"),
    # 31 Oct 12:00 EDT (16:00Z) → 2 Nov 12:00 EST (17:00Z): 49 h elapsed.
    pytest.param(at(2026, 10, 31, 12), at(2026, 11, 2, 12), dt.datetime(2026, 11, 2, 17, tzinfo=UTC), 49 * 60,
                 id="across-fall-back"),
    pytest.param(at(2026, 6, 1, 10, tz=PARIS), at(2026, 6, 1, 10, 30, tz=PARIS),
                 dt.datetime(2026, 6, 1, 8, 30, tzinfo=UTC), 30, id="paris"),
    pytest.param(at(2026, 3, 1, 9), at(2026, 3, 1, 9, 0, 59), dt.datetime(2026, 3, 1, 14, 0, 59, tzinfo=UTC), 0,
                 id="under-a-minute"),
    # `modified: 2026-03-01` (read as midnight) on an item of `date: 2026-03-01 09:00`: the same day,
    # which validation accepts, but 9 hours before; SEQUENCE never goes below 0.
    pytest.param(at(2026, 3, 1, 9), at(2026, 3, 1), dt.datetime(2026, 3, 1, 5, tzinfo=UTC), 0,
                 id="modified-same-day-without-time"),
    # A mission without `date` is dated by its `start`, and its page may be updated before it starts.
    pytest.param(at(2017, 6, 1), at(2017, 5, 20, 10), dt.datetime(2017, 5, 20, 14, tzinfo=UTC), 0,
                 id="mission-updated-before-its-start"),
]  # fmt: skip


@pytest.mark.parametrize("date, modified, stamp, sequence", REVISIONS)
def test_dtstamp_last_modified_and_sequence_come_from_date_and_modified(make_event, date, modified, stamp, sequence):
    data = write(make_event(date=date, modified=modified))
    component = Event.from_ical(data)
    for name in ("DTSTAMP", "LAST-MODIFIED"):
        value = component.decoded(name)
        assert value == stamp
        assert value.utcoffset() == dt.timedelta(0)
        assert raw_line(data, name) == f"{name}:{stamp:%Y%m%dT%H%M%SZ}"
    assert component.decoded("SEQUENCE") == sequence


def test_sequence_rises_with_each_recorded_change(make_event):
    published = at(2026, 3, 1, 9)
    changes = [None, at(2026, 3, 1, 10), at(2026, 3, 4, 8), at(2026, 4, 1, 8)]
    sequences = [parse(make_event(date=published, modified=m)).decoded("SEQUENCE") for m in changes]
    assert sequences[0] == 0
    assert sequences == sorted(set(sequences))


def test_title_fix_alone_keeps_uid_and_sequence(make_event):
    before = parse(make_event(title="Atelier de tricto"))
    after = parse(make_event(title="Atelier de tricot"))
    for name in ("UID", "SEQUENCE", "DTSTAMP"):
        assert before[name].to_ical() == after[name].to_ical()


# --- STATUS and SUMMARY -----------------------------------------------------------

STATUSES = [
    ("scheduled", "CONFIRMED", None),
    ("rescheduled", "CONFIRMED", None),
    ("moved-online", "CONFIRMED", None),
    ("cancelled", "CANCELLED", "ANNULÉ"),
    ("postponed", "TENTATIVE", "REPORTÉ"),
]


@pytest.mark.parametrize("event_status, status, prefix", STATUSES)
def test_status_and_summary_prefix(make_event, event_status, status, prefix):
    component = parse(make_event(title="Atelier de tricot", event_status=event_status))
    assert text(component, "STATUS") == status
    summary = text(component, "SUMMARY")
    if prefix is None:
        assert summary == "Atelier de tricot"
    else:
        assert summary.startswith(prefix)
        assert summary.endswith("Atelier de tricot")
        assert len(summary) > len(prefix + "Atelier de tricot")  # a separator between them


def test_event_without_status_is_confirmed(make_event):
    event = make_event()
    del event.event_status
    assert text(parse(event), "STATUS") == "CONFIRMED"


# --- DTSTART / DTEND --------------------------------------------------------------

ALL_DAY = [
    # first day, last day, DTEND (exclusive)
    (D(2026, 4, 12), D(2026, 4, 16), D(2026, 4, 17)),  # « du 12 au 16 avril » ends on the 17th
    (D(2026, 4, 12), D(2026, 4, 12), D(2026, 4, 13)),
    (D(2026, 4, 29), D(2026, 4, 30), D(2026, 5, 1)),
    (D(2026, 12, 31), D(2026, 12, 31), D(2027, 1, 1)),
    (D(2028, 2, 28), D(2028, 2, 28), D(2028, 2, 29)),
]


@pytest.mark.parametrize("first, last, end", ALL_DAY)
def test_all_day_is_value_date_with_exclusive_end(make_event, first, last, end):
    data = write(make_event(start=first, end=last))
    component = Event.from_ical(data)
    assert component.errors == []
    assert component.decoded("DTSTART") == first
    assert component.decoded("DTEND") == end
    for value in (component.decoded("DTSTART"), component.decoded("DTEND")):
        assert type(value) is dt.date
    assert raw_line(data, "DTSTART") == f"DTSTART;VALUE=DATE:{first:%Y%m%d}"
    assert raw_line(data, "DTEND") == f"DTEND;VALUE=DATE:{end:%Y%m%d}"
    assert ics.tzid_of(make_event(start=first, end=last)) is None


@pytest.mark.parametrize(
    "start, end, tzid",
    [
        (at(2026, 4, 2, 18), at(2026, 4, 2, 20), "America/Toronto"),
        (at(2026, 1, 15, 18), at(2026, 1, 15, 20), "America/Toronto"),
        (at(2026, 6, 5, 9, tz=PARIS), at(2026, 6, 5, 18, tz=PARIS), "Europe/Paris"),
        (at(2026, 4, 2, 22), at(2026, 4, 3, 2), "America/Toronto"),
    ],
)
def test_timed_event_keeps_its_own_tzid_and_wall_time(make_event, start, end, tzid):
    event = make_event(start=start, end=end, timezone=start.tzinfo)
    data = write(event)
    component = Event.from_ical(data)
    assert component.errors == []
    for name, value in (("DTSTART", start), ("DTEND", end)):
        assert component[name].params["TZID"] == tzid
        parsed = component.decoded(name)
        assert parsed == value  # same instant
        assert parsed.replace(tzinfo=None) == value.replace(tzinfo=None)  # same wall time
        assert raw_line(data, name) == f"{name};TZID={tzid}:{value:%Y%m%dT%H%M%S}"
    assert ics.tzid_of(event) == tzid


FIXED_OFFSETS = [
    # start, end, start in UTC, end in UTC
    (at(2026, 6, 5, 9, tz=dt.timezone(dt.timedelta(hours=2))), at(2026, 6, 5, 18, tz=dt.timezone(dt.timedelta(hours=2))),
     "20260605T070000Z", "20260605T160000Z"),
    (at(2026, 6, 5, 9, tz=dt.timezone(-dt.timedelta(hours=4))), at(2026, 6, 5, 10, tz=dt.timezone(-dt.timedelta(hours=4))),
     "20260605T130000Z", "20260605T140000Z"),
    (at(2026, 6, 5, 23, 30, tz=dt.timezone(dt.timedelta(hours=5, minutes=30))),
     at(2026, 6, 6, 1, tz=dt.timezone(dt.timedelta(hours=5, minutes=30))), "20260605T180000Z", "20260605T193000Z"),
    (at(2026, 6, 5, 9, tz=UTC), at(2026, 6, 5, 10, tz=UTC), "20260605T090000Z", "20260605T100000Z"),
]  # fmt: skip


@pytest.mark.parametrize("start, end, start_utc, end_utc", FIXED_OFFSETS)
def test_fixed_offset_is_written_in_utc_without_tzid(make_event, start, end, start_utc, end_utc):
    event = make_event(start=start, end=end)
    data = write(event)
    component = Event.from_ical(data)
    assert component.errors == []
    assert raw_line(data, "DTSTART") == f"DTSTART:{start_utc}"
    assert raw_line(data, "DTEND") == f"DTEND:{end_utc}"
    assert component.decoded("DTSTART") == start
    assert component.decoded("DTEND") == end
    assert b"TZID" not in data
    assert b"UTC+" not in data and b"UTC-" not in data
    assert ics.tzid_of(event) is None


# --- RRULE and EXDATE -------------------------------------------------------------


def expanded(component):
    """Every start the component's RRULE and EXDATEs give, expanded by dateutil."""
    start = component.decoded("DTSTART")
    all_day = type(start) is dt.date
    first = dt.datetime.combine(start, dt.time(0)) if all_day else start
    rule = rrulestr(component["RRULE"].to_ical().decode(), dtstart=first)
    excluded = set()
    exdates = component.get("EXDATE", [])
    for prop in exdates if isinstance(exdates, list) else [exdates]:
        for value in prop.dts:
            excluded.add(value.dt if not all_day else dt.datetime.combine(value.dt, dt.time(0)))
    found = [moment for moment in rule if moment not in excluded]
    return [m.date() for m in found] if all_day else found


def test_rrule_until_is_utc_for_timed_events(make_event):
    # Daily at 18:00 in Montréal until 1 May: the 18:00 of 1 May (22:00Z) is included.
    event = make_event(
        start=at(2026, 4, 27, 18), end=at(2026, 4, 27, 20), recurrence={"rule": "FREQ=DAILY", "until": D(2026, 5, 1)}
    )
    component = parse(event)
    (until,) = component["RRULE"]["UNTIL"]
    assert isinstance(until, dt.datetime)
    assert until.utcoffset() == dt.timedelta(0)
    assert until.astimezone(TORONTO).date() == D(2026, 5, 1)
    assert at(2026, 5, 1, 18) <= until < at(2026, 5, 2, 18)
    assert "COUNT" not in component["RRULE"]
    assert raw_line(write(event), "RRULE").endswith("Z")
    assert expanded(component) == [at(2026, 4, d, 18) for d in (27, 28, 29, 30)] + [at(2026, 5, 1, 18)]


def test_rrule_until_keeps_a_late_evening_in_montreal(make_event, tmp_path):
    # Daily at 19:00 from 3 November 2026 (EST, UTC−5) until 5 November: the last one is
    # 00:00Z on 6 November, so UNTIL is 04:59:59Z on 6 November (23:59:59 in Montréal), never
    # the wall time 20261105T235959Z labelled UTC, which would drop it.
    event = make_event(
        start=at(2026, 11, 3, 19), end=at(2026, 11, 3, 21), recurrence={"rule": "FREQ=DAILY", "until": D(2026, 11, 5)}
    )
    component = parse(event)
    (until,) = component["RRULE"]["UNTIL"]
    assert until.utcoffset() == dt.timedelta(0)
    assert until >= dt.datetime(2026, 11, 6, 0, 0, tzinfo=UTC)
    assert until.astimezone(TORONTO).date() == D(2026, 11, 5)
    assert expanded(component) == [at(2026, 11, d, 19) for d in (3, 4, 5)]
    path = tmp_path / "calendrier.ics"
    path.write_bytes(whole_calendar([event]))
    ((read,),) = [entry["events"] for entry in read_with_icaljs([path])["files"]]
    assert read["occurrences_utc"] == [
        "2026-11-04T00:00:00.000Z", "2026-11-05T00:00:00.000Z", "2026-11-06T00:00:00.000Z",
    ]  # fmt: skip


def test_rrule_until_is_a_date_for_all_day_events(make_event):
    event = make_event(start=D(2026, 4, 6), end=D(2026, 4, 6), recurrence={"rule": "FREQ=WEEKLY", "until": D(2026, 4, 27)})
    component = parse(event)
    (until,) = component["RRULE"]["UNTIL"]
    assert type(until) is dt.date
    assert until == D(2026, 4, 27)
    assert raw_line(write(event), "RRULE") == "RRULE:FREQ=WEEKLY;UNTIL=20260427"
    assert expanded(component) == [D(2026, 4, 6), D(2026, 4, 13), D(2026, 4, 20), D(2026, 4, 27)]


def test_rrule_count(make_event):
    event = make_event(recurrence={"rule": "FREQ=MONTHLY;BYDAY=1TH", "count": 3}, start=at(2026, 4, 2, 18), end=at(2026, 4, 2, 20))
    component = parse(event)
    assert component["RRULE"]["COUNT"] == [3]
    assert "UNTIL" not in component["RRULE"]
    # First Thursdays: 2 April, 7 May, 4 June 2026.
    assert expanded(component) == [at(2026, 4, 2, 18), at(2026, 5, 7, 18), at(2026, 6, 4, 18)]


def test_no_recurrence_no_rrule_nor_exdate(make_event):
    component = parse(make_event(recurrence=None))
    assert "RRULE" not in component
    assert "EXDATE" not in component


def test_rrule_never_has_both_until_and_count(make_event):
    event = make_event(
        start=at(2026, 4, 2, 18), end=at(2026, 4, 2, 20), recurrence={"rule": "FREQ=WEEKLY;COUNT=2", "until": D(2026, 4, 30)}
    )
    component = parse(event)
    assert not ("UNTIL" in component["RRULE"] and "COUNT" in component["RRULE"])
    # `until` wins, as on the event page: every Thursday of April 2026.
    assert expanded(component) == [at(2026, 4, d, 18) for d in (2, 9, 16, 23, 30)]


def test_exdate_for_timed_event_is_tzid_wall_time(make_event):
    # Weekly at 18:00 from 5 March (EST); 19 March is after the change to EDT: still 18:00 local.
    event = make_event(
        start=at(2026, 3, 5, 18), end=at(2026, 3, 5, 20),
        recurrence={"rule": "FREQ=WEEKLY", "count": 4, "except": [D(2026, 3, 19)]},
    )  # fmt: skip
    data = write(event)
    component = Event.from_ical(data)
    assert component.errors == []
    assert component["EXDATE"].params["TZID"] == "America/Toronto"
    assert [value.dt for value in component["EXDATE"].dts] == [at(2026, 3, 19, 18)]
    assert raw_line(data, "EXDATE") == "EXDATE;TZID=America/Toronto:20260319T180000"
    assert expanded(component) == [at(2026, 3, 5, 18), at(2026, 3, 12, 18), at(2026, 3, 26, 18)]


def test_exdate_for_all_day_event_is_a_date(make_event):
    event = make_event(
        start=D(2026, 4, 6), end=D(2026, 4, 6),
        recurrence={"rule": "FREQ=WEEKLY", "until": D(2026, 4, 27), "except": [D(2026, 4, 13), D(2026, 4, 20)]},
    )  # fmt: skip
    data = write(event)
    component = Event.from_ical(data)
    assert component.errors == []
    exdates = [line for line in raw_lines(data) if line.startswith("EXDATE")]
    assert sorted(exdates) == ["EXDATE;VALUE=DATE:20260413", "EXDATE;VALUE=DATE:20260420"]
    assert expanded(component) == [D(2026, 4, 6), D(2026, 4, 27)]


def test_exdate_for_fixed_offset_event_is_utc_like_dtstart(make_event):
    plus_two = dt.timezone(dt.timedelta(hours=2))
    event = make_event(
        start=at(2026, 6, 5, 9, tz=plus_two), end=at(2026, 6, 5, 18, tz=plus_two),
        recurrence={"rule": "FREQ=DAILY", "until": D(2026, 6, 7), "except": [D(2026, 6, 6)]},
    )  # fmt: skip
    data = write(event)
    component = Event.from_ical(data)
    assert component.errors == []
    assert raw_line(data, "EXDATE") == "EXDATE:20260606T070000Z"
    (until,) = component["RRULE"]["UNTIL"]
    assert until.utcoffset() == dt.timedelta(0)
    assert until.astimezone(plus_two).date() == D(2026, 6, 7)
    assert expanded(component) == [at(2026, 6, 5, 7, tz=UTC), at(2026, 6, 7, 7, tz=UTC)]


# --- LOCATION, GEO ----------------------------------------------------------------

LOCATIONS = [
    # format, status, venue, what LOCATION holds (None: no LOCATION)
    ("in-person", "scheduled", "full", "Salle paroissiale, 12, rue Saint-Germain Est, Rimouski, G5L 1A1"),
    ("in-person", "scheduled", {"name": "Salle paroissiale", "city": "Rimouski"}, "Salle paroissiale, Rimouski"),
    ("in-person", "scheduled", None, None),
    ("hybrid", "scheduled", "full", "hybrid"),
    ("hybrid", "scheduled", None, "En ligne"),
    ("online", "scheduled", None, "En ligne"),
    ("online", "scheduled", "full", "En ligne"),
    ("in-person", "moved-online", "full", "En ligne"),
    ("hybrid", "moved-online", "full", "En ligne"),
]


@pytest.mark.parametrize("format_, status, venue, expected", LOCATIONS)
def test_location_text(make_event, format_, status, venue, expected):
    overrides = {"format": format_, "event_status": status}
    if venue != "full":
        overrides["venue"] = venue
    component = parse(make_event(**overrides))
    if expected is None:
        assert "LOCATION" not in component
    elif expected == "hybrid":
        location = text(component, "LOCATION")
        assert location.startswith("Salle paroissiale, 12, rue Saint-Germain Est, Rimouski, G5L 1A1")
        assert "en ligne" in location.lower()
    else:
        assert text(component, "LOCATION") == expected


GEOS = [
    # format, status, place known, GEO expected
    pytest.param("in-person", "scheduled", True, True, id="in-person"),
    pytest.param("hybrid", "scheduled", True, True, id="hybrid"),
    pytest.param("in-person", "cancelled", True, True, id="cancelled-in-person"),
    pytest.param("online", "scheduled", True, False, id="online"),
    pytest.param("in-person", "scheduled", False, False, id="no-place"),
    pytest.param("online", "scheduled", False, False, id="online-no-place"),
    pytest.param("in-person", "moved-online", True, False, id="moved-online"),
]  # fmt: skip


@pytest.mark.parametrize("format_, status, has_place, has_geo", GEOS)
def test_geo_only_for_a_known_place_not_online(make_event, format_, status, has_place, has_geo):
    overrides = {} if has_place else {"place": None}
    component = parse(make_event(format=format_, event_status=status, **overrides))
    if has_geo:
        assert component.decoded("GEO") == (48.4488, -68.5236)
    else:
        assert "GEO" not in component


def test_no_geo_for_the_approximate_point_of_an_unknown_city(make_event):
    """A city the site does not know has a map point at its region's main town: not its place."""
    approximate = SimpleNamespace(name="Le Bic", latitude=48.4488, longitude=-68.5236, approximate=True)
    venue = {"name": "Salle du Bic", "city": "Le Bic"}
    component = parse(make_event(venue=venue, place=None, point=approximate))
    assert "GEO" not in component and "Le Bic" in text(component, "LOCATION")


# --- CATEGORIES, DESCRIPTION, CONFERENCE ------------------------------------------


class Named:
    def __init__(self, name, slug=""):
        self.name, self.slug = name, slug


CATEGORIES = [
    # category, tags, values read back, raw line (commas inside a value escaped, separators not)
    (Named("Ateliers", "ateliers"), [], ["Ateliers"], "CATEGORIES:Ateliers"),
    (Named("Arts, culture", "arts-culture"), [Named("plein air"), Named("jeunes; familles")],
     ["Arts, culture", "plein air", "jeunes; familles"], "CATEGORIES:Arts\\, culture,plein air,jeunes\\; familles"),
    (None, [Named("tricot"), Named("laine, fils"), Named("C:\\laine")], ["tricot", "laine, fils", "C:\\laine"],
     "CATEGORIES:tricot,laine\\, fils,C:\\\\laine"),
]  # fmt: skip


@pytest.mark.parametrize("category, tags, expected, line", CATEGORIES)
def test_categories_are_category_then_tags(make_event, category, tags, expected, line):
    data = write(make_event(category=category, tags=tags))
    component = Event.from_ical(data)
    assert component.errors == []
    assert [str(value) for value in component["CATEGORIES"].cats] == expected
    assert raw_line(data, "CATEGORIES") == line


def test_no_category_no_tags_no_categories(make_event):
    assert "CATEGORIES" not in parse(make_event(category=None, tags=[]))


@pytest.mark.parametrize(
    "summary, plain",
    [
        ("<p>Apportez vos <strong>aiguilles</strong> &amp; votre laine.</p>", "Apportez vos aiguilles & votre laine."),
        ("<p>Entrée « libre » — 5&nbsp;$</p>", "Entrée « libre » — 5\xa0$"),
        ("<p>Code : &lt;script&gt;</p>", "Code : <script>"),
    ],
)
def test_description_is_plain_summary_then_page_url(make_event, summary, plain):
    description = text(parse(make_event(summary=summary, format="in-person")), "DESCRIPTION")
    page = "https://maillage.example/evenements/atelier-tricot/"
    assert description.startswith(plain)
    assert description.rstrip().endswith(page)
    assert "<p>" not in description and "<strong>" not in description and "&amp;" not in description


def test_description_of_online_event_ends_with_its_link(make_event):
    event = make_event(format="online", online={"url": "https://meet.example/tricot"}, summary="<p>En ligne.</p>")
    description = text(parse(event), "DESCRIPTION")
    page = "https://maillage.example/evenements/atelier-tricot/"
    assert description.startswith("En ligne.")
    assert page in description
    assert description.index(page) < description.index("https://meet.example/tricot")


def test_description_without_summary_is_the_page_url(make_event):
    description = text(parse(make_event(summary="")), "DESCRIPTION")
    assert description.strip() == "https://maillage.example/evenements/atelier-tricot/"


@pytest.mark.parametrize("format_", ["online", "hybrid"])
def test_conference_for_online_link(make_event, format_):
    component = parse(make_event(format=format_, online={"url": "https://meet.example/tricot?pwd=a;b"}))
    conference = component["CONFERENCE"]
    assert str(conference) == "https://meet.example/tricot?pwd=a;b"
    assert conference.params["VALUE"] == "URI"
    assert conference.params["FEATURE"] == "VIDEO"


@pytest.mark.parametrize("online", [{}, None, {"url": ""}, {"url": None}])
def test_no_conference_without_online_link(make_event, online):
    assert "CONFERENCE" not in parse(make_event(format="online", online=online))


# --- Escaping (raw form) ----------------------------------------------------------

ESCAPES = [
    ("Tricot, crochet", "Tricot\\, crochet"),
    ("Tricot; crochet", "Tricot\\; crochet"),
    ("C:\\Tricot", "C:\\\\Tricot"),
    ("Tricot\ncrochet", "Tricot\\ncrochet"),
    ("Café & jasette", "Café & jasette"),
]


@pytest.mark.parametrize("title, escaped", ESCAPES)
def test_text_is_escaped_in_summary(make_event, title, escaped):
    data = write(make_event(title=title))
    assert raw_line(data, "SUMMARY") == f"SUMMARY:{escaped}"
    assert text(Event.from_ical(data), "SUMMARY") == title


def test_newlines_in_description_are_escaped(make_event):
    data = write(make_event(summary="<p>Un, deux;</p>\n<p>trois \\ quatre</p>"))
    line = raw_line(data, "DESCRIPTION")
    assert line.startswith("DESCRIPTION:Un\\, deux\\;\\ntrois \\\\ quatre\\n")
    assert "\n" not in line and "\r" not in line
    assert text(Event.from_ical(data), "DESCRIPTION").startswith("Un, deux;\ntrois \\ quatre\n")


def test_location_is_escaped(make_event):
    data = write(make_event(venue={"name": "Café; bar", "city": "Rimouski"}))
    assert raw_line(data, "LOCATION") == "LOCATION:Café\\; bar\\, Rimouski"


# --- calendar_header ----------------------------------------------------------------


def header(name="Tous les événements — maillage", description="Le carrefour communautaire",
           timezone="America/Toronto", url=f"{SITE}/calendrier.ics", refresh=dt.timedelta(hours=6)):  # fmt: skip
    return ics.calendar_header(name, description, timezone, url, refresh)


def test_calendar_header_properties():
    data = ics.assemble(header(), [], [])
    calendar = Calendar.from_ical(data)
    assert calendar.errors == []
    prodid = str(calendar["PRODID"])
    assert "maillage" in prodid.lower()
    assert prodid.startswith("-//")
    assert "mxm.dk" not in prodid  # not the icalendar documentation's example
    assert str(calendar["VERSION"]) == "2.0"
    assert str(calendar["CALSCALE"]) == "GREGORIAN"
    assert str(calendar["METHOD"]) == "PUBLISH"
    assert str(calendar["NAME"]) == "Tous les événements — maillage"
    assert str(calendar["X-WR-CALNAME"]) == str(calendar["NAME"])
    assert str(calendar["X-WR-TIMEZONE"]) == "America/Toronto"
    assert str(calendar["URL"]) == "https://maillage.example/calendrier.ics"
    assert calendar.decoded("REFRESH-INTERVAL") == dt.timedelta(hours=6)
    lines = raw_lines(data)
    assert "REFRESH-INTERVAL;VALUE=DURATION:PT6H" in lines
    assert "X-PUBLISHED-TTL:PT6H" in lines
    assert lines[0] == "BEGIN:VCALENDAR"
    assert lines.count("BEGIN:VCALENDAR") == 1 and lines.count("END:VCALENDAR") == 1


@pytest.mark.parametrize(
    "refresh, duration",
    [(dt.timedelta(hours=6), "PT6H"), (dt.timedelta(hours=1), "PT1H"), (dt.timedelta(days=1), "P1D"),
     (dt.timedelta(minutes=90), "PT1H30M")],
)  # fmt: skip
def test_refresh_interval_and_published_ttl_agree(refresh, duration):
    lines = raw_lines(ics.assemble(header(refresh=refresh), [], []))
    assert f"REFRESH-INTERVAL;VALUE=DURATION:{duration}" in lines
    assert f"X-PUBLISHED-TTL:{duration}" in lines


def test_header_is_byte_identical_across_calls():
    assert header() == header()


def test_header_has_no_end_line():
    assert b"END:VCALENDAR" not in header()
    assert header().endswith(b"\r\n")


NAMES = [
    pytest.param("Événements — Bas-Saint-Laurent — maillage", "Événements — Bas-Saint-Laurent — maillage", id="plain"),
    pytest.param("Événements — Arts, culture — maillage", "Événements — Arts\\, culture — maillage", id="comma"),
    pytest.param("Événements — CAB; Rimouski — maillage", "Événements — CAB\\; Rimouski — maillage", id="semicolon"),
    pytest.param("Événements — A\\B — maillage", "Événements — A\\\\B — maillage", id="backslash"),
]


@pytest.mark.parametrize("name, escaped", NAMES)
def test_calendar_name_is_escaped_text(name, escaped):
    lines = raw_lines(ics.assemble(header(name=name), [], []))
    assert f"NAME:{escaped}" in lines
    assert f"X-WR-CALNAME:{escaped}" in lines


@pytest.mark.parametrize(
    "name",
    [
        "DESCRIPTION",
        "X-WR-CALDESC",
    ],
)
def test_calendar_description_is_escaped_text(name):
    lines = raw_lines(ics.assemble(header(description="Nouvelles, événements; entraide"), [], []))
    assert f"{name}:Nouvelles\\, événements\\; entraide" in lines


# --- assemble: a whole calendar ------------------------------------------------------

LONG_TITLE = (
    "Rencontre régionale des organismes communautaires de l'Est-du-Québec : économie sociale, "
    "sécurité alimentaire, entraide — « Où en sommes-nous ? » à Rimouski, Gaspé et Îles-de-la-Madeleine"
)


def whole_calendar(events):
    zones = sorted({ics.tzid_of(e) for e in events} - {None})
    pieces = [write(e) for e in events]
    timezones = [vtimezone(z, D(2026, 1, 1), D(2026, 12, 31)).to_ical() for z in zones]
    return ics.assemble(header(name="Événements — Bas-Saint-Laurent — maillage"), timezones, pieces)


def calendar_events(make_event):
    return [
        make_event("rencontre-regionale", title=LONG_TITLE, summary=f"<p>{LONG_TITLE} {LONG_TITLE}</p>"),
        *(make_event(f"titre-{n}", title="x" * n + "éàè—…ç" * 20) for n in range(4)),  # every fold offset
        make_event("congres-nantes", start=at(2026, 6, 5, 9, tz=PARIS), end=at(2026, 6, 5, 18, tz=PARIS), timezone=PARIS),
        make_event("fete", start=D(2026, 6, 24), end=D(2026, 6, 24)),
        make_event("tricot-hebdo", start=at(2026, 3, 5, 18), end=at(2026, 3, 5, 20),
                   recurrence={"rule": "FREQ=WEEKLY", "count": 4, "except": [D(2026, 3, 19)]}),
        make_event("annule", event_status="cancelled", format="online", online={"url": "https://meet.example/x"}),
    ]  # fmt: skip


def test_assembled_calendar_parses_without_errors(make_event):
    events = calendar_events(make_event)
    calendar = Calendar.from_ical(whole_calendar(events))
    assert calendar.errors == []
    for component in calendar.walk():
        assert component.errors == []
    vevents = calendar.walk("VEVENT")
    assert [str(v["UID"]) for v in vevents] == [f"{e.slug}@maillage.example" for e in events]
    assert str(vevents[0]["SUMMARY"]) == LONG_TITLE
    tzids = {str(v["DTSTART"].params["TZID"]) for v in vevents if "TZID" in v["DTSTART"].params}
    assert tzids == {str(tz["TZID"]) for tz in calendar.walk("VTIMEZONE")} == {"America/Toronto", "Europe/Paris"}


def test_assembled_calendar_lines_are_crlf_folded_at_75_octets_and_utf8(make_event):
    data = whole_calendar(calendar_events(make_event))
    assert data.endswith(b"END:VCALENDAR\r\n")
    physical = data.split(b"\r\n")
    assert physical[-1] == b""
    physical = physical[:-1]
    assert all(b"\n" not in line and b"\r" not in line for line in physical)  # no bare LF or CR
    assert max(len(line) for line in physical) <= 75
    assert any(line.startswith(b" ") for line in physical)  # the long titles were folded
    for line in physical:
        line.decode("utf-8")  # no UTF-8 character cut by a fold


def test_assembled_calendar_reads_the_same_in_icaljs(make_event, tmp_path):
    events = calendar_events(make_event)
    path = tmp_path / "calendrier.ics"
    path.write_bytes(whole_calendar(events))
    (result,) = read_with_icaljs([path])["files"]
    assert result["error"] is None
    by_uid = {e["uid"]: e for e in result["events"]}
    assert set(by_uid) == {f"{e.slug}@maillage.example" for e in events}
    assert by_uid["congres-nantes@maillage.example"]["start_utc"] == "2026-06-05T07:00:00.000Z"
    assert by_uid["titre-0@maillage.example"]["start_utc"] == "2026-04-02T22:00:00.000Z"  # 18:00 EDT
    assert by_uid["fete@maillage.example"]["start_utc"] == "2026-06-24"
    assert by_uid["fete@maillage.example"]["end_utc"] == "2026-06-25"
    assert by_uid["rencontre-regionale@maillage.example"]["summary"] == LONG_TITLE
    assert by_uid["annule@maillage.example"]["status"] == "CANCELLED"
    # 5, 12, 26 March at 18:00 local: 23:00Z before the change, 22:00Z after; 19 March excluded.
    assert by_uid["tricot-hebdo@maillage.example"]["occurrences_utc"] == [
        "2026-03-05T23:00:00.000Z", "2026-03-12T22:00:00.000Z", "2026-03-26T22:00:00.000Z",
    ]  # fmt: skip


def test_assemble_is_byte_identical_for_the_same_input(make_event):
    assert whole_calendar(calendar_events(make_event)) == whole_calendar(calendar_events(make_event))


# --- helpers ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "html, plain",
    [
        ("<p>Bonjour</p>", "Bonjour"),
        ("  <p>Un &amp; deux</p>\n", "Un & deux"),
        ("<p>L&#8217;atelier</p>", "L\u2019atelier"),
        ("<p>Un</p>\n<ul><li>deux</li><li>trois  <em>et</em>\n quatre</li></ul>", "Un\ndeux\ntrois et quatre"),
        ("", ""),
        (None, ""),
    ],
)
def test_plain_text(html, plain):
    assert plain_text(html) == plain


def test_geo_is_the_venue_when_its_coordinates_are_written(make_event):
    """validate.py turns a venue's latitude/longitude into the event's point: GEO says it, not the city centre."""
    city = SimpleNamespace(name="Rimouski", latitude=48.4488, longitude=-68.5236, approximate=False)
    venue_point = SimpleNamespace(name="Rimouski", latitude=48.452, longitude=-68.523, approximate=False)
    component = parse(make_event(place=city, point=venue_point))
    assert component.decoded("GEO") == (48.452, -68.523)


# (name, description, url): one CalendarHeaders serves them all in this order, so the shared
# properties of a description come from its memo from the second calendar on.
HEADERS = [
    ("Tous les événements — maillage", "Le carrefour des événements numériques et du réseautage d’affaires au Québec", f"{SITE}/calendrier.ics"),
    ("Événements — Bas-Saint-Laurent — maillage", "Le carrefour des événements numériques et du réseautage d’affaires au Québec", f"{SITE}/regions/bas-saint-laurent/calendrier.ics"),
    ("Events — Bas-Saint-Laurent — maillage", "Quebec's hub for digital events and business networking", f"{SITE}/en/regions/bas-saint-laurent/calendar.ics"),
    ("Dîner; réseautage, « 5 à 7 » \\ " * 4 + "— maillage", "Le carrefour des événements numériques et du réseautage d’affaires au Québec", f"{SITE}/evenements/{'tres-long-' * 9}.ics"),
    ("Sans sous-titre — maillage", "", f"{SITE}/calendrier.ics"),
    ("Sans sous-titre, encore — maillage", "", f"{SITE}/categories/ateliers/calendrier.ics"),
    ("Sous-titre; avec, ponctuation — maillage", "Un; deux, trois \\ quatre", f"{SITE}/repertoire/x/calendrier.ics"),
]


def test_calendar_headers_of_a_build_equal_each_header_serialized_whole():
    refresh = dt.timedelta(hours=6)
    headers = ics.CalendarHeaders("America/Toronto", refresh)
    for name, description, url in HEADERS * 2:
        header = headers.header(name, description, url)
        assert header == ics.calendar_header(name, description, "America/Toronto", url, refresh), name
        parsed = Calendar.from_ical(header + b"END:VCALENDAR\r\n")
        assert str(parsed["URL"]) == url and parsed["X-WR-TIMEZONE"] == "America/Toronto"
