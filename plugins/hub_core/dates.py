"""The time rule of the content model, and dates written the Quebec way.

`YYYY-MM-DD` is a calendar date (all-day). `YYYY-MM-DD HH:MM[:SS]` (space or
`T`) is a wall-clock time in the item's time zone. A value with an explicit
offset (`+02:00`, `Z`) keeps it. Every datetime returned is aware.
"""

import datetime as dt
import re
from collections.abc import Mapping
from typing import TypeAlias
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from babel.dates import format_date as babel_format_date
from babel.dates import format_time as babel_format_time
from babel.dates import get_timezone, get_timezone_location

from . import limits
from .problems import ProblemError

UTC = dt.timezone.utc

_DATE = r"(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})"
_CLOCK = r"(?P<hour>\d{1,2})(?:\s*:\s*(?P<minute>\d{2})(?::(?P<second>\d{2}))?|\s*h\s*(?P<hminute>\d{2})?)"
_OFFSET = r"(?P<offset>Z|[+-]\d{2}:?\d{2})"
DATE_RE = re.compile(rf"^{_DATE}$")
DATETIME_RE = re.compile(rf"^{_DATE}[T ]\s*{_CLOCK}\s*{_OFFSET}?$")
CLOCK_RE = re.compile(rf"^{_CLOCK}$")

LOCALES = {"fr": "fr_CA", "en": "en_CA"}

# A value of the time rule: a date (all-day), or an aware datetime (a dt.datetime is a dt.date too).
When: TypeAlias = dt.date | dt.datetime

TimeError = ProblemError  # the old name, kept for the code that imports it


def zone(name: object) -> ZoneInfo:
    """The ZoneInfo for an IANA name, or ProblemError('timezone')."""
    try:
        return ZoneInfo(str(name))
    except (ZoneInfoNotFoundError, ValueError, TypeError, OSError):  # OSError: `America` (a folder), a name too long
        raise ProblemError("timezone", value=name) from None


def parse_date(text: object) -> dt.date:
    """A date-only value, or ProblemError."""
    match = DATE_RE.match(str(text).strip())
    if not match:
        raise ProblemError("date_only", value=text)
    return _make_date(match, text)


def parse_when(text: object, tz: dt.tzinfo) -> When:
    """A date (all-day) or an aware datetime, per the time rule."""
    written = str(text).strip()
    match = DATE_RE.match(written)
    if match:
        return _make_date(match, written)
    match = DATETIME_RE.match(written)
    if not match:
        raise ProblemError("date_or_datetime", value=written)
    day = _make_date(match, written)
    clock = _make_clock(match, written)
    return _localize(dt.datetime.combine(day, clock), match["offset"], tz, written)


def parse_clock_or_when(text: object, tz: dt.tzinfo, day: dt.date) -> dt.datetime:
    """`HH:MM` on `day`, or a full date-time: an aware datetime."""
    written = str(text).strip()
    match = CLOCK_RE.match(written)
    if match:
        clock = _make_clock(match, written)
        return _localize(dt.datetime.combine(day, clock), None, tz, written)
    try:
        value = parse_when(written, tz)
    except ProblemError:
        raise ProblemError("clock_or_datetime", value=written) from None
    if not isinstance(value, dt.datetime):
        raise ProblemError("clock_or_datetime", value=written)
    return value


def is_all_day(value: object) -> bool:
    return not isinstance(value, dt.datetime)


def _make_date(match: re.Match[str], text: object) -> dt.date:
    try:
        day = dt.date(int(match["year"]), int(match["month"]), int(match["day"]))
    except ValueError:
        raise ProblemError("impossible_date", value=text) from None
    if not limits.year_in_range(day.year):
        raise ProblemError("year_range", value=text, low=limits.YEARS[0], high=limits.YEARS[1])
    return day


def _make_clock(match: re.Match[str], text: str) -> dt.time:
    try:
        minute = match["minute"] or match["hminute"] or 0
        return dt.time(int(match["hour"]), int(minute), int(match["second"] or 0))
    except ValueError:
        raise ProblemError("impossible_time", value=text) from None


