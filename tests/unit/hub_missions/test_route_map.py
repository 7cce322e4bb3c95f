"""hub_missions.route_map: the stops projected into the drawing, labels, scale bar."""

import math

import pytest

from hub_missions.route_map import MARGIN, SCALE_BAND, Stop, _crosses, label_width, mercator, route_map, scale_bar

PARIS = Stop(1, "Paris", 48.8566, 2.3522)
ANGERS = Stop(2, "Angers", 47.4784, -0.5632)
NANTES = Stop(3, "Nantes", 47.2184, -1.5536)
MONTREAL = Stop(1, "Montréal", 45.5019, -73.5674)
TORONTO = Stop(2, "Toronto", 43.6532, -79.3832)
QUEBEC = Stop(3, "Québec", 46.8139, -71.2080)


def test_no_stop_no_map():
    assert route_map([]) is None


@pytest.mark.parametrize(
    "latitude, longitude, expected",
    [
        pytest.param(0, 0, (0.0, 0.0), id="origin"),
        pytest.param(0, 180, (math.pi, 0.0), id="antimeridian"),
        pytest.param(45, 0, (0.0, math.log(math.tan(math.pi / 4 + math.pi / 8))), id="45-north"),
    ],
)
def test_mercator(latitude, longitude, expected):
    assert mercator(latitude, longitude) == pytest.approx(expected)


def test_mercator_keeps_north_up_and_east_right():
    north, south = mercator(48, 0), mercator(47, 0)
    east, west = mercator(47, 2), mercator(47, -1)
    assert north[1] > south[1] and east[0] > west[0]


ROUTES = [
    pytest.param([PARIS, ANGERS, NANTES], id="loire"),
    pytest.param([MONTREAL, TORONTO, QUEBEC], id="quebec-ontario"),
    pytest.param([NANTES], id="one-stop"),
    pytest.param([Stop(1, "Angers", 47.4784, -0.5632), Stop(2, "Tout près", 47.4790, -0.5600)], id="two-close-stops"),
]


@pytest.mark.parametrize("stops", ROUTES)
def test_every_stop_is_inside_the_drawing(stops):
    drawing = route_map(stops, width=640, max_height=400)
    assert 240 <= drawing["height"] <= 400
    for marker in drawing["markers"]:
        assert MARGIN - 0.1 <= marker["x"] <= drawing["width"] - MARGIN + 0.1
        assert MARGIN - 0.1 <= marker["y"] <= drawing["height"] - MARGIN - SCALE_BAND + 0.1


@pytest.mark.parametrize("stops", ROUTES)
def test_labels_stay_inside_the_drawing(stops):
    drawing = route_map(stops)
    for marker in drawing["markers"]:
        width = label_width(marker["label"])
        left = marker["label_x"] - width if marker["anchor"] == "end" else marker["label_x"]
        assert 0 <= left and left + width <= drawing["width"]
        assert 0 < marker["label_y"] <= drawing["height"]


def test_positions_follow_the_geography():
    drawing = route_map([PARIS, ANGERS, NANTES])
    paris, angers, nantes = drawing["markers"]
    assert paris["x"] > angers["x"] > nantes["x"], "Paris is east of Angers, east of Nantes"
    assert paris["y"] < angers["y"] < nantes["y"], "and north of them"


def test_the_projection_keeps_proportions():
    """Same scale on both axes: distances on the drawing are proportional to Mercator distances."""
    drawing = route_map([PARIS, ANGERS, NANTES])
    (px, py), (nx, ny) = [(m["x"], m["y"]) for m in (drawing["markers"][0], drawing["markers"][2])]
    (mx1, my1), (mx2, my2) = mercator(PARIS.latitude, PARIS.longitude), mercator(NANTES.latitude, NANTES.longitude)
    assert (px - nx) / (mx1 - mx2) == pytest.approx((ny - py) / (my1 - my2), rel=0.01)


def test_one_stop_sits_in_the_middle():
    drawing = route_map([NANTES], width=640, max_height=400)
    (marker,) = drawing["markers"]
    assert (marker["x"], marker["y"]) == (320.0, (drawing["height"] - SCALE_BAND) / 2)


@pytest.mark.parametrize("stops", ROUTES)
def test_the_scale_bar_is_under_every_stop_and_label(stops):
    drawing = route_map(stops)
    bar = drawing["scale"]
    assert bar["y"] < drawing["height"]
    for marker in drawing["markers"]:
        assert marker["y"] + 12 < bar["y"] - 18, "circle above the bar's label"
        assert marker["label_y"] + 4 < bar["y"] - 18, "city label above the bar's label"


def test_the_route_joins_the_stops_in_order():
    drawing = route_map([PARIS, ANGERS, NANTES])
    points = [tuple(float(v) for v in pair.split(",")) for pair in drawing["route"].split()]
    assert points == [(m["x"], m["y"]) for m in drawing["markers"]]


def test_a_place_visited_twice_has_one_marker_with_both_numbers():
    back = Stop(4, "Paris", PARIS.latitude, PARIS.longitude)
    drawing = route_map([PARIS, ANGERS, NANTES, back])
    assert [(m["label"], m["numbers"]) for m in drawing["markers"]] == [("Paris", [1, 4]), ("Angers", [2]), ("Nantes", [3])]
    assert len(drawing["route"].split()) == 4, "the route still goes back"


