"""hub_series.checks (registered with hub_core.registry): a series title must give an address."""

import pytest

from hub_core.items import read_item
from hub_core.places import Places, builtin_places
from hub_core.registry import capability_checks
from hub_core.validate import Site
from hub_series.checks import cross_problems


@pytest.mark.parametrize(
    "series, expected",
    [
        ("Le numérique en région", []),
        ("?!", ["name_without_address"]),
        ("ﬃ" * 50, ["name_address_too_long"]),  # each ligature is three letters in the address
    ],
)
def test_series_titles(series, expected):
    site = Site(places=Places(*builtin_places()))
    text = f"---\ntitle: Partie 1\ndate: 2026-09-01\nseries: '{series}'\n---\nTexte.\n"
    assert [p.code for p in cross_problems([read_item("blog/a.md", text, site)])] == expected


def test_the_checks_are_registered_with_hub_core():
    assert cross_problems in capability_checks()