def _localize(naive: dt.datetime, offset: str | None, tz: dt.tzinfo, text: str) -> dt.datetime:
    if offset:
        if offset == "Z":
            return naive.replace(tzinfo=UTC)
        sign = -1 if offset[0] == "-" else 1
        digits = offset[1:].replace(":", "")
        delta = dt.timedelta(hours=int(digits[:2]), minutes=int(digits[2:]))
        low, high = (dt.timedelta(minutes=m) for m in limits.UTC_OFFSET_MINUTES)
        if int(digits[2:]) >= 60 or not low <= sign * delta <= high:
            raise ProblemError("utc_offset", value=text)
        return naive.replace(tzinfo=dt.timezone(sign * delta))
    local = naive.replace(tzinfo=tz)
    round_trip = local.astimezone(UTC).astimezone(tz).replace(tzinfo=None)
    if round_trip != naive:
        raise ProblemError("nonexistent_time", value=text, timezone=str(tz))
    return local


def is_ambiguous(value: object) -> bool:
    """True when a wall-clock time happens twice (clocks fall back)."""
    if not isinstance(value, dt.datetime) or not isinstance(value.tzinfo, ZoneInfo):
        return False
    return value.replace(fold=0).utcoffset() != value.replace(fold=1).utcoffset()


def add_elapsed(value: dt.datetime, delta: dt.timedelta) -> dt.datetime:
    """`value` + `delta` of real (elapsed) time, across clock changes."""
    return (value.astimezone(UTC) + delta).astimezone(value.tzinfo)


def as_datetime(value: When, tz: dt.tzinfo) -> dt.datetime:
    """A date becomes midnight in `tz`; a datetime is returned as is."""
    if isinstance(value, dt.datetime):
        return value
    return dt.datetime.combine(value, dt.time(0), tzinfo=tz)


def now(environ: Mapping[str, str], tz: dt.tzinfo) -> dt.datetime:
    """'Now' for one build: SOURCE_DATE_EPOCH when set, else the clock."""
    epoch = environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch:
        return dt.datetime.fromtimestamp(int(epoch), tz=tz)
    return dt.datetime.now(tz=tz)


# --- Writing dates -----------------------------------------------------------


def format_day(value: dt.date, lang: str = "fr", weekday: bool = True) -> str:
    """`jeudi 3 décembre 2026`, `1er` for the first; `Thursday, December 3, 2026`."""
    locale = LOCALES.get(lang, "fr_CA")
    if lang == "en":
        return babel_format_date(value, "EEEE, MMMM d, y" if weekday else "MMMM d, y", locale=locale)
    day = "1er" if value.day == 1 else str(value.day)
    month_year = babel_format_date(value, "MMMM y", locale=locale)
    if weekday:
        return f"{babel_format_date(value, 'EEEE', locale=locale)} {day} {month_year}"
    return f"{day} {month_year}"


def format_clock(value: dt.time | dt.datetime, lang: str = "fr") -> str:
    """`12 h`, `9 h 30` (Quebec style); `12:00 p.m.` in English."""
    if lang == "en":
        return babel_format_time(value, "h:mm a", locale=LOCALES["en"])
    if value.minute:
        return f"{value.hour} h {value.minute:02d}"
    return f"{value.hour} h"


def format_month(value: dt.date, lang: str = "fr") -> str:
    """`décembre 2026`; `December 2026`."""
    return babel_format_date(value, "MMMM y", locale=LOCALES.get(lang, "fr_CA"))


def format_range(start: When, end: When | None, lang: str = "fr") -> str:
    """A start–end range written naturally, in the start's own time zone.

    All-day: `vendredi 4 décembre 2026`, `du 3 au 11 juin 2017`.
    Timed: `vendredi 4 décembre 2026, 12 h à 13 h 30`, or both ends in full.
    """
    if end is None:
        end = start
    if not isinstance(start, dt.datetime):  # is_all_day(start)
        return _format_day_range(start, end, lang)
    assert isinstance(end, dt.datetime)  # a timed start has a timed end (validate: mixed_all_day)
    end = end.astimezone(start.tzinfo)
    joiner = " to " if lang == "en" else " à "
    if end.date() == start.date():
        text = f"{format_day(start, lang)}, {format_clock(start, lang)}"
        if end != start:
            text += f"{joiner}{format_clock(end, lang)}"
        return text
    if lang == "en":
        return (
            f"{format_day(start, lang)}, {format_clock(start, lang)} to "
            f"{format_day(end, lang)}, {format_clock(end, lang)}"
        )
    return (
        f"du {format_day(start, lang)}, {format_clock(start, lang)} "
        f"au {format_day(end, lang)}, {format_clock(end, lang)}"
    )


