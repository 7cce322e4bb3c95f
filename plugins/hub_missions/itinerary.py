"""A mission as a journey: its stops in order, the events and trip reports of each.

Pure functions over Pelican articles (anything with the attributes named
below), so they are tested without a build. Nothing here writes HTML.
"""

import datetime as dt

from hub_core.places import distance_km, normalize

from .route_map import Stop, route_map


def newest_first(missions):
    """Missions by first day, the latest first; same day: by slug."""
    return sorted(missions, key=lambda m: (m.start, m.slug), reverse=True)


def status(mission, today):
    """`upcoming`, `current` (today is one of its days) or `past`."""
    if mission.end < today:
        return "past"
    if mission.start > today:
        return "upcoming"
    return "current"


def in_language(item, lang):
    """The translation of `item` in `lang`, else the item itself."""
    if getattr(item, "lang", None) == lang:
        return item
    for translation in getattr(item, "translations", []) or []:
        if translation.lang == lang:
            return translation
    return item


def stop_number(destinations, city):
    """The number (from 1) of the first stop in `city`, or None."""
    key = normalize(city or "")
    for number, stop in enumerate(destinations or [], start=1):
        if normalize(stop.get("city") or "") == key:
            return number
    return None


def event_day(event):
    """The first day of an event, as a date."""
    start = event.start
    return start.date() if isinstance(start, dt.datetime) else start


def stops_of(mission, events_by_slug, reports, places):
    """The itinerary of a mission: one dict per stop, in order.

    `events_by_slug` holds the published events (originals); `reports` the
    mission's trip reports, already in the mission's language. An event that
    names the mission in its `mission` field without being listed in a stop goes
    to the stop in its city (or, failing that, whose days include its first
    day), so an editor who forgets one list still sees it on the page.
    """
    lang = mission.lang
    stops, previous_place = [], None
    for number, destination in enumerate(mission.destinations or [], start=1):
        place = places.find(destination.get("city") or "", destination.get("country"))
        events = [in_language(events_by_slug[s], lang) for s in destination.get("events") or [] if s in events_by_slug]
        stop = {
            "number": number,
            "anchor": f"escale-{number}",
            "city": destination.get("city"),
            "country": destination.get("country"),
            "from": destination.get("from"),
            "to": destination.get("to"),
            "hosts": list(destination.get("hosts") or []),
            "events": events,
            "reports": [],
            "place": place,
            "distance_km": round(distance_km(previous_place, place)) if place and previous_place else None,
        }
        previous_place = place or previous_place
        stops.append(stop)
    _place_unlisted_events(mission, stops, events_by_slug)
    for stop in stops:
        stop["events"].sort(key=lambda e: (e.start, e.slug))
    unplaced = []
    for report in sorted(reports, key=lambda r: (r.date, r.slug)):
        number = stop_number(mission.destinations, getattr(report, "stop", None))
        (stops[number - 1]["reports"] if number else unplaced).append(report)
    return stops, unplaced


def _place_unlisted_events(mission, stops, events_by_slug):
    listed = {s for d in mission.destinations or [] for s in d.get("events") or []}
    for slug in sorted(events_by_slug):
        event = events_by_slug[slug]
        if getattr(event, "mission", None) != mission.slug or slug in listed:
            continue
        place = getattr(event, "place", None)
        city = normalize(place.name) if place else None
        day = event_day(event)
        home = next((s for s in stops if city and normalize(s["city"] or "") == city), None)
        home = home or next((s for s in stops if s["from"] and s["to"] and s["from"] <= day <= s["to"]), None)
        if home is not None:
            home["events"].append(in_language(event, mission.lang))


def reading_order(stops, unplaced):
    """The reports of a mission in the order of the trip, then those told of no stop."""
    return [r for s in stops for r in s["reports"]] + list(unplaced)


def map_of(stops, width, max_height):
    """The route map of these stops (see route_map), or None when none is placed."""
    placed = [Stop(s["number"], s["city"], s["place"].latitude, s["place"].longitude) for s in stops if s["place"]]
    return route_map(placed, width=width, max_height=max_height)


def total_km(stops):
    return sum(s["distance_km"] or 0 for s in stops)
