"""Regional directory: Quebec's regions, their groups and organizations, and what happens near you."""

from pelican import signals

from .generator import get_generators


def register() -> None:
    signals.get_generators.connect(get_generators)
