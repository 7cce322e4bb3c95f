"""Built pages: the maps' background and text, "Près de moi"'s markup, venue coordinates
(tests/fixtures/site: a dinner in Rimouski whose venue has its own latitude and longitude)."""

import json

import pytest
from bs4 import BeautifulSoup
from icalendar import Calendar

from hub_core import places
from hub_directory.quebec_map import fit

MAP_BUDGET = 60_000  # bytes of SVG per page's map
VENUE = (48.4531, -68.5153)  # tests/fixtures/site/content/events/diner-a-venir-rimouski.md


def raw_svg(site, address, marker):
    raw = (site.output / address / "index.html").read_text(encoding="utf-8")
    start = raw.index("<svg", raw.index(marker))
    return raw[start : raw.index("</svg>", start) + len("</svg>")]


@pytest.mark.parametrize(
    "address, marker",
    [
        pytest.param("regions/", '<figure class="region-map">', id="regions"),
        pytest.param("en/regions/", '<figure class="region-map">', id="en-regions"),
        pytest.param("regions/bas-saint-laurent/", '<figure class="region-map">', id="region"),
        pytest.param("missions/mission-test-2017/", '<figure class="route-map">', id="mission"),
    ],
)
def test_every_map_has_a_background_a_title_a_description_and_stays_under_budget(fixture_site, address, marker):
    drawing = raw_svg(fixture_site, address, marker)
    svg = BeautifulSoup(drawing, "xml").find("svg")
    assert len(svg.select(".map-land path")) > 0
    assert svg.find("title").get_text(strip=True) and svg.find("desc").get_text(strip=True)
    assert len(drawing.encode()) < MAP_BUDGET
    assert "http://" not in drawing.replace("http://www.w3.org/2000/svg", "") and "https://" not in drawing


def test_the_region_page_map_stresses_the_region_and_draws_its_event_at_its_venue(fixture_site):
    page = fixture_site.page("regions/bas-saint-laurent/")
    svg = page.select_one("svg.quebec-map")
    assert svg.select_one(".map-labels .is-here text").get_text() == "01"
    assert "Bas-Saint-Laurent" in svg.find("title").get_text()
    # The projection of the map, as quebec_map fits it: the known towns of Quebec (no item is further out).
    towns = [p for p in places.Places(*places.builtin_places()) if p.in_quebec]
    projection = fit([(p.latitude, p.longitude) for p in towns])
    x, y = projection.point(*VENUE)
    # A diamond: `M{x} {y - r}l…` with r from 6 to 10.
    tops = [tuple(float(v) for v in d["d"][1:].split("l")[0].split()) for d in svg.select(".map-events path")]
    assert any(tx == x and 6 <= y - ty <= 10 for tx, ty in tops), (x, y, tops)
    assert "Rimouski" in page.select_one(".map-places").get_text()


def test_venue_coordinates_go_to_the_calendar_and_the_structured_data(fixture_site):
    calendar = Calendar.from_ical((fixture_site.output / "evenements" / "diner-a-venir-rimouski.ics").read_bytes())
    (event,) = calendar.walk("VEVENT")
    assert event.decoded("GEO") == pytest.approx(VENUE)
    page = fixture_site.page("evenements/diner-a-venir-rimouski/")
    data = [json.loads(s.string) for s in page.find_all("script", type="application/ld+json")]
    geo = next(d["location"]["geo"] for d in data if isinstance(d, dict) and d.get("@type") == "Event")
    assert (geo["latitude"], geo["longitude"]) == VENUE


@pytest.mark.parametrize("address", ["evenements/", "en/events/", "repertoire/", "en/directory/"])
def test_listed_cards_carry_their_point_and_the_controls_are_hidden_until_javascript(fixture_site, address):
    page = fixture_site.page(address)
    box = page.select_one("[data-near-me]")
    assert box is not None and box.has_attr("hidden")
    assert page.select_one("[data-near-me-results]").has_attr("hidden")
    assert page.find("script", src="/theme/js/near-me.js") is not None
    items = page.select("li[data-near-me-item]")
    assert items and any(li.has_attr("data-lat") for li in items)
    for li in items:
        if li.has_attr("data-lat"):
            assert -90 <= float(li["data-lat"]) <= 90 and -180 <= float(li["data-lon"]) <= 180
    options = [o for o in box.select("select option") if o.get("value")]
    rimouski = places.Places(*places.builtin_places()).find("Rimouski")
    assert f"{rimouski.latitude},{rimouski.longitude}" in [o["value"] for o in options]
    assert [o.get_text() for o in options] == sorted((o.get_text() for o in options), key=places.normalize)


def test_the_dinner_card_is_at_its_venue_not_at_the_city_centre(fixture_site):
    page = fixture_site.page("evenements/")
    by_title = {li.select_one(".card-title").get_text(strip=True): li for li in page.select("li[data-near-me-item]")}
    dinner = next(li for title, li in by_title.items() if "Rimouski" in title and "réseautage" in title)
    assert (float(dinner["data-lat"]), float(dinner["data-lon"])) == VENUE
