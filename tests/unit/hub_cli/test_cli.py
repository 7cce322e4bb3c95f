"""hub_cli.cli with Click's runner: messages, exit codes, files written."""

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from hub_core import schema
from hub_cli import content_model, guide
from hub_cli.cli import cli

ROOT = Path(__file__).resolve().parents[3]
MISSION = "---\ntitle: Mission\ndate: 2026-09-01\nstart: 2027-06-03\nend: 2027-06-11\ndestinations:\n  - {city: Rimouski, country: CA, from: 2027-06-03, to: 2027-06-11}\n---\nTexte.\n"


@pytest.fixture()
def site(tmp_path, monkeypatch):
    """An empty site folder (no pelicanconf.py) as the current folder."""
    (tmp_path / "content").mkdir()
    monkeypatch.chdir(tmp_path)
    return tmp_path


def invoke(runner, *args):
    return runner.invoke(cli, list(args), catch_exceptions=False)


def assert_only_placeholders(check):
    """A new file fails `hub check` only for the « À compléter » its scaffold left."""
    lines = check.stderr.splitlines()
    assert check.exit_code == 1 and lines, check.output
    assert all(": « À compléter" in line and "est à remplacer" in line for line in lines), check.stderr


@pytest.mark.parametrize(
    "kind, path",
    [
        ("event", "content/events/diner-reseautage-a-rimouski.md"),
        ("post", "content/blog/diner-reseautage-a-rimouski.md"),
        ("chronicle", "content/chronicles/diner-reseautage-a-rimouski.md"),
        ("mission", "content/missions/diner-reseautage-a-rimouski/mission.md"),
        ("directory", "content/directory/diner-reseautage-a-rimouski.md"),
    ],
)
def test_new_writes_the_file_and_says_where(runner, site, kind, path):
    result = invoke(runner, "new", kind, "Dîner réseautage à Rimouski")
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[0] == f"Fichier créé : {path}"
    assert "tant qu'il en reste, le fichier ne peut pas être publié" in result.stdout.splitlines()[1]
    text = (site / path).read_text(encoding="utf-8")
    assert text.startswith("---\ntitle: Dîner réseautage à Rimouski")
    assert "date: 2026-11-23" in text  # today, from SOURCE_DATE_EPOCH
    assert_only_placeholders(invoke(runner, "check"))


def test_new_report_needs_an_existing_mission(runner, site):
    result = invoke(runner, "new", "report", "Jour 1")
    assert result.exit_code == 1
    assert "ajoutez --mission IDENTIFIANT (missions : —)" in result.stderr
    (site / "content/missions/angers-2027").mkdir(parents=True)
    (site / "content/missions/angers-2027/mission.md").write_text(MISSION, encoding="utf-8")
    result = invoke(runner, "new", "report", "Jour 1", "--mission", "angers")
    assert result.exit_code == 1
    assert "Aucune mission « angers »" in result.stderr and "missions : angers-2027" in result.stderr
    result = invoke(runner, "new", "report", "Jour 1", "--mission", "angers-2027")
    assert result.exit_code == 0
    assert result.stdout.startswith("Fichier créé : content/missions/angers-2027/jour-1.md\n")
    assert_only_placeholders(invoke(runner, "check"))


def test_new_refuses_to_overwrite(runner, site):
    assert invoke(runner, "new", "post", "Bilan 2026").exit_code == 0
    path = site / "content/blog/bilan-2026.md"
    path.write_text("mon texte", encoding="utf-8")
    result = invoke(runner, "new", "post", "Bilan 2026")
    assert result.exit_code == 1
    assert result.stderr == (
        "content/blog/bilan-2026.md existe déjà ; rien n'a été écrit. Modifiez ce fichier ou choisissez un autre titre.\n"
    )
    assert path.read_text(encoding="utf-8") == "mon texte"


def test_new_refuses_a_mission_folder_that_has_its_description(runner, site):
    assert invoke(runner, "new", "mission", "Angers 2027").exit_code == 0
    assert invoke(runner, "new", "mission", "Angers 2027").exit_code == 1


def test_new_in_english_with_a_given_date(runner, site):
    result = invoke(runner, "new", "event", "Workshop", "--date", "2027-01-15", "--lang", "en")
    assert result.exit_code == 0
    assert result.stdout.splitlines()[0] == "File created: content/events/workshop.md"
    text = (site / "content/events/workshop.md").read_text(encoding="utf-8")
    assert "date: 2027-01-15  # publication date" in text
    assert "start: 2027-02-12 18:00" in text  # four weeks later


