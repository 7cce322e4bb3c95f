import datetime as dt
from types import SimpleNamespace
from zoneinfo import ZoneInfo

import pytest

from hub_site import context

MONTREAL = ZoneInfo("America/Toronto")


def test_now_comes_from_source_date_epoch(monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1795435200")
    generator = SimpleNamespace(context={"TIMEZONE": "America/Toronto"})
    context.add_now(generator)
    assert generator.context["HUB_NOW"] == dt.datetime(2026, 11, 23, 7, 0, tzinfo=MONTREAL)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "0")
    context.add_now(generator)  # one "now" per build: the first one stays
    assert generator.context["HUB_NOW"].year == 2026


def category(name, slug):
    return SimpleNamespace(name=name, slug=slug)


@pytest.mark.parametrize(
    "categories, expected",
    [
        ([], []),
        ([(category("Vélo", "velo"), ["a"]), (category("Atelier", "atelier"), ["b", "c"])], ["atelier", "velo"]),
        ([(category("", "sans-nom"), ["a"]), (None, ["b"]), (category("Réseau", "reseau"), ["c"])], ["reseau"]),
        ([(category("B", "B-deux"), []), (category("a", "a-un"), [])], ["a-un", "B-deux"]),  # by slug, case aside
    ],
)
def test_theme_categories(categories, expected):
    shown = context.theme_categories(categories)
    assert [c.slug for c, _items in shown] == expected
    given = {id(c): items for c, items in categories}
    assert all(items is given[id(c)] for c, items in shown)  # each with its own items
