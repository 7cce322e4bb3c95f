"""Pagefind: both languages indexed with their own language, filters by type and region, the
search page with and without JavaScript, and what `make build` writes for it."""

import json
import re
import shutil
import subprocess
import sys
from urllib.parse import urlsplit

from playwright.sync_api import expect

from sitebuild import ROOT


def test_pelicanconf_registers_the_search_page_and_hub_search():
    code = (
        "import pelicanconf as c, hub_search; "
        "assert hub_search in c.PLUGINS, 'PLUGINS lacks hub_search'; "
        "assert 'search' in c.DIRECT_TEMPLATES, 'DIRECT_TEMPLATES lacks search'; "
        "assert c.SEARCH_SAVE_AS == 'recherche/index.html', c.SEARCH_SAVE_AS"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, encoding="utf-8")
    assert result.returncode == 0, result.stderr + "\nSee the lines for pelicanconf.py in plugins/hub_search/README.md"


def test_french_and_english_are_indexed_separately(search_site):
    entry = json.loads((search_site.output / "pagefind" / "pagefind-entry.json").read_text(encoding="utf-8"))
    languages = entry["languages"]
    assert set(languages) == {"fr-ca", "en-ca"}
    indexed = {"fr-ca": 0, "en-ca": 0}
    for path in search_site.output.rglob("*.html"):
        html = path.read_text(encoding="utf-8")
        if "data-pagefind-body" in html:
            indexed["en-ca" if '<html lang="en-CA">' in html else "fr-ca"] += 1
    assert {lang: found["page_count"] for lang, found in languages.items()} == indexed
    assert indexed["en-ca"] > 0 and indexed["fr-ca"] > indexed["en-ca"]


PAGE_SIZE = 5  # results Pagefind's UI shows before its "load more" button


def test_results_can_be_filtered_by_type_and_region(open_page):
    page = open_page("/recherche/")
    page.locator(".pagefind-ui__search-input").fill("réseautage")
    page.locator(".pagefind-ui__result").first.wait_for()
    blog = pagefind_search(page, "réseautage", {"Type": "Blogue"})  # what the UI must end up showing
    assert 0 < len(blog) < len(pagefind_search(page, "réseautage")), "the filter must leave some results out"
    names = page.locator(".pagefind-ui__filter-name").all_inner_texts()
    assert {"Type", "Région"} <= {name.strip() for name in names}
    page.locator(".pagefind-ui__filter-name", has_text="Type").click()
    page.get_by_label("Blogue").check()
    paths = shown_results(page, len(blog))
    assert sorted(paths) == sorted(blog[:PAGE_SIZE]), paths
    assert all(path.startswith("/blogue/") for path in paths), paths


def shown_results(page, count):
    """Paths of the results the UI lists, once the search that finds `count` pages is over (its
    message counts them: the list of an earlier search is gone) and each shown result is loaded."""
    expect(page.locator(".pagefind-ui__message")).to_have_text(re.compile(rf"^{count}\b"))
    links = page.locator(".pagefind-ui__result-link:not(.pagefind-ui__result-nested *)")  # not a page's sections
    expect(links).to_have_count(min(count, PAGE_SIZE))
    return links.evaluate_all("links => links.map(a => new URL(a.href).pathname)")


def test_an_english_page_searches_the_english_index(search_site, open_page):
    english = next(
        path for path in sorted((search_site.output / "en").rglob("index.html"))
        if "data-pagefind-body" in path.read_text(encoding="utf-8")
    )
    page = open_page("/" + english.parent.relative_to(search_site.output).as_posix() + "/")
    paths = pagefind_search(page, page.locator("main h1").first.inner_text())
    assert paths and all(path.startswith("/en/") for path in paths), paths


