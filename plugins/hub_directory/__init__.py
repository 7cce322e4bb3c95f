"""Regional directory: Quebec's regions, their groups and organizations, and what happens near you."""

from pelican import signals

from .generator import add_filters, get_generators


def register():
    signals.initialized.connect(add_filters)
    signals.get_generators.connect(get_generators)
