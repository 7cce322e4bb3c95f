"""Events: occurrences, listings, month calendar, iCalendar subscriptions."""

from pelican import signals

from .generator import EventsGenerator


def get_generators(pelican):
    return EventsGenerator


def register():
    signals.get_generators.connect(get_generators)
