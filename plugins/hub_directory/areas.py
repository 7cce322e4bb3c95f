"""Where an item is: one of Quebec's 17 regions, or a place outside Quebec.

Outside Quebec, items are grouped by country, and in Canada by province
("Hors Québec : Ontario, France"), never forced into a region. An area's `title` is its
French name (its slug is made of it); `area.name(lang)` names it in French or English.
"""

from dataclasses import dataclass, field

from babel import Locale

from hub_core.items import slugify
from hub_core.places import PROVINCES, normalize
from hub_core.urls import key_url

from .kinds import by_kind

FRENCH = Locale.parse("fr_CA")
ENGLISH = Locale.parse("en_CA")


@dataclass(frozen=True)
class Area:
    key: tuple  # sorts regions by code, then Canada's provinces, then countries
    slug: str  # HTML id; a region's slug
    title: str  # `Bas-Saint-Laurent`, `Ontario`, `France`
    region: object = None  # hub_core.places.Region, None outside Quebec
    country: str = "CA"
    province: str | None = None

    def name(self, lang="fr"):
        """The area's name in `lang`: `Bas-Saint-Laurent`, `Colombie-Britannique` / `British Columbia`."""
        if lang != "en":
            return self.title
        if self.region is not None:
            return self.region.name(lang)
        if self.country == "CA":
            return PROVINCES[self.province][1] if self.province in PROVINCES else self.title
        return ENGLISH.territories.get(self.country, self.country)

    @property
    def in_quebec(self):
        return self.region is not None

    @property
    def url(self):
        """The region page; None outside Quebec (no page there)."""
        return key_url("regions", self.region.slug) if self.region else None


def region_area(region):
    return Area((0, region.code), region.slug, region.name_fr, region)


def outside_area(country, province=None):
    if country == "CA":
        title = PROVINCES[province][0] if province in PROVINCES else "Canada"
        rank = (1, normalize(title)) if province in PROVINCES else (1, "~")  # Canada alone comes last of Canada
    else:
        title = FRENCH.territories.get(country, country)
        rank = (2, normalize(title))
    return Area(rank, "hors-quebec-" + slugify(title), title, None, country, province if country == "CA" else None)


def area_of(item):
    """The Area of an item, or None when it has no place (an online event)."""
    region = getattr(item, "region", None)
    if region is not None:
        return region_area(region)
    place = getattr(item, "place", None)
    if place is None:
        return None
    return outside_area(place.country, place.province)


@dataclass
class EntryGroup:
    """The directory entries of one area, and the same by kind."""

    area: Area
    entries: list = field(default_factory=list)

    @property
    def kinds(self):
        return by_kind(self.entries)


def group_entries(entries):
    """[EntryGroup] of the areas that have entries: regions in code order, then outside Quebec."""
    groups = {}
    for entry in entries:
        area = area_of(entry)
        if area is not None:
            groups.setdefault(area, EntryGroup(area)).entries.append(entry)
    return [groups[area] for area in sorted(groups, key=lambda a: a.key)]
