"""sitemap.xml says what every page's <head> says: its address, its languages, its date.

The sitemap reads the written pages' heads (hub_search.heads, with lxml); this test reads them
again with another parser (BeautifulSoup's html.parser) and compares, page by page, both ways.
"""

import xml.etree.ElementTree as ET

import pytest

PUBLIC = "https://maillage.quebec"  # PUBLIC_SITEURL of pelicanconf.py; SITEURL is ""
NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}


def address_of(relative):
    """`evenements/x/index.html` -> `evenements/x/`; the home page is ``."""
    return relative[: -len("index.html")] if relative.endswith("index.html") else relative


def head_of(site, address):
    """(canonical href, {(hreflang, href)}, noindex, modified or published) as the page says."""
    soup = site.page(address)
    head = soup.head
    canonical = head.find("link", rel="canonical")
    alternates = {(link["hreflang"], link["href"]) for link in head.find_all("link", rel="alternate") if link.get("hreflang")}
    robots = head.find("meta", attrs={"name": "robots"})
    noindex = robots is not None and "noindex" in robots["content"].lower()
    dates = {meta["property"]: meta["content"] for meta in head.find_all("meta", property=True)}
    modified = dates.get("article:modified_time") or dates.get("article:published_time")
    return (canonical["href"] if canonical else None), alternates, noindex, modified


@pytest.fixture(scope="module")
def sitemap(fixture_site):
    """{loc: (lastmod, {(hreflang, href)})} of the fixture site's sitemap.xml."""
    root = ET.parse(fixture_site.output / "sitemap.xml").getroot()
    return {
        url.find("s:loc", NS).text: (
            getattr(url.find("s:lastmod", NS), "text", None),
            {(link.get("hreflang"), link.get("href")) for link in url.findall("x:link", NS)},
        )
        for url in root.findall("s:url", NS)
    }


def test_every_listed_page_says_the_same_in_its_head(fixture_site, sitemap):
    assert len(sitemap) > 50
    for loc, (lastmod, alternates) in sitemap.items():
        address = loc.removeprefix(PUBLIC + "/")
        canonical, links, noindex, modified = head_of(fixture_site, address)
        assert canonical == "/" + address, loc
        assert not noindex, loc
        assert lastmod == modified, loc
        expected = {(lang, PUBLIC + href) for lang, href in links} if len(links) > 1 else set()
        assert alternates == expected, loc


def test_every_page_that_is_its_own_canonical_is_listed(fixture_site, sitemap):
    pages = [f for f in fixture_site.files() if f.endswith(".html") and f != "404.html"]
    listed = 0
    for relative in pages:
        address = address_of(relative)
        canonical, _links, noindex, _modified = head_of(fixture_site, address)
        own = canonical in (None, "/" + address)
        assert ((PUBLIC + "/" + address) in sitemap) == (own and not noindex), relative
        listed += own and not noindex
    assert listed == len(sitemap)
