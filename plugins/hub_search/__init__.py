"""Search: synonyms indexed with each page, sitemap.xml with hreflang alternates and robots.txt
(Pagefind: hub_output, inside the build)."""

from pelican import signals

from .sitemap import check_settings, get_generators
from .synonyms import add_globals


def register() -> None:
    signals.initialized.connect(check_settings)
    signals.initialized.connect(add_globals)
    signals.get_generators.connect(get_generators)