@pytest.mark.parametrize(
    "kind, args, path, slug_line",
    [
        ("event", ["--slug", "diner-rimouski-2027-03"], "content/events/diner-rimouski-2027-03.md", "slug: diner-rimouski-2027-03"),
        ("post", ["--slug", "bilan-2026"], "content/blog/bilan-2026.md", "slug: bilan-2026"),
        ("chronicle", ["--slug", "ia"], "content/chronicles/ia.md", "slug: ia"),
        ("directory", ["--slug", "cafe-matane"], "content/directory/cafe-matane.md", "slug: cafe-matane"),
        ("mission", ["--slug", "lyon-2027"], "content/missions/lyon-2027/mission.md", None),  # the folder is the slug
    ],
)
def test_new_with_a_slug(runner, site, kind, args, path, slug_line):
    """`make new … SLUG=…` passes --slug: the file's name, its address, its `slug:` line."""
    result = invoke(runner, "new", kind, "Un titre beaucoup trop long pour une adresse web lisible", *args)
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[0] == f"Fichier créé : {path}"
    text = (site / path).read_text(encoding="utf-8")
    assert (slug_line + "  #" in text) if slug_line else "\nslug:" not in text
    assert "trop-long" not in text


@pytest.mark.parametrize(
    "slug, lang, message",
    [
        ("Dîner Rimouski", "fr", "--slug : « Dîner Rimouski » n'est pas un identifiant valide (minuscules sans accents, chiffres et traits d'union) ; par exemple : diner-rimouski"),
        ("diner_rimouski", "fr", "par exemple : diner-rimouski"),
        ("-diner", "fr", "par exemple : diner"),
        ("diner--rimouski", "fr", "par exemple : diner-rimouski"),
        ("", "fr", "n'est pas un identifiant valide"),
        ("Dîner Rimouski", "en", "--slug: 'Dîner Rimouski' is not a valid slug (lowercase letters without accents, digits and hyphens); for example: diner-rimouski"),
    ],
)
def test_new_refuses_a_slug_that_is_not_one(runner, site, slug, lang, message):
    result = invoke(runner, "new", "event", "Dîner", "--slug", slug, "--lang", lang)
    assert result.exit_code == 1
    assert message in result.stderr
    assert list((site / "content").rglob("*.md")) == []


def test_make_new_passes_slug_to_hub_new():
    """The Makefile's `new` target hands SLUG= to `hub new --slug` (dry run: nothing is written)."""
    result = subprocess.run(
        ["make", "-n", "-s", "--no-print-directory", "-o", ".venv/.installed-runtime", "new", "TYPE=event", "TITLE=Dîner", "SLUG=diner-2027-03"],
        cwd=ROOT, capture_output=True, encoding="utf-8",
    )
    assert result.returncode == 0, result.stderr
    assert 'hub_cli new event "Dîner" -s pelicanconf.py  --slug "diner-2027-03"' in result.stdout
    without = subprocess.run(["make", "-n", "-s", "-o", ".venv/.installed-runtime", "new", "TYPE=event", "TITLE=Dîner"],
                             cwd=ROOT, capture_output=True, encoding="utf-8")
    assert "--slug" not in without.stdout


@pytest.mark.parametrize(
    "args, message",
    [
        (["new", "event", "!!!"], "ne donne aucun identifiant"),
        (["new", "event", "Atelier", "--date", "15/01/2027"], "n'est pas une date AAAA-MM-JJ"),
    ],
)
def test_new_bad_input(runner, site, args, message):
    result = invoke(runner, *args)
    assert result.exit_code == 1 and message in result.stderr


def test_new_unknown_kind_is_a_usage_error(runner, site):
    result = invoke(runner, "new", "evenement", "Atelier")
    assert result.exit_code == 2
    assert "'evenement' is not one of" in result.stderr


def write(site, relative, text):
    path = site / "content" / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


