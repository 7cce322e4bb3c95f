"""Check one item's front matter against the content model and type it.

`validate(content_type, front_matter, site, path)` returns the typed values and every
problem found; it never raises and never stops at the first problem.
"""

import dataclasses
import datetime as dt
import difflib
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from babel import Locale
from dateutil.rrule import rrulestr
from icalendar.prop import vRecur

from . import dates, limits, registry
from .header import FrontMatter
from .i18n import N_, words
from .model import Field, fields_of
from .places import Places, Region
from .problems import ERROR, WARNING, Problem, ProblemError, label
from .settings import DEFAULT_DURATION, DEFAULT_TIMEZONE
from .shapes import KeyPath, Values

if TYPE_CHECKING:
    from .terms import Terms  # terms imports items, which imports this module

FREQ_MISSING = N_("FREQ manque")  # why a rule without FREQ= is refused (a phrase of the rrule problem)

SLUG_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[a-zA-Z]{2,}$")
INTEGER_RE = re.compile(r"^\d+$")
NUMBER_RE = re.compile(r"^\d+(?:[.,]\d+)?$")
COORDINATE_RE = re.compile(r"^[-−]?\d+(?:[.,]\d+)?$")
COORDINATE_RANGES = {"latitude": (-90, 90), "longitude": (-180, 180)}
COUNTRIES = frozenset(code for code in Locale("en").territories if isinstance(code, str) and len(code) == 2 and code.isalpha())
MISSING = object()  # what `convert` returns for a value it reported
# Where an imported event may stay incomplete (a warning, not an error): its calendar gave no
# place, or one whose town the site does not know.
IMPORTED_MAY_LACK = frozenset({("venue",), ("venue", "city")})


Invalid = ProblemError  # the old name, kept for the code that imports it


@dataclass(frozen=True)
class Site:
    """What validation needs to know about the site."""

    places: Places
    timezone: str = DEFAULT_TIMEZONE
    images: frozenset[str] = frozenset()  # paths under content/images/
    files: frozenset[str] = frozenset()  # paths under content/files/ (resources' `file`)
    default_duration: int = DEFAULT_DURATION  # minutes, for timed events without an end
    terms: "Terms | None" = None  # English names of categories and columns
    plugins: frozenset[str] | None = None  # names of the settings' PLUGINS whose checks run; None: every plugin


