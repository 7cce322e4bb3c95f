"""hub_output.signature: the whole-build fingerprint changes with what every page depends on
(theme, settings, data files, SOURCE_DATE_EPOCH), not with what differs from run to run."""

import pytest

from hub_output.signature import build_fingerprint, installed_packages


@pytest.fixture
def site(tmp_path):
    theme = tmp_path / "theme" / "templates"
    theme.mkdir(parents=True)
    (theme / "base.html").write_text("<html>{{ SITENAME }}</html>", encoding="utf-8")
    data = tmp_path / "content" / "data"
    data.mkdir(parents=True)
    (data / "places.yml").write_text("[]\n", encoding="utf-8")
    settings = {"THEME": str(tmp_path / "theme"), "PATH": str(tmp_path / "content"), "SITENAME": "maillage",
                "OUTPUT_PATH": str(tmp_path / ".output.staging-1"), "DEBUG": False}
    return tmp_path, settings


def edit_template(root, settings):
    (root / "theme" / "templates" / "base.html").write_text("<html>{{ SITENAME }}!</html>", encoding="utf-8")


def add_template(root, settings):
    (root / "theme" / "templates" / "new.html").write_text("", encoding="utf-8")


def edit_data(root, settings):
    (root / "content" / "data" / "places.yml").write_text("- name: Nantes\n", encoding="utf-8")


def edit_setting(root, settings):
    settings["SITENAME"] = "autre"


def run_elsewhere(root, settings):
    settings["OUTPUT_PATH"] = str(root / ".output.staging-2")


def debug(root, settings):
    settings["DEBUG"] = True


def preview_rebuild(root, settings):
    settings["HUB_PREVIEW_FIRST"] = [str(root / "content" / "events" / "x.md")]
    settings["HUB_PREVIEW_OVERLAY"] = str(root / ".output.preview")


@pytest.mark.parametrize("change", [edit_template, add_template, edit_data, edit_setting])
def test_what_every_page_depends_on_changes_the_fingerprint(site, change):
    root, settings = site
    before = build_fingerprint(settings, {})
    change(root, settings)
    assert build_fingerprint(settings, {}) != before


@pytest.mark.parametrize("change", [run_elsewhere, debug, preview_rebuild])
def test_what_does_not_reach_the_site_keeps_it(site, change):
    root, settings = site
    before = build_fingerprint(settings, {})
    change(root, settings)
    assert build_fingerprint(settings, {}) == before


def test_source_date_epoch_changes_it(site):
    _, settings = site
    assert build_fingerprint(settings, {"SOURCE_DATE_EPOCH": "1795435200"}) != build_fingerprint(settings, {})


def test_an_installed_package_of_another_version_changes_it(site, monkeypatch):
    root, settings = site
    packages = root / "site-packages"
    packages.mkdir()
    (packages / "Jinja2-3.1.6.dist-info").mkdir()
    monkeypatch.syspath_prepend(str(packages))
    before = build_fingerprint(settings)
    assert "Jinja2-3.1.6.dist-info" in installed_packages()
    assert build_fingerprint(settings) == before
    (packages / "Jinja2-3.1.6.dist-info").rename(packages / "Jinja2-3.1.7.dist-info")
    assert build_fingerprint(settings) != before
