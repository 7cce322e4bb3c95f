"""Events: occurrences, listings, month calendar, iCalendar subscriptions."""

from pelican import signals

from hub_core.shapes import Pelican

from .generator import EventsGenerator
from .labels import add_globals


def get_generators(pelican: Pelican) -> type[EventsGenerator]:
    return EventsGenerator


def register() -> None:
    signals.initialized.connect(add_globals)
    signals.get_generators.connect(get_generators)
