"""The directory and the regions in English: /en/directory/, its kind pages, /en/regions/ and each
region's page read in English, link their French counterparts (and back), keep their links to
listing pages in English, show an entry or event translated into English in English and mark the
French-only ones fr-CA. The French pages stay French.

Built from the fixture site (tests/fixtures/site: `groupe-rimouski` has an English translation,
`incubateur-sherbrooke` has none) and the directory fixture (entries outside Quebec, a contact
page)."""

import re

import pytest

from hub_core.urls import listing_url
from sitebuild import FIXTURES, build_once, hrefs, text

# French address -> English address of every listing page of the directory and the regions.
PAIRS = {
    "regions/": "en/regions/",
    "regions/bas-saint-laurent/": "en/regions/bas-saint-laurent/",
    "regions/laurentides/": "en/regions/laurentides/",
    "repertoire/": "en/directory/",
    "repertoire/type/groupe-de-rencontre/": "en/directory/type/groupe-de-rencontre/",
    "repertoire/type/incubateur/": "en/directory/type/incubateur/",
}
ENGLISH_PAGES = list(PAIRS.values())
IDS = ["regions", "region", "region-empty", "directory", "kind", "kind-untranslated"]

# (h1, the h2 headings) of each page, in its language.
HEADINGS = {
    "regions/": ("Régions", ["Les 17 régions", "Hors Québec : France"]),
    "en/regions/": ("Regions", ["The 17 regions", "Outside Quebec: France"]),
    "regions/bas-saint-laurent/": (
        "Bas-Saint-Laurent",
        ["Groupes et organismes", "Événements à venir dans la région", "Près de chez vous", "Articles récents", "Suivre la région"],
    ),
    "en/regions/bas-saint-laurent/": (
        "Bas-Saint-Laurent",
        ["Groups and organizations", "Upcoming events in the region", "Near you", "Recent posts", "Follow the region"],
    ),
    "regions/laurentides/": ("Laurentides", ["Groupes et organismes", "Événements à venir dans la région", "Près de chez vous"]),
    "en/regions/laurentides/": ("Laurentians", ["Groups and organizations", "Upcoming events in the region", "Near you"]),
    "repertoire/": ("Répertoire", ["Par type", "Par région", "Près de moi", "Bas-Saint-Laurent (1)", "Estrie (1)", "Réutiliser le répertoire"]),
    "en/directory/": ("Directory", ["By type", "By region", "Near me", "Bas-Saint-Laurent (1)", "Estrie (1)", "Reuse the directory"]),
    "repertoire/type/groupe-de-rencontre/": ("Groupes de rencontre", ["Par type", "Bas-Saint-Laurent (1)"]),
    "en/directory/type/groupe-de-rencontre/": ("Meetup groups", ["By type", "Bas-Saint-Laurent (1)"]),
    "repertoire/type/incubateur/": ("Incubateurs", ["Par type", "Estrie (1)"]),
    "en/directory/type/incubateur/": ("Incubators", ["By type", "Estrie (1)"]),
}

# Words of the French interface that no English page may show outside French-marked content.
FRENCH_WORDS = re.compile(
    r"\b(région|régions|répertoire|événements?|aucun|aucune|groupes? de rencontre|organismes?|"
    r"incubateurs?|près de|suivre|voir|prochainement|hors québec|à venir|articles? récents?|"
    r"sur cette page|faites-le-nous savoir)\b",
    re.IGNORECASE,
)

TRANSLATED = "groupe-rimouski"  # has an English translation: "Rimouski Networking Group"
UNTRANSLATED = "incubateur-sherbrooke"  # French only


@pytest.fixture(scope="module")
def directory_site(tmp_path_factory):
    """The directory fixture: entries in Ontario and France, a contact page."""
    return build_once(tmp_path_factory, FIXTURES / "directory" / "content", "english-directory-site")


def english_text(page):
    """The text of <main> without what is marked as French (French items, the language link)."""
    main = page.select_one("main")
    for french in main.select('[lang="fr-CA"]'):
        french.decompose()
    return text(main)


