"""FeedsGenerator: which feeds each page declares, then every RSS and Atom file."""

import datetime as dt
from collections.abc import Iterable
from typing import Any, TypedDict
from zoneinfo import ZoneInfo

from pelican.generators import Generator

from hub_core import dates, series
from hub_core.feeds import FeedLinks
from hub_core.i18n import Catalogs, load_catalogs, translations_directory
from hub_core.references import resolve_references
from hub_core.settings import TAG_YEAR, plugin_settings, site_timezone
from hub_core.shapes import Content, Settings, Writer
from hub_core.urls import FEED_STYLESHEET
from hub_core.writer import file_writer

from . import entries, families, notices, writer

DEFAULTS = {
    "max_items": 50,  # items per feed; older ones stay on the site's pages
}
FEED_TYPES = ("event", "post", "chronicle", "mission", "report", "directory")


class PartOf(TypedDict):
    """A series part as its feed entry says it ("Partie 2 de 3")."""

    index: int
    total: int
    title: str


def feed_options(settings: Settings) -> dict[str, Any]:
    """HUB_FEEDS over DEFAULTS; a `tag_year` other than hub_core's TAG_YEAR stops the build with why."""
    return plugin_settings(settings, "HUB_FEEDS", DEFAULTS, fixed=("tag_year",))


