"""Chronicle columns: recurring rendezvous of one or more columnists."""

from pelican import signals

from hub_core.shapes import Pelican

from .generator import ChroniclesGenerator


def get_generators(pelican: Pelican) -> type[ChroniclesGenerator]:
    return ChroniclesGenerator


def register() -> None:
    signals.get_generators.connect(get_generators)
