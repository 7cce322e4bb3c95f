"""VEVENT → front matter: one row per property an export writes (Meetup, Luma, Eventbrite, Google)."""

import datetime as dt

import pytest

from hub_import.mapping import UnreadableEvent, imported_event, is_over
from hub_import.sources import Source

from .conftest import SITE_ZONE, SOURCE, vevent

ROWS = [
    # (case, .ics lines, expected fields (a subset), fields that must be absent)
    ("wall clock in its TZID", ["DTEND;TZID=America/Toronto:20270114T200000"],
     {"start": "2027-01-14 18:00", "end": "2027-01-14 20:00"}, ["timezone", "format"]),
    ("UTC converted to the site's zone (winter)", ["DTSTART:20270120T230000Z", "DTEND:20270121T010000Z"],
     {"start": "2027-01-20 18:00", "end": "2027-01-20 20:00"}, ["timezone"]),
    ("UTC converted to the site's zone (summer)", ["DTSTART:20270610T220000Z"], {"start": "2027-06-10 18:00"}, ["end"]),
    ("floating time is the site's wall clock", ["DTSTART:20270114T090000"], {"start": "2027-01-14 09:00"}, ["timezone"]),
    ("another IANA zone is kept", ["DTSTART;TZID=Europe/Paris:20270520T093000", "DTEND;TZID=Europe/Paris:20270520T120000"],
     {"start": "2027-05-20 09:30", "end": "2027-05-20 12:00", "timezone": "Europe/Paris"}, []),
    ("DURATION gives the end", ["DURATION:PT90M"], {"end": "2027-01-14 19:30"}, []),
    ("one all-day", ["DTSTART;VALUE=DATE:20270312", "DTEND;VALUE=DATE:20270313"], {"start": "2027-03-12"}, ["end"]),
    ("two days all-day: DTEND is exclusive", ["DTSTART;VALUE=DATE:20270312", "DTEND;VALUE=DATE:20270314"],
     {"start": "2027-03-12", "end": "2027-03-13"}, []),
    ("RRULE with UNTIL and EXDATE", ["RRULE:FREQ=WEEKLY;BYDAY=TH;UNTIL=20270401T035959Z",
                                     "EXDATE;TZID=America/Toronto:20270121T180000,20270204T180000"],
     {"recurrence": {"rule": "FREQ=WEEKLY;BYDAY=TH", "until": "2027-03-31", "except": ["2027-01-21", "2027-02-04"]}}, []),
    ("RRULE with COUNT", ["RRULE:FREQ=MONTHLY;BYDAY=2TH;COUNT=5"],
     {"recurrence": {"rule": "FREQ=MONTHLY;BYDAY=2TH", "count": "5"}}, []),
    ("EXDATE in UTC is a local day", ["RRULE:FREQ=DAILY;COUNT=3", "EXDATE:20270115T230000Z"],
     {"recurrence": {"rule": "FREQ=DAILY", "count": "3", "except": ["2027-01-15"]}}, []),
    ("CANCELLED", ["STATUS:CANCELLED"], {"event_status": "cancelled"}, []),
    ("CONFIRMED is the default status", ["STATUS:CONFIRMED"], {}, ["event_status"]),
    ("URL is the registration", ["URL:https://www.meetup.com/groupe/events/1/"],
     {"registration": "https://www.meetup.com/groupe/events/1/"}, []),
    ("CATEGORIES are tags", ["CATEGORIES:Formation,Entrepreneuriat", "CATEGORIES:Réseautage"],
     {"tags": ["Formation", "Entrepreneuriat", "Réseautage"]}, []),
    ("venue with a known town", ["LOCATION:Salle Desjardins\\, 10 rue Principale\\, Rimouski\\, QC G5L 1A1"],
     {"venue": {"name": "Salle Desjardins", "address": "10 rue Principale", "city": "Rimouski", "postal_code": "G5L 1A1"}},
     ["format", "online"]),
    ("Meetup's bracketed address", ["LOCATION:Hôtel Rimouski (225 boul. René-Lepage Est\\, Rimouski\\, QC)"],
     {"venue": {"name": "Hôtel Rimouski", "address": "225 boul. René-Lepage Est", "city": "Rimouski"}}, []),
    ("unknown town: no city", ["LOCATION:Café Morgane\\, 201 rue Lindsay\\, Saint-Glinglin"],
     {"venue": {"name": "Café Morgane", "address": "201 rue Lindsay, Saint-Glinglin"}}, ["region"]),
    ("a town abroad the site knows", ["LOCATION:Station F\\, 5 parvis Alan Turing\\, Paris\\, France"],
     {"venue": {"name": "Station F", "address": "5 parvis Alan Turing", "city": "Paris", "country": "FR"}}, []),
    ("LOCATION that is a link: online", ["LOCATION:https://lu.ma/abc"],
     {"format": "online", "online": {"url": "https://lu.ma/abc"}}, ["venue"]),
    ("Google Meet and a place: hybrid", ["LOCATION:Salle\\, Rimouski", "X-GOOGLE-CONFERENCE:https://meet.google.com/abc-defg-hij"],
     {"format": "hybrid", "online": {"url": "https://meet.google.com/abc-defg-hij"}, "venue": {"name": "Salle", "city": "Rimouski"}}, []),
    ("a Zoom link in the description", ["DESCRIPTION:Joindre : https://us02web.zoom.us/j/123?pwd=x merci"],
     {"format": "online", "online": {"url": "https://us02web.zoom.us/j/123?pwd=x"}}, []),
    ("Meetup's online event without a link yet", ["LOCATION:Online event"], {"format": "online", "online": {"url": ""}}, ["venue"]),
    ("« En ligne »", ["LOCATION:En ligne"], {"format": "online"}, ["venue"]),
    ("no place, no link: in person, the editor says where", [], {}, ["venue", "online", "format"]),
    ("a title kept as text", ["SUMMARY:no"], {"title": "no"}, []),
    ("a hostile title kept as text", ['SUMMARY:Atelier </script><script>alert("x")</script>'],
     {"title": 'Atelier </script><script>alert("x")</script>'}, []),
    ("the organizer of the source", [], {"organizer": "groupe-rimouski"}, ["languages", "category"]),
]


