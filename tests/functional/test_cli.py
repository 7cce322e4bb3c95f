"""The editors' command line end to end: `hub new` files that `hub check`
stops on until their placeholders are replaced, then build; `hub check` on the invalid fixture lists the exact
lines; `make publish`'s build and precompression give the same bytes twice."""

import gzip
import os
import shutil
import subprocess
import sys

import brotli
import pytest

from click.testing import CliRunner

from hub_cli.cli import cli
from hub_core.typography import typeset
from sitebuild import EPOCH, FIXTURES, ROOT, build

INVALID = FIXTURES / "invalid" / "content"
EXPECTED = (FIXTURES / "invalid" / "expected-problems.txt").read_text(encoding="utf-8").splitlines()
BEFORE_THE_EVENTS = "1788000000"  # 2026-08-29: the invalid fixture's events are still ahead

NEW = [
    ("event", "Dîner réseautage : « Rimouski »", [], "evenements/diner-reseautage-rimouski/"),
    ("post", "Bilan de l'année 2026", [], "blogue/bilan-de-l-annee-2026/"),
    ("chronicle", "L'IA en région", [], "chroniques/ia-en-region/l-ia-en-region/"),
    ("mission", "Mission Lyon 2027", [], "missions/mission-lyon-2027/"),
    ("report", "Jour 1 à Nantes", ["--mission", "mission-test-2017"], "missions/mission-test-2017/jour-1-a-nantes/"),
    ("directory", "Café numérique de Matane", [], "repertoire/cafe-numerique-de-matane/"),
]


def hub(*args, epoch=EPOCH, lang="fr", cwd=ROOT):
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(str(ROOT / folder) for folder in ("plugins", "cli")), "HUB_LANG": lang, "SOURCE_DATE_EPOCH": epoch}
    return subprocess.run([sys.executable, "-m", "hub_cli", *args], cwd=cwd, env=env, capture_output=True, encoding="utf-8")


@pytest.fixture(scope="module")
def new_site(tmp_path_factory):
    """The fixture site plus one new file of each type, written by `hub new`."""
    base = tmp_path_factory.mktemp("new-site")
    shutil.copytree(FIXTURES / "site" / "content", base / "content")
    runner = CliRunner(env={"SOURCE_DATE_EPOCH": EPOCH, "HUB_LANG": "fr"})
    written = {}
    cwd = os.getcwd()
    os.chdir(base)
    try:
        for kind, title, options, _address in NEW:
            result = runner.invoke(cli, ["new", kind, title, *options], catch_exceptions=False)
            assert result.exit_code == 0, result.output
            written[kind] = result.stdout.splitlines()[0].removeprefix("Fichier créé : ")
    finally:
        os.chdir(cwd)
    return base, written


def test_each_new_file_is_where_it_says(new_site):
    base, written = new_site
    assert written == {
        "event": "content/events/diner-reseautage-rimouski.md",
        "post": "content/blog/bilan-de-l-annee-2026.md",
        "chronicle": "content/chronicles/l-ia-en-region.md",
        "mission": "content/missions/mission-lyon-2027/mission.md",
        "report": "content/missions/mission-test-2017/jour-1-a-nantes.md",
        "directory": "content/directory/cafe-numerique-de-matane.md",
    }
    assert all((base / path).is_file() for path in written.values())


def test_hub_check_stops_on_every_new_file_at_its_placeholders(new_site):
    base, written = new_site
    result = hub("check", *written.values(), cwd=base)
    assert result.returncode == 1
    problems = result.stderr.splitlines()
    assert problems and all(": « À compléter" in line and "est à remplacer" in line for line in problems)
    assert {line.split(":")[0] for line in problems} == set(written.values())
    assert result.stdout == f"6 fichiers vérifiés : {len(problems)} erreur(s), 0 avertissement(s).\n"


def test_every_new_file_builds_once_its_placeholders_are_replaced(new_site, tmp_path):
    base, written = new_site
    shutil.copytree(base / "content", tmp_path / "content")
    for path in written.values():
        file = tmp_path / path
        file.write_text(file.read_text(encoding="utf-8").replace("À compléter", "IA en région"), encoding="utf-8")
    result = build(tmp_path / "content", tmp_path / "output", tmp_path / "cache")
    assert result.returncode == 0, result.stderr
    assert result.problem_lines == []
    for _kind, title, _options, address in NEW:
        page = result.page(address)
        assert page.find("h1").get_text(" ", strip=True) == typeset(title), address  # titles are typeset


def test_check_lists_the_exact_lines_of_the_invalid_fixture():
    result = hub("check", "tests/fixtures/invalid/content", epoch=BEFORE_THE_EVENTS)
    assert result.returncode == 1
    assert result.stderr.splitlines() == EXPECTED  # the same lines as the build stops with
    assert result.stdout == "17 fichiers vérifiés : 17 erreur(s), 1 avertissement(s).\n"


def test_check_adds_its_reminders_once_the_events_are_over():
    result = hub("check", "tests/fixtures/invalid/content", epoch=EPOCH)
    assert result.returncode == 1
    reminder = "attendance: avertissement : l'événement est passé et toujours prévu (event_status: scheduled) ; " \
        "indiquez le nombre de participants (attendance) ou son état (cancelled, postponed…)"
    added = [
        f"content/events/duplicate-slug-first.md:5: {reminder}",
        f"content/events/unknown-field-warning-only.md:5: {reminder}",
    ]
    assert result.stderr.splitlines() == sorted(EXPECTED + added, key=lambda line: (line.split(":")[0], int(line.split(":")[1])))


