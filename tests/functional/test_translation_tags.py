"""A translation shares its original's tags: tag pages exist in French only, so
an English page shows the French tags of its original, linked to their French
pages; tags written in the translation are ignored, with a warning."""

import shutil

import pytest

from sitebuild import FIXTURES, build, text

ENGLISH_EVENT = "content/events/diner-a-venir-rimouski-en.md"
ENGLISH_ONLY = "content/blog/a-note-in-english.md"  # no French original


@pytest.fixture(scope="module")
def site_with_english_tags(tmp_path_factory):
    """The fixture site, its English event given tags of its own."""
    base = tmp_path_factory.mktemp("translation-tags")
    shutil.copytree(FIXTURES / "site" / "content", base / "content")
    path = base / ENGLISH_EVENT
    path.write_text(path.read_text(encoding="utf-8").replace("lang: en\n", "lang: en\ntags: [networking, lunch]\n"), encoding="utf-8")
    (base / ENGLISH_ONLY).write_text(
        "---\ntitle: A note in English\nlang: en\ndate: 2026-11-02\ntags: [standalone]\n---\nOnly in English.\n", encoding="utf-8")
    result = build(base / "content", base / "output", base / "cache")
    assert result.returncode == 0, result.stderr
    return result


def chips(page):
    return [(a.get_text(strip=True), a["href"], a.get("hreflang")) for a in page.select(".tags a")]


def test_an_english_page_shows_its_original_s_french_tags(fixture_site):
    assert chips(fixture_site.page("evenements/diner-a-venir-rimouski/")) == [("réseautage", "/etiquettes/reseautage/", None)]
    assert chips(fixture_site.page("en/events/diner-a-venir-rimouski/")) == [("réseautage", "/etiquettes/reseautage/", "fr-CA")]


def test_tags_written_in_a_translation_are_ignored_with_a_warning(site_with_english_tags):
    result = site_with_english_tags
    warning = ("tags: avertissement : une traduction reprend les étiquettes de son original "
               "(les pages d'étiquettes sont en français) : celles-ci sont ignorées ; retirez tags de ce fichier")
    assert result.problem_lines == [f"{ENGLISH_ONLY}:5: {warning}", f"{ENGLISH_EVENT}:5: {warning}"]
    assert chips(result.page("en/events/diner-a-venir-rimouski/")) == [("réseautage", "/etiquettes/reseautage/", "fr-CA")]
    assert not (result.output / "etiquettes" / "networking").exists()
    assert not (result.output / "etiquettes" / "lunch").exists()
    assert not (result.output / "etiquettes" / "standalone").exists()  # English words never make a (French) tag page
    assert "networking" not in text(result.page("etiquettes/"))
