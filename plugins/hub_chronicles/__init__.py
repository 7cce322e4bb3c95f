"""Chronicle columns: recurring rendezvous of one or more columnists."""

from pelican import signals

from .generator import ChroniclesGenerator


def get_generators(pelican):
    return ChroniclesGenerator


def register():
    signals.get_generators.connect(get_generators)
