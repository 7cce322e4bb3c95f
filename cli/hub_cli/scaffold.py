"""New content files written from the field table (hub_core.model), never from
hand-kept templates: `hub new event "Titre"`.

Every required field gets a value that passes `hub check` (the title, today's
`date`, a `start` four weeks ahead…); what only the editor knows is written as
PLACEHOLDER, an error for `hub check` and the build until it is replaced (a
warning in a draft and in the preview). The optional
fields editors often use follow, commented out, with their meaning and their
accepted values; the rarely used ones are left to the guide.
"""

import datetime as dt
import json
import re
from dataclasses import dataclass
from pathlib import Path

from hub_core import model
from hub_core.i18n import N_, words
from hub_core.placeholders import PLACEHOLDER
from hub_core.settings import DEFAULT_TIMEZONE
from hub_core.items import slugify

# Optional fields not written in a new file (the guide lists them): per type,
# and "*" for every type.
RARELY_USED = {
    "*": ("author", "lang", "modified", "city", "region", "country"),
    "event": ("authors", "previous_start", "program", "recurrence", "replay", "attendance", "mission", "exhibitors", "source"),
    "mission": ("authors",),
    "directory": ("authors",),
}
# Rarely used fields written anyway, commented, right after a field, with a note on when to use them.
BESIDE = {"directory": {"city": "region"}}
BODY = N_("%(placeholder)s : le texte, en Markdown.")  # the new file's body, for the editor to replace
NOTES = {  # in French, marked for the catalog (theme/translations has the English)
    "region": N_("région, seulement si make check dit que la ville est inconnue (ex. bas-saint-laurent, gaspesie-iles-de-la-madeleine)"),
}
COMMON_NAMES = frozenset(f.name for f in model.COMMON)
CONTENT_TYPES = ("event", "post", "chronicle", "mission", "report", "directory")
INDENT = "  "


@dataclass(frozen=True)
class Context:
    """What example values depend on."""

    today: dt.date
    lang: str = "fr"  # of the comments
    timezone: str = DEFAULT_TIMEZONE
    city: str = "Montréal"  # a city the places data knows
    weeks_ahead: int = 4

    @property
    def upcoming(self):
        return self.today + dt.timedelta(weeks=self.weeks_ahead)


def relative_path(content_type, slug, mission=None):
    """Where a new item goes, under the content folder."""
    if content_type == "mission":
        return Path("missions") / slug / "mission.md"
    if content_type == "report":
        return Path("missions") / mission / f"{slug}.md"
    folder = next(name for name, folder_type in model.FOLDERS.items() if folder_type == content_type)
    return Path(folder) / f"{slug}.md"


def new_file_text(content_type, title, context, slug=None):
    """The whole text of a new file of type `content_type`: front matter and body (`slug`: else from the title)."""
    fields = model.TYPES[content_type]
    table = {f.name: f for f in fields}
    filled = [f for f in fields if f.name == "title" or _is_filled(f, table, content_type)]
    shown = [f for f in fields if f not in filled and _is_shown(f, content_type)]
    shown.sort(key=lambda f: f.name in COMMON_NAMES)  # the type's own fields first
    lines = ["---"]
    for spec in filled:
        value = quote(title) if spec.name == "title" else (slug or slugify(title)) if spec.name == "slug" else None
        lines += _lines(spec, context, commented=False, value=value)
        beside = BESIDE.get(content_type, {}).get(spec.name)
        if beside:
            lines += _lines(table[beside], context, commented=True)
    for spec in shown:
        lines += _lines(spec, context, commented=True)
    lines += ["---", words(context.lang, BODY, placeholder=PLACEHOLDER), ""]
    return "\n".join(lines)


def _is_filled(spec, table, content_type):
    if spec.required or spec.name == "date" or (spec.name == "slug" and content_type != "mission"):
        return True
    if spec.required_when:
        other, values = spec.required_when
        default = table[other].default
        return bool(values) and default in values
    return False


def _is_shown(spec, content_type):
    rare = RARELY_USED["*"] + RARELY_USED.get(content_type, ())
    return spec.name not in rare and not (content_type == "mission" and spec.name == "slug")


