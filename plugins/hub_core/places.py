"""Quebec's administrative regions and the places the site knows.

The regions and a table of municipalities ship with hub_core (data/); a site
adds its own places in content/data/places.yml. Names match without regard to
accents, case, hyphens, apostrophes, or `St-`/`Saint-` abbreviations.
"""

import csv
import os
import difflib
import math
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from . import header, inputs, limits
from .problems import Problem
from .shapes import Content, Lines, Params

DATA = Path(__file__).parent / "data"
SITE_PLACES = Path("data") / "places.yml"  # relative to the content folder

LARGE_TOWN = 10_000  # inhabitants: the table has every municipality this big, and smaller towns
_SEPARATORS = re.compile(r"[\s\-‐‑‒–—'’`.]+")
_ABBREVIATIONS = {"st": "saint", "ste": "sainte", "mt": "mont"}


@dataclass(frozen=True)
class Region:
    code: str
    slug: str
    name_fr: str
    name_en: str

    def name(self, lang: str = "fr") -> str:
        return self.name_en if lang == "en" else self.name_fr


# Canada's provinces and territories (ISO 3166-2:CA): code -> (French, English).
PROVINCES = {
    "AB": ("Alberta", "Alberta"),
    "BC": ("Colombie-Britannique", "British Columbia"),
    "MB": ("Manitoba", "Manitoba"),
    "NB": ("Nouveau-Brunswick", "New Brunswick"),
    "NL": ("Terre-Neuve-et-Labrador", "Newfoundland and Labrador"),
    "NS": ("Nouvelle-Écosse", "Nova Scotia"),
    "NT": ("Territoires du Nord-Ouest", "Northwest Territories"),
    "NU": ("Nunavut", "Nunavut"),
    "ON": ("Ontario", "Ontario"),
    "PE": ("Île-du-Prince-Édouard", "Prince Edward Island"),
    "QC": ("Québec", "Quebec"),
    "SK": ("Saskatchewan", "Saskatchewan"),
    "YT": ("Yukon", "Yukon"),
}
_SUBDIVISION = re.compile(r"[A-Z0-9]{1,3}")


@dataclass(frozen=True)
class Place:
    name: str
    country: str
    region: Region | None
    latitude: float
    longitude: float
    province: str | None = None  # ISO 3166-2 subdivision (ON, BC…) of a place outside Quebec
    population: int | None = None  # of the built-in municipalities (data/municipalities.csv)
    approximate: bool = False  # a city the site does not know, drawn at its region's main town

    @property
    def in_quebec(self) -> bool:
        return self.region is not None

    @property
    def subdivision(self) -> str | None:
        """`QC` for a place in Quebec, else its `province` (None when not given)."""
        return "QC" if self.in_quebec else self.province


def normalize(name: object) -> str:
    """The matching key of a place name: `St-Jérôme` → `saint-jerome`."""
    text = unicodedata.normalize("NFKD", str(name)).casefold()
    text = "".join(c for c in text if not unicodedata.combining(c))
    words = [w for w in _SEPARATORS.split(text) if w]
    return "-".join(_ABBREVIATIONS.get(w, w) for w in words)


def point_of(item: Content) -> Place | None:
    """Where a map draws an item: its `point` (validate.py), else its `place`.

    The point of a city the site does not know, given with its `region`, is an
    approximate Place at the region's main town (`Places.approximate`).
    """
    return getattr(item, "point", None) or getattr(item, "place", None)


def exact_point(item: Content) -> Place | None:
    """Where an item really is: the venue's (or premises') coordinates when written, else its
    known place; None for a city the site does not know (its point is only approximate)."""
    point = point_of(item)
    return None if point is None or getattr(point, "approximate", False) else point


def reference_points(places: Iterable[Place]) -> list[tuple[str, float, float]]:
    """(name, latitude, longitude) of every Quebec place the site knows, in name order: the
    cities a reader may choose to sort a list by distance ("Près de moi" without geolocation)."""
    return [(place.name, place.latitude, place.longitude) for place in places if place.in_quebec]


def distance_km(first: Place, second: Place) -> float:
    """Great-circle distance between two places, in kilometres."""
    lat1, lon1, lat2, lon2 = map(
        math.radians, (first.latitude, first.longitude, second.latitude, second.longitude)
    )
    a = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0088 * math.asin(math.sqrt(a))


def load_regions() -> tuple[Region, ...]:
    with open(DATA / "regions.csv", encoding="utf-8", newline="") as handle:
        return tuple(Region(**row) for row in csv.DictReader(handle))


