"""The post listings in English: the blog, the columns, the series, the missions, the subscribe
and search pages at their /en/ address speak English around the editors' French text, show an
item's English translation when there is one, and link the French page; the French pages stay
French. The 404 page is French with a word in English.

Fixtures: tests/fixtures/site (two French posts, a column of one chronicle, a past mission with
an English translation) and tests/fixtures/series (two series, part 1 of "Démarrer en IA"
translated into English, part 3 announced; a column of three chronicles by two columnists).
"""

import pytest

from hub_core.typography import typeset
from hub_core.urls import FRENCH_ONLY, page_url
from hub_site.i18n import load_catalogs
from sitebuild import FIXTURES, ROOT, build_once, hrefs, text

CATALOG = load_catalogs(ROOT / "theme" / "translations")["en"]
FRENCH_ONLY_PAGES = tuple("/" + page_url(name) for name in sorted(FRENCH_ONLY))


@pytest.fixture(scope="module")
def series_site(tmp_path_factory):
    return build_once(tmp_path_factory, FIXTURES / "series" / "content", "english-posts-series-site")


def plain(tag):
    """The text of an element as read, spaces collapsed (no space added around inline tags)."""
    return " ".join(tag.get_text().split())


def english(french, *variables):
    """The English catalog's text for a French UI string (the singular of a plural one), typeset
    as pages show it (hub_core.typography)."""
    string = CATALOG.get(french).string
    string = typeset(string if isinstance(string, str) else string[0], "en")
    return string % variables[0] if variables else string


# (fixture, French address, English address, {CSS selector: French UI text of that element})
PAGES = [
    ("fixture_site", "blogue/", "en/blog/", {"h1": "Blogue", "h2#billets": "Tous les billets"}),
    ("series_site", "blogue/", "en/blog/", {"h1": "Blogue", "h2#series": "Séries", "h2#billets": "Tous les billets"}),
    ("fixture_site", "chroniques/", "en/columns/", {"h1": "Chroniques"}),
    (
        "series_site",
        "chroniques/chronique-des-regions/",
        "en/columns/chronique-des-regions/",
        {"h1 .kicker": "Chronique", "h2#signatures": "Qui signe cette chronique", "h2#les-chroniques": "Les chroniques", "h2#suivre": "Suivre la chronique"},
    ),
    ("fixture_site", "missions/", "en/missions/", {"h1": "Missions", "h2#missions--a-venir": "À venir et en cours", "h2#missions--passees": "Missions passées"}),
    ("series_site", "series/", "en/series/", {"h1": "Séries"}),
    (
        "series_site",
        "series/demarrer-en-ia-vraiment/",
        "en/series/demarrer-en-ia-vraiment/",
        {"h1 .kicker": "Série", "h2#parties-annoncees": "À venir", "h2#suivre": "Suivre la série"},
    ),
    (
        "fixture_site",
        "abonnements/",
        "en/subscribe/",
        {
            "h1": "S'abonner",
            "h2#agenda": "Qu'est-ce qu'un abonnement à un calendrier?",
            "h2#calendriers": "Les calendriers",
            "h2#lecteur": "Qu'est-ce qu'un fil d'actualités?",
            "h2#fils": "Les fils d'actualités",
            "h3#calendriers-region": "Par région",
        },
    ),
    ("fixture_site", "recherche/", "en/search/", {"h1": "Rechercher"}),
]
IDS = [english_address.strip("/").replace("/", "-") + "-" + site.split("_")[0] for site, _f, english_address, _h in PAGES]


@pytest.mark.parametrize("site, french, english_address, headings", PAGES, ids=IDS)
def test_the_headings_are_in_the_pages_language(request, site, french, english_address, headings):
    built = request.getfixturevalue(site)
    for address, lang, words in ((french, "fr-CA", typeset), (english_address, "en-CA", english)):
        page = built.page(address)
        assert page.html["lang"] == lang
        for selector, message in headings.items():
            assert text(page.select_one(selector)) == words(message), (address, selector)


