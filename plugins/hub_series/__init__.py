"""Blog series: parts read in order, the next part announced."""

from pelican import signals

from hub_core.shapes import Pelican

from .generator import SeriesGenerator


def get_generators(pelican: Pelican) -> type[SeriesGenerator]:
    return SeriesGenerator


def register() -> None:
    signals.get_generators.connect(get_generators)