def format_range_here(start: When, end: When | None, home: ZoneInfo, home_city: str, lang: str = "fr") -> str:
    """A range in its own zone, with the time at home when the zones differ.

    `mercredi 7 juin 2017, 9 h à 18 h, heure de Paris (3 h à 12 h à Montréal)`.
    """
    text = format_range(start, end, lang)
    if not isinstance(start, dt.datetime) or not isinstance(start.tzinfo, ZoneInfo) or start.tzinfo.key == home.key:
        return text  # all day, or at home
    end = start if end is None else end
    assert isinstance(end, dt.datetime)  # a timed start has a timed end (validate: mixed_all_day)
    city = get_timezone_location(get_timezone(start.tzinfo.key), LOCALES.get(lang, "fr_CA"), return_city=True)
    local_start, local_end = start.astimezone(home), end.astimezone(home)
    if local_start.date() == start.date() and local_end.date() == local_start.date():
        joiner = " to " if lang == "en" else " à "
        here = format_clock(local_start, lang) + (joiner + format_clock(local_end, lang) if local_end != local_start else "")
    else:
        here = format_range(local_start, local_end, lang)
    if lang == "en":
        return f"{text}, {city} time ({here} in {home_city})"
    of = "d’" if city[:1].lower() in "aeiouyhéèêàâîôû" else "de "
    return f"{text}, heure {of}{city} ({here} à {home_city})"


def _format_day_range(start: dt.date, end: When, lang: str) -> str:
    if isinstance(end, dt.datetime):
        end = end.date()
    if end <= start:
        return format_day(start, lang)
    locale = LOCALES.get(lang, "fr_CA")
    if lang == "en":
        if (start.year, start.month) == (end.year, end.month):
            return f"{babel_format_date(start, 'MMMM d', locale=locale)}–{end.day}, {end.year}"
        if start.year == end.year:
            return (
                f"{babel_format_date(start, 'MMMM d', locale=locale)} – "
                f"{babel_format_date(end, 'MMMM d, y', locale=locale)}"
            )
        return f"{format_day(start, lang, weekday=False)} – {format_day(end, lang, weekday=False)}"
    first = "1er" if start.day == 1 else str(start.day)
    if (start.year, start.month) == (end.year, end.month):
        return f"du {first} au {format_day(end, lang, weekday=False)}"
    if start.year == end.year:
        month = babel_format_date(start, "MMMM", locale=locale)
        return f"du {first} {month} au {format_day(end, lang, weekday=False)}"
    return f"du {format_day(start, lang, weekday=False)} au {format_day(end, lang, weekday=False)}"


def end_instant(end: When, tz: dt.tzinfo) -> dt.datetime:
    """When something ending at `end` is over: the next midnight for a date."""
    if isinstance(end, dt.datetime):
        return end
    return dt.datetime.combine(end + dt.timedelta(days=1), dt.time(0), tzinfo=tz)


# Short month names of the date tiles, by language (French: CLDR's; English: with periods, as Canadian style writes them)
MONTH_ABBREVIATIONS = {
    "fr": ("janv.", "févr.", "mars", "avr.", "mai", "juin", "juill.", "août", "sept.", "oct.", "nov.", "déc."),
    "en": ("Jan.", "Feb.", "Mar.", "Apr.", "May", "Jun.", "Jul.", "Aug.", "Sep.", "Oct.", "Nov.", "Dec."),
}


def format_month_abbreviation(value: dt.date, lang: str = "fr") -> str:
    """`déc.`, `Dec.`: the short name of a date's month (a language without its own: French)."""
    return MONTH_ABBREVIATIONS.get(lang, MONTH_ABBREVIATIONS["fr"])[value.month - 1]
