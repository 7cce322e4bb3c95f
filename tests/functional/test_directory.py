"""The regional directory, built from tests/fixtures/directory: entries and events in
several regions and outside Quebec. Pages are parsed, exports are loaded as JSON."""

import json
import re
from urllib.parse import urlsplit

import pytest

from sitebuild import FIXTURES, build_once

ENTRIES = {
    # slug: (region slug or outside-Quebec title, kind)
    "groupe-rimouski": ("bas-saint-laurent", "meetup"),
    "incubateur-est": ("bas-saint-laurent", "incubator"),
    "cotravail-du-loup": ("bas-saint-laurent", "coworking"),
    "developpement-saint-fabien": ("bas-saint-laurent", "public-body"),
    "club-bic": ("bas-saint-laurent", "meetup"),
    "reseau-laurentides": ("laurentides", "association"),
    "media-capitale": ("capitale-nationale", "media"),
    "reseau-franco-ontarien": ("Ontario", "association"),
    "cantine-nantes": ("France", "coworking"),
}
HIDDEN = "groupe-en-veille"  # status: hidden: its page exists, no list shows it
REGION_CODES = [f"{n:02}" for n in range(1, 18)]


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    return build_once(tmp_path_factory, FIXTURES / "directory" / "content", "directory-site")


def entry_links(element):
    """Slugs of the directory entries an element links to (not the kind pages)."""
    found = []
    for a in element.find_all("a", href=True):
        match = re.fullmatch(r"/repertoire/([a-z0-9-]+)/", a["href"])
        if match and match.group(1) != "type":
            found.append(match.group(1))
    return found


def event_links(element):
    return [m.group(1) for a in element.find_all("a", href=True) if (m := re.fullmatch(r"/evenements/([a-z0-9-]+)/", a["href"]))]


def section(page, heading_id):
    return page.find(id=heading_id).find_parent("section")


def test_build_is_clean(site):
    assert site.problem_lines == []


# --- Region pages ------------------------------------------------------------------------

def test_a_page_for_each_of_the_17_regions(site):
    index = site.page("regions/")
    cards = index.select(".region-grid > li")
    assert [c.select_one(".region-code").get_text(strip=True) for c in cards] == REGION_CODES
    for card in cards:
        href = card.find("h3").find("a")["href"]
        assert site.page(href.lstrip("/")).find("h1").get_text(strip=True) == card.find("h3").get_text(strip=True)


@pytest.mark.parametrize("region", ["bas-saint-laurent", "laurentides", "capitale-nationale", "estrie", "laval"])
def test_a_region_page_lists_exactly_its_own_entries(site, region):
    page = site.page(f"regions/{region}/")
    expected = sorted(slug for slug, (where, _kind) in ENTRIES.items() if where == region)
    assert sorted(entry_links(section(page, "groupes"))) == expected


@pytest.mark.parametrize(
    "region, upcoming, nearby",
    [
        # The online webinar is in its region but near nobody; the cancelled workshop
        # stays in its region's list but is nobody's trip. Distances are as the crow
        # flies: Rimouski is near Forestville, across the estuary.
        ("bas-saint-laurent", ["diner-rimouski", "webinaire-rimouski"], [("soiree-quebec", "La Pocatière")]),
        ("capitale-nationale", ["soiree-quebec", "atelier-annule-quebec"], [("diner-rimouski", "La Malbaie")]),
        ("laurentides", [], [("dejeuner-montreal", "Bois-des-Filion")]),
        ("montreal", ["dejeuner-montreal"], []),
        ("cote-nord", [], [("diner-rimouski", "Forestville")]),
        ("abitibi-temiscamingue", [], []),
    ],
)
def test_region_page_upcoming_and_nearby_events(site, region, upcoming, nearby):
    page = site.page(f"regions/{region}/")
    assert event_links(section(page, "a-venir")) == upcoming
    items = section(page, "pres-de-chez-vous").select(".nearby-item")
    found = []
    for li in items:
        [slug] = event_links(li)
        match = re.fullmatch(r"À (\d+)\xa0km de (.+)", li.select_one(".distance").get_text(strip=True))
        assert match and int(match.group(1)) <= 150
        found.append((slug, match.group(2)))
    assert found == nearby


def test_nearby_distance_is_the_great_circle_to_the_closest_town(site):
    text = site.page("regions/bas-saint-laurent/").select_one(".nearby-item .distance").get_text(strip=True)
    kilometres = int(re.search(r"\d+", text).group())
    assert 100 <= kilometres <= 115  # Québec–La Pocatière, about 108 km


