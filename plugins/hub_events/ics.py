"""iCalendar (RFC 5545) for events, with the `icalendar` library.

Each event becomes one VEVENT, serialized once per build (once for both languages when
they give it the same properties: an event without translation); every calendar it
belongs to (all events, its region, its organizer, its category, its own file)
is assembled from those serialized pieces, with one VTIMEZONE per TZID used.
It is written once per language: the English VEVENT has the same UID, dates and
status, with the English translation's title, summary, venue and page when there is
one (the French ones otherwise), and English words around them ("CANCELLED — ",
"Online"), from the gettext catalog (hub_core.i18n).

UID: `<slug>@<SITE_DOMAIN>`: never changes when an editor fixes a title.
DTSTAMP and LAST-MODIFIED: the last commit that changed the event's file (or
`modified`, when later), in UTC, never the build clock. SEQUENCE: the minutes
from `date` to `modified` plus one per commit that changed what a calendar
shows, so it rises by itself when an editor moves an event and commits
(hub_core.history; without git, `modified` alone).
"""

import datetime as dt
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event, vDuration, vRecur, vText

from hub_core import dates, history
from hub_core.i18n import N_, Catalogs, status_title
from hub_core.places import exact_point
from hub_core.text import plain_text

from .calendars import translation

PRODID = "-//maillage//Calendriers maillage 1.0//FR"
STATUS = {"cancelled": "CANCELLED", "postponed": "TENTATIVE"}  # others: CONFIRMED
# The words of a calendar, French source of the catalog's messages.
ONLINE = N_("En ligne")
AND_ONLINE = N_("%(place)s (et en ligne)")


def _when(value):
    """icalendar form of a start/end: dates as is, zoned times with TZID, fixed offsets in UTC."""
    if dates.is_all_day(value) or isinstance(value.tzinfo, ZoneInfo):
        return value
    return value.astimezone(dates.UTC)


def tzid_of(event):
    start = event.start
    if not dates.is_all_day(start) and isinstance(start.tzinfo, ZoneInfo):
        return start.tzinfo.key
    return None


def revision(event):
    """(last modification in UTC, SEQUENCE): from the file's history (`revised`, `sequence`, set by
    hub_frontmatter before output), else from `date` and `modified` alone."""
    if getattr(event, "revised", None) is not None:
        return event.revised, event.sequence
    published = dates.as_datetime(event.date, dates.UTC)
    modified = getattr(event, "modified", None)
    return history.declared(published, dates.as_datetime(modified, dates.UTC) if modified else None)


def location_text(event, words: Catalogs, lang: str = "fr") -> str:
    """LOCATION in `lang`: the venue (its translation's when written), "En ligne", the itinerary."""
    shown = translation(event, lang)
    if event.hub_type == "mission":  # the itinerary
        return " → ".join(stop["city"] for stop in getattr(event, "destinations", []))
    venue = getattr(shown, "venue", None) or getattr(event, "venue", None) or {}
    parts = [venue.get(k) for k in ("name", "address", "city", "postal_code")]
    text = ", ".join(p for p in parts if p)
    if event.format == "online" or getattr(event, "event_status", "") == "moved-online":
        return words.gettext(lang, ONLINE)
    if event.format == "hybrid":
        return words.gettext(lang, AND_ONLINE, place=text) if text else words.gettext(lang, ONLINE)
    return text


def vevent(event, site_url, domain, words: Catalogs, lang: str = "fr") -> bytes:
    """The VEVENT of one event in `lang`, as serialized bytes.

    `event` is the original (French) item: its UID, dates, status and place are the
    event's in every language; its translation in `lang` gives the text.
    """
    return serialized(vevent_properties(event, site_url, domain, words, lang))


def vevents(event, site_url, domain, words: Catalogs, languages) -> dict:
    """{lang: VEVENT bytes} of one event: serialized once when two languages give the same
    properties (an event without translation, whose words need none)."""
    pieces, done = {}, []  # done: [(properties, bytes)]
    for lang in languages:
        properties = vevent_properties(event, site_url, domain, words, lang)
        same = next((text for known, text in done if known == properties), None)
        pieces[lang] = same if same is not None else serialized(properties)
        done.append((properties, pieces[lang]))
    return pieces


def serialized(properties) -> bytes:
    component = Event()
    for name, value, parameters in properties:
        component.add(name, value, parameters=parameters)
    return component.to_ical()


