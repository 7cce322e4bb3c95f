"""Search: sitemap.xml with hreflang alternates and robots.txt (Pagefind: hub_output, inside the build)."""

from pelican import signals

from .sitemap import check_settings, write_sitemap_and_robots


def register():
    signals.initialized.connect(check_settings)
    signals.finalized.connect(write_sitemap_and_robots)
