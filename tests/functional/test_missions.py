"""Missions built with the real `pelican`: the mission page (itinerary, events, reports, SVG
map, feed), trip report pages, the missions index, and the errors of an invalid tree.

Fixtures: tests/fixtures/missions/content (a past two-stop mission with two reports and a
linked event and an English translation of one report, an upcoming mission, an older one-stop
mission with a report told of no stop)
and tests/fixtures/missions/invalid (stops out of order, outside the dates, overlapping,
report stops not in the itinerary, a folder without mission.md).
"""

import os
import subprocess
import sys

import pytest
from bs4 import BeautifulSoup

from sitebuild import FIXTURES, ROOT, build, build_once, hrefs, text

MISSIONS = FIXTURES / "missions"
INVALID = MISSIONS / "invalid"
LOIRE = "missions/mission-loire-2025/"


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    return build_once(tmp_path_factory, MISSIONS / "content", "missions-site")




def test_the_fixture_builds_without_problems(site):
    assert site.problem_lines == []


# --- The mission page -----------------------------------------------------------------------


def test_mission_page_gives_dates_delegation_organizer_and_partners(site):
    page = site.page(LOIRE)
    assert text(page.find("h1")) == "Mission Loire 2025"
    facts = page.find("section", class_="facts")
    terms = {text(div.find("dt")): div.find("dd") for div in facts.find("dl").find_all("div", recursive=False)}
    assert text(terms["Dates"]) == "du 2 au 8 juin 2025"
    assert text(terms["Délégation"]) == "12 personnes"
    assert text(terms["Organisation"]) == "Maillage & <Cie>", "editor text is escaped, not markup"
    assert hrefs(terms["Organisation"]) == ["https://maillage.example.org/"]
    assert hrefs(terms["Partenaires"]) == ["/repertoire/pole-numerique-rimouski/", "https://angers.example.org/"]


def stops(page):
    return page.find("ol", id="mission--escales").find_all("li", class_="mission-stop", recursive=False)


def test_itinerary_is_an_ordered_timeline_of_stops(site):
    page = site.page(LOIRE)
    found = stops(page)
    assert [li["id"] for li in found] == ["escale-1", "escale-2"]
    assert [text(li.find("h3")) for li in found] == ["Escale 1 : Angers (France)", "Escale 2 : Nantes (France)"]
    assert [text(li.find("p", class_="when")) for li in found] == ["du 2 au 4 juin 2025", "du 4 au 8 juin 2025"]
    assert [li.find("time")["datetime"] for li in found] == ["2025-06-02", "2025-06-04"]
    assert "Ville d'Angers, Pôle <numérique>" in text(found[0])
    assert found[0].find("numérique") is None
    assert "80 km depuis Angers" in text(found[1]).replace("\xa0", " ")


def test_each_stop_lists_the_events_attended_and_its_trip_reports(site):
    angers, nantes = stops(site.page(LOIRE))
    assert hrefs(angers) == ["/missions/mission-loire-2025/carnet-angers/"], "its report, and no event"
    events = nantes.find("ul", class_="mission-events")
    assert hrefs(events) == ["/evenements/forum-numerique-nantes-2025/"]
    assert "jeudi 5 juin 2025" in text(events)
    reports = nantes.find("ul", class_="mission-reports")
    assert hrefs(reports) == ["/missions/mission-loire-2025/carnet-nantes/"]


def test_a_report_told_of_no_stop_is_listed_apart(site):
    page = site.page("missions/mission-toronto-2019/")
    section = page.find("section", attrs={"aria-labelledby": "mission--carnets"})
    assert hrefs(section) == ["/missions/mission-toronto-2019/bilan-toronto/"]
    assert hrefs(stops(page)[0]) == []


