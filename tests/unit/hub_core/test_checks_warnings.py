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


# --- A title that says its status --------------------------------------------------------------

UPCOMING = "2026-12-07 18:00"  # no time reminder in the way
TITLES = [
    # title, event_status written (None: none), lang, expected code (None: nothing), word, prefix
    ("Atelier (annulé)", "cancelled", "fr", "title_repeats_status", "annulé", "ANNULÉ —"),
    ('"ANNULÉ : Atelier"', "cancelled", "fr", "title_repeats_status", "ANNULÉ", "ANNULÉ —"),
    ("Atelier annulee", "cancelled", "fr", "title_repeats_status", "annulee", "ANNULÉ —"),
    ("Conférence REPORTÉE", "postponed", "fr", "title_repeats_status", "REPORTÉE", "REPORTÉ —"),
    ("Workshop (cancelled)", "cancelled", "en", "title_repeats_status", "cancelled", "CANCELLED —"),
    ('"Canceled: workshop"', "cancelled", "en", "title_repeats_status", "Canceled", "CANCELLED —"),
    ("Workshop — postponed", "postponed", "en", "title_repeats_status", "postponed", "POSTPONED —"),
    ("Atelier (annulé)", None, "fr", "title_status_not_set", "annulé", "ANNULÉ —"),
    ("Atelier (annulé)", "scheduled", "fr", "title_status_not_set", "annulé", "ANNULÉ —"),
    ("Atelier (annulé)", "postponed", "fr", "title_status_not_set", "annulé", "ANNULÉ —"),
    ("Atelier reporté", "moved-online", "fr", "title_status_not_set", "reporté", "REPORTÉ —"),
    ("Workshop postponed", None, "en", "title_status_not_set", "postponed", "POSTPONED —"),
    ("Atelier", "cancelled", "fr", None, None, None),
    ("Reportage sur l'annulation", None, "fr", None, None, None),  # not the status word itself
    ("Rapport annuel", None, "fr", None, None, None),
]  # fmt: skip


@pytest.mark.parametrize("title, status, lang, code, word, prefix", TITLES, ids=[f"{t[0]}-{t[1]}" for t in TITLES])
def test_a_title_that_says_its_status(site, title, status, lang, code, word, prefix):
    extra = [f"event_status: {status}"] if status else []
    if lang == "en":
        extra.append("lang: en")
    problems = warning_problems([read_item("events/a.md", event(*extra, start=UPCOMING, title=title), site)], NOW)
    if code is None:
        assert problems == []
        return
    (problem,) = problems
    assert (problem.line, problem.field, problem.code, problem.severity) == (2, "title", code, "warning")
    assert problem.params["word"] == word
    assert problem.params["prefix"] == prefix
    french, english = problem.message("fr"), problem.message("en")
    assert f"« {word} »" in french and f"'{word}'" in english
    if code == "title_repeats_status":
        assert f"retirez « {word} » du titre" in french
        assert f"remove '{word}' from the title" in english
    else:
        expected = "cancelled" if prefix.startswith(("ANNULÉ", "CANCELLED")) else "postponed"
        assert f"écrivez event_status: {expected}" in french
        assert f"write event_status: {expected}" in english


def test_the_title_warning_renders_the_fix(site):
    item = read_item("events/a.md", event("event_status: cancelled", start=UPCOMING, title="Atelier (annulé)"), site)
    (problem,) = warning_problems([item], NOW)
    assert problem.render("fr") == (
        "content/events/a.md:2: title: avertissement : le titre dit « annulé » et event_status vaut déjà cancelled : "
        "le site ajoute « ANNULÉ — » devant le titre ; retirez « annulé » du titre"
    )
    missing = read_item("events/a.md", event(start=UPCOMING, title="Atelier (annulé)"), site)
    (problem,) = warning_problems([missing], NOW)
    assert problem.render("en") == (
        "content/events/a.md:2: title: warning: the title says 'annulé' but event_status is scheduled: write "
        "event_status: cancelled so subscribers see it, and remove 'annulé' from the title (the site will put "
        "'ANNULÉ —' before it)"
    )


def test_a_title_is_not_checked_in_a_file_with_errors_nor_outside_events(site):
    broken = read_item("events/a.md", event("event_stauts: cancelled", start=UPCOMING, title="Atelier (annulé)"), site)
    post = read_item("blog/b.md", document("title: Le congrès est annulé", "date: 2026-09-01"), site)
    assert warning_problems([broken, post], NOW) == []