def test_region_page_recent_posts(site):
    assert [a["href"] for a in section(site.page("regions/bas-saint-laurent/"), "articles").select(".card-title a")] == [
        "/blogue/diners-rimouski-un-an/"
    ]
    estrie = site.page("regions/estrie/")
    assert [a["href"] for a in section(estrie, "articles").select(".card-title a")] == ["/blogue/estrie-numerique/"]


def test_region_page_declares_and_offers_its_calendar_and_feed(site):
    page = site.page("regions/bas-saint-laurent/")
    declared = {(link["type"], link["href"]) for link in page.find_all("link", rel="alternate", type=True)}
    assert ("text/calendar", "/regions/bas-saint-laurent/calendrier.ics") in declared
    assert ("application/rss+xml", "/regions/bas-saint-laurent/rss.xml") in declared
    assert ("application/atom+xml", "/regions/bas-saint-laurent/atom.xml") in declared
    follow = section(page, "suivre")
    hrefs = {a["href"] for a in follow.find_all("a", href=True)}
    assert "webcal://maillage.quebec/regions/bas-saint-laurent/calendrier.ics" in hrefs
    assert {"/regions/bas-saint-laurent/rss.xml", "/regions/bas-saint-laurent/atom.xml"} <= hrefs
    assert (site.output / "regions/bas-saint-laurent/calendrier.ics").is_file()


def test_a_region_without_anything_invites_contributions_and_offers_no_dead_link(site):
    page = site.page("regions/cote-nord/")
    assert page.find("link", type="text/calendar") is None
    assert page.find(id="suivre") is None
    assert section(page, "groupes").find("a", href="/contact/") is not None


# --- The regions index -------------------------------------------------------------------

def card_counts(card):
    return [li.get_text(strip=True) for li in card.select(".region-counts li")]


@pytest.mark.parametrize(
    "code, counts",
    [
        ("01", ["5 groupes et organismes", "2 événements à venir", "1 article"]),
        ("03", ["1 groupe ou organisme", "2 événements à venir", "Aucun article"]),
        ("05", ["Aucun groupe au répertoire", "Aucun événement à venir", "1 article"]),
        ("09", []),
    ],
)
def test_regions_index_counts(site, code, counts):
    [card] = [c for c in site.page("regions/").select(".region-grid > li") if c.select_one(".region-code").get_text(strip=True) == code]
    assert card_counts(card) == counts
    assert ("is-empty" in card.find("article")["class"]) is (counts == [])


def test_regions_index_groups_what_is_outside_quebec_by_province_and_country(site):
    page = site.page("regions/")
    outside = section(page, "hors-quebec")
    assert outside.find("h2").get_text(strip=True) == "Hors Québec\u00a0: Ontario, France"
    ontario, france = section(page, "hors-quebec-ontario"), section(page, "hors-quebec-france")
    assert (entry_links(ontario), event_links(ontario)) == (["reseau-franco-ontarien"], ["forum-toronto"])
    assert (entry_links(france), event_links(france)) == (["cantine-nantes"], ["rencontre-nantes"])
    assert "/blogue/retour-angers/" in {a["href"] for a in france.find_all("a")}
    regions = page.select_one(".region-grid")
    assert not {"reseau-franco-ontarien", "cantine-nantes"} & set(entry_links(regions))


def test_regions_map_is_an_svg_with_a_text_alternative(site):
    page = site.page("regions/")
    svg = page.select_one("figure.region-map svg")
    assert svg["role"] == "img"
    labelled = [page.find(id=i) for i in svg["aria-labelledby"].split()]
    assert [e.name for e in labelled] == ["title", "desc"]
    assert "7 groupes et organismes" in labelled[1].get_text() and "3 événements à venir" in labelled[1].get_text()
    # one dot per place: Rimouski (2), Le Bic, Rivière-du-Loup, Saint-Jérôme, Québec, and Saint-Fabien,
    # a city the site does not know (with `region`), drawn at its region's main town, Rimouski
    circles = svg.select(".map-entries circle")
    assert len(circles) == 6
    at = {c.find("title").get_text(): (c["cx"], c["cy"]) for c in circles}
    assert at["Saint-Fabien\u00a0: 1 groupe ou organisme"] == at["Rimouski\u00a0: 2 groupes et organismes"]
    # Rimouski, Québec, Montréal: not the online webinar, nor the cancelled workshop, nor Toronto
    assert len(svg.select(".map-events path")) == 3
    assert [t.get_text() for t in svg.select(".map-labels text")] == REGION_CODES
    width, height = map(float, svg["viewbox"].split()[2:])
    for circle in svg.select("circle"):
        assert 0 <= float(circle["cx"]) <= width and 0 <= float(circle["cy"]) <= height
    assert not page.find_all(src=re.compile("^https?://"))


# --- The directory index and the kind pages ------------------------------------------------

