"""No broken internal link, and nothing loaded from another host."""

from urllib.parse import urlsplit

import pytest
from bs4 import BeautifulSoup


def pages(build):
    for path in sorted(build.output.rglob("*.html")):
        yield path, BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def resolves(output, href):
    target = output / urlsplit(href).path.lstrip("/")
    return target.is_file() or (target / "index.html").is_file()


@pytest.mark.parametrize("site", ["fixture_site", "demo_site"])
def test_every_internal_link_resolves(site, request):
    build = request.getfixturevalue(site)
    broken = []
    for path, page in pages(build):
        for tag in page.find_all(["a", "link"], href=True):
            href = tag["href"]
            if href.startswith("/") and not href.startswith("//") and not resolves(build.output, href):
                broken.append((path.relative_to(build.output).as_posix(), href))
    assert broken == []


@pytest.mark.parametrize("site", ["fixture_site", "demo_site"])
def test_pages_load_nothing_from_other_hosts(site, request):
    build = request.getfixturevalue(site)
    external = []
    for path, page in pages(build):
        for tag in page.find_all(["script", "img", "iframe", "source", "video", "audio"], src=True):
            if urlsplit(tag["src"]).netloc:
                external.append((path.name, tag["src"]))
        for tag in page.find_all("link", href=True):
            if "stylesheet" in tag.get("rel", []) or "icon" in tag.get("rel", []):
                if urlsplit(tag["href"]).netloc:
                    external.append((path.name, tag["href"]))
    assert external == []
