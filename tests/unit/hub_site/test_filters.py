import datetime as dt
from decimal import Decimal
from pathlib import Path
from types import SimpleNamespace
from zoneinfo import ZoneInfo

import pytest
from jinja2 import Environment, nodes

from hub_site import filters

TEMPLATES = Path(__file__).resolve().parents[3] / "theme" / "templates"

MONTREAL = ZoneInfo("America/Toronto")


@pytest.mark.parametrize(
    ("amount", "currency", "lang", "expected"),
    [
        (Decimal("0"), "CAD", "fr", "Gratuit"),
        (Decimal("0"), "CAD", "en", "Free"),
        (Decimal("45"), "CAD", "fr", "45\xa0$"),
        (Decimal("25.50"), "CAD", "fr", "25,50\xa0$"),
        (Decimal("1250"), "CAD", "fr", "1\xa0250\xa0$"),
        (Decimal("45"), "CAD", "en", "$45"),
        (Decimal("25.5"), "CAD", "en", "$25.50"),
        (Decimal("30"), "EUR", "fr", "30\xa0€"),
        (None, "CAD", "fr", ""),
    ],
)
def test_price(amount, currency, lang, expected):
    assert filters.price(amount, currency, lang) == expected


def test_when_uses_the_items_language():
    event = SimpleNamespace(
        start=dt.datetime(2026, 12, 4, 12, 0, tzinfo=MONTREAL),
        end=dt.datetime(2026, 12, 4, 13, 30, tzinfo=MONTREAL),
        lang="fr",
    )
    assert filters.when(event) == "vendredi 4 décembre 2026, 12 h à 13 h 30"
    assert filters.when(event, "en") == "Friday, December 4, 2026, 12:00 p.m. to 1:30 p.m."


def test_filters_are_registered_before_templates_load():
    pelican = SimpleNamespace(settings={"JINJA_FILTERS": {"existing": str}})
    filters.add_filters(pelican)
    assert {"when", "day", "clock", "month", "price", "existing"} <= set(pelican.settings["JINJA_FILTERS"])
    assert pelican.settings["JINJA_GLOBALS"]["page_url"]("events", "en") == "en/events/"
    assert str(pelican.settings["JINJA_FILTERS"]["script_json"]({"b": "</script>", "a": 1})) == '{"a":1,"b":"\\u003c/script\\u003e"}'


def filters_used(source: str) -> set:
    """The names of the filters a template applies (`{{ x|script_json }}`, `{% filter upper %}`)."""
    tree = Environment(extensions=["jinja2.ext.i18n"]).parse(source)
    return {node.name for node in tree.find_all(nodes.Filter)}


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        pytest.param("{{ article.jsonld|script_json }}", {"script_json"}, id="filter"),
        pytest.param("{% if x %}{{ x|when|e }}{% endif %}", {"when", "e"}, id="in-if"),
        pytest.param("{% filter upper %}x{% endfilter %}", {"upper"}, id="filter-block"),
        pytest.param("{{ page_url('events') }}", set(), id="global"),
    ],
)
def test_filters_used(source, expected):
    assert filters_used(source) == expected


@pytest.mark.parametrize("path", sorted(TEMPLATES.rglob("*.html")), ids=lambda path: path.relative_to(TEMPLATES).as_posix())
def test_every_filter_a_template_uses_is_jinjas_or_hub_sites(path):
    """hub_site registers every filter: a template needs no other plugin for its filters (the
    missions' JSON-LD used to need hub_events' `script_json`, the directory's its twin `json_in_script`)."""
    known = set(Environment().filters) | set(filters.FILTERS) | set(filters.DateWords().filters())
    assert filters_used(path.read_text(encoding="utf-8")) <= known


def _item(lang, *translations):
    return SimpleNamespace(lang=lang, translations=list(translations))


ENGLISH = _item("en")
FRENCH_WITH_ENGLISH = _item("fr", ENGLISH)
FRENCH_ALONE = _item("fr")
ENGLISH_ALONE = _item("en")


@pytest.mark.parametrize(
    ("item", "lang", "expected"),
    [
        pytest.param(FRENCH_WITH_ENGLISH, "en", ENGLISH, id="translated"),
        pytest.param(FRENCH_WITH_ENGLISH, "fr", FRENCH_WITH_ENGLISH, id="own-language"),
        pytest.param(FRENCH_ALONE, "en", FRENCH_ALONE, id="untranslated-stays-french"),
        pytest.param(ENGLISH_ALONE, "fr", ENGLISH_ALONE, id="english-only-stays-english"),
        pytest.param(None, "en", None, id="none"),
    ],
)
def test_in_language(item, lang, expected):
    assert filters.in_language(item, lang) is expected


# "Près de moi": where a list sorted by distance puts an item.


from hub_site.filters import map_point  # noqa: E402

