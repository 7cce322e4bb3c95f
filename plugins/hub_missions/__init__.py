"""International missions: the journey, its stops, its events and trip reports."""

from pelican import signals

from .lists import add_lists


def register():
    signals.all_generators_finalized.connect(add_lists)
