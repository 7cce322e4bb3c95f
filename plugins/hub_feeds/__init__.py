"""Feeds: every RSS 2.0 and Atom 1.0 feed, written with feedgen."""

from pelican import signals

from .generator import FeedsGenerator


def get_generators(pelican):
    return FeedsGenerator


def register():
    signals.get_generators.connect(get_generators)
