"""hub_directory.nearby: "près de chez vous", events of other regions within reach."""

import pytest

from hub_directory.nearby import closest, nearby_events


@pytest.fixture()
def region_places(known_places):
    def places_of(slug):
        region = known_places.region(slug)
        return region, known_places.in_region(region)

    return places_of


def test_an_event_of_another_region_within_reach_is_listed_with_its_distance(item, region_places):
    region, towns = region_places("bas-saint-laurent")
    event = item("Québec", slug="soiree")
    [found] = nearby_events(region, towns, [event], 150)
    assert found.event is event
    assert found.place.name == "La Pocatière"  # the region's town closest to Québec
    assert found.km == 108


@pytest.mark.parametrize(
    "city, attributes, max_km, listed",
    [
        pytest.param("Québec", {}, 150, True, id="within-reach"),
        pytest.param("Québec", {}, 100, False, id="beyond-a-smaller-reach"),
        pytest.param("Montréal", {}, 150, False, id="too-far"),
        pytest.param("Rimouski", {}, 150, False, id="same-region-is-not-nearby"),
        pytest.param(None, {"region": "bas-saint-laurent", "format": "online"}, 150, False, id="no-place"),
        pytest.param("Québec", {"format": "online"}, 150, False, id="online"),
        pytest.param("Québec", {"format": "hybrid"}, 150, True, id="hybrid"),
        pytest.param("Québec", {"event_status": "cancelled"}, 150, False, id="cancelled"),
        pytest.param("Québec", {"event_status": "moved-online"}, 150, False, id="moved-online"),
        pytest.param("Québec", {"event_status": "postponed"}, 150, True, id="postponed"),
    ],
)
def test_which_events_are_nearby(item, region_places, city, attributes, max_km, listed):
    region, towns = region_places("bas-saint-laurent")
    assert bool(nearby_events(region, towns, [item(city, **attributes)], max_km)) is listed


def test_events_outside_quebec_can_be_nearby(item, region_places, known_places):
    region, towns = region_places("outaouais")
    ottawa = item(None, slug="ottawa")
    ottawa.place = type(known_places.find("Gatineau"))("Ottawa", "CA", None, 45.4215, -75.6972, province="ON")
    ottawa.region = None
    [found] = nearby_events(region, towns, [ottawa], 50)
    assert found.place.name == "Gatineau" and found.km < 10


def test_nearby_keeps_the_order_of_the_events(item, region_places):
    region, towns = region_places("laurentides")
    events = [item("Montréal", slug="first"), item("Laval", slug="second"), item("Longueuil", slug="third")]
    assert [n.event.slug for n in nearby_events(region, towns, events, 150)] == ["first", "second", "third"]


def test_a_region_without_places_has_nothing_nearby(item, known_places):
    assert nearby_events(known_places.region("laval"), (), [item("Montréal")], 150) == []


def test_closest_breaks_ties_by_name(known_places):
    Place = type(known_places.find("Rimouski"))
    here = Place("Ici", "CA", None, 46.0, -72.0)
    a, b = Place("B-ville", "CA", None, 46.0, -71.0), Place("A-ville", "CA", None, 46.0, -73.0)
    assert closest(here, [a, b])[1].name == "A-ville"
