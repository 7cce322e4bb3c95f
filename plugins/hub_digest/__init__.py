"""Weekly digest: a page per week, its email files and the newsletter feed (RSS-to-email)."""

from pelican import signals

from hub_core.shapes import Pelican

from .generator import DigestGenerator, check_email_size


def get_generators(pelican: Pelican) -> type[DigestGenerator]:
    return DigestGenerator


def register() -> None:
    signals.get_generators.connect(get_generators)
    signals.content_written.connect(check_email_size)
