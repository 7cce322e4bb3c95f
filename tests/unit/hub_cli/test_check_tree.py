"""`hub check --content TREE`: every problem of a whole tree, one line each on stderr, the summary
on stdout; exit 1 on errors only; the message language; a Pelican settings file. (It was also
`python -m hub_core.check`; `hub check` is now the one command.)"""

import pytest

from problem_tree import GOOD_EVENT, TREE, document
from hub_cli.cli import cli


BEFORE_THE_EVENTS = "1788000000"  # 2026-08-29: no event is past, so no reminder is added


@pytest.fixture()
def check(runner, monkeypatch, tmp_path):
    """`hub check --content ROOT …` from an empty folder (no pelicanconf.py), before the events."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", BEFORE_THE_EVENTS)
    (tmp_path / "elsewhere").mkdir()
    monkeypatch.chdir(tmp_path / "elsewhere")

    def run(root, *args):
        return runner.invoke(cli, ["check", "--content", str(root), *args], catch_exceptions=False)

    return run


def test_errors_exit_1_and_every_problem_is_printed(write_tree, check):
    result = check(write_tree(TREE), "--lang", "en")
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        "content/blog/b.md:1: slug: slug 'bilan' is already used by content/blog/a.md",
        "content/data/places.yml:3: latitude: '200' is not a number between -90 and 90",
        "content/directory/cafe.md:1: kind: required field is missing",
        "content/events/bad.md:5: venue.city: unknown city 'Atlantide': add the region field (for Quebec) "
        "or add the place to content/data/places.yml",
        "content/events/bad.md:6: end: 2026-10-06 is before start 2026-10-07",
        "content/events/bad.md:7: sumary: warning: unknown field; did you mean 'summary'?",
        "content/events/notes.txt:1: -: only Markdown files (.md) belong in content/events/: this file would not be "
        "published; rename it to .md or remove it (images go in content/images/)",
        "content/missions/m1/jour-1.md:1: -: this mission folder has no mission.md file",
    ]
    assert result.stdout == "7 files checked: 7 error(s), 1 warning(s).\n"


def test_only_warnings_exit_0(write_tree, check):
    root = write_tree({"events/a.md": GOOD_EVENT.replace("title: Atelier\n", "title: Atelier\nsumary: Salle\n"), "images/affiche.jpg": b""})
    result = check(root, "--lang", "fr")
    assert result.exit_code == 0
    assert result.stderr == "content/events/a.md:3: sumary: avertissement : champ inconnu ; vouliez-vous dire « summary » ?\n"
    assert result.stdout == "1 fichiers vérifiés : 0 erreur(s), 1 avertissement(s).\n"


@pytest.mark.parametrize(
    "environ, summary",
    [
        pytest.param({"HUB_LANG": "en"}, "1 files checked: 0 error(s), 0 warning(s).\n", id="english"),
        pytest.param({"HUB_LANG": "fr"}, "1 fichiers vérifiés : 0 erreur(s), 0 avertissement(s).\n", id="french"),
        pytest.param({"LANG": "C.UTF-8"}, "1 fichiers vérifiés : 0 erreur(s), 0 avertissement(s).\n", id="C-locale"),
    ],
)
def test_clean_tree_language_from_environment(write_tree, check, monkeypatch, environ, summary):
    for name, value in environ.items():
        monkeypatch.setenv(name, value)
    result = check(write_tree({"events/a.md": GOOD_EVENT, "images/affiche.jpg": b""}))
    assert (result.exit_code, result.stderr, result.stdout) == (0, "", summary)


def test_reads_a_pelican_settings_file(write_tree, check, tmp_path):
    root = write_tree({"events/a.md": document(
        "title: Nuit blanche",
        "date: 2026-09-01",
        "start: 2027-03-28 02:30",  # does not exist in Paris (clocks spring forward)
        "venue: {name: Salle, city: Rimouski}",
    )})  # fmt: skip
    settings = tmp_path / "settingsconf.py"
    settings.write_text(f"TIMEZONE = 'Europe/Paris'\nPATH = {str(root)!r}\n", encoding="utf-8")
    assert check(root, "--lang", "en").exit_code == 0  # fine in America/Toronto
    result = check(root, "--lang", "en", "--settings", str(settings))
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        "content/events/a.md:4: start: 2027-03-28 02:30 does not exist in Europe/Paris (clocks spring forward); "
        "choose another time"
    ]
