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
