"""A « À compléter » left by `hub new` never reaches the published site: the
real `pelican` build and `hub check` on the file (what the commit hook runs)
stop on it; a draft builds; the preview (HUB_PREVIEW, set by `make serve`)
builds with a warning printed and a banner on the item's page."""

import os
import subprocess
import sys

import pytest

from sitebuild import EPOCH, ROOT, build

CHRONICLE = "content/chronicles/l-ia-en-region.md"
PREVIEW = ("HUB_PREVIEW=true",)


def hub(*args, cwd):
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(str(ROOT / folder) for folder in ("plugins", "cli")), "HUB_LANG": "fr", "SOURCE_DATE_EPOCH": EPOCH}
    return subprocess.run([sys.executable, "-m", "hub_cli", *args], cwd=cwd, env=env, capture_output=True, encoding="utf-8")


@pytest.fixture()
def scaffolded(tmp_path):
    """A site whose only file is a chronicle as `hub new` wrote it, and its placeholder lines."""
    (tmp_path / "content").mkdir()
    result = hub("new", "chronicle", "L'IA en région", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    lines = (tmp_path / CHRONICLE).read_text(encoding="utf-8").splitlines()
    placeholders = [number for number, line in enumerate(lines, 1) if line.split("#")[0].strip().endswith(("À compléter", "À compléter]")) or line.startswith("À compléter")]
    return tmp_path, placeholders


def test_a_placeholder_stops_the_build(scaffolded):
    base, placeholders = scaffolded
    result = build(base / "content", base / "output", base / "cache")
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert [int(line.split(":")[1]) for line in result.problem_lines] == placeholders
    assert all(line.startswith(CHRONICLE) and ": « À compléter" in line and "est à remplacer par la vraie valeur avant publication" in line
               for line in result.problem_lines), result.stderr
    assert not list((base / "output").rglob("*.html")), "nothing may be published"


def test_the_commit_hook_stops_on_a_placeholder(scaffolded):
    base, placeholders = scaffolded
    result = hub("check", CHRONICLE, cwd=base)  # what pre-commit runs on a staged file
    assert result.returncode == 1
    assert [int(line.split(":")[1]) for line in result.stderr.splitlines()] == placeholders
    assert result.stdout == f"1 fichiers vérifiés : {len(placeholders)} erreur(s), 0 avertissement(s).\n"


def test_a_draft_with_placeholders_builds(scaffolded):
    base, placeholders = scaffolded
    path = base / CHRONICLE
    path.write_text(path.read_text(encoding="utf-8").replace("---\n", "---\nstatus: draft\n", 1), encoding="utf-8")
    result = build(base / "content", base / "output", base / "cache")
    assert result.returncode == 0, result.stderr
    assert len(result.problem_lines) == len(placeholders)
    assert all("avertissement : « À compléter" in line for line in result.problem_lines)
    assert not (base / "output" / "chroniques" / "a-completer").exists()
    checked = hub("check", CHRONICLE, cwd=base)
    assert checked.returncode == 0 and " 0 erreur(s)" in checked.stdout


def test_the_preview_builds_and_shows_the_placeholders_on_the_page(scaffolded):
    base, placeholders = scaffolded
    result = build(base / "content", base / "output", base / "cache", extra=PREVIEW)
    assert result.returncode == 0, result.stderr
    assert [int(line.split(":")[1]) for line in result.problem_lines] == placeholders
    assert all("avertissement : « À compléter" in line for line in result.problem_lines)
    page = result.page("chroniques/a-completer/l-ia-en-region/")
    banner = page.select_one("main .banner-preview")
    assert banner is not None and banner["role"] == "status"
    assert "Aperçu seulement" in banner.get_text()
    assert [li.get_text(" ", strip=True) for li in banner.select("li")] == [
        f"ligne {placeholders[0]} : authors[1]", f"ligne {placeholders[1]} : column", f"ligne {placeholders[2]} : le texte",
    ]


def test_no_banner_outside_the_preview(fixture_site):
    """A real build never shows it (and a build with placeholders does not happen)."""
    for address in ("blogue/", "evenements/annule-rimouski/"):
        assert fixture_site.page(address).select_one(".banner-preview") is None
