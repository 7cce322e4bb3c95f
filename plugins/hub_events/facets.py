"""Pre-built filtered listings of upcoming events: by region, format, category.

They are plain pages (`/evenements/region/bas-saint-laurent/`…), so filtering
works without JavaScript and each filtered list has its own address. Each one is
written in French and English (hub_core.listing_pages); its title says which:

    facet.title_in("en")       # "North Shore", "In person", "Conférences"
    facet.title_language("en") # "en", "en", "fr": a category's name is the editors' French
"""

from dataclasses import dataclass, field

from hub_core.i18n import N_, words
from hub_core.items import slugify
from hub_core.listing_pages import LANGUAGES
from hub_core.urls import key_url

from .context import by_month, next_of_each

# event format -> (slug, French title marked for the catalog: theme/translations has the English)
FORMATS = {
    "in-person": ("en-personne", N_("En personne")),
    "online": ("en-ligne", N_("En ligne")),
    "hybrid": ("hybride", N_("Hybride")),
}
GROUPS = ("region", "format", "category")
PAGES = {"region": "events_by_region", "format": "events_by_format", "category": "events_by_category"}  # facet group -> hub_core.urls.PAGES


@dataclass
class Facet:
    group: str  # its group: region, format, category
    slug: str
    titles: dict  # {lang: title}: French always; English when the title has an English form
    occurrences: list = field(default_factory=list)

    @property
    def title(self):
        """The French title."""
        return self.titles["fr"]

    def title_in(self, lang):
        """The title on a page in `lang`: its English form, or as written (French) when it has none."""
        return self.titles.get(lang, self.title)

    def title_language(self, lang):
        """The language `title_in(lang)` is written in."""
        return lang if lang in self.titles else "fr"

    @property
    def url(self):
        return key_url(PAGES[self.group], self.slug)

    @property
    def save_as(self):
        return self.url + "index.html"

    @property
    def by_month(self):
        return by_month(next_of_each(self.occurrences))

    @property
    def events(self):
        seen = []
        for occurrence in self.occurrences:
            if occurrence.event not in seen:
                seen.append(occurrence.event)
        return seen


def _values(event, terms=None):
    """(group, slug, {lang: title}) of each facet the event is in; a category's English title
    comes from content/data/translations.yml (hub_core.terms), when it gives one."""
    region = getattr(event, "region", None)
    if region:
        yield "region", region.slug, {lang: region.name(lang) for lang in LANGUAGES}
    fmt = "online" if getattr(event, "event_status", "") == "moved-online" else event.format
    slug, title = FORMATS[fmt]
    yield "format", slug, {lang: words(lang, title) for lang in LANGUAGES}
    category = getattr(event, "category", None)
    if category:
        titles = {"fr": category.name}
        if terms is not None and terms.language_of("categories", category.name, "en") == "en":
            titles["en"] = terms.name_in("categories", category.name, "en")
        yield "category", category.slug, titles


def facets(upcoming_occurrences, terms=None):
    """{group: [Facet]} for every value some upcoming event has, sorted by French title."""
    found = {}
    for occurrence in upcoming_occurrences:
        for group, slug, titles in _values(occurrence.event, terms):
            facet = found.setdefault((group, slug), Facet(group, slug, titles))
            facet.occurrences.append(occurrence)
    return in_order({group: [f for f in found.values() if f.group == group] for group in GROUPS}, "fr")


def in_order(grouped, lang):
    """{group: [Facet]}, each group's facets sorted by their title in `lang`.

    Accents folded: Montérégie before Montréal, Éducation before Santé; in English,
    the North Shore (Côte-Nord) among the N.
    """

    def order(facet):
        title = facet.title_in(lang)
        return slugify(title), title, facet.slug

    return {group: sorted(members, key=order) for group, members in grouped.items()}
