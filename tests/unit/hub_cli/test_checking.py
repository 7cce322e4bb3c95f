"""hub_cli.checking: `hub check [PATH…]` reads the whole tree and reports on the
paths asked for."""

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from hub_cli import checking

NOW = dt.datetime(2026, 9, 1, tzinfo=ZoneInfo("America/Toronto"))


def document(*lines):
    return "---\n" + "".join(line + "\n" for line in lines) + "---\nTexte.\n"


TREE = {
    "events/a.md": document("title: A", "slug: meme", "date: 2026-08-01", "start: 2026-10-07", "venue: {name: Salle, city: Rimouski}"),
    "events/b.md": document("title: B", "slug: meme", "date: 2026-08-01", "start: 2026-10-08", "venue: {name: Salle, city: Rimouski}"),
    "blog/c.md": document("title: C", "date: 2026-08-01", "sumary: x"),
    "data/places.yml": "- name: Nantes\n  country: France\n  latitude: 47.2\n  longitude: -1.5\n",
}


def codes(report):
    return [(p.path, p.code) for p in report.problems]


@pytest.fixture()
def root(write_tree, monkeypatch):
    content = write_tree(TREE)
    monkeypatch.chdir(content.parent)
    return content


def test_no_path_checks_the_whole_tree(root):
    report = checking.run([], root, {}, NOW)
    assert codes(report) == [
        ("content/blog/c.md", "unknown_field"),
        ("content/data/places.yml", "country"),
        ("content/events/b.md", "duplicate_slug"),
    ]
    assert (report.files, report.errors, report.warnings) == (3, 2, 1)


def test_one_file_reports_its_clash_with_the_rest_of_the_tree(root):
    report = checking.run(["content/events/b.md"], root, {}, NOW)
    assert codes(report) == [("content/events/b.md", "duplicate_slug")]
    assert report.files == 1


def test_a_folder_inside_the_tree(root):
    report = checking.run(["content/blog", "content/data/places.yml"], root, {}, NOW)
    assert codes(report) == [("content/blog/c.md", "unknown_field"), ("content/data/places.yml", "country")]


def test_a_file_outside_every_tree_is_ignored(root, tmp_path):
    (tmp_path / "README.md").write_text("# x\n", encoding="utf-8")
    report = checking.run(["README.md"], root, {}, NOW)
    assert (report.problems, report.files, report.ignored) == ([], 0, ["README.md"])


def test_a_folder_outside_the_content_folder_is_a_tree_of_its_own(root, tmp_path):
    other = tmp_path / "autre" / "content" / "events"
    other.mkdir(parents=True)
    (other / "x.md").write_text(document("title: X", "date: 2026-08-01"), encoding="utf-8")
    report = checking.run([str(tmp_path / "autre" / "content")], root, {}, NOW)
    assert codes(report) == [("content/events/x.md", "required"), ("content/events/x.md", "required_when")]


def test_summary_in_both_languages(root):
    report = checking.run([], root, {}, NOW)
    assert report.summary("fr") == "3 fichiers vérifiés : 2 erreur(s), 1 avertissement(s)."
    assert report.summary("en") == "3 files checked: 2 error(s), 1 warning(s)."


def test_now_comes_from_source_date_epoch(root):
    past = {"SOURCE_DATE_EPOCH": "1795435200"}  # 2026-11-23: the events are over
    report = checking.run(["content/events/a.md"], root, {}, environ=past)
    assert codes(report) == [("content/events/a.md", "past_event_still_scheduled")]
    report = checking.run(["content/events/a.md"], root, {}, environ={"SOURCE_DATE_EPOCH": "1788000000"})
    assert codes(report) == []
