"""Checks that know one capability, kept in that capability's plugin.

hub_core knows no capability. A plugin package beside it (`plugins/hub_*/`)
registers checks by having a `checks.py` module, as Pelican finds namespace
plugins. That module may define either hook, or both:

- `cross_problems(items) -> list[Problem]`: problems that need the whole tree's
  items (a series' parts, a mission's reports), called by `crosscheck.cross_check`;
- `check_item(report, content_type, values, data) -> None`: one item's problems, called by
  `validate.validate` after the field table's checks, with its `report(keypath,
  code, severity=ERROR, **params)`, the item's content type, its values and the
  front matter as written.

`hub check` and the build both go through these two calls, so they agree. With
a settings file, only the plugins named in its `PLUGINS` count (`plugin_names`);
without one (`hub check` with no settings file, unit tests), every plugin found.
"""

import importlib
from collections.abc import Callable, Iterable
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, TypeAlias

from .problems import Problem
from .shapes import Values

if TYPE_CHECKING:
    from .items import Item  # items imports validate, which imports this module

CrossCheck: TypeAlias = "Callable[[list[Item]], list[Problem]]"  # a plugin's cross_problems(items)
# A plugin's check_item(report, kind, values, data): `report(keypath, code, severity=ERROR, **params)`.
ItemCheck: TypeAlias = Callable[[Callable[..., None], str, Values, dict[str, object]], None]

PLUGINS = Path(__file__).resolve().parent.parent
CHECKS_MODULE = "checks"
CROSS_HOOK = "cross_problems"
ITEM_HOOK = "check_item"


def plugin_names(plugins: Iterable[str | ModuleType] | None) -> frozenset[str] | None:
    """The names of the settings' `PLUGINS` (modules or names), or None when there is no list.

    >>> sorted(plugin_names(["hub_series", "hub_missions"]))
    ['hub_missions', 'hub_series']
    >>> plugin_names(None) is None
    True
    """
    if plugins is None:
        return None
    return frozenset(plugin if isinstance(plugin, str) else plugin.__name__ for plugin in plugins)


def checks_modules(plugins: Iterable[str] | None = None) -> list[ModuleType]:
    """The `checks` modules of the plugins (those named in `plugins`, or all), in the order of their names."""
    names = sorted(path.parent.name for path in PLUGINS.glob(f"hub_*/{CHECKS_MODULE}.py"))
    if plugins is not None:
        names = [name for name in names if name in plugins]
    return [importlib.import_module(f"{name}.{CHECKS_MODULE}") for name in names]


def capability_checks(plugins: Iterable[str] | None = None) -> list[CrossCheck]:
    """The `cross_problems` functions of the plugins, in the order of their names."""
    return [getattr(m, CROSS_HOOK) for m in checks_modules(plugins) if hasattr(m, CROSS_HOOK)]


def item_checks(plugins: Iterable[str] | None = None) -> list[ItemCheck]:
    """The `check_item` functions of the plugins, in the order of their names."""
    return [getattr(m, ITEM_HOOK) for m in checks_modules(plugins) if hasattr(m, ITEM_HOOK)]
