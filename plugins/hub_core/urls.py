"""The site's address scheme (shared/design.md): French first, English under /en/.

Every address is spelled here once, in French and in English: the listing pages and the
folders under them (PAGES), the folder of each content type (TYPE_PAGES, from PAGES), the
calendar file names (CALENDAR_FILES), the data files (DATA_FILES), the listing pages Pelican
writes (DIRECT_TEMPLATES) and Pelican's address settings for them (pelican_settings, which
pelicanconf.py reads). Plugins build theirs with page_url, key_url and item_url, templates with
the same functions (Jinja globals registered by hub_site); a test
(tests/unit/hub_core/test_addresses.py) refuses an address spelled anywhere else in plugins/,
theme/templates/ (feed.xsl, the feeds' stylesheet, included) or theme/static/.
"""

# Listing pages and the folders of their filtered pages, by name: (French, English).
PAGES = {
    "home": ("", ""),
    "events": ("evenements/", "events/"),
    "events_archive": ("evenements/archives/", "events/archive/"),
    "calendar": ("calendrier/", "calendar/"),
    "blog": ("blogue/", "blog/"),
    "chronicles": ("chroniques/", "columns/"),
    "missions": ("missions/", "missions/"),
    "regions": ("regions/", "regions/"),
    "directory": ("repertoire/", "directory/"),
    "tags": ("etiquettes/", "tags/"),
    "categories": ("categories/", "categories/"),
    "authors": ("auteurs/", "authors/"),
    "subscribe": ("abonnements/", "subscribe/"),
    "search": ("recherche/", "search/"),
    "series": ("series/", "series/"),
    "events_by_category": ("evenements/categorie/", "events/category/"),
    "events_by_region": ("evenements/region/", "events/region/"),
    "events_by_format": ("evenements/format/", "events/format/"),
    "directory_by_kind": ("repertoire/type/", "directory/type/"),
    "newsletter": ("infolettre/", "newsletter/"),
    "resources": ("ressources/", "resources/"),
    "resources_by_kind": ("ressources/type/", "resources/kind/"),
    "resources_by_topic": ("ressources/theme/", "resources/topic/"),
    "resources_by_region": ("ressources/region/", "resources/region/"),
    "resources_by_year": ("ressources/annee/", "resources/year/"),
}

# content type -> the listing page whose folder holds its items
TYPE_PAGES = {
    "event": "events",
    "post": "blog",
    "chronicle": "chronicles",
    "mission": "missions",
    "report": "missions",
    "directory": "directory",
    "page": "home",
}
# content type -> (French segment, English segment): `evenements`, `events`
SEGMENTS = {content_type: tuple(folder.rstrip("/") for folder in PAGES[page]) for content_type, page in TYPE_PAGES.items()}

# A calendar's file in a page's folder (`regions/<slug>/calendrier.ics`), by language.
CALENDAR_FILES = {"fr": "calendrier.ics", "en": "calendar.ics"}

# Data files others reuse, by name: (the listing page whose folder holds it, its file name).
# One file for both languages: `repertoire/repertoire.json`.
DATA_FILES = {
    "directory_json": ("directory", "repertoire.json"),
    "directory_geojson": ("directory", "repertoire.geojson"),
}

# The stylesheet every RSS and Atom file names (`<?xml-stylesheet href="/theme/feed.xsl"?>`), in the
# theme's folder of the output; hub_site writes it from the template feed.xsl.
FEED_STYLESHEET = "theme/feed.xsl"

# Listing pages Pelican writes from its own lists (terms of the editors' French text): French only.
FRENCH_ONLY = frozenset({"tags", "categories", "authors"})
ENGLISH_PAGES = tuple(name for name in PAGES if name not in FRENCH_ONLY)

# Listing pages Pelican writes (its DIRECT_TEMPLATES, with 404): page name -> template. hub_site
# writes the English ones a second time, at their English address.
DIRECT_TEMPLATES = {
    "home": "index",
    "events": "events",
    "events_archive": "events_archive",
    "blog": "blog",
    "chronicles": "chronicles",
    "missions": "missions",
    "directory": "directory",
    "regions": "regions",
    "categories": "categories",
    "tags": "tags",
    "authors": "authors",
    "subscribe": "subscribe",
    "search": "search",
}
# Pelican's pages of one term (a tag…): its URL wrapper's setting prefix -> listing page name.
TERM_PAGES = {"TAG": "tags", "CATEGORY": "categories", "AUTHOR": "authors"}


