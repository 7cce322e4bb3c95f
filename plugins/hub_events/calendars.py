"""Which calendars exist: one declared table, as Hugo declares its outputs.

Each family says where its files go and which events it holds. A family with
a key gives one calendar per key value (a region, an organizer, a category, an
event); the whole site gives one.
"""

from dataclasses import dataclass
from typing import Callable


@dataclass(frozen=True)
class Family:
    name: str
    path: str  # relative output path; {slug} is the key's slug
    keys: Callable  # event -> [(slug, title)] of the calendars it belongs to
    title_fr: str  # {title} is the key's title


def _everything(event):
    return [("", "")]


def _region(event):
    region = getattr(event, "region", None)
    return [(region.slug, region.name_fr)] if region else []


def _organizer(event):
    link = getattr(event, "organizer_link", None)
    if isinstance(getattr(event, "organizer", None), str) and link:
        return [(event.organizer, link["name"])]
    return []


def _category(event):
    category = getattr(event, "category", None)
    return [(category.slug, category.name)] if category else []


def _event(event):
    return [(event.slug, event.title)] if event.hub_type == "event" else []


def _mission(event):
    return [(event.slug, event.title)] if event.hub_type == "mission" else []


OWN_FILES = ("mission", "event")  # one calendar file per item

FAMILIES = (
    Family("all", "calendrier.ics", _everything, "Tous les événements"),
    Family("region", "regions/{slug}/calendrier.ics", _region, "Événements — {title}"),
    Family("organizer", "repertoire/{slug}/calendrier.ics", _organizer, "Événements — {title}"),
    Family("category", "categories/{slug}/calendrier.ics", _category, "Événements — {title}"),
    Family("mission", "missions/{slug}/calendrier.ics", _mission, "{title}"),
    Family("event", "evenements/{slug}.ics", _event, "{title}"),
)


@dataclass
class CalendarFile:
    family: str
    slug: str
    path: str
    title: str
    events: list


def plan(events):
    """Every calendar file to write, with its events, in a stable order."""
    files = {}
    for family in FAMILIES:
        for event in events:
            for slug, title in family.keys(event):
                path = family.path.format(slug=slug)
                if path not in files:
                    files[path] = CalendarFile(family.name, slug, path, family.title_fr.format(title=title), [])
                files[path].events.append(event)
    return [files[path] for path in sorted(files)]
