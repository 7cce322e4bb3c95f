"""Write one feed as RSS 2.0 and Atom 1.0 with feedgen, plus what feedgen gets wrong."""

from feedgen.feed import FeedGenerator
from lxml import etree

from hub_core.typography import typeset

ATOM = "http://www.w3.org/2005/Atom"


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
    # RSS takes its channel <link> from the last link given: self first, page last.
    generator.link(href=f"{public}/{feed.rss}", rel="self", type="application/rss+xml")
    generator.link(href=f"{public}/{feed.page}", rel="alternate", type="text/html")
    rss = generator.rss_str(pretty=True)
    generator.link(href=f"{public}/{feed.page}", rel="alternate", type="text/html", replace=True)
    generator.link(href=f"{public}/{feed.atom}", rel="self", type="application/atom+xml")
    atom = fix_atom_links(generator.atom_str(pretty=True), {e.id: e for e in entries})
    return with_stylesheet(rss, stylesheet), with_stylesheet(atom, stylesheet)


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
            url, length, kind = entry.enclosure
            links.append({"rel": "enclosure", "type": kind, "length": length, "href": url})
        for offset, attributes in enumerate(links):
            element.insert(position + offset, etree.Element(f"{{{ATOM}}}link", attributes))
    etree.indent(root, space="  ")
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8")


def with_stylesheet(document, stylesheet):
    """An XSL processing instruction, so a browser shows a readable page."""
    declaration, rest = document.split(b"?>", 1)
    instruction = f'<?xml-stylesheet type="text/xsl" href="{stylesheet}"?>'.encode()
    return declaration + b"?>\n" + instruction + rest
