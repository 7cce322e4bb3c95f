"""One feed entry per item, built once and shared by every feed it belongs to."""

import mimetypes
import re
from dataclasses import dataclass
from html import escape
from pathlib import Path

from feedgen.entry import FeedEntry

from hub_core import dates
from hub_core.i18n import status_title
from hub_core.text import plain_text

ROOT_RELATIVE = re.compile(r'\b(href|src)="/(?!/)')


@dataclass
class Entry:
    """What a feed says of one item; `feed_entry` is the feedgen object for every feed."""

    id: str
    link: str
    enclosure: tuple | None  # (url, length, type)
    feed_entry: FeedEntry


def entry_id(item, domain, year):
    """A tag: URI from the item's type and slug: stable when editors fix a title."""
    suffix = "" if item.lang == "fr" else f":{item.lang}"
    return f"tag:{domain},{year}:{item.hub_key}{suffix}"


def absolute(html, public_url):
    """Root-relative links and images made absolute: feed readers need them so."""
    return ROOT_RELATIVE.sub(lambda m: f'{m.group(1)}="{public_url}/', html or "")


def enclosure(item, content_path, public_url):
    image = getattr(item, "image", None)
    if not image:
        return None
    path = Path(content_path) / "images" / image
    media_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    return (f"{public_url}/images/{image}", str(path.stat().st_size), media_type)


def title_of(item, words):
    """The item's title, with its event's status before it in the item's language (calendars' words)."""
    return status_title(words, item.lang, getattr(item, "event_status", None), item.title)


def build(item, content_html, settings, tz, tag_year, words):
    """The Entry of one item. `content_html` is its full feed content (absolute links)."""
    public = settings["PUBLIC_SITEURL"].rstrip("/")
    identifier = entry_id(item, settings["SITE_DOMAIN"], tag_year)
    link = f"{public}/{item.url}"
    published = dates.as_datetime(item.date, tz)
    revised = getattr(item, "revised", None)  # from the file's history (hub_frontmatter)
    updated = revised.astimezone(tz) if revised else dates.as_datetime(getattr(item, "modified", None) or item.date, tz)
    entry = FeedEntry()
    entry.load_extension("dc", atom=False, rss=True)  # RSS authors as dc:creator (RSS <author> needs an e-mail)
    entry.id(identifier)
    entry.guid(identifier, permalink=False)
    entry.title(title_of(item, words))
    entry.link(href=link, rel="alternate", type="text/html")
    # feedgen traps: description() writes the Atom *content*, and called after
    # content() it replaces the full text with the summary. summary() sets the
    # Atom summary and the RSS description; content() comes last.
    # Readers render RSS descriptions as HTML: the plain-text summary is escaped
    # and marked as HTML in Atom too, so `<b>` an editor typed stays text.
    entry.summary(escape(plain_text(item.summary) or item.title, quote=False), type="html")
    for author in getattr(item, "authors", None) or []:
        entry.author(name=author.name)
        entry.dc.dc_creator(author.name)
    terms = [getattr(item, "category", None), *(getattr(item, "tags", None) or [])]
    for term in (t for t in terms if t):
        entry.category(term=term.name)
    entry.published(published)
    entry.updated(updated)
    attached = enclosure(item, settings["PATH"], public)
    if attached:
        entry.enclosure(*attached)
    entry.content(content_html, type="html")  # never type="CDATA": invalid Atom
    return Entry(identifier, link, attached, entry)


def build_notice(notice, title, content_html, settings, tz, tag_year):
    """The Entry of a change notice: an id of its own, new for every change of the event."""
    item = notice.event
    public = settings["PUBLIC_SITEURL"].rstrip("/")
    identifier = f"{entry_id(item, settings['SITE_DOMAIN'], tag_year)}:change:{notice.sequence}"
    link = f"{public}/{item.url}"
    entry = FeedEntry()
    entry.id(identifier)
    entry.guid(identifier, permalink=False)
    entry.title(title)
    entry.link(href=link, rel="alternate", type="text/html")
    entry.summary(escape(title, quote=False), type="html")
    terms = [getattr(item, "category", None), *(getattr(item, "tags", None) or [])]
    for term in (t for t in terms if t):
        entry.category(term=term.name)
    when = notice.date.astimezone(tz)
    entry.published(when)
    entry.updated(when)
    entry.content(content_html, type="html")
    return Entry(identifier, link, None, entry)
