"""Revisions from history: move an event, commit, and subscribers' apps and feed readers see it.

Each test makes its own git repository (the fixtures of this repository must not depend on its
commits), commits an event at fixed times, and builds it with the real `pelican` command."""

import os
import shutil
import subprocess
from pathlib import Path

import feedparser
import icalendar
import pytest

from icaljs import read_with_icaljs
from sitebuild import build

EVENT = """---
title: Vendre à l'international
slug: vendre-a-l-international
date: 2026-11-02 09:00
start: {start}
end: {end}
venue:
  name: Espace Lemaire
  city: Montréal
---
{body}
"""
ID = "tag:maillage.quebec,2026:event:vendre-a-l-international"


def git(repo, *args, when=None):
    env = {**os.environ, "GIT_AUTHOR_NAME": "Rédaction", "GIT_AUTHOR_EMAIL": "redaction@example.org",
           "GIT_COMMITTER_NAME": "Rédaction", "GIT_COMMITTER_EMAIL": "redaction@example.org"}
    if when:
        env["GIT_AUTHOR_DATE"] = env["GIT_COMMITTER_DATE"] = when
    subprocess.run(["git", "-C", str(repo), *args], check=True, capture_output=True, env=env)


def write(repo, start="2027-02-11 09:00", end="2027-02-11 12:00", body="Un séminaire pour vendre hors Québec.", extra=""):
    path = repo / "content" / "events" / "vendre.md"
    path.parent.mkdir(parents=True, exist_ok=True)
    text = EVENT.format(start=start, end=end, body=body)
    if extra:
        text = text.replace("---\n", f"---\n{extra}\n", 1)
    path.write_text(text, encoding="utf-8")


def commit(repo, when):
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "modification", when=when)


@pytest.fixture
def repo(tmp_path):
    repo = tmp_path / "site"
    repo.mkdir()
    git(repo, "init", "-q", "-b", "main")
    write(repo)
    commit(repo, "2026-11-02T10:00:00-05:00")
    return repo


def built(repo, tmp_path, name="out", history=True):
    result = build(repo / "content", tmp_path / name, tmp_path / f"{name}-cache", history=history)
    assert result.returncode == 0, result.stderr
    return result


def vevent(output):
    calendar = icalendar.Calendar.from_ical((output / "evenements" / "vendre-a-l-international.ics").read_bytes())
    (event,) = calendar.walk("VEVENT")
    return event


def feed(output):
    parsed = feedparser.parse((output / "evenements" / "rss.xml").read_bytes())
    assert not parsed.bozo, parsed.bozo_exception
    return {entry.id: entry for entry in parsed.entries}


def test_a_first_commit_gives_its_time_and_sequence_zero(repo, tmp_path):
    event = vevent(built(repo, tmp_path).output)
    assert event["SEQUENCE"] == 0
    assert event["LAST-MODIFIED"].dt.isoformat() == "2026-11-02T15:00:00+00:00"
    assert event["DTSTAMP"].dt == event["LAST-MODIFIED"].dt


def test_moving_the_event_and_committing_reaches_subscribers(repo, tmp_path):
    before = vevent(built(repo, tmp_path, "before").output)
    write(repo, start="2027-02-18 09:00", end="2027-02-18 12:00", extra="event_status: rescheduled\nprevious_start: 2027-02-11 09:00")
    commit(repo, "2026-11-20T14:30:00-05:00")
    result = built(repo, tmp_path, "after")
    after = vevent(result.output)
    assert after["UID"] == before["UID"]
    assert after["DTSTART"].dt.isoformat() == "2027-02-18T09:00:00-05:00"
    assert after["SEQUENCE"] > before["SEQUENCE"]
    assert after["LAST-MODIFIED"].dt > before["LAST-MODIFIED"].dt
    assert after["LAST-MODIFIED"].dt.isoformat() == "2026-11-20T19:30:00+00:00"
    # ical.js, Thunderbird's engine, reads the same instants and sequence
    (read,) = read_with_icaljs([result.output / "evenements" / "vendre-a-l-international.ics"])["files"]
    assert read["error"] is None
    (read_event,) = read["events"]
    assert read_event["uid"] == str(after["UID"])
    assert read_event["start_utc"].startswith("2027-02-18T14:00:00")
    # the feed carries a notice of its own, with the old and the new date
    entries = feed(result.output)
    notice = entries[f"{ID}:change:{after['SEQUENCE']}"]
    assert notice.id != ID and ID in entries
    assert notice.title.startswith("Déplacé : Vendre à l’international — maintenant le jeudi 18 février 2027")
    text = notice.content[0].value
    assert "Ancienne date\u00a0: <del>jeudi 11 février 2027, 9 h</del>" in text  # theme strings are typeset
    assert "Nouvelle date\u00a0: <strong>jeudi 18 février 2027, 9 h à 12 h</strong>" in text


