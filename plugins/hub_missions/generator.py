"""MissionsGenerator: each mission's journey and each trip report's place in it.

It writes no file of its own: Pelican writes the mission and report pages
(templates `missions/mission` and `missions/report`) and `/missions/`
(`missions.html`); this generator's context step, which runs after Pelican's
articles and pages are read and before anything is written, gives those
templates what they show. It reads only Pelican's lists and hub_core, never
another plugin's context.
"""

import datetime as dt
import os
from collections.abc import Iterable, Mapping

from pelican.generators import Generator

from hub_core import dates, places
from hub_core.references import resolve_references
from hub_core.settings import plugin_settings, site_timezone
from hub_core.shapes import Content

from . import itinerary

DEFAULTS = {
    "map_width": 640,  # width of the route map's drawing, in SVG units (it scales to the page)
    "map_max_height": 400,  # its greatest height; a wide route gets a lower map
}


class MissionsGenerator(Generator):
    """Runs after Pelican's own generators: articles and pages are known, nothing is written yet."""

    def generate_context(self) -> None:
        self.options = plugin_settings(self.settings, "HUB_MISSIONS", DEFAULTS)
        context = self.context
        resolve_references(context)  # mission_item on reports (idempotent, from hub_core)
        self.places, _problems = places.load(self.settings["PATH"])  # reported by hub_frontmatter
        today = self.now().date()
        articles = context.get("articles", [])
        hidden = context.get("hidden_articles", [])
        originals = [m for m in hidden if m.hub_type == "mission"]
        events = {e.slug: e for e in (*articles, *hidden) if e.hub_type == "event"}
        reports = [r for r in articles if r.hub_type == "report"]
        by_slug: dict[str, Content] = {}
        for mission in originals:
            by_slug[mission.slug] = mission
            for version in (mission, *mission.translations):
                self.describe(version, events, reports, today)
        for report in (*reports, *(t for r in reports for t in r.translations)):
            mission = by_slug.get(report.hub_parent)
            if mission is not None:
                self.place_report(report, itinerary.in_language(mission, report.lang))
        missions = itinerary.newest_first(m for m in originals if m.in_default_lang)
        context["missions"] = missions
        context["upcoming_missions"] = [m for m in missions if m.mission_status != "past"]
        context["past_missions"] = [m for m in missions if m.mission_status == "past"]

    def now(self) -> dt.datetime:
        """'Now' of the build: HUB_NOW when hub_site set it at generator_init, else the same rule."""
        now: dt.datetime | None = self.context.get("HUB_NOW")
        if now is None:
            now = dates.now(os.environ, dates.zone(site_timezone(self.settings)))
        return now

    def describe(self, mission: Content, events: Mapping[str, Content], reports: Iterable[Content], today: dt.date) -> None:
        """Set the itinerary, reports, map and status on one language version of a mission."""
        lang = mission.lang
        own = [itinerary.in_language(r, lang) for r in reports if r.hub_parent == mission.slug]
        stops, unplaced = itinerary.stops_of(mission, events, own, self.places)
        mission.itinerary = stops
        mission.reports_without_stop = unplaced
        mission.trip_reports = itinerary.reading_order(stops, unplaced)
        mission.route_map = itinerary.map_of(stops, self.options["map_width"], self.options["map_max_height"])
        mission.total_km = itinerary.total_km(stops)
        mission.mission_status = itinerary.status(mission, today)

    def place_report(self, report: Content, mission: Content) -> None:
        """A trip report's mission (in its language when translated), stop and sister reports."""
        report.mission_page = mission
        number = itinerary.stop_number(mission.destinations, getattr(report, "stop", None))
        report.mission_stop = mission.itinerary[number - 1] if number else None
        report.other_reports = [r for r in mission.trip_reports if r.slug != report.slug]
