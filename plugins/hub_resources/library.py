"""The library: every resource of the site (slides, recordings, documents, links), gathered
from the items that carry them, with the filtered lists (kind, topic, region, year).

    entries = collect(items, today)             # [Resource], newest first, expired ones too
    shown = available(entries, today)           # what /ressources/ lists
    groups = facets(shown)                      # {group: [Facet]}

A resource belongs to one item (an event, a mission, a trip report, a post, a chronicle)
and, for an exhibitor's, to that exhibitor too. Its day (what "newest" means) is the
item's: an event's or a mission's start, else its publication date.
"""

import datetime as dt
from dataclasses import dataclass, field

from jinja2 import pass_context

from hub_core.i18n import N_
from hub_core.items import slugify
from hub_core.labels import in_page_words
from hub_core.urls import key_url

SOURCE_TYPES = ("event", "mission", "report", "post", "chronicle")
# resource kind -> its address segment under /ressources/type/
KIND_SLUGS = {
    "slides": "presentations",
    "video": "videos",
    "recording": "enregistrements",
    "document": "documents",
    "link": "liens",
}
# resource kind (every one of hub_core.model.RESOURCE_KINDS) -> its name, one and several (resource_kind_label)
KIND_LABELS = {
    "slides": (N_("Présentation"), N_("Présentations")),
    "video": (N_("Vidéo"), N_("Vidéos")),
    "recording": (N_("Enregistrement"), N_("Enregistrements")),
    "document": (N_("Document"), N_("Documents")),
    "link": (N_("Lien"), N_("Liens")),
}
KIND_ORDER = ("recording", "video", "slides", "document", "link")  # what an item's page shows first
FACET_GROUPS = ("kind", "topic", "region", "year")
# facet group -> the hub_core.urls.PAGES folder of its pages (French and English addresses)
FACET_PAGES = {
    "kind": "resources_by_kind",
    "topic": "resources_by_topic",
    "region": "resources_by_region",
    "year": "resources_by_year",
}
FILES_FOLDER = "files"


@dataclass(frozen=True)
class Resource:
    """One resource as the library and its item's page show it."""

    title: str
    kind: str  # slides, video, recording, document, link
    href: str  # an absolute URL, or `files/<name>` under the site (is_file)
    is_file: bool
    item: object  # the Pelican article it comes from
    position: tuple  # where it is written: ("resources", 2) or ("exhibitors", 1, "resources", 0)
    day: dt.date
    language: str | None = None
    speakers: tuple = ()
    until: dt.date | None = None
    access: str = "public"
    exhibitor: str | None = None  # the exhibitor's name, for an exhibitor's resource

    @property
    def kind_slug(self) -> str:
        return KIND_SLUGS[self.kind]

    @property
    def rank(self) -> tuple:
        """Order on an item's page: recordings and videos, slides, documents, links; the item's own
        before its exhibitors'; then as written."""
        return (KIND_ORDER.index(self.kind), self.exhibitor is not None, self.position)

    @property
    def ended(self) -> dt.date | None:
        """The first day it is no longer available (the day after `until`)."""
        return self.until + dt.timedelta(days=1) if self.until else None

    def expired(self, today: dt.date) -> bool:
        return self.until is not None and self.until < today

    @property
    def target(self) -> str:
        """What identifies it across builds (feed ids), from its file or its address, in
        lowercase letters, digits and hyphens: `file:2026-bilan-pdf`, `url:https-example-org-v`."""
        if self.is_file:
            return "file:" + slugify(self.href.removeprefix(FILES_FOLDER + "/"))
        return "url:" + slugify(self.href)


@dataclass
class Facet:
    group: str  # its group: kind (a resource kind), topic, region, year
    slug: str
    value: object  # the resource kind, the Category, the Region, the year
    resources: list = field(default_factory=list)

    @property
    def url(self) -> str:
        return key_url(FACET_PAGES[self.group], self.slug)

    def sort_key(self, lang: str):
        if self.group == "year":
            return (-int(self.slug),)
        if self.group == "kind":
            return (KIND_ORDER.index(self.value),)
        name = self.value.name(lang) if self.group == "region" else self.value.name
        return (slugify(name), self.slug)


