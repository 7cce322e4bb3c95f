"""Which feeds exist: one declared table of feed families.

Each family names where its two files go (`<base>rss.xml`, `<base>atom.xml`),
its title, and which keys an item gives it. Every item of a family's key gets
into that feed, newest first, up to HUB_FEEDS["max_items"].
A title is a message of the gettext catalog (French source, hub_core.i18n) around the
site's name and the key's title, in the feed's language: « maillage — Série : … »,
"maillage (English)".
"""

from dataclasses import dataclass
from typing import Callable

from hub_core import urls
from hub_core.i18n import Catalogs, N_
from hub_core.items import slugify
from hub_core.typography import typeset

# Content type -> title of its feed, in the folder of its listing page (hub_core.urls.TYPE_PAGES);
# the type feeds are French, so their titles are the catalog's source words.
TYPE_FEEDS = {
    "event": N_("Événements"),
    "post": N_("Blogue"),
    "chronicle": N_("Chroniques"),
    "mission": N_("Missions et carnets de route"),
    "report": N_("Missions et carnets de route"),
}


@dataclass(frozen=True)
class Family:
    name: str
    base: str  # folder of rss.xml and atom.xml; {slug} is the key's slug
    page: str  # the HTML page the feed is about
    title: str  # the catalog's message: %(site)s is the site's name, %(title)s the key's title
    keys: Callable  # item -> [(slug, title)]


def _site(item):
    return [("", "")] if item.lang == "fr" else []


def _english(item):
    return [("", "")] if item.lang == "en" else []


def _type(item):
    """The feed of the item's type: its slug is the French folder (`evenements`), as the templates' feed_index keys."""
    if item.lang != "fr" or item.hub_type not in TYPE_FEEDS:
        return []
    return [(urls.folder(urls.TYPE_PAGES[item.hub_type]), TYPE_FEEDS[item.hub_type])]


def _region(item):
    region = getattr(item, "region", None)
    return [(region.slug, region.name_fr)] if region and item.lang == "fr" else []


def _series(item):
    title = getattr(item, "series", None)
    return [(slugify(title), title)] if title and item.lang == "fr" else []


def _column(item):
    title = getattr(item, "column", None) if item.hub_type == "chronicle" else None
    return [(slugify(title), title)] if title and item.lang == "fr" else []


def _mission(item):
    if item.lang != "fr":
        return []
    if item.hub_type in ("mission", "report") and item.hub_parent:
        mission = getattr(item, "mission_item", None)
        return [(item.hub_parent, item.title if item.hub_type == "mission" else (mission.title if mission else item.hub_parent))]
    mission = getattr(item, "mission_item", None)
    return [(mission.slug, mission.title)] if mission else []


def _organizer(item):
    link = getattr(item, "organizer_link", None)
    organizer = getattr(item, "organizer", None)
    return [(organizer, link["name"])] if isinstance(organizer, str) and link and item.lang == "fr" else []


def _category(item):
    category = getattr(item, "category", None)
    return [(category.slug, category.name)] if category and item.lang == "fr" else []


def _tags(item):
    # Only what Pelican lists on its tag pages: articles in French (not directory entries).
    listed = item.lang == "fr" and item.hub_type not in ("directory", "mission")
    return [(tag.slug, tag.name) for tag in getattr(item, "tags", None) or []] if listed else []


HOME, ENGLISH_HOME = urls.page_url("home"), urls.page_url("home", "en")
TYPE_FOLDER = "{slug}/"  # the type feeds' slug is their page's folder


def in_folder(page):
    """The folder of a key's page (`regions/{slug}/`): where its feeds go, and the page they are about."""
    return urls.key_url(page, "{slug}")


SITE_NAME = "%(site)s"  # no words around the site's name
SITE_AND_TITLE = "%(site)s — %(title)s"  # nor around the key's title

FAMILIES = (
    Family("site", HOME, HOME, SITE_NAME, _site),
    Family("english", ENGLISH_HOME, ENGLISH_HOME, N_("%(site)s (en anglais)"), _english),
    Family("type", TYPE_FOLDER, TYPE_FOLDER, SITE_AND_TITLE, _type),
    Family("region", in_folder("regions"), in_folder("regions"), SITE_AND_TITLE, _region),
    Family("series", in_folder("series"), in_folder("series"), N_("%(site)s — Série : %(title)s"), _series),
    Family("column", in_folder("chronicles"), in_folder("chronicles"), SITE_AND_TITLE, _column),
    Family("mission", in_folder("missions"), in_folder("missions"), SITE_AND_TITLE, _mission),
    Family("organizer", in_folder("directory"), in_folder("directory"), SITE_AND_TITLE, _organizer),
    Family("category", in_folder("categories"), in_folder("categories"), N_("%(site)s — Catégorie : %(title)s"), _category),
    Family("tag", in_folder("tags"), in_folder("tags"), N_("%(site)s — Étiquette : %(title)s"), _tags),
)
# The language of each family's feeds (the others are French).
FEED_LANGUAGES = {"english": "en"}
# An item's own feeds (`item.feeds`, its page's <head> links), by family name, in this order;
# the whole site's ("site", "english") are every page's, type and tag feeds are not linked.
ITEM_FEEDS = ("region", "series", "column", "mission", "organizer", "category")


def named(names: tuple[str, ...]) -> list[Family]:
    """The FAMILIES rows of these names, in the order of `names`: tables are read by name, never by position."""
    rows = {family.name: family for family in FAMILIES}
    return [rows[name] for name in names]


@dataclass
class Feed:
    family: str
    slug: str
    base: str
    page: str
    title: str
    lang: str
    items: list

    @property
    def rss(self):
        return self.base + "rss.xml"

    @property
    def atom(self):
        return self.base + "atom.xml"


def plan(items, site_name: str, words: Catalogs):
    """Every feed, with its items newest first, in a stable order; titles in `words` (the catalog)."""
    feeds = {}
    for family in FAMILIES:
        for item in items:
            for slug, title in family.keys(item):
                key = (family.name, slug)
                if key not in feeds:
                    base, page = family.base.format(slug=slug), family.page.format(slug=slug)
                    lang = FEED_LANGUAGES.get(family.name, "fr")
                    shown = typeset(str(title), "fr") if title else title  # the keys' names are French
                    name = words.gettext(lang, family.title, site=site_name, title=shown)
                    feeds[key] = Feed(family.name, slug, base, page, name, lang, [])
                if item not in feeds[key].items:
                    feeds[key].items.append(item)
    for feed in feeds.values():
        feed.items.sort(key=lambda i: (i.date, i.hub_source), reverse=True)
    return [feeds[key] for key in sorted(feeds, key=lambda k: feeds[k].base)]
