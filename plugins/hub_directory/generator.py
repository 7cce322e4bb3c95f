"""DirectoryGenerator: the directory's context, then the kind pages, region pages and exports.

generate_context reads only what Pelican's own generators made (pages and
articles, which always come first) and hub_core. What other plugins add
(coming events, calendars, feeds) is read in generate_output, or by templates,
when every context is complete.
"""

from collections.abc import Iterator
from typing import TypedDict

from pelican.generators import Generator

from hub_core.items import slugify
from hub_core.listing_pages import write_listing
from hub_core.settings import plugin_settings
from hub_core.shapes import Content, Context, Pelican, Writer
from hub_core.site import site_from_settings
from hub_core.writer import file_writer

from . import exports
from .areas import EntryGroup, group_entries
from .guide import POST_TYPES, RegionGuide
from .jsonld import organization_jsonld
from .kinds import Kind, by_kind, kind_of
from .social import social_links

DEFAULTS = {
    "nearby_km": 150,  # "près de chez vous": events of other regions this close to a region's places
    "recent_posts": 6,  # how many recent posts, chronicles and trip reports a region page shows
    "past_events": 12,  # how many past events an entry page lists (newest first)
}


def get_generators(pelican: Pelican) -> type["DirectoryGenerator"]:
    """get_generators: the directory's own pages and files."""
    return DirectoryGenerator


def directory_items(context: Context) -> Iterator[Content]:
    """Every directory entry that gets a page, with its translations: listed or not."""
    for page in context.get("hidden_pages", []):
        if getattr(page, "hub_type", None) == "directory":
            yield page
            yield from page.translations


def directory_entries(context: Context) -> list[Content]:
    """The listed French entries, in name order."""
    pages = context.get("hidden_pages", [])
    entries = [
        p for p in pages
        if getattr(p, "hub_type", None) == "directory" and p.in_default_lang and p.status != "hidden"
    ]
    return sorted(entries, key=lambda p: (slugify(p.title), p.slug))


def region_posts(context: Context) -> list[Content]:
    """Posts, chronicles and trip reports (those that may concern a region), newest first."""
    articles = context.get("articles", [])
    return sorted((a for a in articles if a.hub_type in POST_TYPES), key=lambda a: (a.date, a.slug), reverse=True)


class KindPage(TypedDict):
    """A directory kind's page (`kind_page`): the kind, its entries, the same grouped by region."""

    kind: Kind
    entries: list[Content]
    groups: list[EntryGroup]


def describe_entry(item: Content, listed: bool) -> None:
    """What an entry's page shows of its kind and networks."""
    item.kind_info = kind_of(item)  # its kind, named in a language: kind_info.label_in(lang)
    item.kind_page = item.kind_info if listed else None  # the kind whose page lists it (a hidden entry: none)
    item.social_links = social_links(item)  # [(network's name, url)]


class DirectoryGenerator(Generator):
    def generate_context(self) -> None:
        self.options = plugin_settings(self.settings, "HUB_DIRECTORY", DEFAULTS)
        self.output_files = file_writer(self.context, self.output_path)
        self.public_url = (self.settings.get("PUBLIC_SITEURL") or self.settings.get("SITEURL") or "").rstrip("/")
        site, _problems = site_from_settings(self.settings)  # problems are reported by hub_frontmatter
        self.entries = directory_entries(self.context)
        for entry in self.entries:
            for item in (entry, *entry.translations):
                item.jsonld = organization_jsonld(item, self.public_url)
        self.kinds: list[KindPage] = [
            {"kind": kind, "entries": entries, "groups": group_entries(entries)}
            for kind, entries in by_kind(self.entries)
        ]
        listed = {id(item) for entry in self.entries for item in (entry, *entry.translations)}
        for item in directory_items(self.context):
            describe_entry(item, id(item) in listed)
        self.guide = RegionGuide(site.places, self.entries, region_posts(self.context), self.options)
        self.context.update(
            directory_entries=self.entries,
            directory_groups=group_entries(self.entries),
            directory_kinds=self.kinds,
            directory_settings=self.options,
            regions=self.guide.areas,
            region_guide=self.guide,
        )

    def refresh_items(self, items: list[Content]) -> None:
        """The preview (hub_output.saved): saved entries, read again into the model, get again
        their JSON-LD, kind and networks (their place in the lists waits for the full build)."""
        saved = {id(item) for item in items}
        listed = {id(item) for entry in self.entries for item in (entry, *entry.translations)}
        for item in (i for i in directory_items(self.context) if id(i) in saved):
            if id(item) in listed:
                item.jsonld = organization_jsonld(item, self.public_url)
            describe_entry(item, id(item) in listed)

    def generate_output(self, writer: Writer) -> None:
        upcoming = self.context.get("upcoming_events") or []
        template = self.get_template("directory/kind")
        for kind_page in self.kinds:
            kind = kind_page["kind"]
            write_listing(writer, kind.url, template, self.context, kind_page=kind_page)
        template = self.get_template("regions/region")
        for area in self.guide.areas:
            page = self.guide.page(area.region, upcoming)
            write_listing(writer, area.url, template, self.context, region_page=page)
        self.write_exports()

    def write_exports(self) -> None:
        feeds = self.context.get("feed_index") or {}
        records = []
        for entry in self.entries:
            calendar = next((c for c in getattr(entry, "calendars", None) or [] if c.family == "organizer"), None)
            feed = feeds.get(("organizer", entry.slug))
            records.append(exports.entry_record(
                entry, self.public_url, calendar.url if calendar else None, feed["rss"] if feed else None
            ))
        site_name = self.settings.get("SITENAME", "")
        for path, data in (
            (exports.JSON_PATH, exports.directory_json(records, site_name, self.public_url)),
            (exports.GEOJSON_PATH, exports.directory_geojson(records)),
        ):
            self.output_files.write(path, exports.dumps(data).encode("utf-8"), "hub_directory")
