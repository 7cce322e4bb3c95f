"""Pagefind: both languages indexed with their own language, filters by type and region, the
search page with and without JavaScript, and what `make build` writes for it."""

import json
import re
import shutil
import subprocess
import sys
from urllib.parse import urlsplit

from bs4 import BeautifulSoup
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


PAGE_SIZE = 10  # results the page lists before its "Plus de résultats" button (theme/static/js/search.js)


def test_results_can_be_filtered_by_type_and_region(open_page):
    page = open_page("/recherche/?q=réseautage")
    page.locator(".search-result").first.wait_for()
    blog = pagefind_search(page, "réseautage", {"Type": "Blogue"})  # what the page must end up showing
    assert 0 < len(blog) < len(pagefind_search(page, "réseautage")), "the filter must leave some results out"
    page.get_by_label("Type").select_option("Blogue")
    paths = shown_results(page, len(blog))
    assert sorted(paths) == sorted(blog[:PAGE_SIZE]), paths
    assert all(path.startswith("/blogue/") for path in paths), paths
    page.get_by_label("Type").select_option("")
    page.get_by_label("Région").select_option("Bas-Saint-Laurent")
    region = pagefind_search(page, "réseautage", {"Région": "Bas-Saint-Laurent", "not": {"when": "past"}})
    assert sorted(shown_results(page, len(region))) == sorted(region[:PAGE_SIZE])


def shown_results(page, count):
    """Paths of the results the page lists, once the search that finds `count` pages is over (its
    message counts them: the list of an earlier search is gone)."""
    expect(page.locator(".search-message")).to_have_text(re.compile(rf"^(Aucun|{count}\b)" if count == 0 else rf"^{count}\b"))
    links = page.locator(".search-result-title")
    expect(links).to_have_count(min(count, PAGE_SIZE))
    return links.evaluate_all("links => links.map(a => new URL(a.href).pathname)")


def result_facts(page):
    """[(path, [type, date, place, mark…])] of the listed results, in their order."""
    return page.locator(".search-result").evaluate_all(
        """items => items.map(li => [
            new URL(li.querySelector('.search-result-title').href).pathname,
            [...li.querySelectorAll('.search-result-facts > span')].map(s => s.textContent.trim()),
        ])"""
    )


def test_upcoming_events_come_first_with_their_date_and_mark(open_page, search_site):
    page = open_page("/recherche/?q=réseautage")
    page.locator(".search-result").first.wait_for()
    page.get_by_label("Événements à venir seulement").uncheck()
    everything = pagefind_search(page, "réseautage")
    shown_results(page, len(everything))
    listed = result_facts(page)
    marks = [values[-1] if values[-1] in ("À venir", "Passé") else None for _, values in listed]
    assert "À venir" in marks and "Passé" in marks, listed
    assert marks.index("Passé") > max(i for i, mark in enumerate(marks) if mark == "À venir"), listed
    path, values = listed[0]
    assert values[0] == "Événement" and values[-1] == "À venir", listed[0]
    # the date shown is the event's own, as on its page
    event = BeautifulSoup((search_site.output / path.strip("/") / "index.html").read_text(encoding="utf-8"), "html.parser")
    assert values[1] == event.select_one(".event-when time").get_text(" ", strip=True), (values, path)
    assert len(values) == 4, "type, date, place and mark"


def test_the_upcoming_filter_is_on_by_default_and_leaves_other_types(open_page):
    page = open_page("/recherche/?q=réseautage")
    checkbox = page.get_by_label("Événements à venir seulement")
    expect(checkbox).to_be_checked()
    upcoming_only = pagefind_search(page, "réseautage", {"not": {"when": "past"}})
    everything = pagefind_search(page, "réseautage")
    assert len(upcoming_only) < len(everything)
    shown_results(page, len(upcoming_only))
    marks = [values for _, values in result_facts(page)]
    assert not any("Passé" in values for values in marks), marks
    assert any(values[0] == "Blogue" for values in marks), "posts stay when past events are left out"
    checkbox.uncheck()
    shown_results(page, len(everything))


def test_no_result_quotes_the_en_bref_labels(open_page):
    """The « En bref » box is not indexed: no excerpt made of its field labels, no sub-results."""
    page = open_page("/recherche/?q=inscription")
    page.get_by_label("Événements à venir seulement").uncheck()
    found = pagefind_search(page, "inscription")
    shown_results(page, len(found))
    excerpts = page.locator(".search-result-excerpt").all_inner_texts()
    assert excerpts
    for excerpt in excerpts:
        assert not re.search(r"Langue\s+(Français|Anglais)|Prix\s+\d|S.inscrire\s*:", excerpt), excerpt
    subresults = page.evaluate(
        """async () => {
            const pagefind = await import('/pagefind/pagefind.js');
            const search = await pagefind.search('réseautage');
            const found = await Promise.all(search.results.map(r => r.data()));
            return found.flatMap(d => d.sub_results.map(s => s.title));
        }"""
    )
    assert "En bref" not in subresults


def test_an_english_word_finds_the_french_dinners(open_page):
    """Synonyms (hub_search.synonyms): « dinner » finds the « dîners de réseautage », in French
    and on the English search page."""
    page = open_page("/recherche/?q=dinner")
    page.locator(".search-result").first.wait_for()
    found = pagefind_search(page, "dinner")
    assert any(path.startswith("/evenements/diner-reseautage-") for path in found), found
    english = open_page("/en/search/?q=dinner")
    english.locator(".search-result").first.wait_for()
    found = pagefind_search(english, "dinner")
    assert "/en/events/diner-reseautage-riviere-du-loup-2026-12/" in found, found
    titles = english.locator(".search-result-title").all_inner_texts()
    assert any("lunch" in title for title in titles), titles
    excerpts = english.locator(".search-result-excerpt").all_inner_texts()
    assert not any("dîners-conférences" in excerpt for excerpt in excerpts), "synonyms are not quoted"


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
    expect(page.locator("#recherche-mots")).to_have_value("mission")
    page.locator(".search-result").first.wait_for()


def test_without_javascript_the_page_says_what_to_do(open_page):
    page = open_page("/recherche/", javascript=False)
    fallback = page.locator(".search-fallback")
    expect(fallback).to_be_visible()
    expect(fallback).to_contain_text("JavaScript")
    expect(fallback.get_by_role("link", name="les événements")).to_be_visible()


def test_nothing_is_loaded_from_another_host(server, open_page):
    requested = []  # from the page's own load on, then the search
    page = open_page("/recherche/", on_request=lambda request: requested.append(request.url))
    page.locator("#recherche-mots").fill("québec")
    page.locator(".search-result").first.wait_for()
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
