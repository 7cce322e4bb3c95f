"""schema.org `Event` JSON-LD for event pages, shaped for Google's Event rich results.

Rules followed (https://developers.google.com/search/docs/appearance/structured-data/event):
`name`, `startDate`, `location` required; a `Place` has a `PostalAddress`, a `VirtualLocation`
a `url` (online events still need `location`; hybrid lists both); ISO 8601 dates with the UTC
offset, a date alone for all-day events; cancelled/postponed keep the original `startDate`,
rescheduled adds `previousStartDate`; a free offer has price "0". Unknown values are left out,
never null or empty.

URLs are `site_url.rstrip('/') + '/' + relative`: with an empty `site_url` (local preview)
they come out root-relative (`/evenements/slug/`); production sets an absolute SITEURL.
"""

import datetime as dt
from decimal import Decimal

from hub_core import text
from hub_core.jsonscript import prune
from hub_core.places import exact_point

SCHEMA = "https://schema.org/"

STATUSES = {
    "scheduled": "EventScheduled",
    "cancelled": "EventCancelled",
    "postponed": "EventPostponed",
    "rescheduled": "EventRescheduled",
    "moved-online": "EventMovedOnline",
}

ATTENDANCE_MODES = {
    "in-person": "OfflineEventAttendanceMode",
    "online": "OnlineEventAttendanceMode",
    "hybrid": "MixedEventAttendanceMode",
}

LANGUAGE_TAGS = {"fr": "fr-CA", "en": "en-CA"}



def event_jsonld(event, site_url, site_name, occurrence=None):
    """The schema.org `Event` for `event`, a dict for `script_json()`.

    `occurrence` (with `start`, `end`) dates one occurrence of a recurring event; program
    sessions move with it. `site_name` never stands in for a missing organizer: the hub lists
    events that others organize.
    """
    start = occurrence.start if occurrence is not None else event.start
    end = occurrence.end if occurrence is not None else getattr(event, "end", None)
    status = getattr(event, "event_status", None) or "scheduled"
    mode = "online" if status == "moved-online" else (getattr(event, "format", None) or "in-person")
    page_url = absolute_url(site_url, event.url)
    location = event_location(event, mode, page_url)
    languages = getattr(event, "languages", None) or [getattr(event, "lang", None) or "fr"]
    data = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": event.title,
        "url": page_url,
        "startDate": iso(start),
        "endDate": iso(end),
        "eventStatus": SCHEMA + STATUSES[status],
        "eventAttendanceMode": SCHEMA + ATTENDANCE_MODES[mode],
        "location": location,
        "description": plain_text(getattr(event, "summary", None)),
        "image": image_urls(event, site_url),
        "inLanguage": language_tags(languages),
        "organizer": organizer(event, site_url),
        "offers": offer(event, page_url),
        "performer": [person(s) for s in getattr(event, "speakers", None) or []],
        "subEvent": sub_events(event, location, shift(event.start, start)),
        "superEvent": super_event(getattr(event, "mission_item", None), site_url),
    }
    if status == "rescheduled":
        data["previousStartDate"] = iso(getattr(event, "previous_start", None))
    return prune(data)


def add_jsonld(events, site_url, site_name):
    """Set `event.jsonld` on each of `events` (for a context step).

    A recurring event is described by its next date (`upcoming_dates[0]`), the
    one a reader can still attend; Google ignores events in the past.
    """
    missions = [e for e in events if getattr(e, "hub_type", "event") == "mission"]
    events = [e for e in events if getattr(e, "hub_type", "event") != "mission"]
    for mission in missions:
        inside = sorted((e for e in events if getattr(e, "mission_item", None) is mission), key=lambda e: (iso(e.start), e.url))
        mission.jsonld = mission_jsonld(mission, inside, site_url)
    for event in events:
        coming = getattr(event, "upcoming_dates", None) or []
        occurrence = coming[0] if getattr(event, "recurrence", None) and coming else None
        event.jsonld = event_jsonld(event, site_url, site_name, occurrence)


def event_location(event, mode, page_url):
    """A `Place`, a `VirtualLocation`, or both (hybrid) — Google requires `location`."""
    place = physical_place(event) if mode != "online" else None
    online_url = (getattr(event, "online", None) or {}).get("url")
    # No link yet (sent to registrants later): the event page tells how to join.
    virtual = None if mode == "in-person" else {"@type": "VirtualLocation", "url": online_url or page_url}
    found = [location for location in (place, virtual) if location]
    return found[0] if len(found) == 1 else found


