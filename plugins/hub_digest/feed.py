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

from hub_core import feeds

from .weeks import Week



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
    return feeds.documents(
        generator, f"{public}/{info['rss']}", f"{public}/{info['atom']}", f"{public}/{info['page']}", stylesheet,
    )


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