def test_mission_feed_is_declared_and_offered(site):
    page = site.page(LOIRE)
    declared = {
        link["type"]: link["href"]
        for link in page.find_all("link", rel="alternate")
        if link["href"].startswith("/missions/mission-loire-2025/") and "xml" in link["type"]
    }
    assert declared == {
        "application/rss+xml": "/missions/mission-loire-2025/rss.xml",
        "application/atom+xml": "/missions/mission-loire-2025/atom.xml",
    }
    visible = hrefs(page.find("main"))
    assert set(declared.values()) <= set(visible)
    assert (site.output / LOIRE / "rss.xml").is_file()


# --- The map --------------------------------------------------------------------------------


def svg_of(site, address):
    """(the map parsed as SVG, the page): the drawing is read from the file as an XML document,
    the way an SVG viewer reads it (an HTML parser would lowercase `viewBox`)."""
    page = site.page(address)
    figure = page.find("figure", class_="route-map")
    assert figure is not None and figure.find("figcaption") is not None
    raw = (site.output / address / "index.html").read_text(encoding="utf-8")
    start = raw.index("<svg", raw.index('<figure class="route-map"'))
    drawing = raw[start : raw.index("</svg>", start) + len("</svg>")]
    return BeautifulSoup(drawing, "xml").find("svg"), page


def test_map_draws_one_circle_per_stop_with_a_title(site):
    svg, page = svg_of(site, LOIRE)
    assert svg["role"] == "img"
    title = svg.find("title")
    assert svg["aria-labelledby"] == title["id"]
    assert text(title) == "Carte des escales : Angers et Nantes"
    circles = svg.find_all("circle")
    assert len(circles) == 2
    labels = [text(t) for t in svg.find_all("text", class_="route-map-label")]
    assert labels == ["Angers", "Nantes"]
    angers, nantes = [(float(c["cx"]), float(c["cy"])) for c in circles]
    assert angers[0] > nantes[0] and angers[1] < nantes[1], "Angers is east and north of Nantes"
    width, height = (float(v) for v in svg["viewBox"].split()[2:])
    assert all(0 < x < width and 0 < y < height for x, y in (angers, nantes))
    assert len(svg.find("polyline")["points"].split()) == 2


def test_map_text_alternative_is_the_list_of_stops(site):
    svg, page = svg_of(site, LOIRE)
    described = page.find(id=svg["aria-describedby"])
    assert described.name == "ol" and len(stops(page)) == 2


def test_map_loads_nothing(site):
    svg, _ = svg_of(site, LOIRE)
    assert svg.find_all(["image", "use", "a", "foreignObject", "script"]) == []
    assert not [tag for tag in svg.find_all(True) if tag.get("href") or tag.get("xlink:href")]


def test_one_stop_map(site):
    svg, _ = svg_of(site, "missions/mission-toronto-2019/")
    assert len(svg.find_all("circle")) == 1 and svg.find("polyline") is None


# --- Trip report pages ----------------------------------------------------------------------


def test_report_links_back_to_the_mission_its_stop_and_the_other_reports(site):
    page = site.page(LOIRE + "carnet-nantes/")
    breadcrumbs = page.find("nav", class_="breadcrumbs")
    assert "/missions/mission-loire-2025/" in hrefs(breadcrumbs)
    note = page.find("aside", class_="mission-note")
    links = hrefs(note)
    assert links == [
        "/missions/mission-loire-2025/",
        "/missions/mission-loire-2025/#escale-2",
        "/missions/mission-loire-2025/carnet-angers/",
    ]
    assert "Escale 2 sur 2 : Nantes (France), du 4 au 8 juin 2025." in " ".join(note.get_text().split())
    assert site.page(LOIRE).find(id="escale-2") is not None, "the stop's anchor exists"
    assert "Nantes" in text(page.find("p", class_="kicker"))


def test_report_stop_matches_without_accents_or_case(site):
    note = site.page(LOIRE + "carnet-angers/").find("aside", class_="mission-note")
    assert "/missions/mission-loire-2025/#escale-1" in hrefs(note)


