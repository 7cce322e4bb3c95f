"""Regional directory: Quebec's regions, their groups and organizations."""

from pelican import signals

from .lists import add_lists


def register():
    signals.all_generators_finalized.connect(add_lists)
