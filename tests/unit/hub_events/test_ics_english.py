"""hub_events.ics in English: the VEVENT of an English calendar.

The same event as in French (UID, dates, status, revision), told with its English
translation's title, summary, venue and page when it has one, its French ones otherwise,
and English words from the catalog around them ("CANCELLED — ", "Online", "(and online)").
Every check parses what `vevent` writes with `icalendar`; the assembled English calendar
is read by ical.js too."""

import datetime as dt

import pytest
from icalendar import Calendar, Event
from icaljs import read_with_icaljs

from hub_events import ics
from hub_events.vtimezone import vtimezone

SITE = "https://maillage.example"
DOMAIN = "maillage.example"


def english_of(make_event, slug="atelier-tricot", **overrides):
    values = dict(lang="en", title="Knitting workshop", url=f"en/events/{slug}/", summary="<p>Bring your needles.</p>",
                  venue={"name": "Parish hall", "address": "12 Saint-Germain Street East", "city": "Rimouski"})  # fmt: skip
    values.update(overrides)
    return make_event(slug, **values)


def parse(data):
    component = Event.from_ical(data)
    assert component.errors == []
    return component


def both(make_event, words, translated=True, **overrides):
    """(French VEVENT, English VEVENT) of one event, parsed."""
    event = make_event(**overrides)
    if translated:
        event.translations = [english_of(make_event)]
    return tuple(parse(ics.vevent(event, SITE, DOMAIN, words, lang)) for lang in ("fr", "en"))


SUMMARIES = [
    # event_status, translated, French SUMMARY, English SUMMARY
    ("scheduled", True, "Atelier de tricot", "Knitting workshop"),
    ("scheduled", False, "Atelier de tricot", "Atelier de tricot"),
    ("cancelled", True, "ANNULÉ — Atelier de tricot", "CANCELLED — Knitting workshop"),
    ("cancelled", False, "ANNULÉ — Atelier de tricot", "CANCELLED — Atelier de tricot"),
    ("postponed", True, "REPORTÉ — Atelier de tricot", "POSTPONED — Knitting workshop"),
    ("postponed", False, "REPORTÉ — Atelier de tricot", "POSTPONED — Atelier de tricot"),
    ("rescheduled", True, "Atelier de tricot", "Knitting workshop"),
    ("moved-online", False, "Atelier de tricot", "Atelier de tricot"),
]


@pytest.mark.parametrize("status, translated, french, english", SUMMARIES)
def test_summary_in_each_language_with_its_status_words(make_event, words, status, translated, french, english):
    fr, en = both(make_event, words, translated, event_status=status)
    assert (str(fr["SUMMARY"]), str(en["SUMMARY"])) == (french, english)


def test_the_status_is_the_originals_whatever_the_translation_says(make_event, words):
    event = make_event(event_status="cancelled")
    event.translations = [english_of(make_event, event_status="scheduled")]
    english = parse(ics.vevent(event, SITE, DOMAIN, words, "en"))
    assert str(english["STATUS"]) == "CANCELLED"
    assert str(english["SUMMARY"]) == "CANCELLED — Knitting workshop"


LOCATIONS = [
    # format, status, translated, venue written, English LOCATION (None: none)
    ("in-person", "scheduled", True, "full", "Parish hall, 12 Saint-Germain Street East, Rimouski"),
    ("in-person", "scheduled", False, "full", "Salle paroissiale, 12, rue Saint-Germain Est, Rimouski, G5L 1A1"),
    ("hybrid", "scheduled", True, "full", "Parish hall, 12 Saint-Germain Street East, Rimouski (and online)"),
    ("hybrid", "scheduled", False, "full", "Salle paroissiale, 12, rue Saint-Germain Est, Rimouski, G5L 1A1 (and online)"),
    ("hybrid", "scheduled", False, None, "Online"),
    ("online", "scheduled", False, None, "Online"),
    ("online", "scheduled", True, "full", "Online"),
    ("in-person", "moved-online", True, "full", "Online"),
    ("in-person", "scheduled", False, None, None),
]  # fmt: skip


@pytest.mark.parametrize("format_, status, translated, venue, expected", LOCATIONS)
def test_english_location(make_event, words, format_, status, translated, venue, expected):
    overrides = {"format": format_, "event_status": status}
    if venue is None:
        overrides["venue"] = None
    _fr, en = both(make_event, words, translated and venue is not None, **overrides)
    if expected is None:
        assert "LOCATION" not in en
    else:
        assert str(en["LOCATION"]) == expected


@pytest.mark.parametrize("format_, has_geo", [("in-person", True), ("hybrid", True), ("online", False)])
def test_english_geo_as_french(make_event, words, format_, has_geo):
    fr, en = both(make_event, words, format=format_)
    assert ("GEO" in fr, "GEO" in en) == (has_geo, has_geo)


