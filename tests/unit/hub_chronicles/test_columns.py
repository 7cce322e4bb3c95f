"""hub_chronicles: columns, their columnists, each chronicle's previous and next."""

import datetime as dt
from pathlib import Path
from types import SimpleNamespace
from zoneinfo import ZoneInfo

import pytest
from pelican.settings import DEFAULT_CONFIG

from hub_chronicles.columns import collect, columnists, neighbours
from hub_chronicles.generator import ChroniclesGenerator, column_chronicles
from hub_site.filters import FILTERS, GLOBALS

TORONTO = ZoneInfo("America/Toronto")
THEME = Path(__file__).resolve().parents[3] / "theme"


def person(name):
    return SimpleNamespace(name=name, slug=name.lower().replace(" ", "-"), url=f"auteurs/{name.lower().replace(' ', '-')}/")


JULIE, MARC, ANA = person("Julie Roy"), person("Marc Lavoie"), person("Ana Silva")


def chronicle(slug, day, authors=(JULIE,), column="Chronique des régions", lang="fr", hub_type="chronicle", translations=()):
    return SimpleNamespace(
        slug=slug, title=slug, date=dt.datetime(2026, 9, day, 7, 0, tzinfo=TORONTO), column=column, authors=list(authors),
        lang=lang, hub_type=hub_type, translations=list(translations),
    )


def test_chronicles_are_grouped_by_column_slug_newest_first():
    one, two, three = chronicle("un", 1), chronicle("deux", 8, column="chronique des regions"), chronicle("trois", 15)
    other = chronicle("ailleurs", 3, column="Chronique numérique")
    found = collect([two, other, one, three])
    assert [(c.slug, c.name, c.url) for c in found] == [
        ("chronique-des-regions", "Chronique des régions", "chroniques/chronique-des-regions/"),
        ("chronique-numerique", "Chronique numérique", "chroniques/chronique-numerique/"),
    ]
    assert found[0].chronicles == [three, two, one]
    assert found[0].latest is three


def test_a_chronicle_without_column_belongs_to_none():
    assert collect([chronicle("sans", 1, column=None), chronicle("vide", 1, column="  ")]) == []


@pytest.mark.parametrize(
    "authors_by_chronicle, expected",
    [
        pytest.param([[JULIE]], [("julie-roy", 1)], id="one"),
        pytest.param([[JULIE], [JULIE, MARC], [MARC]], [("julie-roy", 2), ("marc-lavoie", 2)], id="tie-by-slug"),
        pytest.param([[MARC], [ANA, MARC], [JULIE]], [("marc-lavoie", 2), ("ana-silva", 1), ("julie-roy", 1)], id="most-chronicles-first"),
        pytest.param([[]], [], id="no-author"),
    ],
)
def test_columnists(authors_by_chronicle, expected):
    items = [chronicle(f"c{n}", n + 1, authors) for n, authors in enumerate(authors_by_chronicle)]
    assert [(c["author"].slug, c["count"]) for c in columnists(items)] == expected


def test_previous_is_older_and_next_is_newer():
    one, two, three = chronicle("un", 1), chronicle("deux", 8), chronicle("trois", 15)
    (column,) = collect([one, two, three])
    assert [(neighbours(column, c)["previous"], neighbours(column, c)["next"]) for c in (one, two, three)] == [
        (None, two), (one, three), (two, None),
    ]


def test_a_chronicle_of_another_column_has_no_neighbours_here():
    (column,) = collect([chronicle("un", 1)])
    with pytest.raises(ValueError, match="is not in the column"):
        neighbours(column, chronicle("ailleurs", 2))


def test_only_french_chronicles_make_columns():
    keep = chronicle("garde", 1)
    others = [chronicle("en", 1, lang="en"), chronicle("billet", 1, hub_type="post")]
    assert column_chronicles([keep, *others]) == [keep]


def generator(articles, tmp_path):
    settings = {**DEFAULT_CONFIG, "THEME": str(THEME), "PLUGINS": [], "JINJA_FILTERS": FILTERS, "JINJA_GLOBALS": GLOBALS}
    return ChroniclesGenerator({"articles": articles}, settings, str(tmp_path), str(THEME), str(tmp_path / "output"))


def test_the_context_step_sets_columns_and_each_chronicles_nav(tmp_path):
    english = chronicle("un", 2, lang="en", column="Regional column")
    one, two = chronicle("un", 1, translations=[english]), chronicle("deux", 8, [JULIE, MARC])
    found = generator([two, one], tmp_path)
    found.generate_context()
    (column,) = found.context["columns"]
    assert column.chronicles == [two, one]
    assert (one.column_nav["column"], one.column_nav["previous"], one.column_nav["next"]) == (column, None, two)
    assert english.column_nav is one.column_nav


def test_writes_one_page_per_column(tmp_path):
    written = []

    class Writer:
        def write_file(self, name, template, context, **extra):
            written.append((name, template.name, extra["url"], extra["lang"], extra["column"].slug))

    found = generator([chronicle("un", 1), chronicle("autre", 2, column="Chronique numérique")], tmp_path)
    found.generate_context()
    found.generate_output(Writer())
    assert written == [
        ("chroniques/chronique-des-regions/index.html", "chronicles/column.html", "chroniques/chronique-des-regions/", "fr", "chronique-des-regions"),
        ("en/columns/chronique-des-regions/index.html", "chronicles/column.html", "en/columns/chronique-des-regions/", "en", "chronique-des-regions"),
        ("chroniques/chronique-numerique/index.html", "chronicles/column.html", "chroniques/chronique-numerique/", "fr", "chronique-numerique"),
        ("en/columns/chronique-numerique/index.html", "chronicles/column.html", "en/columns/chronique-numerique/", "en", "chronique-numerique"),
    ]
