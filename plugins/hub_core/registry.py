"""Checks that know one capability, kept in that capability's plugin.

hub_core knows no capability. A plugin package beside it (`plugins/hub_*/`)
that has a `checks.py` module with a function `cross_problems(items)` (a list of
problems.Problem for the whole tree's items) registers those checks by being
there, as Pelican finds namespace plugins: `hub check` and the build both call
every one of them through `crosscheck.cross_check`, so they agree.
"""

import importlib
from pathlib import Path

PLUGINS = Path(__file__).resolve().parent.parent
CHECKS_MODULE = "checks"


def capability_checks() -> list:
    """The `cross_problems` functions of the plugins, in the order of their names."""
    names = sorted(path.parent.name for path in PLUGINS.glob(f"hub_*/{CHECKS_MODULE}.py"))
    return [importlib.import_module(f"{name}.{CHECKS_MODULE}").cross_problems for name in names]
