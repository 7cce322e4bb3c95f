"""A mission is an all-day umbrella event: listed, subscribed to, described in JSON-LD."""

import datetime as dt
from types import SimpleNamespace

from icalendar import Event

from hub_events import calendars, context, ics, jsonld

SITE = "https://maillage.quebec"
STOPS = [
    {"city": "Angers", "country": "FR", "from": dt.date(2017, 6, 3), "to": dt.date(2017, 6, 6), "events": []},
    {"city": "Nantes", "country": "FR", "from": dt.date(2017, 6, 7), "to": dt.date(2017, 6, 11), "events": ["web2day"]},
]


def mission(**overrides):
    values = dict(
        slug="mission-2017",
        title="Mission numérique Angers–Nantes 2017",
        url="missions/mission-2017/",
        hub_type="mission",
        hub_parent="mission-2017",
        in_default_lang=True,
        lang="fr",
        start=dt.date(2017, 6, 3),
        end=dt.date(2017, 6, 11),
        date=dt.datetime(2017, 3, 6, tzinfo=dt.timezone.utc),
        summary="<p>Une délégation de 28 personnes.</p>",
        destinations=STOPS,
        settings={"TIMEZONE": "America/Toronto"},
        translations=[],
        tags=[],
        category=None,
        region=None,
        place=None,
        organizer=None,
        organizer_link=None,
    )
    values.update(overrides)
    return SimpleNamespace(**values)


def test_missions_join_the_events_with_event_defaults():
    trip = mission()
    found = context.umbrella_events({"hidden_articles": [trip, mission(in_default_lang=False, slug="en")]})
    assert found == [trip]
    assert (trip.format, trip.event_status, trip.all_day, trip.recurrence) == ("in-person", "scheduled", True, None)


def test_a_mission_has_its_own_calendar_file_and_a_distinct_uid(words):
    trip = context.umbrella_events({"hidden_articles": [mission()]})[0]
    files = {f.path for f in calendars.plan([trip], words)}
    assert files == {"calendrier.ics", "missions/mission-2017/calendrier.ics", "en/calendar.ics", "en/missions/mission-2017/calendar.ics"}
    component = Event.from_ical(ics.vevent(trip, SITE, "maillage.quebec", words))
    assert str(component["UID"]) == "mission-mission-2017@maillage.quebec"
    assert component["DTSTART"].dt == dt.date(2017, 6, 3)
    assert component["DTEND"].dt == dt.date(2017, 6, 12)
    assert str(component["LOCATION"]) == "Angers → Nantes"


def test_mission_jsonld_lists_its_stops_and_events(make_event):
    trip = context.umbrella_events({"hidden_articles": [mission()]})[0]
    web2day = make_event(
        "web2day",
        title="Web2day",
        start=dt.datetime(2017, 6, 7, 9, tzinfo=dt.timezone(dt.timedelta(hours=2))),
        end=dt.datetime(2017, 6, 7, 18, tzinfo=dt.timezone(dt.timedelta(hours=2))),
        mission_item=trip,
    )
    other = make_event("ailleurs")
    jsonld.add_jsonld([trip, web2day, other], SITE, "maillage")
    data = trip.jsonld
    assert (data["@type"], data["startDate"], data["endDate"]) == ("Event", "2017-06-03", "2017-06-11")
    assert [place["name"] for place in data["location"]] == ["Angers", "Nantes"]
    assert [e["url"] for e in data["subEvent"]] == [f"{SITE}/evenements/web2day/"]
    assert web2day.jsonld["superEvent"]["url"] == f"{SITE}/missions/mission-2017/"
