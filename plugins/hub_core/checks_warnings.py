"""Reminders of `hub check`: warnings that depend on "now".

They never fail a check and never stop a build (the build does not run them):
- an event that is over, still `scheduled`, with no `attendance`: say how many
  came, or that it was cancelled or postponed;
- a replay whose `until` date is past: the recording is gone;
- an event title that says its status (« annulé », "postponed"…): the site adds the status
  before the title itself (« ANNULÉ — »), so it goes in `event_status`, not in the title;
- an imported event, still scheduled, that its calendar no longer lists (`source.missing`,
  written by `hub import`): cancelled, moved, or only taken off?

(Placeholders left by `hub new` are the file's own problems: see placeholders.py.)

Time reminders are given only for files without errors (fix those first), and
for a translation only when its original is not there to carry them.
"""

import datetime as dt
import re
import unicodedata
from collections.abc import Iterable, Set
from zoneinfo import ZoneInfo

from . import dates
from .i18n import message_catalogs, status_title
from .items import Item
from .problems import WARNING, Problem
from .recurrence import occurrences
from .settings import DEFAULT_TIMEZONE
from .shapes import Values

ORIGINAL_LANGUAGE = "fr"
# Words of a title that say a status (accents and case ignored); what the site puts before the
# title of an event with that status is the catalog's (i18n.STATUS_TITLES: « ANNULÉ — … »).
STATUS_WORDS = {
    "cancelled": frozenset({"annule", "annulee", "annules", "annulees", "cancelled", "canceled"}),
    "postponed": frozenset({"reporte", "reportee", "reportes", "reportees", "postponed"}),
}


def warning_problems(
    items: Iterable[Item], now: dt.datetime, timezone: str = DEFAULT_TIMEZONE, erroneous: Set[str] = frozenset(),
) -> list[Problem]:
    """Reminder warnings for checked items, at `now` (an aware datetime).

    `erroneous`: paths of files with errors (their own or across files), which
    get no time reminders.
    """
    site_zone = dates.zone(timezone)
    originals = {item.key for item in items if item.lang == ORIGINAL_LANGUAGE}
    problems = []
    for item in sorted(items, key=lambda i: i.path):
        if item.content_type == "event" and item.path not in erroneous and item.is_valid:
            problems += title_status_problems(item)
        if item.content_type != "event" or item.path in erroneous or not item.is_valid or item.values.get("status") == "draft":
            continue
        if item.lang != ORIGINAL_LANGUAGE and item.key in originals:
            continue
        problems += event_reminders(item, now, site_zone)
    return problems


def event_reminders(item: Item, now: dt.datetime, site_zone: ZoneInfo) -> list[Problem]:
    values = item.values
    zone = dates.zone(values["timezone"]) if values.get("timezone") else site_zone
    found = []
    if values.get("event_status", "scheduled") == "scheduled" and "attendance" not in values:
        last_end = last_occurrence_end(values)
        if last_end is not None and dates.end_instant(last_end, zone) < now:
            line = item.line_of(("end",) if values.get("end_written") else ("start",))
            found.append(Problem(item.path, line, "attendance", "past_event_still_scheduled", {}, WARNING))
    missing = (values.get("source") or {}).get("missing")
    if isinstance(missing, dt.date) and values.get("event_status", "scheduled") == "scheduled":
        params = {"value": missing.isoformat(), "name": values["source"].get("name", "")}
        found.append(Problem(item.path, item.line_of(("source", "missing")), "source.missing", "imported_event_missing", params, WARNING))
    until = (values.get("replay") or {}).get("until")
    if isinstance(until, dt.date) and until < now.astimezone(zone).date():
        line = item.line_of(("replay", "until"))
        found.append(Problem(item.path, line, "replay.until", "replay_expired", {"value": until.isoformat()}, WARNING))
    return found


def last_occurrence_end(values: Values) -> dates.When | None:
    """The end of an event's last occurrence; None for a rule that never ends."""
    start, end, recurrence = values.get("start"), values.get("end"), values.get("recurrence")
    if start is None or end is None:
        return None
    if recurrence and not (recurrence.get("until") or recurrence.get("count")):
        return None
    last = None
    for _begin, finish in occurrences(start, end, recurrence):
        last = finish
    return last


def _folded(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word).casefold()
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def status_in_title(title: str | None) -> tuple[str, str] | None:
    """(status, the word as written) when the title says a status, else None."""
    for word in re.findall(r"\w+", title or ""):
        for status, words in STATUS_WORDS.items():
            if _folded(word) in words:
                return status, word
    return None


def title_status_problems(item: Item) -> list[Problem]:
    """A title that repeats its status, or says one that `event_status` does not give."""
    found = status_in_title(item.values.get("title"))
    if found is None:
        return []
    status, word = found
    written = item.values.get("event_status", "scheduled")
    params = {"word": word, "status": status, "value": written,
              "prefix": status_title(message_catalogs(), item.lang, status, "").rstrip()}  # fmt: skip
    code = "title_repeats_status" if written == status else "title_status_not_set"
    return [Problem(item.path, item.line_of(("title",)), "title", code, params, WARNING)]

