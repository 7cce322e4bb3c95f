"""Local preview settings for maillage. `make build` and `make serve` use this file."""

import sys
from pathlib import Path

# Our plugins and their shared library live in plugins/. They are imported here
# so that a plugin that cannot load stops the build instead of being skipped.
PLUGINS_DIR = str(Path(__file__).resolve().parent / "plugins")
if PLUGINS_DIR not in sys.path:
    sys.path.insert(0, PLUGINS_DIR)
import hub_chronicles  # noqa: E402
import hub_digest  # noqa: E402
import hub_directory  # noqa: E402
import hub_events  # noqa: E402
import hub_feeds  # noqa: E402
import hub_frontmatter  # noqa: E402
import hub_missions  # noqa: E402
import hub_output  # noqa: E402
import hub_resources  # noqa: E402
import hub_search  # noqa: E402
import hub_series  # noqa: E402
import hub_site  # noqa: E402
from hub_core import urls  # noqa: E402

SITENAME = "maillage"
SITESUBTITLE = "Le carrefour des événements numériques et du réseautage d'affaires au Québec"
SITESUBTITLE_EN = "Quebec's hub for digital-technology events and business networking"  # English pages and feed
SITEURL = ""
SITE_DOMAIN = "maillage.quebec"  # IDs of calendar events and feed items; never change it
PUBLIC_SITEURL = "https://maillage.quebec"  # absolute links in calendars, feeds, JSON-LD

PATH = "content"
OUTPUT_PATH = "output"
THEME = "theme"
DELETE_OUTPUT_DIRECTORY = True  # hub_output builds into a fresh folder beside output/, swapped in on success
OUTPUT_RETENTION = []

TIMEZONE = "America/Toronto"
TIMEZONE_CITY = "Montréal"  # "(3 h à 12 h à Montréal)" beside times abroad
DEFAULT_LANG = "fr"
LOCALE = ("C",)
# Calendars' DTSTAMP/SEQUENCE and feeds' <updated> from each file's git history (README: hub_frontmatter).
REVISIONS_FROM_GIT = True

PLUGIN_PATHS = [PLUGINS_DIR]
PLUGINS = [
    hub_frontmatter, hub_site, hub_events, hub_feeds,
    hub_series, hub_chronicles, hub_missions, hub_directory, hub_resources, hub_search, hub_digest, hub_output,
]

# Content folders: the type of an item comes from its folder.
ARTICLE_PATHS = ["events", "blog", "chronicles", "missions"]
PAGE_PATHS = ["pages", "directory"]
STATIC_PATHS = ["images", "files"]  # files: documents named by resources' `file` (hub_resources)
ARTICLE_TRANSLATION_ID = "hub_key"
PAGE_TRANSLATION_ID = "hub_key"
ARTICLE_ORDER_BY = "reversed-hub_order"  # newest first; same date: by file path
PAGE_ORDER_BY = "hub_source"
USE_FOLDER_AS_CATEGORY = False  # the folder gives the content type, not a theme
DEFAULT_CATEGORY = ""  # an item without `category` has none

# Addresses (each item's own is set by hub_frontmatter from its type).
ARTICLE_URL = ARTICLE_SAVE_AS = ""
ARTICLE_LANG_URL = ARTICLE_LANG_SAVE_AS = ""
PAGE_URL = PAGE_SAVE_AS = ""
PAGE_LANG_URL = PAGE_LANG_SAVE_AS = ""
DRAFT_URL = DRAFT_SAVE_AS = DRAFT_LANG_URL = DRAFT_LANG_SAVE_AS = ""
DRAFT_PAGE_URL = DRAFT_PAGE_SAVE_AS = DRAFT_PAGE_LANG_URL = DRAFT_PAGE_LANG_SAVE_AS = ""
ARCHIVES_SAVE_AS = ""
YEAR_ARCHIVE_SAVE_AS = MONTH_ARCHIVE_SAVE_AS = DAY_ARCHIVE_SAVE_AS = ""
# Listing pages Pelican writes, and their addresses: hub_core/urls.py spells every address once.
# To add a listing page: a row in urls.PAGES and urls.DIRECT_TEMPLATES, and its template.
DIRECT_TEMPLATES = [*urls.DIRECT_TEMPLATES.values(), "404"]  # 404.html: Pelican's default address
# INDEX_SAVE_AS, EVENTS_SAVE_AS…, TAG_URL, TAG_SAVE_AS, CATEGORY_…, AUTHOR_…, TAGS_SAVE_AS…
globals().update(urls.pelican_settings())
PAGINATED_TEMPLATES = {}
DEFAULT_PAGINATION = False
SLUGIFY_SOURCE = "title"

# Feeds are written by hub_feeds (feedgen); Pelican's own are off.
FEED_ALL_ATOM = FEED_ALL_RSS = None
CATEGORY_FEED_ATOM = CATEGORY_FEED_RSS = None
TAG_FEED_ATOM = TAG_FEED_RSS = None
AUTHOR_FEED_ATOM = AUTHOR_FEED_RSS = None
TRANSLATION_FEED_ATOM = TRANSLATION_FEED_RSS = None

MARKDOWN = {
    "extension_configs": {
        "markdown.extensions.extra": {},
        "markdown.extensions.toc": {"permalink": False},
        # smarty's typography and settings, same HTML, in one pass (plugins/hub_frontmatter/typography.py)
        "hub_frontmatter.typography": {
            "smart_angled_quotes": True,
            "substitutions": {
                "left-double-quote": "«&nbsp;",
                "right-double-quote": "&nbsp;»",
            },
        },
    },
    "output_format": "html5",
}
# Per language, extension settings that replace those above: English text gets English curly
# quotes (“ ”), not the French guillemets.
MARKDOWN_BY_LANG = {"en": {"hub_frontmatter.typography": {}}}

JINJA_ENVIRONMENT = {
    "autoescape": True,
    "trim_blocks": True,
    "lstrip_blocks": True,
    "extensions": ["jinja2.ext.i18n"],  # UI strings: theme/translations (see README: hub_site)
}

# Content cache: a rebuild reads only changed files.
CACHE_CONTENT = True
LOAD_CONTENT_CACHE = True
CACHE_PATH = ".cache/pelican"
CHECK_MODIFIED_METHOD = "md5"

HUB_SITE = {"home_events": 6, "home_posts": 4}  # see README: hub_site
HUB_EVENTS = {"horizon_days": 730, "refresh_hours": 6, "default_duration": 120}  # see README: hub_events
HUB_FEEDS = {"max_items": 50}  # see README: hub_feeds
HUB_DIGEST = {"first_week": "2026-W40", "weeks_ahead": 2}  # see plugins/hub_digest/README.md
HUB_OUTPUT = {"search_index": True, "compress": False, "workers": 0}  # workers: 0 = one process per core, 1 = one; see plugins/hub_output/README.md
HUB_DIRECTORY = {"nearby_km": 150, "recent_posts": 6, "past_events": 12}  # see plugins/hub_directory/README.md
HUB_RESOURCES = {"feed_items": 50}  # see plugins/hub_resources/README.md
