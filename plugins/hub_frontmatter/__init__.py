"""YAML front matter for Markdown, checked against the content model."""

from pelican import signals

from . import prefetch
from .invalid import set_aside_invalid
from .reader import add_reader
from .report import prepare_build, quiet_content_errors, report_problems
from .sorting import set_aside_directory, sort_articles


def register() -> None:
    quiet_content_errors()
    signals.get_generators.connect(prepare_build)
    signals.readers_init.connect(add_reader)
    signals.article_generator_context.connect(set_aside_invalid)
    signals.page_generator_context.connect(set_aside_invalid)
    signals.article_generator_preread.connect(prefetch.articles)
    signals.page_generator_preread.connect(prefetch.pages)
    signals.article_generator_finalized.connect(prefetch.release)
    signals.page_generator_finalized.connect(prefetch.release)
    signals.article_generator_pretaxonomy.connect(sort_articles)
    signals.page_generator_finalized.connect(set_aside_directory)
    signals.all_generators_finalized.connect(report_problems)
