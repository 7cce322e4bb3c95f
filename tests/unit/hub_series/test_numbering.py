"""hub_core.series as hub_series uses it: numbering, gaps, neighbours, the count with announced parts."""

import datetime as dt
from types import SimpleNamespace
from zoneinfo import ZoneInfo

import pytest

from hub_core.series import assign_numbers, collect, missing_numbers, usual_spelling

TORONTO = ZoneInfo("America/Toronto")


def post(slug, day, index=None, upcoming=None, series="Le numérique en région"):
    return SimpleNamespace(
        slug=slug, title=slug, date=dt.datetime(2026, 9, day, 8, 0, tzinfo=TORONTO),
        series=series, series_index=index, series_upcoming=upcoming or [],
    )


@pytest.mark.parametrize(
    "indexes, numbers",
    [
        pytest.param([], [], id="none"),
        pytest.param([None, None, None], [1, 2, 3], id="all-by-date"),
        pytest.param([1, 2, 3], [1, 2, 3], id="all-numbered"),
        pytest.param([3, 1, 2], [3, 1, 2], id="numbers-kept-whatever-the-dates"),
        pytest.param([None, 2, None], [1, 2, 3], id="unnumbered-fill-the-free-numbers-in-date-order"),
        pytest.param([None, 1], [2, 1], id="an-earlier-unnumbered-part-comes-after-part-1"),
        pytest.param([5, None], [5, 1], id="far-number"),
        pytest.param([2, 2], [2, 2], id="duplicates-left-to-the-checks"),
    ],
)
def test_assign_numbers(indexes, numbers):
    assert assign_numbers(indexes) == numbers


@pytest.mark.parametrize(
    "indexes, missing",
    [
        pytest.param([1, 2, 3], [], id="complete"),
        pytest.param([None, None], [], id="unnumbered"),
        pytest.param([1, 3], [2], id="one-missing"),
        pytest.param([2], [1], id="no-part-1"),
        pytest.param([1, 4, None], [3], id="unnumbered-fills-the-first"),
        pytest.param([1, 5, 3], [2, 4], id="two-missing"),
        pytest.param([], [], id="empty"),
    ],
)
def test_missing_numbers(indexes, missing):
    assert missing_numbers(indexes) == missing


@pytest.mark.parametrize(
    "titles, usual",
    [
        pytest.param(["A", "A", "a"], "A", id="most-parts"),
        pytest.param(["a", "A", "A"], "A", id="most-parts-even-if-not-first"),
        pytest.param(["b", "B"], "b", id="tie-first-in-reading-order"),
    ],
)
def test_usual_spelling(titles, usual):
    assert usual_spelling(titles) == usual


def series_of(*posts):
    (series,) = collect(list(posts)).values()
    return series


def test_previous_and_next_follow_the_part_numbers():
    one, two, three = post("un", 20, 1), post("deux", 1, 2), post("trois", 10, 3)
    series = series_of(three, one, two)
    assert [(series.previous_of(p), series.next_of(p)) for p in (one, two, three)] == [(None, two), (one, three), (two, None)]


def test_index_of_is_the_part_number_not_the_position():
    one, three = post("un", 1, 1), post("trois", 20, 3)
    series = series_of(one, three)
    assert (series.index_of(one), series.index_of(three), series.total) == (1, 3, 3)
    assert series.numbered == [(1, one), (3, three)]


def test_index_of_a_post_outside_the_series_is_an_error():
    series = series_of(post("un", 1, 1))
    with pytest.raises(ValueError, match="not a part of the series"):
        series.index_of(post("ailleurs", 2, 1))


def test_a_later_announcement_of_the_same_number_wins():
    one = post("un", 1, 1, [{"title": "Deux, d'abord", "expected": dt.date(2026, 10, 1)}, {"title": "Trois", "expected": None}])
    two = post("deux", 8, 2, [{"title": "Trois, enfin", "expected": dt.date(2026, 12, 7)}])
    series = series_of(one, two)
    assert series.upcoming == [{"index": 3, "title": "Trois, enfin", "expected": dt.date(2026, 12, 7)}]
    assert series.total == 3


def test_address_title_and_latest_part():
    one, two = post("un", 1, 1, series="Démarrer en IA"), post("deux", 8, 2, series="démarrer en IA")
    series = series_of(one, two)
    assert (series.slug, series.url, series.save_as) == ("demarrer-en-ia", "series/demarrer-en-ia/", "series/demarrer-en-ia/index.html")
    assert series.title == "Démarrer en IA"  # ties go to the first part
    assert series.latest is two
