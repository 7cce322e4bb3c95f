"""The English listing pages under /en/: the French listing templates rendered with `lang="en"`.

Which listing pages exist in English is `ENGLISH_PAGES` (a Jinja global, `english_pages`):
base.html links them on English pages and links the French ones (hreflang="fr-CA") otherwise.
Other plugins' context (events, posts) is read only here, when writing.
"""

from pelican.generators import Generator

from hub_core.settings import plugin_settings
from hub_core.urls import page_url

# listing page name (hub_core.urls.PAGES) -> template
ENGLISH_PAGES = {"home": "index", "events": "events", "events_archive": "events_archive"}


def home_posts(context, count):
    """The latest English posts, else the latest posts (in French, and marked so)."""
    latest = context.get("latest_posts", [])
    english = [a for a in latest if a.lang == "en"]
    return (english or latest)[:count]


class EnglishPagesGenerator(Generator):
    def generate_context(self):
        pass

    def generate_output(self, writer):
        from .context import DEFAULTS

        options = plugin_settings(self.settings, "HUB_SITE", DEFAULTS)
        extra = {"home_posts": home_posts(self.context, options["home_posts"])}
        for name, template in ENGLISH_PAGES.items():
            url = page_url(name, "en")
            writer.write_file(url + "index.html", self.get_template(template), self.context, lang="en", url=url, **(extra if name == "home" else {}))


def get_generators(pelican):
    """get_generators: the English listing pages."""
    return EnglishPagesGenerator
