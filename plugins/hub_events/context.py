"""The events part of the build's context: occurrences, lists, links, calendars."""

import datetime as dt
from dataclasses import dataclass, field, fields
from itertools import groupby

from hub_core import dates, recurrence
from hub_core.listing_pages import LANGUAGES
from hub_core.references import resolve_references
from hub_core.text import plain_text

from . import calendars, event_view, ics, links, rule_text
from .occurrences import event_zone, expand

NEXT_DATES = 10  # how many coming dates an event page lists


def event_lists(context, now, horizon_days):
    """Upcoming and past events and occurrences; `next_start`/`next_end` on each event."""
    resolve_references(context)
    events = [a for a in context.get("articles", []) if a.hub_type == "event"]
    events += umbrella_events(context)
    horizon = now + dt.timedelta(days=horizon_days)
    occurrences = expand(events, horizon)
    coming = [o for o in occurrences if o.end_instant() >= now]
    by_event = {}
    for occurrence in coming:
        by_event.setdefault(occurrence.event.slug, []).append(occurrence)
    for event in events:
        describe_dates(event, by_event.get(event.slug, []), now)
    upcoming = sorted((e for e in events if e.next_start is not None), key=lambda e: (dates.as_datetime(e.next_start, event_zone(e)), e.slug))
    first_start = {}
    for occurrence in occurrences:
        first_start.setdefault(occurrence.event.slug, occurrence.start_instant())
    past = sorted((e for e in events if e.next_start is None), key=lambda e: (first_start[e.slug], e.slug), reverse=True)
    context["events"] = events
    context["event_occurrences"] = occurrences
    context["upcoming_occurrences"] = coming
    context["upcoming_events"] = upcoming
    context["upcoming_by_month"] = by_month(next_of_each(coming))
    context["past_events"] = past
    context["past_events_by_year"] = [
        (year, list(group)) for year, group in groupby(past, key=lambda e: first_start[e.slug].year)
    ]
    return events, occurrences


def describe_dates(event, dates_ahead, now):
    """What the event's page says of its dates (`dates_ahead`: its coming occurrences, in order),
    on the event and its translations."""
    # The next date, even past the horizon: a yearly event is not "past" between two dates.
    found = recurrence.next_occurrence(event.start, event.end, getattr(event, "recurrence", None), now, event_zone(event))
    rule = (getattr(event, "recurrence", None) or {}).get("rule")
    for item in (event, *event.translations):
        item.recurrence_text = rule_text.describe(rule, item.lang) if rule else None
        item.upcoming_dates = dates_ahead[:NEXT_DATES]
        item.next_start, item.next_end = found or (None, None)
        if event.hub_type == "event":
            event_view.add_event_view(item, now)


def refresh_event(event, now, horizon_days):
    """One event's dates again (a file saved in the preview: hub_output.saved), as `event_lists`
    describes each: its own occurrences, from its own dates and rule."""
    horizon = now + dt.timedelta(days=horizon_days)
    describe_dates(event, [o for o in expand([event], horizon) if o.end_instant() >= now], now)


# What a mission lacks to be listed and subscribed to like an event.
MISSION_DEFAULTS = {"format": "in-person", "event_status": "scheduled", "all_day": True, "recurrence": None, "venue": None, "online": None}


def umbrella_events(context):
    """Missions, as all-day events spanning the trip (their stops' events inside)."""
    missions = [a for a in context.get("hidden_articles", []) if a.hub_type == "mission" and a.in_default_lang]
    for mission in missions:
        for item in (mission, *mission.translations):
            for name, value in MISSION_DEFAULTS.items():
                if getattr(item, name, None) is None:
                    setattr(item, name, value)
    return missions


def next_of_each(occurrences):
    """The first of each event's occurrences, in their order: a listing shows a recurring event
    once, at its next date (its card says how it recurs), so it has one card per event."""
    seen = set()
    kept = []
    for occurrence in occurrences:
        if occurrence.event.slug not in seen:
            seen.add(occurrence.event.slug)
            kept.append(occurrence)
    return kept


def by_month(occurrences):
    """[(first day of the month, [occurrences])], months in order.

    Each occurrence counts in the month of its own local start, which is not
    always the order of the instants (1 May in Paris is 30 April in Montréal).
    """
    months = {}
    for occurrence in occurrences:
        local_day = occurrence.start_instant().astimezone(occurrence.zone).date()
        months.setdefault(local_day.replace(day=1), []).append(occurrence)
    return sorted(months.items())


