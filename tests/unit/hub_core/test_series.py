"""hub_core.series: the parts of each blog series, published and announced ("Partie 2 de 3")."""

import datetime as dt
import itertools
from types import SimpleNamespace
from zoneinfo import ZoneInfo

import pytest

from hub_core.series import collect

TORONTO = ZoneInfo("America/Toronto")
BRANCHEES = "Les régions branchées"


def post(slug, day, series=BRANCHEES, index=None, upcoming=None):
    return SimpleNamespace(
        slug=slug, title=slug.replace("-", " ").capitalize(), date=dt.datetime(2026, 9, day, 8, 0, tzinfo=TORONTO),
        series=series, series_index=index, series_upcoming=upcoming or [],
    )


def labels(found, slug=None):
    """{post slug: "Partie N de M"} as readers see it."""
    series = found[slug] if slug else next(iter(found.values()))
    return {p.slug: f"Partie {series.index_of(p)} de {series.total}" for p in series.parts}


def test_parts_are_ordered_by_series_index_whatever_their_dates():
    parts = [post("deux", 1, index=2), post("trois", 2, index=3), post("un", 20, index=1)]
    for given in itertools.permutations(parts):
        found = collect(list(given))
        assert [p.slug for p in found["les-regions-branchees"].parts] == ["un", "deux", "trois"]


def test_parts_without_series_index_are_ordered_by_date():
    parts = [post("c", 30), post("a", 1), post("b", 15)]
    assert [p.slug for p in collect(parts)["les-regions-branchees"].parts] == ["a", "b", "c"]


def test_parts_with_the_same_series_index_are_ordered_by_date():
    parts = [post("deux-b", 20, index=2), post("un", 1, index=1), post("deux-a", 10, index=2)]
    assert [p.slug for p in collect(parts)["les-regions-branchees"].parts] == ["un", "deux-a", "deux-b"]


def test_numbered_parts_come_before_unnumbered_ones():
    parts = [post("sans-numero", 1), post("deux", 10, index=2), post("un", 20, index=1)]
    assert [p.slug for p in collect(parts)["les-regions-branchees"].parts] == ["un", "deux", "sans-numero"]


def test_the_series_has_its_title_and_slug():
    series = collect([post("un", 1, index=1)])["les-regions-branchees"]
    assert (series.title, series.slug) == (BRANCHEES, "les-regions-branchees")


@pytest.mark.parametrize(
    "parts, expected",
    [
        # two published, one announced by the second part: "de 3"
        (
            [post("un", 1, index=1), post("deux", 8, index=2, upcoming=[{"title": "Le bilan", "expected": dt.date(2027, 1, 15)}])],
            {"un": "Partie 1 de 3", "deux": "Partie 2 de 3"},
        ),
        # the first part announces two more
        (
            [post("un", 1, index=1, upcoming=[{"title": "Deux"}, {"title": "Trois"}])],
            {"un": "Partie 1 de 3"},
        ),
        # nothing announced
        ([post("un", 1), post("deux", 8)], {"un": "Partie 1 de 2", "deux": "Partie 2 de 2"}),
    ],
)
def test_partie_n_de_m_counts_the_announced_parts(parts, expected):
    assert labels(collect(parts)) == expected


def test_announced_parts_keep_their_number_title_and_expected_date():
    found = collect([post("un", 1, index=1, upcoming=[{"title": "Deux", "expected": dt.date(2026, 10, 1)}, {"title": "Trois"}])])
    assert found["les-regions-branchees"].upcoming == [
        {"index": 2, "title": "Deux", "expected": dt.date(2026, 10, 1)},
        {"index": 3, "title": "Trois", "expected": None},
    ]


@pytest.mark.parametrize("second_index", [2, None], ids=["numbered", "unnumbered"])
def test_an_announced_part_disappears_once_a_part_with_its_number_is_published(second_index):
    first = post("un", 1, index=1, upcoming=[{"title": "Deux"}, {"title": "Trois"}])
    before = collect([first])["les-regions-branchees"]
    after = collect([first, post("deux", 8, index=second_index)])["les-regions-branchees"]
    assert [u["index"] for u in before.upcoming] == [2, 3]
    assert [u["index"] for u in after.upcoming] == [3]
    assert labels({"s": after}, "s") == {"un": "Partie 1 de 3", "deux": "Partie 2 de 3"}


def test_once_every_announced_part_is_published_none_is_left():
    parts = [post("un", 1, index=1, upcoming=[{"title": "Deux"}]), post("deux", 8, index=2)]
    series = collect(parts)["les-regions-branchees"]
    assert series.upcoming == []
    assert series.total == 2


def test_two_series_are_kept_apart():
    parts = [
        post("branchees-1", 1, index=1, upcoming=[{"title": "Suite"}]),
        post("autre-1", 2, series="Une autre série", index=1),
        post("branchees-2", 3, index=2),
        post("autre-2", 4, series="Une autre série", index=2),
        post("hors-serie", 5, series=None),
    ]
    found = collect(parts)
    assert set(found) == {"les-regions-branchees", "une-autre-serie"}
    assert labels(found, "les-regions-branchees") == {"branchees-1": "Partie 1 de 2", "branchees-2": "Partie 2 de 2"}
    assert labels(found, "une-autre-serie") == {"autre-1": "Partie 1 de 2", "autre-2": "Partie 2 de 2"}


def test_posts_outside_any_series_make_no_series():
    assert collect([post("a", 1, series=None), post("b", 2, series="")]) == {}


def test_an_unnumbered_part_takes_the_lowest_free_number():
    parts = [post("sans-numero", 1), post("deux", 10, index=2)]
    assert labels(collect(parts)) == {"sans-numero": "Partie 1 de 2", "deux": "Partie 2 de 2"}


def test_a_numbered_part_keeps_its_number_when_an_earlier_part_is_not_published_yet():
    # Part 2 is still a draft (the feed generator collects published posts only).
    parts = [post("un", 1, index=1, upcoming=[{"title": "Deux"}, {"title": "Trois"}]), post("trois", 20, index=3)]
    assert labels(collect(parts)) == {"un": "Partie 1 de 3", "trois": "Partie 3 de 3"}
