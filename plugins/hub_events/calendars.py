"""Which calendars exist: one declared table, as Hugo declares its outputs.

Each family says where its files go in each language and which events it holds. A
family with a key gives one calendar per key value (a region, an organizer, a category,
an event); the whole site gives one. Every calendar exists in French and in English, with
the same events (and the same UIDs: a subscriber to both never sees an event twice under
two identities); the English one shows each event in English when it is translated.

A calendar's title is the family's words (a message of the gettext catalog, French source)
around the key's name: `titles` has an entry for each language that has words of its own
for it (French always), so a page can say when a title stays French.
"""

from dataclasses import dataclass
from typing import Callable

from hub_core import urls
from hub_core.i18n import Catalogs, N_
from hub_core.listing_pages import LANGUAGES


@dataclass(frozen=True)
class Family:
    name: str
    paths: dict  # {lang: relative output path}; {slug} is the key's slug
    keys: Callable  # event -> [(slug, {lang: name})] of the calendars it belongs to; French always
    title: str  # the French words (a catalog message); %(name)s is the key's name


def translation(item, lang):
    """The item's translation in `lang` when it has one, else the item itself."""
    if getattr(item, "lang", lang) == lang:
        return item
    return next((t for t in getattr(item, "translations", None) or () if t.lang == lang), item)


def _own_titles(item):
    """{lang: title} of an item in the languages it is written in."""
    return {lang: translation(item, lang).title for lang in LANGUAGES if translation(item, lang).lang == lang}


def _everything(event):
    return [("", {"fr": ""})]


def _region(event):
    region = getattr(event, "region", None)
    return [(region.slug, {"fr": region.name("fr"), "en": region.name("en")})] if region else []


def _organizer(event):
    link = getattr(event, "organizer_link", None)
    if isinstance(getattr(event, "organizer", None), str) and link:
        return [(event.organizer, {"fr": link["name"]})]
    return []


def _category(event):
    category = getattr(event, "category", None)
    return [(category.slug, {"fr": category.name})] if category else []


def _event(event):
    return [(event.slug, {"fr": event.title, **_own_titles(event)})] if event.hub_type == "event" else []


def _mission(event):
    return [(event.slug, {"fr": event.title, **_own_titles(event)})] if event.hub_type == "mission" else []


OWN_FILES = ("mission", "event")  # one calendar file per item


def in_folder(page):
    """{lang: path} of the calendars in the folder of a key's page: `regions/{slug}/calendrier.ics`."""
    return {lang: urls.calendar_url(page, "{slug}", lang) for lang in LANGUAGES}


def beside(page):
    """{lang: path} of the calendars beside the pages of a page's folder: `evenements/{slug}.ics`."""
    return {lang: urls.own_calendar_url(page, "{slug}", lang) for lang in LANGUAGES}


def at_home():
    """{lang: path} of the whole site's calendar: `calendrier.ics`, `en/calendar.ics`."""
    return {lang: urls.page_url("home", lang) + urls.CALENDAR_FILES[lang] for lang in LANGUAGES}


EVENTS_OF = N_("Événements — %(name)s")
ITS_NAME = "%(name)s"  # the item's own title, no words around it
FAMILIES = (
    Family("all", at_home(), _everything, N_("Tous les événements")),
    Family("region", in_folder("regions"), _region, EVENTS_OF),
    Family("organizer", in_folder("directory"), _organizer, EVENTS_OF),
    # Category pages are French only (the editors' words), their calendars are not: the
    # English segment of hub_core.urls.PAGES["categories"].
    Family("category", in_folder("categories"), _category, EVENTS_OF),
    Family("mission", in_folder("missions"), _mission, ITS_NAME),
    Family("event", beside("events"), _event, ITS_NAME),
)
# An event's calendars (`item.calendars`), by family name, in the order its page lists them:
# its own file (OWN_FILES), then the shared ones it belongs to; the whole site's ("all") is not one.
ITEM_CALENDARS = (*OWN_FILES, "region", "organizer", "category")


def named(names: tuple[str, ...]) -> list[Family]:
    """The FAMILIES rows of these names, in the order of `names`: tables are read by name, never by position."""
    rows = {family.name: family for family in FAMILIES}
    return [rows[name] for name in names]


@dataclass
class CalendarFile:
    family: str
    slug: str
    lang: str  # the language of its words: "fr" or "en"
    path: str
    titles: dict  # {lang: title} for the languages that have words for it: French always
    names: dict  # {lang: the key's name} ("" for the whole site): French always
    events: list  # the French events; the file shows each in `lang` when translated

    @property
    def title(self):
        """The title in the file's language, else the French one: the name the file carries."""
        return self.titles.get(self.lang, self.titles["fr"])


def titles_of(family, names, words):
    """{lang: title} of one calendar, for the languages that have words for it."""
    titles = {}
    for lang in LANGUAGES:
        if lang in names or (family.title != ITS_NAME and words.has(lang, family.title)):
            titles[lang] = words.gettext(lang, family.title, name=names.get(lang, names["fr"]))
    return titles


def plan(events, words: Catalogs):
    """Every calendar file to write, in each language, with its events, in a stable order."""
    files = {}
    for family in FAMILIES:
        for event in events:
            for slug, names in family.keys(event):
                for lang, path in family.paths.items():
                    path = path.format(slug=slug)
                    if path not in files:
                        files[path] = CalendarFile(family.name, slug, lang, path, titles_of(family, names, words), names, [])
                    files[path].events.append(event)
    return [files[path] for path in sorted(files)]