def language_prefix(lang: str) -> str:
    return "en/" if lang == "en" else ""


def item_url(content_type: str, lang: str, slug: str, parent: str = "") -> str:
    """Relative URL of an item, ending with a slash: `evenements/slug/`."""
    french, english = SEGMENTS[content_type]
    segment = english if lang == "en" else french
    parts = [segment] if segment else []
    if content_type in ("chronicle", "report") and parent:
        parts.append(parent)
    if content_type != "mission":
        parts.append(slug)
    else:
        parts.append(parent or slug)
    return language_prefix(lang) + "/".join(parts) + "/"


def page_url(name: str, lang: str = "fr") -> str:
    """The address of the listing page `name` in `lang`: `evenements/`, `en/events/`."""
    french, english = PAGES[name]
    return language_prefix(lang) + (english if lang == "en" else french)


def folder(name: str) -> str:
    """The French folder of the listing page `name`, without its slash: `blogue` (a type feed's key)."""
    return PAGES[name][0].rstrip("/")


def key_url(name: str, slug: str, lang: str = "fr") -> str:
    """The address of one key's page in the folder of page `name`: `regions/gaspesie/`.

    `slug` may be the pattern `{slug}` (the tables of calendars and feeds format it later).
    """
    return page_url(name, lang) + slug + "/"


def calendar_url(name: str, slug: str, lang: str = "fr") -> str:
    """The calendar file of one key's page: `regions/gaspesie/calendrier.ics`, `en/regions/gaspesie/calendar.ics`."""
    return key_url(name, slug, lang) + CALENDAR_FILES[lang]


def own_calendar_url(name: str, slug: str, lang: str = "fr") -> str:
    """An item's own calendar file, beside the pages of page `name`'s folder: `evenements/atelier.ics`,
    `en/events/atelier.ics` (`slug` may be the pattern `{slug}`)."""
    return page_url(name, lang) + slug + ".ics"


def data_file_url(name: str) -> str:
    """The address of the data file `name` of DATA_FILES: `repertoire/repertoire.json`."""
    page, file_name = DATA_FILES[name]
    return page_url(page) + file_name


def pelican_settings() -> dict[str, str]:
    """Pelican's address settings for what it writes, from PAGES: `EVENTS_SAVE_AS`,
    `TAG_URL`, `TAG_SAVE_AS`… (pelicanconf.py takes them all; 404.html keeps Pelican's default).

    >>> settings = pelican_settings()
    >>> settings["EVENTS_SAVE_AS"], settings["TAG_URL"]
    ('evenements/index.html', 'etiquettes/{slug}/')
    """
    settings = {template.upper() + "_SAVE_AS": page_url(name) + "index.html" for name, template in DIRECT_TEMPLATES.items()}
    for prefix, name in TERM_PAGES.items():
        settings[prefix + "_URL"] = key_url(name, "{slug}")
        settings[prefix + "_SAVE_AS"] = key_url(name, "{slug}") + "index.html"
    return settings


def listing_url(url: str, lang: str) -> str:
    """The address in `lang` of the listing page at the French address `url`.

    `evenements/region/gaspesie/` -> `en/events/region/gaspesie/`, `calendrier/2026/12/` ->
    `en/calendar/2026/12/`: the longest French prefix of PAGES gives the English one, the rest
    is kept. For listing pages only (an item's English address is its translation's `url`);
    a page that exists in French only (FRENCH_ONLY) keeps its French address.
    """
    if lang != "en" or url.startswith("en/"):
        return url
    if url == "":
        return "en/"
    prefixes = [(french, english) for name, (french, english) in PAGES.items() if french and url.startswith(french)]
    if not prefixes:
        return url
    french, english = max(prefixes, key=lambda pair: len(pair[0]))
    if any(PAGES[name][0] == french for name in FRENCH_ONLY):
        return url
    return "en/" + english + url[len(french):]
