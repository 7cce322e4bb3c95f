"""The Markdown reader: YAML front matter, the content model, Python-Markdown, the body allow-list."""

import functools
import os
import re
from html import escape

from markdown import Markdown
from pelican.readers import BaseReader
from pelican.urlwrappers import Author, Category, Tag

from hub_core import dates, inputs
from hub_core.items import problem_item, read_file
from hub_core.placeholders import for_preview, is_placeholder
from hub_core.settings import site_timezone
from hub_core.typography import typeset
from hub_core.site import shown_root, site_from_settings

from .sanitizer import sanitize

TEMPLATES = {
    "event": "events/event",
    "post": "blog/post",
    "chronicle": "chronicles/chronicle",
    "mission": "missions/mission",
    "report": "missions/report",
    "directory": "directory/entry",
    "page": "page",
}

# Metadata Pelican itself interprets; everything else is passed as typed values.
PELICAN_FIELDS = {"title", "date", "modified", "lang", "slug", "summary", "authors", "author", "tags", "category", "status"}
FIRST_PARAGRAPH = re.compile(r"<p>(.*?)</p>", re.DOTALL)
ORIGINAL_LANGUAGE = "fr"  # tags are written in it; tag pages exist only in it


def add_reader(readers):
    """Ours is the only content reader: `.md` in any case; `.rst`, `.html`… are not read (hub_core.inputs reports them).

    Pelican's `static` reader (images) stays.
    """
    for extension in [e for e in readers.reader_classes if e != "static"]:
        del readers.reader_classes[extension]
    for extension in HubMarkdownReader.file_extensions:
        readers.reader_classes[extension] = HubMarkdownReader


class HubMarkdownReader(BaseReader):
    enabled = True
    file_extensions = ["md", "MD", "Md", "mD"]

    def __init__(self, settings):
        super().__init__(settings)
        self.root = shown_root(settings["PATH"])
        self.markdowns = {}  # lang -> Markdown, made on first use
        self.prefetched = None  # prefetch.Prefetched: pairs read by workers, while a generator reads

    @functools.cached_property
    def site(self):
        """What validation knows of the site (places, terms, images…), made when a file is read:
        every generator has readers, two of them read (problems are reported once, by report.py)."""
        return site_from_settings(self.settings)[0]

    def markdown(self, lang):
        """The Markdown converter of a language: MARKDOWN, with MARKDOWN_BY_LANG[lang]'s extension settings."""
        if lang not in self.markdowns:
            config = self.settings.get("MARKDOWN", {})
            extensions = dict(config.get("extension_configs", {}))
            extensions.update(self.settings.get("MARKDOWN_BY_LANG", {}).get(lang, {}))
            self.markdowns[lang] = Markdown(
                extensions=list(extensions),
                extension_configs=extensions,
                output_format=config.get("output_format", "html5"),
            )
        return self.markdowns[lang]

    def read(self, source_path):
        if self.prefetched is not None:
            pair = self.prefetched.take(source_path)
            if pair is not None:
                return pair
        relative = os.path.relpath(source_path, self.settings["PATH"])
        contained = inputs.is_contained(source_path, self.settings["PATH"])
        if not contained:
            # Reached through a link out of the content folder (a content folder that is
            # a link): not read, and skipped (below); inputs.scan reports the link and the build stops.
            item = problem_item(relative, self.site, self.root, "symlink_outside", value="", root=self.root)
            item.problems = []
        else:
            item = read_file(source_path, relative, self.site, self.root)
        if self.settings.get("HUB_PREVIEW"):  # `make serve`: placeholders are warnings, shown on the page
            item.problems = for_preview(item.problems)
        try:
            html = sanitize(self.markdown(item.lang).reset().convert(item.body))
        except Exception as error:  # noqa: BLE001 - one line naming the file, never a traceback
            detail = f"{type(error).__name__}: {error}"
            item = problem_item(relative, self.site, self.root, "unexpected_error", detail=detail)
            html = ""
        item.body = None  # rendered once; not kept twice in memory or cache
        metadata = to_metadata(item, html, self.settings)
        if not contained:
            metadata["status"] = "skip"  # Pelican makes no content object of it, like an invalid item's (invalid.py)
        return html, metadata


def to_metadata(item, html, settings):
    """Pelican metadata for an item: Pelican's own fields, then typed values."""
    values = item.values
    metadata = {key: value for key, value in values.items() if key not in PELICAN_FIELDS}
    tz = dates.zone(site_timezone(settings))
    # Titles and summaries get the typography of the body (one rule for the page, cards, feeds,
    # calendars and JSON-LD); slugs and UIDs come from the slug, never from the title.
    title = values.get("title")
    metadata["title"] = typeset(title, item.lang) if title else (item.slug or os.path.basename(item.path))
    if "date" in values:  # a valid post, event, chronicle, mission or report has one (an invalid item is skipped: invalid.py)
        metadata["date"] = dates.as_datetime(values["date"], tz)
    if "modified" in values:
        metadata["modified"] = dates.as_datetime(values["modified"], tz)
    metadata["lang"] = item.lang
    metadata["slug"] = item.slug
    metadata["status"] = values.get("status", "published")
    if values.get("summary"):
        metadata["summary"] = escape(typeset(values["summary"], item.lang))
    else:  # cut from the sanitized body with a regular expression, so what it cut is cleaned too
        first = FIRST_PARAGRAPH.search(html or "")
        metadata["summary"] = sanitize(first.group(1).strip()) if first else ""
    if values.get("authors"):
        metadata["authors"] = [Author(name, settings) for name in values["authors"]]
    if values.get("tags") and item.lang == ORIGINAL_LANGUAGE:  # a translation shares its original's (sorting.py)
        metadata["tags"] = [Tag(name, settings) for name in values["tags"]]
    if values.get("category"):
        metadata["category"] = Category(values["category"], settings)
    metadata["url"] = item.url
    metadata["save_as"] = item.save_as
    metadata["template"] = TEMPLATES[item.content_type]
    metadata["hub_type"] = item.content_type
    metadata["hub_key"] = item.key
    metadata["hub_parent"] = item.parent
    metadata["hub_item"] = item
    if settings.get("HUB_PREVIEW"):
        metadata["hub_placeholders"] = [p for p in item.problems if is_placeholder(p)]
    # Stable orders whatever order Pelican finds files in: by date, then path.
    metadata["hub_source"] = item.path
    if "date" in metadata:
        metadata["hub_order"] = (metadata["date"], item.path)
    return metadata
