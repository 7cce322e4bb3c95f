"""hub_core.urls: the address scheme of shared/design.md (French first,
English under /en/ with English segment names)."""

import pytest

from hub_core.urls import ENGLISH_PAGES, FRENCH_ONLY, PAGES, item_url, language_prefix, listing_url, page_url

ITEM_URLS = [
    pytest.param("event", "fr", "atelier-ia", "", "evenements/atelier-ia/", id="event-fr"),
    pytest.param("event", "en", "atelier-ia", "", "en/events/atelier-ia/", id="event-en"),
    pytest.param("post", "fr", "bilan-2026", "", "blogue/bilan-2026/", id="post-fr"),
    pytest.param("post", "en", "bilan-2026", "", "en/blog/bilan-2026/", id="post-en"),
    pytest.param("chronicle", "fr", "donnees", "chronique-numerique", "chroniques/chronique-numerique/donnees/", id="chronicle-fr"),
    pytest.param("chronicle", "en", "data", "digital-column", "en/columns/digital-column/data/", id="chronicle-en"),
    pytest.param("mission", "fr", "angers-nantes-2017", "angers-nantes-2017", "missions/angers-nantes-2017/", id="mission-fr"),
    pytest.param("mission", "en", "angers-nantes-2017", "angers-nantes-2017", "en/missions/angers-nantes-2017/", id="mission-en"),
    pytest.param("mission", "fr", "angers-nantes-2017", "", "missions/angers-nantes-2017/", id="mission-without-parent"),
    pytest.param("report", "fr", "jour-1", "angers-nantes-2017", "missions/angers-nantes-2017/jour-1/", id="report-fr"),
    pytest.param("report", "en", "day-1", "angers-nantes-2017", "en/missions/angers-nantes-2017/day-1/", id="report-en"),
    pytest.param("directory", "fr", "cafe-numerique", "", "repertoire/cafe-numerique/", id="directory-fr"),
    pytest.param("directory", "en", "cafe-numerique", "", "en/directory/cafe-numerique/", id="directory-en"),
    pytest.param("page", "fr", "a-propos", "", "a-propos/", id="page-fr"),
    pytest.param("page", "en", "about", "", "en/about/", id="page-en"),
]  # fmt: skip


@pytest.mark.parametrize("kind, lang, slug, parent, url", ITEM_URLS)
def test_item_url(kind, lang, slug, parent, url):
    assert item_url(kind, lang, slug, parent) == url


@pytest.mark.parametrize(
    "name, french, english",
    [
        pytest.param("home", "", "en/", id="home"),
        pytest.param("events", "evenements/", "en/events/", id="events"),
        pytest.param("events_archive", "evenements/archives/", "en/events/archive/", id="events-archive"),
        pytest.param("calendar", "calendrier/", "en/calendar/", id="calendar"),
        pytest.param("blog", "blogue/", "en/blog/", id="blog"),
        pytest.param("chronicles", "chroniques/", "en/columns/", id="chronicles"),
        pytest.param("missions", "missions/", "en/missions/", id="missions"),
        pytest.param("regions", "regions/", "en/regions/", id="regions"),
        pytest.param("directory", "repertoire/", "en/directory/", id="directory"),
        pytest.param("search", "recherche/", "en/search/", id="search"),
        pytest.param("subscribe", "abonnements/", "en/subscribe/", id="subscribe"),
    ],
)
def test_page_url(name, french, english):
    assert page_url(name) == french
    assert page_url(name, "fr") == french
    assert page_url(name, "en") == english


@pytest.mark.parametrize("lang, prefix", [("fr", ""), ("en", "en/"), ("es", "")])
def test_language_prefix(lang, prefix):
    assert language_prefix(lang) == prefix


def test_unknown_page_name_is_an_error():
    with pytest.raises(KeyError):
        page_url("nowhere")


@pytest.mark.parametrize(
    "french, english",
    [
        pytest.param("", "en/", id="home"),
        pytest.param("evenements/", "en/events/", id="events"),
        pytest.param("evenements/archives/", "en/events/archive/", id="archive-longest-prefix"),
        pytest.param("evenements/region/gaspesie-iles-de-la-madeleine/", "en/events/region/gaspesie-iles-de-la-madeleine/", id="region-facet"),
        pytest.param("evenements/categorie/education/", "en/events/category/education/", id="category-facet"),
        pytest.param("evenements/format/en-ligne/", "en/events/format/en-ligne/", id="format-facet"),
        pytest.param("calendrier/2026/12/", "en/calendar/2026/12/", id="month"),
        pytest.param("regions/bas-saint-laurent/", "en/regions/bas-saint-laurent/", id="region"),
        pytest.param("repertoire/type/incubateur/", "en/directory/type/incubateur/", id="directory-kind"),
        pytest.param("chroniques/le-billet-du-mardi/", "en/columns/le-billet-du-mardi/", id="column"),
        pytest.param("series/quebec-numerique/", "en/series/quebec-numerique/", id="series"),
        pytest.param("recherche/", "en/search/", id="search"),
    ],
)
def test_listing_url_in_english(french, english):
    assert listing_url(french, "en") == english
    assert listing_url(french, "fr") == french
    assert listing_url(english, "en") == english  # already English


