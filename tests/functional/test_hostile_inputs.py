"""Hostile and mistaken content: `hub check` and the build each stop with one line naming the file.

Each folder of tests/fixtures/hostile/ holds one class of bad input; the
symbolic links, which git keeps poorly, are made here in a copy. For every
class, `hub check` and the real `pelican` build exit non-zero, print exactly one
`path:line: field: message` line naming the file, and no traceback.
"""

import os
import re
import shutil
import subprocess
import sys

import pytest

from sitebuild import EPOCH, FIXTURES, ROOT, build

HOSTILE = FIXTURES / "hostile"
PROBLEM_LINE = re.compile(r"^(content/[^:]+):(\d+): ([^:]+): (.+)$")
SECRET = "maillage-secret-do-not-publish"

# class (folder of tests/fixtures/hostile/) -> (file the line names, a fragment of its French message)
CASES = {
    "alias-bomb": ("content/events/bombe.md", "les ancres et alias YAML ne sont pas permis"),
    "alias-bomb-places": ("content/data/places.yml", "les ancres et alias YAML ne sont pas permis"),
    "bad-offset": ("content/events/diner.md", "le décalage horaire doit être entre -12:00 et +14:00"),
    "colliding-columns": ("content/chronicles/chronique-un.md", "même adresse /chroniques/c/ que « C# » dans content/chronicles/chronique-deux.md"),
    "colliding-tags": ("content/blog/billet-un.md", "même adresse /etiquettes/c/ que « C# » dans content/blog/billet-deux.md"),
    "control-character-body": ("content/blog/billet.md", "caractère invisible U+000B"),
    "control-character-title": ("content/events/diner.md", "caractère invisible U+0001"),
    "crlf-in-url": ("content/events/diner.md", "caractère invisible U+000D"),
    "deep-nesting": ("content/events/diner.md", "plus de 10 niveaux"),
    "html-file": ("content/pages/a-propos.html", "seuls les fichiers Markdown (.md) vont dans content/pages/"),
    "huge-price": ("content/events/diner.md", "dépasse la limite de 1000000"),
    "huge-recurrence-count": ("content/events/diner.md", "dépasse la limite de 1000"),
    "long-slug": ("content/events/diner.md", "le titre donne un identifiant de 174 caractères"),
    "long-slug-field": ("content/events/diner.md", "359 caractères, c'est trop : au plus 120"),
    "minutely-recurrence": ("content/events/diner.md", "FREQ=MINUTELY n'est pas permis"),
    "mission-folder-with-spaces": ('content/missions/Mission été "2027"/mission.md', "« Mission été \"2027\" » devient l'adresse"),
    "mission-slug-ignored": ("content/missions/mission-rimouski/mission.md", "renommez le dossier en « autre-mission »"),
    "nul-in-tag": ("content/blog/billet.md", "caractère invisible U+0000"),
    "output-named-folder": ("content/missions/rss.xml/mission.md", "« rss.xml » devient l'adresse"),
    "rst-file": ("content/blog/notes.rst", "seuls les fichiers Markdown (.md) vont dans content/blog/"),
    "until-before-start": ("content/events/diner.md", "2026-01-01 est avant le début 2027-10-07"),
    "year-0001": ("content/events/diner.md", "l'année doit être entre 1900 et 2200"),
    "year-9999": ("content/events/diner.md", "l'année doit être entre 1900 et 2200"),
}


def link_out_file(content, outside):
    (content / "images").mkdir()
    os.symlink("/proc/self/environ", content / "images" / "env.txt")
    return "content/images/env.txt", "lien symbolique vers l'extérieur de content/ : /proc/self/environ"


def link_out_folder(content, outside):
    os.symlink(outside, content / "blog")
    return "content/blog", "lien symbolique vers l'extérieur de content/"


def link_out_markdown(content, outside):
    os.symlink(outside / "secret.md", content / "events" / "secret.md")
    return "content/events/secret.md", "lien symbolique vers l'extérieur de content/"


def link_out_places(content, outside):
    (content / "data").mkdir()
    os.symlink(outside / "places.yml", content / "data" / "places.yml")
    return "content/data/places.yml", "lien symbolique vers l'extérieur de content/"


def link_loop_files(content, outside):
    os.symlink("b.md", content / "events" / "a.md")
    os.symlink("a.md", content / "events" / "b.md")
    return None, "lien symbolique en boucle"


