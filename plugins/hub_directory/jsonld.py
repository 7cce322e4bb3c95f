"""schema.org JSON-LD of a directory entry: an `Organization` (or a more precise type).

URLs are `site_url.rstrip('/') + '/' + relative`: root-relative with an empty
`site_url` (local preview), absolute with PUBLIC_SITEURL.
"""

from hub_core.jsonscript import prune
from hub_core.places import exact_point
from hub_core.text import plain_text as _plain_text

from .kinds import kind_of

LANGUAGE_TAGS = {"fr": "fr-CA", "en": "en-CA"}


def organization_jsonld(entry, site_url):
    """The schema.org description of an entry, a dict for `script_json()`."""
    page = absolute_url(site_url, entry.url)
    place = getattr(entry, "place", None)
    region = getattr(entry, "region", None)
    data = {
        "@context": "https://schema.org",
        "@type": kind_of(entry).schema_type,
        "@id": page + "#organisation",
        "name": entry.title,
        "url": getattr(entry, "website", None) or page,
        "mainEntityOfPage": page,
        "description": plain_text(getattr(entry, "summary", None)),
        "email": getattr(entry, "email", None),
        "sameAs": sorted((getattr(entry, "social", None) or {}).values()),
        "knowsLanguage": [LANGUAGE_TAGS.get(language, language) for language in getattr(entry, "languages", None) or []],
        "keywords": [tag.name for tag in getattr(entry, "tags", None) or []],
        "address": {
            "@type": "PostalAddress",
            "addressLocality": getattr(place, "name", None) or getattr(entry, "city", None),
            "addressRegion": "QC" if region else getattr(place, "province", None),
            "addressCountry": getattr(place, "country", None) or getattr(entry, "country", None) or "CA",
        },
        "location": location(exact_point(entry)),
        "areaServed": {"@type": "AdministrativeArea", "name": region.name_fr} if region else None,
    }
    return prune(data)


def location(place):
    if place is None:
        return None
    return {
        "@type": "Place",
        "name": place.name,
        "geo": {"@type": "GeoCoordinates", "latitude": place.latitude, "longitude": place.longitude},
    }


def absolute_url(site_url, relative):
    return (site_url or "").rstrip("/") + "/" + relative.lstrip("/")


def plain_text(html):
    return _plain_text(html) or None  # None: pruned


