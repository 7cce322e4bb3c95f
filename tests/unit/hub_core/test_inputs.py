"""hub_core.inputs: what a build may read from the content folder, and nothing outside it;
hub_core.items.read_file: one problem naming the file, whatever goes wrong."""

import os

import pytest

from hub_core import inputs, items

EVENT = "---\ntitle: Atelier\ndate: 2026-09-01\nstart: 2027-10-07\nvenue: {name: Salle, city: Rimouski}\n---\nTexte.\n"


def found(scan):
    return [(p.path, p.code) for p in scan.problems]


def test_markdown_in_any_case_is_read_and_other_files_are_reported(write_tree):
    root = write_tree({
        "events/a.md": EVENT,
        "events/B.MD": EVENT,
        "events/.gitkeep": "",
        "blog/notes.rst": "Notes\n",
        "pages/a-propos.html": "<p>x</p>",
        "missions/m/carte.png": b"\x89PNG",
        "images/affiche.jpg": b"\xff\xd8",
        "data/places.yml": "[]\n",
        "lisez-moi.txt": "hors des dossiers de contenu",
    })
    scan = inputs.scan(root)
    assert [p.relative_to(root).as_posix() for p in scan.markdown] == ["events/B.MD", "events/a.md"]
    assert found(scan) == [
        ("content/blog/notes.rst", "not_markdown"),
        ("content/missions/m/carte.png", "not_markdown"),
        ("content/pages/a-propos.html", "not_markdown"),
    ]


@pytest.mark.parametrize(
    "link, target, code",
    [
        ("images/env.txt", "/proc/self/environ", "symlink_outside"),
        ("events/dehors.md", "../../dehors.md", "symlink_outside"),
        ("events/ailleurs", "/etc", "symlink_outside"),
        ("events/absent.md", "absent-nulle-part.md", "symlink_broken"),
        ("events/parent", "..", "symlink_folder"),
        ("events/boucle.md", "boucle.md", "symlink_loop"),
    ],
)
def test_a_link_that_leaves_content_or_goes_nowhere_is_one_problem(write_tree, link, target, code):
    root = write_tree({"events/a.md": EVENT})
    (root.parent / "dehors.md").write_text(EVENT, encoding="utf-8")
    (root / link).parent.mkdir(parents=True, exist_ok=True)
    os.symlink(target, root / link)
    scan = inputs.scan(root)
    assert found(scan) == [(f"content/{link}", code)]
    assert scan.refused == [link.rsplit("/", 1)[1]]
    assert [p.name for p in scan.markdown] == ["a.md"]  # never the link
    assert target in scan.problems[0].render("fr")


def test_a_loop_of_two_links_is_one_problem(write_tree):
    root = write_tree({"events/a.md": EVENT})
    os.symlink("y.md", root / "events" / "x.md")
    os.symlink("x.md", root / "events" / "y.md")
    scan = inputs.scan(root)
    assert found(scan) == [("content/events/x.md", "symlink_loop")]
    assert sorted(scan.refused) == ["x.md", "y.md"]


def test_a_link_inside_content_to_a_file_is_read(write_tree):
    root = write_tree({"events/a.md": EVENT, "images/affiche.jpg": b""})
    os.symlink("../images/affiche.jpg", root / "events" / "affiche.md")
    assert found(inputs.scan(root)) == []


def test_a_pipe_is_reported_and_never_opened(write_tree, site):
    root = write_tree({"events/a.md": EVENT})
    os.mkfifo(root / "events" / "tuyau.md")
    assert found(inputs.scan(root)) == [("content/events/tuyau.md", "special_file")]
    item = items.read_file(root / "events" / "tuyau.md", "events/tuyau.md", site)
    assert [p.code for p in item.problems] == ["special_file"]


def test_ignore_patterns_match_exactly_the_names():
    import fnmatch

    patterns = inputs.ignore_patterns(["env[1].txt", "a*.md"])
    assert any(fnmatch.fnmatch("env[1].txt", p) for p in patterns)
    assert not any(fnmatch.fnmatch(name, p) for p in patterns for name in ("env1.txt", "ab.md"))


def test_a_file_too_large_is_not_read(write_tree, site):
    root = write_tree({"events/gros.md": EVENT + "x" * 1_000_001})
    item = items.read_file(root / "events" / "gros.md", "events/gros.md", site)
    assert [(p.path, p.line, p.code) for p in item.problems] == [("content/events/gros.md", 1, "file_too_large")]


def test_an_unexpected_exception_becomes_one_problem_naming_the_file(write_tree, site, monkeypatch):
    root = write_tree({"events/a.md": EVENT})
    calls = []

    def broken(relative_path, text, site, shown_root="content"):
        calls.append(relative_path)
        if len(calls) == 1:
            raise ValueError("une surprise")
        return original(relative_path, text, site, shown_root)

    original = items.read_item
    monkeypatch.setattr(items, "read_item", broken)
    item = items.read_file(root / "events" / "a.md", "events/a.md", site)
    assert [p.render("fr") for p in item.problems] == [
        "content/events/a.md:1: -: erreur inattendue en lisant ce fichier : ValueError: une surprise"
    ]
    assert item.problems[0].render("en").endswith("unexpected error while reading this file: ValueError: une surprise")