def entry_cards(page):
    """{entry slug: card} of the directory entry cards of a page (its English or French address)."""
    cards = {}
    for card in page.select("article.entry-card"):
        href = card.select_one(".card-title a")["href"]
        cards[href.rstrip("/").rsplit("/", 1)[-1]] = card
    return cards


# --- Each English page exists, says it is English and links its French counterpart ------

@pytest.mark.parametrize("french, english", PAIRS.items(), ids=IDS)
def test_english_and_french_pages_link_each_other(fixture_site, french, english):
    for address, other, own, tag in ((french, english, "fr-CA", "en-CA"), (english, french, "en-CA", "fr-CA")):
        page = fixture_site.page(address)
        assert page.html["lang"] == own
        (link,) = page.select("nav.translations a")
        assert (link["href"], link["hreflang"], link["lang"]) == ("/" + other, tag, tag)
        assert page.find("link", rel="alternate", hreflang=tag)["href"] == "/" + other
        assert page.find("link", rel="alternate", hreflang=own)["href"] == "/" + address
        assert page.find("link", rel="canonical")["href"] == "/" + address


@pytest.mark.parametrize("address", list(HEADINGS), ids=[f"{i}-{lang}" for i in IDS for lang in ("fr", "en")])
def test_headings_are_in_the_pages_language(fixture_site, address):
    page = fixture_site.page(address)
    h1, h2s = HEADINGS[address]
    (title,) = page.select("main h1")
    assert text(title) == h1
    assert [text(h) for h in page.select("main h2")] == h2s
    assert page.title.get_text().startswith(h1 + " — ")


@pytest.mark.parametrize("address", ENGLISH_PAGES, ids=IDS)
def test_english_pages_show_no_french_interface_text(fixture_site, address):
    page = fixture_site.page(address)
    shown = english_text(page)
    # A calendar's title comes from hub_events, in French (`Événements — Bas-Saint-Laurent`).
    shown = re.sub(r"Événements — [^\s]+", "", shown)
    assert FRENCH_WORDS.findall(shown) == []
    description = page.find("meta", attrs={"name": "description"})["content"]
    assert FRENCH_WORDS.findall(description) == []
    for labelled in page.select("main [aria-label]"):
        assert FRENCH_WORDS.findall(labelled["aria-label"]) == [], labelled


@pytest.mark.parametrize("french", PAIRS, ids=IDS)
def test_the_french_pages_stay_french(fixture_site, french):
    page = fixture_site.page(french)
    main = page.select_one("main")
    # Only the language link leads to English, and only it is marked English: the fixture's
    # items are all French first, so no card says another language.
    assert [h for h in hrefs(main) if h.startswith("/en/")] == ["/" + PAIRS[french]]
    assert main.select('[lang="en-CA"]') == [main.select_one("nav.translations a")]
    assert main.select('[lang="fr-CA"]') == []
    assert FRENCH_WORDS.search(text(main))


# --- Links: listing pages in English, items in their English translation when there is one --

@pytest.mark.parametrize("address", ENGLISH_PAGES, ids=IDS)
def test_english_pages_link_english_listing_pages_and_mark_french_ones(fixture_site, address):
    """A link from an English page goes to an English page, or says that its target is French:
    it is a French item (itself or its card lang="fr-CA"), or it carries hreflang="fr-CA" and
    its target has no English version (a listing page's would be listing_url's)."""
    main = fixture_site.page(address).select_one("main")
    english = 0
    for a in main.select("a[href^='/']"):
        if a.find_parent("nav", class_="translations"):
            continue  # the French page itself (test_english_and_french_pages_link_each_other)
        target = a["href"].split("#")[0][1:]
        if not target.endswith("/"):
            continue  # a feed, a calendar, an export
        if target.startswith("en/"):
            assert (fixture_site.output / target / "index.html").is_file(), a
            assert a.get("hreflang") is None, a
            english += 1
        elif a.get("lang") != "fr-CA" and a.find_parent(attrs={"lang": "fr-CA"}) is None:
            assert a.get("hreflang") == "fr-CA", a
            assert listing_url(target, "en") == target, a
    assert english


