"""Event pages, JSON-LD, listings, filters and month calendars of the fixture site."""

import json

import pytest


def jsonld(page):
    scripts = page.find_all("script", type="application/ld+json")
    assert len(scripts) == 1
    return json.loads(scripts[0].string)


def test_event_jsonld_satisfies_the_event_rules(fixture_site):
    data = jsonld(fixture_site.page("evenements/diner-a-venir-rimouski/"))
    assert data["@type"] == "Event"
    assert data["name"] == "Dîner «\u00a0réseautage\u00a0» à Rimouski"  # typeset as on the page
    assert data["startDate"] == "2026-12-04T12:00:00-05:00"
    assert data["endDate"] == "2026-12-04T13:30:00-05:00"
    assert data["eventStatus"] == "https://schema.org/EventScheduled"
    assert data["eventAttendanceMode"] == "https://schema.org/OfflineEventAttendanceMode"
    assert data["location"]["address"]["addressLocality"] == "Rimouski"
    assert data["offers"]["price"] == "25" and data["offers"]["priceCurrency"] == "CAD"
    assert data["organizer"]["url"] == "https://maillage.quebec/repertoire/groupe-rimouski/"
    assert data["url"] == "https://maillage.quebec/evenements/diner-a-venir-rimouski/"


def test_editor_text_cannot_break_out_of_the_jsonld_script(fixture_site):
    raw = (fixture_site.output / "evenements" / "hybride-titre-piege" / "index.html").read_text(encoding="utf-8")
    start = raw.index('<script type="application/ld+json">') + len('<script type="application/ld+json">')
    body = raw[start : raw.index("</script>", start)]
    assert "<" not in body and "&" not in body
    data = json.loads(body)
    assert data["name"] == "Soirée </script> & <b>réseau</b>; à Québec, enfin"  # no space before ; (OQLF)
    assert data["eventAttendanceMode"] == "https://schema.org/MixedEventAttendanceMode"
    assert {loc["@type"] for loc in data["location"]} == {"Place", "VirtualLocation"}


def test_cancelled_and_multi_day_and_mission_events(fixture_site):
    assert jsonld(fixture_site.page("evenements/annule-rimouski/"))["eventStatus"] == "https://schema.org/EventCancelled"
    week = jsonld(fixture_site.page("evenements/semaine-tout-le-jour/"))
    assert (week["startDate"], week["endDate"]) == ("2027-04-12", "2027-04-16")
    nantes = jsonld(fixture_site.page("evenements/web2day-nantes-heure-de-paris/"))
    assert nantes["superEvent"]["url"] == "https://maillage.quebec/missions/mission-test-2017/"


def test_times_abroad_are_also_given_at_home(fixture_site):
    page = fixture_site.page("evenements/web2day-nantes-heure-de-paris/")
    text = page.find(class_="event-when").get_text(" ", strip=True).replace("\xa0", " ")
    assert text == "mercredi 7 juin 2017, 9 h à 18 h, heure de Paris (3 h à 12 h à Montréal)"


def test_status_banner_and_online_link_placeholder(fixture_site):
    cancelled = fixture_site.page("evenements/annule-rimouski/")
    assert "Annulé" in cancelled.find(attrs={"role": "status"}).get_text()
    hybrid = fixture_site.page("evenements/hybride-titre-piege/").get_text(" ").replace("\xa0", " ")
    assert "Lien envoyé aux personnes inscrites" in hybrid


def test_recurring_event_page_lists_its_next_dates(fixture_site):
    page = fixture_site.page("evenements/montreal-recurrent-avec-exception/")
    section = page.find(id="evenement--dates").find_parent("section")
    days = [t["datetime"][:10] for t in section.find_all("time")]
    assert days == ["2026-12-03", "2027-02-04", "2027-03-04"]  # January is excepted


def test_upcoming_listing_shows_each_event_once_at_its_next_date(fixture_site):
    page = fixture_site.page("evenements/")
    dates = [t["datetime"][:10] for t in page.select(".cards time[datetime]")]
    for day in ("2026-12-03", "2026-12-04"):
        assert day in dates
    for day in ("2027-01-07", "2027-02-04", "2027-03-04"):  # the recurring event's later dates: on its page
        assert day not in dates
    assert dates == sorted(dates)


@pytest.mark.parametrize(
    ("address", "included", "excluded"),
    [
        ("evenements/region/bas-saint-laurent/", "/evenements/diner-a-venir-rimouski/", "/evenements/montreal-recurrent-avec-exception/"),
        ("evenements/format/hybride/", "/evenements/semaine-tout-le-jour/", "/evenements/diner-a-venir-rimouski/"),
        ("evenements/categorie/reseautage/", "/evenements/montreal-recurrent-avec-exception/", "/evenements/semaine-tout-le-jour/"),
    ],
)
def test_filter_pages_work_without_javascript(fixture_site, address, included, excluded):
    page = fixture_site.page(address)
    hrefs = {a["href"] for a in page.select(".cards a[href]")}
    assert included in hrefs and excluded not in hrefs
    nav = page.find("nav", attrs={"aria-label": "Filtrer les événements"})
    assert nav.find("a", attrs={"aria-current": "page"})["href"] == "/" + address


def test_month_calendar_is_an_accessible_table(fixture_site):
    page = fixture_site.page("calendrier/2027/04/")
    table = page.find("table")
    assert table.find("caption") is not None
    assert len(table.find("thead").find_all("th", scope="col")) == 7
    cells = {td.find("time")["datetime"]: td for td in table.find("tbody").find_all("td") if td.find("time")}
    for day in ("2027-04-12", "2027-04-13", "2027-04-14", "2027-04-15", "2027-04-16"):
        assert cells[day].find("a", href="/evenements/semaine-tout-le-jour/"), day
    assert not cells["2027-04-17"].find("a", href="/evenements/semaine-tout-le-jour/")
    assert page.find("a", rel="prev")["href"] == "/calendrier/2027/03/"


def test_current_month_and_recurring_occurrences(fixture_site):
    current = fixture_site.page("calendrier/")
    assert "Novembre 2026" in current.find("h1").get_text()

    def days_of(address):
        table = fixture_site.page(address).find("table")
        return [
            td.find("time")["datetime"]
            for td in table.find("tbody").find_all("td")
            if td.find("a", href="/evenements/montreal-recurrent-avec-exception/")
        ]

    assert days_of("calendrier/2026/12/") == ["2026-12-03"]
    assert days_of("calendrier/2027/01/") == []  # 2027-01-07 is an exception
    assert days_of("calendrier/2027/02/") == ["2027-02-04"]


def test_event_page_links_its_region_page_and_finds_the_address(fixture_site):
    page = fixture_site.page("evenements/diner-a-venir-rimouski/")
    facts = page.find("section", class_="facts")
    assert facts.find("a", href="/regions/bas-saint-laurent/").get_text() == "Bas-Saint-Laurent"
    osm = facts.find("a", class_="map-link")["href"]
    assert osm == "https://www.openstreetmap.org/search?query=10%2C%20rue%20du%20Havre%2C%20Rimouski"


def test_mission_page_describes_the_umbrella_event(fixture_site):
    data = jsonld(fixture_site.page("missions/mission-test-2017/"))
    assert (data["@type"], data["startDate"], data["endDate"]) == ("Event", "2017-06-03", "2017-06-11")
    assert [e["url"] for e in data["subEvent"]] == ["https://maillage.quebec/evenements/web2day-nantes-heure-de-paris/"]
