"""The event listings in English: /en/events/, its filtered lists (region, format, category),
/en/events/archive/ and the month calendar /en/calendar/… speak English around the editors'
text, link English listing pages, show an event's English translation when it has one and mark
the French-only ones; the French pages stay French."""

import datetime as dt
from pathlib import Path

import pytest

from hub_core.dates import format_month
from hub_core.places import load_regions
from hub_core.typography import typeset
from hub_site.i18n import Translations, load_catalogs
from sitebuild import ROOT, text

CATALOGS = load_catalogs(ROOT / "theme" / "translations")


def english(french):
    """The English catalog's text for a French UI string (it must have one), typeset as pages
    show it (hub_core.typography)."""
    entry = CATALOGS["en"].get(french)
    assert entry is not None and entry.string, f"not in the English catalog: {french!r}"
    return typeset(Translations(CATALOGS).translate("en", french), "en")


# English address -> French address of the same listing page.
PAIRS = {
    "en/events/": "evenements/",
    "en/events/archive/": "evenements/archives/",
    "en/events/region/bas-saint-laurent/": "evenements/region/bas-saint-laurent/",
    "en/events/format/en-personne/": "evenements/format/en-personne/",
    "en/events/category/vie-associative/": "evenements/categorie/vie-associative/",
    "en/calendar/2026/12/": "calendrier/2026/12/",
    "en/calendar/2027/01/": "calendrier/2027/01/",
}
FACETS = [address for address in PAIRS if address.startswith("en/events/") and address.count("/") == 4]
# The current month (the fixture's "now" is 23 November 2026) is also at the undated address.
CURRENT = {"en/calendar/": "en/calendar/2026/11/", "calendrier/": "calendrier/2026/11/"}
ENGLISH_EVENT = ("evenements/diner-a-venir-rimouski/", "en/events/diner-a-venir-rimouski/")


def main(page):
    return page.select_one("main")


def own_links(page):
    """The links of the page's main content, the language switch aside."""
    return [a for a in main(page).select("a[href^='/']") if not a.find_parent("nav", class_="translations")]


def said_french(a):
    """The link or what it sits in says it leads to French (hreflang) or is French (lang)."""
    return a.get("hreflang") == "fr-CA" or a.find_parent(attrs={"lang": "fr-CA"}) is not None or a.select_one("[lang='fr-CA']") is not None


ALL = [*PAIRS, *PAIRS.values(), *CURRENT]


@pytest.mark.parametrize("address", ALL, ids=ALL)
def test_pages_exist_in_their_language(fixture_site, address):
    page = fixture_site.page(address)
    assert page.html["lang"] == ("en-CA" if address.startswith("en/") else "fr-CA")


@pytest.mark.parametrize("english_address, french_address", PAIRS.items(), ids=list(PAIRS))
def test_each_language_links_the_other(fixture_site, english_address, french_address):
    for address, other, own, tag in ((english_address, french_address, "en-CA", "fr-CA"), (french_address, english_address, "fr-CA", "en-CA")):
        page = fixture_site.page(address)
        (link,) = page.select("nav.translations a")
        assert link["href"] == "/" + other and link["hreflang"] == tag and link["lang"] == tag
        assert page.find("link", rel="alternate", hreflang=tag)["href"].endswith("/" + other)
        assert page.find("link", rel="alternate", hreflang=own)["href"].endswith("/" + address)
        assert page.find("link", rel="canonical")["href"].endswith("/" + address)


@pytest.mark.parametrize("address, dated", CURRENT.items(), ids=list(CURRENT))
def test_the_current_month_points_to_its_dated_page(fixture_site, address, dated):
    page, dated_page = fixture_site.page(address), fixture_site.page(dated)
    assert page.find("link", rel="canonical")["href"].endswith("/" + dated)
    assert page.select_one("nav.translations a")["href"] == dated_page.select_one("nav.translations a")["href"]
    assert text(page.select_one("h1")) == text(dated_page.select_one("h1"))


@pytest.mark.parametrize("address", list(PAIRS), ids=list(PAIRS))
def test_english_pages_link_english_listing_pages(fixture_site, address):
    """Every link of the content leads to an English page, or says that it leads to French."""
    page = fixture_site.page(address)
    links = own_links(page)
    assert links
    for a in links:
        href = a["href"][1:]
        if href.endswith(".ics"):
            continue
        if href.startswith("en/"):
            assert (fixture_site.output / href / "index.html").is_file(), a
            assert a.get("hreflang") is None, a
        else:
            assert said_french(a), a


@pytest.mark.parametrize("address", list(PAIRS.values()), ids=list(PAIRS.values()))
def test_french_pages_link_french_pages(fixture_site, address):
    links = own_links(fixture_site.page(address))
    assert links
    assert not [a for a in links if a["href"].startswith("/en/") or a.get("hreflang")]