def physical_place(event):
    venue = getattr(event, "venue", None) or {}
    place = getattr(event, "place", None)
    region = getattr(event, "region", None)
    city = venue.get("city") or getattr(place, "name", None) or getattr(event, "city", None)
    country = venue.get("country") or getattr(place, "country", None) or getattr(event, "country", None)
    address = {
        "@type": "PostalAddress",
        "streetAddress": venue.get("address"),
        "addressLocality": city,
        "postalCode": venue.get("postal_code"),
        "addressRegion": "QC" if region else None,  # every region of ours is in Quebec
        "addressCountry": country or "CA",
    }
    if not (venue.get("name") or venue.get("address") or city):
        return None
    result = {"@type": "Place", "name": venue.get("name") or city, "address": address}
    point = exact_point(event)  # the venue's coordinates when written, else its city's
    latitude, longitude = getattr(point, "latitude", None), getattr(point, "longitude", None)
    if latitude is not None and longitude is not None:
        result["geo"] = {"@type": "GeoCoordinates", "latitude": latitude, "longitude": longitude}
    return result


def organizer(event, site_url):
    link = getattr(event, "organizer_link", None)
    if link is None and isinstance(getattr(event, "organizer", None), dict):
        link = dict(event.organizer, internal=False)
    if not link or not link.get("name"):
        return None
    url = link.get("url")
    if url and link.get("internal"):
        url = absolute_url(site_url, url)
    return {"@type": "Organization", "name": link["name"], "url": url}


def offer(event, page_url):
    registration = getattr(event, "registration", None)
    if not registration:
        return None
    if isinstance(registration, str):
        registration = {"url": registration}
    price = registration.get("price")
    return {
        "@type": "Offer",
        "url": registration.get("url") or page_url,
        "price": price_text(price),
        "priceCurrency": (registration.get("currency") or "CAD") if price is not None else None,
        "availability": SCHEMA + "InStock",
        "validFrom": iso(getattr(event, "date", None)),
    }


def person(speaker):
    affiliation = speaker.get("affiliation")
    return {
        "@type": "Person",
        "name": speaker.get("name"),
        "affiliation": {"@type": "Organization", "name": affiliation} if affiliation else None,
        "url": speaker.get("url"),
    }


def sub_events(event, location, offset):
    """One `Event` per program session, at the parent's location."""
    sessions = []
    for session in getattr(event, "program", None) or []:
        start, end = session.get("start"), session.get("end")
        sessions.append({
            "@type": "Event",
            "name": session.get("title"),
            "startDate": iso(start + offset if start is not None else None),
            "endDate": iso(end + offset if end is not None else None),
            "location": location,
            "performer": [{"@type": "Person", "name": name} for name in session.get("speakers") or []],
            "inLanguage": language_tags([session["language"]]) if session.get("language") else None,
        })
    return sessions


def super_event(mission, site_url):
    if mission is None:
        return None
    return {
        "@type": "Event",
        "name": mission.title,
        "url": absolute_url(site_url, mission.url),
        "startDate": iso(getattr(mission, "start", None)),
        "endDate": iso(getattr(mission, "end", None)),
    }


def absolute_url(site_url, relative):
    """`site_url/relative`; root-relative when `site_url` is empty; absolute URLs unchanged."""
    if not relative or "://" in relative:
        return relative or None
    return (site_url or "").rstrip("/") + "/" + relative.lstrip("/")


def iso(value):
    """ISO 8601: `YYYY-MM-DD` for a date, date-time with its UTC offset otherwise."""
    if value is None:
        return None
    return value.isoformat(timespec="seconds") if isinstance(value, dt.datetime) else value.isoformat()


def shift(original_start, start):
    """How far an occurrence is from the event's first date (program sessions move with it)."""
    return start - original_start if type(start) is type(original_start) else dt.timedelta(0)


def price_text(price):
    """A price as Google wants it: a string, "0" when free, no trailing ".00"."""
    if price is None:
        return None
    amount = Decimal(str(price))
    return str(int(amount)) if amount == amount.to_integral_value() else format(amount, "f")


def language_tags(languages):
    tags = [LANGUAGE_TAGS.get(language, language) for language in languages]
    return tags[0] if len(tags) == 1 else tags


def image_urls(event, site_url):
    image = getattr(event, "image", None)
    return [absolute_url(site_url, "images/" + image.lstrip("/").removeprefix("images/"))] if image else None


def plain_text(html):
    return text.plain_text(html) or None  # None: pruned from the JSON-LD


def mission_jsonld(mission, events, site_url):
    """A mission as an umbrella `Event`: its stops as places, its events as `subEvent`."""
    data = event_jsonld(mission, site_url, "")
    data["location"] = [
        {
            "@type": "Place",
            "name": stop["city"],
            "address": {"@type": "PostalAddress", "addressLocality": stop["city"], "addressCountry": stop.get("country")},
        }
        for stop in getattr(mission, "destinations", [])
    ]
    data["subEvent"] = [
        {"@type": "Event", "name": e.title, "url": absolute_url(site_url, e.url), "startDate": iso(e.start), "endDate": iso(e.end)}
        for e in events
    ]
    return prune(data)