@pytest.mark.parametrize(("case", "lines", "expected", "absent"), ROWS, ids=[row[0] for row in ROWS])
def test_vevent_to_front_matter(case, lines, expected, absent, known_places):
    event = imported_event(vevent(*lines), SOURCE, known_places, SITE_ZONE)
    for name, value in expected.items():
        assert event.fields[name] == value, name
    for name in absent:
        assert name not in event.fields, name


DEFAULTS = Source(name="groupe", organizer="groupe-rimouski", region="bas-saint-laurent", category="Réseautage",
                  tags=("Numérique",), format="hybrid", languages=("fr", "en"))


@pytest.mark.parametrize(("lines", "expected", "absent"), [
    ([], {"region": "bas-saint-laurent", "category": "Réseautage", "languages": ["fr", "en"], "format": "hybrid",
          "online": {"url": ""}, "tags": ["Numérique"]}, []),
    (["CATEGORIES:Numérique,Formation"], {"tags": ["Numérique", "Formation"]}, []),
    (["LOCATION:Salle\\, Rimouski"], {"venue": {"name": "Salle", "city": "Rimouski"}}, ["region"]),
], ids=["defaults", "tags without repeats", "a known town needs no region"])
def test_source_defaults(lines, expected, absent, known_places):
    event = imported_event(vevent(*lines), DEFAULTS, known_places, SITE_ZONE)
    for name, value in expected.items():
        assert event.fields[name] == value, name
    for name in absent:
        assert name not in event.fields


@pytest.mark.parametrize(("kwargs", "code"), [
    ({"uid": ""}, "no_uid"),
    ({"summary": "   "}, "no_title"),
    ({"start": None}, "no_start"),
])
def test_unreadable_events(kwargs, code, known_places):
    lines = ["UID:"] if kwargs.get("uid") == "" else []
    kwargs = {k: v for k, v in kwargs.items() if k != "uid"}
    with pytest.raises(UnreadableEvent) as caught:
        imported_event(vevent(*lines, **kwargs), SOURCE, known_places, SITE_ZONE)
    assert caught.value.code == code


def test_a_moved_occurrence_has_a_key_of_its_own(known_places):
    moved = vevent("RECURRENCE-ID;TZID=America/Toronto:20270301T080000", "DTSTART;TZID=America/Toronto:20270302T083000")
    assert imported_event(moved, SOURCE, known_places, SITE_ZONE).key == "uid-1@example.org#2027-03-01"


@pytest.mark.parametrize(("lines", "today", "over"), [
    (["DTEND;TZID=America/Toronto:20270114T200000"], dt.date(2027, 1, 14), False),
    (["DTEND;TZID=America/Toronto:20270114T200000"], dt.date(2027, 1, 15), True),
    (["RRULE:FREQ=WEEKLY;UNTIL=20270301T000000Z"], dt.date(2027, 2, 27), False),
    (["RRULE:FREQ=WEEKLY;COUNT=3"], dt.date(2027, 1, 28), False),
    (["RRULE:FREQ=WEEKLY;COUNT=3"], dt.date(2027, 1, 29), True),
    (["RRULE:FREQ=WEEKLY"], dt.date(2099, 1, 1), False),
])
def test_is_over(lines, today, over, known_places):
    assert is_over(imported_event(vevent(*lines), SOURCE, known_places, SITE_ZONE), today) is over
