"""The English calendars of the fixture site: every family, read by icalendar and ical.js,
the same UIDs as the French ones, English words where the catalog and the translations have
them; English pages link them, French pages keep the French ones."""

import datetime as dt
import re
from urllib.parse import parse_qs, urlsplit

import pytest
from icalendar import Calendar

from icaljs import read_with_icaljs

DOMAIN = "maillage.quebec"
PUBLIC = f"https://{DOMAIN}"
GOOGLE_SUBSCRIBE = "https://calendar.google.com/calendar/render?cid="

# French address -> English address of each family's calendars (hub_events.calendars.FAMILIES).
FAMILY_PATHS = [
    (r"^calendrier\.ics$", "en/calendar.ics"),
    (r"^regions/([^/]+)/calendrier\.ics$", r"en/regions/\1/calendar.ics"),
    (r"^repertoire/([^/]+)/calendrier\.ics$", r"en/directory/\1/calendar.ics"),
    (r"^categories/([^/]+)/calendrier\.ics$", r"en/categories/\1/calendar.ics"),
    (r"^missions/([^/]+)/calendrier\.ics$", r"en/missions/\1/calendar.ics"),
    (r"^evenements/([^/]+)\.ics$", r"en/events/\1.ics"),
]


def english_address(french):
    for pattern, replacement in FAMILY_PATHS:
        if re.match(pattern, french):
            return re.sub(pattern, replacement, french)
    raise AssertionError(f"no family for {french}")


def relative(site, path):
    return path.relative_to(site.output).as_posix()


def calendars(site, lang):
    found = sorted(relative(site, p) for p in site.output.rglob("*.ics"))
    return [p for p in found if p.startswith("en/") == (lang == "en")]


def parse(site, address):
    return Calendar.from_ical((site.output / address).read_bytes())


def vevents(site, address):
    return {str(e["UID"]): e for e in parse(site, address).walk("VEVENT")}


def test_every_family_exists_in_english(fixture_site):
    english = set(calendars(fixture_site, "en"))
    assert {
        "en/calendar.ics",
        "en/regions/bas-saint-laurent/calendar.ics",
        "en/directory/groupe-rimouski/calendar.ics",
        "en/categories/reseautage/calendar.ics",
        "en/missions/mission-test-2017/calendar.ics",
        "en/events/diner-a-venir-rimouski.ics",
        "en/events/web2day-nantes-heure-de-paris.ics",
    } <= english


def test_each_french_calendar_has_its_english_twin_and_no_other(fixture_site):
    french = calendars(fixture_site, "fr")
    assert len(french) > 10
    assert sorted(english_address(f) for f in french) == calendars(fixture_site, "en")


def test_english_calendars_parse_cleanly(fixture_site):
    for address in calendars(fixture_site, "en"):
        calendar = parse(fixture_site, address)
        for component in calendar.walk():
            assert component.errors == [], (address, component.name, component.errors)
        raw = (fixture_site.output / address).read_bytes()
        assert all(len(line) <= 75 for line in raw.split(b"\r\n")), address


def test_the_same_events_and_uids_as_in_french(fixture_site):
    for french in calendars(fixture_site, "fr"):
        ours, theirs = vevents(fixture_site, french), vevents(fixture_site, english_address(french))
        assert list(theirs) == list(ours), french
        for uid, event in ours.items():
            for name in ("DTSTART", "DTEND", "STATUS", "SEQUENCE", "DTSTAMP"):
                assert theirs[uid][name].to_ical() == event[name].to_ical(), (french, uid, name)


def test_icaljs_reads_the_english_calendars_at_the_same_instants(fixture_site):
    addresses = calendars(fixture_site, "en")
    result = read_with_icaljs([fixture_site.output / a for a in addresses])
    assert len(result["files"]) == len(addresses)
    for entry in result["files"]:
        assert entry["error"] is None, entry
        address = entry["path"].split("/output/", 1)[1]
        ours = vevents(fixture_site, address)
        for event in entry["events"]:
            start = ours[event["uid"]]["DTSTART"].dt
            if isinstance(start, dt.datetime):
                expected = start.astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S")
                assert event["start_utc"].startswith(expected), (address, event["uid"])
            assert event["summary"] == str(ours[event["uid"]]["SUMMARY"])


EVENTS = [
    # slug, French SUMMARY, English SUMMARY, English LOCATION, English URL
    ("diner-a-venir-rimouski", "Dîner «\u00a0réseautage\u00a0» à Rimouski", "Networking lunch in Rimouski", "Café du Port, Rimouski",
     "en/events/diner-a-venir-rimouski/"),
    ("annule-rimouski", "ANNULÉ — Atelier annulé à Rimouski", "CANCELLED — Atelier annulé à Rimouski",
     "Salle municipale, Rimouski", "evenements/annule-rimouski/"),
    ("conference-virtuelle-passee", "Conférence virtuelle bilingue", "Conférence virtuelle bilingue", "Online",
     "evenements/conference-virtuelle-passee/"),
    ("hybride-titre-piege", "Soirée </script> & <b>réseau</b>; à Québec, enfin",
     "Soirée </script> & <b>réseau</b>; à Québec, enfin", "Espace « Le Lab », 1, rue Principale, Québec (and online)",
     "evenements/hybride-titre-piege/"),
]  # fmt: skip


