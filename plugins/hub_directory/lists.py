"""Directory entries and regions for the templates (first version)."""

from hub_core.items import slugify
from hub_core.references import valid
from hub_core.site import site_from_settings


def add_lists(generators):
    """all_generators_finalized: `directory_entries` and `regions`."""
    context = generators[0].context
    pages = valid(context.get("hidden_pages", []))
    entries = sorted((p for p in pages if p.hub_type == "directory" and p.in_default_lang), key=lambda p: slugify(p.title))
    upcoming = context.get("upcoming_events", [])
    site, _problems = site_from_settings(generators[0].settings)
    context["directory_entries"] = entries
    context["regions"] = [
        {
            "region": region,
            "entries": [e for e in entries if e.region == region],
            "upcoming_events": [e for e in upcoming if e.region == region],
        }
        for region in site.places.regions
    ]
