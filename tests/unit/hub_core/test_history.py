"""hub_core.history: the fallback revision, and which fields of a version are compared."""

import datetime as dt

import pytest

from hub_core import history

UTC = dt.timezone.utc
DATE = dt.datetime(2026, 11, 2, 9, 0, tzinfo=dt.timezone(dt.timedelta(hours=-5)))


@pytest.mark.parametrize(
    ("modified", "changed", "sequence"),
    [
        (None, "2026-11-02T14:00:00+00:00", 0),
        (DATE + dt.timedelta(minutes=90), "2026-11-02T15:30:00+00:00", 90),
        (DATE - dt.timedelta(days=1), "2026-11-01T14:00:00+00:00", 0),  # never below zero
    ],
)
def test_declared_revision(modified, changed, sequence):
    when, number = history.declared(DATE, modified)
    assert (when.isoformat(), number) == (changed, sequence)


@pytest.mark.parametrize(
    ("text", "fields"),
    [
        ("---\ntitle: A\nstart: 2027-02-11 09:00\n---\nCorps\n", {"title": "A", "start": "2027-02-11 09:00"}),
        ("---\ntitle: A\n---\n", {"title": "A"}),
        ("---\ntitle: 'A\n---\n", {}),  # a broken version compares as empty, never raises
        ("pas de front matter", {}),
    ],
)
def test_watched_fields_of_a_version(text, fields):
    assert history.watched_fields(text.encode(), ("title", "start")) == fields


def test_outside_git_there_is_no_history(tmp_path):
    (tmp_path / "content").mkdir()
    found = history.read(tmp_path / "content", dt.datetime(2026, 11, 23, tzinfo=UTC), ("start",), lambda p: True)
    assert found.reason == "no-git" and found.revisions == {}
