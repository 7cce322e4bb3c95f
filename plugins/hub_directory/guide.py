"""What each region holds: entries, coming events, posts; nearby events; the map.

A RegionGuide is built from the directory and the articles when the
directory's context is made. Coming events belong to hub_events, whose context
may be made after ours: they are handed in when the pages are written, by the
generator (region pages) or by a template
(`region_guide.summary(upcoming_events)` on `/regions/`).
"""

import functools
from dataclasses import dataclass, field, fields

from .areas import area_of, region_area
from .nearby import nearby_events, takes_place_somewhere
from .quebec_map import quebec_map

POST_TYPES = ("post", "chronicle", "report")  # what "posts concerning a region" means


@dataclass
class AreaSummary:
    """One region (or one place outside Quebec) and what it holds."""

    area: object  # areas.Area
    entries: list = field(default_factory=list)
    upcoming: list = field(default_factory=list)  # coming events, soonest first
    posts: list = field(default_factory=list)  # newest first

    @property
    def is_empty(self):
        return not (self.entries or self.upcoming or self.posts)


@dataclass
class Overview:
    regions: list  # [AreaSummary] of the 17 regions, in code order
    outside: list  # [AreaSummary] of the places outside Quebec that hold something
    map: object  # quebec_map.QuebecMap


@dataclass
class RegionPage:
    summary: AreaSummary
    nearby: list  # [nearby.Nearby]
    nearby_km: int
    recent_posts: list
    drawn_from: tuple = ()  # (places, entries, events, region, lands): what its map is drawn from

    @property
    def region(self):
        return self.summary.area.region

    @functools.cached_property
    def map(self):
        """quebec_map.QuebecMap: the region stressed, its entries and coming events; drawn when
        the page is rendered (an incremental build that takes the page from output/ never draws it)."""
        if not self.drawn_from:
            return None
        places, entries, events, region, lands = self.drawn_from
        return quebec_map(places, entries, events, highlight=region, lands=lands)

    def fingerprint_state(self) -> dict:
        """What hub_output's fingerprint hashes: the page's values, and its map by what it is
        drawn from. The places and the basemap are data files (in the build's own fingerprint);
        what the map reads of each entry and event, it reads while the page renders, which
        records it as any template's read."""
        _places, entries, events, region, _lands = self.drawn_from or (None, [], [], None, None)
        state = {entry.name: getattr(self, entry.name) for entry in fields(self) if entry.name != "drawn_from"}
        state["map"] = [entries, events, region]
        return state


class RegionGuide:
    FINGERPRINT_IGNORES = ("lands",)  # hub_output: a cache the pages fill, drawn from `places`

    def __init__(self, places, entries, posts, options):
        self.places = places  # hub_core.places.Places
        self.entries = entries  # French directory entries
        self.posts = posts  # posts, chronicles and trip reports, newest first
        self.options = options
        self.areas = [region_area(region) for region in places.regions]
        self.lands = {}  # {Projection: [Shape]}: the basemap of each map view, drawn once per build

    def summaries(self, upcoming_events):
        """{Area: AreaSummary} of every area that holds something, and of the 17 regions."""
        found = {area: AreaSummary(area) for area in self.areas}
        for attribute, items in (("entries", self.entries), ("upcoming", upcoming_events), ("posts", self.posts)):
            for item in items:
                area = area_of(item)
                if area is not None:
                    getattr(found.setdefault(area, AreaSummary(area)), attribute).append(item)
        return found

    def summary(self, upcoming_events):
        """The Overview of `/regions/`: the 17 regions, outside Quebec, the map."""
        upcoming_events = list(upcoming_events or [])
        found = self.summaries(upcoming_events)
        outside = sorted((s for s in found.values() if not s.area.in_quebec), key=lambda s: s.area.key)
        drawn = [e for e in upcoming_events if takes_place_somewhere(e)]
        return Overview([found[area] for area in self.areas], outside, quebec_map(self.places, self.entries, drawn, lands=self.lands))

    def page(self, region, upcoming_events):
        """What the page `/regions/<slug>/` shows."""
        upcoming_events = list(upcoming_events or [])
        area = region_area(region)
        summary = self.summaries(upcoming_events)[area]
        max_km = self.options["nearby_km"]
        nearby = nearby_events(region, self.places.in_region(region), upcoming_events, max_km)
        drawn = [e for e in summary.upcoming if takes_place_somewhere(e)]
        return RegionPage(summary, nearby, max_km, summary.posts[: self.options["recent_posts"]],
                          (self.places, summary.entries, drawn, region, self.lands))