def vevent_properties(event, site_url, domain, words: Catalogs, lang: str = "fr") -> list:
    """The VEVENT's properties in `lang`, in order: [(name, value, parameters or None)]."""
    properties = []

    def add(name, value, parameters=None):
        properties.append((name, value, parameters))

    shown = translation(event, lang)
    status = getattr(event, "event_status", "scheduled")
    url = f"{site_url}/{shown.url}"
    changed, sequence = revision(event)
    prefix = "mission-" if event.hub_type == "mission" else ""  # two namespaces of slugs
    add("uid", f"{prefix}{event.slug}@{domain}")
    add("dtstamp", changed)
    add("last-modified", changed)
    add("sequence", sequence)
    add("summary", status_title(words, lang, status, shown.title))
    add("status", STATUS.get(status, "CONFIRMED"))
    add("dtstart", _when(event.start))
    # All-day: DTEND is the day after the last day (exclusive), per RFC 5545.
    end = event.end + dt.timedelta(days=1) if event.all_day else _when(event.end)
    add("dtend", end)
    _add_recurrence(add, event)
    add("url", url)
    location = location_text(event, words, lang)
    if location:
        add("location", location)
    place = exact_point(event)  # the venue's coordinates when written, else its city's
    if place is not None and location != words.gettext(lang, ONLINE):
        add("geo", (place.latitude, place.longitude))
    categories = [c for c in [getattr(getattr(event, "category", None), "name", None)] if c]
    categories += [t.name for t in getattr(event, "tags", [])]
    if categories:
        add("categories", categories)
    online = (getattr(event, "online", None) or {}).get("url")
    description = [plain_text(shown.summary), url]
    if online:
        description.append(online)
        add("conference", online, parameters={"value": "URI", "feature": "VIDEO"})
    add("description", "\n\n".join(p for p in description if p))
    return properties


def _add_recurrence(add, event):
    rule = getattr(event, "recurrence", None)
    if not rule:
        return
    recur = vRecur.from_ical(rule["rule"])
    if rule.get("until") or rule.get("count"):  # the mapping's end wins over the rule's own
        recur.pop("UNTIL", None)
        recur.pop("COUNT", None)
    if rule.get("until"):
        if event.all_day:
            recur["UNTIL"] = [rule["until"]]
        else:  # with a TZID start, UNTIL is in UTC (RFC 5545 §3.3.10)
            local = dt.datetime.combine(rule["until"], dt.time(23, 59, 59), tzinfo=event.start.tzinfo)
            recur["UNTIL"] = [local.astimezone(dates.UTC)]
    elif rule.get("count"):
        recur["COUNT"] = [rule["count"]]
    add("rrule", recur)
    for day in rule.get("except", []):
        if event.all_day:
            add("exdate", day)
        else:
            add("exdate", _when(dt.datetime.combine(day, event.start.timetz().replace(tzinfo=None), tzinfo=event.start.tzinfo)))


def calendar_properties(name, description, timezone, url, refresh) -> Calendar:
    """The VCALENDAR with its own properties only."""
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("name", vText(name))  # text values: `,` `;` `\` escaped
    calendar.add("x-wr-calname", vText(name))
    if description:
        calendar.add("description", description)
        calendar.add("x-wr-caldesc", vText(description))
    calendar.add("x-wr-timezone", timezone)
    calendar.add("url", url)
    # How often subscribers' apps should fetch it again (RFC 7986, and Outlook's X- form).
    calendar.add("refresh-interval", refresh, parameters={"value": "DURATION"})
    calendar.add("x-published-ttl", vDuration(refresh).to_ical().decode())
    return calendar


def calendar_header(name, description, timezone, url, refresh):
    """The VCALENDAR's own properties, serialized without its END line."""
    text = calendar_properties(name, description, timezone, url, refresh).to_ical()
    return text[: text.rindex(b"END:VCALENDAR")]


def _property_name(line: str) -> str:
    return line.split(":", 1)[0].split(";", 1)[0].upper()


class CalendarHeaders:
    """calendar_header() for the calendars of one build, which differ only by name and URL.

    The properties every calendar of a description (a language's subtitle) shares are serialized
    once; each calendar serializes only its NAME, X-WR-CALNAME and URL, put where icalendar
    orders them (by property name, the same for every calendar).
    """

    OWN = ("NAME", "X-WR-CALNAME", "URL")

    def __init__(self, timezone, refresh):
        self.timezone, self.refresh = timezone, refresh
        self.shared = {}  # {description: [serialized line, or the name of an OWN property]}

    def header(self, name, description, url) -> bytes:
        own = self._own_lines(name, url)
        return b"".join(own[line] if isinstance(line, str) else line for line in self._shared(description))

    def _shared(self, description):
        if description not in self.shared:
            calendar = calendar_properties("", description, self.timezone, "", self.refresh)
            lines = [line for line in calendar.content_lines() if line][:-1]  # without END:VCALENDAR
            self.shared[description] = [
                _property_name(line) if _property_name(line) in self.OWN else line.to_ical() + b"\r\n" for line in lines
            ]
        return self.shared[description]

    @staticmethod
    def _own_lines(name, url):
        """{property name: serialized line} of a calendar's own properties, added as calendar_properties adds them."""
        calendar = Calendar()
        calendar.add("name", vText(name))
        calendar.add("x-wr-calname", vText(name))
        calendar.add("url", url)
        lines = [line for line in calendar.content_lines() if line][1:-1]  # without BEGIN and END
        return {_property_name(line): line.to_ical() + b"\r\n" for line in lines}


def assemble(header, timezones, events):
    """A whole calendar from serialized pieces: header, VTIMEZONEs, VEVENTs."""
    return b"".join([header, *timezones, *events, b"END:VCALENDAR\r\n"])
