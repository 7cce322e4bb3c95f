"""The feeds' stylesheet: what a browser shows for an RSS or Atom file of the site.

Every feed (hub_feeds, hub_digest, hub_resources) names `hub_core.urls.FEED_STYLESHEET`
(`theme/feed.xsl`) in its `<?xml-stylesheet?>`. The file is the template `feed.xsl` of the
theme, rendered once per build with the templates' globals (its links to the subscription page:
`page_url('subscribe', 'fr')`, so no address is spelled outside hub_core/urls.py), and written
through the build's writer. Its last newline is kept (Jinja drops it by default), so the file is
the XSLT as written.
"""

from pelican.generators import Generator

from hub_core.urls import FEED_STYLESHEET
from hub_core.writer import file_writer

TEMPLATE = "feed.xsl"


def render_stylesheet(environment) -> bytes:
    """The feeds' XSLT, from the template of `environment`'s theme (its globals: hub_site's addresses)."""
    return environment.overlay(keep_trailing_newline=True).get_template(TEMPLATE).render().encode("utf-8")


class StylesheetGenerator(Generator):
    def generate_context(self):
        pass

    def generate_output(self, writer):
        file_writer(self.context, self.output_path).write(FEED_STYLESHEET, render_stylesheet(self.env), "hub_site")
