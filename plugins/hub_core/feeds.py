"""What every feed of the site shares (hub_feeds, hub_digest, hub_resources): feedgen's RSS and
Atom documents of one filled FeedGenerator, the Atom entry links feedgen gets wrong, and the XSL
stylesheet that lets a browser show a feed as a page."""

from __future__ import annotations

from typing import Callable, TypedDict

from feedgen.feed import FeedGenerator
from lxml import etree

ATOM = "http://www.w3.org/2005/Atom"


class FeedAddresses(TypedDict):
    """A feed as pages declare it (`<link rel="alternate">`, the subscribe page): its title, the
    absolute addresses of its RSS and Atom files and of the page it is about, its language."""

    title: str
    rss: str
    atom: str
    page: str
    lang: str


class FeedLinks(FeedAddresses):
    """A feed of a family (hub_feeds' `all_feeds`, hub_digest's `digest_feeds`) and its key in it."""

    family: str
    slug: str


def documents(
    generator: FeedGenerator, rss: str, atom: str, page: str, stylesheet: str,
    fix_atom: Callable[[bytes], bytes] | None = None,
) -> tuple[bytes, bytes]:
    """(RSS bytes, Atom bytes) of a FeedGenerator whose entries are in; `rss`, `atom` and `page`
    are the absolute addresses of the two files and of the page the feed is about."""
    # RSS takes its channel <link> from the last link given: self first, page last.
    generator.link(href=rss, rel="self", type="application/rss+xml")
    generator.link(href=page, rel="alternate", type="text/html")
    rss_document = generator.rss_str(pretty=True)
    generator.link(href=page, rel="alternate", type="text/html", replace=True)
    generator.link(href=atom, rel="self", type="application/atom+xml")
    atom_document = (fix_atom or alternate_links)(generator.atom_str(pretty=True))
    return with_stylesheet(rss_document, stylesheet), with_stylesheet(atom_document, stylesheet)


def alternate_links(atom: bytes) -> bytes:
    """feedgen 1.0.0 drops rel and type from Atom entry links (python-feedgen #135): each entry's
    link, its page, is marked rel="alternate" type="text/html" again."""
    root = etree.fromstring(atom)
    for link in root.iterfind(f"{{{ATOM}}}entry/{{{ATOM}}}link"):
        link.set("rel", "alternate")
        link.set("type", "text/html")
    etree.indent(root, space="  ")
    document: bytes = etree.tostring(root, xml_declaration=True, encoding="UTF-8")
    return document


def with_stylesheet(document: bytes, stylesheet: str) -> bytes:
    """An XSL processing instruction, so a browser shows a readable page."""
    declaration, rest = document.split(b"?>", 1)
    instruction = f'<?xml-stylesheet type="text/xsl" href="{stylesheet}"?>'.encode()
    return declaration + b"?>\n" + instruction + rest