BAD = "---\ntitle: Atelier\ndate: 2026-09-01\nstart: 2026-12-07\nend: 2026-12-06\nvenue: {name: Salle, city: Rimouski}\n---\nTexte.\n"
TYPO = "---\ntitle: Webinaire\ndate: 2026-09-01\nstart: 2026-12-07\nsumary: Salle\nformat: online\nonline: {platform: Zoom}\n---\nTexte.\n"
# A misspelled field that subscribers would miss: an error with the fix.
STATUS_TYPO = "---\ntitle: Webinaire\ndate: 2026-09-01\nstart: 2026-12-07\nonline: {platform: Zoom}\nevent_stauts: cancelled\nformat: online\n---\nTexte.\n"


def test_check_errors_exit_1_with_one_line_each(runner, site):
    write(site, "events/bad.md", BAD)
    write(site, "events/typo.md", TYPO)
    result = invoke(runner, "check")
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        "content/events/bad.md:5: end: 2026-12-06 est avant le début 2026-12-07",
        "content/events/typo.md:5: sumary: avertissement : champ inconnu ; vouliez-vous dire « summary » ?",
    ]
    assert result.stdout == "2 fichiers vérifiés : 1 erreur(s), 1 avertissement(s).\n"


@pytest.mark.parametrize(
    "lang, line",
    [
        ("fr", "content/events/statut.md:6: event_stauts: champ inconnu — vouliez-vous dire event_status ? "
               "Sans lui, l'événement reste « prévu » pour les abonnés"),
        ("en", "content/events/statut.md:6: event_stauts: unknown field — did you mean event_status? "
               "Without it, the event stays 'scheduled' for subscribers"),
    ],
)  # fmt: skip
def test_check_a_misspelled_event_status_is_an_error_with_the_fix(runner, site, lang, line):
    write(site, "events/statut.md", STATUS_TYPO)
    result = invoke(runner, "check", "--lang", lang)
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [line]


def test_check_warnings_do_not_fail_and_paths_select(runner, site):
    write(site, "events/bad.md", BAD)
    write(site, "events/typo.md", TYPO)
    result = invoke(runner, "check", "content/events/typo.md")
    assert result.exit_code == 0
    assert result.stdout == "1 fichiers vérifiés : 0 erreur(s), 1 avertissement(s).\n"


@pytest.mark.parametrize(
    "args, environ",
    [
        pytest.param(["--lang", "en"], {}, id="option"),
        pytest.param([], {"LANG": "en_CA.UTF-8"}, id="LANG"),
        pytest.param([], {"HUB_LANG": "en", "LANG": "fr_CA.UTF-8"}, id="HUB_LANG"),
    ],
)
def test_check_in_english(runner, site, monkeypatch, args, environ):
    for name, value in environ.items():
        monkeypatch.setenv(name, value)
    write(site, "events/bad.md", BAD)
    result = invoke(runner, "check", *args)
    assert result.exit_code == 1
    assert result.stderr == "content/events/bad.md:5: end: 2026-12-06 is before start 2026-12-07\n"
    assert result.stdout == "1 files checked: 1 error(s), 0 warning(s).\n"


def test_check_reminders_follow_source_date_epoch(runner, site, monkeypatch):
    write(site, "events/past.md", BAD.replace("end: 2026-12-06\n", "end: 2026-12-07\n"))
    assert invoke(runner, "check").stderr == ""  # 2026-11-23: still upcoming
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1797000000")  # 2026-12-11
    result = invoke(runner, "check")
    assert result.exit_code == 0
    assert "content/events/past.md:5: attendance: avertissement : l'événement est passé" in result.stderr


