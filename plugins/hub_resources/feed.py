"""The feed of new resources (RSS 2.0 and Atom 1.0, written with feedgen).

Each entry is one resource: a tag: id from the item's key and the resource's file or
address (stable when a title is fixed), its item's dates (never the build clock), a link
to the item's page, where the resource is shown with its source.
"""

from html import escape

from feedgen.entry import FeedEntry
from feedgen.feed import FeedGenerator
from lxml import etree

from hub_core import dates

ATOM = "http://www.w3.org/2005/Atom"


def updated_of(item):
    """When an item's resources were last changed, as far as content says: modified, else date."""
    return getattr(item, "modified", None) or item.date


def entry_id(resource, domain: str, year: int) -> str:
    return f"tag:{domain},{year}:resource:{resource.item.hub_key}:{resource.target}"


def href_of(resource, public: str) -> str:
    return f"{public}/{resource.href}" if resource.is_file else resource.href


def entry(resource, settings, year, template) -> FeedEntry:
    public = settings["PUBLIC_SITEURL"].rstrip("/")
    tz = dates.zone(settings.get("TIMEZONE") or "America/Toronto")
    identifier = entry_id(resource, settings["SITE_DOMAIN"], year)
    html = template.render(resource=resource, item=resource.item, href=href_of(resource, public), SITEURL=public, lang="fr")
    found = FeedEntry()
    found.id(identifier)
    found.guid(identifier, permalink=False)
    found.title(resource.title)
    found.link(href=f"{public}/{resource.item.url}", rel="alternate", type="text/html")
    found.summary(escape(f"{resource.title} — {resource.item.title}", quote=False), type="html")
    category = getattr(resource.item, "category", None)
    if category is not None and getattr(category, "name", ""):
        found.category(term=category.name)
    found.published(dates.as_datetime(resource.item.date, tz))
    found.updated(dates.as_datetime(updated_of(resource.item), tz))
    found.content(" ".join(html.split()), type="html")
    return found


def documents(resources, info: dict, settings, year: int, template, stylesheet: str):
    """(rss bytes, atom bytes) of the feed of `resources` (at least one), newest first."""
    public = settings["PUBLIC_SITEURL"].rstrip("/")
    generator = FeedGenerator()
    generator.id(f"tag:{settings['SITE_DOMAIN']},{year}:feed:resources")
    generator.title(f"{settings.get('SITENAME', '')} — {info['title']}")
    generator.author(name=settings.get("SITENAME") or info["title"])
    generator.description(settings.get("SITESUBTITLE") or info["title"])
    generator.language("fr-CA")
    generator.generator("maillage")
    entries = [entry(r, settings, year, template) for r in resources]
    newest = max(e.updated() for e in entries)
    generator.updated(newest)  # never the build clock
    generator.lastBuildDate(newest)
    for found in entries:
        generator.add_entry(found, order="append")
    # RSS takes its channel <link> from the last link given: self first, page last.
    generator.link(href=f"{public}/{info['rss']}", rel="self", type="application/rss+xml")
    generator.link(href=f"{public}/{info['page']}", rel="alternate", type="text/html")
    rss = generator.rss_str(pretty=True)
    generator.link(href=f"{public}/{info['page']}", rel="alternate", type="text/html", replace=True)
    generator.link(href=f"{public}/{info['atom']}", rel="self", type="application/atom+xml")
    atom = alternate_links(generator.atom_str(pretty=True))
    return with_stylesheet(rss, stylesheet), with_stylesheet(atom, stylesheet)


def alternate_links(atom: bytes) -> bytes:
    """feedgen 1.0.0 drops rel and type from entry links (python-feedgen #135): written again."""
    root = etree.fromstring(atom)
    for link in root.iter(f"{{{ATOM}}}link"):
        if link.getparent().tag == f"{{{ATOM}}}entry":
            link.set("rel", "alternate")
            link.set("type", "text/html")
    etree.indent(root, space="  ")
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8")


def with_stylesheet(document: bytes, stylesheet: str) -> bytes:
    """The theme's XSL processing instruction, so that a browser shows the feed as a page."""
    declaration, rest = document.split(b"?>", 1)
    return declaration + b"?>\n" + f'<?xml-stylesheet type="text/xsl" href="{stylesheet}"?>'.encode() + rest