@pytest.mark.parametrize("site, french, english_address, headings", PAGES, ids=IDS)
def test_each_language_links_the_other(request, site, french, english_address, headings):
    built = request.getfixturevalue(site)
    for address, other, tag, own in ((french, english_address, "en-CA", "fr-CA"), (english_address, french, "fr-CA", "en-CA")):
        page = built.page(address)
        (link,) = page.select("nav.translations a")
        assert (link["href"], link["hreflang"], link["lang"]) == ("/" + other, tag, tag)
        assert page.find("link", rel="alternate", hreflang=tag)["href"] == "/" + other
        assert page.find("link", rel="alternate", hreflang=own)["href"] == "/" + address
        assert page.find("link", rel="canonical")["href"] == "/" + address


@pytest.mark.parametrize("site, french, english_address, headings", PAGES, ids=IDS)
def test_english_pages_link_english_pages_or_say_the_target_is_french(request, site, french, english_address, headings):
    """A link from an English page goes to an English page that exists, or says it leads to
    French: on the link (hreflang) or around it (a French card, lang="fr-CA")."""
    built = request.getfixturevalue(site)
    main = built.page(english_address).select_one("main")
    for a in main.select("a[href^='/']"):
        if a.get("type"):  # a feed or calendar file: checked by the tests of feeds below
            continue
        address = a["href"][1:].split("#")[0]
        if address.startswith("en/"):
            assert (built.output / address / "index.html").is_file(), a
            assert a.get("hreflang") is None, a
        elif not address.startswith(tuple(p[1:] for p in FRENCH_ONLY_PAGES)):
            assert "fr-CA" in (a.get("hreflang"), a.get("lang")) or a.find_parent(attrs={"lang": "fr-CA"}) is not None, a


@pytest.mark.parametrize("site, french, english_address, headings", PAGES, ids=IDS)
def test_french_pages_stay_french(request, site, french, english_address, headings):
    built = request.getfixturevalue(site)
    main = built.page(french).select_one("main")
    main.select_one("nav.translations").decompose()
    assert not [a for a in main.select("a[href^='/en/']") if not a.get("type")]
    assert main.find(attrs={"lang": True}) is None, "everything on a French page is French"


# --- The blog ---------------------------------------------------------------------------------


def test_the_english_blog_shows_a_translated_post_in_english_and_marks_the_french_ones(series_site):
    french_cards = series_site.page("blogue/").select("section[aria-labelledby=billets] article.post-card")
    cards = series_site.page("en/blog/").select("section[aria-labelledby=billets] article.post-card")
    assert len(cards) == len(french_cards)
    links = {card.select_one(".card-title a")["href"]: card.get("lang") for card in cards}
    assert links.pop("/en/blog/demarrer-en-ia-1/") is None
    assert "/blogue/demarrer-en-ia-1/" not in links
    assert links and set(links.values()) == {"fr-CA"}


def test_the_english_blog_links_the_series_in_english_and_marks_their_french_titles(series_site):
    section = series_site.page("en/blog/").select_one("section.blog-series")
    series = section.select("ul a")
    assert [a["href"] for a in series] == ["/en/series/demarrer-en-ia-vraiment/", "/en/series/bilan-des-regions/"]
    assert [a["lang"] for a in series] == ["fr-CA", "fr-CA"]
    assert [text(li.select_one(".muted")) for li in section.select("ul li")] == ["(2 parts)", "(1 part)"]
    assert hrefs(section.select_one("p")) == ["/en/series/"]


def test_the_english_blog_leads_to_the_english_columns(fixture_site):
    lead = fixture_site.page("en/blog/").select_one("p.lead")
    assert hrefs(lead) == ["/en/columns/"]
    assert hrefs(fixture_site.page("blogue/").select_one("p.lead")) == ["/chroniques/"]


# --- The columns ------------------------------------------------------------------------------


def test_the_english_columns_page_marks_column_names_and_links_english_column_pages(fixture_site):
    section = fixture_site.page("en/columns/").select_one("section.column-summary")
    title = section.select_one("h2 a")
    # Named in English by content/data/translations.yml: not marked French.
    assert (title["href"], title.get("lang"), text(title)) == ("/en/columns/chronique-numerique/", None, "Digital column")
    assert text(section.select_one("p.muted")).startswith("1 column · by Sophie Ouellet")
    author = section.select_one("p.muted a[href^='/auteurs/']")
    assert author["hreflang"] == "fr-CA", "author pages exist in French only"
    more = section.select_one("a.more")
    assert more["href"] == "/en/columns/chronique-numerique/"
    assert plain(more) == english("Toutes les chroniques de « %(column)s »", {"column": "Digital column"})
    assert more.select_one("span[lang=fr-CA]") is None


