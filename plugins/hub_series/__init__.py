"""Blog series: parts read in order, the next part announced."""

from pelican import signals

from .generator import SeriesGenerator


def get_generators(pelican):
    return SeriesGenerator


def register():
    signals.get_generators.connect(get_generators)