def test_check_one_broken_file_in_english():
    result = hub("check", "--content", "tests/fixtures/invalid/content", "tests/fixtures/invalid/content/events/end-before-start.md", lang="en")
    assert result.returncode == 1
    assert result.stderr == "content/events/end-before-start.md:7: end: 2026-10-06 is before start 2026-10-07\n"
    assert result.stdout == "1 files checked: 1 error(s), 0 warning(s).\n"


@pytest.mark.parametrize(
    "lang, line, summary",
    [
        ("fr", "content/events/misspelled-event-status.md:7: event_stauts: champ inconnu — vouliez-vous dire event_status ? "
               "Sans lui, l'événement reste « prévu » pour les abonnés", "1 fichiers vérifiés : 1 erreur(s), 0 avertissement(s).\n"),
        ("en", "content/events/misspelled-event-status.md:7: event_stauts: unknown field — did you mean event_status? "
               "Without it, the event stays 'scheduled' for subscribers", "1 files checked: 1 error(s), 0 warning(s).\n"),
    ],
)  # fmt: skip
def test_a_misspelled_event_status_fails_check_with_the_fix(lang, line, summary):
    path = "tests/fixtures/invalid/content/events/misspelled-event-status.md"
    result = hub("check", "--content", "tests/fixtures/invalid/content", path, lang=lang)
    assert result.returncode == 1
    assert result.stderr.splitlines() == [line]
    assert result.stdout == summary


def test_the_demo_content_has_no_error():
    result = hub("check", "-s", "pelicanconf.py")
    assert result.returncode == 0, result.stderr
    assert " 0 erreur(s)" in result.stdout


def tree(path):
    return {p.relative_to(path).as_posix(): p.read_bytes() for p in sorted(path.rglob("*")) if p.is_file()}


def test_publish_build_and_precompression_are_deterministic(tmp_path):
    """`make publish` twice: byte-identical folders, Pagefind's index and the .gz/.br included."""
    content = FIXTURES / "site" / "content"
    outputs = []
    for name in ("first", "second"):
        result = build(content, tmp_path / name, tmp_path / f"cache-{name}", settings="publishconf.py")
        assert result.returncode == 0, result.stderr
        outputs.append(tree(tmp_path / name))
    first, second = outputs
    assert first.keys() == second.keys()
    assert [name for name in first if first[name] != second[name]] == []
    assert [name for name in first if name.startswith("pagefind/filter/")]  # filters: what Pagefind wrote in random order
    assert "pagefind/pagefind-entry.json.gz" in first  # compressed inside the build, before the swap
    for name in ("index.html", "evenements/annule-rimouski.ics", "rss.xml"):
        assert gzip.decompress(first[name + ".gz"]) == first[name]
        assert brotli.decompress(first[name + ".br"]) == first[name]
    assert not any(name.endswith((".png.gz", ".png.br")) for name in first)
    assert "https://maillage.quebec/" in first["rss.xml"].decode()  # publishconf: absolute addresses


def test_translate_starts_a_draft_that_publishes_once_undrafted(tmp_path):
    """`hub translate`: a draft beside the original, never published as English until undrafted."""
    shutil.copytree(FIXTURES / "site" / "content", tmp_path / "content")
    original = "content/blog/billet-avec-resume.md"
    result = hub("translate", original, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0] == "Brouillon de traduction créé : content/blog/billet-avec-resume-en.md"
    draft = tmp_path / "content" / "blog" / "billet-avec-resume-en.md"
    checked = hub("check", str(draft.relative_to(tmp_path)), cwd=tmp_path)
    assert checked.returncode == 0 and "0 erreur(s)" in checked.stdout, checked.stderr

    built = build(tmp_path / "content", tmp_path / "draft-output", tmp_path / "cache-1")
    assert built.returncode == 0, built.stderr
    assert not (built.output / "en" / "blog" / "billet-avec-resume").exists()
    assert built.page("blogue/billet-avec-resume/").select_one("nav.translations") is None  # nothing to link yet

    draft.write_text(draft.read_text(encoding="utf-8").replace("status: draft\n", "").replace("title: ", "title: EN ", 1), encoding="utf-8")
    built = build(tmp_path / "content", tmp_path / "output", tmp_path / "cache-2")
    assert built.returncode == 0, built.stderr
    english = built.page("en/blog/billet-avec-resume/")
    assert english.html["lang"] == "en-CA" and english.find("h1").get_text(strip=True).startswith("EN ")
    assert built.page("blogue/billet-avec-resume/").select_one("nav.translations a")["href"] == "/en/blog/billet-avec-resume/"


@pytest.mark.parametrize(
    "path, message",
    [
        ("content/events/diner-a-venir-rimouski-en.md", "est déjà en anglais (lang: en)"),
        ("content/events/diner-a-venir-rimouski.md", "content/events/diner-a-venir-rimouski-en.md existe déjà ; rien n'a été écrit."),
    ],
    ids=["already-english", "translation-exists"],
)
def test_translate_refuses_rather_than_overwrite(tmp_path, path, message):
    shutil.copytree(FIXTURES / "site" / "content", tmp_path / "content")
    before = sorted(p.name for p in (tmp_path / "content" / "events").iterdir())
    result = hub("translate", path, cwd=tmp_path)
    assert result.returncode == 1 and message in result.stderr
    assert sorted(p.name for p in (tmp_path / "content" / "events").iterdir()) == before