def test_a_translated_report_links_to_the_mission_in_its_language_or_the_original(site):
    page = site.page("en/" + LOIRE + "carnet-nantes/")
    note = page.find("aside", class_="mission-note")
    mission = note.find("a", href="/missions/mission-loire-2025/")
    assert mission["lang"] == "fr-CA", "no English mission: the French one, marked as French"
    assert "Stop 2 of 2: Nantes (France), June 4–8, 2025." in " ".join(note.get_text().split())
    other = note.find("a", href="/missions/mission-loire-2025/carnet-angers/")
    assert other.find_parent("li")["lang"] == "fr-CA"


def test_every_internal_link_of_the_missions_site_resolves(site):
    broken = []
    for path in sorted(site.output.rglob("*.html")):
        page = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
        for tag in page.find_all(["a", "link"], href=True):
            href = tag["href"].split("#")[0]
            if href.startswith("/") and not href.startswith("//"):
                target = site.output / href.lstrip("/")
                if not (target.is_file() or (target / "index.html").is_file()):
                    broken.append((path.relative_to(site.output).as_posix(), href))
    assert broken == []


# --- The missions index ---------------------------------------------------------------------


def test_index_lists_upcoming_then_past_missions_newest_first(site):
    page = site.page("missions/")
    upcoming = page.find("section", attrs={"aria-labelledby": "missions--a-venir"})
    past = page.find("section", attrs={"aria-labelledby": "missions--passees"})
    assert [h for h in hrefs(upcoming) if h.startswith("/missions/mission")] == ["/missions/mission-bruxelles-lyon-2027/"]
    assert [h for h in hrefs(past) if h.startswith("/missions/mission")] == [
        "/missions/mission-loire-2025/",
        "/missions/mission-toronto-2019/",
    ]
    loire = past.find("a", href="/missions/mission-loire-2025/").find_parent("article")
    assert "Angers → Nantes" in text(loire) and "2 carnets de route" in text(loire)
    assert "/missions/rss.xml" in hrefs(page.find("main"))


# --- Errors ---------------------------------------------------------------------------------

EXPECTED = (INVALID / "expected-problems.txt").read_text(encoding="utf-8").splitlines()


def test_invalid_missions_stop_the_build_with_every_problem(tmp_path):
    result = build(INVALID / "content", tmp_path / "output", tmp_path / "cache")
    assert result.returncode != 0
    assert result.problem_lines == EXPECTED
    assert "Traceback" not in result.stderr
    assert not list((tmp_path / "output").rglob("*.html"))


def test_every_mission_error_of_the_issue_is_covered():
    seen = "\n".join(EXPECTED)
    for fragment in (
        "avant le début de la mission",  # a stop outside the mission's dates
        "après la fin de la mission",
        "avant l'étape précédente",  # stops out of order
        "avant la fin de l'étape précédente",  # stops overlapping
        "n'est pas une étape de la mission",  # a report's stop not in the itinerary
        "vouliez-vous dire « Nantes »",
        "n'a pas de fichier mission.md",  # a mission folder without mission.md
    ):
        assert fragment in seen, fragment
    assert "ANGERS" not in seen, "a stop written in capitals is still the stop"


def test_check_command_lists_the_same_problems(tmp_path):
    command = [sys.executable, "-m", "hub_cli", "check", "--content", str(INVALID / "content")]
    env = {"PYTHONPATH": os.pathsep.join(str(ROOT / folder) for folder in ("plugins", "cli")), "HUB_LANG": "fr", "PATH": ""}
    result = subprocess.run(command, cwd=tmp_path, env=env, capture_output=True, text=True, encoding="utf-8")
    assert result.returncode == 1
    assert result.stderr.splitlines() == EXPECTED


def test_messages_in_english(tmp_path):
    result = build(INVALID / "content", tmp_path / "output", tmp_path / "cache", lang="en")
    assert (
        "content/missions/stops-out-of-order/mission.md:12: destinations[2].from: the Angers stop starts on 2025-06-02, "
        "before the previous stop Nantes (2025-06-06); list the stops in the order of the trip"
    ) in result.problem_lines
