"""Lists the templates use: the home page, the listing pages, the regions.

Event lists come from hub_events (in its generator's context step, which runs
before this); later plugins (hub_series, hub_directory…) will take over their
own lists, and this module keeps the first version of each so no link breaks.
"""

import os

from hub_core import dates
from hub_core.items import slugify
from hub_core.references import resolve_references, valid
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


def add_lists(generators):
    """all_generators_finalized: every list the listing templates need."""
    context = generators[0].context
    options = plugin_settings(generators[0].settings, "HUB_SITE", DEFAULTS)
    resolve_references(context)
    articles = valid(context.get("articles", []))
    hidden = valid(context.get("hidden_articles", []))
    pages = valid(context.get("hidden_pages", []))
    upcoming = context.setdefault("upcoming_events", [])

    def newest_first(items):
        return sorted(items, key=lambda a: (a.date, a.slug), reverse=True)

    chronicles = newest_first(a for a in articles if a.hub_type == "chronicle")
    columns = {}
    for chronicle in chronicles:
        columns.setdefault(chronicle.column, []).append(chronicle)
    entries = sorted((p for p in pages if p.hub_type == "directory" and p.in_default_lang), key=lambda p: slugify(p.title))

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
    return [
        {
            "region": region,
            "entries": [e for e in entries if e.region == region],
            "upcoming_events": [e for e in upcoming if e.region == region],
        }
        for region in site.places.regions
    ]
