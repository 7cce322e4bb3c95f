"""Events: occurrences, listings, month calendar, iCalendar subscriptions."""

from pelican import signals

from .generator import EventsGenerator
from hub_core.jsonscript import script_json


def get_generators(pelican):
    return EventsGenerator


def add_filters(pelican):
    pelican.settings.setdefault("JINJA_FILTERS", {})["script_json"] = script_json


def register():
    signals.initialized.connect(add_filters)
    signals.get_generators.connect(get_generators)
