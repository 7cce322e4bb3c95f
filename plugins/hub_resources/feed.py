"""The feed of new resources (RSS 2.0 and Atom 1.0, written with feedgen).

Each entry is one resource: a tag: id from the item's key and the resource's file or
address (stable when a title is fixed), its item's dates (never the build clock), a link
to the item's page, where the resource is shown with its source.
"""

from html import escape

from feedgen.entry import FeedEntry
from feedgen.feed import FeedGenerator

from hub_core import dates, feeds
from hub_core.settings import site_timezone



def updated_of(item):
    """When an item's resources were last changed, as far as content says: modified, else date."""
    return getattr(item, "modified", None) or item.date


def entry_id(resource, domain: str, year: int) -> str:
    return f"tag:{domain},{year}:resource:{resource.item.hub_key}:{resource.target}"


def href_of(resource, public: str) -> str:
    return f"{public}/{resource.href}" if resource.is_file else resource.href


def entry(resource, settings, year, template) -> FeedEntry:
    public = settings["PUBLIC_SITEURL"].rstrip("/")
    tz = dates.zone(site_timezone(settings))
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


def documents(resources, info: feeds.FeedAddresses, settings, year: int, template, stylesheet: str):
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
    return feeds.documents(
        generator, f"{public}/{info['rss']}", f"{public}/{info['atom']}", f"{public}/{info['page']}", stylesheet,
    )
