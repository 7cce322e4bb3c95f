"""The library, built from tests/fixtures/resources at the fixtures' "now" (2026-11-23 07:00 in
Montréal): /ressources/ and its filter pages in both languages, item pages (resources, a past
conference's exhibitors and survey), directory back-links, files copied, the feed; and the build
stopping on a missing file."""

import shutil

import feedparser
import pytest

from sitebuild import FIXTURES, build, build_once, hrefs, text

CONTENT = FIXTURES / "resources" / "content"
FORUM = "evenements/forum-virtuel-2026/"
# Still offered on 2026-11-23, newest first: (title, the page of its source)
LIBRARY = [
    ("Document préparatoire", "/evenements/seminaire-matane-2026-12/"),
    ("Les chiffres du forum", "/blogue/compte-rendu-forum/"),
    ("Atelier — enregistrement", "/" + FORUM),
    ("Diapositives de l'ouverture", "/" + FORUM),
    ("Closing keynote", "/" + FORUM),
    ("Portrait de la cohorte", "/" + FORUM),
    ("Gabarit de plan de classement", "/chroniques/chronique-numerique/garder-ses-documents/"),
    ("Photos du jour 1", "/missions/mission-loire-2026/carnet-du-jour-1/"),
    ("Bilan de la mission", "/missions/mission-loire-2026/"),
    ("Recruter en région — diapositives", "/evenements/seminaire-rimouski-2025/"),
]


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    return build_once(tmp_path_factory, CONTENT, "resources-site")


def entries(page):
    """(title, source href) of each entry of a library page."""
    found = []
    for li in page.select("ul.library > li"):
        title = li.select_one(".resource-title")
        source = li.select_one(".library-source a")
        found.append((text(title), source["href"]))
    return found


def test_the_library_lists_every_offered_resource_once_newest_first(site):
    assert entries(site.page("ressources/")) == LIBRARY


def test_the_english_library_lists_the_same_resources_linking_to_translations(site):
    found = entries(site.page("en/resources/"))
    assert [title for title, _ in found] == [title for title, _ in LIBRARY]
    assert ("Atelier — enregistrement", "/en/events/forum-virtuel-2026/") in found
    assert ("Recruter en région — diapositives", "/evenements/seminaire-rimouski-2025/") in found


def test_a_file_links_to_its_copy_and_the_copy_exists(site):
    page = site.page("ressources/")
    links = {text(a): a["href"] for a in page.select("ul.library .resource-title")}
    assert links["Diapositives de l'ouverture"] == "/files/diapos-forum.pdf"
    assert links["Bilan de la mission"] == "/files/2026/bilan-mission.pdf"
    for name in ("diapos-forum.pdf", "diapos-rimouski.pdf", "2026/bilan-mission.pdf"):
        assert (site.output / "files" / name).read_bytes() == (CONTENT / "files" / name).read_bytes()


FILTERS = [
    ("ressources/type/enregistrements/", ["Atelier — enregistrement"]),
    ("ressources/type/presentations/", ["Diapositives de l'ouverture", "Recruter en région — diapositives"]),
    ("ressources/type/videos/", ["Closing keynote"]),
    ("ressources/type/documents/", ["Document préparatoire", "Portrait de la cohorte", "Gabarit de plan de classement", "Bilan de la mission"]),
    ("ressources/type/liens/", ["Les chiffres du forum", "Photos du jour 1"]),
    ("ressources/theme/ressources-humaines/", ["Document préparatoire", "Recruter en région — diapositives"]),
    ("ressources/theme/ventes-et-mercatique/", ["Atelier — enregistrement", "Diapositives de l'ouverture", "Closing keynote", "Portrait de la cohorte"]),
    ("ressources/region/bas-saint-laurent/", ["Document préparatoire", "Recruter en région — diapositives"]),
    ("ressources/annee/2025/", ["Recruter en région — diapositives"]),
    ("en/resources/kind/liens/", ["Les chiffres du forum", "Photos du jour 1"]),
    ("en/resources/topic/ressources-humaines/", ["Document préparatoire", "Recruter en région — diapositives"]),
    ("en/resources/year/2025/", ["Recruter en région — diapositives"]),
]


