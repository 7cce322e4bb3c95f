"""EventsGenerator: the events context, then the .ics files and calendar pages."""

import datetime as dt
from typing import Any

from pelican.generators import Generator

from hub_core import dates
from hub_core.i18n import Catalogs, load_catalogs, translations_directory
from hub_core.listing_pages import LANGUAGES, write_listing
from hub_core.references import resolve_items
from hub_core.settings import DEFAULT_DURATION, plugin_settings, site_timezone
from hub_core.shapes import Content, Writer
from hub_core.site import site_from_settings
from hub_core.typography import typeset
from hub_core.writer import file_writer

from . import calendars, context as events_context, ics, jsonld, month
from .facets import facets, in_order
from .vtimezone import vtimezone

DEFAULTS = {
    "horizon_days": 730,  # recurring events are expanded this far ahead of "now"
    "refresh_hours": 6,  # how often subscribed calendar apps should fetch again
    "default_duration": DEFAULT_DURATION,  # minutes a timed event without `end` lasts (hub_core.settings.default_duration)
}


class EventsGenerator(Generator):
    """Runs after Pelican's own generators (articles and pages are known)."""

    def generate_context(self) -> None:
        self.options = plugin_settings(self.settings, "HUB_EVENTS", DEFAULTS)
        self.output_files = file_writer(self.context, self.output_path)
        now = self.context["HUB_NOW"]
        self.public_url = self.settings["PUBLIC_SITEURL"].rstrip("/")
        self.events, self.occurrences = events_context.event_lists(self.context, now, self.options["horizon_days"])
        self.words = Catalogs(load_catalogs(translations_directory(self.settings)), self.settings.get("DEFAULT_LANG") or "fr")
        self.files = calendars.plan(self.events, self.words)
        self.calendar_links = events_context.add_calendar_links(self.context, self.events, self.files, self.public_url, self.words)
        everything = [*self.events, *(t for e in self.events for t in e.translations)]
        jsonld.add_jsonld(everything, self.public_url, self.settings["SITENAME"])
        self.months = [page for lang in LANGUAGES for page in month.month_pages(self.occurrences, now.date(), lang)]
        site, _problems = site_from_settings(self.settings)  # problems: reported by hub_frontmatter
        self.facets = facets(self.context["upcoming_occurrences"], site.terms)
        # {lang: {group: [Facet]}}: a page lists the facets in the order of its language's titles
        self.context["event_facets"] = {lang: in_order(self.facets, lang) for lang in LANGUAGES}

    def refresh_items(self, items: list[Content]) -> None:
        """The preview (hub_output.saved): saved events, read again into the model, get again
        what this generator derives for each (dates, references, calendars, JSON-LD). What they
        change in the site's lists (order, calendars' contents) waits for the full build."""
        saved = {id(item) for item in items}
        events = [e for e in self.events if e.hub_type == "event" and any(id(i) in saved for i in (e, *e.translations))]
        if not events:
            return
        everything = [*events, *(t for e in events for t in e.translations)]
        resolve_items(everything, self.context)
        for event in events:
            events_context.refresh_event(event, self.context["HUB_NOW"], self.options["horizon_days"])
            events_context.refresh_calendar_links(self.calendar_links, event, self.public_url, self.words)
            events_context.add_event_calendars(event, self.calendar_links, self.public_url, self.words)
        jsonld.add_jsonld(everything, self.public_url, self.settings["SITENAME"])

    def generate_output(self, writer: Writer) -> None:
        self.output_files.follow(writer)
        self.output_files.later([calendar.path for calendar in self.files], "hub_events", self.write_calendars)
        template = self.get_template("events/month")
        for page in self.months:
            writer.write_file(page["save_as"], template, self.context, month=page, url=page["url"], lang=page["lang"])
        template = self.get_template("events")
        for facet in (f for group in self.facets.values() for f in group):
            write_listing(writer, facet.url, template, self.context, facet=facet)

    def write_calendars(self) -> None:
        """Each VEVENT (in each language) and VTIMEZONE serialized once, then assembled into every
        calendar. In an incremental build, a calendar made from the same inputs as in the last
        build is taken from output/ (`FileWriter.take`), and its pieces are not serialized.
        Run with the pages (`FileWriter.later`), on whichever process of the build is free."""
        domain = self.settings["SITE_DOMAIN"]
        pieces: dict[int, tuple[dict[str, bytes], list[Any]]] = {}  # id(event) -> ({lang: its VEVENT}, the objects it read)
        spans = self.timezone_spans()
        zones: dict[str, bytes] = {}
        refresh = dt.timedelta(hours=self.options["refresh_hours"])
        headers = ics.CalendarHeaders(site_timezone(self.settings), refresh)
        subtitles = {"fr": self.settings.get("SITESUBTITLE", ""), "en": self.settings.get("SITESUBTITLE_EN") or self.settings.get("SITESUBTITLE", "")}
        for calendar in self.files:
            name = f"{calendar.title} — {self.settings['SITENAME']}"
            url = f"{self.public_url}/{calendar.path}"
            description = typeset(subtitles[calendar.lang], calendar.lang)
            used = sorted({ics.tzid_of(e) for e in calendar.events} - {None})
            inputs = calendar_inputs(calendar, (name, description, url), {z: spans[z] for z in used})
            if self.output_files.take(calendar.path, "hub_events", inputs):
                continue
            header = headers.header(name, description, url)
            for event in calendar.events:
                if id(event) not in pieces:
                    with self.output_files.reading() as read:  # the event, its translation, a venue's entry…
                        texts = ics.vevents(event, self.public_url, domain, self.words, LANGUAGES)
                    pieces[id(event)] = (texts, list(read.values()))
            for zone in used:
                if zone not in zones:
                    zones[zone] = vtimezone(zone, *spans[zone]).to_ical()
            body = ics.assemble(header, [zones[z] for z in used], [pieces[id(e)][0][calendar.lang] for e in calendar.events])
            objects = [*inputs["items"], *(obj for e in calendar.events for obj in pieces[id(e)][1])]
            self.output_files.write(calendar.path, body, "hub_events", inputs, objects)

    def timezone_spans(self) -> dict[str, tuple[dt.date, dt.date]]:
        """(first day, last day) of each time zone used: its VTIMEZONE covers every occurrence."""
        spans: dict[str, tuple[dt.date, dt.date]] = {}  # time zone -> (first day, last day)
        for occurrence in self.occurrences:
            tzid = ics.tzid_of(occurrence.event)
            if tzid:
                first, last = spans.get(tzid, (occurrence.start.date(), occurrence.end.date()))
                spans[tzid] = (min(first, occurrence.start.date()), max(last, occurrence.end.date()))
        for event in self.events:  # a rule's last dates may lie past the horizon
            rule = getattr(event, "recurrence", None) or {}
            tzid = ics.tzid_of(event)
            if tzid and rule.get("until"):
                first, last = spans[tzid]
                spans[tzid] = (first, max(last, rule["until"]))
        return spans


def calendar_inputs(calendar: calendars.CalendarFile, header: tuple[str, str, str], spans: dict[str, tuple[dt.date, dt.date]]) -> dict[str, Any]:
    """What a calendar file is made from beyond the code, theme, settings and data files (in the
    build fingerprint): its path, language and header (its name, description and address: the
    rest of it is settings), its time zones' spans, and its events with
    their translations (a VEVENT reads the event's and its translation's attributes, ics.py; the
    content objects its VEVENTs read besides are recorded while they are serialized)."""
    items = [item for event in calendar.events for item in (event, *event.translations)]
    return {"calendar": (calendar.path, calendar.lang, header), "zones": sorted(spans.items()), "items": items}
