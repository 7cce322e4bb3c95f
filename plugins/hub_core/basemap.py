"""The background of the site's maps: countries and coastlines as SVG paths, drawn at build time.

The countries come from Natural Earth (public domain) through the npm package
world-atlas, converted once by `tools/topojson_countries.py` into
`data/countries-50m.json` (see data/README.md). A map hands in its projection
— a function (latitude, longitude) → (x, y) in SVG units, whose x grows with
the longitude and y decreases with the latitude — and its size; `basemap()`
keeps the rings that meet the view, projects them, clips them to the view (so
that the page carries only what is seen), leaves out the islands smaller than
two `step`s, drops the points closer than `step` units to the one before and
writes whole numbers: no tiles, no request to
another host, the same bytes on every build.
"""

import functools
import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeAlias

DATA = Path(__file__).parent / "data" / "countries-50m.json"
PAD = 4  # SVG units drawn beyond the edges, so a clipped coast does not show a seam

Point: TypeAlias = tuple[float, float]  # (x, y) in SVG units, or (longitude, latitude)
Projection: TypeAlias = Callable[[float, float], Point]  # (latitude, longitude) -> (x, y)
Box: TypeAlias = tuple[float, float, float, float]  # (left, top, right, bottom)


@dataclass(frozen=True)
class Shape:
    """One country clipped to the view: its Natural Earth name and SVG path data."""

    name: str
    d: str


@dataclass(frozen=True)
class Ring:
    points: tuple[Point, ...]  # ((lon, lat), …)
    west: float
    south: float
    east: float
    north: float


@functools.cache
def countries() -> dict[str, tuple[Ring, ...]]:
    """{country name: (Ring, …)} from the shipped data file, read once per process."""
    with DATA.open(encoding="utf-8") as handle:
        data = json.load(handle)
    found = {}
    for name, rings in data["countries"].items():
        found[name] = tuple(_ring(flat) for flat in rings)
    return found


def _ring(flat: list[float]) -> Ring:
    points = tuple(zip(flat[0::2], flat[1::2], strict=True))
    longitudes, latitudes = flat[0::2], flat[1::2]
    return Ring(points, min(longitudes), min(latitudes), max(longitudes), max(latitudes))


def basemap(project: Projection, width: float, height: float, step: float = 2.0) -> list[Shape]:
    """The countries seen in a width × height view, as [Shape] in name order."""
    view: Box = (-PAD, -PAD, width + PAD, height + PAD)
    shapes = []
    for name, rings in countries().items():
        parts = []
        for ring in rings:
            left, top = project(ring.north, ring.west)
            right, bottom = project(ring.south, ring.east)
            if right < view[0] or left > view[2] or bottom < view[1] or top > view[3]:
                continue  # out of view
            if right - left < 2 * step and bottom - top < 2 * step:
                continue  # an island smaller than a dot at this scale
            clipped = clip([project(lat, lon) for lon, lat in ring.points], view)
            simplified = simplify(clipped, step)
            if len(simplified) >= 3:
                parts.append(path_data(simplified))
        if parts:
            shapes.append(Shape(name, "".join(parts)))
    return shapes


def clip(points: list[Point], box: Box) -> list[Point]:
    """A polygon clipped to the rectangle box = (left, top, right, bottom) (Sutherland–Hodgman)."""
    left, top, right, bottom = box
    edges: tuple[tuple[Callable[[Point], bool], Callable[[Point, Point], Point]], ...] = (
        (lambda p: p[0] >= left, lambda a, b: _at_x(a, b, left)),
        (lambda p: p[0] <= right, lambda a, b: _at_x(a, b, right)),
        (lambda p: p[1] >= top, lambda a, b: _at_y(a, b, top)),
        (lambda p: p[1] <= bottom, lambda a, b: _at_y(a, b, bottom)),
    )
    for inside, cross in edges:
        if not points:
            break
        kept: list[Point] = []
        previous = points[-1]
        for point in points:
            if inside(point):
                if not inside(previous):
                    kept.append(cross(previous, point))
                kept.append(point)
            elif inside(previous):
                kept.append(cross(previous, point))
            previous = point
        points = kept
    return points


def _at_x(a: Point, b: Point, x: float) -> Point:
    return x, a[1] + (b[1] - a[1]) * (x - a[0]) / (b[0] - a[0])


def _at_y(a: Point, b: Point, y: float) -> Point:
    return a[0] + (b[0] - a[0]) * (y - a[1]) / (b[1] - a[1]), y


def simplify(points: list[Point], step: float) -> list[tuple[int, int]]:
    """Whole-number points, each at least `step` units from the one kept before."""
    kept: list[tuple[int, int]] = []
    for x, y in points:
        point = (round(x), round(y))
        if not kept or abs(point[0] - kept[-1][0]) + abs(point[1] - kept[-1][1]) >= step:
            kept.append(point)
    return kept


def path_data(points: list[tuple[int, int]]) -> str:
    """`M x y L x y … z` with relative moves (shorter)."""
    (x0, y0), rest = points[0], points[1:]
    moves, (px, py) = [], (x0, y0)
    for x, y in rest:
        moves.append(f"{x - px} {y - py}")
        px, py = x, y
    return f"M{x0} {y0}l" + " ".join(moves) + "z"