@pytest.mark.parametrize("address, titles", FILTERS)
def test_each_filter_page_lists_its_resources(site, address, titles):
    assert [title for title, _ in entries(site.page(address))] == titles


def test_the_filter_pages_are_those_of_the_listed_resources(site):
    written = {p for p in site.files() if p.startswith("ressources/") and p.endswith("index.html")}
    assert written == {
        "ressources/index.html",
        *(f"ressources/type/{kind}/index.html" for kind in ("enregistrements", "presentations", "videos", "documents", "liens")),
        "ressources/theme/ressources-humaines/index.html", "ressources/theme/ventes-et-mercatique/index.html",
        "ressources/region/bas-saint-laurent/index.html",
        "ressources/annee/2025/index.html", "ressources/annee/2026/index.html",
    }
    nav = site.page("ressources/").select_one("nav.facets")
    assert "/ressources/annee/2026/" in hrefs(nav) and "/ressources/region/bas-saint-laurent/" in hrefs(nav)


def test_an_expired_resource_leaves_the_library_but_stays_on_its_page(site):
    titles = [title for title, _ in entries(site.page("ressources/"))]
    assert "Ouverture — enregistrement" not in titles  # until 2026-11-22
    assert "Atelier — enregistrement" in titles  # until 2026-11-23: its last day
    page = site.page(FORUM)
    lines = {text(li.select_one(".resource-title")): text(li) for li in page.select(".remains .resource")}
    assert "n’est plus disponible depuis le lundi 23 novembre 2026" in lines["Ouverture — enregistrement"]
    assert page.find("a", string="Ouverture — enregistrement") is None
    assert "Réservé aux personnes inscrites" in lines["Atelier — enregistrement"]


def test_an_expired_resource_leaves_on_the_day_after_until(tmp_path):
    at_midnight = build(CONTENT, tmp_path / "o1", tmp_path / "c1", epoch="1795842000")  # 2026-11-28 00:00 Montréal
    assert at_midnight.returncode == 0, at_midnight.stderr
    titles = [title for title, _ in entries(at_midnight.page("ressources/"))]
    assert "Atelier — enregistrement" not in titles and "Diapositives de l'ouverture" in titles
    before = build(CONTENT, tmp_path / "o2", tmp_path / "c2", epoch="1795323600")  # 2026-11-22 00:00 Montréal
    assert [title for title, _ in entries(before.page("ressources/"))][2:4] == ["Ouverture — enregistrement", "Atelier — enregistrement"]


def test_a_draft_gives_nothing_to_the_library(site):
    assert "Pas encore publié" not in text(site.page("ressources/"))


def test_a_past_conference_leads_with_what_remains(site):
    page = site.page(FORUM)
    remains = page.select_one("section.remains")
    assert remains is not None
    body = page.select_one(".event-layout")
    assert remains.sourceline < body.sourceline
    kinds = [li["class"][1] for li in remains.select("li.resource")]
    assert kinds == ["resource-recording", "resource-recording", "resource-video", "resource-slides"]
    assert "/blogue/compte-rendu-forum/" in hrefs(remains)  # the report links to the event
    assert "210 participants" in text(remains)
    assert page.select_one("section.resources")["data-pagefind-filter"] == "Type:Ressource"


def test_the_survey_is_shown_on_a_past_event_until_its_date(site):
    survey = site.page(FORUM).select_one(".banner-survey")
    assert survey is not None and "Donnez votre avis" in text(survey)
    assert hrefs(survey) == ["https://forum.example.org/sondage"]
    assert site.page("evenements/forum-virtuel-2025/").select_one(".banner-survey") is None  # until 2025-11-01
    assert site.page("evenements/seminaire-matane-2026-12/").select_one(".banner-survey") is None  # not over yet


def test_an_upcoming_event_lists_its_resources_without_the_remains(site):
    page = site.page("evenements/seminaire-matane-2026-12/")
    assert page.select_one("section.remains") is None
    assert [text(a) for a in page.select("section.resources .resource-title")] == ["Document préparatoire"]