class _Check:
    def __init__(self, path: str, front_matter: FrontMatter, site: Site) -> None:
        self.path = path
        self.front_matter = front_matter
        self.site = site
        self.problems: list[Problem] = []
        self.tz = dates.zone(site.timezone)

    def report(self, keypath: KeyPath, code: str, severity: str = ERROR, **params: object) -> None:
        line = self.front_matter.line_of(keypath)
        self.problems.append(Problem(self.path, line, label(keypath), code, params, severity))

    # --- Generic walking of the field table ------------------------------

    def fields(self, table: Mapping[str, Field], data: Mapping[str, object], keypath: KeyPath) -> Values:
        """Values of a mapping described by `table` (name -> Field)."""
        unknown = [key for key in data if key not in table]
        values: Values = {}
        for name, spec in table.items():
            raw = data.get(name)
            if raw is None or (isinstance(raw, str) and not raw.strip()) or raw == [] or raw == {}:
                typo = self.misspelled(spec, unknown, keypath) if raw is None else None
                if typo is not None:
                    unknown.remove(typo)
                else:
                    self.absent(spec, table, data, keypath, empty=raw is not None)
                if spec.default is not None:
                    values[name] = list(spec.default) if isinstance(spec.default, tuple) else spec.default
                continue
            value = self.convert(spec, raw, keypath + (name,))
            if value is not MISSING:
                values[name] = value
        for key in unknown:
            self.unknown(key, table, data, keypath)
        return values

    def misspelled(self, spec: Field, unknown: list[str], keypath: KeyPath) -> str | None:
        """A missing required field written with a typo (`titel:`): said on the typo's line; the key, or None."""
        if not spec.required:
            return None
        close = difflib.get_close_matches(spec.name, [str(key) for key in unknown], n=1, cutoff=0.6)
        if not close:
            return None
        typo = next(key for key in unknown if str(key) == close[0])
        line = self.front_matter.line_of(keypath + (typo,))
        self.problems.append(Problem(self.path, line, label(keypath + (spec.name,)), "required_misspelled", {"value": close[0], "line": line, "field": spec.name}))
        return typo

    def absent(self, spec: Field, table: Mapping[str, Field], data: Mapping[str, object], keypath: KeyPath, empty: bool) -> None:
        """Report a required field that is missing or empty."""
        if keypath + (spec.name,) in IMPORTED_MAY_LACK and self.front_matter.data.get("source"):
            # An event `hub import` brought: its calendar did not say where; a warning asks for it.
            if spec.required or str(data.get("format") or "in-person").strip() in ("in-person", "hybrid"):
                self.report(keypath + (spec.name,), "imported_missing", WARNING)
            return
        if spec.required:
            self.report(keypath + (spec.name,), "empty" if empty else "required")
        elif spec.required_when:
            other, choices = spec.required_when
            written = data.get(other)
            if written in (None, ""):
                written = table[other].default
            if written is not None and (not choices or written in choices):
                self.report(keypath + (spec.name,), "required_when", other=other, value=written)

    def unknown(self, key: str, table: Mapping[str, Field], data: Mapping[str, object], keypath: KeyPath) -> None:
        """A key the model does not know: a warning naming the closest field, an error when
        that field changes what subscribers see (`event_stauts` leaves the event scheduled)."""
        close = difflib.get_close_matches(str(key), list(table), n=1, cutoff=0.6)
        if not close:
            self.report(keypath + (key,), "unknown_field_no_suggestion", WARNING)
            return
        spec = table[close[0]]
        if not spec.without:
            self.report(keypath + (key,), "unknown_field", WARNING, suggestion=close[0])
        elif close[0] in data:  # both written: which one was meant?
            first = self.front_matter.line_of(keypath + (close[0],))
            self.report(keypath + (key,), "unknown_field_seen_twice", suggestion=close[0], first=first)
        else:
            without, without_en = words("fr", spec.without), words("en", spec.without)
            self.report(keypath + (key,), "unknown_field_seen", suggestion=close[0], without=without, without_en=without_en)

    def convert(self, spec: Field, raw: object, keypath: KeyPath) -> object:
        if spec.type == "either":
            chosen = spec.mapping if isinstance(raw, dict) else spec.scalar
            assert chosen is not None, spec.name  # an either field has both sides (model.py)
            return self.convert(chosen, raw, keypath)
        if spec.type == "mapping":
            if not isinstance(raw, dict):
                self.report(keypath, "expected_mapping")
                return MISSING
            return self.fields({f.name: f for f in spec.fields}, raw, keypath)
        if spec.type == "record":
            if not isinstance(raw, dict):
                self.report(keypath, "expected_mapping")
                return MISSING
            return raw
        if spec.type == "list":
            items = raw if isinstance(raw, list) else [raw]
            result = []
            assert spec.item is not None, spec.name  # a list field says what its items are (model.py)
            for index, item in enumerate(items):
                if item is None:
                    continue
                value = self.convert(spec.item, item, keypath + (index,))
                if value is not MISSING:
                    result.append(value)
            return result
        if isinstance(raw, (dict, list)):
            self.report(keypath, "expected_text_not_list" if isinstance(raw, list) else "expected_text_not_mapping")
            return MISSING
        text = str(raw).strip()
        try:
            self.within_limits(text, spec, keypath)
            return getattr(self, "type_" + spec.type)(text, spec)
        except ProblemError as error:
            self.report(keypath, error.code, ERROR, **error.params)
            return MISSING

    def within_limits(self, text: str, spec: Field, keypath: KeyPath) -> None:
        """limits.py's limits on any written value: invisible characters, length."""
        free_text = spec.type == "text" and spec.name not in limits.NAME_FIELDS and keypath != ("title",)
        character = limits.forbidden_character(text, limits.ALLOWED_CONTROLS if free_text else frozenset())
        if character:
            raise ProblemError("control_character", value=character)
        limit = limits.length_limit(spec.name, len(keypath) == 1)
        if len(text) > limit:
            raise ProblemError("too_long", length=len(text), limit=limit)

    # --- Scalar types -----------------------------------------------------

    def type_text(self, text: str, spec: Field) -> str:
        return text

    type_city = type_text

    def type_url(self, text: str, spec: Field) -> str:
        try:
            parts = urlsplit(text)
        except ValueError:  # `https://[example.org/`: an unclosed IPv6 bracket
            raise ProblemError("url", value=text) from None
        if parts.scheme not in ("http", "https") or not parts.netloc or " " in text:
            raise ProblemError("url", value=text)
        return text

    def type_email(self, text: str, spec: Field) -> str:
        if not EMAIL_RE.match(text):
            raise ProblemError("email", value=text)
        return text

    def type_slug(self, text: str, spec: Field) -> str:
        if not SLUG_RE.match(text):
            raise ProblemError("slug", value=text)
        if len(text) > limits.MAX_SLUG_LENGTH:
            raise ProblemError("too_long", length=len(text), limit=limits.MAX_SLUG_LENGTH)
        return text

    def type_timezone(self, text: str, spec: Field) -> str:
        dates.zone(text)
        return text

    def type_country(self, text: str, spec: Field) -> str:
        if text not in COUNTRIES:
            raise ProblemError("country", value=text)
        return text

    def type_region(self, text: str, spec: Field) -> Region:
        region = self.site.places.region(text)
        if region is None:
            code, params = self.site.places.region_problem(text)
            raise ProblemError(code, **params)
        return region

    def type_image(self, text: str, spec: Field) -> str:
        if text not in self.site.images:
            raise ProblemError("image_missing", value=text)
        return text

    def type_file(self, text: str, spec: Field) -> str:
        parts = text.replace("\\", "/").split("/")
        if text.startswith(("/", "\\")) or ".." in parts or "" in parts:
            raise ProblemError("file_outside", value=text)
        if text not in self.site.files:
            raise ProblemError("file_missing", value=text)
        return text

    def type_choice(self, text: str, spec: Field) -> str:
        if text not in spec.choices:
            raise ProblemError("choice", value=text, choices=", ".join(spec.choices))
        return text

    def type_integer(self, text: str, spec: Field) -> int:
        if not INTEGER_RE.match(text) or int(text) < spec.minimum:
            raise ProblemError("integer", value=text)
        if len(text) > 12 or int(text) > spec.maximum:
            raise ProblemError("number_too_large", value=text, limit=spec.maximum)
        return int(text)

    def type_number(self, text: str, spec: Field) -> Decimal:
        if not NUMBER_RE.match(text):
            raise ProblemError("number", value=text)
        try:
            number = Decimal(text.replace(",", "."))
        except InvalidOperation:
            raise ProblemError("number", value=text) from None
        if len(text) > 16 or number > spec.maximum:
            raise ProblemError("number_too_large", value=text, limit=spec.maximum)
        return number

    def type_latitude(self, text: str, spec: Field) -> float:
        """Decimal degrees within the field's range (`48.4489`, `-68,5236`)."""
        low, high = COORDINATE_RANGES[spec.type]
        if not COORDINATE_RE.match(text) or not low <= float(text.replace(",", ".").replace("−", "-")) <= high:
            raise ProblemError("coordinate", value=text, low=low, high=high)
        return float(text.replace(",", ".").replace("−", "-"))

    type_longitude = type_latitude

    def type_when(self, text: str, spec: Field) -> dates.When:
        return dates.parse_when(text, self.tz)

    def type_date(self, text: str, spec: Field) -> dt.date:
        return dates.parse_date(text)

    def type_clock(self, text: str, spec: Field) -> str:
        # Resolved against the event's first day by the event checks.
        return text

    def type_rrule(self, text: str, spec: Field) -> str:
        rule = text.removeprefix("RRULE:")
        if "FREQ=" not in rule.upper():
            raise ProblemError("rrule", value=text, detail=words("fr", FREQ_MISSING), detail_en=words("en", FREQ_MISSING))
        if any(part.partition("=")[0].strip().upper() == "UNTIL" for part in rule.split(";")):
            # One way to end a rule: `until:` beside it, a local date the calendars turn into UTC.
            # An UNTIL inside the rule is a date, a wall time or a UTC time that fits some events only.
            raise ProblemError("rrule_until", value=text)
        try:
            rrulestr(rule, dtstart=dt.datetime(2000, 1, 1))
            parts = vRecur.from_ical(rule)
        except (ValueError, TypeError) as error:
            raise ProblemError("rrule", value=text, detail=str(error)) from None
        frequency = str(parts.get("FREQ", [""])[0]).upper()
        if frequency not in limits.RECURRENCE_FREQUENCIES:
            raise ProblemError("rrule_frequency", value=frequency, choices=", ".join(limits.RECURRENCE_FREQUENCIES))
        if int(parts.get("COUNT", [0])[0]) > limits.MAX_OCCURRENCES:
            raise ProblemError("number_too_large", value=parts["COUNT"][0], limit=limits.MAX_OCCURRENCES)
        return rule


