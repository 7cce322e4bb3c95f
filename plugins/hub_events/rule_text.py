"""A recurrence rule in plain words, French and English: "chaque 2e mardi du mois",
"on the 2nd Tuesday of every month". Shown after an event's next date on its card ("puis …",
"then …").

The rule is read by icalendar (`vRecur`), never by hand. What the content model lets an editor
write: FREQ DAILY, WEEKLY, MONTHLY or YEARLY, with INTERVAL, BYDAY (weekdays, with an ordinal
for a monthly rule: 2TU, -1FR) and BYMONTHDAY. A rule outside these (BYSETPOS, several ordinals,
BYHOUR…) gets no phrase (`None`): the page then says "Événement récurrent" and lists the dates.
"""

import re

from icalendar import vRecur

DAYS = {
    "fr": {"MO": "lundi", "TU": "mardi", "WE": "mercredi", "TH": "jeudi", "FR": "vendredi", "SA": "samedi", "SU": "dimanche"},
    "en": {"MO": "Monday", "TU": "Tuesday", "WE": "Wednesday", "TH": "Thursday", "FR": "Friday", "SA": "Saturday", "SU": "Sunday"},
}
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
    say = FRENCH if lang == "fr" else ENGLISH
    if frequency == "DAILY" and not days and not month_days:
        return say["daily"](interval)
    if frequency == "WEEKLY" and not month_days and all(n is None for n, _ in days):
        return say["weekly"](interval, [DAYS[lang][d] for _, d in days])
    if frequency == "MONTHLY" and len(days) == 1 and days[0][0] is not None and not month_days:
        return say["monthly_weekday"](interval, days[0][0], DAYS[lang][days[0][1]])
    if frequency == "MONTHLY" and len(month_days) == 1 and not days:
        return say["monthly_day"](interval, month_days[0])
    if frequency == "MONTHLY" and not days and not month_days:
        return say["monthly"](interval)
    if frequency == "YEARLY" and not days and not month_days:
        return say["yearly"](interval)
    return None


def _join(words, last):
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + f" {last} " + words[-1]


def _french_rank(n):
    return "dernier" if n == -1 else ("avant-dernier" if n == -2 else ("1er" if n == 1 else f"{n}e"))


def _english_rank(n):
    if n == -1:
        return "last"
    if n == -2:
        return "second-to-last"
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


FRENCH = {
    "daily": lambda n: "chaque jour" if n == 1 else ("un jour sur deux" if n == 2 else f"tous les {n} jours"),
    "weekly": lambda n, days: (
        ("chaque semaine" if n == 1 else ("une semaine sur deux" if n == 2 else f"toutes les {n} semaines"))
        if not days else
        (f"chaque {_join(days, 'et')}" if n == 1 else (f"un {_join(days, 'et')} sur deux" if n == 2 else f"toutes les {n} semaines, le {_join(days, 'et')}"))
    ),
    "monthly_weekday": lambda n, rank, day: (
        f"chaque {_french_rank(rank)} {day} du mois" if n == 1
        else (f"le {_french_rank(rank)} {day} du mois, un mois sur deux" if n == 2 else f"le {_french_rank(rank)} {day} du mois, tous les {n} mois")
    ),
    "monthly_day": lambda n, day: (
        (f"le {'1er' if day == 1 else day} de chaque mois" if day > 0 else "le dernier jour de chaque mois") if n == 1
        else (f"le {'1er' if day == 1 else day} du mois, tous les {n} mois" if day > 0 else f"le dernier jour du mois, tous les {n} mois")
    ),
    "monthly": lambda n: "chaque mois" if n == 1 else ("un mois sur deux" if n == 2 else f"tous les {n} mois"),
    "yearly": lambda n: "chaque année" if n == 1 else ("une année sur deux" if n == 2 else f"tous les {n} ans"),
}

ENGLISH = {
    "daily": lambda n: "every day" if n == 1 else ("every other day" if n == 2 else f"every {n} days"),
    "weekly": lambda n, days: (
        ("every week" if n == 1 else ("every other week" if n == 2 else f"every {n} weeks"))
        if not days else
        (f"every {_join(days, 'and')}" if n == 1 else (f"every other {_join(days, 'and')}" if n == 2 else f"every {n} weeks on {_join(days, 'and')}"))
    ),
    "monthly_weekday": lambda n, rank, day: (
        f"on the {_english_rank(rank)} {day} of every month" if n == 1
        else (f"on the {_english_rank(rank)} {day} of every other month" if n == 2 else f"on the {_english_rank(rank)} {day} every {n} months")
    ),
    "monthly_day": lambda n, day: (
        (f"on the {_english_rank(day)} of every month" if day > 0 else "on the last day of every month") if n == 1
        else (f"on the {_english_rank(day)} every {n} months" if day > 0 else f"on the last day every {n} months")
    ),
    "monthly": lambda n: "every month" if n == 1 else ("every other month" if n == 2 else f"every {n} months"),
    "yearly": lambda n: "every year" if n == 1 else ("every other year" if n == 2 else f"every {n} years"),
}
