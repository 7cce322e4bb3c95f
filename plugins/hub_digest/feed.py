"""The digests' feed, RSS 2.0 and Atom 1.0 with feedgen: one entry per digest, its full email body.

RSS-to-email services (Mailchimp, Buttondown, Listmonk…) read it and send each new entry as a
newsletter. Ids are tag: URIs from the ISO week, so a digest is never sent twice; `updated` comes
from the content the digest shows, never from the build clock.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from html import escape

from feedgen.entry import FeedEntry
from feedgen.feed import FeedGenerator
from lxml import etree

from .weeks import Week

ATOM = "http://www.w3.org/2005/Atom"


@dataclass(frozen=True)
class Entry:
    id: str
    link: str
    title: str
    summary: str  # plain text
    content: str  # HTML, links absolute
    published: dt.datetime
    updated: dt.datetime


def entry_id(domain: str, tag_year: int, week: Week, lang: str) -> str:
    """`tag:maillage.quebec,2026:digest:2026-w48` (`:en` for the English one), lowercase like
    every id of the site's feeds."""
    suffix = "" if lang == "fr" else f":{lang}"
    return f"tag:{domain},{tag_year}:digest:{week.key.lower()}{suffix}"


def documents(info: dict, entries: list[Entry], settings, tag_year: int, stylesheet: str) -> tuple[bytes, bytes]:
    """(RSS bytes, Atom bytes) of the feed `info` (hub_feeds' shape: title, rss, atom, page, lang)."""
    public = settings["PUBLIC_SITEURL"].rstrip("/")
    generator = FeedGenerator()
    generator.author(name=settings.get("SITENAME") or info["title"])
    generator.id(f"tag:{settings['SITE_DOMAIN']},{tag_year}:feed:digest:{info['lang']}")
    generator.title(info["title"])
    subtitle = settings.get("SITESUBTITLE_EN") if info["lang"] == "en" else None
    generator.description(subtitle or settings.get("SITESUBTITLE") or info["title"])
    generator.language("en-CA" if info["lang"] == "en" else "fr-CA")
    generator.generator("maillage")
    newest = max(e.updated for e in entries)
    generator.updated(newest)
    generator.lastBuildDate(newest)
    for entry in entries:
        generator.add_entry(feed_entry(entry), order="append")
    # RSS takes its channel <link> from the last link given: self first, page last.
    generator.link(href=f"{public}/{info['rss']}", rel="self", type="application/rss+xml")
    generator.link(href=f"{public}/{info['page']}", rel="alternate", type="text/html")
    rss = generator.rss_str(pretty=True)
    generator.link(href=f"{public}/{info['page']}", rel="alternate", type="text/html", replace=True)
    generator.link(href=f"{public}/{info['atom']}", rel="self", type="application/atom+xml")
    atom = alternate_links(generator.atom_str(pretty=True))
    return with_stylesheet(rss, stylesheet), with_stylesheet(atom, stylesheet)


def feed_entry(entry: Entry) -> FeedEntry:
    made = FeedEntry()
    made.id(entry.id)
    made.guid(entry.id, permalink=False)
    made.title(entry.title)
    made.link(href=entry.link, rel="alternate", type="text/html")
    # feedgen: summary() is the RSS description and the Atom summary; content() comes last
    # (description() would replace the full content). The summary is plain text, escaped.
    made.summary(escape(entry.summary, quote=False), type="html")
    made.published(entry.published)
    made.updated(entry.updated)
    made.content(entry.content, type="html")
    return made


def alternate_links(atom: bytes) -> bytes:
    """feedgen 1.0.0 drops rel and type from Atom entry links (python-feedgen #135): each entry's
    one link, its page, is marked rel="alternate" type="text/html" again."""
    root = etree.fromstring(atom)
    for link in root.iterfind(f"{{{ATOM}}}entry/{{{ATOM}}}link"):
        link.set("rel", "alternate")
        link.set("type", "text/html")
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def with_stylesheet(document: bytes, stylesheet: str) -> bytes:
    """An XSL processing instruction, so a browser shows a readable page (as hub_feeds does)."""
    declaration, rest = document.split(b"?>", 1)
    instruction = f'<?xml-stylesheet type="text/xsl" href="{stylesheet}"?>'.encode()
    return declaration + b"?>\n" + instruction + rest
