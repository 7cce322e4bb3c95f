"""Search: synonyms indexed with each page, sitemap.xml with hreflang alternates and robots.txt
(Pagefind: hub_output, inside the build)."""

from pelican import signals

from .sitemap import check_settings, write_sitemap_and_robots
from .synonyms import add_synonyms


def register():
    signals.initialized.connect(check_settings)
    signals.content_object_init.connect(add_synonyms)
    signals.finalized.connect(write_sitemap_and_robots)