def validate_entry(fields: Iterable[Field], front_matter: FrontMatter, site: Site, path: str) -> tuple[Values, list[Problem]]:
    """(values, problems) for one mapping described by `fields` (a data file's entry, as in
    content/data/calendars.yml): `front_matter.data` is the entry, `front_matter.lines` its lines."""
    check = _Check(path, front_matter, site)
    values = check.fields({f.name: f for f in fields}, front_matter.data, ())
    return values, check.problems


def validate(content_type: str, front_matter: FrontMatter, site: Site, path: str) -> tuple[Values, list[Problem]]:
    """(values, problems) for one item of the content type `content_type`."""
    check = _Check(path, front_matter, site)
    for line, code, params in front_matter.problems:
        check.problems.append(Problem(path, line, str(params.get("key", "")), code, params))
    if not front_matter.data and front_matter.problems:
        return {}, check.problems  # nothing readable: fields would only add noise
    data = front_matter.data
    if data.get("timezone") not in (None, ""):
        try:
            check.tz = dates.zone(str(data["timezone"]).strip())
        except ProblemError:
            pass  # reported with the field
    values = check.fields(fields_of(content_type), data, ())
    _check_body(check, front_matter)
    if "author" in values and "authors" not in values:
        values["authors"] = [values["author"]]
    _check_times(check, content_type, values)
    _resolve_place(check, content_type, values)
    if values.get("lang", "fr") != "fr" and "tags" in values:
        check.report(("tags",), "translation_tags", WARNING)
    for check_item in registry.item_checks(site.plugins):  # checks of the plugins (hub_core.registry)
        check_item(check.report, content_type, values, data)
    return values, check.problems