def test_a_column_page_in_english_gives_counts_and_dates_in_english(series_site):
    page = series_site.page("en/columns/chronique-des-regions/")
    assert text(page.select_one("h1 [lang=fr-CA]")) == "Chronique des régions"
    assert plain(page.select_one("p.lead")) == "3 columns, most recent first. Most recent: Monday, October 5, 2026."
    assert [text(li) for li in page.select("section.columnists li")] == ["Julie Roy (2 columns)", "Marc Lavoie (2 columns)"]
    assert [text(a) for a in page.select("nav.breadcrumbs a")][:2] == ["Home", "Columns"]
    assert hrefs(page.select_one("nav.breadcrumbs")) == ["/en/", "/en/columns/", "/en/columns/chronique-des-regions/"]
    french = series_site.page("chroniques/chronique-des-regions/")
    assert plain(french.select_one("p.lead")) == "3 chroniques, de la plus récente à la plus ancienne. Dernière parution : lundi 5 octobre 2026."


# --- The series -------------------------------------------------------------------------------


def test_the_english_series_page_shows_the_translated_part_in_english(series_site):
    entries = series_site.page("en/series/demarrer-en-ia-vraiment/").select("ol.series-list article.series-entry")
    first, second = entries
    assert first.get("lang") is None
    assert hrefs(first.select_one("h2")) == ["/en/blog/demarrer-en-ia-1/"]
    assert text(first.select_one(".kicker")) == "Part 1 of 3 · Tuesday, September 15, 2026"
    assert second["lang"] == "fr-CA", "no English part 2: the French one, marked so"
    assert hrefs(second.select_one("h2")) == ["/blogue/demarrer-en-ia-2/"]
    assert text(second.select_one(".kicker")) == "Partie 2 de 3 · lundi 5 octobre 2026"


def test_the_english_series_page_announces_the_next_part_in_english(series_site):
    page = series_site.page("en/series/demarrer-en-ia-vraiment/")
    assert text(page.select_one("p.lead")) == "2 parts published, 1 announced. Read them in order."
    announced = page.select_one("section.series-upcoming li")
    assert text(announced) == "Next part: Démarrer en IA, partie 3 : le bilan — expected Monday, December 7, 2026"
    assert text(announced.select_one("[lang=fr-CA]")) == "Démarrer en IA, partie 3 : le bilan"
    assert announced.select_one("time")["datetime"] == "2026-12-07"
    assert text(series_site.page("en/series/bilan-des-regions/").select_one("section.series-upcoming li")).endswith("— coming soon")


def test_the_english_series_index_links_parts_in_their_language(series_site):
    card = series_site.page("en/series/").select_one("article.series-card")
    assert text(card.select_one(".kicker")) == "2 parts published · 1 announced"
    start, latest = card.select("h2 ~ p a")[:2]
    assert (start["href"], start.get("lang")) == ("/en/blog/demarrer-en-ia-1/", None)
    assert (latest["href"], latest.get("lang")) == ("/blogue/demarrer-en-ia-2/", "fr-CA")
    assert plain(card.select_one("p.muted")) == "Latest part, published Monday, October 5, 2026: Démarrer en IA, partie 2 : les premiers outils"
    french = series_site.page("series/").select_one("article.series-card")
    assert hrefs(french.select("h2 ~ p")[0]) == ["/blogue/demarrer-en-ia-1/"]


@pytest.mark.parametrize(
    "address, feeds_lang, help_link",
    [
        ("series/demarrer-en-ia-vraiment/", None, "/abonnements/"),
        ("en/series/demarrer-en-ia-vraiment/", "fr-CA", "/en/subscribe/"),
        ("chroniques/chronique-des-regions/", None, "/abonnements/"),
        ("en/columns/chronique-des-regions/", "fr-CA", "/en/subscribe/"),
    ],
)
def test_feed_links_say_the_feeds_are_french(series_site, address, feeds_lang, help_link):
    box = series_site.page(address).select_one("section.feed-subscribe")
    feeds = box.select("a[type]")
    assert [a["type"] for a in feeds] == ["application/rss+xml", "application/atom+xml"]
    assert [a.get("hreflang") for a in feeds] == [feeds_lang, feeds_lang]
    assert hrefs(box.select_one("p.muted:last-child")) == [help_link]