def test_the_upcoming_events_speak_english(fixture_site):
    page = fixture_site.page("en/events/")
    assert text(page.select_one("h1")) == english("Événements à venir")
    assert page.title.string.startswith(english("Événements à venir") + " — ")
    lead = page.select_one("p.lead")
    assert {text(a): a["href"] for a in lead.select("a")} == {
        english("archives"): "/en/events/archive/",
        english("calendrier du mois"): "/en/calendar/",
    }
    french = fixture_site.page("evenements/")
    assert text(french.select_one("h1")) == "Événements à venir"


@pytest.mark.parametrize("lang_address", ["en/events/", "evenements/"])
def test_the_facet_menu_in_each_language(fixture_site, lang_address):
    page = fixture_site.page(lang_address)
    nav = page.select_one("nav.facets")
    words = ("Filtrer les événements", "Par région", "Par format", "Par thème")
    if lang_address.startswith("en/"):
        words = tuple(english(w) for w in words)
    assert nav["aria-label"] == words[0]
    assert [text(h) for h in nav.select("h2.facet-title")] == list(words[1:])
    prefix = "/en/events/" if lang_address.startswith("en/") else "/evenements/"
    assert all(a["href"].startswith(prefix) for a in nav.select("a"))


def facet_links(page, kind):
    """{href: link} of one group of the facet menu (region, format, category: in that order)."""
    groups = page.select("nav.facets .facet-group")
    index = ("region", "format", "category").index(kind)
    return {a["href"]: a for a in groups[index].select("a")}


def test_facet_titles_in_english(fixture_site):
    en, fr = fixture_site.page("en/events/"), fixture_site.page("evenements/")
    regions = {region.slug: region for region in load_regions()}
    for href, a in facet_links(en, "region").items():
        slug = href.split("/")[-2]
        assert text(a) == regions[slug].name("en")
        assert a.get("lang") is None and a.select_one("[lang]") is None
    # Formats: the words the event cards use for them.
    french_formats = {a["href"]: text(a) for a in facet_links(fr, "format").values()}
    english_formats = {a["href"]: text(a) for a in facet_links(en, "format").values()}
    assert english_formats == {"/en" + href.replace("/evenements/", "/events/", 1): english(title) for href, title in french_formats.items()}
    assert list(english_formats.values()) == sorted(english_formats.values(), key=str.casefold)
    # Categories: in English when content/data/translations.yml names them, else as written, marked French.
    english_categories = facet_links(en, "category")
    assert {href: text(a) for href, a in english_categories.items()} == {
        "/en/events/category/reseautage/": "Réseautage",
        "/en/events/category/vie-associative/": "Community life",
    }
    assert english_categories["/en/events/category/reseautage/"].select_one("span[lang='fr-CA']") is not None
    assert english_categories["/en/events/category/vie-associative/"].select_one("[lang]") is None
    for a in facet_links(fr, "category").values():
        assert a.select_one("[lang]") is None


@pytest.mark.parametrize("address", FACETS)
def test_a_filtered_list_in_english(fixture_site, address):
    page = fixture_site.page(address)
    french = fixture_site.page(PAIRS[address])
    (current,) = main(page).select("nav.facets a[aria-current=page]")
    assert current["href"] == "/" + address
    shown = text(current)
    assert text(page.select_one("h1")) == english("Événements à venir") + " — " + shown
    crumbs = page.select("nav.breadcrumbs a")
    assert [text(a) for a in crumbs] == [english("Accueil"), english("Événements"), shown]
    assert [a["href"] for a in crumbs] == ["/en/", "/en/events/", "/" + address]
    assert page.select_one("nav.breadcrumbs")["aria-label"] == english("Fil d'Ariane")
    assert text(page.select("nav.facets p a")[-1]) == english("Tous les événements")
    # The same events as the French list.
    assert len(page.select("article.event-card")) == len(french.select("article.event-card")) > 0
    assert [text(a) for a in french.select("nav.breadcrumbs a")][:2] == ["Accueil", "Événements"]


@pytest.mark.parametrize("address", ["en/events/", "en/events/region/bas-saint-laurent/", "en/events/format/en-personne/"])
def test_event_cards_show_english_translations_and_mark_french_ones(fixture_site, address):
    cards = fixture_site.page(address).select("article.event-card")
    links = {card.select_one(".card-title a")["href"]: card for card in cards}
    assert "/" + ENGLISH_EVENT[1] in links
    assert "/" + ENGLISH_EVENT[0] not in links
    assert any(card.get("lang") == "fr-CA" for card in cards)
    for href, card in links.items():
        assert card.get("lang") == (None if href.startswith("/en/") else "fr-CA"), card


