"""ResourcesGenerator: the library's context (each item's resources, exhibitors, the
directory's back-links), then /ressources/, its filtered pages and its feed.

generate_context reads only what Pelican's own generators made (articles, pages) and
hub_core; templates read what other plugins add (an event being over, its report).
"""

import datetime as dt
import re
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import TypedDict

from pelican.generators import Generator

from hub_core import dates
from hub_core.feeds import FeedAddresses
from hub_core.i18n import N_, words
from hub_core.listing_pages import LANGUAGES, write_listing
from hub_core.settings import TAG_YEAR, plugin_settings, site_timezone
from hub_core.shapes import Content, Context, Pelican, Writer
from hub_core.site import inside
from hub_core.urls import FEED_STYLESHEET, page_url
from hub_core.writer import file_writer

from . import feed, library

DEFAULTS = {
    "feed_items": 50,  # entries of the resources' feed; older ones stay in the library
}
FEED_TITLE = N_("Nouvelles ressources")  # the feed is French
FEED_BASE = page_url("resources")  # ressources/rss.xml, ressources/atom.xml
REPORT_TYPES = ("post", "chronicle", "report")
LINK_END = re.compile('/"')  # where a link to an event may end: `/<url>"`


class ExhibitorCard(TypedDict):
    """An exhibitor as an event's page shows it (`exhibitor_cards`)."""

    name: str
    entry: Content | None  # its directory entry's page
    url: str | None
    booth: str | None
    description: str | None
    resources: list[library.Resource]


def get_generators(pelican: Pelican) -> type["ResourcesGenerator"]:
    """get_generators: the library's pages and feed."""
    return ResourcesGenerator


def keep_files_inside(generator: Generator) -> None:
    """static_generator_finalized: a static file whose link leads out of content/ is not copied."""
    content = Path(generator.settings["PATH"]).resolve()
    kept = [s for s in generator.staticfiles if inside(s.source_path, content)]
    generator.staticfiles[:] = kept
    generator.context["staticfiles"] = [s for s in generator.context.get("staticfiles", []) if s in kept]


def published(context: Context, now: dt.datetime) -> list[Content]:
    """Published items of the library's source types, dated no later than `now`."""
    found = [*context.get("articles", []), *context.get("hidden_articles", [])]
    return [
        item for item in found
        if item.hub_type in library.SOURCE_TYPES
        and (item.status == "published" or item.hub_type == "mission")
        and item.date <= now
    ]


def directory_pages(context: Context) -> dict[str, Content]:
    """Directory slug -> its French page."""
    pages = context.get("hidden_pages", [])
    return {p.slug: p for p in pages if p.hub_type == "directory" and p.in_default_lang}


class ResourcesGenerator(Generator):
    def generate_context(self) -> None:
        self.options = plugin_settings(self.settings, "HUB_RESOURCES", DEFAULTS, fixed=("tag_year",))
        self.output_files = file_writer(self.context, self.output_path)
        now = self.context["HUB_NOW"]
        self.today = now.astimezone(dates.zone(site_timezone(self.settings))).date()
        items = published(self.context, now)
        entries = directory_pages(self.context)
        originals = [i for i in items if i.in_default_lang]
        self.resources = library.collect(originals, entries)
        self.shown = library.available(self.resources, self.today)
        self.facets = library.facets(self.shown)
        for item in items:
            annotate(item, entries)
        for item in originals:
            for translation in getattr(item, "translations", []):
                annotate(translation, entries, fallback=item)
        reports(originals, self.context.get("articles", []))
        exhibited(originals, entries)
        # A feed only when there is something in it (an empty feed is not valid RSS for readers).
        self.feed: FeedAddresses | None = {"title": words("fr", FEED_TITLE), "rss": FEED_BASE + "rss.xml", "atom": FEED_BASE + "atom.xml", "page": FEED_BASE, "lang": "fr"} if self.shown else None
        self.context.update(
            resource_library=self.shown,
            resource_facets={lang: library.in_order([f for g in self.facets.values() for f in g], lang) for lang in LANGUAGES},
            resource_feed=self.feed,
            resource_today=self.today,
        )

    def generate_output(self, writer: Writer) -> None:
        template = self.get_template("resources")
        feeds_here = [self.feed] if self.feed else []
        write_listing(writer, page_url("resources"), template, self.context, resource_facet=None, feeds_here=feeds_here)
        for facet in (f for group in self.facets.values() for f in group):
            write_listing(writer, facet.url, template, self.context, resource_facet=facet, feeds_here=feeds_here)
        if self.feed:
            self.write_feed()

    def write_feed(self) -> None:
        assert self.feed is not None  # generate_output writes it only then
        newest = sorted(self.shown, key=lambda r: (feed.updated_of(r.item), r.day), reverse=True)[: self.options["feed_items"]]
        entry_template = self.get_template("feeds/resource")
        stylesheet = f"{self.settings.get('SITEURL', '')}/{FEED_STYLESHEET}"
        rss, atom = feed.documents(newest, self.feed, self.settings, TAG_YEAR, entry_template, stylesheet)
        for name, data in ((self.feed["rss"], rss), (self.feed["atom"], atom)):
            self.output_files.write(name, data, "hub_resources")


