"""axe-core in Chromium: no WCAG 2.2 AA violation, light and dark, phone and desktop widths;
the keyboard reaches the skip link first and it moves focus to the main content."""

import pytest

from sitebuild import ROOT

AXE = ROOT / "tests" / "js" / "node_modules" / "axe-core" / "axe.min.js"
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
PAGES = [
    "home", "event", "month", "events", "archives", "regions", "region", "series", "post", "mission", "directory", "search",
    "resources", "resources_filter", "past_conference",
    "en_home", "en_month", "en_region", "en_directory", "en_search", "en_resources",
    "digest", "digest_index", "en_digest",
]
# A word of the demo content, for the search page of each language.
SEARCH_WORD = {"search": "réseautage", "en_search": "networking"}


# "Près de moi" (theme/js/near-me.js): the lists sorted from the browser's position.
NEAR_ME = ["/evenements/", "/repertoire/", "/en/events/", "/en/directory/"]


def axe_violations(page):
    page.add_script_tag(path=str(AXE))
    result = page.evaluate(
        "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']})",
        WCAG_TAGS,
    )
    return result["violations"]


def describe(violations):
    lines = []
    for violation in violations:
        lines.append(f"{violation['id']} ({violation['impact']}): {violation['help']}")
        for node in violation["nodes"][:5]:
            lines.append(f"    {' '.join(map(str, node['target']))}: {node['failureSummary'].splitlines()[-1].strip()}")
    return "\n".join(lines)


def search_with_results(page, word="réseautage"):
    """Type a word that the demo content holds, and wait for the results and filters."""
    page.get_by_role("searchbox").first.fill(word)
    page.locator(".search-result").first.wait_for()
    page.locator(".search-filters").wait_for()


@pytest.mark.parametrize("width", [390, 1280])
@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("name", PAGES)
def test_no_axe_violations(name, scheme, width, site_pages, open_page):
    address = site_pages[name]
    assert address is not None, f"the demo content no longer builds a {name} page: keep one in content/"
    page = open_page(address, width=width, scheme=scheme)
    if name in SEARCH_WORD:
        search_with_results(page, SEARCH_WORD[name])
    violations = axe_violations(page)
    assert not violations, f"{address} ({scheme}, {width} px):\n{describe(violations)}"


@pytest.mark.parametrize("width", [390, 1280])
@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("address", NEAR_ME)
def test_no_axe_violations_in_the_near_me_state(address, scheme, width, open_page):
    page = open_page(address, width=width, scheme=scheme)
    page.context.grant_permissions(["geolocation"])
    page.context.set_geolocation({"latitude": 48.45, "longitude": -68.52})  # Rimouski
    page.locator("[data-near-me-locate]").click()
    page.locator("[data-near-me-results]").wait_for(state="visible")
    violations = axe_violations(page)
    assert not violations, f"{address} sorted near Rimouski ({scheme}, {width} px):\n{describe(violations)}"


@pytest.mark.parametrize("width", [390, 1280])
def test_the_skip_link_comes_first_and_moves_focus_to_main(width, site_pages, open_page):
    assert site_pages["event"] is not None, "the home lists no upcoming event"
    page = open_page(site_pages["event"], width=width)
    page.keyboard.press("Tab")
    focused = page.evaluate("() => ({cls: document.activeElement.className, text: document.activeElement.textContent.trim()})")
    assert focused == {"cls": "skip-link", "text": "Aller au contenu"}
    box = page.locator(".skip-link").bounding_box()
    assert box and box["y"] >= 0 and box["height"] > 0, "the focused skip link must be visible"
    page.keyboard.press("Enter")
    assert page.evaluate("() => document.activeElement.id") == "contenu"
    assert page.evaluate("() => document.activeElement.tagName") == "MAIN"
    page.keyboard.press("Tab")  # the next stop is inside the main content, not back in the header
    assert page.evaluate("() => document.querySelector('main').contains(document.activeElement)")


def test_focus_is_visible_on_the_search_link(open_page):
    page = open_page("/")
    for _ in range(5):  # skip link, brand, then the search link
        page.keyboard.press("Tab")
        if page.evaluate("() => document.activeElement.classList.contains('search-link')"):
            break
    else:
        pytest.fail("Tab never reached the search link")
    outline = page.evaluate("() => getComputedStyle(document.activeElement).outlineStyle")
    assert outline not in ("", "none")