# --- The missions -----------------------------------------------------------------------------


def test_the_english_missions_page_shows_the_english_mission(fixture_site):
    (card,) = fixture_site.page("en/missions/").select("section[aria-labelledby=missions--passees] article.mission-card")
    assert card.get("lang") is None
    assert hrefs(card.select_one("h3")) == ["/en/missions/mission-test-2017/"]
    assert text(card.select_one("h3")) == "Nantes digital mission 2017"
    assert text(card.select_one("p.when")) == "June 3–11, 2017"
    assert [text(li) for li in card.select("li.badge")] == ["28 people", "1 trip report"]
    (french,) = fixture_site.page("missions/").select("article.mission-card")
    assert hrefs(french.select_one("h3")) == ["/missions/mission-test-2017/"]
    assert [text(li) for li in french.select("li.badge")] == ["28 personnes", "1 carnet de route"]


def test_the_missions_feed_is_marked_french_on_the_english_page(fixture_site):
    for address, lang in (("missions/", None), ("en/missions/", "fr-CA")):
        feeds = fixture_site.page(address).select(".mission-feed a[type]")
        assert [a["href"] for a in feeds] == ["/missions/rss.xml", "/missions/atom.xml"]
        assert [a.get("hreflang") for a in feeds] == [lang, lang]


# --- Subscribe and search ---------------------------------------------------------------------


def test_the_english_subscribe_page_offers_english_calendars_and_marks_the_french_feeds(fixture_site):
    page = fixture_site.page("en/subscribe/")
    regions = page.select("#calendriers-region ~ ul .subscribe-title")
    assert regions and not any(title.select_one("[lang=fr-CA]") for title in regions), "English calendars"
    links = page.select("#calendriers-region ~ ul li")[0].select("a")
    assert links[-1]["href"] == "/en/regions/bas-saint-laurent/calendar.ics"
    assert [a.contents[0] for a in links] == ["Subscribe", "Google Calendar", ".ics file"]
    feeds = {a["href"]: a.get("hreflang") for a in page.select("#fils ~ div a[type='application/rss+xml']")}
    assert feeds.pop("/en/rss.xml") is None, "the English feed is in the page's language"
    assert feeds and set(feeds.values()) == {"fr-CA"}
    assert text(page.select_one("#fils-english ~ ul .subscribe-title")) == "Everything new in English"


def test_the_english_subscribe_steps_quote_the_links_as_they_read(fixture_site):
    """The how-to names the links the lists show, in the page's language."""
    page = fixture_site.page("en/subscribe/")
    steps = text(page.select_one("section[aria-labelledby=agenda]"))
    for label in (a.contents[0] for a in page.select("#calendriers-region ~ ul li")[0].select("a")):
        assert f"“{label}”" in steps


@pytest.mark.parametrize(
    "address, words, links",
    [
        ("recherche/", "parcourez", ["/evenements/", "/calendrier/", "/regions/", "/repertoire/"]),
        ("en/search/", "browse", ["/en/events/", "/en/calendar/", "/en/regions/", "/en/directory/"]),
    ],
)
def test_the_search_page_without_javascript_leads_to_listings_in_its_language(fixture_site, address, words, links):
    page = fixture_site.page(address)
    fallback = page.select_one("#recherche .search-fallback")
    assert words in text(fallback)
    assert hrefs(fallback) == links
    assert page.find("script", src="/theme/js/search.js") is not None
    assert page.find("meta", attrs={"name": "robots"})["content"] == "noindex"


# --- The 404 page -----------------------------------------------------------------------------


def test_the_404_page_is_french_with_a_way_to_the_english_site(fixture_site):
    page = fixture_site.page("404.html")
    assert page.html["lang"] == "fr-CA"
    assert text(page.select_one("h1")) == "Page introuvable"
    (word,) = page.select("main p[lang=en-CA]")
    home = english("la page d'accueil en anglais")
    assert plain(word) == english("Cette adresse ne mène à aucune page. Continuez vers %(home)s.", {"home": home})
    (link,) = word.select("a")
    assert (link["href"], link["hreflang"], text(link)) == ("/en/", "en-CA", home)