def _check_times(check: _Check, content_type: str, values: Values) -> None:
    for name in ("date", "modified", "start", "end", "previous_start"):
        if dates.is_ambiguous(values.get(name)):
            check.report((name,), "ambiguous_time", WARNING, value=values[name].strftime("%Y-%m-%d %H:%M"), timezone=str(check.tz))
    _check_modified(check, values.get("date"), values.get("modified"))  # as written: before a mission's default date
    start, end = values.get("start"), values.get("end")
    if content_type == "mission":
        if "date" not in values and start is not None:
            values["date"] = dates.as_datetime(start, check.tz)
        for index, stop in enumerate(values.get("destinations", [])):
            _check_order(check, ("destinations", index, "to"), stop.get("from"), stop.get("to"))
    if start is None:
        return
    if content_type == "event":
        if end is None:
            if dates.is_all_day(start):
                end = start
            else:
                end = dates.add_elapsed(start, dt.timedelta(minutes=check.site.default_duration))
            values["end"] = end
            values["end_written"] = False
        else:
            values["end_written"] = True
        values["all_day"] = dates.is_all_day(start)
        _resolve_program(check, values)
        _check_recurrence(check, values)
    _check_order(check, ("end",), start, end)


def _check_body(check: _Check, front_matter: FrontMatter) -> None:
    """The Markdown body goes into pages, feeds and search: no invisible control characters."""
    for offset, line in enumerate(front_matter.body.split("\n")):
        character = limits.forbidden_character(line, frozenset("\t\r\n"))
        if character:
            line_number = front_matter.body_line + offset
            check.problems.append(Problem(check.path, line_number, "", "control_character", {"value": character}))
            return


