"""The community's library: resources of every item, exhibitors, /ressources/ and its feed."""

from pelican import signals

from .generator import get_generators, keep_files_inside


def register():
    signals.get_generators.connect(get_generators)
    signals.static_generator_finalized.connect(keep_files_inside)
