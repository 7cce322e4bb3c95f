"""Every .ics the site writes, parsed with icalendar and with ical.js."""

import datetime as dt
import shutil
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

from sitebuild import FIXTURES, build

from icaljs import read_with_icaljs

DOMAIN = "maillage.quebec"


def calendar_files(site):
    return sorted(site.output.rglob("*.ics"))


def parse(path):
    return Calendar.from_ical(path.read_bytes())


def events_of(path):
    return {str(e["UID"]): e for e in parse(path).walk("VEVENT")}


@pytest.fixture(scope="module")
def files(fixture_site):
    found = calendar_files(fixture_site)
    assert found, "the fixture site writes calendars"
    return found


def test_the_declared_calendars_exist(fixture_site):
    names = {p.relative_to(fixture_site.output).as_posix() for p in calendar_files(fixture_site)}
    assert {
        "calendrier.ics",
        "regions/bas-saint-laurent/calendrier.ics",
        "regions/montreal/calendrier.ics",
        "regions/capitale-nationale/calendrier.ics",
        "repertoire/groupe-rimouski/calendrier.ics",
        "categories/reseautage/calendrier.ics",
        "evenements/diner-a-venir-rimouski.ics",
        "evenements/web2day-nantes-heure-de-paris.ics",
    } <= names


def test_raw_lines_are_crlf_folded_at_75_octets_without_splitting_characters(files):
    for path in files:
        raw = path.read_bytes()
        assert raw.endswith(b"\r\n")
        lines = raw.split(b"\r\n")[:-1]
        assert b"\n" not in b"".join(lines), path
        for line in lines:
            assert len(line) <= 75, (path.name, line)
            line.decode("utf-8")  # a fold never cuts a UTF-8 character in two


def test_calendar_properties(fixture_site):
    calendar = parse(fixture_site.output / "regions" / "bas-saint-laurent" / "calendrier.ics")
    assert calendar["PRODID"] == "-//maillage//Calendriers maillage 1.0//FR"
    assert calendar["VERSION"] == "2.0"
    assert "Bas-Saint-Laurent" in str(calendar["X-WR-CALNAME"])
    assert str(calendar["NAME"]) == str(calendar["X-WR-CALNAME"])
    assert calendar["X-WR-TIMEZONE"] == "America/Toronto"
    assert calendar["REFRESH-INTERVAL"].dt == dt.timedelta(hours=6)
    assert calendar["X-PUBLISHED-TTL"] == "PT6H"
    assert calendar["URL"] == "https://maillage.quebec/regions/bas-saint-laurent/calendrier.ics"
    raw = (fixture_site.output / "regions" / "bas-saint-laurent" / "calendrier.ics").read_text(encoding="utf-8")
    assert "REFRESH-INTERVAL;VALUE=DURATION:PT6H" in raw


def test_every_tzid_has_its_vtimezone_and_nothing_is_broken(files):
    for path in files:
        calendar = parse(path)
        defined = {str(tz["TZID"]) for tz in calendar.walk("VTIMEZONE")}
        used = set()
        for event in calendar.walk("VEVENT"):
            for name in ("DTSTART", "DTEND"):
                tzid = event[name].params.get("TZID")
                if tzid:
                    used.add(tzid)
        assert used <= defined, path.name
        for component in calendar.walk():
            assert component.errors == [], (path.name, component.name, component.errors)


def test_region_calendar_holds_exactly_its_region(fixture_site):
    uids = set(events_of(fixture_site.output / "regions" / "bas-saint-laurent" / "calendrier.ics"))
    assert uids == {f"{slug}@{DOMAIN}" for slug in ("diner-a-venir-rimouski", "annule-rimouski")}


def test_site_calendar_keeps_past_and_cancelled_events(fixture_site):
    events = events_of(fixture_site.output / "calendrier.ics")
    assert f"conference-virtuelle-passee@{DOMAIN}" in events
    cancelled = events[f"annule-rimouski@{DOMAIN}"]
    assert cancelled["STATUS"] == "CANCELLED"
    assert str(cancelled["SUMMARY"]).startswith("ANNULÉ")


def test_timed_event_keeps_its_own_time_zone(fixture_site):
    event = events_of(fixture_site.output / "evenements" / "web2day-nantes-heure-de-paris.ics")[
        f"web2day-nantes-heure-de-paris@{DOMAIN}"
    ]
    assert event["DTSTART"].params["TZID"] == "Europe/Paris"
    assert event["DTSTART"].dt == dt.datetime(2017, 6, 7, 9, 0, tzinfo=ZoneInfo("Europe/Paris"))
    assert event["DTSTAMP"].dt.utcoffset() == dt.timedelta(0)
    assert event["GEO"].latitude == pytest.approx(47.2184)


def test_all_day_event_ends_the_day_after(fixture_site):
    event = events_of(fixture_site.output / "evenements" / "semaine-tout-le-jour.ics")[f"semaine-tout-le-jour@{DOMAIN}"]
    assert event["DTSTART"].dt == dt.date(2027, 4, 12)
    assert event["DTEND"].dt == dt.date(2027, 4, 17)
    raw = (fixture_site.output / "evenements" / "semaine-tout-le-jour.ics").read_text(encoding="utf-8")
    assert "DTSTART;VALUE=DATE:20270412" in raw
    assert str(event["CONFERENCE"]) == "https://diffusion.example.org/semaine"


