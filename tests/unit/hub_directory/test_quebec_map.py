"""hub_directory.quebec_map: the static map of /regions/ (positions only)."""

import pytest

from hub_directory.quebec_map import LABEL_SIZE, fit, overlaps, quebec_map


@pytest.fixture()
def drawn(known_places, item):
    entries = [item("Rimouski", slug="a"), item("Rimouski", slug="b"), item("Gatineau", slug="c"), item("Toronto", slug="d")]
    events = [item("Québec", slug="e"), item(None, slug="online", region="montreal", format="online")]
    return quebec_map(known_places, entries, events)


def test_north_is_up_and_east_is_right():
    projection = fit([(45.0, -79.0), (50.0, -62.0)])
    montreal, quebec, sept_iles = projection.point(45.50, -73.57), projection.point(46.81, -71.21), projection.point(50.20, -66.38)
    assert montreal[0] < quebec[0] < sept_iles[0]
    assert montreal[1] > quebec[1] > sept_iles[1]


def test_the_east_west_scale_is_corrected_for_latitude():
    projection = fit([(45.0, -79.0), (50.0, -62.0)])
    one_degree_north = projection.point(47.0, -70.0)[1] - projection.point(48.0, -70.0)[1]
    one_degree_east = projection.point(47.5, -69.0)[0] - projection.point(47.5, -70.0)[0]
    assert one_degree_east / one_degree_north == pytest.approx(0.674, abs=0.01)  # cos(47.5°)


def test_every_town_of_quebec_is_inside_the_map(drawn, known_places):
    assert len(drawn.towns) == len({(p.latitude, p.longitude) for p in known_places if p.in_quebec})
    assert all(0 <= x <= drawn.width and 0 <= y <= drawn.height for x, y in drawn.towns)


def test_entries_and_events_become_one_dot_per_place_in_quebec(drawn):
    assert [(d.place, d.count) for d in drawn.entry_dots] == [("Gatineau", 1), ("Rimouski", 2)]
    assert [(d.place, d.count) for d in drawn.event_dots] == [("Québec", 1)]
    assert (drawn.entry_count, drawn.event_count) == (3, 1)


def test_an_unknown_city_with_its_region_is_drawn_at_the_regions_main_town(known_places, item):
    entries = [item("Rimouski", slug="a"), item("Saint-Fabien", slug="b", region="bas-saint-laurent")]
    events = [item("Murdochville", slug="c", region="gaspesie-iles-de-la-madeleine"), item("Gaspé", slug="d")]
    drawn = quebec_map(known_places, entries, events)
    assert [(d.place, d.count) for d in drawn.entry_dots] == [("Rimouski", 1), ("Saint-Fabien", 1)]
    assert [(d.place, d.count) for d in drawn.event_dots] == [("Gaspé", 1), ("Murdochville", 1)]
    rimouski, fabien = drawn.entry_dots
    gaspe, murdochville = drawn.event_dots
    assert (fabien.x, fabien.y) == (rimouski.x, rimouski.y) and (murdochville.x, murdochville.y) == (gaspe.x, gaspe.y)


def test_a_region_code_for_each_region_none_overlapping_inside_the_map(drawn, known_places):
    assert [label.code for label in drawn.labels] == [r.code for r in known_places.regions]
    spots = [(label.x, label.y) for label in drawn.labels]
    for index, spot in enumerate(spots):
        assert not any(overlaps(spot, other) for other in spots[index + 1:]), drawn.labels[index]
        assert LABEL_SIZE[0] / 2 <= spot[0] <= drawn.width - LABEL_SIZE[0] / 2
        assert LABEL_SIZE[1] / 2 <= spot[1] <= drawn.height - LABEL_SIZE[1] / 2


@pytest.mark.parametrize(
    "slug, french, english",
    [("bas-saint-laurent", "Bas-Saint-Laurent", "Bas-Saint-Laurent"), ("laurentides", "Laurentides", "Laurentians"), ("cote-nord", "Côte-Nord", "North Shore")],
)
def test_region_codes_are_named_in_french_and_english(drawn, slug, french, english):
    (label,) = [label for label in drawn.labels if label.url == f"regions/{slug}/"]
    assert (label.name(), label.name("fr"), label.name("en")) == (french, french, english)


