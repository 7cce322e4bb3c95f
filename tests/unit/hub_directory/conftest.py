"""Shared fixtures of the hub_directory unit tests: the shipped places, and items
shaped like the ones Pelican hands the plugin (attributes only)."""

from types import SimpleNamespace

import pytest

from hub_core import places


@pytest.fixture(scope="session")
def known_places():
    """The places shipped with hub_core, plus Toronto (ON), Nantes (FR) and Le Bic (a site place in Quebec)."""
    regions, municipalities = places.builtin_places()
    by_slug = {r.slug: r for r in regions}
    extra = (
        places.Place("Toronto", "CA", None, 43.6532, -79.3832, province="ON"),
        places.Place("Nantes", "FR", None, 47.2184, -1.5536),
        places.Place("Le Bic", "CA", by_slug["bas-saint-laurent"], 48.3764, -68.6977),
    )
    return places.Places(regions, (*municipalities, *extra))


@pytest.fixture()
def item(known_places):
    """item(city or None, **attributes): an entry, event or post located like hub_frontmatter does."""

    def make(city=None, **attributes):
        place = known_places.find(city) if city else None
        region = attributes.pop("region", None)
        if isinstance(region, str):
            region = known_places.region(region)
        values = {
            "title": attributes.get("slug", city or "item"),
            "slug": city or "item",
            "place": place,
            "region": (place.region if place else None) or region,
            # as hub_core.validate: an unknown city with its region is drawn at the region's main town
            "point": place or (known_places.approximate(city, region) if city and region else None),
            "country": place.country if place else "CA",
            "city": city,
            "format": "in-person",
            "event_status": "scheduled",
            "url": f"x/{attributes.get('slug', 'item')}/",
        }
        values.update(attributes)
        return SimpleNamespace(**values)

    return make
