"""Every generated HTML page passes the Nu HTML Checker (vnu.jar from npm, run with Java)."""

import json
import shutil
import subprocess

import pytest

from sitebuild import ROOT

VNU = ROOT / "tests" / "js" / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"


@pytest.mark.parametrize("name", ["resources", "resources_filter", "past_conference", "en_resources"])
def test_the_checked_pages_include_the_library(name, site_pages, search_site):
    """The checker reads every page of the build: the library's pages are among them."""
    assert site_pages[name] is not None, f"the demo builds no {name} page"
    assert (search_site.output / site_pages[name].strip("/") / "index.html").is_file()


def test_every_page_passes_the_nu_html_checker(search_site):
    java = shutil.which("java")
    if java is None:
        pytest.fail("java is missing: apt-get install -y --no-install-recommends default-jre-headless (see .ci/run)")
    assert VNU.is_file(), "vnu.jar is missing: npm ci --prefix tests/js (make test does it)"
    result = subprocess.run(
        [java, "-jar", str(VNU), "--errors-only", "--skip-non-html", "--format", "json", str(search_site.output)],
        capture_output=True, text=True, encoding="utf-8", timeout=600,
    )
    messages = json.loads(result.stderr or '{"messages": []}')["messages"]
    errors = [
        f"{m.get('url', '').split(str(search_site.output), 1)[-1]}:{m.get('lastLine', '?')}: {m.get('message')}"
        for m in messages
        if m.get("type") in ("error", "non-document-error")
    ]
    assert errors == [], "\n".join(errors)
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize("address", ["/evenements/", "/repertoire/"])
def test_the_near_me_state_passes_the_nu_html_checker(address, open_page, tmp_path):
    """The page as theme/js/near-me.js leaves it, sorted from the browser's position."""
    java = shutil.which("java")
    assert java is not None and VNU.is_file(), "java and vnu.jar are needed (see .ci/run)"
    page = open_page(address)
    page.context.grant_permissions(["geolocation"])
    page.context.set_geolocation({"latitude": 48.45, "longitude": -68.52})  # Rimouski
    page.locator("[data-near-me-locate]").click()
    page.locator("[data-near-me-results]").wait_for(state="visible")
    document = tmp_path / "sorted.html"
    document.write_text("<!DOCTYPE html>\n" + page.evaluate("() => document.documentElement.outerHTML"), encoding="utf-8")
    result = subprocess.run(
        [java, "-jar", str(VNU), "--errors-only", "--format", "json", str(document)],
        capture_output=True, text=True, timeout=300,
    )
    messages = json.loads(result.stderr or '{"messages": []}')["messages"]
    errors = [f"{address}:{m.get('lastLine', '?')}: {m.get('message')}" for m in messages if m.get("type") in ("error", "non-document-error")]
    assert errors == [], "\n".join(errors)
