"""Resolve the slugs items name (organizer, partners, mission) to the items themselves.

Several plugins need these links; the first to ask resolves them for the whole
build (the flag lives in the build's context, so a rebuild starts afresh).
"""

from collections.abc import Iterable, Mapping
from typing import TypedDict

from .shapes import Content, Context

DONE = "hub_references_resolved"


class Link(TypedDict):
    """A named organization, in the directory (`internal`) or elsewhere."""

    name: str | None
    url: str | None
    internal: bool


def resolve_references(context: Context) -> None:
    """Set `organizer_link`, `partner_links` and `mission_item` on every item."""
    if context.get(DONE):
        return
    context[DONE] = True
    articles = context.get("articles", [])
    hidden = context.get("hidden_articles", [])
    resolve_items((*articles, *hidden, *(t for a in articles for t in a.translations)), context)


def resolve_items(items: Iterable[Content], context: Context) -> None:
    """The references of these items, against the directory entries and missions of `context`
    (all items at once, or one saved in the preview: hub_output.saved)."""
    pages = context.get("hidden_pages", [])
    hidden = context.get("hidden_articles", [])
    entries = {p.slug: p for p in pages if p.hub_type == "directory" and p.in_default_lang}
    missions = {a.slug: a for a in hidden if a.hub_type == "mission" and a.in_default_lang}
    for item in items:
        if getattr(item, "organizer", None) is not None:
            item.organizer_link = link(item.organizer, entries)
        if item.hub_type == "mission":
            item.partner_links = [link(p, entries) for p in getattr(item, "partners", [])]
        if getattr(item, "mission", None):
            item.mission_item = missions.get(item.mission)
        elif item.hub_type in ("report", "mission"):
            item.mission_item = missions.get(item.hub_parent)


def link(reference: str | Mapping[str, str], entries: Mapping[str, Content]) -> Link | None:
    """`{"name", "url", "internal"}` for a directory slug or a `{name, url}` mapping."""
    if isinstance(reference, str):
        entry = entries.get(reference)
        return {"name": entry.title, "url": entry.url, "internal": True} if entry else None
    return {"name": reference.get("name"), "url": reference.get("url"), "internal": False}