def day_of(item) -> dt.date:
    """An item's day in the library: an event's or mission's start, else its date."""
    value = getattr(item, "start", None) if item.hub_type in ("event", "mission") else None
    value = value if value is not None else item.date
    return value.date() if isinstance(value, dt.datetime) else value


def exhibitor_name(exhibitor: dict, entries: dict) -> str:
    """An exhibitor's name: as written, else its directory entry's title."""
    entry = entries.get(exhibitor.get("directory"))
    return exhibitor.get("name") or (entry.title if entry else exhibitor.get("directory", ""))


def resources_of(item, entries: dict | None = None) -> list:
    """Every Resource of one item: its own, then each exhibitor's (entries: directory slug -> page)."""
    day = day_of(item)
    found = [_resource(r, item, ("resources", i), day) for i, r in enumerate(getattr(item, "resources", None) or [])]
    for position, exhibitor in enumerate(getattr(item, "exhibitors", None) or []):
        name = exhibitor_name(exhibitor, entries or {})
        for index, resource in enumerate(exhibitor.get("resources") or []):
            found.append(_resource(resource, item, ("exhibitors", position, "resources", index), day, name))
    return found


def _resource(written, item, position, day, exhibitor=None):
    is_file = bool(written.get("file"))
    return Resource(
        title=written["title"],
        kind=written["kind"],
        href=f"{FILES_FOLDER}/{written['file']}" if is_file else written.get("url", ""),
        is_file=is_file,
        item=item,
        position=position,
        day=day,
        language=written.get("language"),
        speakers=tuple(written.get("speakers") or ()),
        until=written.get("until"),
        access=written.get("access", "public"),
        exhibitor=exhibitor,
    )


def collect(items, entries: dict | None = None) -> list:
    """Every Resource of `items` (French originals of the source types), newest first."""
    found = [
        (index, r)
        for item in items if item.hub_type in SOURCE_TYPES
        for index, r in enumerate(resources_of(item, entries))
    ]
    found.sort(key=lambda pair: (-pair[1].day.toordinal(), pair[1].item.hub_source, pair[0]))
    return [r for _index, r in found]


def available(resources, today: dt.date) -> list:
    """The resources still offered on `today` (an `until` of today still counts)."""
    return [r for r in resources if not r.expired(today)]


def _facet_values(resource):
    yield "kind", resource.kind_slug, resource.kind
    category = getattr(resource.item, "category", None)
    if category is not None and getattr(category, "name", ""):
        yield "topic", category.slug, category
    region = getattr(resource.item, "region", None)
    if region is not None:
        yield "region", region.slug, region
    yield "year", str(resource.day.year), resource.day.year


def facets(resources, lang: str = "fr") -> dict:
    """{facet group: [Facet]} for every value a listed resource has, in `lang`'s order."""
    found = {}
    for resource in resources:
        for group, slug, value in _facet_values(resource):
            found.setdefault((group, slug), Facet(group, slug, value)).resources.append(resource)
    return in_order(found.values(), lang)


def in_order(found, lang: str) -> dict:
    grouped = {group: [] for group in FACET_GROUPS}
    for facet in found:
        grouped[facet.group].append(facet)
    return {group: sorted(members, key=lambda f: f.sort_key(lang)) for group, members in grouped.items()}


@pass_context
def resource_kind_label(context, kind, lang=None, several=False):
    """Jinja global: `Présentation`, `Vidéos` (several), `Slides`: a resource kind's name in `lang`, else
    the page's language; an unknown kind as is."""
    labels = KIND_LABELS.get(kind)
    return in_page_words(context, labels[1 if several else 0], lang) if labels else kind


GLOBALS = {"resource_kind_label": resource_kind_label}  # registered by add_globals (hub_resources/__init__.py)


def add_globals(pelican):
    """initialized: the library's Jinja globals, before templates are loaded."""
    pelican.settings.setdefault("JINJA_GLOBALS", {}).update(GLOBALS)
