"""The directory as data others reuse: `/repertoire/repertoire.json` and `.geojson`.

Both list the same records, sorted by slug. The GeoJSON is an RFC 7946
FeatureCollection of Points ([longitude, latitude], WGS 84); an entry whose
city the site does not know, given with its `region`, is at its region's main
town (`"located": "region"`, an approximate point; `"city"` for a known city);
an entry with no point at all is an unlocated Feature (`"geometry": null`,
`"located": null`). No timestamp of the build: two builds of the same content
give the same bytes.
"""

import json

from markupsafe import Markup

from hub_core.i18n import N_, words
from hub_core.places import point_of
from hub_core.urls import data_file_url, key_url, page_url

from .kinds import kind_of

JSON_PATH = data_file_url("directory_json")
GEOJSON_PATH = data_file_url("directory_geojson")
JSON_TITLE = N_("Répertoire — %(site)s")  # the JSON export is in French, the site's language


def absolute_url(site_url, relative):
    return (site_url or "").rstrip("/") + "/" + relative.lstrip("/")


def entry_record(entry, site_url, calendar=None, feed=None):
    """Everything public about an entry, as plain JSON values (None when unknown).

    `calendar` and `feed` are the relative paths of its events' calendar and
    feed, when it organizes events.
    """
    place = getattr(entry, "place", None)
    point = point_of(entry)
    region = getattr(entry, "region", None)
    summary = getattr(entry, "summary", None)
    return {
        "slug": entry.slug,
        "name": entry.title,
        "url": absolute_url(site_url, entry.url),
        "kind": kind_of(entry).name,
        "kind_label": kind_of(entry).label,
        "city": place.name if place else getattr(entry, "city", None),
        "region": {
            "code": region.code,
            "slug": region.slug,
            "name": region.name_fr,
            "url": absolute_url(site_url, key_url("regions", region.slug)),
        } if region else None,
        "province": "QC" if region else getattr(place, "province", None),
        "country": getattr(place, "country", None) or getattr(entry, "country", None) or "CA",
        "latitude": point.latitude if point else None,
        "longitude": point.longitude if point else None,
        "located": ("region" if getattr(point, "approximate", False) else "city") if point else None,
        "website": getattr(entry, "website", None),
        "email": getattr(entry, "email", None),
        "social": dict(sorted((getattr(entry, "social", None) or {}).items())),
        "languages": list(getattr(entry, "languages", None) or []),
        "tags": [tag.name for tag in getattr(entry, "tags", None) or []],
        "meets": getattr(entry, "meets", None),
        "summary": str(Markup(summary).striptags()) if summary else None,
        "calendar": absolute_url(site_url, calendar) if calendar else None,
        "feed": absolute_url(site_url, feed) if feed else None,
    }


def directory_json(records, site_name, site_url):
    """The JSON export: a title, the directory's address, and the records."""
    return {
        "title": words("fr", JSON_TITLE, site=site_name),
        "url": absolute_url(site_url, page_url("directory")),
        "count": len(records),
        "entries": sorted(records, key=lambda r: r["slug"]),
    }


def feature(record):
    """A GeoJSON Feature: the record without its coordinates, at [longitude, latitude]."""
    properties = {k: v for k, v in record.items() if k not in ("latitude", "longitude")}
    geometry = None
    if record["latitude"] is not None and record["longitude"] is not None:
        geometry = {"type": "Point", "coordinates": [record["longitude"], record["latitude"]]}
    return {"type": "Feature", "id": record["slug"], "geometry": geometry, "properties": properties}


def directory_geojson(records):
    return {"type": "FeatureCollection", "features": [feature(r) for r in sorted(records, key=lambda r: r["slug"])]}


def dumps(data):
    """Readable, stable JSON text (UTF-8 characters kept, a final newline)."""
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
