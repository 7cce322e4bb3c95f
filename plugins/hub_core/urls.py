"""The site's address scheme (shared/design.md): French first, English under /en/."""

# content type -> (French segment, English segment)
SEGMENTS = {
    "event": ("evenements", "events"),
    "post": ("blogue", "blog"),
    "chronicle": ("chroniques", "columns"),
    "mission": ("missions", "missions"),
    "report": ("missions", "missions"),
    "directory": ("repertoire", "directory"),
    "page": ("", ""),
}

# Listing pages, by language.
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
    "newsletter": ("infolettre/", "newsletter/"),
    "resources": ("ressources/", "resources/"),
    "resources_by_kind": ("ressources/type/", "resources/kind/"),
    "resources_by_topic": ("ressources/theme/", "resources/topic/"),
    "resources_by_year": ("ressources/annee/", "resources/year/"),
}

# Listing pages Pelican writes from its own lists (terms of the editors' French text): French only.
FRENCH_ONLY = frozenset({"tags", "categories", "authors"})
ENGLISH_PAGES = tuple(name for name in PAGES if name not in FRENCH_ONLY)


def language_prefix(lang):
    return "en/" if lang == "en" else ""


def item_url(kind, lang, slug, parent=""):
    """Relative URL of an item, ending with a slash: `evenements/slug/`."""
    french, english = SEGMENTS[kind]
    segment = english if lang == "en" else french
    parts = [segment] if segment else []
    if kind in ("chronicle", "report") and parent:
        parts.append(parent)
    if kind != "mission":
        parts.append(slug)
    else:
        parts.append(parent or slug)
    return language_prefix(lang) + "/".join(parts) + "/"


def page_url(name, lang="fr"):
    french, english = PAGES[name]
    return language_prefix(lang) + (english if lang == "en" else french)


def listing_url(url, lang):
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