def _check_recurrence(check: _Check, values: Values) -> None:
    recurrence = values.get("recurrence", {})
    until, count = recurrence.get("until"), recurrence.get("count")
    if until and count:
        check.report(("recurrence", "count"), "until_and_count")
    first_day = values["start"] if dates.is_all_day(values["start"]) else values["start"].astimezone(check.tz).date()
    if until and until < first_day:
        check.report(("recurrence", "until"), "end_before_start", value=until.isoformat(), start=first_day.isoformat())


def _check_order(check: _Check, keypath: KeyPath, start: dates.When | None, end: dates.When | None) -> None:
    if start is None or end is None:
        return
    if dates.is_all_day(start) != dates.is_all_day(end):
        check.report(keypath, "mixed_all_day", value=_show(end), start=_show(start))
    elif end < start:
        check.report(keypath, "end_before_start", value=_show(end), start=_show(start))


def _check_modified(check: _Check, published: dates.When | None, modified: dates.When | None) -> None:
    """`modified` is never before `date`: as days when either is a date alone, else as instants."""
    if published is None or modified is None:
        return
    if dates.is_all_day(published) or dates.is_all_day(modified):
        before = _day(modified) < _day(published)
    else:
        before = modified < published
    if before:
        check.report(("modified",), "modified_before_date", value=_show(modified), date=_show(published))


def _day(value: dates.When) -> dt.date:
    return value.date() if isinstance(value, dt.datetime) else value


def _show(value: dates.When) -> str:
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    return value.isoformat()


def _resolve_program(check: _Check, values: Values) -> None:
    start = values["start"]
    day = start if dates.is_all_day(start) else start.astimezone(check.tz).date()
    for index, session in enumerate(values.get("program", [])):
        for name in ("start", "end"):
            if name in session:
                try:
                    session[name] = dates.parse_clock_or_when(session[name], check.tz, day)
                except ProblemError as error:
                    check.report(("program", index, name), error.code, ERROR, **error.params)
                    del session[name]
        _check_order(check, ("program", index, "end"), session.get("start"), session.get("end"))


def _resolve_place(check: _Check, content_type: str, values: Values) -> None:
    """city (or venue.city) → place, region and country."""
    places = check.site.places
    keypath: KeyPath = ("city",)
    city = values.get("city")
    venue = values.get("venue")
    country = values.get("country") if "country" in check.front_matter.data else None
    if content_type == "event" and venue and venue.get("city"):
        keypath, city = ("venue", "city"), venue["city"]
        country = venue.get("country") or country
    region = values.get("region")
    place = places.find(city, country) if city else None
    if city and place is None and region is None:
        check.report(keypath, "unknown_city", value=city)
    if place and region and place.region and place.region != region:
        check.report(("region",), "region_mismatch", WARNING, city=place.name, actual=place.region.slug, value=region.slug)
    values["place"] = place
    values["region"] = (place.region if place and place.region else None) or region
    # Where maps draw it: its place, or for a city unknown to the site, its region's main town.
    values["point"] = place or (places.approximate(city, region) if city and region else None)
    located = venue if content_type == "event" and venue else values
    exact = _coordinates(check, located, ("venue",) if located is venue else ())
    if exact is not None and values["point"] is not None:
        # The venue's (or premises') own coordinates: before the city's centre on maps, GEO, distances.
        values["point"] = dataclasses.replace(values["point"], latitude=exact[0], longitude=exact[1], approximate=False)
    values["country"] = country or (place.country if place else None) or "CA"
    for index, stop in enumerate(values.get("destinations", []) if content_type == "mission" else []):
        if stop.get("city") and places.find(stop["city"], stop.get("country")) is None:
            check.report(("destinations", index, "city"), "unknown_city", value=stop["city"])


def _coordinates(check: _Check, values: Values, keypath: KeyPath) -> tuple[float, float] | None:
    """(latitude, longitude) written together, else None; one written without the other is an error."""
    latitude, longitude = values.get("latitude"), values.get("longitude")
    if latitude is not None and longitude is not None:
        return latitude, longitude
    raw = check.front_matter.data.get(str(keypath[0])) if keypath else check.front_matter.data
    written = [name for name in ("latitude", "longitude") if isinstance(raw, dict) and raw.get(name) not in (None, "")]
    if len(written) == 1:
        missing = "longitude" if written[0] == "latitude" else "latitude"
        check.report(keypath + (written[0],), "coordinates_pair", value=written[0], missing=missing)
    return None
