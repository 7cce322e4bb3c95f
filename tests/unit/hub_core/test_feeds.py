"""hub_core.feeds: the RSS and Atom documents every feed of the site is written with."""

import datetime as dt

import feedparser
from feedgen.feed import FeedGenerator
from lxml import etree

from hub_core import feeds

WHEN = dt.datetime(2026, 11, 23, 12, tzinfo=dt.timezone.utc)


def filled():
    generator = FeedGenerator()
    generator.id("tag:maillage.quebec,2026:feed:test")
    generator.title("Essai")
    generator.author(name="maillage")
    generator.description("Un fil d'essai")
    generator.updated(WHEN)
    entry = generator.add_entry(order="append")
    entry.id("tag:maillage.quebec,2026:event:x")
    entry.title("Dîner")
    entry.link(href="https://maillage.quebec/evenements/x/", rel="alternate", type="text/html")
    entry.updated(WHEN)
    entry.content("<p>Corps</p>", type="html")
    return generator


def test_both_documents_carry_the_stylesheet_and_their_own_address():
    rss, atom = feeds.documents(filled(), "https://m.q/rss.xml", "https://m.q/atom.xml", "https://m.q/", "/theme/feed.xsl")
    for document in (rss, atom):
        assert document.startswith(b'<?xml version=\'1.0\' encoding=\'UTF-8\'?>\n<?xml-stylesheet type="text/xsl" href="/theme/feed.xsl"?>')
        assert not feedparser.parse(document).bozo
    assert feedparser.parse(rss).feed.link == "https://m.q/"  # RSS: the page, given last
    links = {link.get("rel"): link.get("href") for link in etree.fromstring(atom.split(b"?>", 2)[2]).iterfind(f"{{{feeds.ATOM}}}link")}
    assert links == {"self": "https://m.q/atom.xml", "alternate": "https://m.q/"}


def test_atom_entry_links_are_marked_alternate_html_again():
    _rss, atom = feeds.documents(filled(), "https://m.q/rss.xml", "https://m.q/atom.xml", "https://m.q/", "/f.xsl")
    root = etree.fromstring(atom.split(b"?>", 2)[2])
    (link,) = root.iterfind(f"{{{feeds.ATOM}}}entry/{{{feeds.ATOM}}}link")
    assert (link.get("rel"), link.get("type"), link.get("href")) == ("alternate", "text/html", "https://maillage.quebec/evenements/x/")
