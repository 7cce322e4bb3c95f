"""hub_core.basemap: the countries behind the maps, projected, clipped and simplified."""

import json
import re

import pytest

from hub_core import basemap

NUMBER = re.compile(r"-?\d+")


def equirectangular(west, north, scale):
    """A plain projection for the tests: `scale` units per degree, (west, north) at (0, 0)."""
    return lambda latitude, longitude: ((longitude - west) * scale, (north - latitude) * scale)


def absolute_points(d):
    """The absolute (x, y) of every point of `M x y l dx dy … z` path data."""
    points = []
    for ring in re.findall(r"M([^l]+)l([^z]*)z", d):
        x, y = (int(v) for v in NUMBER.findall(ring[0]))
        points.append((x, y))
        deltas = [int(v) for v in NUMBER.findall(ring[1])]
        for dx, dy in zip(deltas[0::2], deltas[1::2], strict=True):
            x, y = x + dx, y + dy
            points.append((x, y))
    return points


def test_the_shipped_file_names_its_source_and_licence():
    data = json.loads(basemap.DATA.read_text(encoding="utf-8"))
    assert "Natural Earth" in data["source"] and "world-atlas" in data["source"]
    assert "Public domain" in data["licence"]
    assert {"Canada", "France", "United States of America"} <= data["countries"].keys()


def test_quebec_view_has_canada_and_the_united_states_and_not_france():
    shapes = basemap.basemap(equirectangular(-80, 52, 20), 400, 180)
    names = [shape.name for shape in shapes]
    assert names == sorted(names)
    assert "Canada" in names and "United States of America" in names
    assert "France" not in names


@pytest.mark.parametrize(
    "west, north, scale, width, height",
    [
        pytest.param(-80, 52, 20, 400, 180, id="quebec"),
        pytest.param(-6, 52, 40, 480, 360, id="france"),
        pytest.param(-180, 85, 2, 720, 340, id="world"),
    ],
)
def test_every_point_is_inside_the_view(west, north, scale, width, height):
    shapes = basemap.basemap(equirectangular(west, north, scale), width, height)
    points = [p for shape in shapes for p in absolute_points(shape.d)]
    assert points
    pad = basemap.PAD
    assert all(-pad <= x <= width + pad and -pad <= y <= height + pad for x, y in points)


def test_a_point_of_the_coast_is_where_the_projection_puts_it():
    """Gaspé's cape (Cap Gaspé, about 48.75 N, 64.16 W) lies near a drawn point of Canada."""
    project = equirectangular(-70, 50, 100)
    canada = next(s for s in basemap.basemap(project, 700, 300) if s.name == "Canada")
    x, y = project(48.75, -64.16)
    assert min(abs(px - x) + abs(py - y) for px, py in absolute_points(canada.d)) < 15


def test_nothing_in_an_empty_ocean():
    assert basemap.basemap(equirectangular(-40, 40, 50), 200, 200) == []  # mid-Atlantic


@pytest.mark.parametrize(
    "polygon, box, expected",
    [
        pytest.param([(1, 1), (2, 1), (2, 2)], (0, 0, 10, 10), [(1, 1), (2, 1), (2, 2)], id="inside"),
        pytest.param([(20, 20), (30, 20), (30, 30)], (0, 0, 10, 10), [], id="outside"),
        pytest.param([(-5, 5), (5, 5), (5, 15)], (0, 0, 10, 10), [(0, 5), (5, 5), (5, 10), (0, 10)], id="two-edges"),
    ],
)
def test_clip(polygon, box, expected):
    clipped = basemap.clip(polygon, box)
    assert set(clipped) == set(expected)


@pytest.mark.parametrize(
    "points, step, expected",
    [
        pytest.param([(0.2, 0.2), (0.6, 0.4), (3.1, 0.2)], 2, [(0, 0), (3, 0)], id="close-points-dropped"),
        pytest.param([(0, 0), (5, 0), (5, 5)], 2, [(0, 0), (5, 0), (5, 5)], id="far-points-kept"),
    ],
)
def test_simplify(points, step, expected):
    assert basemap.simplify(points, step) == expected


def test_path_data_is_relative():
    assert basemap.path_data([(10, 20), (13, 18), (12, 25)]) == "M10 20l3 -2 -1 7z"
