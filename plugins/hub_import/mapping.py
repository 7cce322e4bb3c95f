"""One VEVENT to the front matter of one event of our content model.

`imported_event(vevent, source, places, site_zone)` gives an ImportedEvent: the fields the
importer manages (every value a string, a list or a mapping of strings, as the YAML will be
read back), the body, and what finds the event again (its key, its title and start). It writes
no file and never raises but UnreadableEvent, which names what is missing.
"""

import datetime as dt
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

from icalendar import vRecur

from hub_core.recurrence import occurrences

from .describe import ONLINE_PLACE, body_of, meeting_link, venue_of, web_address
from .sources import Source

# The fields `hub import` writes and keeps up to date, in the order of a new file.
MANAGED = (
    "title", "start", "end", "timezone", "format", "venue", "online", "organizer", "registration",
    "languages", "region", "category", "tags", "event_status", "recurrence",
)
BODY = "body"  # the description, recorded beside the fields


class UnreadableEvent(Exception):
    """A VEVENT the importer cannot read: a reason code."""

    def __init__(self, code: str):
        super().__init__(code)
        self.code = code


@dataclass
class ImportedEvent:
    key: str  # the UID, with `#` and the RECURRENCE-ID of a moved occurrence
    fields: dict
    body: str
    last_day: dt.date | None = None  # None: a rule that never ends
    excluded: list = field(default_factory=list)  # occurrences moved out of a rule (RECURRENCE-ID)

    @property
    def title(self) -> str:
        return self.fields["title"]

    @property
    def start(self) -> str:
        return self.fields["start"]


def imported_event(vevent, source: Source, places, site_zone: ZoneInfo) -> ImportedEvent:
    """The front matter fields and body of one VEVENT of `source`."""
    uid = str(vevent.get("UID") or "").strip()
    if not uid:
        raise UnreadableEvent("no_uid")
    title = " ".join(str(vevent.get("SUMMARY") or "").split())
    if not title:
        raise UnreadableEvent("no_title")
    if vevent.get("DTSTART") is None:
        raise UnreadableEvent("no_start")
    start = vevent["DTSTART"].dt
    zone = event_zone(start, site_zone)
    end = _end(vevent, start)
    fields = {"title": title}
    fields.update(times(start, end, zone, site_zone))
    fields.update(_place(vevent, source, places))
    fields["organizer"] = source.organizer
    registration = web_address(vevent.get("URL"))
    if registration:
        fields["registration"] = registration
    if source.languages:
        fields["languages"] = list(source.languages)
    if source.category:
        fields["category"] = source.category
    tags = list(dict.fromkeys([*source.tags, *categories(vevent)]))
    if tags:
        fields["tags"] = tags
    if str(vevent.get("STATUS") or "").upper() == "CANCELLED":
        fields["event_status"] = "cancelled"
    recurrence, last_day = _recurrence(vevent, start, end, zone)
    if recurrence:
        fields["recurrence"] = recurrence
    key = uid
    if vevent.get("RECURRENCE-ID") is not None:
        key = f"{uid}#{local_day(vevent['RECURRENCE-ID'].dt, zone).isoformat()}"
    return ImportedEvent(key=key, fields=fields, body=body_of(vevent), last_day=last_day)


def event_zone(start, site_zone: ZoneInfo) -> ZoneInfo:
    """The zone of the event's wall clock: its TZID when it is an IANA zone, else the site's
    (a UTC time, a floating time, or a zone only its VTIMEZONE describes)."""
    tz = getattr(start, "tzinfo", None)
    key = getattr(tz, "key", None)
    if key and key not in ("UTC", "Etc/UTC"):
        try:
            return ZoneInfo(key)
        except (ValueError, KeyError, OSError):  # OSError: a folder of tzdata (`America`), a name too long
            return site_zone
    return site_zone


def local(moment, zone: ZoneInfo):
    """A date as is; a date-time as a wall clock in `zone` (a floating one is taken as it)."""
    if not isinstance(moment, dt.datetime):
        return moment
    if moment.tzinfo is None:
        return moment.replace(tzinfo=zone)
    return moment.astimezone(zone)


def local_day(moment, zone: ZoneInfo) -> dt.date:
    value = local(moment, zone)
    return value.date() if isinstance(value, dt.datetime) else value