@dataclass(eq=False)  # compared by identity: translations point to each other
class CalendarLink:
    """A calendar as pages show it, in one language; `translations`: the same in the others.

    Templates take the one of their page with `calendar|in_language(lang)` (hub_site), as
    they do for an item.
    """

    family: str
    slug: str
    lang: str
    title: str  # in `lang` when `lang` has words for it, else French
    titles: dict  # {lang: title} for the languages that have words for it: French always
    name: str  # what it follows (a region, a group, an event…) in `lang` when known, else French; else the title
    name_lang: str  # the language of `name`
    url: str  # relative .ics address
    absolute: str
    webcal: str
    google: str
    translations: list = field(default_factory=list)

    def fingerprint_state(self) -> dict:
        """What hub_output's fingerprint hashes instead of the attributes: this link and every link
        reached through `translations`, each with its fields and its translations by position
        (the links of one calendar are each other's translations: a cycle, which a fingerprint
        writes again in full wherever it meets it, and never keeps)."""
        group, seen = [], set()
        waiting = [self]
        while waiting:
            link = waiting.pop(0)
            if id(link) not in seen:
                seen.add(id(link))
                group.append(link)
                waiting.extend(link.translations)
        position = {id(link): number for number, link in enumerate(group)}
        links = []
        for link in group:
            state = {entry.name: getattr(link, entry.name) for entry in fields(link) if entry.name != "translations"}
            state["translations"] = [position[id(other)] for other in link.translations]
            links.append(state)
        return {"links": links}


def calendar_link(calendar, public_url):
    """The CalendarLink of one calendars.CalendarFile."""
    absolute = f"{public_url}/{calendar.path}"
    lang = calendar.lang
    if any(calendar.names.values()):
        name_lang = lang if lang in calendar.names else "fr"
        name = calendar.names[name_lang]
    else:  # the whole site: its title says it
        name_lang = lang if lang in calendar.titles else "fr"
        name = calendar.titles[name_lang]
    return CalendarLink(
        family=calendar.family,
        slug=calendar.slug,
        lang=lang,
        title=calendar.title,
        titles=calendar.titles,
        name=name,
        name_lang=name_lang,
        url=calendar.path,
        absolute=absolute,
        webcal=links.webcal(absolute),
        google=links.google_subscribe(absolute),
    )


def add_calendar_links(context, events, files, public_url, words):
    """Which calendars each page declares: `calendars` on events and directory entries.

    An item gets the calendars of its own language; the lists of the context (`all_calendars`,
    `site_calendar`, `region_calendars`, `category_calendars`) hold the French ones, each
    with its English translation. Returns the links by (family, slug, lang).
    """
    by_key = {(f.family, f.slug, f.lang): calendar_link(f, public_url) for f in files}
    versions = {}
    for (family, slug, _lang), link in by_key.items():
        versions.setdefault((family, slug), []).append(link)
    for same in versions.values():
        for link in same:
            link.translations = [other for other in same if other is not link]
    french = {(family, slug): link for (family, slug, lang), link in by_key.items() if lang == "fr"}
    context["all_calendars"] = list(french.values())
    context["site_calendar"] = french.get(("all", ""))
    context["region_calendars"] = {slug: link for (family, slug), link in french.items() if family == "region"}
    context["category_calendars"] = {slug: link for (family, slug), link in french.items() if family == "category"}
    for event in events:
        add_event_calendars(event, by_key, public_url, words)
    for entry in context.get("hidden_pages", []):
        for item in (entry, *getattr(entry, "translations", [])):
            info = by_key.get(("organizer", entry.slug, item.lang if item.lang in LANGUAGES else "fr"))
            item.calendars = [info] if info else []
    return by_key


def refresh_calendar_links(by_key, event, public_url, words):
    """The preview: `by_key` with the saved event's own calendar links made again (their titles
    are its title) and a link for any calendar it now belongs to that had none."""
    fresh = {}
    for file in calendars.plan([event], words):
        key = (file.family, file.slug, file.lang)
        if file.family in calendars.OWN_FILES or key not in by_key:
            fresh[key] = calendar_link(file, public_url)
    for (family, slug, _lang), link in fresh.items():
        link.translations = [other for (f, s, _l), other in fresh.items() if (f, s) == (family, slug) and other is not link]
    by_key.update(fresh)


def add_event_calendars(event, by_key, public_url, words):
    """The calendars an event's pages declare (its own file first, then its region's,
    organizer's and category's), and its add-to-calendar links; `by_key`: (family, slug, lang) →
    CalendarLink, as `add_calendar_links` makes them."""
    families = calendars.named(calendars.ITEM_CALENDARS)
    for item in (event, *event.translations):
        lang = item.lang if item.lang in LANGUAGES else "fr"
        own = [by_key[(family.name, slug, lang)] for family in families for slug, _names in family.keys(event)]
        item.calendars = own
        item.calendar_file = next(link.url for link in own if link.family in calendars.OWN_FILES)
        item.add_to_calendar = add_to_calendar(item, event, public_url, item.calendar_file, words)


def add_to_calendar(item, event, public_url, own_file, words):
    """The item's own .ics, a Google Calendar link and an Outlook link, in the item's language.

    `item` is the event or one of its translations; `event` the original, whose status and
    format give the place's words.
    """
    page = f"{public_url}/{item.url}"
    location = ics.location_text(event, words, item.lang if item.lang in LANGUAGES else "fr")
    details = plain_text(item.summary)
    return {
        "ics": own_file,
        "google": links.google_event(item, page, location, details),
        "outlook": links.outlook_event(item, page, location, details),
    }
