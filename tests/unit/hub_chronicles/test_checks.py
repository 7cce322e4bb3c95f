"""hub_chronicles.checks (registered with hub_core.registry): two columns, one address."""

import pytest

from hub_chronicles.checks import cross_problems
from hub_core.items import read_item
from hub_core.places import Places, builtin_places
from hub_core.registry import capability_checks
from hub_core.validate import Site


def chronicle(column, slug):
    return f"---\ntitle: Chronique\nslug: {slug}\ndate: 2026-09-01\ncolumn: {column}\nauthors: [Sophie Ouellet]\n---\nTexte.\n"


def found(columns):
    site = Site(places=Places(*builtin_places()))
    items = [read_item(f"chronicles/{n}.md", chronicle(c, f"c{n}"), site) for n, c in enumerate(columns)]
    return [(p.path, p.line, p.code) for p in cross_problems(items)]


@pytest.mark.parametrize(
    "columns, expected",
    [
        (["Chronique numérique", "chronique numerique"], []),
        (["C++", "C#"], [("content/chronicles/1.md", 5, "name_collision")]),
        (["日本"], [("content/chronicles/0.md", 5, "name_without_address")]),
    ],
)
def test_columns(columns, expected):
    assert found(columns) == expected


def test_the_checks_are_registered_with_hub_core():
    assert cross_problems in capability_checks()