def test_check_without_a_content_folder(runner, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = invoke(runner, "check")
    assert result.exit_code == 1 and result.stderr == "Dossier de contenu introuvable : content\n"


def test_check_reads_the_settings_file(runner, site):
    write(site, "events/nuit.md", "---\ntitle: Nuit\ndate: 2026-09-01\nstart: 2027-03-28 02:30\nvenue: {name: Salle, city: Rimouski}\n---\nx\n")
    assert invoke(runner, "check").exit_code == 0
    (site / "pelicanconf.py").write_text("TIMEZONE = 'Europe/Paris'\nPATH = 'content'\n", encoding="utf-8")
    result = invoke(runner, "check")  # pelicanconf.py is read when present
    assert result.exit_code == 1 and "n'existe pas à Europe/Paris" in result.stderr


@pytest.mark.parametrize(
    ("settings", "message"),
    [
        ("EVENTS_DEFAULT_DURATION = 90\n", 'EVENTS_DEFAULT_DURATION est maintenant HUB_EVENTS["default_duration"]'),
        ("HUB_EVENTS = {'default_duration': 0}\n", "default_duration de HUB_EVENTS invalide : 0"),
    ],
)
def test_check_refuses_a_duration_the_build_would_refuse(runner, site, settings, message):
    (site / "pelicanconf.py").write_text(f"PATH = 'content'\n{settings}", encoding="utf-8")
    result = invoke(runner, "check")
    assert result.exit_code == 1 and message in result.stderr and "Traceback" not in result.stderr


def test_guide_check_and_rewrite(runner, tmp_path):
    path = tmp_path / "guide.md"
    path.write_text(f"# Guide\n{guide.BEGIN}\nvieux\n{guide.END}\n", encoding="utf-8")
    result = invoke(runner, "guide", "--path", str(path), "--check")
    assert result.exit_code == 1 and "out of date" in result.stderr
    assert invoke(runner, "guide", "--path", str(path)).exit_code == 0
    assert "| `venue.city` | oui |" in path.read_text(encoding="utf-8")
    assert invoke(runner, "guide", "--path", str(path), "--check").exit_code == 0


def test_the_committed_guide_is_up_to_date(runner, monkeypatch):
    monkeypatch.chdir(ROOT)
    assert invoke(runner, "guide", "--check").exit_code == 0


def test_content_model_check_and_rewrite(runner, tmp_path):
    path = tmp_path / "content-model.md"
    path.write_text(f"# Model\n{content_model.BEGIN}\nold\n{content_model.END}\n", encoding="utf-8")
    result = invoke(runner, "content-model", "--path", str(path), "--check")
    assert result.exit_code == 1 and "out of date" in result.stderr
    assert invoke(runner, "content-model", "--path", str(path)).exit_code == 0
    assert "| `venue.city` | yes |" in path.read_text(encoding="utf-8")
    assert invoke(runner, "content-model", "--path", str(path), "--check").exit_code == 0


def test_the_committed_content_model_is_up_to_date(runner, monkeypatch):
    monkeypatch.chdir(ROOT)
    assert invoke(runner, "content-model", "--check").exit_code == 0


def test_schemas_write_and_check(runner, tmp_path):
    folder = tmp_path / "schemas"
    assert invoke(runner, "schemas", "--folder", str(folder), "--check").exit_code == 1
    assert invoke(runner, "schemas", "--folder", str(folder)).exit_code == 0
    assert sorted(p.name for p in folder.iterdir()) == sorted(schema.all_schemas())
    assert invoke(runner, "schemas", "--folder", str(folder), "--check").exit_code == 0
    assert invoke(runner, "schemas", "--folder", str(ROOT / "schemas"), "--check").exit_code == 0


def test_compress(runner, tmp_path):
    (tmp_path / "output").mkdir()
    (tmp_path / "output" / "index.html").write_text("<p>Bonjour</p>" * 100, encoding="utf-8")
    result = invoke(runner, "compress", str(tmp_path / "output"))
    assert result.exit_code == 0 and "1 text files, 2 compressed copies" in result.stdout
    assert (tmp_path / "output" / "index.html.br").is_file()
    assert invoke(runner, "compress", str(tmp_path / "nothing")).exit_code == 1


def test_serve_hands_over_to_the_preview(runner, monkeypatch):
    from hub_core import serve

    calls = []
    monkeypatch.setattr(serve, "main", calls.append)
    assert invoke(runner, "serve").exit_code == 0
    assert invoke(runner, "serve", "--port", "8001", "-s", "publishconf.py").exit_code == 0
    assert calls == [
        ["content", "-s", "pelicanconf.py"],
        ["content", "-s", "publishconf.py", "--port", "8001", "--listen"],
    ]


def test_python_dash_m_entry_point(tmp_path):
    import subprocess
    import sys

    result = subprocess.run(
        [sys.executable, "-m", "hub_cli", "--help"],
        env={"PYTHONPATH": os.pathsep.join(str(ROOT / folder) for folder in ("plugins", "cli")), "PATH": "", "PYTHONUTF8": "1"},
        capture_output=True,
        encoding="utf-8",
        cwd=tmp_path,
    )
    assert result.returncode == 0
    assert "python -m hub_cli" in result.stdout
    for command in ("new", "check", "serve", "guide", "schemas", "compress"):
        assert command in result.stdout
    shutil.rmtree(tmp_path, ignore_errors=True)
