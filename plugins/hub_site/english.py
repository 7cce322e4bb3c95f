"""The English listing pages under /en/: the French listing templates rendered with `lang="en"`.

The listing pages Pelican writes from DIRECT_TEMPLATES (home, events, blog, regions…) are
written here a second time, in English, at their English address (hub_core.urls.PAGES). The
listing pages the plugins write themselves (a region, a month, a series…) are written in both
languages by `hub_core.listing_pages.write_listing`. Tags, categories and authors stay in French
(hub_core.urls.FRENCH_ONLY): English pages link them with hreflang="fr-CA".
Other plugins' context (events, posts) is read only here, when writing.
"""

from pelican.generators import Generator

from hub_core.settings import plugin_settings
from hub_core.urls import DIRECT_TEMPLATES, FRENCH_ONLY, page_url

from .context import DEFAULTS

# listing page name (hub_core.urls.PAGES) -> its DIRECT_TEMPLATES template, for those with an English page
TEMPLATES = {name: template for name, template in DIRECT_TEMPLATES.items() if name not in FRENCH_ONLY}


def home_posts(context, count):
    """The latest English posts, else the latest posts (in French, and marked so)."""
    latest = context.get("latest_posts", [])
    english = [a for a in latest if a.lang == "en"]
    return (english or latest)[:count]


class EnglishPagesGenerator(Generator):
    def generate_context(self):
        pass

    def generate_output(self, writer):
        options = plugin_settings(self.settings, "HUB_SITE", DEFAULTS)
        extra = {"home_posts": home_posts(self.context, options["home_posts"])}
        written = set(self.settings.get("DIRECT_TEMPLATES", ()))
        for name, template in TEMPLATES.items():
            if template not in written:
                continue
            url = page_url(name, "en")
            variables = extra if name == "home" else {}
            writer.write_file(url + "index.html", self.get_template(template), self.context, lang="en", url=url, **variables)