def test_breadcrumbs_of_english_region_and_kind_pages(fixture_site):
    region = fixture_site.page("en/regions/laurentides/")
    crumbs = region.select("nav.breadcrumbs a")
    assert [(text(a), a["href"]) for a in crumbs] == [("Home", "/en/"), ("Regions", "/en/regions/"), ("Laurentians", "/en/regions/laurentides/")]
    assert all(a.get("hreflang") is None for a in crumbs)
    kind = fixture_site.page("en/directory/type/groupe-de-rencontre/")
    assert [(text(a), a["href"]) for a in kind.select("nav.breadcrumbs a")] == [
        ("Home", "/en/"), ("Directory", "/en/directory/"), ("Meetup groups", "/en/directory/type/groupe-de-rencontre/")
    ]
    french = fixture_site.page("regions/laurentides/")
    assert [(text(a), a["href"]) for a in french.select("nav.breadcrumbs a")] == [
        ("Accueil", "/"), ("Régions", "/regions/"), ("Laurentides", "/regions/laurentides/")
    ]


@pytest.mark.parametrize(
    "address, slugs",
    [
        pytest.param("en/directory/", {TRANSLATED, UNTRANSLATED}, id="directory"),
        pytest.param("en/regions/bas-saint-laurent/", {TRANSLATED}, id="region"),
        pytest.param("en/directory/type/incubateur/", {UNTRANSLATED}, id="kind"),
    ],
)
def test_entry_cards_show_the_english_translation_or_say_they_are_french(fixture_site, address, slugs):
    page = fixture_site.page(address)
    cards = entry_cards(page)
    assert set(cards) == slugs
    labels = {TRANSLATED: "Meetup group", UNTRANSLATED: "Incubator"}
    for slug, card in cards.items():
        link = card.select_one(".card-title a")
        assert text(card.select_one(".kind")) == labels[slug]  # the kind, in the page's language
        if slug == TRANSLATED:
            assert link["href"] == f"/en/directory/{slug}/"
            assert text(link) == "Rimouski Networking Group"
            assert (fixture_site.output / "en" / "directory" / slug / "index.html").is_file()
            assert card.get("lang") is None and card.select_one(".kicker").get("lang") is None
        else:
            assert link["href"] == f"/repertoire/{slug}/"
            assert not (fixture_site.output / "en" / "directory" / slug).exists()
            assert card["lang"] == "fr-CA"
            assert card.select_one(".kicker")["lang"] == "en-CA"  # the page's words inside a French card


@pytest.mark.parametrize(
    "address, slugs",
    [("repertoire/", {TRANSLATED, UNTRANSLATED}), ("regions/bas-saint-laurent/", {TRANSLATED})],
    ids=["directory", "region"],
)
def test_french_entry_cards_are_the_french_entries(fixture_site, address, slugs):
    cards = entry_cards(fixture_site.page(address))
    assert set(cards) == slugs
    labels = {TRANSLATED: "Groupe de rencontre", UNTRANSLATED: "Incubateur"}
    for slug, card in cards.items():
        assert card.select_one(".card-title a")["href"] == f"/repertoire/{slug}/"
        assert text(card.select_one(".kind")) == labels[slug]
        assert card.get("lang") is None and card.select_one(".kicker").get("lang") is None
    assert text(cards[TRANSLATED].select_one(".card-title a")) == "Groupe de réseautage de Rimouski"


