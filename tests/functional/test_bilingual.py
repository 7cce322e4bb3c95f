"""The fixture site in two languages: an English event page speaks English around its content,
the French one French; pages link their translation, and only one that exists."""

import pytest

FRENCH = "evenements/diner-a-venir-rimouski/"
ENGLISH = "en/events/diner-a-venir-rimouski/"
UNTRANSLATED = "blogue/billet-avec-resume/"

# What the chrome and the event's boxes say, in each language.
CHROME = {
    FRENCH: {
        "skip": "Aller au contenu",
        "nav": "Navigation principale",
        "sections": ["Événements", "Calendrier", "Blogue", "Chroniques", "Missions", "Régions", "Répertoire"],
        "search": "Rechercher",
        "footer": "Pied de page",
        "past": "Événements passés",
        "crumbs": ["Accueil", "Événements"],
        "glance": "En bref",
        "facts": ["Quand", "Où", "Organisé par", "Langue"],
        "add": "Ajouter à mon agenda",
        "ics": "Fichier agenda (.ics)",
        "subscribe": "S’abonner au calendrier",
        "badge": "En personne",
        "other": "Autres langues",
        "date": "vendredi 4 décembre 2026",
    },
    ENGLISH: {
        "skip": "Skip to content",
        "nav": "Main navigation",
        "sections": ["Events", "Calendar", "Blog", "Columns", "Missions", "Regions", "Directory"],
        "search": "Search",
        "footer": "Footer",
        "past": "Past events",
        "crumbs": ["Home", "Events"],
        "glance": "At a glance",
        "facts": ["When", "Where", "Organized by", "Language"],
        "add": "Add to my calendar",
        "ics": "Calendar file (.ics)",
        "subscribe": "Subscribe to the calendar",
        "badge": "In person",
        "other": "Other languages",
        "date": "Friday, December 4, 2026",
    },
}


def text(node):
    return " ".join(node.get_text(" ", strip=True).split())


@pytest.mark.parametrize("address", [FRENCH, ENGLISH], ids=["fr", "en"])
def test_the_chrome_speaks_the_pages_language(fixture_site, address):
    page, want = fixture_site.page(address), CHROME[address]
    assert text(page.select_one("a.skip-link")) == want["skip"]
    nav = page.select_one("nav.site-nav")
    assert nav["aria-label"] == want["nav"]
    assert [text(a) for a in nav.select("a")] == want["sections"]
    assert text(page.select_one("a.search-link")) == want["search"]
    footer = page.select_one("footer.site-footer")
    assert footer.select_one("nav")["aria-label"] == want["footer"]
    assert want["past"] in [text(a) for a in footer.select("a")]
    # The chrome is in the page's language: nothing marks it as another one.
    for part in (page.select_one("a.skip-link"), page.select_one("header.site-header"), footer):
        assert part.get("lang") is None


@pytest.mark.parametrize("address", [FRENCH, ENGLISH], ids=["fr", "en"])
def test_the_event_speaks_the_pages_language(fixture_site, address):
    page, want = fixture_site.page(address), CHROME[address]
    assert [text(a) for a in page.select("nav.breadcrumbs a")][:-1] == want["crumbs"]
    facts = page.select_one("section.facts")
    assert text(facts.select_one("h2")) == want["glance"]
    assert [text(dt) for dt in facts.select("dt")][:4] == want["facts"]
    assert text(facts.select_one("dd time")).startswith(want["date"])
    adding = page.select_one("section.add-to-calendar")
    assert text(adding.select_one("h2")) == want["add"]
    assert text(adding.select_one("a[download]")) == want["ics"]
    assert text(page.select_one("section.subscribe h2")) == want["subscribe"]
    assert want["badge"] in [text(li) for li in page.select("header.item-header ul.badges li")]
    assert page.select_one("nav.translations")["aria-label"] == want["other"]


# Listing pages that exist in English too (hub_site's English pages), French first.
LISTINGS = {"": "en/", "evenements/": "en/events/", "evenements/archives/": "en/events/archive/"}
# Listing pages Pelican makes of the editors' French terms: in French only.
FRENCH_ONLY = ("etiquettes/", "categories/", "auteurs/")


