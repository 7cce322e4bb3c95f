"""`hub import`: every source of content/data/calendars.yml into content/events/.

For each source: fetch, parse, map every VEVENT, then write. A source that cannot be fetched
or is not a calendar writes nothing. An event already imported is merged (merge.py: an
editor's changes stay); one the source no longer lists is marked `source.missing`; one found
in another file (same UID, or same title and start: another source's or an editor's) is left
to that file. New events that are already over are not imported.
"""

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

import icalendar

from hub_core import dates
from hub_core import places as known_places
from hub_core.items import read_item
from hub_core.settings import DEFAULT_TIMEZONE
from hub_core.validate import Site

from . import merge
from .events import EventFile, EventIndex, same_title, write_text
from .fetch import FetchError, Limits, fetch
from .mapping import UnreadableEvent, imported_event, is_over
from .sources import Source


@dataclass
class Outcome:
    """What one source gave: counts, unreadable events, or the reason it failed."""

    source: str
    new: int = 0
    updated: int = 0
    cancelled: int = 0
    missing: int = 0
    errors: list = field(default_factory=list)  # (event UID or summary, reason code)
    failure: FetchError | None = None
    written: list = field(default_factory=list)  # paths


@dataclass(frozen=True)
class Options:
    today: dt.date
    timezone: str = DEFAULT_TIMEZONE
    limits: Limits = Limits()
    allow_local_http: bool = False  # http://127.0.0.1, for tests only


def import_sources(content_path, sources: list, options: Options, root=None, sleep=None) -> list:
    """Import every source in order; a list of Outcome. `root`: where `file` paths start
    (default: the content folder's parent, the repository)."""
    content = Path(content_path)
    root = Path(root) if root is not None else content.resolve().parent
    places, _problems = known_places.load(content)
    index = EventIndex(content)
    outcomes = []
    for source in sources:
        outcome = Outcome(source.name)
        try:
            extra = {"sleep": sleep} if sleep is not None else {}
            data = fetch(source, root, options.limits, options.allow_local_http, **extra)
            calendar = parse(data)
        except FetchError as error:
            outcome.failure = error
            outcomes.append(outcome)
            continue
        writes = plan(calendar, source, index, places, options, outcome)
        for path, text in writes:
            write_text(path, text)
            outcome.written.append(path)
        outcomes.append(outcome)
    return outcomes


def parse(data: bytes):
    """The VCALENDAR in `data`, or FetchError("not_a_calendar")."""
    try:
        calendar = icalendar.Calendar.from_ical(data)
    except Exception as error:  # noqa: BLE001 (icalendar raises ValueError, and others on odd input)
        raise FetchError("not_a_calendar", detail=str(error)[:120]) from None
    if getattr(calendar, "name", "") != "VCALENDAR":
        raise FetchError("not_a_calendar", detail=str(getattr(calendar, "name", "")))
    return calendar


def plan(calendar, source: Source, index: EventIndex, places, options: Options, outcome: Outcome) -> list:
    """[(path, text)] to write for one source; counts go into `outcome`."""
    zone = dates.zone(options.timezone)
    site = Site(places=places, timezone=options.timezone)
    events = []
    for vevent in calendar.walk("VEVENT"):
        try:
            event = imported_event(vevent, source, places, zone)
        except UnreadableEvent as error:
            outcome.errors.append((_named(vevent), error.code))
            continue
        except (ValueError, TypeError, KeyError, AttributeError, IndexError, OverflowError):
            outcome.errors.append((_named(vevent), "unreadable"))
            continue
        if matches(event, vevent, source.match):
            events.append(event)
    _exclude_moved(events)
    writes, seen = [], set()
    for event in events:
        seen.add(event.key)
        found = index.find(event.key, event.title, event.start)
        if found is None:
            if is_over(event, options.today):
                continue
            slug = index.new_slug(event.title, event.start)
            front, body = merge.new_file(event, source.name, slug, options.today)
            path = index.folder / f"{slug}.md"
            if _valid(path, front, body, site, index, event, outcome):
                index.add(EventFile(path, front, body))
                writes.append((path, merge.render(front, body)))
                outcome.new += 1
        elif found.owner == source.name:
            front, body, status = merge.merge(found.front, found.body, event)
            if status != merge.UNCHANGED and _valid(found.path, front, body, site, index, event, outcome):
                index.add(EventFile(found.path, front, body))
                writes.append((found.path, merge.render(front, body)))
                outcome.cancelled += status == merge.CANCELLED
                outcome.updated += status == merge.UPDATED
    for event in index.owned_by(source.name):
        if event.uid in seen or event.missing or event.is_over(options.today):
            continue
        front = dict(event.front)
        front["source"] = {**front["source"], "missing": options.today.isoformat()}
        index.add(EventFile(event.path, front, event.body))
        writes.append((event.path, merge.render(front, event.body)))
        outcome.missing += 1
    return writes


def _valid(path, front, body, site, index, event, outcome) -> bool:
    """Whether the file would pass validation; if not, it is not written and counts as an error."""
    relative = Path(path).relative_to(index.folder.parent).as_posix()
    if any(problem.is_error for problem in read_item(relative, merge.render(front, body), site).problems):
        outcome.errors.append((event.key, "invalid"))
        return False
    return True


def matches(event, vevent, text: str) -> bool:
    """Whether the title or LOCATION contains `text` (case and accents ignored)."""
    if not text:
        return True
    wanted = same_title(text)
    return wanted in same_title(event.title) or wanted in same_title(vevent.get("LOCATION") or "")


def _exclude_moved(events: list):
    """An occurrence moved out of its rule (RECURRENCE-ID) is an event of its own: its day
    leaves the rule's occurrences."""
    masters = {event.key: event for event in events if "#" not in event.key}
    for event in events:
        uid, _sep, day = event.key.partition("#")
        master = masters.get(uid)
        if day and master is not None and "recurrence" in master.fields:
            recurrence = master.fields["recurrence"]
            recurrence["except"] = sorted({*recurrence.get("except", []), day})


def _named(vevent) -> str:
    return str(vevent.get("UID") or vevent.get("SUMMARY") or "?")
