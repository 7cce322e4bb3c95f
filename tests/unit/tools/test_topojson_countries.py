"""tools/topojson_countries.py: TopoJSON arcs decoded into the compact countries file."""

import importlib.util
from pathlib import Path

import pytest

TOOL = Path(__file__).resolve().parents[3] / "tools" / "topojson_countries.py"
spec = importlib.util.spec_from_file_location("topojson_countries", TOOL)
topojson_countries = importlib.util.module_from_spec(spec)
spec.loader.exec_module(topojson_countries)

# Two squares sharing the arc 1 (x = 1): the TopoJSON specification's own kind of example.
TOPOLOGY = {
    "type": "Topology",
    "transform": {"scale": [0.5, 0.25], "translate": [-10, 40]},
    "arcs": [
        [[2, 0], [-2, 0], [0, 4], [2, 0]],  # delta-encoded: (2,0) (0,0) (0,4) (2,4)
        [[2, 4], [0, -4]],  # the shared border: (2,4) → (2,0)
        [[2, 4], [2, 0], [0, -4], [-2, 0]],  # (2,4) (4,4) (4,0) (2,0), then the border upwards
    ],
    "objects": {
        "countries": {
            "type": "GeometryCollection",
            "geometries": [
                {"type": "Polygon", "arcs": [[0, 1]], "properties": {"name": "Ouest"}},
                {"type": "MultiPolygon", "arcs": [[[2, ~1]]], "properties": {"name": "Est"}},
                {"type": "Point", "coordinates": [0, 0], "properties": {"name": "Point"}},
            ],
        }
    },
}


def test_arcs_are_running_sums_scaled_and_translated():
    arcs = topojson_countries.decode_arcs(TOPOLOGY)
    assert arcs[0] == [(-9.0, 40.0), (-10.0, 40.0), (-10.0, 41.0), (-9.0, 41.0)]
    assert arcs[1] == [(-9.0, 41.0), (-9.0, 40.0)]


def test_a_reversed_arc_is_read_backwards_and_the_joints_are_not_repeated():
    arcs = topojson_countries.decode_arcs(TOPOLOGY)
    assert topojson_countries.ring([2, ~1], arcs) == [(-9.0, 41.0), (-8.0, 41.0), (-8.0, 40.0), (-9.0, 40.0), (-9.0, 41.0)]


def test_convert_keeps_polygons_by_name_as_flat_rounded_rings():
    converted = topojson_countries.convert(TOPOLOGY)
    assert list(converted["countries"]) == ["Est", "Ouest"]
    assert converted["countries"]["Ouest"] == [[-9.0, 40.0, -10.0, 40.0, -10.0, 41.0, -9.0, 41.0, -9.0, 40.0]]
    assert "Natural Earth" in converted["source"]


@pytest.mark.parametrize(
    "points, expected",
    [
        pytest.param([(0.001, 0.0), (0.002, 0.0), (1, 0), (1, 1), (0, 0)], [0.0, 0.0, 1, 0, 1, 1, 0, 0], id="repeats-dropped"),
        pytest.param([(0, 0), (0.001, 0), (0, 0.001)], [], id="too-small"),
    ],
)
def test_compact(points, expected):
    assert topojson_countries.compact(points) == expected