@pytest.mark.parametrize(
    "french",
    [
        pytest.param("etiquettes/", id="tags"),
        pytest.param("etiquettes/ia/", id="tag"),
        pytest.param("categories/education/", id="category"),
        pytest.param("auteurs/marie-tremblay/", id="author"),
        pytest.param("a-propos/", id="not-a-listing"),
    ],
)
def test_french_only_addresses_stay_french(french):
    assert listing_url(french, "en") == french


def test_english_pages_are_the_others():
    assert set(ENGLISH_PAGES) == set(PAGES) - FRENCH_ONLY
    assert "home" in ENGLISH_PAGES and "tags" not in ENGLISH_PAGES


@pytest.mark.parametrize(
    "name, slug, lang, url",
    [
        pytest.param("regions", "gaspesie", "fr", "regions/gaspesie/", id="region"),
        pytest.param("regions", "gaspesie", "en", "en/regions/gaspesie/", id="region-en"),
        pytest.param("directory_by_kind", "incubateur", "fr", "repertoire/type/incubateur/", id="directory-kind"),
        pytest.param("directory_by_kind", "incubateur", "en", "en/directory/type/incubateur/", id="directory-kind-en"),
        pytest.param("events_by_region", "{slug}", "fr", "evenements/region/{slug}/", id="pattern"),
        pytest.param("tags", "ia", "fr", "etiquettes/ia/", id="tag"),
    ],
)
def test_key_url(name, slug, lang, url):
    from hub_core.urls import key_url  # noqa: PLC0415

    assert key_url(name, slug, lang) == url


@pytest.mark.parametrize(
    "name, lang, url",
    [
        pytest.param("regions", "fr", "regions/gaspesie/calendrier.ics", id="fr"),
        pytest.param("regions", "en", "en/regions/gaspesie/calendar.ics", id="en"),
        pytest.param("categories", "en", "en/categories/gaspesie/calendar.ics", id="french-only-page-has-english-calendar"),
    ],
)
def test_calendar_url(name, lang, url):
    from hub_core.urls import calendar_url  # noqa: PLC0415

    assert calendar_url(name, "gaspesie", lang) == url


def test_type_segments_come_from_the_pages():
    from hub_core.urls import SEGMENTS  # noqa: PLC0415

    assert SEGMENTS == {
        "event": ("evenements", "events"),
        "post": ("blogue", "blog"),
        "chronicle": ("chroniques", "columns"),
        "mission": ("missions", "missions"),
        "report": ("missions", "missions"),
        "directory": ("repertoire", "directory"),
        "page": ("", ""),
    }


# What pelicanconf.py spelled by hand before it took urls.pelican_settings().
PELICAN_SETTINGS = {
    "INDEX_SAVE_AS": "index.html",
    "EVENTS_SAVE_AS": "evenements/index.html",
    "EVENTS_ARCHIVE_SAVE_AS": "evenements/archives/index.html",
    "BLOG_SAVE_AS": "blogue/index.html",
    "CHRONICLES_SAVE_AS": "chroniques/index.html",
    "MISSIONS_SAVE_AS": "missions/index.html",
    "DIRECTORY_SAVE_AS": "repertoire/index.html",
    "REGIONS_SAVE_AS": "regions/index.html",
    "SUBSCRIBE_SAVE_AS": "abonnements/index.html",
    "SEARCH_SAVE_AS": "recherche/index.html",
    "CATEGORIES_SAVE_AS": "categories/index.html",
    "TAGS_SAVE_AS": "etiquettes/index.html",
    "AUTHORS_SAVE_AS": "auteurs/index.html",
    "CATEGORY_URL": "categories/{slug}/",
    "CATEGORY_SAVE_AS": "categories/{slug}/index.html",
    "TAG_URL": "etiquettes/{slug}/",
    "TAG_SAVE_AS": "etiquettes/{slug}/index.html",
    "AUTHOR_URL": "auteurs/{slug}/",
    "AUTHOR_SAVE_AS": "auteurs/{slug}/index.html",
}


def test_pelican_settings():
    from hub_core.urls import pelican_settings  # noqa: PLC0415

    assert pelican_settings() == PELICAN_SETTINGS


def test_pelicanconf_takes_its_addresses_from_urls():
    from pathlib import Path  # noqa: PLC0415

    from pelican.settings import read_settings  # noqa: PLC0415

    from hub_core.urls import DIRECT_TEMPLATES  # noqa: PLC0415

    settings = read_settings(str(Path(__file__).resolve().parents[3] / "pelicanconf.py"))
    assert {name: settings[name] for name in PELICAN_SETTINGS} == PELICAN_SETTINGS
    assert settings["DIRECT_TEMPLATES"] == [*DIRECT_TEMPLATES.values(), "404"]


def test_direct_templates_are_listing_pages():
    from hub_core.urls import DIRECT_TEMPLATES  # noqa: PLC0415

    assert set(DIRECT_TEMPLATES) <= set(PAGES)
