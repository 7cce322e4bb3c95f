from types import SimpleNamespace

import pytest

from hub_frontmatter import cache
from hub_frontmatter.cache import fingerprint, fingerprint_cache


def settings_for(content, **extra):
    return {"PATH": str(content), "TIMEZONE": "America/Toronto", "CACHE_PATH": "/tmp/c", **extra}


def test_fingerprint_changes_with_places_images_and_settings(tmp_path):
    (tmp_path / "data").mkdir()
    places = tmp_path / "data" / "places.yml"
    places.write_text("[]\n", encoding="utf-8")
    first = fingerprint(settings_for(tmp_path))
    assert fingerprint(settings_for(tmp_path)) == first
    places.write_text("- {name: Nantes, country: FR, latitude: 47.2, longitude: -1.5}\n", encoding="utf-8")
    second = fingerprint(settings_for(tmp_path))
    assert second != first
    (tmp_path / "images").mkdir()
    (tmp_path / "images" / "a.svg").write_text("<svg/>", encoding="utf-8")
    third = fingerprint(settings_for(tmp_path))
    assert third != second
    assert fingerprint(settings_for(tmp_path, TIMEZONE="Europe/Paris")) != third
    (tmp_path / "files").mkdir()
    (tmp_path / "files" / "diapos.pdf").write_bytes(b"%PDF")  # a resource's `file:` now exists
    assert fingerprint(settings_for(tmp_path)) != third


def test_fingerprint_changes_with_the_plugins_whose_checks_run(tmp_path):
    """Items keep their problems in the cache: a plugin added to PLUGINS adds its checks."""
    every = fingerprint(settings_for(tmp_path))
    some = fingerprint(settings_for(tmp_path, PLUGINS=["hub_series", "hub_missions"]))
    assert len({every, some, fingerprint(settings_for(tmp_path, PLUGINS=["hub_series"]))}) == 3
    assert fingerprint(settings_for(tmp_path, PLUGINS=["hub_missions", "hub_series"])) == some  # order does not matter


def test_each_build_gets_the_cache_folder_of_its_fingerprint(tmp_path):
    pelican = SimpleNamespace(settings=settings_for(tmp_path))
    fingerprint_cache(pelican)
    first = pelican.settings["CACHE_PATH"]
    fingerprint_cache(pelican)  # a second run of the same preview server
    assert pelican.settings["CACHE_PATH"] == first
    assert first.startswith("/tmp/c/")


@pytest.mark.parametrize(
    "setting, value",
    [
        pytest.param("MARKDOWN", {"extension_configs": {"markdown.extensions.smarty": {}}}, id="markdown"),
        pytest.param("MARKDOWN_BY_LANG", {"en": {"markdown.extensions.smarty": {}}}, id="markdown-by-lang"),
        pytest.param("HUB_EVENTS", {"default_duration": 90}, id="default-duration"),
        pytest.param("DEFAULT_LANG", "en", id="default-lang"),
    ],
)
def test_a_setting_the_rendering_reads_changes_the_fingerprint(tmp_path, setting, value):
    assert fingerprint(settings_for(tmp_path, **{setting: value})) != fingerprint(settings_for(tmp_path))


@pytest.mark.parametrize("library", ["Markdown", "nh3"])
def test_an_upgrade_of_a_library_that_writes_the_html_changes_the_fingerprint(tmp_path, monkeypatch, library):
    before = fingerprint(settings_for(tmp_path))
    real = cache.metadata.version
    monkeypatch.setattr(cache.metadata, "version", lambda name: "999.0" if name == library else real(name))
    assert fingerprint(settings_for(tmp_path)) != before
