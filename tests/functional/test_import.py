"""`hub import` end to end: fixture calendars written like Meetup, Luma, Eventbrite and Google
exports, served on 127.0.0.1, imported into a copy of the fixture site, checked and built."""

import datetime as dt
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from calendar_server import CalendarServer
from hub_cli import checking
from hub_cli.cli import cli
from hub_core import dates, header
from hub_import.fetch import Limits
from hub_import.run import Options, import_sources
from hub_import.sources import Source
from sitebuild import EPOCH, FIXTURES, build, text

CALENDARS = FIXTURES / "calendars"
TODAY = dt.date(2026, 11, 23)  # EPOCH's day in Montréal
NOW = dt.datetime.fromtimestamp(int(EPOCH), tz=dates.zone("America/Toronto"))
LIMITS = Limits(timeout=0.5, attempts=2, backoff=0)
EXPORTS = {"bas-saint-laurent-2-0": "meetup", "yulbiz": "luma", "swaff": "eventbrite", "focus-20": "google"}


@pytest.fixture()
def server():
    with CalendarServer() as running:
        running.routes = {f"/{name}.ics": (CALENDARS / f"{name}.ics").read_bytes() for name in EXPORTS.values()}
        yield running


@pytest.fixture()
def content(tmp_path):
    folder = tmp_path / "content"
    shutil.copytree(FIXTURES / "site" / "content", folder)
    return folder


def sources(server, names=EXPORTS):
    return [Source(name=name, organizer="groupe-rimouski", url=server.url(f"/{EXPORTS[name]}.ics"),
                   region="bas-saint-laurent" if name == "bas-saint-laurent-2-0" else "") for name in names]


def run(content, server, names=EXPORTS):
    options = Options(today=TODAY, limits=LIMITS, allow_local_http=True)
    return {o.source: o for o in import_sources(content, sources(server, names), options, sleep=lambda s: None)}


def snapshot(folder):
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(Path(folder).rglob("*")) if p.is_file()}


def front(content, slug):
    return header.parse((content / "events" / f"{slug}.md").read_text(encoding="utf-8"))


def test_first_import_checks_and_builds(content, server, tmp_path):
    outcomes = run(content, server)
    counts = {name: (o.new, o.updated, o.cancelled, len(o.errors), o.failure) for name, o in outcomes.items()}
    assert counts == {
        "bas-saint-laurent-2-0": (3, 0, 0, 0, None),
        "yulbiz": (2, 0, 0, 0, None),
        "swaff": (2, 0, 0, 0, None),
        "focus-20": (4, 0, 0, 0, None),  # the event already over is left out
    }
    report = checking.run([], content, {}, now=NOW)
    assert report.errors == 0, [p.render() for p in report.problems if p.is_error]
    imported = [p for p in report.problems if "/events/" in p.path and p.code.startswith("imported")]
    assert {(Path(p.path).name, p.field) for p in imported} == {
        ("cafe-focus-20-2027-02-01.md", "venue.city"), ("cafe-focus-20-deplace-au-mardi-2027-03-02.md", "venue.city"),
        ("rencontre-a-paris-2027-05-20.md", "venue.city"),  # a town this site does not know
    }
    result = build(content, tmp_path / "output", tmp_path / "cache")
    assert result.returncode == 0, result.stderr
    hostile = result.page("evenements/yulbiz-script-script-alert-x-script-janvier-2027-01-20/")
    assert text(hostile.find("h1")) == 'Yulbiz </script><script>alert(« x »)</script> janvier'  # text, typeset (spaces collapsed)
    assert [s.get("type") for s in hostile.find_all("script")] == ["application/ld+json"]
    assert "alert(1)" not in str(hostile.find("main"))
    for slug, title in (("no-2027-03-04", "no"), ("18-00-2027-03-12", "18:00")):
        assert text(result.page(f"evenements/{slug}/").find("h1")) == title
    # An imported registration is the address alone (the content model's short form): the page offers it.
    meetup = result.page("evenements/5-a-7-numerique-de-rimouski-2027-01-14/")
    assert [a["href"] for a in meetup.select("a.button") if "inscrire" in text(a)] == [
        "https://www.meetup.com/bas-saint-laurent-2-0/events/300000001/"
    ]
    cancelled = result.page("evenements/swaff-avril-2027-04-08/")
    assert "annulé" in text(cancelled.find("main")).lower()
    recurring = front(content, "diner-du-mardi-2027-01-05").data["recurrence"]
    assert recurring == {"rule": "FREQ=WEEKLY;BYDAY=TU", "until": "2027-03-30", "except": ["2027-01-19", "2027-02-16"]}


def changed_meetup():
    """The Meetup calendar a week later: a new title, a cancellation, an event gone."""
    data = (CALENDARS / "meetup.ics").read_text(encoding="utf-8")
    data = data.replace("SUMMARY:5 à 7 numérique de Rimouski", "SUMMARY:5 à 7 numérique de Rimouski (2e édition)")
    data = data.replace("STATUS:CONFIRMED\nSUMMARY:Dîner du mardi", "STATUS:CANCELLED\nSUMMARY:Dîner du mardi")
    start = data.index("BEGIN:VEVENT", data.index("event_300000002"))
    data = data[:start] + data[data.index("END:VEVENT", start) + len("END:VEVENT\n"):]
    assert "event_300000003" not in data
    return data.encode("utf-8")


