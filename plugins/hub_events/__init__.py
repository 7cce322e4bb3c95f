"""Events: occurrences, listings, month calendar, iCalendar subscriptions."""

from pelican import signals

from .generator import EventsGenerator
from .labels import add_globals


def get_generators(pelican):
    return EventsGenerator


def register():
    signals.initialized.connect(add_globals)
    signals.get_generators.connect(get_generators)
