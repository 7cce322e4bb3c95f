"""What the built site tells crawlers and link previews: sitemap.xml with hreflang alternates,
robots.txt, OpenGraph and Twitter cards."""

import re
import shutil
from urllib.parse import urlsplit
from xml.etree import ElementTree as ET

import pytest
from bs4 import BeautifulSoup

from sitebuild import ROOT, build

PUBLIC = "https://maillage.quebec"  # PUBLIC_SITEURL of pelicanconf.py
NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}


@pytest.fixture(scope="module")
def sitemap(search_site):
    return ET.parse(search_site.output / "sitemap.xml").getroot()


def local(output, url):
    """The output file of an absolute public URL."""
    assert url.startswith(PUBLIC + "/"), url
    path = output / urlsplit(url).path.lstrip("/")
    return path / "index.html" if url.endswith("/") else path


def test_robots_txt_names_the_sitemap(search_site):
    lines = (search_site.output / "robots.txt").read_text(encoding="utf-8").splitlines()
    assert "User-agent: *" in lines
    assert f"Sitemap: {PUBLIC}/sitemap.xml" in lines


def test_the_sitemap_lists_every_canonical_page_once(search_site, sitemap):
    locs = [url.findtext("s:loc", namespaces=NS) for url in sitemap.findall("s:url", NS)]
    assert len(locs) == len(set(locs))
    assert all(local(search_site.output, loc).is_file() for loc in locs)
    assert f"{PUBLIC}/" in locs
    assert f"{PUBLIC}/404.html" not in locs
    assert f"{PUBLIC}/recherche/" not in locs  # noindex
    assert f"{PUBLIC}/calendrier/" not in locs  # its canonical address is the current month's
    for loc in locs:
        canonical = BeautifulSoup(local(search_site.output, loc).read_text(encoding="utf-8"), "html.parser").find(
            "link", rel="canonical"
        )
        assert canonical is None or PUBLIC + urlsplit(canonical["href"]).path == loc


def test_translations_are_alternates_of_each_other(search_site, sitemap):
    alternates = {
        url.findtext("s:loc", namespaces=NS): {(link.get("hreflang"), link.get("href")) for link in url.findall("x:link", NS)}
        for url in sitemap.findall("s:url", NS)
    }
    translated = {loc: links for loc, links in alternates.items() if links}
    assert any("/en/" in loc for loc in translated), "the demo content has English translations"
    # Listing pages exist in both languages: each lists the other (the search page is noindex).
    for french, english in (("", "en/"), ("evenements/", "en/events/"), ("regions/", "en/regions/"), ("blogue/", "en/blog/")):
        assert translated[f"{PUBLIC}/{english}"] == {("fr-CA", f"{PUBLIC}/{french}"), ("en-CA", f"{PUBLIC}/{english}")}
    assert f"{PUBLIC}/en/search/" not in alternates
    # Tags, categories and authors exist in French only: no alternates.
    assert not any(alternates[loc] for loc in alternates if "/etiquettes/" in loc or "/auteurs/" in loc)
    for loc, links in translated.items():
        assert {lang for lang, _ in links} == {"fr-CA", "en-CA"}
        assert loc in {href for _, href in links}  # each page lists itself too
        for _, href in links:
            assert alternates[href] == links  # and every alternate lists the same set
        html = BeautifulSoup(local(search_site.output, loc).read_text(encoding="utf-8"), "html.parser")
        declared = {(tag["hreflang"], PUBLIC + urlsplit(tag["href"]).path) for tag in html.find_all("link", hreflang=True)}
        assert declared == links


def test_every_page_has_a_sharing_card(search_site):
    missing = []
    for path in sorted(search_site.output.rglob("*.html")):
        head = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser").head
        og = {tag["property"]: tag["content"] for tag in head.find_all("meta", property=True)}
        card = head.find("meta", attrs={"name": "twitter:card"})
        page = path.relative_to(search_site.output).as_posix()
        if not (og.get("og:title") and og.get("og:description") and card and card["content"] == "summary_large_image"):
            missing.append(page)
            continue
        image = og.get("og:image", "")
        if not (image.startswith(PUBLIC + "/") and local(search_site.output, image).is_file()):
            missing.append(f"{page}: og:image {image}")
        if og.get("og:locale") != ("en_CA" if page.startswith("en/") else "fr_CA"):
            missing.append(f"{page}: og:locale {og.get('og:locale')}")
    assert missing == []


def test_an_item_card_describes_the_item(search_site):
    event = sorted(p for p in (search_site.output / "evenements").glob("*/index.html") if p.parent.name != "archives")[0]
    head = BeautifulSoup(event.read_text(encoding="utf-8"), "html.parser").head
    og = {tag["property"]: tag["content"] for tag in head.find_all("meta", property=True)}
    h1 = BeautifulSoup(event.read_text(encoding="utf-8"), "html.parser").find("main").find("h1").get_text(strip=True)
    assert og["og:type"] == "article"
    assert og["og:title"] == h1
    assert og["og:description"] == head.find("meta", attrs={"name": "description"})["content"]
    assert og["og:url"] == f"{PUBLIC}/evenements/{event.parent.name}/"
    assert og["article:published_time"][:4].isdigit()


def test_an_items_bitmap_image_is_its_card_image(tmp_path):
    """Link previews refuse SVG: the demo's images are SVG, so one is swapped for a PNG here."""
    content = tmp_path / "content"
    shutil.copytree(ROOT / "content", content)
    event = next(
        path for path in sorted((content / "events").glob("*.md"))
        if re.search(r"^image: ", path.read_text(encoding="utf-8"), re.M)
        and not re.search(r"^lang: en", path.read_text(encoding="utf-8"), re.M)
    )
    text = re.sub(r"^image: .*$", "image: carte.png", event.read_text(encoding="utf-8"), count=1, flags=re.M)
    event.write_text(text, encoding="utf-8")
    shutil.copy(ROOT / "theme" / "static" / "images" / "partage.png", content / "images" / "carte.png")
    result = build(content, tmp_path / "output", tmp_path / "cache")
    assert result.returncode == 0, result.stderr
    slug = re.search(r"^slug: *(\S+)", text, re.M).group(1)
    head = result.page(f"evenements/{slug}/").head
    og = {tag["property"]: tag["content"] for tag in head.find_all("meta", property=True)}
    assert og["og:image"] == f"{PUBLIC}/images/carte.png"
    assert og["og:image:alt"]
