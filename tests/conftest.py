"""Test setup: the plugins, their shared library, the `hub` command line (cli/) and the test helpers are importable.

Tests run with `--import-mode=importlib`, so two test modules may share a name in
different folders (tests/unit/hub_events/test_calendars.py, tests/functional/test_calendars.py).
"""

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PLUGINS = ROOT / "plugins"
CLI = ROOT / "cli"  # hub_cli: not a Pelican plugin
for folder in (PLUGINS, CLI, ROOT / "tests"):
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))
