"""A recurrence rule in plain words, French and English: "chaque 2e mardi du mois",
"on the 2nd Tuesday of every month". Shown after an event's next date on its card ("puis …",
"then …").

The rule is read by icalendar (`vRecur`), never by hand. What the content model lets an editor
write: FREQ DAILY, WEEKLY, MONTHLY or YEARLY, with INTERVAL, BYDAY (weekdays, with an ordinal
for a monthly rule: 2TU, -1FR) and BYMONTHDAY. A rule outside these (BYSETPOS, several ordinals,
BYHOUR…) gets no phrase (`None`): the page then says "Événement récurrent" and lists the dates.
The phrases are the catalog's (theme/translations, French source marked with N_()); day names are
babel's (CLDR); an ordinal's suffix (1er, 2e; 1st, 2nd) is each language's rule, here.
"""

import re

from babel import Locale
from icalendar import vRecur

from hub_core.i18n import N_, words

WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")  # babel's numbers: 0 is Monday
LOCALES = {"fr": Locale.parse("fr_CA"), "en": Locale.parse("en_CA")}
WEEKDAY = re.compile(r"^([+-]?\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)$")
KNOWN = {"FREQ", "INTERVAL", "BYDAY", "BYMONTHDAY", "WKST"}


def describe(rule: str, lang: str = "fr") -> str | None:
    """The rule in words, in `lang` ("fr" or "en"), or None when it is not one we can say."""
    lang = "en" if str(lang).startswith("en") else "fr"
    try:
        parts = vRecur.from_ical(rule)
    except (ValueError, TypeError):
        return None
    if set(parts) - KNOWN:
        return None
    frequency = (parts.get("FREQ") or [None])[0]
    interval = int((parts.get("INTERVAL") or [1])[0])
    days = []
    for value in parts.get("BYDAY") or []:
        match = WEEKDAY.match(str(value))
        if not match:
            return None
        days.append((int(match.group(1)) if match.group(1) else None, match.group(2)))
    month_days = [int(day) for day in parts.get("BYMONTHDAY") or []]
    if frequency == "DAILY" and not days and not month_days:
        return _every(lang, interval, N_("chaque jour"), N_("un jour sur deux"), N_("tous les %(num)d jours"))
    if frequency == "WEEKLY" and not month_days and all(n is None for n, _ in days):
        if not days:
            return _every(lang, interval, N_("chaque semaine"), N_("une semaine sur deux"), N_("toutes les %(num)d semaines"))
        names = _join(lang, [_day_name(day, lang) for _, day in days])
        return _every(lang, interval, N_("chaque %(days)s"), N_("un %(days)s sur deux"), N_("toutes les %(num)d semaines, le %(days)s"), days=names)
    if frequency == "MONTHLY" and len(days) == 1 and days[0][0] is not None and not month_days:
        rank, day = days[0]
        return _every(lang, interval, N_("chaque %(rank)s %(day)s du mois"), N_("le %(rank)s %(day)s du mois, un mois sur deux"),
                      N_("le %(rank)s %(day)s du mois, tous les %(num)d mois"), rank=_rank(rank, lang), day=_day_name(day, lang))
    if frequency == "MONTHLY" and len(month_days) == 1 and not days:
        day = month_days[0]
        if day <= 0:
            last = N_("le dernier jour du mois, tous les %(num)d mois")
            return _every(lang, interval, N_("le dernier jour de chaque mois"), last, last)
        many = N_("le %(day)s du mois, tous les %(num)d mois")
        return _every(lang, interval, N_("le %(day)s de chaque mois"), many, many, day=_month_day(day, lang))
    if frequency == "MONTHLY" and not days and not month_days:
        return _every(lang, interval, N_("chaque mois"), N_("un mois sur deux"), N_("tous les %(num)d mois"))
    if frequency == "YEARLY" and not days and not month_days:
        return _every(lang, interval, N_("chaque année"), N_("une année sur deux"), N_("tous les %(num)d ans"))
    return None


def _every(lang, interval, one, two, many, **variables):
    """The phrase for every time (1), every other time (2) or every `interval` times."""
    message = one if interval == 1 else (two if interval == 2 else many)
    return words(lang, message, num=interval, **variables)


def _day_name(code, lang):
    return LOCALES[lang].days["format"]["wide"][WEEKDAYS.index(code)]


def _join(lang, names):
    """« lundi et mercredi », "Monday and Wednesday"."""
    if len(names) == 1:
        return names[0]
    return words(lang, N_("%(first)s et %(last)s"), first=", ".join(names[:-1]), last=names[-1])


def _rank(n, lang):
    """The rank of a weekday in its month: 2e, dernier; 2nd, last."""
    if n == -1:
        return words(lang, N_("dernier"))
    if n == -2:
        return words(lang, N_("avant-dernier"))
    return _ordinal(n, lang)


def _month_day(day, lang):
    """A day of the month: le 15, le 1er; the 15th, the 1st."""
    return _ordinal(day, lang) if lang == "en" or day == 1 else str(day)


def _ordinal(n, lang):
    """1er, 2e; 1st, 2nd, 11th: a number's ordinal suffix, a rule of each language."""
    if lang == "en":
        suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
        return f"{n}{suffix}"
    return "1er" if n == 1 else f"{n}e"