def link_loop_folder(content, outside):
    os.symlink("..", content / "events" / "boucle")
    return "content/events/boucle", "lien symbolique vers un dossier (..)"


LINKS = {
    "symlink-out": [link_out_file, link_out_folder, link_out_markdown, link_out_places],
    "symlink-loop": [link_loop_files, link_loop_folder],
}
LINK_CASES = [(name, make) for name, makers in LINKS.items() for make in makers]


def copy_of(name, tmp_path):
    content = tmp_path / "site" / "content"
    shutil.copytree(HOSTILE / name / "content", content, symlinks=True)
    return content


def hub_check(content):
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(str(ROOT / folder) for folder in ("plugins", "cli")), "HUB_LANG": "fr", "SOURCE_DATE_EPOCH": EPOCH}
    command = [sys.executable, "-m", "hub_cli", "check", str(content)]
    return subprocess.run(command, cwd=content.parent, env=env, capture_output=True, encoding="utf-8", timeout=120)


def assert_one_line_naming(stdout, stderr, path, fragment):
    assert "Traceback" not in stdout + stderr
    lines = [line for line in stderr.splitlines() if line.startswith("content/")]
    assert len(lines) == 1, stderr
    match = PROBLEM_LINE.match(lines[0])
    assert match, lines[0]
    if path is not None:
        assert match[1] == path, lines[0]
    assert fragment in match[4], lines[0]


def test_every_class_of_the_hostile_corpus_is_covered():
    assert sorted(p.name for p in HOSTILE.iterdir()) == sorted([*CASES, *LINKS])


@pytest.mark.parametrize("name", sorted(CASES))
def test_hub_check_and_the_build_stop_with_one_line_naming_the_file(name, tmp_path):
    path, fragment = CASES[name]
    content = copy_of(name, tmp_path)
    checked = hub_check(content)
    assert checked.returncode == 1
    assert_one_line_naming(checked.stdout, checked.stderr, path, fragment)
    built = build(content, tmp_path / "output", tmp_path / "cache")
    assert built.returncode != 0
    assert_one_line_naming(built.stdout, built.stderr, path, fragment)
    assert not list((tmp_path / "output").rglob("*.html")), "nothing may be published"


@pytest.mark.parametrize("name, make", LINK_CASES, ids=[make.__name__ for _name, make in LINK_CASES])
def test_links_out_of_content_or_in_a_loop_are_one_error_and_never_followed(name, make, tmp_path):
    content = copy_of(name, tmp_path)
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.md").write_text(f"---\ntitle: {SECRET}\ndate: 2026-09-01\n---\n{SECRET}\n", encoding="utf-8")
    (outside / "places.yml").write_text(f"- name: {SECRET}\n  country: FR\n  latitude: 1\n  longitude: 1\n", encoding="utf-8")
    path, fragment = make(content, outside)
    checked = hub_check(content)
    assert checked.returncode == 1
    assert_one_line_naming(checked.stdout, checked.stderr, path, fragment)
    assert SECRET not in checked.stdout + checked.stderr
    built = build(content, tmp_path / "output", tmp_path / "cache", load_cache=False)
    assert built.returncode != 0
    assert_one_line_naming(built.stdout, built.stderr, path, fragment)
    assert SECRET not in built.stdout + built.stderr
    published = [p for p in (tmp_path / "output").rglob("*") if p.is_file()]
    assert not any(SECRET in p.read_text(encoding="utf-8", errors="replace") for p in published)
    assert not (tmp_path / "output" / "images" / "env.txt").exists()


def test_markdown_files_in_any_case_are_published(tmp_path):
    content = copy_of("rst-file", tmp_path)
    (content / "blog" / "notes.rst").unlink()
    (content / "blog" / "majuscules.MD").write_text("---\ntitle: Écrit en majuscules\ndate: 2026-09-01\n---\nTexte.\n", encoding="utf-8")
    checked = hub_check(content)
    assert checked.returncode == 0, checked.stderr
    assert "2 fichiers vérifiés" in checked.stdout
    built = build(content, tmp_path / "output", tmp_path / "cache")
    assert built.returncode == 0, built.stderr
    assert built.page("blogue/ecrit-en-majuscules/").find("h1").get_text(strip=True) == "Écrit en majuscules"
