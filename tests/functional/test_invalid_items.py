"""An item with a content error never reaches a generator (hub_frontmatter/invalid.py): among the
fixture site's valid files, one invalid file of each content type stops the build with every
problem of the tree listed once, as `hub check` lists them (cross-file ones included), and no
generator crashes on the invalid file before the problems are printed."""

import os
import re
import shutil
import subprocess
import sys

import pytest

from sitebuild import EPOCH, FIXTURES, ROOT, build

MISSION = "missions/mission-test-2017"

# Each row: files added to the fixture site (path under content/ -> text), and the problem lines
# the build must print for them (the fixture site alone prints none).
CASES = {
    "event": (
        {"events/sans-debut.md": "---\ntitle: Sans début\ndate: 2026-09-01\norganizer: groupe-rimouski\n"
                                 "venue: {name: Salle, city: Rimouski}\n---\nTexte.\n"},
        ["content/events/sans-debut.md:1: start: champ obligatoire manquant"],
    ),
    "post": (
        {"blog/partie-deux.md": "---\ntitle: Partie deux\ndate: 2026-09-02\nseries: Démarrer\nseries_index: deux\n---\nTexte.\n",
         "blog/partie-un.md": "---\ntitle: Partie un\ndate: 2026-09-01\nseries: Démarrer\nseries_index: 1\n---\nTexte.\n"},
        ["content/blog/partie-deux.md:5: series_index: « deux » n'est pas un nombre entier positif"],
    ),
    "chronicle": (
        {"chronicles/sans-date.md": "---\ntitle: Sans date\ncolumn: Chronique numérique\nauthors: [Sophie Ouellet]\n---\nTexte.\n"},
        ["content/chronicles/sans-date.md:1: date: champ obligatoire manquant"],
    ),
    "mission": (
        {"missions/mission-nombreuse/mission.md": (
            "---\ntitle: Mission nombreuse\nstart: 2026-10-02\nend: 2026-10-09\ndelegation: beaucoup\ndestinations:\n  - city: Nantes\n"
            "    country: FR\n    from: 2026-10-03\n    to: 2026-10-04\n---\nTexte.\n"),
         "missions/mission-nombreuse/rapport-nantes.md": "---\ntitle: Nantes\ndate: 2026-10-03\nstop: Nantes\ncity: Nantes\ncountry: FR\n---\nTexte.\n"},
        ["content/missions/mission-nombreuse/mission.md:5: delegation: « beaucoup » n'est pas un nombre entier positif"],
    ),
    "report": (
        {f"{MISSION}/rapport-sans-titre.md": "---\ndate: 2017-06-13\nstop: Nantes\ncity: Nantes\ncountry: FR\n---\nTexte.\n"},
        [f"content/{MISSION}/rapport-sans-titre.md:1: title: champ obligatoire manquant"],
    ),
    "directory entry": (
        {"directory/sans-type.md": "---\ntitle: Fiche sans type\ndate: 2026-09-01\ncity: Rimouski\n---\nTexte.\n",
         "events/chez-la-fiche.md": "---\ntitle: Chez la fiche\ndate: 2026-09-01\nstart: 2026-10-07\norganizer: sans-type\n"
                                    "venue: {name: Salle, city: Rimouski}\n---\nTexte.\n"},
        ["content/directory/sans-type.md:1: kind: champ obligatoire manquant",
         "content/events/chez-la-fiche.md:5: organizer: aucune fiche du répertoire n'a l'identifiant « sans-type »"],
    ),
    "page": (
        {"pages/sans-titre.md": "---\nslug: sans-titre\n---\nTexte.\n"},
        ["content/pages/sans-titre.md:1: title: champ obligatoire manquant"],
    ),
    "original of a valid translation": (
        {"events/atelier.md": "---\ntitle: Atelier\ndate: 2026-09-01\nstart: 2026-10-07\nattendance: beaucoup\n"
                              "venue: {name: Salle, city: Rimouski}\n---\nTexte.\n",
         "events/atelier-en.md": "---\ntitle: Workshop\nslug: atelier\nlang: en\ndate: 2026-09-01\nstart: 2026-10-07\n"
                                 "venue: {name: Salle, city: Rimouski}\n---\nText.\n"},
        ["content/events/atelier.md:5: attendance: « beaucoup » n'est pas un nombre entier positif"],
    ),
}


WARNING_LINE = re.compile(r"^content/[^:]+:\d+: [^ ]+: avertissement : ")


def check_lines(content):
    """What `hub check` (no Pelican, no generator) prints for a tree."""
    env = {"PYTHONPATH": os.pathsep.join(str(ROOT / folder) for folder in ("plugins", "cli")), "HUB_LANG": "fr", "SOURCE_DATE_EPOCH": EPOCH, "PATH": ""}
    result = subprocess.run([sys.executable, "-m", "hub_cli", "check"], cwd=content.parent, env=env,
                            capture_output=True, text=True, encoding="utf-8")
    return result.stderr.splitlines()


@pytest.mark.parametrize("added, expected", list(CASES.values()), ids=list(CASES))
def test_an_invalid_file_stops_the_build_and_every_problem_is_listed(tmp_path, added, expected):
    content = tmp_path / "content"
    shutil.copytree(FIXTURES / "site" / "content", content)
    for path, text in added.items():
        (content / path).parent.mkdir(parents=True, exist_ok=True)
        (content / path).write_text(text, encoding="utf-8")
    result = build(content, tmp_path / "output", tmp_path / "cache")
    assert result.returncode != 0
    assert "Traceback" not in result.stderr and "Could not process" not in result.stderr, result.stderr
    assert result.problem_lines == expected
    lines = check_lines(content)  # the check that never builds: the same problems…
    assert [line for line in lines if line in expected] == expected
    # …and its reminders (the fixture's past events, a title that says « annulé »), warnings only
    assert all(WARNING_LINE.match(line) for line in lines if line not in expected), lines
    assert not list((tmp_path / "output").rglob("*.html")), "nothing may be published"
