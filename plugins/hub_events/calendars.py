"""Which calendars exist: one declared table, as Hugo declares its outputs.

Each family says where its files go and which events it holds. A family with
a key gives one calendar per key value (a region, an organizer, a category, an
event); the whole site gives one. A calendar's title is French (the name its file
carries) and English when the family has English words for it: pages in English
show that one (`calendar.titles`).
"""

from dataclasses import dataclass
from typing import Callable


@dataclass(frozen=True)
class Family:
    name: str
    path: str  # relative output path; {slug} is the key's slug
    keys: Callable  # event -> [(slug, {lang: title})] of the calendars it belongs to
    titles: dict  # {lang: title}; {title} is the key's title in lang, else its French one


def _everything(event):
    return [("", {"fr": ""})]


def _region(event):
    region = getattr(event, "region", None)
    return [(region.slug, {"fr": region.name("fr"), "en": region.name("en")})] if region else []


def _organizer(event):
    link = getattr(event, "organizer_link", None)
    if isinstance(getattr(event, "organizer", None), str) and link:
        return [(event.organizer, {"fr": link["name"]})]
    return []


def _category(event):
    category = getattr(event, "category", None)
    return [(category.slug, {"fr": category.name})] if category else []


def _event(event):
    return [(event.slug, {"fr": event.title})] if event.hub_type == "event" else []


def _mission(event):
    return [(event.slug, {"fr": event.title})] if event.hub_type == "mission" else []


OWN_FILES = ("mission", "event")  # one calendar file per item

EVENTS_OF = {"fr": "Événements — {title}", "en": "Events — {title}"}
FAMILIES = (
    Family("all", "calendrier.ics", _everything, {"fr": "Tous les événements", "en": "All events"}),
    Family("region", "regions/{slug}/calendrier.ics", _region, EVENTS_OF),
    Family("organizer", "repertoire/{slug}/calendrier.ics", _organizer, EVENTS_OF),
    Family("category", "categories/{slug}/calendrier.ics", _category, EVENTS_OF),
    Family("mission", "missions/{slug}/calendrier.ics", _mission, {"fr": "{title}"}),  # the item's own title
    Family("event", "evenements/{slug}.ics", _event, {"fr": "{title}"}),
)


@dataclass
class CalendarFile:
    family: str
    slug: str
    path: str
    titles: dict  # {lang: title}: French always
    events: list

    @property
    def title(self):
        """The French title, the name the file carries."""
        return self.titles["fr"]


def plan(events):
    """Every calendar file to write, with its events, in a stable order."""
    files = {}
    for family in FAMILIES:
        for event in events:
            for slug, names in family.keys(event):
                path = family.path.format(slug=slug)
                if path not in files:
                    titles = {lang: words.format(title=names.get(lang, names["fr"])) for lang, words in family.titles.items()}
                    files[path] = CalendarFile(family.name, slug, path, titles, [])
                files[path].events.append(event)
    return [files[path] for path in sorted(files)]