CITY = SimpleNamespace(name="Rimouski", latitude=48.4489, longitude=-68.5236)
VENUE = SimpleNamespace(name="Rimouski", latitude=48.4531, longitude=-68.5153)


@pytest.mark.parametrize(
    "item, expected",
    [
        pytest.param(SimpleNamespace(format="in-person", place=CITY, point=VENUE), VENUE, id="venue-before-city"),
        pytest.param(SimpleNamespace(format="hybrid", place=CITY, point=None), CITY, id="city"),
        pytest.param(SimpleNamespace(format="online", place=CITY, point=CITY), None, id="online-nowhere"),
        pytest.param(SimpleNamespace(kind="meetup", place=CITY, point=CITY), CITY, id="directory-entry"),
        pytest.param(None, None, id="nothing"),
    ],
)
def test_map_point(item, expected):
    assert map_point(item) is expected


# DateWords: the date filters of one build remember what they wrote.

PARIS = ZoneInfo("Europe/Paris")


@pytest.mark.parametrize(
    ("name", "args"),
    [
        ("day", (dt.date(2026, 12, 1), "fr")),
        ("day", (dt.datetime(2026, 12, 3, 18, tzinfo=MONTREAL), "en")),
        ("clock", (dt.datetime(2026, 12, 3, 9, 30, tzinfo=MONTREAL), "fr")),
        ("month", (dt.date(2026, 12, 3), "en")),
        ("span", (dt.datetime(2026, 12, 3, 12, tzinfo=MONTREAL), dt.datetime(2026, 12, 3, 13, 30, tzinfo=MONTREAL), "fr")),
        ("span", (dt.date(2026, 6, 3), dt.date(2026, 6, 11), "fr")),
    ],
)
def test_remembered_date_filters_write_what_the_plain_ones_write(name, args):
    remembered = filters.DateWords().filters()[name]
    assert remembered(*args) == remembered(*args) == filters.FILTERS[name](*args)


def test_the_same_instant_in_two_zones_is_not_mixed_up():
    words = filters.DateWords().filters()
    montreal = dt.datetime(2026, 12, 3, 12, tzinfo=MONTREAL)
    paris = montreal.astimezone(PARIS)  # equal in Python, written differently
    assert montreal == paris
    assert words["clock"](montreal, "fr") == "12 h"
    assert words["clock"](paris, "fr") == "18 h"
    assert words["span"](montreal, None, "fr") != words["span"](paris, None, "fr")


def test_when_and_next_when_remember_per_item_dates():
    words = filters.DateWords().filters()
    event = SimpleNamespace(start=dt.datetime(2026, 12, 4, 12, tzinfo=MONTREAL), end=dt.datetime(2026, 12, 4, 13, 30, tzinfo=MONTREAL), lang="fr")
    later = SimpleNamespace(start=event.start, end=event.end, next_start=dt.datetime(2026, 12, 11, 12, tzinfo=MONTREAL), next_end=None, lang="en")
    assert words["when"](event) == filters.when(event) == "vendredi 4 décembre 2026, 12 h à 13 h 30"
    assert words["next_when"](later) == filters.next_when(later)
    assert words["when"](later) == filters.when(later)


def test_date_words_pickle_empty():
    """Pelican's content cache pickles the settings, the filters with them: no remembered text."""
    import pickle

    words = filters.DateWords()
    words.day(dt.date(2026, 12, 3), "fr")
    assert words.written
    copy = pickle.loads(pickle.dumps(words.filters()))
    assert copy["day"].__self__.written == {}
    assert copy["day"](dt.date(2026, 12, 3), "fr") == "jeudi 3 décembre 2026"


@pytest.mark.parametrize(
    "item, expected",
    [
        (SimpleNamespace(summary="<p>Apportez vos <em>aiguilles</em>.</p>"), "Apportez vos aiguilles."),
        (SimpleNamespace(summary=""), None),
        (SimpleNamespace(), None),  # a page without a summary at all
    ],
)
def test_description_filter(item, expected):
    assert filters.FILTERS["description"](item) == expected


@pytest.mark.parametrize(
    ("vocabulary", "name", "lang", "expected"),
    [
        ("columns", "L'IA au quotidien", "fr", "L\u2019IA au quotidien"),  # the French apostrophe
        ("columns", "L'IA au quotidien", "en", "AI, day to day"),  # translated: the English name
        ("columns", "Le « virage » numérique", "en", "Le «\u00a0virage\u00a0» numérique"),  # untranslated: French rules
        ("categories", "Prêts à l'export ?", "fr", "Prêts à l\u2019export?"),
        ("categories", "", "fr", ""),
    ],
)
def test_term_in_gives_the_name_with_the_typography_of_its_language(vocabulary, name, lang, expected):
    from hub_core.terms import Terms  # noqa: PLC0415

    english = Terms({"columns": {"l-ia-au-quotidien": "AI, day to day"}})
    assert filters.term_in({"english_terms": english}, vocabulary, name, lang) == expected