class FeedsGenerator(Generator):
    def generate_context(self) -> None:
        self.options = feed_options(self.settings)
        self.output_files = file_writer(self.context, self.output_path)
        resolve_references(self.context)
        now = self.context["HUB_NOW"]
        items = self.published(now)
        self.series = series.collect(i for i in items if i.hub_type == "post" and i.lang == "fr")
        self.words = Catalogs(load_catalogs(translations_directory(self.settings)), self.settings.get("DEFAULT_LANG") or "fr")
        self.feeds = families.plan(items, self.settings["SITENAME"], self.words)
        self.declare(items)
        self.now, self.candidates = now, items

    def fill(self) -> None:
        """Each feed's entries: its items and its events' change notices, newest first, cut to
        `max_items`. Done when writing: notices need the revisions hub_frontmatter sets once every
        generator has read its content."""
        notices.add_to_feeds(self.feeds, notices.collect(self.candidates, self.now))
        for feed in self.feeds:
            feed.items = feed.items[: self.options["max_items"]]

    def published(self, now: dt.datetime) -> list[Content]:
        """Published items of the feed types, never drafts and never dated in the future."""
        context = self.context
        found = [*context.get("articles", []), *context.get("hidden_articles", []), *context.get("hidden_pages", [])]
        found += [t for item in list(found) for t in getattr(item, "translations", [])]
        return [
            item
            for item in found
            if item.hub_type in FEED_TYPES
            and item.status in ("published", "hidden")
            and getattr(item, "date", None) is not None
            and item.date <= now
            and (item.status == "published" or item.hub_type in ("mission", "directory"))
        ]

    def declare(self, items: Iterable[Content]) -> None:
        """`feeds` on every item and `site_feeds`, `feed_index` in the context, for <head> links."""
        index = {(f.family, f.slug): self.info(f) for f in self.feeds}
        self.context["feed_index"] = index
        self.context["all_feeds"] = [self.info(f) for f in self.feeds]
        self.context["site_feeds"] = {"fr": index.get(("site", "")), "en": index.get(("english", ""))}
        for item in items:
            item.feeds = item_feeds(item, index)

    def refresh_items(self, items: list[Content]) -> None:
        """The preview (hub_output.saved): the feeds saved items declare, from their new metadata
        (a feed that does not exist yet waits for the full build)."""
        index = self.context.get("feed_index") or {}
        for item in items:
            if hasattr(item, "feeds"):
                item.feeds = item_feeds(item, index, strict=False)

    def info(self, feed: families.Feed) -> FeedLinks:
        return {"family": feed.family, "slug": feed.slug, "title": feed.title, "rss": feed.rss, "atom": feed.atom, "page": feed.page, "lang": feed.lang}

    def part_of(self, item: Content) -> PartOf | None:
        """`{"index", "total", "title"}` of a series part ("Partie 2 de 3"), else None."""
        for found in self.series.values():
            if item in found.parts:
                return {"index": found.index_of(item), "total": found.total, "title": found.title}
        return None

    def generate_output(self, writer_: Writer) -> None:
        """Each feed in RSS and Atom. In an incremental build, a feed made from the same inputs as
        in the last build is taken from output/ (`FileWriter.take`): its entries are built only
        for the feeds computed, each once, recording the content objects it reads."""
        self.output_files.follow(writer_)
        self.fill()
        paths = [name for feed in self.feeds for name in (feed.rss, feed.atom)]
        self.output_files.later(paths, "hub_feeds", self.write_feeds)

    def write_feeds(self) -> None:
        """The feeds' files, with the pages (`FileWriter.later`), on whichever process of the build
        is free."""
        tz = dates.zone(site_timezone(self.settings))
        public = self.settings["PUBLIC_SITEURL"].rstrip("/")
        built: dict[int, tuple[entries.Entry, list[Any]]] = {}  # id(item) -> (its entry, the objects it read)
        year = TAG_YEAR
        stylesheet = f"{self.settings.get('SITEURL', '')}/{FEED_STYLESHEET}"
        for feed in self.feeds:
            inputs = self.feed_inputs(feed, stylesheet, year)
            names = [name for name in (feed.rss, feed.atom) if not self.output_files.take(name, "hub_feeds", inputs)]
            if not names:
                continue
            for item in feed.items:
                if id(item) not in built:
                    with self.output_files.reading() as read:
                        entry = self.entry(item, public, tz, year)
                    built[id(item)] = (entry, list(read.values()))
            rss, atom = writer.feed_generator(feed, [built[id(i)][0] for i in feed.items], self.settings, stylesheet, year)
            objects = [obj for i in feed.items for obj in built[id(i)][1]]
            for name, data in ((feed.rss, rss), (feed.atom, atom)):
                if name in names:
                    self.output_files.write(name, data, "hub_feeds", inputs, objects)

    def feed_inputs(self, feed: families.Feed, stylesheet: str, year: int) -> dict[str, Any]:
        """What a feed is made from beyond the code, theme, settings and data files, and the
        content objects its entries read (recorded while they are built): the feed (its items,
        by identity, in order; its notices by value), each item's series part, the stylesheet's
        address and the tag year."""
        return {"feed": feed, "parts": [self.part_of(i) if not isinstance(i, notices.Notice) else None for i in feed.items],
                "stylesheet": stylesheet, "year": year}

    def entry(self, item: Content | notices.Notice, public: str, tz: ZoneInfo, year: int) -> entries.Entry:
        """The feed entry of one item (its content rendered by feeds/item.html) or change notice."""
        if isinstance(item, notices.Notice):
            return self.notice_entry(item, public, tz, year)
        html = self.get_template("feeds/item").render(
            item=item,
            content=item.content,
            part=self.part_of(item),
            SITEURL=public,
            TIMEZONE=self.settings["TIMEZONE"],
            TIMEZONE_CITY=self.settings.get("TIMEZONE_CITY", ""),
        )
        built: entries.Entry = entries.build(item, entries.absolute(html, public), self.settings, tz, year, self.words)
        return built

    def notice_entry(self, notice: notices.Notice, public: str, tz: ZoneInfo, year: int) -> entries.Entry:
        """The feed entry of a change notice: its title and text from feeds/notice.html."""
        values = {"notice": notice, "item": notice.event, "SITEURL": public, "TIMEZONE": self.settings["TIMEZONE"],
                  "TIMEZONE_CITY": self.settings.get("TIMEZONE_CITY", "")}
        title = self.get_template("feeds/notice_title").render(values)
        html = self.get_template("feeds/notice").render(values)
        entry: entries.Entry = entries.build_notice(notice, " ".join(title.split()), entries.absolute(html, public), self.settings, tz, year)
        return entry


ITEM_FAMILIES = families.named(families.ITEM_FEEDS)  # an item's own feeds' families, in this order


def item_feeds(item: Content, index: dict[tuple[str, str], FeedLinks], strict: bool = True) -> list[FeedLinks]:
    """The feeds an item's pages declare in their <head>: its own families', then (a directory
    entry) the events it organizes; `strict=False`: those of `index` only."""
    keys = [(family.name, slug) for family in ITEM_FAMILIES for slug, _t in family.keys(item)]
    own = [index[key] for key in keys if strict or key in index]
    if item.hub_type == "directory" and ("organizer", item.slug) in index:
        own.append(index[("organizer", item.slug)])  # the events it organizes
    return own
