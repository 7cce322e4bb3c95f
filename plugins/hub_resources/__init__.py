"""The community's library: resources of every item, exhibitors, /ressources/ and its feed."""

from pelican import signals

from .generator import get_generators, keep_files_inside
from .library import add_globals


def register() -> None:
    signals.initialized.connect(add_globals)
    signals.get_generators.connect(get_generators)
    signals.static_generator_finalized.connect(keep_files_inside)
