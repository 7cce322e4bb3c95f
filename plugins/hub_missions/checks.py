"""Mission checks, registered with hub_core by being here (hub_core.registry).

A mission's folder name is its slug: it becomes `/missions/<folder>/`, its
calendar and feed addresses. A name that is not a slug (spaces, quotes,
`rss.xml`) is an error naming the folder, once; `slug:` in `mission.md` that
differs from the folder's name would be ignored, so it is an error too.

A mission's stops (`destinations`) are the trip in order: each lies within the
mission's `start`–`end`, starts on or after the previous one, and begins no
earlier than the day the previous one ends (one travel day may be shared:
Paris 3–4 June, then Angers 4–6 June). A trip report's `stop` names a city of
its mission's itinerary; city names match as places do (`hub_core.places.normalize`:
accents, case, hyphens and `St-` do not matter).

Stops whose dates were already reported as wrong (missing, not a date, `to`
before `from`) are left out here, so one mistake gives one line.
"""

import datetime as dt
import difflib
from collections import defaultdict

from hub_core import limits
from hub_core.items import slugify
from hub_core.places import normalize
from hub_core.problems import Problem, label
from hub_core.validate import SLUG_RE


def cross_problems(items: list) -> list:
    """Problems of missions: their folders, their itineraries, their reports' stops."""
    return folder_problems(items) + mission_problems(items)


def folder_problems(items: list) -> list:
    """Problems of mission folders: one per folder whose name is not a slug, one per ignored slug."""
    problems, reported = [], set()
    for item in sorted(items, key=lambda i: (i.content_type != "mission", i.path)):
        if item.content_type not in ("mission", "report") or not item.parent or item.parent in reported:
            continue
        folder = item.parent
        if not SLUG_RE.match(folder) or len(folder) > limits.MAX_SLUG_LENGTH:
            reported.add(folder)
            suggestion = slugify(folder)[: limits.MAX_SLUG_LENGTH] or "mission"
            params = {"value": folder, "suggestion": suggestion, "limit": limits.MAX_SLUG_LENGTH}
            problems.append(Problem(item.path, 1, "", "mission_folder_slug", params))
    for item in items:
        written = item.values.get("slug")
        if item.content_type == "mission" and written and written != item.parent:
            params = {"value": written, "folder": item.path.rsplit("/", 1)[0] + "/"}
            problems.append(Problem(item.path, item.line_of(("slug",)), "slug", "mission_slug_ignored", params))
    return problems


def mission_problems(items):
    """Problems of missions: stops outside the dates or out of order, unknown report stops."""
    items = sorted(items, key=lambda i: i.path)
    missions = [i for i in items if i.content_type == "mission"]
    problems = []
    for mission in missions:
        problems += itinerary_problems(mission)
    cities = defaultdict(dict)  # mission folder -> {normalized city: city as written}
    described = set()
    for mission in missions:
        if isinstance(mission.values.get("destinations"), list):
            described.add(mission.parent)
            for stop in mission.values["destinations"]:
                if isinstance(stop, dict) and isinstance(stop.get("city"), str):
                    cities[mission.parent].setdefault(normalize(stop["city"]), stop["city"])
    for report in items:
        if report.content_type == "report" and report.parent in described:
            problems += report_stop_problems(report, cities[report.parent])
    return problems


def dated_stops(destinations):
    """(index, stop) of the stops with a `from` and a `to` in order, in itinerary order."""
    for index, stop in enumerate(destinations if isinstance(destinations, list) else []):
        if not isinstance(stop, dict):
            continue
        first, last = stop.get("from"), stop.get("to")
        if _is_date(first) and _is_date(last) and first <= last:
            yield index, stop


def itinerary_problems(mission):
    """Stops outside the mission's dates, before the previous stop, or overlapping it."""
    values = mission.values
    start, end = values.get("start"), values.get("end")
    problems = []
    previous = None
    for index, stop in dated_stops(values.get("destinations")):
        city = stop.get("city") or f"n° {index + 1}"
        first, last = stop["from"], stop["to"]
        from_path, to_path = ("destinations", index, "from"), ("destinations", index, "to")
        if _is_date(start) and first < start:
            params = {"city": city, "value": first.isoformat(), "start": start.isoformat()}
            problems.append(Problem(mission.path, mission.line_of(from_path), label(from_path), "stop_before_mission", params))
        if previous is not None:
            before = previous.get("city") or ""
            if first < previous["from"]:
                params = {"city": city, "value": first.isoformat(), "previous": before, "previous_from": previous["from"].isoformat()}
                problems.append(Problem(mission.path, mission.line_of(from_path), label(from_path), "stop_out_of_order", params))
            elif first < previous["to"]:
                params = {"city": city, "value": first.isoformat(), "previous": before, "previous_to": previous["to"].isoformat()}
                problems.append(Problem(mission.path, mission.line_of(from_path), label(from_path), "stops_overlap", params))
        if _is_date(end) and last > end:
            params = {"city": city, "value": last.isoformat(), "end": end.isoformat()}
            problems.append(Problem(mission.path, mission.line_of(to_path), label(to_path), "stop_after_mission", params))
        previous = stop
    return problems


def report_stop_problems(report, cities):
    """A report's `stop` that is not a city of its mission's itinerary."""
    stop = report.values.get("stop")
    if not isinstance(stop, str) or not stop.strip() or normalize(stop) in cities:
        return []
    line = report.line_of(("stop",))
    close = difflib.get_close_matches(normalize(stop), list(cities), n=1, cutoff=0.6)
    if close:
        params = {"value": stop, "suggestion": cities[close[0]]}
        return [Problem(report.path, line, "stop", "unknown_stop_suggestion", params)]
    params = {"value": stop, "choices": ", ".join(cities.values()) or "—"}
    return [Problem(report.path, line, "stop", "unknown_stop", params)]


def _is_date(value):
    return isinstance(value, dt.date) and not isinstance(value, dt.datetime)
