"""An event's format and status named on pages: the Jinja globals `event_format_label` and
`event_status_label`, registered on `initialized` (hub_events/__init__.py).

The formats' names are the format pages' titles (`facets.FORMATS`); the statuses' are here, one
per status of the content model but `scheduled` (hub_core.model.EVENT_STATUSES), which says
nothing. Both are in the catalog and written as the page's `_()` writes them.
"""

from jinja2 import pass_context

from hub_core.i18n import N_
from hub_core.labels import in_page_words

from .facets import FORMATS

DEFAULT_FORMAT = "in-person"  # an event without a format is met in person (hub_core.model.FORMATS)
# event status -> its banner and badge: `Annulé`, `Cancelled`
STATUS_LABELS = {
    "cancelled": N_("Annulé"),
    "postponed": N_("Reporté"),
    "rescheduled": N_("Déplacé"),
    "moved-online": N_("Maintenant en ligne"),
}


@pass_context
def event_format_label(context, event_format, lang=None):
    """`En ligne`, `Hybride`, `En personne` (also for no or another format), in `lang` or the page's language."""
    _slug, title = FORMATS.get(event_format) or FORMATS[DEFAULT_FORMAT]
    return in_page_words(context, title, lang)


@pass_context
def event_status_label(context, status, lang=None):
    """`Annulé`, `Cancelled`…, in `lang` or the page's language; '' for `scheduled` or another value."""
    message = STATUS_LABELS.get(status)
    return in_page_words(context, message, lang) if message else ""


GLOBALS = {"event_format_label": event_format_label, "event_status_label": event_status_label}


def add_globals(pelican):
    """initialized: the events' Jinja globals, before templates are loaded."""
    pelican.settings.setdefault("JINJA_GLOBALS", {}).update(GLOBALS)