def test_the_exhibitors_grid(site):
    cards = site.page(FORUM).select("ul.exhibitors > li")
    names = [text(card.select_one(".card-title")) for card in cards]
    assert names == ["Incubateur de l’Est", "Agence Lakeshore"]
    assert hrefs(cards[0].select_one(".card-title")) == ["/repertoire/incubateur-est/"]
    assert "https://forum.example.org/kiosques/incubateur-est" in hrefs(cards[0])
    assert "Visiter le kiosque" in text(cards[0])
    assert "Portrait de la cohorte" in text(cards[0])
    assert hrefs(cards[1].select_one(".card-title")) == ["https://lakeshore.example.com/"]
    english = site.page("en/events/forum-virtuel-2026/").select("ul.exhibitors > li")
    assert [text(c.select_one(".card-title")) for c in english] == names
    assert "Visit the booth" in text(english[0])


def test_a_directory_entry_lists_the_events_it_exhibited_at(site):
    section = site.page("repertoire/incubateur-est/").select_one("[aria-labelledby=entree--exposant]")
    assert section is not None and hrefs(section) == ["/" + FORUM]
    assert site.page("repertoire/club-bic/").select_one("[aria-labelledby=entree--exposant]") is None


def test_a_translation_without_resources_shows_its_originals(site):
    page = site.page("en/events/forum-virtuel-2026/")
    assert "Diapositives de l'ouverture" in [text(a) for a in page.select(".remains .resource-title")]


@pytest.mark.parametrize("name", ["rss.xml", "atom.xml"])
def test_the_feed_of_new_resources(site, name):
    feed = feedparser.parse((site.output / "ressources" / name).read_bytes())
    assert feed.bozo == 0, feed.get("bozo_exception")
    titles = sorted(e.title for e in feed.entries)
    assert titles == sorted(title for title, _ in LIBRARY)
    ids = [e.id for e in feed.entries]
    assert len(set(ids)) == len(ids)
    assert "tag:maillage.quebec,2026:resource:event:forum-virtuel-2026:file:diapos-forum-pdf" in ids
    first = feed.entries[0]
    assert first.title == "Document préparatoire"  # its event's date, 2026-11-01, is the newest
    assert first.link == "https://maillage.quebec/evenements/seminaire-matane-2026-12/"


def test_the_library_declares_its_feed(site):
    head = site.page("ressources/").head
    feeds = [link["href"] for link in head.select('link[rel=alternate][type^="application/"]')]
    assert "/ressources/rss.xml" in feeds and "/ressources/atom.xml" in feeds


def test_a_missing_file_stops_the_build(tmp_path):
    content = tmp_path / "content"
    shutil.copytree(CONTENT, content)
    event = content / "events" / "seminaire-rimouski-2025.md"
    event.write_text(event.read_text(encoding="utf-8").replace("diapos-rimouski.pdf", "absent.pdf"), encoding="utf-8")
    result = build(content, tmp_path / "output", tmp_path / "cache")
    assert result.returncode != 0
    assert result.problem_lines == ["content/events/seminaire-rimouski-2025.md:15: resources[1].file: fichier introuvable : content/files/absent.pdf"]
    assert not (tmp_path / "output" / "ressources").exists()


def test_a_link_out_of_content_is_never_copied(tmp_path):
    """A file under content/files/ that links outside content/ stops the build, named, and is never
    published (hub_core.inputs)."""
    content = tmp_path / "content"
    shutil.copytree(CONTENT, content)
    secret = tmp_path / "secret.txt"
    secret.write_text("pas pour le site", encoding="utf-8")
    (content / "files" / "secret.pdf").symlink_to(secret)
    result = build(content, tmp_path / "output", tmp_path / "cache")
    assert result.returncode == 1
    assert [line.split(": ")[0] for line in result.problem_lines] == ["content/files/secret.pdf:1"]
    assert "pas pour le site" not in result.stdout + result.stderr
    assert not list(tmp_path.glob("**/files/secret.pdf")) or all(
        p.is_symlink() for p in tmp_path.glob("**/files/secret.pdf")
    ), "only the link in content/ itself, never a published copy"
