"""Atomic output: a build replaces output/ only once all of it, search index included, succeeded.

Its pages are rendered on every core (rendering.py), and only those whose inputs changed
(incremental.py)."""

import functools
from collections.abc import Callable

from pelican import signals

from hub_core.settings import plugin_settings
from hub_core.shapes import Pelican

from .build import DEFAULTS, atomic_run, check_workers, exit_at_once_when_done, freeze_model, quiet_output_errors
from .incremental import use_recording_context
from .rendering import choose_writer, defer_until_written


def wrap_run(pelican: Pelican) -> None:
    """initialized: every run() of this Pelican builds into a staging folder, then swaps it in."""
    check_workers(plugin_settings(pelican.settings, "HUB_OUTPUT", DEFAULTS))  # an unknown key stops the build now
    quiet_output_errors()
    pelican.hub_incremental = None  # atomic_run sets it for the run
    pelican.run = functools.partial(run_atomically, pelican, pelican.run)


def run_atomically(pelican: Pelican, run: Callable[[], None]) -> None:
    """Pelican.run(): atomic_run, then the quick exit of the `pelican` command."""
    atomic_run(pelican, run)
    exit_at_once_when_done()


def register() -> None:
    signals.initialized.connect(wrap_run)
    signals.generator_init.connect(use_recording_context)
    signals.get_writer.connect(choose_writer)
    signals.all_generators_finalized.connect(defer_until_written)
    signals.all_generators_finalized.connect(freeze_model)