def times(start, end, zone: ZoneInfo, site_zone: ZoneInfo) -> dict:
    """`start`, `end` (when it says more than the start) and `timezone` (when not the site's)."""
    if not isinstance(start, dt.datetime):
        fields = {"start": start.isoformat()}
        if end is not None and end - dt.timedelta(days=1) > start:  # DTEND is the day after the last
            fields["end"] = (end - dt.timedelta(days=1)).isoformat()
        return fields
    begin = local(start, zone)
    fields = {"start": begin.strftime("%Y-%m-%d %H:%M")}
    if isinstance(end, dt.datetime):
        fields["end"] = local(end, zone).strftime("%Y-%m-%d %H:%M")
    if zone.key != site_zone.key:
        fields["timezone"] = zone.key
    return fields


def _end(vevent, start):
    if vevent.get("DTEND") is not None:
        end = vevent["DTEND"].dt
    elif vevent.get("DURATION") is not None:
        end = start + vevent["DURATION"].dt
    else:
        return None
    if isinstance(start, dt.datetime) != isinstance(end, dt.datetime):
        return None
    if isinstance(start, dt.datetime) and start.tzinfo is None and end.tzinfo is not None:
        return None
    return end if end >= start else None


def _place(vevent, source: Source, places) -> dict:
    """format, venue, online and region, from LOCATION, the links and the source's defaults."""
    location = " ".join(str(vevent.get("LOCATION") or "").split())
    online_place = bool(web_address(location) or ONLINE_PLACE.match(location))
    venue = None if online_place else venue_of(location, places)
    link = meeting_link(vevent) or web_address(location)
    fields = {}
    if venue:
        fields["venue"] = venue
    if link:
        fields["online"] = {"url": link}
    chosen = source.format or ("hybrid" if venue and link else "online" if link or online_place else "in-person")
    if chosen != "in-person":
        fields["format"] = chosen
        fields.setdefault("online", {"url": ""})  # the link may come later, to registrants
    if source.region and not (venue and venue.get("city")):
        fields["region"] = source.region
    return fields


def categories(vevent) -> list:
    """The CATEGORIES of a VEVENT, one tag each, in order."""
    found = vevent.get("CATEGORIES")
    groups = found if isinstance(found, list) else [found] if found is not None else []
    tags = []
    for group in groups:
        for category in getattr(group, "cats", []):
            text = " ".join(str(category).split())
            if text:
                tags.append(text)
    return tags


def _recurrence(vevent, start, end, zone):
    """(recurrence mapping or None, last day or None) from RRULE, UNTIL, COUNT and EXDATE."""
    if vevent.get("RRULE") is None:
        last = end if end is not None else start
        return None, local_day(last, zone)
    rule = vevent["RRULE"][0] if isinstance(vevent["RRULE"], list) else vevent["RRULE"]
    rest = vRecur({key: value for key, value in rule.items() if key not in ("UNTIL", "COUNT")})
    recurrence = {"rule": rest.to_ical().decode("ascii")}
    last_day = None
    if rule.get("UNTIL"):
        last_day = local_day(rule["UNTIL"][0], zone)
        recurrence["until"] = last_day.isoformat()
    elif rule.get("COUNT"):
        recurrence["count"] = str(int(rule["COUNT"][0]))
        last_day = _last_of_count(start, rest, int(rule["COUNT"][0]), zone)
    excluded = sorted({local_day(moment, zone).isoformat() for moment in exdates(vevent)})
    if excluded:
        recurrence["except"] = excluded
    return recurrence, last_day


def exdates(vevent) -> list:
    found = vevent.get("EXDATE")
    groups = found if isinstance(found, list) else [found] if found is not None else []
    return [value.dt for group in groups for value in getattr(group, "dts", [])]


def _last_of_count(start, rule, count, zone):
    first = local(start, zone)
    last = first
    for begin, _finish in occurrences(first, first, {"rule": rule.to_ical().decode("ascii"), "count": count}):
        last = begin
    return last.date() if isinstance(last, dt.datetime) else last


def is_over(event: ImportedEvent, today: dt.date) -> bool:
    """Whether every occurrence of the event ended before `today`."""
    return event.last_day is not None and event.last_day < today

