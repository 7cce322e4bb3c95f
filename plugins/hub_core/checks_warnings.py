"""Reminders of `hub check`: warnings that depend on "now" or on scaffolding.

They never fail a check and never stop a build (the build does not run them):
- an event that is over, still `scheduled`, with no `attendance`: say how many
  came, or that it was cancelled or postponed;
- a replay whose `until` date is past: the recording is gone;
- a value left as the placeholder `hub new` writes (PLACEHOLDER);
- an imported event, still scheduled, that its calendar no longer lists (`source.missing`,
  written by `hub import`): cancelled, moved, or only taken off?

Time reminders are given only for files without errors (fix those first), and
for a translation only when its original is not there to carry them.
"""

import datetime as dt

from . import dates
from .problems import WARNING, Problem, label
from .recurrence import occurrences

PLACEHOLDER = "À compléter"  # what `hub new` writes where only the editor knows the value
ORIGINAL_LANGUAGE = "fr"


def warning_problems(items, now, timezone="America/Toronto", erroneous=frozenset()):
    """Reminder warnings for checked items, at `now` (an aware datetime).

    `erroneous`: paths of files with errors (their own or across files), which
    get no time reminders.
    """
    site_zone = dates.zone(timezone)
    originals = {item.key for item in items if item.lang == ORIGINAL_LANGUAGE}
    problems = []
    for item in sorted(items, key=lambda i: i.path):
        problems += placeholder_problems(item)
        if item.kind != "event" or item.path in erroneous or not item.is_valid or item.values.get("status") == "draft":
            continue
        if item.lang != ORIGINAL_LANGUAGE and item.key in originals:
            continue
        problems += event_reminders(item, now, site_zone)
    return problems


def event_reminders(item, now, site_zone):
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


def last_occurrence_end(values):
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


def placeholder_problems(item):
    """Every value still equal to PLACEHOLDER, and body lines starting with it, at their line."""
    found = []
    for keypath, value in _strings(item.values, ()):
        if value.strip() == PLACEHOLDER:
            found.append(Problem(item.path, item.line_of(keypath), label(keypath), "placeholder_left", {"value": value}, WARNING))
    for index, line in enumerate(item.body.splitlines()):
        if line.startswith(PLACEHOLDER):
            found.append(Problem(item.path, item.body_line + index, "", "placeholder_left", {"value": line.strip()}, WARNING))
    return found


def _strings(value, keypath):
    if isinstance(value, str):
        yield keypath, value
    elif isinstance(value, dict):
        for key in value:
            yield from _strings(value[key], keypath + (key,))
    elif isinstance(value, list):
        for index, element in enumerate(value):
            yield from _strings(element, keypath + (index,))
