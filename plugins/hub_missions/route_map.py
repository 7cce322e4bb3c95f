"""The map of a mission's stops, as numbers a template draws in SVG.

A Mercator projection fitted to the stops' bounding box (the north stays up
and shapes keep their angles, which is all a route of a few cities needs), no
tiles and no request to anyone: the template `missions/_route_map.html` draws
the route, one numbered circle per place, the city names and a scale bar from
what `route_map()` returns. Coordinates are rounded so that two builds write the
same bytes.
"""

import math
from dataclasses import dataclass

from hub_core.basemap import basemap

EARTH_RADIUS_KM = 6371.0088
MIN_SPAN = math.radians(4.0)  # the smallest area shown (about 450 km): enough coast and borders to know where it is
MARGIN = 36  # pixels between the outermost stops and the edge
SCALE_BAND = 24  # pixels under the stops kept for the scale bar
LABEL_GAP = 16  # pixels between a circle's centre and its label
FONT_SIZE = 15  # px of the city names; their width is estimated from it
CHARACTER_WIDTH = 0.6  # average width of a character, in font sizes
SCALE_STEPS = (1, 2, 5)


@dataclass(frozen=True)
class Stop:
    """What the map needs of a stop: its number in the itinerary, city and coordinates."""

    number: int
    city: str
    latitude: float
    longitude: float


def mercator(latitude, longitude):
    """(x, y) in radians, y growing northwards."""
    phi = math.radians(max(-85.0, min(85.0, latitude)))
    return math.radians(longitude), math.log(math.tan(math.pi / 4 + phi / 2))


@dataclass(frozen=True)
class View:
    """A Mercator projection fitted to some stops: where a (latitude, longitude) falls on the map."""

    width: int
    height: float
    scale: float  # SVG units per radian
    left: float
    top: float
    low_x: float
    low_y: float
    high_y: float

    def point(self, latitude, longitude):
        """(x, y) in SVG units, not rounded."""
        x, y = mercator(latitude, longitude)
        return self.left + (x - self.low_x) * self.scale, self.top + (self.high_y - y) * self.scale

    @property
    def middle_latitude(self):
        return math.degrees(2 * math.atan(math.exp((self.low_y + self.high_y) / 2)) - math.pi / 2)


def fit(stops, width=640, max_height=400, min_height=240):
    """The View that shows every stop with MARGIN around it and SCALE_BAND under it."""
    projected = [mercator(s.latitude, s.longitude) for s in stops]
    xs, ys = [p[0] for p in projected], [p[1] for p in projected]
    low_x, high_x = _widen(min(xs), max(xs))
    low_y, high_y = _widen(min(ys), max(ys))
    scale = min((width - 2 * MARGIN) / (high_x - low_x), (max_height - 2 * MARGIN - SCALE_BAND) / (high_y - low_y))
    height = max(min_height, min(max_height, (high_y - low_y) * scale + 2 * MARGIN + SCALE_BAND))
    left = (width - (high_x - low_x) * scale) / 2
    top = (height - SCALE_BAND - (high_y - low_y) * scale) / 2
    return View(width, height, scale, left, top, low_x, low_y, high_y)


def route_map(stops, width=640, max_height=400, min_height=240):
    """Everything the template draws, or None when no stop has coordinates.

    Returns {"width", "height", "view": View, "basemap": [hub_core.basemap.Shape],
    "markers": [{"numbers", "label", "x", "y", "label_x", "label_y", "anchor"}],
    "route": "x,y x,y …", "scale": {"km", "x", "y", "length"}}. Stops at the
    same place share one marker; the countries around them are the background.
    """
    stops = list(stops)
    if not stops:
        return None
    view = fit(stops, width, max_height, min_height)
    points = [tuple(_round(v) for v in view.point(s.latitude, s.longitude)) for s in stops]
    markers = _markers(stops, points, width, view.height)
    return {
        "width": width,
        "height": _round(view.height),
        "view": view,
        "basemap": basemap(view.point, width, _round(view.height)),
        "markers": markers,
        "route": " ".join(f"{_number(x)},{_number(y)}" for x, y in points),
        "scale": scale_bar(view.scale, view.middle_latitude, width, view.height),
    }


