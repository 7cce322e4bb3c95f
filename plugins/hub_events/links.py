"""Links that put an event, or a whole calendar, in someone's calendar app."""

import datetime as dt
from urllib.parse import quote, urlencode, urlsplit

from hub_core import dates

GOOGLE_EVENT = "https://calendar.google.com/calendar/render"
OUTLOOK_EVENT = "https://outlook.live.com/calendar/0/action/compose"
DETAILS_LENGTH = 500  # long query strings break some browsers


def webcal(absolute_url):
    """`https://host/x.ics` → `webcal://host/x.ics`: calendar apps subscribe to it."""
    parts = urlsplit(absolute_url)
    return "webcal://" + parts.netloc + parts.path


def google_subscribe(absolute_url):
    return GOOGLE_EVENT + "?cid=" + quote(webcal(absolute_url), safe="")


def _google_dates(event):
    if event.all_day:
        end = event.end + dt.timedelta(days=1)
        return f"{event.start:%Y%m%d}/{end:%Y%m%d}"
    start, end = (v.astimezone(dates.UTC) for v in (event.start, event.end))
    return f"{start:%Y%m%dT%H%M%SZ}/{end:%Y%m%dT%H%M%SZ}"


def google_event(event, page_url, location, details):
    query = {
        "action": "TEMPLATE",
        "text": event.title,
        "dates": _google_dates(event),
        "details": (details[:DETAILS_LENGTH] + "\n\n" + page_url).strip(),
        "location": location,
    }
    if not event.all_day and hasattr(event.start.tzinfo, "key"):
        query["ctz"] = event.start.tzinfo.key
    return GOOGLE_EVENT + "?" + urlencode(query, quote_via=quote)


def outlook_event(event, page_url, location, details):
    if event.all_day:
        start, end = event.start.isoformat(), (event.end + dt.timedelta(days=1)).isoformat()
    else:
        start, end = event.start.isoformat(), event.end.isoformat()
    query = {
        "path": "/calendar/action/compose",
        "rru": "addevent",
        "subject": event.title,
        "startdt": start,
        "enddt": end,
        "allday": "true" if event.all_day else "false",
        "body": (details[:DETAILS_LENGTH] + "\n\n" + page_url).strip(),
        "location": location,
    }
    return OUTLOOK_EVENT + "?" + urlencode(query, quote_via=quote)
