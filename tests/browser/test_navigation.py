"""A reader's path through the site, in Chromium: home → an event → its calendar file →
the regions → the subscribe page → a search that finds the event; and the switch to English."""

import re

from bs4 import BeautifulSoup
from playwright.sync_api import expect

EVENT_PAGE = re.compile(r"/evenements/(?!archives/)[^/]+/$")


def test_home_event_calendar_file_regions_subscribe_search(open_page):
    page = open_page("/")
    expect(page.locator("html")).to_have_attribute("lang", "fr-CA")

    # Home → the first upcoming event.
    hrefs = page.locator("main a[href^='/evenements/']").evaluate_all("links => links.map(a => a.getAttribute('href'))")
    href = next((h for h in hrefs if EVENT_PAGE.search(h)), None)
    assert href, f"no event page among the home page's links {hrefs}"
    page.locator(f"main a[href='{href}']").first.click()
    page.wait_for_url(f"**{href}")
    title = page.locator("main h1").first.inner_text().strip()
    assert title

    # "Ajouter à mon agenda": the .ics file is a calendar.
    adding = page.get_by_role("region", name="Ajouter à mon agenda")
    ics_link = adding.locator("a[href$='.ics']").first
    expect(ics_link).to_be_visible()
    response = page.request.get(page.url.split("/evenements/")[0] + ics_link.get_attribute("href"))
    assert response.ok
    assert response.headers["content-type"].startswith("text/calendar")
    assert response.text().startswith("BEGIN:VCALENDAR")
    assert "BEGIN:VEVENT" in response.text()

    # The main navigation → Régions.
    page.get_by_role("navigation", name="Navigation principale").get_by_role("link", name="Régions").click()
    page.wait_for_url("**/regions/")
    expect(page.locator("main h1").first).to_have_text("Régions")

    # The subscribe page.
    page.get_by_role("link", name="S’abonner", exact=True).first.click()
    page.wait_for_url("**/abonnements/")
    expect(page.locator("main h1").first).to_be_visible()

    # The header's search link → a search for the event's title finds the event.
    page.get_by_role("link", name="Rechercher", exact=True).click()
    page.wait_for_url("**/recherche/")
    search_box = page.locator("#recherche-mots")
    search_box.fill(title)
    results = page.locator(".search-result-title")
    results.first.wait_for()
    found = results.evaluate_all("links => links.map(a => new URL(a.href).pathname)")
    assert href in found, f"searching {title!r} gave {found}"
    page.locator(f".search-result-title[href='{href}']").first.click()
    page.wait_for_url(f"**{href}")


def test_an_item_links_its_english_translation(search_site, open_page):
    """The first French page with a translation: its "English" link opens the English page."""
    for path in sorted(search_site.output.rglob("index.html")):
        soup = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
        if soup.html.get("lang") == "fr-CA" and soup.select_one("nav.translations a[hreflang='en-CA']"):
            address = "/" + path.parent.relative_to(search_site.output).as_posix() + "/"
            break
    else:
        raise AssertionError("no French page links an English translation")
    page = open_page(address)
    page.get_by_role("navigation", name="Autres langues").get_by_role("link", name="English").click()
    page.wait_for_url("**/en/**")
    expect(page.locator("html")).to_have_attribute("lang", "en-CA")
    page.get_by_role("navigation", name="Other languages").get_by_role("link", name="Français").click()
    page.wait_for_url(f"**{address}")
    expect(page.locator("html")).to_have_attribute("lang", "fr-CA")


ENGLISH_EVENT_PAGE = re.compile(r"^/en/events/(?!archive/|region/|format/|category/)[^/]+/$")


def test_an_english_reader_stays_in_english(open_page):
    """/en/ → an English event → its region → the subscribe page → a search: every page on the
    way is English, and the "Français" link of a listing page leads to its French counterpart."""
    page = open_page("/en/")
    expect(page.locator("html")).to_have_attribute("lang", "en-CA")

    # The English home → an event translated into English (the cards link the translation).
    hrefs = page.locator("main a[href^='/en/events/']").evaluate_all("links => links.map(a => a.getAttribute('href'))")
    href = next((h for h in hrefs if ENGLISH_EVENT_PAGE.match(h)), None)
    assert href, f"no English event among the English home's links {hrefs}"
    page.locator(f"main a[href='{href}']").first.click()
    page.wait_for_url(f"**{href}")
    expect(page.locator("html")).to_have_attribute("lang", "en-CA")
    title = page.locator("main h1").first.inner_text().strip()

    # The main navigation → Regions, in English; then back to French from there.
    page.get_by_role("navigation", name="Main navigation").get_by_role("link", name="Regions").click()
    page.wait_for_url("**/en/regions/")
    expect(page.locator("html")).to_have_attribute("lang", "en-CA")
    page.get_by_role("navigation", name="Other languages").get_by_role("link", name="Français").click()
    page.wait_for_url(re.compile(r"/regions/$"))
    assert "/en/" not in page.url
    expect(page.locator("html")).to_have_attribute("lang", "fr-CA")
    page.get_by_role("navigation", name="Autres langues").get_by_role("link", name="English").click()
    page.wait_for_url("**/en/regions/")

    # The subscribe page, in English.
    page.get_by_role("link", name="Subscribe", exact=True).first.click()
    page.wait_for_url("**/en/subscribe/")
    expect(page.locator("html")).to_have_attribute("lang", "en-CA")

    # The header's search link → the English search page finds the English event.
    page.get_by_role("link", name="Search", exact=True).click()
    page.wait_for_url("**/en/search/")
    page.locator("#recherche-mots").fill(title)
    results = page.locator(".search-result-title")
    results.first.wait_for()
    found = results.evaluate_all("links => links.map(a => new URL(a.href).pathname)")
    assert href in found, f"searching {title!r} gave {found}"
