"""Listing pages written by the plugins (a region, a series, a column…), in French and English.

    write_listing(writer, "regions/gaspesie/", template, context, region_page=page)

writes `regions/gaspesie/index.html` and `en/regions/gaspesie/index.html` (hub_core.urls.listing_url)
from the same template, with `lang` ("fr" or "en") and `url` set; the template gives its words
in `lang` (`_()`) and shows each item in `lang` when it is translated (`|in_language(lang)`).
"""

from jinja2 import Template

from . import urls
from .shapes import Context, Writer

LANGUAGES = ("fr", "en")


def write_listing(writer: Writer, url: str, template: Template, context: Context, **variables: object) -> None:
    """Write the listing page at the French address `url` and at its English address."""
    for lang in LANGUAGES:
        address = urls.listing_url(url, lang)
        writer.write_file(address + "index.html", template, context, lang=lang, url=address, **variables)
