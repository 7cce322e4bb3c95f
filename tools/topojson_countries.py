"""Convert world-atlas's TopoJSON countries into the compact file the maps read.

Run at development time, not at build time (the output is committed):

    npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz
    python tools/topojson_countries.py package/countries-50m.json plugins/hub_core/data/countries-50m.json

world-atlas (ISC, by Mike Bostock) packages Natural Earth's "Admin 0 – Countries"
(public domain) as TopoJSON: shared borders are stored once as "arcs", each a
list of points quantized to integers and delta-encoded; a polygon's ring is a
list of arc indexes, ~i meaning arc i reversed. This script follows the
TopoJSON specification (https://github.com/topojson/topojson-specification):

1. decode each arc: running sums of the deltas, then × scale + translate;
2. stitch each ring from its arcs, dropping the first point of every arc after
   the first (it repeats the last point of the previous one);
3. round coordinates to PRECISION decimals (about 1 km) and drop points that
   rounding made equal to the previous one.

Output: {"source": …, "licence": …, "countries": {name: [ring, …]}} where a ring
is a flat list [lon, lat, lon, lat, …] and a country's rings (outer rings and
holes alike) are drawn as one path with the even-odd fill rule.
"""

import json
import sys

PRECISION = 2


def decode_arcs(topology):
    """Every arc of the topology as a list of (lon, lat)."""
    (scale_x, scale_y), (translate_x, translate_y) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * scale_x + translate_x, y * scale_y + translate_y))
        arcs.append(points)
    return arcs


def ring(indexes, arcs):
    """The points of a ring made of arcs (~i is arc i reversed)."""
    points = []
    for index in indexes:
        arc = arcs[index] if index >= 0 else arcs[~index][::-1]
        points.extend(arc if not points else arc[1:])
    return points


def rings_of(geometry, arcs):
    if geometry["type"] == "Polygon":
        polygons = [geometry["arcs"]]
    elif geometry["type"] == "MultiPolygon":
        polygons = geometry["arcs"]
    else:
        return []
    return [ring(indexes, arcs) for polygon in polygons for indexes in polygon]


def compact(points):
    """[lon, lat, …] rounded, without repeated points; [] when fewer than 4 remain."""
    flat, previous = [], None
    for lon, lat in points:
        point = (round(lon, PRECISION), round(lat, PRECISION))
        if point != previous:
            flat.extend(point)
            previous = point
    return flat if len(flat) >= 8 else []


def convert(topology):
    arcs = decode_arcs(topology)
    countries = {}
    for geometry in topology["objects"]["countries"]["geometries"]:
        name = geometry.get("properties", {}).get("name") or geometry.get("id")
        rings = [r for r in (compact(points) for points in rings_of(geometry, arcs)) if r]
        if rings:
            countries.setdefault(name, []).extend(rings)
    return {
        "source": "Natural Earth 1:50m Admin 0 – Countries, via the npm package world-atlas 2.0.2",
        "licence": "Public domain (Natural Earth); world-atlas packaging ISC",
        "countries": dict(sorted(countries.items())),
    }


def main(source, target):
    with open(source, encoding="utf-8") as handle:
        topology = json.load(handle)
    with open(target, "w", encoding="utf-8") as handle:
        json.dump(convert(topology), handle, ensure_ascii=False, separators=(",", ":"))
        handle.write("\n")


if __name__ == "__main__":
    main(*sys.argv[1:])
