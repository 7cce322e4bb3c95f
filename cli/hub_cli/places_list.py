"""`hub places [SEARCH]`: the municipalities and places the site knows, with their region.

The built-in table (hub_core/data/municipalities.csv) and the site's
content/data/places.yml, one line each, in name order. A search keeps the places
whose name, or region, contains it, compared as the lookup compares names
(hub_core.places.normalize: accents, case, hyphens and `St-` ignored).
"""

from dataclasses import dataclass

from babel import Locale

from hub_core.i18n import N_, ngettext, words
from hub_core.places import PROVINCES, Place, Places, normalize

LOCALES = {"fr": Locale.parse("fr_CA"), "en": Locale.parse("en_CA")}


@dataclass(frozen=True)
class Listed:
    place: Place
    from_site: bool  # from content/data/places.yml


def where(place: Place, lang: str) -> str:
    """`Bas-Saint-Laurent (region: bas-saint-laurent)`, `Ontario, Canada`, `France`."""
    if place.region is not None:
        return f"{place.region.name(lang)} (region: {place.region.slug})"
    country = LOCALES[lang].territories.get(place.country, place.country)
    if place.country == "CA" and place.province in PROVINCES:
        return f"{PROVINCES[place.province][1 if lang == 'en' else 0]}, {country}"
    return country


def matches(place: Place, key: str) -> bool:
    if not key:
        return True
    names = [place.name, where(place, "fr"), where(place, "en")]
    return any(key in normalize(name) for name in names)


def search(places: Places, builtin: tuple, text: str = "") -> list:
    """[Listed] of the places whose name or region contains `text`, in name order."""
    key = normalize(text or "")
    ours = set(builtin)
    return [Listed(place, place not in ours) for place in places if matches(place, key)]


def lines(found: list, total: int, text: str, lang: str) -> list:
    """What `hub places` prints: one line a place, then a count (or what to do when nothing matched)."""
    result = []
    for listed in found:
        line = f"{listed.place.name} — {where(listed.place, lang)}"
        if listed.from_site:
            line += " [content/data/places.yml]"
        result.append(line)
    if not found:
        result.append(words(lang, N_("Aucun lieu connu du site ne correspond à « %(text)s ». Au Québec, ajoutez aussi `region:` "
                                     "à l'événement ou à la fiche ; ailleurs (ou pour la placer exactement sur les cartes), "
                                     "ajoutez-la à content/data/places.yml."), text=text))
    elif text:
        result.append(f"{count(len(found), lang)} / {total}.")
    else:
        result.append(f"{count(total, lang)}.")
    return result


def count(number: int, lang: str) -> str:
    return ngettext("%(num)d lieu", "%(num)d lieux", number, lang=lang)
