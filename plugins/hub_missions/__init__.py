"""International missions: the journey, its stops, its events and trip reports."""

from pelican import signals

from .generator import MissionsGenerator
from .labels import add_globals


def get_generators(pelican):
    return MissionsGenerator


def register():
    signals.initialized.connect(add_globals)
    signals.get_generators.connect(get_generators)
