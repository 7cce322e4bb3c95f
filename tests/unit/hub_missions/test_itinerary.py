"""hub_missions.itinerary: missions in order, past and upcoming, stops with their events and reports."""

import datetime as dt
from types import SimpleNamespace

import pytest

from hub_missions import itinerary


def test_newest_first_by_start_then_slug(make_mission):
    older = make_mission("a-2017", start=dt.date(2017, 6, 3))
    newer = make_mission("b-2027", start=dt.date(2027, 4, 12))
    same_day = make_mission("c-2027", start=dt.date(2027, 4, 12))
    assert [m.slug for m in itinerary.newest_first([older, newer, same_day])] == ["c-2027", "b-2027", "a-2017"]


@pytest.mark.parametrize(
    "today, expected",
    [
        pytest.param(dt.date(2025, 6, 1), "upcoming", id="day-before"),
        pytest.param(dt.date(2025, 6, 2), "current", id="first-day"),
        pytest.param(dt.date(2025, 6, 5), "current", id="during"),
        pytest.param(dt.date(2025, 6, 8), "current", id="last-day"),
        pytest.param(dt.date(2025, 6, 9), "past", id="day-after"),
    ],
)
def test_status(make_mission, today, expected):
    assert itinerary.status(make_mission(), today) == expected


@pytest.mark.parametrize(
    "city, expected",
    [
        pytest.param("Angers", 1, id="first"),
        pytest.param("nantes", 2, id="case"),
        pytest.param("NÂNTES", 2, id="accents"),
        pytest.param("Lyon", None, id="not-a-stop"),
        pytest.param(None, None, id="no-stop"),
        pytest.param("", None, id="empty"),
    ],
)
def test_stop_number(make_mission, city, expected):
    assert itinerary.stop_number(make_mission().destinations, city) == expected


def test_in_language_prefers_the_translation():
    english = SimpleNamespace(lang="en")
    french = SimpleNamespace(lang="fr", translations=[english])
    assert itinerary.in_language(french, "en") is english
    assert itinerary.in_language(french, "fr") is french
    assert itinerary.in_language(french, "es") is french


def test_stops_in_order_with_hosts_events_and_distance(make_mission, make_event, known_places):
    grappe = make_event("grappe-angers", 3)
    stops, unplaced = itinerary.stops_of(make_mission(), {"grappe-angers": grappe}, [], known_places)
    assert [(s["number"], s["city"], s["anchor"]) for s in stops] == [(1, "Angers", "escale-1"), (2, "Nantes", "escale-2")]
    assert stops[0]["events"] == [grappe] and stops[1]["events"] == []
    assert stops[0]["hosts"] == ["Ville d'Angers"]
    assert stops[0]["distance_km"] is None
    assert 75 <= stops[1]["distance_km"] <= 85, "Angers–Nantes is about 80 km"
    assert stops[1]["place"].name == "Nantes"
    assert unplaced == []


def test_a_listed_event_that_is_not_published_is_left_out(make_mission, known_places):
    stops, _ = itinerary.stops_of(make_mission(), {}, [], known_places)
    assert stops[0]["events"] == []


@pytest.mark.parametrize(
    "city, day, expected_stop",
    [
        pytest.param("Nantes", 6, 2, id="by-city"),
        pytest.param("nantes", 3, 2, id="city-wins-over-days"),
        pytest.param(None, 3, 1, id="online-event-by-days"),
        pytest.param("Paris", 7, 2, id="other-city-by-days"),
        pytest.param("Paris", 20, None, id="neither"),
    ],
)
def test_an_event_naming_the_mission_finds_its_stop(make_mission, make_event, known_places, city, day, expected_stop):
    event = make_event("forum", day, city=city, mission="loire-2025")
    stops, _ = itinerary.stops_of(make_mission(), {"forum": event}, [], known_places)
    holding = [s["number"] for s in stops if event in s["events"]]
    assert holding == ([expected_stop] if expected_stop else [])


def test_an_event_of_another_mission_stays_out(make_mission, make_event, known_places):
    event = make_event("forum", 6, city="Nantes", mission="autre-mission")
    stops, _ = itinerary.stops_of(make_mission(), {"forum": event}, [], known_places)
    assert all(s["events"] == [] for s in stops)


def test_events_of_a_stop_in_time_order(make_mission, make_event, known_places):
    mission = make_mission()
    mission.destinations[0]["events"] = ["tard", "tot"]
    events = {"tard": make_event("tard", 4), "tot": make_event("tot", 2)}
    stops, _ = itinerary.stops_of(mission, events, [], known_places)
    assert [e.slug for e in stops[0]["events"]] == ["tot", "tard"]


def test_reports_grouped_under_their_stop(make_mission, make_report, known_places):
    reports = [
        make_report("nantes-2", "Nantes", day=20),
        make_report("angers", "angers", day=14),
        make_report("nantes-1", "Nantes", day=15),
        make_report("bilan", None, day=30),
        make_report("lyon", "Lyon", day=16),
    ]
    stops, unplaced = itinerary.stops_of(make_mission(), {}, reports, known_places)
    assert [[r.slug for r in s["reports"]] for s in stops] == [["angers"], ["nantes-1", "nantes-2"]]
    assert [r.slug for r in unplaced] == ["lyon", "bilan"]
    assert [r.slug for r in itinerary.reading_order(stops, unplaced)] == ["angers", "nantes-1", "nantes-2", "lyon", "bilan"]


def test_total_km_and_map(make_mission, known_places):
    stops, _ = itinerary.stops_of(make_mission(), {}, [], known_places)
    assert itinerary.total_km(stops) == stops[1]["distance_km"]
    drawing = itinerary.map_of(stops, 640, 400)
    assert [m["label"] for m in drawing["markers"]] == ["Angers", "Nantes"]
    assert drawing["width"] == 640