def test_english_links_to_french_only_pages_say_so(fixture_site):
    """English pages link English listing pages; the French-only ones are marked fr-CA."""
    page = fixture_site.page(ENGLISH)
    links = page.select("a.brand, nav.site-nav a, footer.site-footer a, nav.breadcrumbs a:not([aria-current])")
    for a in links:
        address = a["href"][1:]
        if address.startswith("en/"):
            assert (fixture_site.output / address / "index.html").is_file(), a
            assert a.get("hreflang") is None, a
        else:
            assert address.startswith(FRENCH_ONLY) or (fixture_site.output / "en" / address).exists() is False, a
            assert a.get("hreflang") == "fr-CA", a
    english = {text(a): a["href"] for a in links if a["href"].startswith("/en/")}
    assert english["maillage"] == english["Home"] == "/en/"
    assert english["Events"] == "/en/events/" and english["Past events"] == "/en/events/archive/"
    assert english["Calendar"] == "/en/calendar/" and english["Regions"] == "/en/regions/"
    french = fixture_site.page(FRENCH)
    assert all(a.get("hreflang") is None for a in french.select("nav.site-nav a, nav.breadcrumbs a"))
    assert not any(a["href"].startswith("/en/") for a in french.select("nav.site-nav a, footer.site-footer a, nav.breadcrumbs a"))


@pytest.mark.parametrize("french, english", LISTINGS.items(), ids=["home", "events", "archive"])
def test_english_listing_pages_link_their_french_counterparts(fixture_site, french, english):
    for address, other, tag, own in ((french, english, "en-CA", "fr-CA"), (english, french, "fr-CA", "en-CA")):
        page = fixture_site.page(address)
        assert page.html["lang"] == own
        (link,) = page.select("nav.translations a")
        assert link["href"] == "/" + other and link["hreflang"] == tag and link["lang"] == tag
        assert page.find("link", rel="alternate", hreflang=tag)["href"].endswith("/" + other)
        assert page.find("link", rel="alternate", hreflang=own)["href"].endswith("/" + address)
        assert page.find("link", rel="canonical")["href"].endswith("/" + address)


def test_english_listing_pages_speak_english(fixture_site):
    home = fixture_site.page("en/")
    want = CHROME[ENGLISH]
    assert text(home.select_one("a.skip-link")) == want["skip"]
    assert [text(a) for a in home.select("nav.site-nav a")] == want["sections"]
    assert text(home.select_one("h2#prochains")) == "Upcoming events"
    assert home.select_one("nav.translations")["aria-label"] == want["other"]
    # French posts shown on the English home say they are French.
    cards = home.select("article.post-card")
    assert cards
    for card in cards:
        english = card.select_one("a")["href"].startswith("/en/")
        assert card.get("lang") == (None if english else "fr-CA"), card
    events = fixture_site.page("en/events/")
    assert text(events.select_one("h1")) == "Upcoming events"
    assert events.select_one("nav.site-nav a[aria-current=page]")["href"] == "/en/events/"
    french_events = fixture_site.page("evenements/")
    assert len(events.select("article.event-card")) == len(french_events.select("article.event-card"))
    archive = fixture_site.page("en/events/archive/")
    assert text(archive.select_one("h1")) == "Past events"
    assert [text(a) for a in archive.select("nav.breadcrumbs a")] == ["Home", "Events", "Archive"]
    assert all(a.get("hreflang") is None for a in archive.select("nav.breadcrumbs a"))


def test_each_translation_links_the_other(fixture_site):
    for address, other, tag in ((FRENCH, ENGLISH, "en-CA"), (ENGLISH, FRENCH, "fr-CA")):
        page = fixture_site.page(address)
        (link,) = page.select("nav.translations a")
        assert link["href"] == "/" + other and link["hreflang"] == tag and link["lang"] == tag
        assert page.find("link", rel="alternate", hreflang=tag)["href"].endswith("/" + other)


def test_an_untranslated_page_links_no_translation(fixture_site):
    page = fixture_site.page(UNTRANSLATED)
    assert page.select_one("nav.translations") is None
    assert page.find("link", rel="alternate", hreflang=True) is None
    assert not any(a["href"].startswith("/en/") for a in page.select("a[href]"))
