"""hub_core.urls: the address scheme of shared/design.md (French first,
English under /en/ with English segment names)."""

import pytest

from hub_core.urls import item_url, language_prefix, page_url

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
