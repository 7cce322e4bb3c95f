"""Site-wide pieces for the theme: 'now', date filters, UI strings, the home page's lists, the English listing pages, the feeds' stylesheet."""

from pelican import signals

from hub_core.shapes import Pelican

from .compiled import share_compiled_templates
from .context import add_lists, add_now
from .english import EnglishPagesGenerator
from .filters import add_filters
from .i18n import add_gettext
from .stylesheet import StylesheetGenerator


def get_generators(pelican: Pelican) -> tuple[type[EnglishPagesGenerator], type[StylesheetGenerator]]:
    """get_generators: the English listing pages, the feeds' stylesheet."""
    return (EnglishPagesGenerator, StylesheetGenerator)


def register() -> None:
    signals.initialized.connect(add_filters)
    signals.generator_init.connect(add_gettext)
    signals.generator_init.connect(add_now)
    signals.generator_init.connect(share_compiled_templates)
    signals.all_generators_finalized.connect(add_lists)
    signals.get_generators.connect(get_generators)