def annotate(item: Content, entries: dict[str, Content], fallback: Content | None = None) -> None:
    """`resource_list` and `exhibitor_cards` on an item page: its own, else its original's."""
    source = item if (getattr(item, "resources", None) or getattr(item, "exhibitors", None)) or fallback is None else fallback
    own = library.resources_of(source, entries)
    item.resource_list = [r for r in own if r.position[0] == "resources"]
    cards: list[ExhibitorCard] = []
    for position, exhibitor in enumerate(getattr(source, "exhibitors", None) or []):
        cards.append({
            "name": library.exhibitor_name(exhibitor, entries),
            "entry": entries.get(exhibitor.get("directory")),
            "url": exhibitor.get("url") or getattr(entries.get(exhibitor.get("directory")), "website", None),
            "booth": exhibitor.get("booth"),
            "description": exhibitor.get("description"),
            "resources": [r for r in own if r.position[:2] == ("exhibitors", position)],
        })
    item.exhibitor_cards = cards


def reports(events_and_more: Iterable[Content], articles: Iterable[Content]) -> None:
    """`event_reports` on each event: the posts, chronicles and trip reports that link to it.

    A report links to an event when its HTML holds `/<event url>"`. Each report is read once:
    every `/"` in it ends a possible link, looked up among the events' markers of each length
    (one pass over the reports, not one per event).
    """
    candidates = [a for a in articles if a.hub_type in REPORT_TYPES and a.in_default_lang]
    events = [item for item in events_and_more if item.hub_type == "event"]
    markers: dict[str, list[Content]] = {}  # {'/<url>"': [event, …]}
    for item in events:
        markers.setdefault(f'/{item.url}"', []).append(item)
    lengths = sorted({len(marker) for marker in markers})
    found: dict[int, list[Content]] = {id(item): [] for item in events}
    for article in candidates:
        content = article.content or ""
        linked: set[str] = set()
        for match in LINK_END.finditer(content):
            end = match.end()
            linked.update(content[end - length:end] for length in lengths if length <= end)
        for marker in sorted(linked & markers.keys()):
            for item in markers[marker]:
                found[id(item)].append(article)
    for item in events:
        item.event_reports = sorted(found[id(item)], key=lambda a: (a.date, a.slug))
        for translation in getattr(item, "translations", []):
            translation.event_reports = item.event_reports


def exhibited(items: Iterable[Content], entries: Mapping[str, Content]) -> None:
    """`exhibited_at` on each directory entry (and its translations): the events it exhibited at, newest first."""
    events: dict[str, list[Content]] = {}
    for item in items:
        for exhibitor in getattr(item, "exhibitors", None) or []:
            slug = exhibitor.get("directory")
            if slug in entries and item not in events.setdefault(slug, []):
                events[slug].append(item)
    for slug, entry in entries.items():
        found = sorted(events.get(slug, []), key=lambda e: (library.day_of(e), e.slug), reverse=True)
        for page in (entry, *getattr(entry, "translations", [])):
            page.exhibited_at = found
