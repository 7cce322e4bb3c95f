"""Invalid content stops the build and every problem is listed in one run."""

import os
import subprocess
import sys

from sitebuild import FIXTURES, ROOT, build

INVALID = FIXTURES / "invalid" / "content"
# `hub check` adds reminders (a past event still scheduled) to the build's problems; on 2026-01-01,
# before the fixture's events, there is none: the same list as the build.
BEFORE_THE_EVENTS = "1767225600"
EXPECTED = (FIXTURES / "invalid" / "expected-problems.txt").read_text(encoding="utf-8").splitlines()


def test_plain_pelican_stops_and_lists_every_problem(tmp_path):
    result = build(INVALID, tmp_path / "output", tmp_path / "cache")
    assert result.returncode != 0
    assert result.problem_lines == EXPECTED
    assert "Traceback" not in result.stderr
    assert not list((tmp_path / "output").rglob("*.html")), "nothing may be published"


def test_every_problem_kind_of_the_contract_is_covered():
    codes_seen = " ".join(EXPECTED)
    for fragment in (
        "YAML invalide",  # malformed YAML
        "champ obligatoire manquant",  # missing required field
        "n'est pas un nombre entier",  # wrong type
        "n'est pas permis",  # unknown enum value
        "est avant le début",  # end before start
        "ville inconnue",  # unknown city without region
        "n'est pas une région",  # unknown region slug
        "déjà utilisé par",  # duplicate slug
        "aucune fiche du répertoire",  # dangling organizer
        "aucune mission",  # dangling mission
        "aucun événement",  # dangling event in a mission
        "vouliez-vous dire event_status ?",  # a misspelled field that subscribers see
    ):
        assert fragment in codes_seen, fragment


def test_warnings_alone_do_not_stop_the_build(tmp_path):
    content = tmp_path / "content" / "events"
    content.mkdir(parents=True)
    (content / "champ-mal-ecrit.md").write_text(
        "---\ntitle: Dîner\ndate: 2026-09-01\nstart: 2026-10-07\nsumary: x\n"
        "venue: {name: Salle, city: Rimouski}\n---\nTexte.\n",
        encoding="utf-8",
    )
    result = build(tmp_path / "content", tmp_path / "output", tmp_path / "cache")
    assert result.returncode == 0, result.stderr
    assert result.problem_lines == [
        "content/events/champ-mal-ecrit.md:5: sumary: avertissement : champ inconnu ; vouliez-vous dire « summary » ?"
    ]
    assert (tmp_path / "output" / "evenements" / "diner" / "index.html").exists()


def test_messages_in_english_follow_the_content_model_example(tmp_path):
    result = build(INVALID, tmp_path / "output", tmp_path / "cache", lang="en")
    assert result.returncode != 0
    assert "content/events/end-before-start.md:7: end: 2026-10-06 is before start 2026-10-07" in result.problem_lines


def test_check_command_lists_the_same_problems_without_building(tmp_path):
    command = [sys.executable, "-m", "hub_cli", "check", "--content", str(INVALID)]
    env = {"PYTHONPATH": os.pathsep.join(str(ROOT / folder) for folder in ("plugins", "cli")), "HUB_LANG": "fr", "SOURCE_DATE_EPOCH": BEFORE_THE_EVENTS, "PATH": ""}
    result = subprocess.run(command, cwd=tmp_path, env=env, capture_output=True, text=True, encoding="utf-8")
    assert result.returncode == 1
    assert result.stderr.splitlines() == EXPECTED
    assert "17 erreur(s), 1 avertissement(s)" in result.stdout
    assert list(tmp_path.iterdir()) == []
