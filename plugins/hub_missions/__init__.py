"""International missions: the journey, its stops, its events and trip reports."""

from pelican import signals

from .generator import MissionsGenerator


def get_generators(pelican):
    return MissionsGenerator


def register():
    signals.get_generators.connect(get_generators)
