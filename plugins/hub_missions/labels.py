"""A mission's status named on pages: the Jinja global `mission_status_label`, registered on
`initialized` (hub_missions/__init__.py). The statuses are `itinerary.status`'s; their names are
in the catalog and written as the page's `_()` writes them.
"""

from jinja2 import pass_context

from hub_core.i18n import N_
from hub_core.labels import in_page_words

# mission status (itinerary.status) -> its badge: `En cours`, `Under way`
STATUS_LABELS = {
    "upcoming": N_("À venir"),
    "current": N_("En cours"),
    "past": N_("Terminée"),
}


@pass_context
def mission_status_label(context, status, lang=None):
    """`À venir`, `En cours`, `Terminée`, in `lang` or the page's language; '' for another value."""
    message = STATUS_LABELS.get(status)
    return in_page_words(context, message, lang) if message else ""


GLOBALS = {"mission_status_label": mission_status_label}


def add_globals(pelican):
    """initialized: the missions' Jinja global, before templates are loaded."""
    pelican.settings.setdefault("JINJA_GLOBALS", {}).update(GLOBALS)
