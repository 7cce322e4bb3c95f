"""Write one feed as RSS 2.0 and Atom 1.0 with feedgen, plus what feedgen gets wrong."""

from feedgen.feed import FeedGenerator
from lxml import etree

from hub_core import feeds
from hub_core.feeds import ATOM
from hub_core.typography import typeset

def feed_generator(feed, entries, settings, stylesheet, tag_year):
    """(rss bytes, atom bytes) of one feed; entries are shared, never rebuilt."""
    public = settings["PUBLIC_SITEURL"].rstrip("/")
    newest = max(e.feed_entry.updated() for e in entries)
    generator = FeedGenerator()
    generator.load_extension("dc", atom=False, rss=True)
    generator.author(name=settings.get("SITENAME") or feed.title)  # Atom needs an author for entries without one
    generator.id(f"tag:{settings['SITE_DOMAIN']},{tag_year}:feed:{feed.family}:{feed.slug}")
    generator.title(feed.title)
    subtitle = settings.get("SITESUBTITLE_EN") if feed.lang == "en" else None
    generator.description(typeset(subtitle, "en") if subtitle else typeset(settings.get("SITESUBTITLE") or feed.title))
    generator.language("en-CA" if feed.lang == "en" else "fr-CA")
    generator.generator("maillage")
    generator.updated(newest)  # never the build clock
    generator.lastBuildDate(newest)
    for entry in entries:
        generator.add_entry(entry.feed_entry, order="append")
    by_id = {e.id: e for e in entries}
    return feeds.documents(
        generator, f"{public}/{feed.rss}", f"{public}/{feed.atom}", f"{public}/{feed.page}", stylesheet,
        fix_atom=lambda atom: fix_atom_links(atom, by_id),
    )


def fix_atom_links(atom, entries):
    """feedgen 1.0.0 drops rel, type and length from entry links (python-feedgen #135).

    Each entry's links are written again: the page as rel="alternate", the
    image as rel="enclosure" with its type and length.
    """
    root = etree.fromstring(atom)
    for element in root.iter(f"{{{ATOM}}}entry"):
        entry = entries[element.findtext(f"{{{ATOM}}}id")]
        for link in element.findall(f"{{{ATOM}}}link"):
            element.remove(link)
        position = list(element).index(element.find(f"{{{ATOM}}}title")) + 1
        links = [{"rel": "alternate", "type": "text/html", "href": entry.link}]
        if entry.enclosure:
            url, length, media_type = entry.enclosure
            links.append({"rel": "enclosure", "type": media_type, "length": length, "href": url})
        for offset, attributes in enumerate(links):
            element.insert(position + offset, etree.Element(f"{{{ATOM}}}link", attributes))
    etree.indent(root, space="  ")
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8")
