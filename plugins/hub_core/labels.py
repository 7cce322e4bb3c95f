"""The words pages show for values of the content model: content types and countries.

One table per kind of value, the value's French label marked with N_() so that `make
translations` puts it in the catalog; a page shows it in its language through the Jinja globals
hub_site registers (`content_type_label`, `country_name`), which translate it as the page's `_()`
does (`in_page_words`). A table a capability owns lives in its plugin and registers its globals the
same way (hub_resources' resource kinds, hub_events' formats and statuses, hub_missions'
statuses); a directory entry's kind comes named (hub_directory's `kind_info`). No template keeps
a table of its own (tests/unit/hub_site/test_labels.py).
"""

from collections.abc import Callable
from typing import cast

from jinja2.runtime import Context

from .i18n import N_

# content type (every one of hub_core.model.TYPES) -> its name: a card's kicker, search's "Type" filter
CONTENT_TYPE_LABELS = {
    "event": N_("Événement"),
    "post": N_("Blogue"),
    "chronicle": N_("Chronique"),
    "mission": N_("Mission"),
    "report": N_("Carnet de route"),
    "directory": N_("Répertoire"),
    "page": N_("Page"),
}

# ISO 3166 code -> the country's name, for the countries of the site's places; another code is shown as is
COUNTRY_NAMES = {
    "CA": N_("Canada"),
    "FR": N_("France"),
    "US": N_("États-Unis"),
    "BE": N_("Belgique"),
    "CH": N_("Suisse"),
    "MX": N_("Mexique"),
    "GB": N_("Royaume-Uni"),
    "DE": N_("Allemagne"),
}


def in_page_words(context: Context, message: str, lang: str | None = None) -> str:
    """`message` as the page's `_()` writes it (hub_site.i18n): in `lang`, else the page's language."""
    translate = cast("Callable[..., str]", context.environment.globals["_"])  # hub_site.i18n's _(): Markup, a str
    return cast(str, context.call(translate, message, lang=lang))
