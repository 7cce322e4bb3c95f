"""hub_series.generator: which posts are parts, what each part's page gets, what is written."""

import datetime as dt
from pathlib import Path
from types import SimpleNamespace
from zoneinfo import ZoneInfo

import pytest
from pelican.settings import DEFAULT_CONFIG

from hub_series.generator import SeriesGenerator, mark_announced, published_parts, series_list
from hub_site.filters import FILTERS, GLOBALS

TORONTO = ZoneInfo("America/Toronto")
THEME = Path(__file__).resolve().parents[3] / "theme"
NOW = dt.datetime(2026, 11, 23, 7, 0, tzinfo=TORONTO)


def article(slug, day, series=None, index=None, upcoming=None, hub_type="post", lang="fr", translations=()):
    return SimpleNamespace(
        slug=slug, title=slug, hub_type=hub_type, lang=lang, date=dt.datetime(2026, 9, day, 8, 0, tzinfo=TORONTO),
        series=series, series_index=index, series_upcoming=upcoming or [], translations=list(translations),
    )


def test_published_parts_are_french_posts():
    keep = article("billet", 1, "S")
    others = [
        article("chronique", 1, "S", hub_type="chronicle"),
        article("english", 1, "S", lang="en"),
        article("evenement", 1, hub_type="event"),
    ]
    assert published_parts([keep, *others]) == [keep]


@pytest.mark.parametrize(
    "expected, passed",
    [
        pytest.param(dt.date(2026, 12, 7), False, id="future"),
        pytest.param(dt.date(2026, 11, 23), False, id="today"),
        pytest.param(dt.date(2026, 11, 22), True, id="yesterday"),
        pytest.param(None, False, id="no-date"),
    ],
)
def test_an_announced_date_already_past_is_marked(expected, passed):
    series = SimpleNamespace(upcoming=[{"index": 2, "title": "Deux", "expected": expected}])
    mark_announced(series, NOW.date())
    assert series.upcoming[0]["expected_passed"] is passed


def test_series_with_the_latest_part_first_ties_by_slug():
    def series(slug, day):
        return SimpleNamespace(slug=slug, latest=SimpleNamespace(date=dt.datetime(2026, 9, day, tzinfo=TORONTO)))

    found = {s.slug: s for s in (series("b", 1), series("a", 9), series("c", 9))}
    assert [s.slug for s in series_list(found)] == ["c", "a", "b"]


def generator(articles, tmp_path):
    settings = {**DEFAULT_CONFIG, "THEME": str(THEME), "PLUGINS": [], "JINJA_FILTERS": FILTERS, "JINJA_GLOBALS": GLOBALS}
    context = {"articles": articles, "HUB_NOW": NOW}
    return SeriesGenerator(context, settings, str(tmp_path), str(THEME), str(tmp_path / "output"))


def test_each_part_knows_its_place_and_its_translations_share_it(tmp_path):
    english = article("un", 2, "Getting started", 1, lang="en")
    one = article("un", 1, "Démarrer", 1, translations=[english])
    two = article("deux", 8, "Démarrer", 2, [{"title": "Trois", "expected": dt.date(2026, 11, 1)}])
    alone = article("seul", 3)
    found = generator([two, alone, one], tmp_path)
    found.generate_context()
    assert (one.series_part["index"], one.series_part["total"], one.series_part["previous"], one.series_part["next"]) == (1, 3, None, two)
    assert (two.series_part["index"], two.series_part["previous"], two.series_part["next"]) == (2, one, None)
    assert english.series_part is one.series_part
    assert not hasattr(alone, "series_part")
    (series,) = found.context["series_list"]
    assert series.upcoming == [{"index": 3, "title": "Trois", "expected": dt.date(2026, 11, 1), "expected_passed": True}]
    assert found.context["series_index_url"] == "series/"


def test_writes_each_series_page_and_the_index(tmp_path):
    class Writer:
        def __init__(self):
            self.written = []

        def write_file(self, name, template, context, **extra):
            self.written.append((name, template.name, extra.get("url"), extra.get("lang"), getattr(extra.get("series"), "slug", None)))

    found = generator([article("un", 1, "Démarrer", 1), article("autre", 5, "Autre série", 1)], tmp_path)
    found.generate_context()
    writer = Writer()
    found.generate_output(writer)
    assert writer.written == [
        ("series/autre-serie/index.html", "series/series.html", "series/autre-serie/", "fr", "autre-serie"),
        ("en/series/autre-serie/index.html", "series/series.html", "en/series/autre-serie/", "en", "autre-serie"),
        ("series/demarrer/index.html", "series/series.html", "series/demarrer/", "fr", "demarrer"),
        ("en/series/demarrer/index.html", "series/series.html", "en/series/demarrer/", "en", "demarrer"),
        ("series/index.html", "series.html", "series/", "fr", None),
        ("en/series/index.html", "series.html", "en/series/", "en", None),
    ]
