"""Series checks, registered with hub_core by being here (hub_core.registry).

Across the parts of blog series: a number used twice, a gap, a title spelled
differently. Parts are grouped by language and by the slug of their `series`
title, so `Rejoindre nos membres en région` and `rejoindre nos membres en region`
are one series written two ways. A title close to a bigger series' title (a
letter off, not a different number) is taken as that series misspelled when its
part numbers fit in it, or when it could not stand alone (a number is missing).
Gaps are checked in French, the language of the originals: a translated series
may leave parts untranslated.

A series' address is the slug of its title (`/series/<slug>/`): a title with no
letter or digit has none, and two different titles with one slug would be one
series (reported above as a variant, not as a name collision).
"""

import difflib
import re
from collections import defaultdict

from hub_core.items import slugify
from hub_core.names import collisions
from hub_core.problems import Problem
from hub_core.series import missing_numbers, usual_spelling
from hub_core.urls import key_url

ORIGINAL_LANGUAGE = "fr"
CLOSE = 0.85  # difflib ratio of two series slugs above which one is a misspelling of the other
DIGITS = re.compile(r"\d+")


def cross_problems(items: list) -> list:
    """Problems of series: titles without an address, parts numbered twice, gaps, variants."""
    return address_problems(items) + series_problems(items)


def address_problems(items: list) -> list:
    """Series titles that give no address, or one too long for a file name."""
    named = [
        (item, ("series",), item.values["series"])
        for item in sorted(items, key=lambda i: i.path)
        if item.content_type == "post" and isinstance(item.values.get("series"), str)
    ]
    return [p for p in collisions(named, slugify, key_url("series", "{slug}")) if p.code != "name_collision"]


def series_problems(items):
    """Problems of series: parts numbered twice, gaps, a title spelled differently."""
    groups = defaultdict(list)
    for item in sorted(items, key=lambda i: i.path):
        title = item.values.get("series")
        if item.content_type == "post" and isinstance(title, str) and slugify(title):
            groups[(item.lang, slugify(title))].append(item)
    problems = []
    for key in sorted(groups, key=lambda k: rank(k, groups)):
        parts = groups.get(key)
        if parts is None:
            continue  # merged into the series it misspells
        usual = usual_spelling([p.values["series"] for p in by_number(parts)])
        merged = [p for other in close_series(key, groups) for p in groups.pop(other)]
        for part in [p for p in parts if p.values["series"] != usual] + merged:
            others = [p.path for p in parts if p.values["series"] == usual]
            params = {"value": part.values["series"], "suggestion": usual, "others": ", ".join(others)}
            problems.append(Problem(part.path, part.line_of(("series",)), "series", "series_title_variant", params))
        problems += duplicates(parts + merged, usual)
        if key[0] == ORIGINAL_LANGUAGE:
            problems += gaps(parts + merged, usual)
    return problems


def index_of(item):
    index = item.values.get("series_index")
    return index if isinstance(index, int) and not isinstance(index, bool) else None


def by_number(parts):
    return sorted(parts, key=lambda p: (index_of(p) or 10**6, p.path))


def first_date(parts):
    return min(str(p.values.get("date", "")) for p in parts)


def rank(key, groups):
    """Bigger series first, then the older one: the spelling others are compared with."""
    return (key[0], -len(groups[key]), first_date(groups[key]), key[1])


def close_series(key, groups):
    """Groups ranked after this one whose title misspells it: close, same digits, and either
    their numbers fit in this series or they could not stand alone (a number is missing)."""
    lang, slug = key
    taken = {index_of(p) for p in groups[key]} - {None}
    found = []
    for other in sorted(k for k in groups if k[0] == lang and rank(k, groups) > rank(key, groups)):
        indexes = [index_of(p) for p in groups[other]]
        numbers = set(indexes) - {None}
        fits = not numbers & taken or missing_numbers(indexes)  # a series with a gap is no series of its own
        if (
            DIGITS.findall(other[1]) == DIGITS.findall(slug)
            and difflib.SequenceMatcher(None, other[1], slug).ratio() >= CLOSE
            and fits
        ):
            found.append(other)
            taken |= numbers
    return found


def duplicates(parts, title):
    """Each part that takes a number an earlier part (by date, then file path) already has."""
    problems, first = [], {}
    for part in sorted(parts, key=lambda p: (str(p.values.get("date", "")), p.path)):
        index = index_of(part)
        if index is None:
            continue
        other = first.setdefault(index, part)
        if other is not part:
            params = {"value": index, "series": title, "other": other.path}
            problems.append(Problem(part.path, part.line_of(("series_index",)), "series_index", "series_duplicate_index", params))
    return problems


def gaps(parts, title):
    """The numbers missing below a part, reported on the first part after them."""
    indexes = [index_of(p) for p in parts]
    missing = missing_numbers(indexes)
    found = ", ".join(str(n) for n in sorted(set(i for i in indexes if i)))
    problems = []
    for part in by_number(p for p in parts if index_of(p)):
        before = [n for n in missing if n < index_of(part)]
        missing = [n for n in missing if n >= index_of(part)]
        if before:
            params = {"value": index_of(part), "series": title, "missing": ", ".join(map(str, before)), "found": found}
            problems.append(Problem(part.path, part.line_of(("series_index",)), "series_index", "series_gap", params))
    return problems
