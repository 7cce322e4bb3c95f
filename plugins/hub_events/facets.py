"""Pre-built filtered listings of upcoming events: by region, format, category.

They are plain pages (`/evenements/region/bas-saint-laurent/`…), so filtering
works without JavaScript and each filtered list has its own address.
"""

from dataclasses import dataclass, field

from hub_core.items import slugify

from .context import by_month

FORMATS = {"in-person": ("en-personne", "En personne"), "online": ("en-ligne", "En ligne"), "hybrid": ("hybride", "Hybride")}


@dataclass
class Facet:
    kind: str  # region, format, category
    slug: str
    title: str
    occurrences: list = field(default_factory=list)

    @property
    def url(self):
        segment = {"region": "region", "format": "format", "category": "categorie"}[self.kind]
        return f"evenements/{segment}/{self.slug}/"

    @property
    def save_as(self):
        return self.url + "index.html"

    @property
    def by_month(self):
        return by_month(self.occurrences)

    @property
    def events(self):
        seen = []
        for occurrence in self.occurrences:
            if occurrence.event not in seen:
                seen.append(occurrence.event)
        return seen


def _values(event):
    region = getattr(event, "region", None)
    if region:
        yield "region", region.slug, region.name_fr
    fmt = "online" if getattr(event, "event_status", "") == "moved-online" else event.format
    yield ("format", *FORMATS[fmt])
    category = getattr(event, "category", None)
    if category:
        yield "category", category.slug, category.name


def facets(upcoming_occurrences):
    """{kind: [Facet]} for every value some upcoming event has, sorted by title."""
    found = {}
    for occurrence in upcoming_occurrences:
        for kind, slug, title in _values(occurrence.event):
            facet = found.setdefault((kind, slug), Facet(kind, slug, title))
            facet.occurrences.append(occurrence)
    grouped = {"region": [], "format": [], "category": []}
    # French order: accents folded (Montérégie before Montréal, Éducation before Santé).
    for (kind, _slug), facet in sorted(found.items(), key=lambda pair: (pair[0][0], slugify(pair[1].title), pair[1].title)):
        grouped[kind].append(facet)
    return grouped
