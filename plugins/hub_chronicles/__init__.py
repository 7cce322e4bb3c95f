"""Chronicle columns: recurring rendezvous of one or more columnists."""

from pelican import signals

from .lists import add_lists


def register():
    signals.all_generators_finalized.connect(add_lists)