def pagefind_search(page, query, filters=None):
    """Paths of the pages Pagefind finds for `query` (and `filters`, {"Type": "Blogue"}), in its
    order, in the index of the page's language."""
    return page.evaluate(
        """async ([query, filters]) => {
            const pagefind = await import('/pagefind/pagefind.js');
            const search = await pagefind.search(query, {filters});
            const found = await Promise.all(search.results.map(r => r.data()));
            return found.map(d => d.url);
        }""",
        [query, filters or {}],
    )


def test_what_every_event_repeats_is_not_indexed(open_page):
    """Calendar buttons and subscription lists (Makefile: --exclude-selectors) find nothing."""
    page = open_page("/recherche/")
    assert pagefind_search(page, "Thunderbird") == []
    assert pagefind_search(page, "réseautage")


def test_a_query_in_the_address_is_searched(open_page):
    page = open_page("/recherche/?q=mission")
    expect(page.locator(".pagefind-ui__search-input")).to_have_value("mission")
    page.locator(".pagefind-ui__result").first.wait_for()


def test_without_javascript_the_page_says_what_to_do(open_page):
    page = open_page("/recherche/", javascript=False)
    fallback = page.locator(".search-fallback")
    expect(fallback).to_be_visible()
    expect(fallback).to_contain_text("JavaScript")
    expect(fallback.get_by_role("link", name="les événements")).to_be_visible()


def test_nothing_is_loaded_from_another_host(server, open_page):
    requested = []  # from the page's own load on, then the search
    page = open_page("/recherche/", on_request=lambda request: requested.append(request.url))
    page.locator(".pagefind-ui__search-input").fill("québec")
    page.locator(".pagefind-ui__result").first.wait_for()
    assert f"{server.url}/recherche/" in requested, requested
    assert {urlsplit(url).netloc for url in requested} == {urlsplit(server.url).netloc}, requested


def test_the_index_is_the_same_twice(search_site, tmp_path):
    """`make search-index` twice on one site: byte-identical bundles. Pagefind 1.5.2 writes a
    filter's values in hash-map order (upstream issue Pagefind/pagefind#638); hub_output.pagefind
    rewrites the filter files, the .pf_meta that names them and pagefind-entry.json in a stable
    order, and the search above still works on them."""
    runs = []
    for name in ("first", "second"):
        site = tmp_path / name
        shutil.copytree(search_site.output, site, ignore=shutil.ignore_patterns("pagefind"))
        result = subprocess.run(
            ["make", "-s", "--no-print-directory", "-o", ".venv/.installed-runtime", "search-index", f"SITE={site}"],
            cwd=ROOT, capture_output=True, text=True, encoding="utf-8", timeout=300,
        )
        assert result.returncode == 0, result.stdout + result.stderr
        bundle = site / "pagefind"
        runs.append({path.relative_to(bundle).as_posix(): path.read_bytes() for path in sorted(bundle.rglob("*")) if path.is_file()})
    first, second = runs
    assert first.keys() == second.keys()
    assert [name for name in first if first[name] != second[name]] == []
    bundle = search_site.output / "pagefind"
    assert {p.relative_to(bundle).as_posix() for p in bundle.rglob("*") if p.is_file()} == first.keys()  # the build's own index


def test_pages_with_resources_have_the_resource_type(open_page):
    """An item page's resources section adds `Type:Ressource` (hub_resources): the filter keeps
    the pages that carry slides, recordings or documents, and leaves the others out."""
    page = open_page("/recherche/")
    assert "/evenements/diner-reseautage-rimouski-2025-10/" in pagefind_search(page, "diapositives", {"Type": "Ressource"})
    assert "/missions/mission-numerique-angers-nantes-2017/" in pagefind_search(page, "bilan", {"Type": "Ressource"})
    everything = pagefind_search(page, "réseautage")
    resources = pagefind_search(page, "réseautage", {"Type": "Ressource"})
    assert "/evenements/diner-reseautage-rimouski-2025-10/" in resources
    assert set(resources) < set(everything), "the filter must leave the pages without resources out"
