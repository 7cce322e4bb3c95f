"""The limits of what editors may write, declared once.

Every limit the content checks enforce is a constant of this module, and each
broken limit is a problem of problems.MESSAGES (`path:line: field: message`).
They keep a hostile or mistaken file from costing the site: a YAML alias bomb,
a title too long for a file name, a year 9999, a rule that repeats every minute,
a character that XML or iCalendar cannot carry.
"""

import re
import unicodedata

# Files
MAX_FILE_BYTES = 1_000_000  # one content or data file; beyond, it is not read
MARKDOWN_SUFFIX = ".md"  # in any case: x.md, x.MD

# YAML (front matter and content/data/*.yml)
MAX_YAML_DEPTH = 10  # nested lists and mappings; the model needs 3 (program[].speakers[])
MAX_YAML_EVENTS = 20_000  # scalars, lists and mappings of one document
# Anchors (&name) and aliases (*name) are refused: nothing in the model needs them,
# and a few of them expand into gigabytes (the "billion laughs").

# Text
MAX_TITLE_LENGTH = 200  # characters of a title
MAX_NAME_LENGTH = 100  # a tag, category, author, column, series name
MAX_SLUG_LENGTH = 120  # so `<slug>.ics` and `<slug>/index.html` stay far below 255 bytes
MAX_TEXT_LENGTH = 10_000  # any other text field
ALLOWED_CONTROLS = frozenset("\t\n")  # in text fields; never in addresses, slugs, names

# Numbers and dates
MAX_NUMBER = 1_000_000  # a price, a number of participants, a part number
YEARS = (1900, 2200)  # first and last year a date may have
UTC_OFFSET_MINUTES = (-12 * 60, 14 * 60)  # UTC offsets run from -12:00 to +14:00

# Recurrences
RECURRENCE_FREQUENCIES = ("DAILY", "WEEKLY", "MONTHLY", "YEARLY")
MAX_OCCURRENCES = 1000  # a count, and where a rule without until or count is cut
MAX_RECURRENCE_YEARS = 100  # no occurrence is computed past start + this many years

# Fields whose text is a name that becomes an address (a slug): one line, short.
NAME_FIELDS = frozenset({"tags", "category", "authors", "author", "column", "series"})


def forbidden_character(text: str, allowed: frozenset[str] = ALLOWED_CONTROLS) -> str | None:
    """The first character XML, HTML or iCalendar cannot carry (as U+XXXX), or None.

    Control characters (U+0000–U+001F, U+007F, U+0080–U+009F) but those in
    `allowed`, lone surrogates, and the non-characters U+FFFE and U+FFFF.
    Most texts hold none of them (or only allowed ones): one regular-expression search says so,
    and only a text that holds one is read character by character.
    """
    if not CANDIDATES.search(text):
        return None
    for character in text:
        if character in allowed:
            continue
        if unicodedata.category(character) in ("Cc", "Cs") or character in "\ufffe\uffff":
            return f"U+{ord(character):04X}"
    return None


# Every character forbidden_character may refuse: Unicode fixes the Cc (control) and Cs
# (surrogate) categories to exactly these ranges (its stability policy), plus U+FFFE and U+FFFF.
CANDIDATES = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")


def length_limit(field_name: str, top_level: bool) -> int:
    """The longest text a field may hold."""
    if field_name == "title" and top_level:
        return MAX_TITLE_LENGTH
    if field_name in NAME_FIELDS:
        return MAX_NAME_LENGTH
    return MAX_TEXT_LENGTH


def year_in_range(year: int) -> bool:
    return YEARS[0] <= year <= YEARS[1]
