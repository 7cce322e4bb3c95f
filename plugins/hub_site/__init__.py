"""Site-wide pieces for the theme: 'now', date filters, the home page's lists."""

from pelican import signals

from .context import add_lists, add_now
from .filters import add_filters


def register():
    signals.initialized.connect(add_filters)
    signals.generator_init.connect(add_now)
    signals.all_generators_finalized.connect(add_lists)
