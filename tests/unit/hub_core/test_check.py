"""hub_core.check: a whole tree's problems without building, every problem of
every file in one run (what `hub check` prints: tests/unit/hub_cli/test_check_tree.py)."""

import datetime as dt

import pytest

from hub_core import inputs
from hub_core.check import check_tree, content_files, summary, tree_problems
from hub_core.items import read_file
from hub_core.problems import WARNING, Problem
from hub_core.site import site_from_settings

from problem_tree import GOOD_EVENT, POST, TREE, document


EXPECTED = [
    ("content/blog/b.md", 1, "slug", "duplicate_slug"),
    ("content/data/places.yml", 3, "latitude", "coordinate"),
    ("content/directory/cafe.md", 1, "kind", "required"),
    ("content/events/bad.md", 5, "venue.city", "unknown_city"),
    ("content/events/bad.md", 6, "end", "end_before_start"),
    ("content/events/bad.md", 7, "sumary", "unknown_field"),
    ("content/events/notes.txt", 1, "", "not_markdown"),  # only Markdown in the content folders
    ("content/missions/m1/jour-1.md", 1, "", "mission_without_description"),
]


def found(problems):
    return [(p.path, p.line, p.field, p.code) for p in problems]


def test_check_tree_reports_every_problem_of_every_file_sorted(write_tree):
    items, problems = check_tree(write_tree(TREE))
    assert found(problems) == EXPECTED
    assert sorted(item.path for item in items) == [
        "content/blog/a.md",
        "content/blog/b.md",
        "content/directory/cafe.md",
        "content/events/bad.md",
        "content/events/good.md",
        "content/missions/m1/jour-1.md",
        "content/pages/a-propos.md",
    ]


def test_tree_problems_is_the_assembly_check_tree_uses_with_the_build_s_unreadable_files(write_tree):
    root = write_tree(TREE)
    site, site_problems = site_from_settings({"PATH": str(root)})
    found_files = inputs.scan(root)
    items = [read_file(p, p.relative_to(root).as_posix(), site) for p in found_files.markdown if p.name != "good.md"]
    unreadable = Problem("content/events/good.md", 1, "", "unreadable", {"detail": "?"})
    problems = tree_problems(site, site_problems, found_files, items, [unreadable])
    assert found(problems) == sorted([*EXPECTED, ("content/events/good.md", 1, "", "unreadable")])


ERROR = Problem("content/a.md", 1, "title", "required", {})
NOTICE = Problem("content/a.md", 2, "end", "required", {}, WARNING)


@pytest.mark.parametrize(
    "files, problems, lang, expected",
    [
        (3, [], "fr", "3 fichiers vérifiés : 0 erreur(s), 0 avertissement(s)."),
        (3, [ERROR, NOTICE, NOTICE], "fr", "3 fichiers vérifiés : 1 erreur(s), 2 avertissement(s)."),
        (1, [ERROR, NOTICE, NOTICE], "en", "1 files checked: 1 error(s), 2 warning(s)."),
        (0, [NOTICE], "en", "0 files checked: 0 error(s), 1 warning(s)."),
    ],
)
def test_summary_is_the_closing_line_of_the_check(files, problems, lang, expected):
    assert summary(files, problems, lang) == expected


def test_content_files_are_the_markdown_files_of_the_content_folders_in_order(write_tree):
    root = write_tree(TREE)
    assert [p.relative_to(root).as_posix() for p in content_files(root)] == [
        "blog/a.md",
        "blog/b.md",
        "directory/cafe.md",
        "events/bad.md",
        "events/good.md",
        "missions/m1/jour-1.md",
        "pages/a-propos.md",
    ]


def test_check_tree_of_a_clean_tree(write_tree):
    items, problems = check_tree(write_tree({"events/good.md": GOOD_EVENT, "images/affiche.jpg": b""}))
    assert problems == []
    assert [item.slug for item in items] == ["atelier"]


def test_check_tree_uses_the_settings(write_tree):
    root = write_tree({"events/paris.md": document(
        "title: Atelier à Nantes",
        "date: 2026-09-01",
        "start: 2026-10-07 18:00",
        "venue: {name: Salle, city: Rimouski}",
    )})  # fmt: skip
    (item,), problems = check_tree(root, {"TIMEZONE": "Europe/Paris", "HUB_EVENTS": {"default_duration": 30}})
    assert problems == []
    assert item.values["start"].utcoffset() == dt.timedelta(hours=2)
    assert item.values["end"] - item.values["start"] == dt.timedelta(minutes=30)


def test_check_tree_settings_path_is_the_content_folder(write_tree, tmp_path):
    root = write_tree({"events/good.md": GOOD_EVENT, "images/affiche.jpg": b""})
    _items, problems = check_tree(root, {"PATH": str(tmp_path / "elsewhere")})
    assert problems == []  # the image was found under the tree checked, not under PATH


def test_file_not_in_utf8_is_reported_not_fatal(write_tree):
    root = write_tree({"blog/latin1.md": "---\ntitle: Été\ndate: 2026-09-01\n---\n".encode("latin-1"), "blog/b.md": POST})
    _items, problems = check_tree(root)
    assert [(p.path, p.line, p.code) for p in problems] == [("content/blog/latin1.md", 1, "unreadable_encoding")]
