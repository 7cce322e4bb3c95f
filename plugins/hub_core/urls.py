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
}


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
