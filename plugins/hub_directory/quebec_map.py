"""A static map of Quebec drawn from coordinates: no tiles, no request to another host.

The projection is equirectangular, its east-west scale corrected by the cosine
of the middle latitude, fitted to the Quebec places the site knows and the
items drawn (the populated south, from Ville-Marie to the Îles-de-la-Madeleine,
unless an entry is further north). Every known
town is a faint dot, so the St. Lawrence valley and the regions take shape;
entries and coming events are drawn over them, and each region's code is
placed at the middle of its towns. This module computes positions only; the
template `regions/_map.html` draws the SVG.
"""

import math
from dataclasses import dataclass, field

from hub_core.basemap import basemap
from hub_core.places import point_of
from hub_core.urls import key_url

WIDTH = 640  # SVG user units; the page scales it
MARGIN = 24
LABEL_SIZE = (24, 16)  # room a region code takes around its position
DOT_SIZE = (14, 14)  # room an entry or event mark takes
# Where a region code may go when its place is taken, nearest first.
NUDGES = [(0, 0)] + [
    (dx * step, dy * step)
    for step in (1, 2, 3)
    for dx, dy in ((0, -16), (0, 16), (24, 0), (-24, 0), (24, -16), (-24, 16), (24, 16), (-24, -16))
]


@dataclass(frozen=True)
class Projection:
    west: float
    north: float
    scale: float  # SVG units per degree of latitude
    x_factor: float  # cos(middle latitude)
    width: int
    height: int

    def point(self, latitude, longitude):
        """(x, y) in SVG units, rounded to a tenth (stable output)."""
        x = MARGIN + (longitude - self.west) * self.x_factor * self.scale
        y = MARGIN + (self.north - latitude) * self.scale
        return round(x, 1), round(y, 1)


def fit(coordinates, width=WIDTH):
    """The Projection that fits [(latitude, longitude)] into `width` units."""
    latitudes = [lat for lat, _lon in coordinates]
    longitudes = [lon for _lat, lon in coordinates]
    south, north, west, east = min(latitudes), max(latitudes), min(longitudes), max(longitudes)
    x_factor = math.cos(math.radians((south + north) / 2))
    scale = (width - 2 * MARGIN) / max((east - west) * x_factor, 1e-9)
    height = math.ceil((north - south) * scale + 2 * MARGIN)
    return Projection(west, north, scale, x_factor, width, height)


@dataclass(frozen=True)
class Dot:
    x: float
    y: float
    place: str  # the town's name
    count: int  # how many items there


@dataclass(frozen=True)
class Label:
    x: float
    y: float
    code: str
    region: object  # hub_core.places.Region
    url: str

    def name(self, lang="fr"):
        return self.region.name(lang)


@dataclass
class QuebecMap:
    width: int
    height: int
    towns: list = field(default_factory=list)  # [(x, y)]
    river: str = ""  # SVG path data of the St. Lawrence
    land: list = field(default_factory=list)  # [hub_core.basemap.Shape]: countries and coasts
    labels: list = field(default_factory=list)  # [Label]
    highlight: object = None  # the Region a region page is about
    highlight_towns: list = field(default_factory=list)  # [(x, y)] of its towns
    entry_dots: list = field(default_factory=list)  # [Dot]
    event_dots: list = field(default_factory=list)  # [Dot]

    @property
    def entry_count(self):
        return sum(dot.count for dot in self.entry_dots)

    @property
    def event_count(self):
        return sum(dot.count for dot in self.event_dots)

    @property
    def places(self):
        """[(place, entries, events)] of every place drawn, in name order: the map as text."""
        counts = {}
        for index, group in enumerate((self.entry_dots, self.event_dots)):
            for dot in group:
                counts.setdefault(dot.place, [0, 0])[index] += dot.count
        return [(place, *counts[place]) for place in sorted(counts)]


def dots(items, projection):
    """One Dot per place of the items located in Quebec, in name order.

    An item in a city the site does not know, with its `region`, is drawn at the
    region's main town, under the name the editor wrote (hub_core.places.point_of).
    """
    counts = {}
    for item in items:
        place = point_of(item)
        if place is not None and getattr(item, "region", None) is not None:
            counts[place] = counts.get(place, 0) + 1
    return [
        Dot(*projection.point(place.latitude, place.longitude), place.name, count)
        for place, count in sorted(counts.items(), key=lambda pair: (pair[0].name, pair[0].latitude))
    ]


