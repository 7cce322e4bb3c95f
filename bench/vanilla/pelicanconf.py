# Vanilla Pelican baseline for bench/run.py: none of maillage's plugins, only a
# minimal YAML front-matter reader, Pelican's default theme, no feeds.
# Run from the repo root: pelican CORPUS -s bench/vanilla/pelicanconf.py -o OUT
SITENAME = "maillage (vanilla)"
SITEURL = ""
TIMEZONE = "America/Toronto"
DEFAULT_LANG = "fr"

PLUGIN_PATHS = ["."]  # relative to this file: bench/vanilla/
PLUGINS = ["yaml_reader"]

DEFAULT_PAGINATION = 10

FEED_ALL_ATOM = None
FEED_ALL_RSS = None
CATEGORY_FEED_ATOM = None
CATEGORY_FEED_RSS = None
TRANSLATION_FEED_ATOM = None
TRANSLATION_FEED_RSS = None
AUTHOR_FEED_ATOM = None
AUTHOR_FEED_RSS = None
TAG_FEED_ATOM = None
TAG_FEED_RSS = None

CACHE_CONTENT = False
LOAD_CONTENT_CACHE = False
