"""Hostile Markdown bodies reach no page, card or feed as something that runs.

The fixture tests/fixtures/hostile_bodies/content holds a post whose body tries every trick
(script, on… attributes, javascript:/data:/vbscript: links, iframe, svg, style, form, object,
attr_list attributes, mutation-XSS markup) in its first paragraph too, so the default summary
of the listing cards carries it; a post whose first "<p>" is inside an attribute; an event, a
directory entry and a page with hostile bodies. Every page is parsed, every feed is read with
feedparser, its own sanitizing turned off, as a careless reader would show it.
"""

import feedparser
import pytest
from bs4 import BeautifulSoup

from sitebuild import FIXTURES, build_once

DANGEROUS_SCHEMES = ("javascript:", "data:", "vbscript:")
URL_ATTRIBUTES = ("href", "src", "action", "formaction", "data", "xlink:href", "poster", "background", "cite")
# Elements a body may never bring (the theme uses some of them outside bodies: forms, svg maps).
FORBIDDEN_IN_BODIES = {
    "script", "style", "iframe", "frame", "object", "embed", "svg", "math", "form", "input",
    "button", "textarea", "select", "base", "meta", "link", "noscript", "template",
}
SITE_SCRIPTS = ("/pagefind/", "/theme/")


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory):
    return build_once(tmp_path_factory, FIXTURES / "hostile_bodies" / "content", "hostile-bodies")


def scheme_of(value):
    """The value as a browser reads a URL's start: no whitespace or controls, lowercase."""
    return "".join(c for c in value if c > " ").lower()


def dangers(soup, whole_page=False, styled=False):
    """What in `soup` could run script, described; [] when nothing. `styled`: the site's own inline
    styles are expected (the weekly digest's email layout, hub_digest), never an editor's."""
    found = []
    for tag in soup.find_all(True):
        for name, value in tag.attrs.items():
            value = " ".join(value) if isinstance(value, list) else value
            if name.lower().startswith("on"):
                found.append(f"<{tag.name} {name}>")
            if name.lower() in URL_ATTRIBUTES and scheme_of(value).startswith(DANGEROUS_SCHEMES):
                found.append(f"<{tag.name} {name}={value!r}>")
            if name.lower() == "style" and not (whole_page or styled) and not value.startswith("text-align:"):
                found.append(f"<{tag.name} style={value!r}>")
        if tag.name == "script":
            site_own = tag.get("type") == "application/ld+json" or tag.get("src", "").startswith(SITE_SCRIPTS)
            if not whole_page or not (site_own or (not tag.get("src") and "alert" not in tag.text)):
                found.append(f"<script>{tag.text[:40]}")
        elif not whole_page and tag.name in FORBIDDEN_IN_BODIES:
            found.append(f"<{tag.name}>")
    return found


DIGEST_FEEDS = ("infolettre/", "en/newsletter/")  # email-ready HTML, inline styles by design


def pages(site):
    return sorted(site.output.rglob("*.html"))


def test_the_fixture_is_hostile_and_built(hostile_site):
    """The hostile items are published: the test below reads real pages, cards and feeds."""
    body = hostile_site.page("blogue/billet-au-corps-hostile/").select_one(".prose")
    assert "Fin du billet" in body.get_text()
    assert [a["href"] for a in body.find_all("a", href=True)] == ["/evenements/", "https://example.org/"]
    cards = hostile_site.page("blogue/").select(".summary")
    assert any("Premier paragraphe" in card.get_text() for card in cards)


def test_no_page_carries_script_from_a_body(hostile_site):
    problems = {}
    for path in pages(hostile_site):
        soup = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
        found = dangers(soup, whole_page=True)
        for part in soup.select(".prose, .summary, .p-note"):
            found += dangers(part)
        if found:
            problems[path.relative_to(hostile_site.output).as_posix()] = found
    assert problems == {}


@pytest.mark.parametrize(
    ("address", "text"),
    [
        ("blogue/", "Premier paragraphe"),
        ("blogue/", "Le vrai premier paragraphe."),
        ("", "Premier paragraphe"),
        ("categories/vie-associative/", "Premier paragraphe"),
        ("repertoire/", "Un groupe"),
    ],
)
def test_listing_cards_show_the_cleaned_summary(hostile_site, address, text):
    summaries = [s for s in hostile_site.page(address).select(".summary") if text in s.get_text()]
    assert summaries, f"no card of {address} shows {text!r}"
    assert [dangers(s) for s in summaries] == [[] for _ in summaries]


def test_the_summary_is_not_cut_inside_an_attribute(hostile_site):
    """The body starts with a <div title="<p>…</p>">: the summary is the real first paragraph."""
    cards = hostile_site.page("blogue/").select(".summary")
    assert "Le vrai premier paragraphe." in [card.get_text() for card in cards]


def test_no_feed_carries_script_from_a_body(hostile_site):
    feeds = sorted(hostile_site.output.rglob("rss.xml")) + sorted(hostile_site.output.rglob("atom.xml"))
    assert len(feeds) >= 10
    problems, contents = {}, 0
    for path in feeds:
        feed = feedparser.parse(path.read_bytes(), sanitize_html=False, resolve_relative_uris=False)
        assert not feed.bozo, (path, feed.get("bozo_exception"))
        for entry in feed.entries:
            for html in [entry.get("summary", "")] + [c.value for c in entry.get("content", [])]:
                contents += 1
                digest = path.relative_to(hostile_site.output).as_posix().startswith(DIGEST_FEEDS)
                found = dangers(BeautifulSoup(html, "html.parser"), styled=digest)
                if found:
                    problems.setdefault(path.relative_to(hostile_site.output).as_posix(), []).extend(found)
    assert contents > 0
    assert problems == {}


def test_the_hostile_post_reaches_its_feeds_cleaned(hostile_site):
    feed = feedparser.parse((hostile_site.output / "blogue" / "atom.xml").read_bytes(), sanitize_html=False)
    entry = next(e for e in feed.entries if e.link.endswith("/blogue/billet-au-corps-hostile/"))
    content = BeautifulSoup(entry.content[0].value, "html.parser")
    assert "Fin du billet" in content.get_text()
    assert [a["href"] for a in content.find_all("a", href=True)] == [
        "https://maillage.quebec/evenements/", "https://example.org/",
    ]
