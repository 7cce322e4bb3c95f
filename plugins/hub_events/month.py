"""The month calendar: one page per month, weeks from Monday, events on each day they cover.

Pure functions of the occurrences (already expanded and bounded by the caller) and of
"today" (a date): no clock, no Pelican, no HTML. The template is events/month.html.
"""

import calendar
import datetime as dt

from babel.dates import format_date, get_day_names

from hub_core import dates, urls

_WEEK = calendar.Calendar(firstweekday=calendar.MONDAY)


def month_grid(year, month, occurrences, today, lang="fr", by_day=None):
    """One month: title, weekday names, weeks of 7 day cells, and the days that have entries.

    An entry is one occurrence on one day it covers: a multi-day occurrence is on each of
    its days (`continues` after the first), in its own time zone. A day's entries are
    sorted by start, then title. Days of the weeks outside the month carry entries too.
    `by_day`: the entries of `occurrences` by day (`entries_by_day`), when the caller has them.
    """
    first_day = dt.date(year, month, 1)
    weeks_of_dates = _WEEK.monthdatescalendar(year, month)
    if by_day is None:
        by_day = entries_by_day(occurrences, lang)
    weeks = [
        [
            {
                "date": day,
                "in_month": day.month == month,
                "is_today": day == today,
                "is_past": day < today,  # as of the build: the daily rebuild moves it on
                "entries": by_day.get(day, []),
            }
            for day in week
        ]
        for week in weeks_of_dates
    ]
    days = [
        {
            "date": cell["date"],
            "label": day_label(cell["date"], lang),
            "is_today": cell["is_today"],
            "is_past": cell["is_past"],
            "entries": cell["entries"],
        }
        for week in weeks
        for cell in week
        if cell["in_month"] and cell["entries"]
    ]
    return {
        "year": year,
        "month": month,
        "lang": lang,
        "first_day": first_day,
        "title": month_title(first_day, lang),
        "weekdays": weekdays(lang),
        "weeks": weeks,
        "days": days,
    }


def month_pages(occurrences, today, lang="fr"):
    """One page per month, from the earliest occurrence to the later of the last one and today.

    The current month is also written at `calendrier/` (its `canonical` is the dated page),
    appended last. Months without events get a page, so previous/next links never break.
    """
    occurrences = list(occurrences)
    by_day = entries_by_day(occurrences, lang)  # once for all months: each occurrence's days worked out once
    this_month = (today.year, today.month)
    first, last = this_month, this_month
    if by_day:
        earliest, latest = min(by_day), max(by_day)
        first = min(first, (earliest.year, earliest.month))
        last = max(last, (latest.year, latest.month))
    months = list(_months(first, last))
    base = urls.page_url("calendar", lang)
    pages = []
    for year, month in months:
        url = f"{base}{year:04d}/{month:02d}/"
        pages.append(
            {
                "year": year,
                "month": month,
                "lang": lang,
                "url": url,
                "save_as": url + "index.html",
                "canonical": url,
                "is_current": (year, month) == this_month,
                "grid": month_grid(year, month, occurrences, today, lang, by_day),
                "previous": None,
                "next": None,
            }
        )
    for before, after in zip(pages, pages[1:]):
        after["previous"] = _link(before)
        before["next"] = _link(after)
    current = next(page for page in pages if page["is_current"])
    pages.append(dict(current, url=base, save_as=base + "index.html"))
    return pages


# --- Words --------------------------------------------------------------------


def month_title(first_day, lang="fr"):
    """`Décembre 2026`; `December 2026`."""
    text = dates.format_month(first_day, lang)
    return text[:1].upper() + text[1:]


def weekdays(lang="fr"):
    """Monday first: [{"short": "lun.", "long": "lundi"}, …]."""
    locale = dates.LOCALES.get(lang, "fr_CA")
    short = get_day_names("abbreviated", locale=locale)
    long = get_day_names("wide", locale=locale)
    return [{"short": short[n], "long": long[n]} for n in range(7)]


def day_label(day, lang="fr"):
    """`jeudi 3 décembre`, `mardi 1er décembre`; `Thursday, December 3`."""
    locale = dates.LOCALES.get(lang, "fr_CA")
    if lang == "en":
        return format_date(day, "EEEE, MMMM d", locale=locale)
    number = "1er" if day.day == 1 else str(day.day)
    return f"{format_date(day, 'EEEE', locale=locale)} {number} {format_date(day, 'MMMM', locale=locale)}"


# --- Helpers ------------------------------------------------------------------


def entries_by_day(occurrences, lang="fr"):
    """{date: [entry, …]} for every day an occurrence covers, each day's entries in order."""
    found = {}
    for occurrence in occurrences:
        covered = occurrence.days()
        for day in covered:
            found.setdefault(day, []).append(_entry(occurrence, day, covered, lang))
    for entries in found.values():
        entries.sort(key=_entry_order)
    return found


def _entry(occurrence, day, covered, lang):
    event = occurrence.event
    time = None
    if not occurrence.all_day:
        time = dates.format_clock(occurrence.start.astimezone(occurrence.zone).time(), lang)
    return {
        "occurrence": occurrence,
        "event": event,
        "time": time,
        "continues": day != covered[0],
        "first_day": day == covered[0],
        "last_day": day == covered[-1],
        "multi_day": len(covered) > 1,
        "cancelled": getattr(event, "event_status", None) == "cancelled",
    }


def _entry_order(entry):
    occurrence = entry["occurrence"]
    event = entry["event"]
    return (
        occurrence.start_instant(),
        str(getattr(event, "title", "")).casefold(),
        str(getattr(event, "slug", "")),
        getattr(occurrence, "index", 0),
    )


def _months(first, last):
    year, month = first
    while (year, month) <= last:
        yield year, month
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)


def _link(page):
    return {"url": page["url"], "title": page["grid"]["title"]}
