"""The maps (a Natural Earth background drawn at build time) and "Près de moi" in Chromium:
what is drawn, its text alternative, its size, no request to another host; sorting by distance
from the browser's position (Rimouski) or from a chosen city. axe and the Nu checker check the
sorted state in test_accessibility.py and test_html_validity.py."""

import math
from urllib.parse import urlsplit

import pytest

RIMOUSKI = {"latitude": 48.45, "longitude": -68.52}
MAP_BUDGET = 60_000  # bytes of SVG per map
MAPS = [
    pytest.param("regions", "svg.quebec-map", id="regions-index"),
    pytest.param("region", "svg.quebec-map", id="region-page"),
    pytest.param("en_region", "svg.quebec-map", id="english-region-page"),
    pytest.param("mission", ".route-map svg", id="mission"),
]
LISTS = [pytest.param("/evenements/", id="events"), pytest.param("/repertoire/", id="directory")]


def distance_km(lat1, lon1, lat2, lon2):
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    a = math.sin((phi2 - phi1) / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 2 * 6371.0088 * math.asin(math.sqrt(a))


def other_hosts(server):
    """(list, listener): the addresses requested from another host than the test server."""
    own = urlsplit(server.url).netloc
    found = []

    def listen(request):
        if urlsplit(request.url).netloc != own and not request.url.startswith(("data:", "blob:")):
            found.append(request.url)

    return found, listen


@pytest.mark.parametrize("name, selector", MAPS)
def test_each_map_has_its_background_its_text_alternative_and_stays_small(name, selector, site_pages, open_page, server):
    found, listen = other_hosts(server)
    page = open_page(site_pages[name], on_request=listen)
    svg = page.locator(selector)
    assert svg.count() == 1
    assert svg.locator(".map-land path").count() > 0, "no country drawn behind the map"
    title, desc = svg.locator("title").first.text_content(), svg.locator("desc").text_content()
    assert title.strip() and desc.strip()
    assert svg.evaluate("e => e.getAttribute('role')") == "img"
    assert len(svg.evaluate("e => e.outerHTML").encode()) < MAP_BUDGET
    page.wait_for_load_state("networkidle")
    assert found == []


def test_a_region_page_stresses_its_region(site_pages, open_page):
    page = open_page(site_pages["region"])
    code = page.locator(".kicker .region-code").first.text_content().strip()
    assert page.locator("svg.quebec-map .map-labels .is-here text").text_content() == code
    assert page.locator("svg.quebec-map .map-towns-here circle").count() > 0


def test_the_points_of_the_mission_map_are_its_stops(site_pages, open_page):
    page = open_page(site_pages["mission"])
    numbers = page.locator(".route-map .route-map-number").all_text_contents()
    stops = page.locator("#mission--escales > li").count()
    assert sorted(int(n) for text in numbers for n in text.split(",")) == list(range(1, stops + 1))


def listed(page):
    """[(title, lat, lon)] of the cards of the sorted list, in order."""
    return page.locator("[data-near-me-results] > ul > li").evaluate_all(
        "items => items.map(li => [li.querySelector('.card-title').textContent.trim(),"
        " parseFloat(li.dataset.lat), parseFloat(li.dataset.lon)])"
    )


def points(page):
    """[(title, lat, lon)] of every sortable card of the page as built (before sorting)."""
    return page.locator("[data-near-me-item][data-lat]").evaluate_all(
        "items => items.map(li => [li.querySelector('.card-title').textContent.trim(),"
        " parseFloat(li.dataset.lat), parseFloat(li.dataset.lon)])"
    )


def sort_from_rimouski(page):
    page.context.grant_permissions(["geolocation"])
    page.context.set_geolocation(RIMOUSKI)
    button = page.locator("[data-near-me-locate]")
    button.click()
    page.locator("[data-near-me-results]").wait_for(state="visible")
    return button


@pytest.mark.parametrize("address", LISTS)
def test_near_me_puts_the_nearest_card_first(address, open_page, server):
    found, listen = other_hosts(server)
    page = open_page(address, on_request=listen)
    located = points(page)
    assert len(located) > 1
    nearest = min(located, key=lambda p: distance_km(RIMOUSKI["latitude"], RIMOUSKI["longitude"], p[1], p[2]))
    button = sort_from_rimouski(page)
    cards = listed(page)
    assert cards[0][0] == nearest[0]
    distances = [distance_km(RIMOUSKI["latitude"], RIMOUSKI["longitude"], lat, lon) for _t, lat, lon in cards if not math.isnan(lat)]
    assert distances == sorted(distances)
    assert len(cards) == page.locator("[data-near-me-item]").count(), "every card is in the sorted list"
    assert "votre position" in page.locator("[data-near-me-status]").text_content()
    assert button.evaluate("b => b === document.activeElement"), "focus stays on the button"
    assert page.locator("[data-near-me-status]").get_attribute("role") == "status"
    page.wait_for_load_state("networkidle")
    assert found == [], "the position is never sent anywhere"


@pytest.mark.parametrize("address", LISTS)
def test_a_chosen_city_sorts_the_list_and_reset_restores_it(address, open_page):
    page = open_page(address)
    before = page.locator("[data-near-me-item] .card-title").all_text_contents()
    located = points(page)
    gatineau = page.locator("#pres-de-ville option", has_text="Gatineau").get_attribute("value")
    lat, lon = (float(v) for v in gatineau.split(","))
    page.select_option("#pres-de-ville", label="Gatineau")
    nearest = min(located, key=lambda p: distance_km(lat, lon, p[1], p[2]))
    assert listed(page)[0][0] == nearest[0]
    assert "Gatineau" in page.locator("[data-near-me-status]").text_content()
    page.locator("[data-near-me-reset]").click()
    assert page.locator("[data-near-me-results]").is_hidden()
    assert page.locator("[data-near-me-item] .card-title").all_text_contents() == before
    assert page.locator("[data-near-me-distance]").count() == 0
    assert page.evaluate("() => document.activeElement.hasAttribute('data-near-me-locate')"), "focus back on the controls"


@pytest.mark.parametrize("address", LISTS)
def test_without_javascript_the_list_keeps_its_order_and_no_control_shows(address, open_page):
    page = open_page(address, javascript=False)
    assert page.locator("[data-near-me]").is_hidden()
    assert page.locator("[data-near-me-item]").first.is_visible()