# The St. Lawrence, from Cornwall to the Gulf (latitude, longitude): drawn to find one's way.
ST_LAWRENCE = (
    (45.02, -74.72), (45.25, -74.2), (45.42, -73.85), (45.5, -73.52), (45.85, -73.23),
    (46.05, -73.1), (46.2, -72.85), (46.34, -72.53), (46.65, -71.93), (46.8, -71.19),
    (47.0, -70.75), (47.45, -70.25), (47.9, -69.75), (48.45, -68.75), (49.0, -67.5),
    (49.4, -66.0), (49.75, -64.5),
)


def overlaps(first, second, room=LABEL_SIZE):
    """True when two boxes of `room` (width, height) centred on two points meet."""
    return abs(first[0] - second[0]) < room[0] and abs(first[1] - second[1]) < room[1]


def labels(regions, places, projection, marks=()):
    """Each region's code at the middle of its towns, moved aside from other codes and from `marks`.

    `marks` are the (x, y) of the entries and events drawn, which a code must not hide.
    """
    dot_room = ((LABEL_SIZE[0] + DOT_SIZE[0]) / 2, (LABEL_SIZE[1] + DOT_SIZE[1]) / 2)
    placed = []
    for region in regions:
        towns = places.in_region(region)
        if not towns:
            continue
        x, y = projection.point(
            sum(t.latitude for t in towns) / len(towns), sum(t.longitude for t in towns) / len(towns)
        )
        for dx, dy in NUDGES:
            spot = (round(x + dx, 1), round(y + dy, 1))
            inside = LABEL_SIZE[0] / 2 <= spot[0] <= projection.width - LABEL_SIZE[0] / 2 and (
                LABEL_SIZE[1] / 2 <= spot[1] <= projection.height - LABEL_SIZE[1] / 2
            )
            if inside and not any(overlaps(spot, (label.x, label.y)) for label in placed) and not any(
                overlaps(spot, mark, dot_room) for mark in marks
            ):
                break
        else:
            spot = (x, y)  # nowhere free: the middle of its towns
        placed.append(Label(*spot, region.code, region, key_url("regions", region.slug)))
    return placed


def quebec_map(places, entries, events, width=WIDTH, highlight=None, lands=None):
    """The map of `places` (hub_core.places.Places) with entries and events drawn on it.

    The view is the same with or without `highlight` (a Region): a region page
    shows where its region lies in Quebec, its towns and code stressed.
    `lands` ({Projection: [Shape]}, kept by the caller for one build): the countries
    clipped to a view are computed once per view, not once per region page.
    """
    towns = [place for place in places if place.in_quebec]
    located = [point_of(i) for i in (*entries, *events) if point_of(i) and getattr(i, "region", None)]
    projection = fit([(p.latitude, p.longitude) for p in (*towns, *located)], width)
    entry_dots, event_dots = dots(entries, projection), dots(events, projection)
    marks = [(dot.x, dot.y) for dot in (*entry_dots, *event_dots)]
    here = places.in_region(highlight) if highlight is not None else []
    return QuebecMap(
        width=projection.width,
        height=projection.height,
        towns=sorted({projection.point(t.latitude, t.longitude) for t in towns}),
        river=path_data(projection.point(*point) for point in ST_LAWRENCE),
        land=land_of(projection, lands),
        labels=labels(places.regions, places, projection, marks),
        entry_dots=entry_dots,
        event_dots=event_dots,
        highlight=highlight,
        highlight_towns=sorted({projection.point(t.latitude, t.longitude) for t in here}),
    )


def land_of(projection, lands=None):
    """The countries seen in the projection's view; remembered in `lands` when given."""
    if lands is None:
        return basemap(projection.point, projection.width, projection.height)
    if projection not in lands:
        lands[projection] = basemap(projection.point, projection.width, projection.height)
    return lands[projection]


def path_data(points):
    """`M x y L x y …` of a line through points."""
    return " ".join(f"{'M' if index == 0 else 'L'}{x} {y}" for index, (x, y) in enumerate(points))