def _widen(low, high):
    """A span at least MIN_SPAN wide, around the same centre."""
    if high - low >= MIN_SPAN:
        return low, high
    centre = (low + high) / 2
    return centre - MIN_SPAN / 2, centre + MIN_SPAN / 2


def _markers(stops, points, width, height):
    """One marker per distinct point, with its label placed where it does not collide."""
    markers, by_point = [], {}
    for stop, point in zip(stops, points, strict=True):
        if point in by_point:
            by_point[point]["numbers"].append(stop.number)
            continue
        marker = {"numbers": [stop.number], "label": stop.city, "x": point[0], "y": point[1]}
        by_point[point] = marker
        markers.append(marker)
    segments = [(a, b) for a, b in zip(points, points[1:]) if a != b]
    taken = [_circle_box(m) for m in markers]
    for marker in markers:
        taken.append(_place_label(marker, taken, segments, width, height - SCALE_BAND))
    return markers


def _circle_box(marker):
    r = 12
    return (marker["x"] - r, marker["y"] - r, marker["x"] + r, marker["y"] + r)


def label_width(text):
    return len(text) * FONT_SIZE * CHARACTER_WIDTH


def _place_label(marker, taken, segments, width, bottom):
    """Set label_x, label_y, anchor; returns the label's box.

    Beside the circle, on the side away from the route (towards the middle of the
    map for a lone stop), else above or below it, else on the other side: the first
    place inside the map that covers no other label or circle nor the route, else
    the first that covers no label or circle.
    """
    x, y = marker["x"], marker["y"]
    text_width = label_width(marker["label"])
    pull = sum(b[0] - a[0] if a == (x, y) else a[0] - b[0] for a, b in segments if (x, y) in (a, b))
    if pull:
        first = "end" if pull > 0 else "start"
    else:
        first = "end" if x > width / 2 else "start"
    sides = (first, "start" if first == "end" else "end")
    candidates = []
    for side in sides:
        for dy in (FONT_SIZE / 3, -FONT_SIZE, FONT_SIZE * 1.6):
            label_x = x - LABEL_GAP if side == "end" else x + LABEL_GAP
            left = label_x - text_width if side == "end" else label_x
            box = (left, y + dy - FONT_SIZE, left + text_width, y + dy + 4)
            if box[0] >= 0 and box[2] <= width and box[1] >= 0 and box[3] <= bottom:
                candidates.append((side, _round(label_x), _round(y + dy), box))
    free = [c for c in candidates if not any(_overlap(c[3], other) for other in taken)]
    clear = [c for c in free if not any(_crosses(c[3], segment) for segment in segments)]
    if clear or free or candidates:
        placed = (clear or free or candidates)[0]
    else:  # a label wider than the map: beside the circle all the same
        label_x = x + LABEL_GAP
        placed = ("start", _round(label_x), _round(y + FONT_SIZE / 3), (label_x, y - FONT_SIZE, label_x + text_width, y + 4))
    marker["anchor"], marker["label_x"], marker["label_y"], box = placed
    return box


def _crosses(box, segment, step=3.0):
    """Whether a route segment passes through a box (sampled every few pixels)."""
    (x1, y1), (x2, y2) = segment
    count = max(1, int(math.hypot(x2 - x1, y2 - y1) / step))
    return any(
        box[0] <= x1 + (x2 - x1) * i / count <= box[2] and box[1] <= y1 + (y2 - y1) * i / count <= box[3]
        for i in range(count + 1)
    )


def _overlap(a, b):
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def scale_bar(scale, latitude, width, height):
    """A round distance (1, 2, 5 × 10ⁿ km) drawn 60 to 160 pixels long, bottom left, under the stops."""
    km_per_pixel = EARTH_RADIUS_KM * math.cos(math.radians(latitude)) / scale
    target = 100 * km_per_pixel
    magnitude = 10 ** math.floor(math.log10(target))
    choices = [step * power for step in SCALE_STEPS for power in (magnitude / 10, magnitude, magnitude * 10)]
    km = min(choices, key=lambda d: (abs(d - target), d))
    km = int(km) if km >= 1 else km
    return {"km": km, "length": _round(km / km_per_pixel), "x": 16, "y": _round(height - 12)}


def _round(value):
    return round(value, 1)


def _number(value):
    """`12.0` → `12`, `12.5` → `12.5`: shorter SVG, same on every build."""
    return f"{value:g}"