@pytest.mark.parametrize(
    "translated, url, description",
    [
        (True, "https://maillage.example/en/events/atelier-tricot/", "Bring your needles."),
        (False, "https://maillage.example/evenements/atelier-tricot/", "Apportez vos aiguilles."),
    ],
    ids=["translated", "untranslated"],
)
def test_english_page_and_description(make_event, words, translated, url, description):
    _fr, en = both(make_event, words, translated)
    assert str(en["URL"]) == url
    assert str(en["DESCRIPTION"]) == f"{description}\n\n{url}"


SAME = ("UID", "DTSTAMP", "LAST-MODIFIED", "SEQUENCE", "STATUS", "DTSTART", "DTEND", "CATEGORIES", "RRULE", "EXDATE")


@pytest.mark.parametrize("translated", [True, False], ids=["translated", "untranslated"])
def test_the_same_event_in_both_languages(make_event, words, translated):
    """A subscriber to both calendars sees one event: same UID, same times, same revision."""
    fr, en = both(make_event, words, translated, event_status="postponed",
                  recurrence={"rule": "FREQ=WEEKLY;COUNT=3"})  # fmt: skip
    for name in SAME:
        assert fr.get(name) is not None or name == "EXDATE"
        assert (fr.get(name) and fr[name].to_ical()) == (en.get(name) and en[name].to_ical()), name


def test_a_mission_in_english(make_event, words):
    trip = make_event("mission-2017", hub_type="mission", title="Mission numérique 2017",
                      destinations=[{"city": "Angers"}, {"city": "Nantes"}], url="missions/mission-2017/")  # fmt: skip
    trip.translations = [make_event("mission-2017", lang="en", hub_type="mission", title="Digital mission 2017",
                                    url="en/missions/mission-2017/")]  # fmt: skip
    en = parse(ics.vevent(trip, SITE, DOMAIN, words, "en"))
    assert str(en["UID"]) == "mission-mission-2017@maillage.example"
    assert str(en["SUMMARY"]) == "Digital mission 2017"
    assert str(en["LOCATION"]) == "Angers → Nantes"
    assert str(en["URL"]) == "https://maillage.example/en/missions/mission-2017/"


def test_an_english_calendar_reads_the_same_in_icaljs(make_event, words, tmp_path):
    cancelled = make_event("annule", event_status="cancelled", format="online", place=None)
    translated = make_event("tricot")
    translated.translations = [english_of(make_event, "tricot")]
    pieces = [ics.vevent(e, SITE, DOMAIN, words, "en") for e in (cancelled, translated)]
    header = ics.calendar_header("All events — maillage", "Quebec's hub", "America/Toronto", f"{SITE}/en/calendar.ics",
                                 dt.timedelta(hours=6))  # fmt: skip
    zone = vtimezone("America/Toronto", dt.date(2026, 1, 1), dt.date(2026, 12, 31)).to_ical()
    path = tmp_path / "calendar.ics"
    path.write_bytes(ics.assemble(header, [zone], pieces))
    calendar = Calendar.from_ical(path.read_bytes())
    assert [str(e["SUMMARY"]) for e in calendar.walk("VEVENT")] == ["CANCELLED — Atelier de tricot", "Knitting workshop"]
    (result,) = read_with_icaljs([path])["files"]
    assert result["error"] is None
    summaries = {e["uid"]: e["summary"] for e in result["events"]}
    assert summaries == {"annule@maillage.example": "CANCELLED — Atelier de tricot", "tricot@maillage.example": "Knitting workshop"}


VEVENTS = [
    # translated, overrides: the event's both VEVENTs, however many times they are serialized
    (False, {}),
    (True, {}),
    (False, {"event_status": "cancelled"}),
    (False, {"format": "online", "online": {"url": "https://meet.example/x"}}),
    (False, {"format": "hybrid", "online": {"url": "https://meet.example/x"}}),
    (True, {"format": "hybrid", "online": {"url": "https://meet.example/x"}}),
    (False, {"recurrence": {"rule": "FREQ=WEEKLY;BYDAY=TH", "until": dt.date(2026, 6, 25), "except": [dt.date(2026, 4, 9)]}}),
    (False, {"start": dt.date(2026, 4, 2), "end": dt.date(2026, 4, 3)}),
]


@pytest.mark.parametrize("translated, overrides", VEVENTS)
def test_vevents_equal_each_language_serialized_on_its_own(make_event, words, translated, overrides):
    event = make_event(**overrides)
    if translated:
        event.translations = [english_of(make_event)]
    pieces = ics.vevents(event, SITE, DOMAIN, words, ("fr", "en"))
    assert pieces == {lang: ics.vevent(event, SITE, DOMAIN, words, lang) for lang in ("fr", "en")}
    assert (pieces["fr"] == pieces["en"]) == (not translated and overrides.get("event_status") != "cancelled" and "format" not in overrides)
