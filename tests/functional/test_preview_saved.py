"""The preview's resident model (hub_output.saved, hub_core.rebuilds): once a preview build has
finished, each save is shown from its model at once, before the next full build: the saved file's
pages and the pages that read it (listings, home, region and tag pages), each the page a full
build of the saved content writes, byte for byte. A file the model cannot show (invalid, new,
moved) is left to the full build, and a show never changes the model the next one starts from."""

import json
import os
import shutil
import subprocess
import sys

import pytest

from sitebuild import EPOCH, FIXTURES, ROOT, build

EVENT = "events/annule-rimouski.md"
DINNER = "events/diner-a-venir-rimouski.md"


def run_model(tmp_path, steps):
    """The fixture site built as the preview builds it, then `steps` (tests/preview_model.py):
    the content folder, the first build's output and one result per show."""
    content = tmp_path / "content"
    shutil.copytree(FIXTURES / "site" / "content", content)
    (tmp_path / "steps.json").write_text(json.dumps(steps), encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(str(ROOT / f) for f in ("plugins", "cli")), "SOURCE_DATE_EPOCH": EPOCH, "HUB_LANG": "fr"}
    command = [sys.executable, str(ROOT / "tests" / "preview_model.py"), str(content), "pelicanconf.py",
               str(tmp_path / "output"), str(tmp_path / "cache"), str(tmp_path / "steps.json")]
    result = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, encoding="utf-8", timeout=600)
    assert result.returncode == 0, result.stderr
    return content, tmp_path / "output", [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]


def full_build(content, tmp_path):
    """What the full build that follows in the preview writes for the saved content."""
    result = build(content, tmp_path / "full", tmp_path / "full-cache", extra=("HUB_PREVIEW=true", 'HUB_OUTPUT={"search_index": false}'))
    assert result.returncode == 0, result.stderr
    return result.output


def same_as(snapshot, folder, pages):
    """The pages of `snapshot` that differ from `folder`'s."""
    return [page for page in pages if (snapshot / page).read_bytes() != (folder / page).read_bytes()]


@pytest.mark.parametrize(("edits", "own", "readers"), [
    ([(EVENT, "Cet atelier n", "Une phrase ajoutée. Cet atelier n"), (DINNER, "title: ", "title: Grand ")],
     ["evenements/annule-rimouski/index.html", "evenements/diner-a-venir-rimouski/index.html"],
     ["evenements/index.html", "index.html", "regions/bas-saint-laurent/index.html", "calendrier/2026/12/index.html",
      "repertoire/groupe-rimouski/index.html"]),
    ([("events/diner-a-venir-rimouski-en.md", "title: ", "title: Big ")],
     ["en/events/diner-a-venir-rimouski/index.html"], ["en/events/index.html", "en/index.html"]),
    ([("directory/groupe-rimouski.md", "\n---\n", "\n---\nUne phrase ajoutée.\n\n")],
     ["repertoire/groupe-rimouski/index.html"], []),
    ([("blog/billet-avec-resume.md", "title: ", "title: Nouveau ")],
     ["blogue/billet-avec-resume/index.html"], ["blogue/index.html"]),
], ids=["two-events", "a-translation", "a-directory-entry", "a-post"])
def test_a_save_is_shown_from_the_model_as_the_full_build_writes_it(tmp_path, edits, own, readers):
    steps = [["edit", *edit] for edit in edits] + [["show", sorted({e[0] for e in edits}), str(tmp_path / "shown")]]
    content, _output, (result,) = run_model(tmp_path, steps)
    assert result["shown"]
    assert set(own) | set(readers) <= set(result["pages"])
    assert same_as(tmp_path / "shown", full_build(content, tmp_path), result["pages"]) == []


def test_an_event_body_edited_is_shown_on_its_page_and_the_listings_that_show_its_head_stay(tmp_path):
    """A paragraph added after the first one: the listings show the event's summary, its first paragraph."""
    steps = [["edit", EVENT, "pas lieu.", "pas lieu.\n\nUne phrase ajoutée."], ["show", [EVENT], str(tmp_path / "shown")]]
    content, output, (result,) = run_model(tmp_path, steps)
    listings = ["evenements/index.html", "index.html", "regions/bas-saint-laurent/index.html", "calendrier/2026/12/index.html"]
    assert "evenements/annule-rimouski/index.html" in result["pages"]
    assert not set(listings) & set(result["pages"])
    full = full_build(content, tmp_path)
    assert same_as(tmp_path / "shown", full, result["pages"]) == []
    assert same_as(output, full, listings) == []  # the full build writes them as they were


def test_an_events_new_time_is_on_its_page_at_once_and_in_the_listings_order_with_the_full_build(tmp_path):
    steps = [["edit", DINNER, "start: 2026-12-04 12:00", "start: 2026-12-04 11:30"], ["show", [DINNER], str(tmp_path / "shown")]]
    content, _output, (result,) = run_model(tmp_path, steps)
    page = "evenements/diner-a-venir-rimouski/index.html"
    assert result["shown"] and page in result["pages"]
    assert same_as(tmp_path / "shown", full_build(content, tmp_path), [page, "en/events/diner-a-venir-rimouski/index.html"]) == []


@pytest.mark.parametrize("edit", [
    (EVENT, "end: 2026-12-10 20:00", "end: 2026-12-09 20:00"),  # an error: the full build says it
    (EVENT, "slug: annule-rimouski", "slug: atelier-rimouski"),  # its page moves
    ("events/nouveau.md", "", "---\ntitle: Nouveau\nslug: nouveau\ndate: 2026-11-01\nstart: 2026-12-20 10:00\n---\nTexte.\n"),
], ids=["invalid", "moved", "new-file"])
def test_what_the_model_cannot_show_is_left_to_the_full_build(tmp_path, edit):
    steps = [["edit", *edit], ["show", [edit[0]], str(tmp_path / "shown")]]
    _content, _output, (result,) = run_model(tmp_path, steps)
    assert result == {"shown": True, "pages": []}


def test_each_show_starts_from_the_model_as_built(tmp_path):
    steps = [
        ["edit", EVENT, "Cet atelier n", "Une phrase ajoutée. Cet atelier n"],
        ["show", [EVENT], str(tmp_path / "first")],
        ["edit", EVENT, "Une phrase ajoutée. Cet atelier n", "Cet atelier n"],  # the save undone
        ["edit", DINNER, "title: ", "title: Grand "],
        ["show", [EVENT, DINNER], str(tmp_path / "second")],
    ]
    _content, output, (first, second) = run_model(tmp_path, steps)
    page = "evenements/annule-rimouski/index.html"
    assert "Une phrase ajoutée" in (tmp_path / "first" / page).read_text(encoding="utf-8")
    assert page in second["pages"]  # shown again, as it is now: the page the model was built with
    assert (tmp_path / "second" / page).read_bytes() == (output / page).read_bytes()
    assert "Grand Dîner" in (tmp_path / "second" / "evenements/diner-a-venir-rimouski/index.html").read_text(encoding="utf-8")
