"""Lists the templates use: the home page, the listing pages, the regions.

Later plugins (hub_events, hub_series, hub_directory…) take over their own
lists; this module keeps the first version of each so no link is broken.
"""

import os
from itertools import groupby

from hub_core import dates, recurrence
from hub_core.items import slugify
from hub_core.settings import plugin_settings
from hub_core.site import site_from_settings

# HUB_SITE settings and their defaults.
DEFAULTS = {
    "home_events": 6,  # how many coming events the home page shows
    "home_posts": 4,  # how many recent posts, chronicles and trip reports
}


def add_now(generator):
    """generator_init: one 'now' per build (SOURCE_DATE_EPOCH when set)."""
    context = generator.context
    if "HUB_NOW" not in context:
        tz = dates.zone(context.get("TIMEZONE") or "America/Toronto")
        context["HUB_NOW"] = dates.now(os.environ, tz)


def event_zone(event):
    return dates.zone(getattr(event, "timezone", None) or event.settings.get("TIMEZONE"))


def event_end(event):
    """The instant an event is over: the end of its last day when all-day."""
    return dates.end_instant(event.end, event_zone(event))


def set_next_occurrence(event, now):
    """`next_start`/`next_end`: the occurrence not yet over at `now` (None when past)."""
    found = recurrence.next_occurrence(event.start, event.end, getattr(event, "recurrence", None), now, event_zone(event))
    event.next_start, event.next_end = found or (None, None)


def event_start(event, tz):
    return dates.as_datetime(event.start, tz)


def add_lists(generators):
    """all_generators_finalized: every list the listing templates need."""
    context = generators[0].context
    options = plugin_settings(generators[0].settings, "HUB_SITE", DEFAULTS)
    articles = context.get("articles", [])
    hidden = context.get("hidden_articles", [])
    pages = context.get("hidden_pages", [])
    now = context["HUB_NOW"]
    tz = now.tzinfo

    events = [a for a in articles if a.hub_type == "event"]
    for event in (*events, *(t for e in events for t in e.translations)):
        set_next_occurrence(event, now)
    upcoming = sorted(
        (e for e in events if e.next_start is not None),
        key=lambda e: (dates.as_datetime(e.next_start, tz), e.slug),
    )
    past = sorted((e for e in events if e.next_start is None), key=lambda e: (event_start(e, tz), e.slug), reverse=True)
    newest_first = lambda items: sorted(items, key=lambda a: (a.date, a.slug), reverse=True)  # noqa: E731

    chronicles = newest_first(a for a in articles if a.hub_type == "chronicle")
    columns = {}
    for chronicle in chronicles:
        columns.setdefault(chronicle.column, []).append(chronicle)
    entries = sorted((p for p in pages if p.hub_type == "directory" and p.in_default_lang), key=lambda p: slugify(p.title))

    context["upcoming_events"] = upcoming
    context["upcoming_by_month"] = [
        (first_day, list(group))
        for first_day, group in groupby(upcoming, key=lambda e: dates.as_datetime(e.next_start, tz).date().replace(day=1))
    ]
    context["past_events"] = past
    context["past_events_by_year"] = [
        (year, list(group)) for year, group in groupby(past, key=lambda e: event_start(e, tz).year)
    ]
    context["blog_posts"] = newest_first(a for a in articles if a.hub_type == "post")
    context["latest_posts"] = newest_first(a for a in articles if a.hub_type in ("post", "chronicle", "report"))
    context["home_events"] = upcoming[: options["home_events"]]
    context["home_posts"] = context["latest_posts"][: options["home_posts"]]
    context["columns"] = sorted(
        ({"name": name, "slug": slugify(name), "chronicles": items} for name, items in columns.items()),
        key=lambda c: c["slug"],
    )
    context["missions"] = sorted(
        (a for a in hidden if a.hub_type == "mission" and a.in_default_lang),
        key=lambda m: (m.start, m.slug),
        reverse=True,
    )
    context["directory_entries"] = entries
    context["regions"] = _regions(generators[0].settings, entries, upcoming)


def _regions(settings, entries, upcoming):
    site, _problems = site_from_settings(settings)
    result = []
    for region in site.places.regions:
        result.append(
            {
                "region": region,
                "entries": [e for e in entries if e.region == region],
                "upcoming_events": [e for e in upcoming if e.region == region],
            }
        )
    return result


def link_references(generators):
    """all_generators_finalized: resolve slugs to the items they name.

    Sets `organizer_link` (and `partner_links` on missions) to
    `{"name", "url", "internal"}`, and `mission_item` on events of a mission.
    """
    context = generators[0].context
    entries = {p.slug: p for p in context.get("hidden_pages", []) if p.hub_type == "directory" and p.in_default_lang}
    missions = {a.slug: a for a in context.get("hidden_articles", []) if a.hub_type == "mission" and a.in_default_lang}
    everything = [
        *context.get("articles", []),
        *context.get("hidden_articles", []),
        *(t for a in context.get("articles", []) for t in a.translations),
    ]
    for item in everything:
        if getattr(item, "organizer", None) is not None:
            item.organizer_link = _link(item.organizer, entries)
        if item.hub_type == "mission":
            item.partner_links = [_link(p, entries) for p in getattr(item, "partners", [])]
        if getattr(item, "mission", None):
            item.mission_item = missions.get(item.mission)


def _link(reference, entries):
    if isinstance(reference, str):
        entry = entries.get(reference)
        return {"name": entry.title, "url": entry.url, "internal": True} if entry else None
    return {"name": reference.get("name"), "url": reference.get("url"), "internal": False}