def test_event_and_post_cards_of_an_english_region_page(fixture_site):
    page = fixture_site.page("en/regions/bas-saint-laurent/")
    upcoming = page.find(id="a-venir").find_parent("section")
    cards = upcoming.select("article.event-card")
    assert cards
    links = {card.select_one(".card-title a")["href"]: card for card in cards}
    translated = links["/en/events/diner-a-venir-rimouski/"]
    assert translated.get("lang") is None and text(translated.select_one(".card-title")) == "Networking lunch in Rimouski"
    for href, card in links.items():
        assert card.get("lang") == (None if href.startswith("/en/") else "fr-CA")
    for card in page.select("article.post-card"):
        assert card.get("lang") == (None if card.select_one("a")["href"].startswith("/en/") else "fr-CA")


# --- Counts, names and the map, in English --------------------------------------------------

def test_english_region_page_counts_and_distances(fixture_site):
    english, french = fixture_site.page("en/regions/bas-saint-laurent/"), fixture_site.page("regions/bas-saint-laurent/")
    counts = [li.get_text(strip=True) for li in english.select("ul.region-counts li")]
    assert counts[0] == "1 group or organization in the directory"
    assert re.fullmatch(r"\d+ upcoming events? in the region", counts[1])
    assert re.fullmatch(r"\d+ upcoming events? nearby \(150\xa0km or less\)", counts[2])
    french_counts = [li.get_text(strip=True) for li in french.select("ul.region-counts li")]
    assert french_counts[0] == "1 groupe ou organisme au répertoire"
    assert [re.search(r"\d+", c).group() for c in counts] == [re.search(r"\d+", c).group() for c in french_counts]
    distances = [p.get_text(strip=True) for p in english.select(".nearby-item .distance")]
    assert distances and all(re.fullmatch(r"\d+\xa0km from .+", d) for d in distances)
    french_distances = [p.get_text(strip=True) for p in french.select(".nearby-item .distance")]
    assert all(re.fullmatch(r"À \d+\xa0km de .+", d) for d in french_distances)
    assert [d.split("\xa0")[0] for d in distances] == [d[2:].split("\xa0")[0] for d in french_distances]
    empty = fixture_site.page("en/regions/laurentides/")
    assert text(empty.select_one("ul.region-counts li")) == "No groups or organizations in the directory"


def test_english_kind_page_lead(fixture_site):
    assert text(fixture_site.page("en/directory/type/groupe-de-rencontre/").select_one("p.lead")) == "1 meetup group in the directory, in 1 region."
    assert text(fixture_site.page("repertoire/type/groupe-de-rencontre/").select_one("p.lead")) == "1 groupe de rencontre au répertoire, dans 1 région."


def test_english_kind_and_region_navigation(fixture_site):
    directory = fixture_site.page("en/directory/")
    kinds = directory.select("nav.directory-facets .facet-group")[0]
    assert [(text(a), a["href"]) for a in kinds.select("a")] == [
        ("Meetup groups", "/en/directory/type/groupe-de-rencontre/"),
        ("Incubators", "/en/directory/type/incubateur/"),
    ]
    assert [text(o) for o in directory.select("select#filtre-type option")] == ["All types", "Meetup groups", "Incubators"]
    assert [a["href"] for a in directory.select("p.group-link a")] == ["/en/regions/bas-saint-laurent/", "/en/regions/estrie/"]
    kind = fixture_site.page("en/directory/type/incubateur/")
    assert kind.select_one("nav.directory-facets a[aria-current=page]")["href"] == "/en/directory/type/incubateur/"
    (whole,) = [a for a in kind.select("nav.directory-facets a") if a["href"] == "/en/directory/"]
    assert text(whole) == "The whole directory"


def test_english_regions_index_names_regions_in_english(fixture_site):
    english, french = fixture_site.page("en/regions/"), fixture_site.page("regions/")
    names = {card.select_one(".region-code").get_text(strip=True): card.find("h3").find("a") for card in english.select(".region-grid > li")}
    assert len(names) == 17
    assert (text(names["15"]), names["15"]["href"]) == ("Laurentians", "/en/regions/laurentides/")
    assert (text(names["09"]), names["09"]["href"]) == ("North Shore", "/en/regions/cote-nord/")
    french_names = {card.select_one(".region-code").get_text(strip=True): text(card.find("h3")) for card in french.select(".region-grid > li")}
    assert (french_names["15"], french_names["09"]) == ("Laurentides", "Côte-Nord")
    # Each English card names the region as its English page does.
    for code, a in names.items():
        assert text(fixture_site.page(a["href"][1:]).select_one("main h1")) == text(a), code