def test_the_archive_speaks_english(fixture_site):
    page = fixture_site.page("en/events/archive/")
    assert text(page.select_one("h1")) == english("Événements passés")
    cards = page.select("article.event-card")
    assert cards
    for card in cards:
        english_card = card.select_one(".card-title a")["href"].startswith("/en/")
        assert card.get("lang") == (None if english_card else "fr-CA"), card
    assert text(fixture_site.page("evenements/archives/").select_one("h1")) == "Événements passés"


def month_entries(page):
    """{href: (title element, status text)} of the month list (the narrow-screen view)."""
    found = {}
    for a in page.select("section.month-list .month-entry a"):
        status = a.select_one(".entry-status")
        found[a["href"]] = (a.select_one(".entry-title"), text(status) if status else None)
    return found


def test_the_month_calendar_speaks_english(fixture_site):
    page = fixture_site.page("en/calendar/2026/12/")
    december = format_month(dt.date(2026, 12, 1), "en")
    assert page.title.string == english("Calendrier, %(month)s") % {"month": december} + " — maillage"
    h1 = page.select_one("h1")
    assert text(h1.select_one(".kicker")) == english("Calendrier des événements")
    assert text(h1).endswith(december)
    assert page.select_one("nav.month-nav")["aria-label"] == english("Mois précédent et suivant")
    assert page.find("a", rel="prev")["href"] == "/en/calendar/2026/11/"
    assert page.find("a", rel="next")["href"] == "/en/calendar/2027/01/"
    quick = {text(a): a["href"] for a in page.select("ul.month-links a")}
    assert quick == {english("Revenir au mois en cours"): "/en/calendar/", english("Liste des événements à venir"): "/en/events/"}
    days = page.select_one("section.month-list")
    assert days["aria-label"] == english("Événements de %(month)s, jour par jour") % {"month": december}
    assert text(days.select_one("h2")).startswith("Thursday, December 3")
    assert text(page.select_one("section.subscribe h2")) == english("S'abonner au calendrier")


def test_month_entries_in_english_when_translated(fixture_site):
    en = month_entries(fixture_site.page("en/calendar/2026/12/"))
    fr = month_entries(fixture_site.page("calendrier/2026/12/"))
    assert len(en) == len(fr)
    french_address, english_address = ENGLISH_EVENT
    title, _status = en["/" + english_address]
    assert title.get("lang") is None
    assert text(title) == text(fixture_site.page(english_address).select_one("h1"))
    assert text(fr["/" + french_address][0]) == text(fixture_site.page(french_address).select_one("h1"))
    assert "/" + french_address not in en
    for href, (title, status) in en.items():
        if href.startswith("/en/"):
            continue
        assert title.get("lang") == "fr-CA", title
        assert href in fr
        assert status == (english(fr[href][1]) if fr[href][1] else None)
    assert any(status == english("Annulé") for _title, status in en.values())
    assert all(title.get("lang") is None for title, _status in fr.values())


def test_an_empty_month_says_so_in_english(fixture_site):
    page = fixture_site.page("en/calendar/2027/01/")
    january = format_month(dt.date(2027, 1, 1), "en")
    assert text(page.select_one("p.month-empty")) == english("Aucun événement en %(month)s.") % {"month": january}
    assert text(fixture_site.page("calendrier/2027/01/").select_one("p.month-empty")) == "Aucun événement en janvier 2027."


@pytest.mark.parametrize("address, today", [("en/calendar/", english("aujourd'hui")), ("calendrier/", "aujourd’hui")])
def test_today_is_marked_in_the_pages_language(fixture_site, address, today):
    cell = fixture_site.page(address).select_one("td.is-today")
    (marker,) = [span for span in cell.select("span.visually-hidden") if span.find_parent("time") is None]
    assert text(marker) == f"({today})"


def test_subscriptions_are_titled_in_english(fixture_site):
    for address in ("en/events/", "en/calendar/2026/12/"):
        (title,) = fixture_site.page(address).select("section.subscribe .subscribe-title")
        assert text(title) == english("Tous les événements") and title.get("lang") is None
    (region,) = fixture_site.page("en/events/region/bas-saint-laurent/").select("section.subscribe .subscribe-title")
    (french,) = fixture_site.page("evenements/region/bas-saint-laurent/").select("section.subscribe .subscribe-title")
    assert text(french) == "Événements — Bas-Saint-Laurent"
    assert text(region) == "Events — Bas-Saint-Laurent"


def test_the_english_address_of_every_filtered_list_exists(fixture_site):
    french = sorted(p.parent.relative_to(fixture_site.output).as_posix() for p in (fixture_site.output / "evenements").glob("*/*/index.html") if p.parent.parent.name in ("region", "format", "categorie"))
    assert french
    for address in french:
        segment = {"region": "region", "format": "format", "categorie": "category"}[Path(address).parent.name]
        english_address = f"en/events/{segment}/{Path(address).name}/"
        assert fixture_site.page(english_address).html["lang"] == "en-CA"
