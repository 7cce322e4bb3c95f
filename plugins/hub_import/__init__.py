"""Gather the groups' own calendars (content/data/calendars.yml) into content/events/.

Not a Pelican plugin: `hub import` (cli/hub_cli) runs it, and `hub check` validates
calendars.yml with it. See its README.md.
"""

from .fetch import FetchError, Limits
from .run import Options, Outcome, import_sources
from .sources import Source, load_sources

__all__ = ["FetchError", "Limits", "Options", "Outcome", "Source", "import_sources", "load_sources"]
