"""Checks across files: slugs used twice, references to items that do not exist.

Checks across files that know one capability (a series' parts, a mission's
itinerary…) live in that capability's plugin and are registered with
hub_core.registry; `cross_check` runs them after its own."""

from collections import defaultdict
from collections.abc import Sequence

from .items import Item
from .names import name_collisions
from .problems import Problem, label
from .registry import capability_checks
from .shapes import KeyPath, Params
from .urls import PAGES, page_url

# Addresses of the site's own listing pages, which no item may take.
RESERVED = {page_url(name, lang) + "index.html" for name in PAGES for lang in ("fr", "en")}


def cross_check(items: Sequence[Item], plugins: frozenset[str] | None = None) -> list[Problem]:
    """Problems that only show when all items are known; the registered checks of `plugins`
    (names, as Site.plugins), or of every plugin when None."""
    items = sorted(items, key=lambda i: i.path)
    problems: list[Problem] = []
    problems += _duplicates(items)
    slugs: defaultdict[str, set[str]] = defaultdict(set)
    for item in items:
        slugs[item.content_type].add(item.slug)
    for item in items:
        problems += _references(item, slugs)
    problems += name_collisions(items)
    for check in capability_checks(plugins):
        try:
            problems += check(items)
        except Exception as error:  # noqa: BLE001 - one line naming the check, never a traceback
            root = items[0].path.split("/", 1)[0] if items else "content"
            detail = f"{type(error).__name__}: {error}"
            problems.append(Problem(root, 1, "", "unexpected_check_error", {"check": check.__module__, "detail": detail}))
    return problems


def _duplicates(items: list[Item]) -> list[Problem]:
    problems = []
    first_by_key: dict[tuple[str, str], Item] = {}
    first_by_address: dict[str, Item] = {}
    for item in items:
        line = item.line_of(("slug",)) if "slug" in item.values else 1
        params: Params = {"value": item.slug, "url": item.url}
        if item.save_as in RESERVED:
            problems.append(Problem(item.path, line, "slug", "reserved_address", params))
            continue
        other = first_by_key.setdefault((item.key, item.lang), item)
        if other is not item:
            problems.append(Problem(item.path, line, "slug", "duplicate_slug", {**params, "other": other.path}))
            continue
        other = first_by_address.setdefault(item.save_as, item)
        if other is not item:
            problems.append(Problem(item.path, line, "slug", "duplicate_address", {**params, "other": other.path}))
    return problems


def _references(item: Item, slugs: defaultdict[str, set[str]]) -> list[Problem]:
    values = item.values
    found = []

    def expect(keypath: KeyPath, value: object, content_type: str, code: str) -> None:
        if isinstance(value, str) and value not in slugs[content_type]:
            found.append(Problem(item.path, item.line_of(keypath), label(keypath), code, {"value": value}))

    if item.content_type in ("event", "mission"):
        expect(("organizer",), values.get("organizer"), "directory", "unknown_organizer")
    if item.content_type == "event":
        expect(("mission",), values.get("mission"), "mission", "unknown_mission")
        for index, exhibitor in enumerate(values.get("exhibitors", [])):
            expect(("exhibitors", index, "directory"), exhibitor.get("directory"), "directory", "unknown_organizer")
    if item.content_type == "mission":
        for index, partner in enumerate(values.get("partners", [])):
            expect(("partners", index), partner, "directory", "unknown_organizer")
        for index, stop in enumerate(values.get("destinations", [])):
            for position, event in enumerate(stop.get("events", [])):
                expect(("destinations", index, "events", position), event, "event", "unknown_event")
    if item.content_type == "report" and item.parent not in slugs["mission"]:
        found.append(Problem(item.path, 1, "", "mission_without_description"))
    return found