def test_labels_of_close_stops_do_not_overlap():
    stops = [Stop(1, "Lévis", 46.8033, -71.1779), Stop(2, "Québec", 46.8139, -71.2080), Stop(3, "Montréal", 45.5019, -73.5674)]
    drawing = route_map(stops)
    boxes = []
    for marker in drawing["markers"]:
        width = label_width(marker["label"])
        left = marker["label_x"] - width if marker["anchor"] == "end" else marker["label_x"]
        boxes.append((left, marker["label_y"] - 15, left + width, marker["label_y"] + 4))
    for i, a in enumerate(boxes):
        for b in boxes[i + 1 :]:
            assert not (a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]), (a, b)


def label_box(marker):
    width = label_width(marker["label"])
    left = marker["label_x"] - width if marker["anchor"] == "end" else marker["label_x"]
    return (left, marker["label_y"] - 15, left + width, marker["label_y"] + 4)


@pytest.mark.parametrize("stops", ROUTES[:2])
def test_labels_keep_off_the_route(stops):
    drawing = route_map(stops)
    points = [tuple(float(v) for v in pair.split(",")) for pair in drawing["route"].split()]
    for marker in drawing["markers"]:
        assert not any(_crosses(label_box(marker), segment) for segment in zip(points, points[1:])), marker["label"]


@pytest.mark.parametrize(
    "box, segment, expected",
    [
        pytest.param((0, 0, 10, 10), ((-5, 5), (15, 5)), True, id="through"),
        pytest.param((0, 0, 10, 10), ((-5, 20), (15, 20)), False, id="below"),
        pytest.param((0, 0, 10, 10), ((5, 5), (5, 6)), True, id="inside"),
        pytest.param((0, 0, 10, 10), ((20, -20), (40, 40)), False, id="beside"),
    ],
)
def test_crosses(box, segment, expected):
    assert _crosses(box, segment) is expected


def test_same_stops_same_drawing():
    assert route_map([PARIS, ANGERS, NANTES]) == route_map([PARIS, ANGERS, NANTES])


@pytest.mark.parametrize(
    "scale, latitude",
    [
        pytest.param(7628.0, 48.0, id="loire"),
        pytest.param(800.0, 45.0, id="quebec-ontario"),
        pytest.param(60000.0, 47.0, id="one-city"),
        pytest.param(90.0, 10.0, id="an-ocean"),
    ],
)
def test_scale_bar_is_a_round_distance_of_a_readable_length(scale, latitude):
    bar = scale_bar(scale, latitude, 640, 400)
    digits = str(bar["km"]).rstrip("0").replace(".", "").lstrip("0")
    assert digits in ("1", "2", "5")
    assert 60 <= bar["length"] <= 160
    km_per_pixel = 6371.0088 * math.cos(math.radians(latitude)) / scale
    assert bar["length"] == pytest.approx(bar["km"] / km_per_pixel, abs=0.1)


# The basemap: countries behind the stops, the stops where the projection puts them.

from hub_missions.route_map import fit  # noqa: E402

TOKYO = Stop(2, "Tokyo", 35.6762, 139.6503)
TO_PARIS = Stop(2, "Paris", 48.8566, 2.3522)


@pytest.mark.parametrize(
    "stops, countries",
    [
        pytest.param([PARIS, ANGERS, NANTES], {"France"}, id="loire"),
        pytest.param([MONTREAL, TORONTO, QUEBEC], {"Canada", "United States of America"}, id="quebec-ontario"),
        pytest.param([MONTREAL, TO_PARIS], {"Canada", "France", "United Kingdom"}, id="atlantic"),
    ],
)
def test_the_countries_around_the_stops_are_drawn(stops, countries):
    drawing = route_map(stops)
    names = {shape.name for shape in drawing["basemap"]}
    assert countries <= names
    assert all(shape.d.startswith("M") for shape in drawing["basemap"])


@pytest.mark.parametrize("stops", [*ROUTES, pytest.param([MONTREAL, TO_PARIS], id="atlantic")])
def test_markers_are_where_the_projection_puts_the_stops(stops):
    drawing = route_map(stops)
    view = fit(stops)
    by_number = {n: m for m in drawing["markers"] for n in m["numbers"]}
    for stop in stops:
        x, y = view.point(stop.latitude, stop.longitude)
        assert (by_number[stop.number]["x"], by_number[stop.number]["y"]) == (round(x, 1), round(y, 1))


def test_a_lone_stop_shows_its_surroundings():
    """One stop: at least 4 degrees around it, so that coasts and borders can be recognised."""
    view = fit([NANTES])
    west, _ = view.point(NANTES.latitude, NANTES.longitude - 2)
    east, _ = view.point(NANTES.latitude, NANTES.longitude + 2)
    assert east - west <= 640 - 2 * MARGIN + 0.1


def test_the_basemap_of_the_widest_route_stays_under_the_budget():
    """The size budget of a mission map's background: 48 KB of path data, from Québec to Tokyo."""
    drawing = route_map([QUEBEC, TOKYO])
    assert len("".join(shape.d for shape in drawing["basemap"]).encode()) < 48_000