def test_recurring_event_has_rrule_and_exdate(fixture_site):
    event = events_of(fixture_site.output / "evenements" / "montreal-recurrent-avec-exception.ics")[
        f"montreal-recurrent-avec-exception@{DOMAIN}"
    ]
    rule = event["RRULE"]
    assert rule["FREQ"] == ["MONTHLY"] and rule["BYDAY"] == ["1TH"]
    assert rule["UNTIL"][0].utcoffset() == dt.timedelta(0)
    exdates = [d.dt for d in event["EXDATE"].dts]
    assert exdates == [dt.datetime(2027, 1, 7, 7, 30, tzinfo=ZoneInfo("America/Toronto"))]


def test_text_is_escaped_and_fields_are_complete(fixture_site):
    path = fixture_site.output / "evenements" / "hybride-titre-piege.ics"
    event = events_of(path)[f"hybride-titre-piege@{DOMAIN}"]
    assert str(event["SUMMARY"]) == "Soirée </script> & <b>réseau</b>; à Québec, enfin"  # the page's typography
    assert "SUMMARY:Soirée </script> & <b>réseau</b>\\; à Québec\\, enfin" in path.read_text(encoding="utf-8").replace("\r\n ", "")
    assert str(event["URL"]) == "https://maillage.quebec/evenements/hybride-titre-piege/"
    assert "Espace « Le Lab »" in str(event["LOCATION"])
    assert [str(c) for c in event["CATEGORIES"].cats] == ["réseautage", "a,b"]
    assert "https://maillage.quebec/evenements/hybride-titre-piege/" in str(event["DESCRIPTION"])


def test_uid_is_stable_and_sequence_rises_with_modified(tmp_path, fixture_site):
    content = tmp_path / "content"
    shutil.copytree(FIXTURES / "site" / "content", content)
    source = content / "events" / "diner-a-venir-rimouski.md"
    text = source.read_text(encoding="utf-8")
    source.write_text(text.replace("title: Dîner « réseautage » à Rimouski", "title: Dîner de réseautage à Rimouski\nmodified: 2026-11-02 00:00"), encoding="utf-8")
    again = build(content, tmp_path / "out", tmp_path / "cache")
    assert again.returncode == 0, again.stderr
    name = Path("evenements") / "diner-a-venir-rimouski.ics"
    before = events_of(fixture_site.output / name)[f"diner-a-venir-rimouski@{DOMAIN}"]
    after = events_of(again.output / name)[f"diner-a-venir-rimouski@{DOMAIN}"]
    assert str(after["SUMMARY"]) != str(before["SUMMARY"])
    # 25 hours from date to modified: clocks fell back on 2026-11-01.
    assert before["SEQUENCE"] == 0 and after["SEQUENCE"] == 25 * 60
    assert after["LAST-MODIFIED"].dt == dt.datetime(2026, 11, 2, 5, 0, tzinfo=dt.timezone.utc)


def test_icaljs_reads_the_same_instants_as_icalendar(files):
    result = read_with_icaljs([str(p) for p in files])
    assert [entry["path"] for entry in result["files"]] == [str(p) for p in files]
    for entry in result["files"]:
        assert entry["error"] is None, entry
        ours = events_of(Path(entry["path"]))
        # Every VEVENT that icalendar reads, ical.js reads too: none dropped, none added.
        uids = sorted(str(e["UID"]) for e in parse(Path(entry["path"])).walk("VEVENT"))
        assert sorted(event["uid"] for event in entry["events"]) == uids, entry["path"]
        for event in entry["events"]:
            start = ours[event["uid"]]["DTSTART"].dt
            if isinstance(start, dt.datetime):
                expected = start.astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S")
                assert event["start_utc"].startswith(expected), (entry["path"], event["uid"])


def test_pages_declare_and_link_their_calendars(fixture_site):
    page = fixture_site.page("evenements/diner-a-venir-rimouski/")
    declared = [link["href"] for link in page.find_all("link", rel="alternate", type="text/calendar")]
    assert "/evenements/diner-a-venir-rimouski.ics" in declared
    assert "/regions/bas-saint-laurent/calendrier.ics" in declared
    assert "/repertoire/groupe-rimouski/calendrier.ics" in declared
    hrefs = [a["href"] for a in page.find_all("a", href=True)]
    assert "webcal://maillage.quebec/regions/bas-saint-laurent/calendrier.ics" in hrefs
    assert any(h.startswith("https://calendar.google.com/calendar/render?action=TEMPLATE") for h in hrefs)
    assert any(h.startswith("https://outlook.live.com/calendar/0/action/compose?") for h in hrefs)
    listing = fixture_site.page("evenements/")
    assert [link["href"] for link in listing.find_all("link", type="text/calendar")] == ["/calendrier.ics"]
