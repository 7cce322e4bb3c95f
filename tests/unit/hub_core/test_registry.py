"""hub_core.registry: checks that know one capability live in that plugin's `checks.py`,
found by hub_core; with a settings file, only the plugins of its PLUGINS count."""

import types

import hub_chronicles.checks
import hub_missions.checks
import hub_resources.checks
import hub_series.checks
import pytest

from hub_core.check import check_tree
from hub_core.registry import capability_checks, item_checks, plugin_names

EVERY_CROSS = [hub_chronicles.checks.cross_problems, hub_missions.checks.cross_problems, hub_series.checks.cross_problems]


@pytest.mark.parametrize(
    "plugins, expected",
    [
        (None, None),
        ([], frozenset()),
        (["hub_series", "hub_missions"], {"hub_series", "hub_missions"}),
        ([types.ModuleType("hub_series"), "hub_resources"], {"hub_series", "hub_resources"}),  # pelicanconf imports its plugins
    ],
)
def test_plugin_names(plugins, expected):
    assert plugin_names(plugins) == expected


@pytest.mark.parametrize(
    "plugins, cross, item",
    [
        (None, EVERY_CROSS, [hub_resources.checks.check_item]),
        (frozenset({"hub_series"}), [hub_series.checks.cross_problems], []),
        (frozenset({"hub_resources", "hub_site"}), [], [hub_resources.checks.check_item]),
        (frozenset({"hub_missions", "hub_chronicles"}), EVERY_CROSS[:2], []),
        (frozenset(), [], []),
    ],
)
def test_the_checks_of_the_plugins_asked_for(plugins, cross, item):
    assert capability_checks(plugins) == cross
    assert item_checks(plugins) == item


def document(*lines):
    return "---\n" + "".join(line + "\n" for line in lines) + "---\nTexte.\n"


TREE = {
    # hub_series: part 3 without part 2 (series_gap)
    "blog/a.md": document("title: Partie 1", "date: 2026-09-01", "series: Démarrer", "series_index: 1"),
    "blog/b.md": document("title: Partie 3", "date: 2026-09-02", "series: Démarrer", "series_index: 3"),
    # hub_resources: a resource with neither url nor file (resource_needs_target)
    "blog/c.md": document("title: Bilan", "date: 2026-09-01", "resources: [{title: Diapos, kind: slides}]"),
    # hub_missions: a report whose stop is no city of the itinerary (unknown_stop)
    "missions/loire/mission.md": document(
        "title: Mission", "start: 2025-06-02", "end: 2025-06-10",
        "destinations: [{city: Rimouski, country: CA, from: 2025-06-02, to: 2025-06-10}]",
    ),
    "missions/loire/carnet.md": document("title: Carnet", "date: 2025-06-12", "stop: Atlantide"),
}  # fmt: skip


@pytest.mark.parametrize(
    "plugins, expected",
    [
        (None, {"series_gap", "resource_needs_target", "unknown_stop"}),  # no settings file: every plugin
        (["hub_series", "hub_missions", "hub_resources"], {"series_gap", "resource_needs_target", "unknown_stop"}),
        (["hub_series"], {"series_gap"}),
        (["hub_resources"], {"resource_needs_target"}),
        (["hub_missions", "hub_site"], {"unknown_stop"}),
        ([], set()),
    ],
)
def test_check_tree_runs_the_checks_of_the_settings_plugins(write_tree, plugins, expected):
    settings = {} if plugins is None else {"PLUGINS": plugins}
    _items, problems = check_tree(write_tree(TREE), settings)
    assert {p.code for p in problems} == expected
