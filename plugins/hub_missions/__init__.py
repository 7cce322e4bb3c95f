"""International missions: the journey, its stops, its events and trip reports."""

from pelican import signals

from hub_core.shapes import Pelican

from .generator import MissionsGenerator
from .labels import add_globals


def get_generators(pelican: Pelican) -> type[MissionsGenerator]:
    return MissionsGenerator


def register() -> None:
    signals.initialized.connect(add_globals)
    signals.get_generators.connect(get_generators)