def test_region_codes_leave_the_dots_visible(drawn):
    for dot in (*drawn.entry_dots, *drawn.event_dots):
        assert not any(abs(label.x - dot.x) < 12 and abs(label.y - dot.y) < 8 for label in drawn.labels), dot


def test_the_river_is_a_path_inside_the_map(drawn):
    commands = drawn.river.split("L")
    assert drawn.river.startswith("M") and len(commands) > 10
    for command in commands:
        x, y = map(float, command.strip("M ").split())
        assert 0 <= x <= drawn.width and 0 <= y <= drawn.height


def test_an_entry_far_north_widens_the_map(known_places, item):
    Place = type(known_places.find("Rimouski"))
    north = item(None, slug="kuujjuaq", region="nord-du-quebec")
    north.place = Place("Kuujjuaq", "CA", known_places.region("nord-du-quebec"), 58.1, -68.4)
    plain, widened = quebec_map(known_places, [], []), quebec_map(known_places, [north], [])
    assert widened.height > plain.height
    dot = widened.entry_dots[0]
    assert 0 <= dot.y <= widened.height


def test_same_input_same_map(known_places, item):
    entries = [item("Rimouski"), item("Gaspé")]
    assert quebec_map(known_places, entries, []) == quebec_map(known_places, list(reversed(entries)), [])


# The background (countries and coasts), the region a page is about, the map as text.


def test_the_coasts_and_borders_are_drawn_under_the_points(drawn):
    names = [shape.name for shape in drawn.land]
    assert "Canada" in names and "United States of America" in names
    assert len("".join(shape.d for shape in drawn.land).encode()) < 40_000  # the budget of the background


def test_a_region_page_stresses_its_towns_and_keeps_the_same_view(known_places, item):
    rimouski = known_places.find("Rimouski")
    whole = quebec_map(known_places, [item("Rimouski", slug="a")], [])
    here = quebec_map(known_places, [item("Rimouski", slug="a")], [], highlight=rimouski.region)
    assert (here.width, here.height) == (whole.width, whole.height)
    assert here.highlight is rimouski.region and whole.highlight is None and whole.highlight_towns == []
    towns = known_places.in_region(rimouski.region)
    assert len(here.highlight_towns) == len({(t.latitude, t.longitude) for t in towns})
    assert here.highlight_towns[0] in here.towns


def test_the_points_are_where_the_projection_puts_them(known_places, item):
    drawn = quebec_map(known_places, [item("Rimouski", slug="a")], [item("Gatineau", slug="b")])
    towns = [p for p in known_places if p.in_quebec]
    projection = fit([(p.latitude, p.longitude) for p in towns])
    rimouski, gatineau = known_places.find("Rimouski"), known_places.find("Gatineau")
    assert (drawn.entry_dots[0].x, drawn.entry_dots[0].y) == projection.point(rimouski.latitude, rimouski.longitude)
    assert (drawn.event_dots[0].x, drawn.event_dots[0].y) == projection.point(gatineau.latitude, gatineau.longitude)


def test_the_places_drawn_as_text(drawn):
    assert drawn.places == [("Gatineau", 1, 0), ("Québec", 0, 1), ("Rimouski", 2, 0)]


def test_the_background_is_drawn_once_per_view_and_is_the_same(known_places, item):
    """`lands` (kept by RegionGuide for one build): one basemap per view, equal to a fresh one."""
    Place = type(known_places.find("Rimouski"))
    north = item(None, slug="kuujjuaq", region="nord-du-quebec")
    north.place = Place("Kuujjuaq", "CA", known_places.region("nord-du-quebec"), 58.1, -68.4)
    lands = {}
    south = [quebec_map(known_places, [item(city)], [], lands=lands) for city in ("Rimouski", "Gatineau", "Québec")]
    assert len(lands) == 1
    widened = quebec_map(known_places, [north], [], lands=lands)
    assert len(lands) == 2
    assert [m.land for m in south] == [quebec_map(known_places, [item(c)], []).land for c in ("Rimouski", "Gatineau", "Québec")]
    assert widened.land == quebec_map(known_places, [north], []).land != south[0].land
