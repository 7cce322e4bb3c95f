"""Checks of the library's fields on one item: `resources` (on every article type),
`exhibitors` and `survey` (events), beyond what the field table checks by itself.

- a resource names `url` or `file`, not both, not neither;
- `access: registrants` goes with the `url` of the platform that checks registration:
  a file copied to the site is public, and the site never pretends to protect it;
- `until` (a resource's, the survey's) is never before the item's start (an event, a
  mission) or its publication date (a post, a chronicle, a trip report);
- an exhibitor has a `name` or a `directory` entry (whose existence is checked across
  files, hub_core.crosscheck).

Registered with hub_core by being here (hub_core.registry): hub_core.validate calls
`check_item` on every item, after the field table's own checks.
"""

import datetime as dt
from collections.abc import Callable

from hub_core.problems import ERROR

WRITTEN = object()


def check_item(report: Callable, content_type: str, values: dict, data: dict) -> None:
    """Report the problems of `resources`, `exhibitors` and `survey` through `report`."""
    first_day, what = _first_day(content_type, values)
    for path, resource, written in resource_lists(values, data):
        _check_resource(report, path, resource, written, first_day, what)
    for index, exhibitor in enumerate(values.get("exhibitors", [])):
        if not exhibitor.get("name") and not exhibitor.get("directory") and not _written(data, ("exhibitors", index), ("name", "directory")):
            report(("exhibitors", index), "exhibitor_needs_name")
    until = (values.get("survey") or {}).get("until")
    _check_until(report, ("survey", "until"), until, first_day, what)


def resource_lists(values: dict, data: dict):
    """(keypath, resource, raw mapping) of each resource of the item and of its exhibitors."""
    for index, resource in enumerate(values.get("resources", [])):
        yield ("resources", index), resource, _raw(data, ("resources", index))
    for position, exhibitor in enumerate(values.get("exhibitors", [])):
        for index, resource in enumerate(exhibitor.get("resources", [])):
            keypath = ("exhibitors", position, "resources", index)
            yield keypath, resource, _raw(data, keypath)


def _check_resource(report, path, resource, raw, first_day, what):
    url_written = "url" in resource or _present(raw, "url")
    file_written = "file" in resource or _present(raw, "file")
    if not url_written and not file_written:
        report(path, "resource_needs_target")
    elif url_written and file_written:
        report(path + ("file",), "resource_url_and_file")
    elif resource.get("access") == "registrants" and file_written:
        report(path + ("access",), "registrants_file")
    _check_until(report, path + ("until",), resource.get("until"), first_day, what)


def _check_until(report, keypath, until, first_day, what):
    if isinstance(until, dt.date) and first_day is not None and until < first_day:
        report(keypath, what, ERROR, value=until.isoformat(), start=first_day.isoformat())


def _first_day(content_type, values):
    """The day resources cannot end before, and the problem code that names it."""
    if content_type in ("event", "mission") and values.get("start") is not None:
        return _day(values["start"]), "until_before_start"
    if values.get("date") is not None:
        return _day(values["date"]), "until_before_date"
    return None, None


def _day(value):
    return value.date() if isinstance(value, dt.datetime) else value


def _raw(data, keypath):
    """The mapping an editor wrote at keypath of the front matter, or None."""
    value = data
    for part in keypath:
        if isinstance(part, int):
            if isinstance(value, list) and part < len(value):
                value = value[part]
            elif part == 0 and isinstance(value, dict):
                continue  # a single mapping taken as a one-item list
            else:
                return None
        elif isinstance(value, dict):
            value = value.get(part)
        else:
            return None
    return value if isinstance(value, dict) else None


def _present(raw, name):
    value = raw.get(name) if raw else None
    return value is not None and not (isinstance(value, str) and not value.strip())


def _written(data, keypath, names):
    raw = _raw(data, keypath)
    return any(_present(raw, name) for name in names)