def _lines(spec, context, commented, value=None, depth=0, block_commented=False):
    """The YAML lines of one field (with its sub-fields), commented or not.

    In a written mapping, an optional sub-field is commented where it stands
    (`  # address: …`); a commented field comments its whole block (`#   name: …`).
    """
    pad = INDENT * depth
    lead = "# " + pad if block_commented else pad + ("# " if commented else "")
    inner = block_commented or commented
    note = _note(spec, context)
    comment = f"  # {note}" if note else ""
    shape = _shape(spec)
    if shape.type == "mapping":
        lines = [f"{lead}{spec.name}:{comment}"]
        for sub in shape.fields:
            lines += _lines(sub, context, not sub.required, depth=depth + 1, block_commented=inner)
        return lines
    if shape.type == "list" and shape.item.type == "mapping":
        lines = [f"{lead}{spec.name}:{comment}"]
        item_lines = []
        for sub in shape.item.fields:
            item_lines += _lines(sub, context, not sub.required, depth=depth + 2, block_commented=inner)
        item_pad, dash_pad = INDENT * (depth + 2), INDENT * (depth + 1) + "- "
        first = next((i for i, line in enumerate(item_lines) if not line.lstrip().startswith("#")), 0)
        prefix = "# " if inner else ""
        item_lines[first] = prefix + dash_pad + item_lines[first][len(prefix) + len(item_pad):]
        return lines + item_lines
    if value is None:
        value = example(spec, context)
    return [f"{lead}{spec.name}: {value}{comment}"]


def _shape(spec):
    """How a field is written: an `either` as its sub-fields, unless it is a reference (a slug)."""
    if spec.type == "either":
        return spec.scalar if spec.scalar.type == "slug" else spec.mapping
    return spec


def _note(spec, context):
    if spec.name in NOTES:
        return words(context.lang, NOTES[spec.name])
    help_text = spec.help_in(context.lang)
    choices = spec.choices or (spec.item.choices if spec.item else ())
    if choices:
        listed = ", ".join(choices)
        help_text = f"{help_text} ({listed})" if help_text else listed
    return help_text


def example(spec, context):
    """A value of `spec`'s type, as YAML text, that `hub check` accepts."""
    if spec.type == "list":
        return "[" + example(spec.item, context) + "]" if spec.default is None else "[" + ", ".join(spec.default) + "]"
    if spec.type == "either":
        return example(spec.scalar, context)
    if spec.default is not None:
        return quote(str(spec.default))
    today, upcoming = context.today.isoformat(), context.upcoming.isoformat()
    values = {
        "when": {"date": today, "modified": today, "start": f"{upcoming} 18:00", "end": f"{upcoming} 20:00"}.get(spec.name, upcoming),
        "date": upcoming,
        "clock": {"end": "19:00"}.get(spec.name, "18:00"),
        "integer": str(max(spec.minimum, 1)),
        "number": "0",
        "choice": spec.choices[0] if spec.choices else "",
        "url": "https://example.org/",
        "email": "info@example.org",
        "slug": "identifiant",
        "timezone": context.timezone,
        "country": "CA",
        "region": "montreal",
        "city": quote(context.city),
        "image": "nom-du-fichier.jpg",
        "file": "nom-du-fichier.pdf",
        "rrule": "FREQ=MONTHLY;BYDAY=1TH",
    }
    if spec.name == "city":  # venue.city, destinations' city: a place the site knows
        return quote(context.city)
    return values.get(spec.type, quote(PLACEHOLDER))


PLAIN = re.compile(r"^[^\s\-?:,\[\]{}#&*!|>'\"%@`][^#]*$")
NULLS = frozenset({"~", "null", "Null", "NULL"})


def quote(text):
    """A YAML scalar for `text`: plain when that reads back the same, else double-quoted."""
    if PLAIN.match(text) and ": " not in text and not text.endswith((" ", ":")) and text not in NULLS:
        return text
    return json.dumps(text, ensure_ascii=False)
