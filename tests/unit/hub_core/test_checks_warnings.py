"""hub_core.checks_warnings: the reminders of `hub check` (past events still
scheduled without attendance, expired replays), given only
at a known "now" and never as errors."""

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from hub_core.check import check_tree
from hub_core.checks_warnings import warning_problems
from hub_core.items import read_item
from hub_core.problems import sort_problems

TORONTO = ZoneInfo("America/Toronto")
NOW = dt.datetime(2026, 11, 23, 7, 0, tzinfo=TORONTO)


def document(*lines, body="Texte."):
    return "---\n" + "".join(line + "\n" for line in lines) + "---\n" + body + "\n"


def event(*extra, start="2026-10-07 18:00", title="Atelier"):
    return document(
        f"title: {title}",  # 2
        "date: 2026-09-01",  # 3
        f"start: {start}",  # 4
        "venue: {name: Salle, city: Rimouski}",  # 5
        *extra,  # 6…
    )


def found(problems):
    return [(p.path, p.line, p.field, p.code, p.severity) for p in problems]


def reminders(site, files, now=NOW):
    items = [read_item(path, text, site) for path, text in files.items()]
    return found(sort_problems(warning_problems(items, now, "America/Toronto")))


PAST = ("content/events/a.md", 4, "attendance", "past_event_still_scheduled", "warning")

CASES = [
    pytest.param(event(), [PAST], id="past-scheduled-no-attendance"),
    pytest.param(event("end: 2026-10-07 20:00"), [("content/events/a.md", 6, "attendance", "past_event_still_scheduled", "warning")], id="line-of-end-when-written"),
    pytest.param(event("attendance: 42"), [], id="attendance-reported"),
    pytest.param(event("event_status: cancelled"), [], id="cancelled"),
    pytest.param(event("event_status: postponed"), [], id="postponed"),
    pytest.param(event("event_status: scheduled"), [PAST], id="scheduled-written"),
    pytest.param(event(start="2026-12-07 18:00"), [], id="upcoming"),
    pytest.param(event(start="2026-11-23"), [], id="all-day-today-not-over"),
    pytest.param(event(start="2026-11-22"), [PAST], id="all-day-yesterday"),
    pytest.param(event(start="2026-11-23 04:59"), [PAST], id="earlier-today-over"),  # ends 06:59
    pytest.param(event(start="2026-11-23 05:00"), [], id="ends-now-not-over"),
    pytest.param(event("status: draft"), [], id="draft"),
    pytest.param(event("recurrence: {rule: FREQ=MONTHLY, count: 3}", start="2026-06-07 18:00"), [PAST], id="recurrence-over"),
    pytest.param(event("recurrence: {rule: FREQ=MONTHLY, until: 2027-03-01}", start="2026-06-07 18:00"), [], id="recurrence-goes-on"),
    pytest.param(event("recurrence: {rule: FREQ=MONTHLY}", start="2020-06-07 18:00"), [], id="recurrence-never-ends"),
    pytest.param(
        event("attendance: 30", "replay: {url: 'https://example.org/v', until: 2026-11-22}"),
        [("content/events/a.md", 7, "replay.until", "replay_expired", "warning")],
        id="replay-expired",
    ),
    pytest.param(event("attendance: 30", "replay: {url: 'https://example.org/v', until: 2026-11-23}"), [], id="replay-until-today"),
    pytest.param(event("attendance: 30", "replay: {url: 'https://example.org/v'}"), [], id="replay-without-until"),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_event_reminders(site, text, expected):
    assert reminders(site, {"events/a.md": text}) == expected


def test_a_translation_gets_no_reminder_when_its_original_is_there(site):
    original = event("slug: atelier")
    translation = event("slug: atelier", "lang: en", title="Workshop")
    assert reminders(site, {"events/a.md": original, "events/a-en.md": translation}) == [PAST]
    assert reminders(site, {"events/a-en.md": translation}) == [("content/events/a-en.md", 4, *PAST[2:])]


def test_a_file_with_errors_gets_no_time_reminder(site):
    items = [read_item("events/a.md", event("strat: 2026-10-07", "attendance: beaucoup"), site)]
    assert warning_problems(items, NOW) == []
    items = [read_item("events/a.md", event(), site)]
    assert warning_problems(items, NOW, erroneous={"content/events/a.md"}) == []


def test_check_tree_gives_reminders_only_with_now(write_tree):
    root = write_tree({"events/a.md": event()})
    assert check_tree(root)[1] == []  # what a build finds: nothing
    (_item,), problems = check_tree(root, now=NOW)
    assert found(problems) == [PAST]
    assert [p.is_error for p in problems] == [False]


def test_check_tree_skips_files_with_errors_across_files(write_tree):
    root = write_tree({"events/a.md": event("organizer: inconnu")})
    _items, problems = check_tree(root, now=NOW)
    assert [p.code for p in problems] == ["unknown_organizer"]