def test_second_import_updates_the_source_fields_and_keeps_the_editors(content, server):
    run(content, server)
    edited = content / "events" / "5-a-7-numerique-de-rimouski-2027-01-14.md"
    edited.write_text(edited.read_text(encoding="utf-8").replace("name: Hôtel Rimouski", "name: Hôtel Rimouski, salle Mitis"), encoding="utf-8")
    before = snapshot(content)
    server.routes["/meetup.ics"] = changed_meetup()
    outcome = run(content, server, ["bas-saint-laurent-2-0"])["bas-saint-laurent-2-0"]
    assert (outcome.new, outcome.updated, outcome.cancelled, outcome.missing) == (0, 1, 1, 1)
    first = front(content, "5-a-7-numerique-de-rimouski-2027-01-14").data
    assert first["title"] == "5 à 7 numérique de Rimouski (2e édition)"
    assert first["venue"]["name"] == "Hôtel Rimouski, salle Mitis"  # the editor's
    assert front(content, "diner-du-mardi-2027-01-05").data["event_status"] == "cancelled"
    gone = front(content, "atelier-qui-disparaitra-2027-02-10")
    assert gone.data["source"]["missing"] == "2026-11-23"
    after = snapshot(content)
    assert {name for name in after if after[name] != before.get(name)} == {
        "events/5-a-7-numerique-de-rimouski-2027-01-14.md", "events/diner-du-mardi-2027-01-05.md",
        "events/atelier-qui-disparaitra-2027-02-10.md",
    }
    warnings = [p for p in checking.run([], content, {}, now=NOW).problems if p.code == "imported_event_missing"]
    assert [p.render("fr") for p in warnings] == [
        f"content/events/atelier-qui-disparaitra-2027-02-10.md:{gone.lines[('source', 'missing')]}: source.missing: avertissement : "
        "l'événement n'est plus dans le calendrier de la source « bas-saint-laurent-2-0 » depuis le 2026-11-23 ; "
        "vérifiez s'il est annulé ou déplacé (event_status), puis retirez source.missing"
    ]
    again = run(content, server, ["bas-saint-laurent-2-0"])["bas-saint-laurent-2-0"]
    assert (again.new, again.updated, again.cancelled, again.missing) == (0, 0, 0, 0)
    assert snapshot(content) == after


def test_a_failing_source_writes_nothing(content, server):
    server.routes["/meetup.ics"] = ("sleep", 5)
    server.routes["/luma.ics"] = (CALENDARS / "malformed.ics").read_bytes()
    before = snapshot(content)
    outcomes = run(content, server, ["bas-saint-laurent-2-0", "yulbiz"])
    assert outcomes["bas-saint-laurent-2-0"].failure.code == "timeout"
    assert outcomes["yulbiz"].failure.code == "not_a_calendar"
    assert snapshot(content) == before


def test_the_same_event_from_two_sources_is_one_file(content, server):
    run(content, server, ["bas-saint-laurent-2-0"])
    copy = (CALENDARS / "meetup.ics").read_text(encoding="utf-8").replace("@meetup.com", "@autre.example")
    server.routes["/luma.ics"] = changed_meetup()  # same UIDs, with changes that are not this source's to make
    server.routes["/eventbrite.ics"] = copy.encode("utf-8")  # other UIDs, same titles and starts
    before = snapshot(content)
    outcomes = run(content, server, ["yulbiz", "swaff"])
    assert [(o.new, o.updated, o.missing) for o in outcomes.values()] == [(0, 0, 0), (0, 0, 0)]
    assert snapshot(content) == before


def test_the_command_reports_in_french_and_english(tmp_path, monkeypatch):
    content = tmp_path / "content"
    shutil.copytree(FIXTURES / "site" / "content", content)
    (tmp_path / "calendriers").mkdir()
    shutil.copy(CALENDARS / "meetup.ics", tmp_path / "calendriers" / "meetup.ics")
    shutil.copy(CALENDARS / "malformed.ics", tmp_path / "calendriers" / "autre.ics")
    (content / "data" / "calendars.yml").write_text(
        "- name: bas-saint-laurent-2-0\n  file: calendriers/meetup.ics\n  organizer: groupe-rimouski\n"
        "- name: autre\n  file: calendriers/autre.ics\n  organizer: groupe-rimouski\n", encoding="utf-8")
    for name in ("HUB_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    runner = CliRunner()
    result = runner.invoke(cli, ["import", "--content", str(content), "--source", "bas-saint-laurent-2-0"])
    assert (result.exit_code, result.output) == (0, "bas-saint-laurent-2-0 : 3 nouveaux, 0 mis à jour, 0 annulé, 0 erreur\n")
    result = runner.invoke(cli, ["import", "--content", str(content), "--lang", "en"])
    assert result.exit_code == 1
    assert result.output.splitlines() == [
        "bas-saint-laurent-2-0: 0 new, 0 updated, 0 cancelled, 0 errors",
        "autre: failed, nothing was written: not an iCalendar calendar (" + result.output.split("(", 1)[1].split("\n")[0],
    ]
    result = runner.invoke(cli, ["import", "--content", str(content), "--source", "yulbiz"])
    assert result.exit_code == 1
    assert "Aucune source « yulbiz »" in result.output and "sources : bas-saint-laurent-2-0, autre" in result.output


def test_an_event_that_would_be_invalid_is_not_written(content, server):
    """A wall time that does not exist in its zone (a source's mistake) is an error of the report."""
    calendar = (CALENDARS / "meetup.ics").read_text(encoding="utf-8")
    server.routes["/meetup.ics"] = calendar.replace("DTSTART;TZID=America/Toronto:20270210T190000", "DTSTART;TZID=America/Toronto:20270314T023000").replace(
        "DTEND;TZID=America/Toronto:20270210T210000", "DTEND;TZID=America/Toronto:20270314T040000").encode("utf-8")
    outcome = run(content, server, ["bas-saint-laurent-2-0"])["bas-saint-laurent-2-0"]
    assert (outcome.new, outcome.errors) == (2, [("event_300000003@meetup.com", "invalid")])
    assert not list((content / "events").glob("atelier-qui-disparaitra-*"))
