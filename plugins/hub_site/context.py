"""'Now', and the lists of the home page and the blog.

Event lists come from hub_events (its generator's context step runs before
this); directory, regions, columns and missions come from their own plugins.
"""

import os

from hub_core import dates, terms
from hub_core.places import reference_points
from hub_core.references import resolve_references
from hub_core.settings import plugin_settings, site_timezone
from hub_core.site import site_from_settings

# HUB_SITE settings and their defaults.
DEFAULTS = {
    "home_events": 6,  # how many coming events the home page shows
    "home_posts": 6,  # how many recent posts, chronicles and trip reports: 6 fills rows of 1, 2 or 3 cards
}


def add_now(generator):
    """generator_init: one 'now' per build (SOURCE_DATE_EPOCH when set)."""
    context = generator.context
    settings = getattr(generator, "settings", None) or {}
    if "english_terms" not in context and settings.get("PATH"):
        # content/data/translations.yml (its problems are reported by hub check and the build)
        context["english_terms"] = terms.load(settings["PATH"])[0]
    if "HUB_NOW" not in context:
        tz = dates.zone(site_timezone(context))
        context["HUB_NOW"] = dates.now(os.environ, tz)


def add_lists(generators):
    """all_generators_finalized: the blog's lists and the home page's."""
    context = generators[0].context
    options = plugin_settings(generators[0].settings, "HUB_SITE", DEFAULTS)
    resolve_references(context)
    articles = context.get("articles", [])
    upcoming = context.setdefault("upcoming_events", [])

    def newest_first(items):
        return sorted(items, key=lambda a: (a.date, a.slug), reverse=True)

    context["blog_posts"] = newest_first(a for a in articles if a.hub_type == "post")
    context["latest_posts"] = newest_first(a for a in articles if a.hub_type in ("post", "chronicle", "report"))
    context["theme_categories"] = theme_categories(context.get("categories", []))
    context["home_events"] = upcoming[: options["home_events"]]
    context["home_posts"] = context["latest_posts"][: options["home_posts"]]
    site, _problems = site_from_settings(generators[0].settings)  # problems: reported by hub_frontmatter
    context["near_me_places"] = reference_points(site.places)


def theme_categories(categories: list) -> list[tuple]:
    """[(category, items)] for /categories/: the categories that have a name, by slug."""
    named = [(category, items) for category, items in categories if category and category.name]
    return sorted(named, key=lambda pair: pair[0].slug.lower())