def load_municipalities(regions_by_code: dict[str, Region]) -> tuple[Place, ...]:
    with open(DATA / "municipalities.csv", encoding="utf-8", newline="") as handle:
        return tuple(
            Place(
                name=row["name"],
                country="CA",
                region=regions_by_code[row["region_code"]],
                latitude=float(row["latitude"]),
                longitude=float(row["longitude"]),
                population=int(row["population"]),
            )
            for row in csv.DictReader(handle)
        )


class Places:
    """Lookup of regions and places for one build."""

    def __init__(self, regions: Iterable[Region], places: Iterable[Place]) -> None:
        self.regions = tuple(sorted(regions, key=lambda r: r.code))
        self._regions_by_slug = {r.slug: r for r in self.regions}
        self._regions_by_code = {r.code: r for r in self.regions}
        self._places: dict[str, dict[str, Place]] = {}  # normalized name -> {country: Place}
        for place in places:  # later entries (the site's own) win
            self._places.setdefault(normalize(place.name), {})[place.country] = place

    def region(self, slug: object) -> Region | None:
        return self._regions_by_slug.get(str(slug))

    def suggest_region(self, text: str) -> str | None:
        """The region slug closest to a mistyped one, or None."""
        key = normalize(text)
        slugs = [r.slug for r in self.regions]
        starting = [s for s in slugs if key and s.startswith(key)]
        if len(starting) == 1:
            return starting[0]
        close = difflib.get_close_matches(key, slugs, n=1, cutoff=0.6)
        return close[0] if close else None

    def region_problem(self, text: str) -> tuple[str, Params]:
        """(code, params) saying `text` is not a region, with a suggestion."""
        suggestion = self.suggest_region(text)
        if suggestion:
            return "region_suggestion", {"value": text, "suggestion": suggestion}
        return "region", {"value": text, "choices": ", ".join(r.slug for r in self.regions)}

    def region_by_code(self, code: object) -> Region | None:
        return self._regions_by_code.get(str(code))

    def in_region(self, region: Region) -> tuple[Place, ...]:
        """The places of a region, in name order."""
        return tuple(place for place in self if place.region == region)

    def main_town(self, region: Region) -> Place | None:
        """The region's most populous municipality of the built-in table (ties: by name)."""
        towns = [place for place in self.in_region(region) if place.population is not None]
        return min(towns, key=lambda place: (-(place.population or 0), normalize(place.name)), default=None)

    def approximate(self, city: str, region: Region | None) -> Place | None:
        """A point for `city`, unknown to the site, in `region`: at the region's main town.

        Named as the editor wrote it and marked `approximate`, so maps can draw it
        while calendars, schema.org data and distances, which claim precision, skip it.
        """
        town = self.main_town(region) if region is not None else None
        if town is None:
            return None
        return Place(str(city), "CA", region, town.latitude, town.longitude, approximate=True)

    def find(self, name: object, country: str | None = None) -> Place | None:
        """The place called `name` (in `country` when given), or None.

        Without a country, a place in Canada is preferred, then the first
        country in alphabetical order.
        """
        candidates = self._places.get(normalize(name), {})
        if country:
            return candidates.get(country)
        if "CA" in candidates:
            return candidates["CA"]
        return candidates[min(candidates)] if candidates else None

    def __iter__(self) -> Iterator[Place]:
        for key in sorted(self._places):
            for country in sorted(self._places[key]):
                yield self._places[key][country]


def builtin_places() -> tuple[tuple[Region, ...], tuple[Place, ...]]:
    regions = load_regions()
    by_code = {r.code: r for r in regions}
    return regions, load_municipalities(by_code)


def load(
    content_path: str | os.PathLike[str], regions: Iterable[Region] | None = None, municipalities: Iterable[Place] = (),
) -> tuple[Places, list[Problem]]:
    """Places for a site: (Places, problems) with the site's places.yml added.

    """
    if regions is None:
        regions, municipalities = builtin_places()
    places = Places(regions, municipalities)
    site_file = Path(content_path) / SITE_PLACES
    if not site_file.is_file() or not inputs.is_contained(site_file, content_path):
        return places, []  # a link that leaves the content folder is reported by inputs.scan
    size = site_file.stat().st_size
    if size > limits.MAX_FILE_BYTES:
        shown = display_path(content_path, site_file)
        return places, [Problem(shown, 1, "", "file_too_large", {"value": size, "limit": limits.MAX_FILE_BYTES})]
    extra, problems = read_site_places(site_file, places, display_path(content_path, site_file))
    return Places(regions, (*municipalities, *extra)), problems


