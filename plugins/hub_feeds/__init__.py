"""Feeds: every RSS 2.0 and Atom 1.0 feed, written with feedgen."""

from pelican import signals

from hub_core.shapes import Pelican

from .generator import FeedsGenerator


def get_generators(pelican: Pelican) -> type[FeedsGenerator]:
    return FeedsGenerator


def register() -> None:
    signals.get_generators.connect(get_generators)