def test_next_event_on_the_english_regions_index(fixture_site):
    page = fixture_site.page("en/regions/")
    nexts = page.select("p.next-event")
    assert nexts
    for p in nexts:
        assert text(p).startswith("Coming up:")
        a = p.find("a")
        assert a.get("lang") == (None if a["href"].startswith("/en/") else "fr-CA")
        assert re.search(r"[A-Z][a-z]+day, [A-Z][a-z]+ \d{1,2}, \d{4}$", text(p.find("time")))
    assert "/en/events/diner-a-venir-rimouski/" in hrefs(page.select_one(".region-grid"))


def test_english_map_text_alternative(fixture_site):
    english, french = fixture_site.page("en/regions/"), fixture_site.page("regions/")
    svg = english.select_one("svg.quebec-map")
    assert svg.find("title").get_text() == "Map of Quebec: where the groups and upcoming events are"
    assert re.match(r"\d+ groups? (and|or) organizations? \(circles\) and \d+ upcoming events? \(diamonds\)", svg.find("desc").get_text())
    labels = {g.find("text").get_text(): g.find("title").get_text() for g in english.select("g.map-labels > g")}
    french_labels = {g.find("text").get_text(): g.find("title").get_text() for g in french.select("g.map-labels > g")}
    assert (labels["15"], french_labels["15"]) == ("Laurentians", "Laurentides")
    assert all(not FRENCH_WORDS.search(li.get_text()) for li in english.select(".map-legend li"))


# --- Outside Quebec and the contact page (directory fixture) ----------------------------------

def test_outside_quebec_in_english(directory_site):
    regions = directory_site.page("en/regions/")
    assert text(regions.select_one("h2#hors-quebec")) == "Outside Quebec: Ontario, France"
    assert text(directory_site.page("regions/").select_one("h2#hors-quebec")) == "Hors Québec : Ontario, France"
    outside = regions.select_one("section.outside-quebec")
    for a in outside.select("a"):
        assert a["href"].startswith("/en/") or (a["lang"], a["hreflang"]) == ("fr-CA", "fr-CA"), a
    directory = directory_site.page("en/directory/")
    headings = [text(h) for h in directory.select("section.directory-group > h2")]
    assert headings[-2:] == ["Outside Quebec: Ontario (1)", "Outside Quebec: France (1)"]
    assert "and outside Quebec: Ontario, France." in text(directory.select_one("p.lead"))


def test_the_contact_link_of_english_pages_says_it_is_french(directory_site):
    page = directory_site.page("en/regions/abitibi-temiscamingue/")
    (contact,) = page.find(id="groupes").find_parent("section").select('a[href="/contact/"]')
    assert (text(contact), contact["hreflang"]) == ("Let us know", "fr-CA")
    french = directory_site.page("regions/abitibi-temiscamingue/")
    (contact,) = french.find(id="groupes").find_parent("section").select('a[href="/contact/"]')
    assert text(contact) == "Faites-le-nous savoir" and contact.get("hreflang") is None


def test_every_english_kind_has_its_page(directory_site):
    french = sorted(p.parent.name for p in (directory_site.output / "repertoire" / "type").glob("*/index.html"))
    english = sorted(p.parent.name for p in (directory_site.output / "en" / "directory" / "type").glob("*/index.html"))
    assert english == french and len(french) == 6
    titles = [text(directory_site.page(f"en/directory/type/{slug}/").select_one("h1")) for slug in english]
    assert sorted(titles) == ["Associations", "Coworking spaces", "Incubators", "Media outlets", "Meetup groups", "Public bodies"]