def display_path(content_path: str | os.PathLike[str], path: str | os.PathLike[str]) -> str:
    """`content/data/places.yml` as editors see it."""
    content = Path(content_path)
    return str(Path(content.name) / Path(path).relative_to(content))


def read_site_places(path: str | os.PathLike[str], places: Places, shown_path: str) -> tuple[list[Place], list[Problem]]:
    """Parse a places.yml: a list of mappings name, country, region, province, latitude, longitude.

    Returns (places, problems).
    """
    try:
        text = Path(path).read_text(encoding="utf-8")
    except UnicodeDecodeError:
        return [], [Problem(shown_path, 1, "", "unreadable_encoding")]
    data, lines, yaml_problems = header.load_yaml(text)
    problems = [Problem(shown_path, line, "", code, params) for line, code, params in yaml_problems]
    if data is None:
        return [], problems
    if not isinstance(data, list):
        return [], problems + [Problem(shown_path, 1, "", "expected_list")]
    result = []
    for index, entry in enumerate(data):
        place, entry_problems = _site_place(entry, places, shown_path, lines, index)
        problems.extend(entry_problems)
        if place:
            result.append(place)
    return result, problems


def _site_place(entry: object, places: Places, shown_path: str, lines: Lines, index: int) -> tuple[Place | None, list[Problem]]:
    line = lines.get((index,), 1)
    if not isinstance(entry, dict):
        return None, [Problem(shown_path, line, "", "expected_mapping")]
    problems = []
    name = str(entry.get("name") or "").strip()
    if not name:
        problems.append(Problem(shown_path, line, "name", "required"))
    elif limits.forbidden_character(name, frozenset()):
        params: Params = {"value": limits.forbidden_character(name, frozenset())}
        problems.append(Problem(shown_path, lines.get((index, "name"), line), "name", "control_character", params))
    elif len(name) > limits.MAX_NAME_LENGTH:
        params = {"length": len(name), "limit": limits.MAX_NAME_LENGTH}
        problems.append(Problem(shown_path, lines.get((index, "name"), line), "name", "too_long", params))
    country = str(entry.get("country") or "CA").strip()
    if not re.fullmatch(r"[A-Z]{2}", country):
        problems.append(Problem(shown_path, lines.get((index, "country"), line), "country", "country", {"value": country}))
    region = None
    if entry.get("region") not in (None, ""):
        region = places.region(entry["region"])
        if region is None:
            code, params = places.region_problem(entry["region"])
            problems.append(Problem(shown_path, lines.get((index, "region"), line), "region", code, params))
    province, province_problem = _province(entry.get("province"), country, region)
    if province_problem:
        problems.append(Problem(shown_path, lines.get((index, "province"), line), "province", "choice", province_problem))
    coordinates: list[float] = []
    for key, low, high in (("latitude", -90, 90), ("longitude", -180, 180)):
        try:
            value = float(entry.get(key))  # type: ignore[arg-type]  # None and other texts: TypeError, ValueError
            if not low <= value <= high:
                raise ValueError
            coordinates.append(value)
        except (TypeError, ValueError):
            code = "required" if entry.get(key) is None else "coordinate"
            params = {"value": entry.get(key), "low": low, "high": high}
            problems.append(Problem(shown_path, lines.get((index, key), line), key, code, params))
    if problems:
        return None, problems
    return Place(name, country, region, coordinates[0], coordinates[1], province=province), []


def _province(value: object, country: str, region: Region | None) -> tuple[str | None, Params | None]:
    """(province, None) or (None, params of a `choice` problem).

    A place with a region is in Quebec (`QC`, or nothing); elsewhere in Canada a
    province is one of the others of PROVINCES; in another country, any ISO
    3166-2 subdivision code (`PDL`, `44`).
    """
    if value in (None, ""):
        return None, None
    text = str(value).strip()
    choices: tuple[str, ...] | None
    if region is not None:
        choices = ("QC",)
    elif country == "CA":
        choices = tuple(sorted(set(PROVINCES) - {"QC"}))
    else:
        choices = None
    if (choices and text in choices) or (choices is None and _SUBDIVISION.fullmatch(text)):
        return (None if text == "QC" and region is not None else text), None
    shown = ", ".join(choices) if choices else "ISO 3166-2 (PDL, 44…)"
    return None, {"value": text, "choices": shown}