def test_directory_index_groups_by_region_then_kind_with_counts(site):
    page = site.page("repertoire/")
    groups = page.select("[data-directory-list] > section")
    titles = [g.find("h2").get_text(" ", strip=True) for g in groups]
    assert titles == [
        "Bas-Saint-Laurent (5)", "Capitale-Nationale (1)", "Laurentides (1)",
        "Hors Québec\u00a0: Ontario (1)", "Hors Québec\u00a0: France (1)",
    ]
    kinds = [h.get_text(" ", strip=True) for h in groups[0].find_all("h3")]
    assert kinds == ["Groupes de rencontre (2)", "Incubateur (1)", "Espace de cotravail (1)", "Organisme public (1)"]
    listed = entry_links(page.select_one("[data-directory-list]"))
    assert sorted(listed) == sorted(ENTRIES) and HIDDEN not in listed


KIND_PAGES = {
    "groupe-de-rencontre": "meetup", "incubateur": "incubator", "espace-de-cotravail": "coworking",
    "organisme-public": "public-body", "association": "association", "media": "media",
}


@pytest.mark.parametrize("kind_slug, kind", KIND_PAGES.items())
def test_kind_page_lists_exactly_the_entries_of_its_kind(site, kind_slug, kind):
    page = site.page(f"repertoire/type/{kind_slug}/")
    expected = sorted(slug for slug, (_where, k) in ENTRIES.items() if k == kind)
    assert sorted(entry_links(page.find("main"))) == expected
    assert page.select_one(".directory-facets a[aria-current='page']")["href"] == f"/repertoire/type/{kind_slug}/"


def test_only_kinds_with_entries_get_a_page(site):
    assert sorted(p.name for p in (site.output / "repertoire" / "type").iterdir()) == sorted(KIND_PAGES)
    assert not (site.output / "repertoire/type/organisme").exists()


def test_filter_box_is_an_enhancement(site):
    page = site.page("repertoire/")
    form = page.select_one("[data-directory-filter]")
    assert form.has_attr("hidden")  # shown by the script only
    assert page.find("script", src="/theme/js/directory-filter.js").has_attr("defer")
    assert (site.output / "theme/js/directory-filter.js").is_file()
    labels = {label["for"] for label in form.find_all("label")}
    assert labels == {field["id"] for field in form.find_all(["input", "select"])}


# --- Exports --------------------------------------------------------------------------------

def test_json_export(site):
    data = json.loads((site.output / "repertoire/repertoire.json").read_text(encoding="utf-8"))
    records = {r["slug"]: r for r in data["entries"]}
    assert data["count"] == len(ENTRIES) and sorted(records) == sorted(ENTRIES) == [r["slug"] for r in data["entries"]]
    for slug, (where, kind) in ENTRIES.items():
        record = records[slug]
        assert record["kind"] == kind
        if record["region"]:
            assert record["region"]["slug"] == where and record["province"] == "QC"
        else:
            assert where in ("Ontario", "France")
    assert (records["reseau-franco-ontarien"]["province"], records["cantine-nantes"]["country"]) == ("ON", "FR")
    assert records["cotravail-du-loup"]["city"] == "Rivière-du-Loup"  # as the places data spells it
    # Saint-Fabien is unknown to the site: its region's main town, Rimouski, stands for it
    assert (records["developpement-saint-fabien"]["latitude"], records["developpement-saint-fabien"]["longitude"]) == (
        records["groupe-rimouski"]["latitude"], records["groupe-rimouski"]["longitude"])
    assert records["developpement-saint-fabien"]["city"] == "Saint-Fabien"
    assert [records[s]["located"] for s in ("developpement-saint-fabien", "groupe-rimouski", "cantine-nantes")] == ["region", "city", "city"]
    assert records["groupe-rimouski"]["calendar"] == "https://maillage.quebec/repertoire/groupe-rimouski/calendrier.ics"


def valid_position(position):
    return (
        isinstance(position, list) and len(position) == 2 and all(isinstance(v, (int, float)) for v in position)
        and -180 <= position[0] <= 180 and -90 <= position[1] <= 90
    )


def test_geojson_export_is_a_valid_feature_collection(site):
    data = json.loads((site.output / "repertoire/repertoire.geojson").read_text(encoding="utf-8"))
    assert set(data) == {"type", "features"} and data["type"] == "FeatureCollection"
    features = {f["id"]: f for f in data["features"]}
    assert sorted(features) == sorted(ENTRIES)
    for feature in data["features"]:
        assert feature["type"] == "Feature" and isinstance(feature["properties"], dict)
        assert feature["geometry"] is None or (feature["geometry"]["type"] == "Point" and valid_position(feature["geometry"]["coordinates"]))
    longitude, latitude = features["groupe-rimouski"]["geometry"]["coordinates"]
    assert (round(longitude), round(latitude)) == (-69, 48)  # [longitude, latitude], not the other way
    assert features["cantine-nantes"]["geometry"]["coordinates"][0] == pytest.approx(-1.55, abs=0.01)
    fabien = features["developpement-saint-fabien"]
    assert fabien["geometry"] == features["groupe-rimouski"]["geometry"]  # at Rimouski, its region's main town
    assert fabien["properties"]["located"] == "region" and features["groupe-rimouski"]["properties"]["located"] == "city"