def test_a_typo_fixed_in_the_body_does_not_raise_the_sequence(repo, tmp_path):
    write(repo, start="2027-02-18 09:00", end="2027-02-18 12:00")
    commit(repo, "2026-11-20T14:30:00-05:00")
    moved = vevent(built(repo, tmp_path, "moved").output)
    write(repo, start="2027-02-18 09:00", end="2027-02-18 12:00", body="Un séminaire pour vendre hors du Québec.")
    commit(repo, "2026-11-21T08:00:00-05:00")
    fixed = vevent(built(repo, tmp_path, "fixed").output)
    assert moved["SEQUENCE"] == 1
    assert fixed["SEQUENCE"] == moved["SEQUENCE"]
    assert fixed["LAST-MODIFIED"].dt > moved["LAST-MODIFIED"].dt  # the file did change


def test_a_rename_keeps_the_history(repo, tmp_path):
    write(repo, start="2027-02-18 09:00", end="2027-02-18 12:00")
    commit(repo, "2026-11-20T14:30:00-05:00")
    git(repo, "mv", "content/events/vendre.md", "content/events/vendre-international.md")
    commit(repo, "2026-11-21T08:00:00-05:00")
    assert vevent(built(repo, tmp_path).output)["SEQUENCE"] == 1


def test_an_uncommitted_edit_counts_as_now(repo, tmp_path):
    write(repo, start="2027-02-18 09:00", end="2027-02-18 12:00")  # saved, not committed (the preview)
    event = vevent(built(repo, tmp_path).output)
    assert event["SEQUENCE"] == 1
    assert event["LAST-MODIFIED"].dt.isoformat() == "2026-11-23T12:00:00+00:00"  # the tests' SOURCE_DATE_EPOCH


def test_modified_still_wins_when_later(repo, tmp_path):
    write(repo, extra="modified: 2026-11-10 08:00")
    commit(repo, "2026-11-03T10:00:00-05:00")
    event = vevent(built(repo, tmp_path).output)
    assert event["LAST-MODIFIED"].dt.isoformat() == "2026-11-10T13:00:00+00:00"


def test_two_builds_of_one_commit_are_byte_identical(repo, tmp_path):
    write(repo, start="2027-02-18 09:00", end="2027-02-18 12:00", extra="event_status: rescheduled\nprevious_start: 2027-02-11 09:00")
    commit(repo, "2026-11-20T14:30:00-05:00")
    first, second = built(repo, tmp_path, "one").output, built(repo, tmp_path, "two").output
    files = sorted(p.relative_to(first) for p in first.rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(second) for p in second.rglob("*") if p.is_file())
    assert all((first / f).read_bytes() == (second / f).read_bytes() for f in files)


def test_without_git_the_dates_come_from_the_file_and_it_is_said_once(repo, tmp_path):
    archive = tmp_path / "archive"
    shutil.copytree(repo / "content", archive / "content")  # a tarball: no .git
    result = build(archive / "content", tmp_path / "out", tmp_path / "cache", history=True)
    assert result.returncode == 0, result.stderr
    assert (result.stdout + result.stderr).count("pas de dépôt git") == 1
    event = vevent(result.output)
    assert event["SEQUENCE"] == 0
    assert event["LAST-MODIFIED"].dt.isoformat() == "2026-11-02T14:00:00+00:00"  # `date`


def test_a_notice_lasts_as_long_as_the_event_is_upcoming(repo, tmp_path):
    write(repo, start="2026-11-12 09:00", end="2026-11-12 12:00", extra="event_status: cancelled")  # before "now"
    commit(repo, "2026-11-05T10:00:00-05:00")
    entries = feed(built(repo, tmp_path).output)
    assert ID in entries
    assert not [i for i in entries if ":change:" in i]