@pytest.mark.parametrize("slug, french, english, location, url", EVENTS, ids=[e[0] for e in EVENTS])
def test_english_words_where_there_are_some(fixture_site, slug, french, english, location, url):
    uid = f"{slug}@{DOMAIN}"
    ours = vevents(fixture_site, "calendrier.ics")[uid]
    theirs = vevents(fixture_site, "en/calendar.ics")[uid]
    assert str(ours["SUMMARY"]) == french
    assert str(theirs["SUMMARY"]) == english
    assert str(theirs["LOCATION"]) == location
    assert str(theirs["URL"]) == f"{PUBLIC}/{url}"
    own = vevents(fixture_site, f"en/events/{slug}.ics")[uid]
    assert str(own["SUMMARY"]) == english


def test_a_translated_event_is_described_in_english(fixture_site):
    event = vevents(fixture_site, "en/events/diner-a-venir-rimouski.ics")[f"diner-a-venir-rimouski@{DOMAIN}"]
    assert str(event["DESCRIPTION"]).startswith("A lunch for members in Eastern Quebec.")


CALENDAR_NAMES = [
    ("en/calendar.ics", "All events — maillage"),
    ("en/regions/bas-saint-laurent/calendar.ics", "Events — Bas-Saint-Laurent — maillage"),
    ("en/events/diner-a-venir-rimouski.ics", "Networking lunch in Rimouski — maillage"),
    ("en/events/web2day-nantes-heure-de-paris.ics", None),  # untranslated: its French title
]


@pytest.mark.parametrize("address, name", CALENDAR_NAMES, ids=[c[0] for c in CALENDAR_NAMES])
def test_english_calendar_names_and_description(fixture_site, address, name):
    calendar = parse(fixture_site, address)
    french = parse(fixture_site, {v: k for k, v in french_twins(fixture_site).items()}[address])
    assert str(calendar["X-WR-CALNAME"]) == (name or str(french["X-WR-CALNAME"]))
    assert str(calendar["NAME"]) == str(calendar["X-WR-CALNAME"])
    assert str(calendar["DESCRIPTION"]) == "Quebec’s hub for digital-technology events and business networking"  # typeset (hub_core.typography)
    assert str(calendar["URL"]) == f"{PUBLIC}/{address}"
    assert str(french["DESCRIPTION"]).startswith("Le carrefour")


def french_twins(site):
    return {french: english_address(french) for french in calendars(site, "fr")}


# --- Pages ---------------------------------------------------------------------------------------


def calendar_links(page):
    """(declared in <head>, webcal links with Google Calendar's, .ics links) of a page."""
    declared = [link["href"] for link in page.find_all("link", rel="alternate", type="text/calendar")]
    hrefs = [a["href"] for a in page.find_all("a", href=True)]
    webcal = [h for h in hrefs if h.startswith("webcal://")]
    webcal += [parse_qs(urlsplit(h).query)["cid"][0] for h in hrefs if h.startswith(GOOGLE_SUBSCRIBE)]
    files = [h for h in hrefs if h.startswith("/") and h.endswith(".ics")]
    return declared, webcal, files


def is_english(href):
    return href.split(DOMAIN, 1)[-1].startswith("/en/")


PAGES = [
    # page, calendars it must declare in <head>
    ("en/subscribe/", ["/en/calendar.ics"]),
    ("en/events/", ["/en/calendar.ics"]),
    ("en/events/diner-a-venir-rimouski/",
     ["/en/events/diner-a-venir-rimouski.ics", "/en/regions/bas-saint-laurent/calendar.ics",
      "/en/directory/groupe-rimouski/calendar.ics"]),
    ("en/regions/bas-saint-laurent/", ["/en/regions/bas-saint-laurent/calendar.ics"]),
    ("en/events/category/reseautage/", ["/en/categories/reseautage/calendar.ics"]),
    ("en/calendar/2026/12/", ["/en/calendar.ics"]),
    ("en/directory/groupe-rimouski/", ["/en/directory/groupe-rimouski/calendar.ics"]),
    ("en/missions/mission-test-2017/", ["/en/missions/mission-test-2017/calendar.ics"]),
]  # fmt: skip


@pytest.mark.parametrize("address, declared", PAGES, ids=[p[0] for p in PAGES])
def test_english_pages_point_to_the_english_calendars(fixture_site, address, declared):
    heads, webcal, files = calendar_links(fixture_site.page(address))
    assert set(declared) <= set(heads)
    assert webcal and files, address
    for href in heads + webcal + files:
        assert is_english(href), (address, href)
        assert (fixture_site.output / href.split(DOMAIN, 1)[-1].lstrip("/")).is_file(), href


def test_english_subscribe_page_lists_every_english_calendar(fixture_site):
    _heads, webcal, files = calendar_links(fixture_site.page("en/subscribe/"))
    listed = {f"{PUBLIC}{h}" for h in files} | {h.replace("webcal://", "https://") for h in webcal}
    expected = {f"{PUBLIC}/{a}" for a in calendars(fixture_site, "en") if not a.startswith("en/events/")}
    assert listed == expected


def test_the_english_event_page_adds_the_english_file(fixture_site):
    page = fixture_site.page("en/events/diner-a-venir-rimouski/")
    section = page.find("section", class_="add-to-calendar")
    hrefs = [a["href"] for a in section.find_all("a", href=True)]
    assert "/en/events/diner-a-venir-rimouski.ics" in hrefs
    assert any("text=Networking%20lunch%20in%20Rimouski" in h for h in hrefs)


@pytest.mark.parametrize("address", ["abonnements/", "evenements/", "evenements/diner-a-venir-rimouski/",
                                     "regions/bas-saint-laurent/", "repertoire/groupe-rimouski/"])  # fmt: skip
def test_french_pages_keep_the_french_calendars(fixture_site, address):
    heads, webcal, files = calendar_links(fixture_site.page(address))
    assert heads and webcal and files
    assert not [h for h in heads + webcal + files if is_english(h)]