# --- Entry pages ----------------------------------------------------------------------------

def jsonld(page):
    return json.loads(page.find("script", type="application/ld+json").string)


def test_entry_page_hcard_and_jsonld(site):
    page = site.page("repertoire/groupe-rimouski/")
    card = page.select_one(".h-card")
    assert card.select_one(".p-name").get_text(strip=True) == "Groupe de réseautage de Rimouski"
    assert card.select_one(".u-email")["href"] == "mailto:info@groupe-rimouski.example.org"
    assert card.select_one(".p-locality").get_text(strip=True) == "Rimouski"
    assert card.select_one(".p-region")["href"] == "/regions/bas-saint-laurent/"
    data = jsonld(page)
    assert (data["@type"], data["name"], data["email"]) == ("Organization", "Groupe de réseautage de Rimouski", "info@groupe-rimouski.example.org")
    assert data["address"]["addressLocality"] == "Rimouski" and data["location"]["geo"]["longitude"] < 0


def test_an_unknown_city_with_its_region_gets_no_approximate_geo_in_jsonld(site):
    data = jsonld(site.page("repertoire/developpement-saint-fabien/"))
    assert data["address"]["addressLocality"] == "Saint-Fabien" and data["address"]["addressRegion"] == "QC"
    assert "location" not in data  # schema.org geo claims precision: the region's main town is not Saint-Fabien


def test_entry_page_jsonld_survives_a_script_end_tag_in_the_title(site):
    raw = (site.output / "repertoire/media-capitale/index.html").read_text(encoding="utf-8")
    script = raw.split('<script type="application/ld+json">', 1)[1]
    assert script.index("</script>") > script.index("}")  # the JSON ends before the element does
    page = site.page("repertoire/media-capitale/")
    data = jsonld(page)
    assert data["name"] == "Média </script><b>Capitale</b>"
    assert data["@type"] == "NewsMediaOrganization"
    assert page.find("h1").get_text() == "Média </script><b>Capitale</b>"


def test_entry_page_lists_the_events_it_organizes_and_offers_its_calendar_and_feed(site):
    page = site.page("repertoire/groupe-rimouski/")
    assert event_links(section(page, "entree--a-venir")) == ["diner-rimouski"]
    assert event_links(section(page, "entree--passes")) == ["diner-rimouski-passe"]
    hrefs = {a["href"] for a in page.find_all("a", href=True)}
    assert "webcal://maillage.quebec/repertoire/groupe-rimouski/calendrier.ics" in hrefs
    assert "/repertoire/groupe-rimouski/rss.xml" in hrefs
    declared = {link["href"] for link in page.find_all("link", rel="alternate")}
    assert "/repertoire/groupe-rimouski/calendrier.ics" in declared


def test_an_entry_that_organizes_nothing_has_no_event_sections(site):
    page = site.page("repertoire/incubateur-est/")
    assert page.find(id="entree--a-venir") is None and page.find(id="entree--passes") is None
    assert page.find("link", type="text/calendar") is None


# --- Structure and links of every page of the directory ---------------------------------------

def directory_pages(site):
    """Addresses of every page under /regions/ and /repertoire/."""
    return sorted(
        p.relative_to(site.output).parent.as_posix() + "/"
        for folder in ("regions", "repertoire")
        for p in (site.output / folder).rglob("index.html")
    )


def test_one_h1_and_headings_in_order(site):
    pages = directory_pages(site)
    assert len(pages) >= 17 + 1 + 1 + 10 + 6
    for address in pages:
        page = site.page(address)
        levels = [int(h.name[1]) for h in page.find("main").find_all(re.compile("^h[1-6]$"))]
        assert levels.count(1) == 1 and levels[0] == 1, address
        assert all(b - a <= 1 for a, b in zip(levels, levels[1:])), (address, levels)


def test_every_internal_link_of_the_directory_resolves(site):
    broken = []
    for address in directory_pages(site):
        for tag in site.page(address).find_all(["a", "link"], href=True):
            href = tag["href"]
            if href.startswith("/") and not href.startswith("//"):
                target = site.output / urlsplit(href).path.lstrip("/")
                if not (target.is_file() or (target / "index.html").is_file()):
                    broken.append((address, href))
    assert broken == []
