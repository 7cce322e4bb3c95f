"""JSON Schemas (draft-07) of the front matter, generated from the field table.

One schema per content type (`schemas/event.schema.json`…) plus one for
`content/data/places.yml`, so editors' tools (VS Code's YAML extension) can
complete and check what they type. `python -m hub_cli schemas` writes them;
a test checks that the committed files are what the table gives.

The schemas describe the YAML *as editors write it*, read by any YAML parser:
`attendance: 42` may arrive as the number 42 (a YAML 1.2 editor) or as the text
"42" (hub_core.header keeps every scalar as text), so numbers accept both,
and dates and times are text checked by patterns taken from hub_core.dates.
What a schema cannot know (is this city in the places data? does 2026-02-30
exist? is the organizer in the directory?) is left to `hub check`. An empty
optional field (`end:`) is allowed, as the validator takes it as absent.
"""

import json
import re
from collections.abc import Sequence
from typing import Any, TypeAlias

from . import dates, places
from .model import CALENDAR, TYPES, Field
from .validate import COUNTRIES, EMAIL_RE, NUMBER_RE, SLUG_RE

DRAFT = "http://json-schema.org/draft-07/schema#"
# A JSON Schema, or a part of one: JSON, as json.dumps writes it, built and amended in place.
Schema: TypeAlias = dict[str, Any]

# Where each content type lives (globs from the site root), for editors' tools.
LOCATIONS = {
    "event": ("content/events/**/*.md",),
    "post": ("content/blog/**/*.md",),
    "chronicle": ("content/chronicles/**/*.md",),
    "mission": ("content/missions/*/mission*.md",),
    "report": ("content/missions/*/*.md", "!content/missions/*/mission*.md"),
    "directory": ("content/directory/**/*.md",),
    "page": ("content/pages/**/*.md",),
}
TITLES = {
    "event": "événement",
    "post": "billet de blogue",
    "chronicle": "chronique",
    "mission": "mission (mission.md)",
    "report": "récit de mission",
    "directory": "fiche du répertoire",
    "page": "page",
}
PLACES_FILE = "places.schema.json"
PLACES_LOCATION = "content/data/places.yml"
CALENDARS_FILE = "calendars.schema.json"
CALENDARS_LOCATION = "content/data/calendars.yml"


def _bare(pattern: str) -> str:
    """A Python pattern without anchors or named groups, valid in JavaScript too."""
    return re.sub(r"\(\?P<\w+>", "(?:", pattern).removeprefix("^").removesuffix("$")


DATE = _bare(dates.DATE_RE.pattern)
DATETIME = _bare(dates.DATETIME_RE.pattern)
CLOCK = _bare(dates.CLOCK_RE.pattern)
PATTERNS = {
    "when": f"^(?:{DATE}|{DATETIME})$",
    "date": f"^{DATE}$",
    "clock": f"^(?:{CLOCK}|{DATETIME})$",
    "url": r"^https?://[^\s/?#]+[^\s]*$",
    "email": EMAIL_RE.pattern,
    "slug": SLUG_RE.pattern,
    "timezone": r"^[A-Za-z][A-Za-z0-9_+-]*(?:/[A-Za-z0-9_+-]+)*$",
    "rrule": r"^(?:RRULE:)?[A-Za-z0-9=;,:+-]*[Ff][Rr][Ee][Qq]=",
    "number": NUMBER_RE.pattern,
}
TEXT_TYPES = ["string", "number", "boolean"]  # a title may be written `2027`


def schema_for(content_type: str, region_slugs: Sequence[str]) -> Schema:
    """The JSON Schema (a dict) of the front matter of content type `content_type`."""
    body = _object(TYPES[content_type], region_slugs, nullable=False)
    return {
        "$schema": DRAFT,
        "title": f"maillage — {TITLES[content_type]}",
        "description": "En-tête YAML d'un fichier de contenu ; généré depuis hub_core/model.py, ne pas modifier à la main.",
        **body,
    }


def _object(fields: Sequence[Field], region_slugs: Sequence[str], nullable: bool) -> Schema:
    table = {f.name: f for f in fields}
    schema: Schema = {"type": ["object", "null"] if nullable else "object"}
    schema["properties"] = {f.name: _field(f, region_slugs) for f in fields}
    required = [f.name for f in fields if f.required]
    if required:
        schema["required"] = required
    schema["additionalProperties"] = False
    conditions = [_condition(f, table) for f in fields if f.required_when]
    if conditions:
        schema["allOf"] = conditions
    return schema


def _condition(spec: Field, table: dict[str, Field]) -> Schema:
    """`spec` is required when another field has one of some values (or any value)."""
    assert spec.required_when  # _object passes the fields that have one
    other, values = spec.required_when
    default = table[other].default
    if not values:
        when = {"required": [other], "properties": {other: {"not": {"type": "null"}}}}
    elif default in values:  # absent means the default, which requires it
        when = {"properties": {other: {"enum": [*values, None]}}}
    else:
        when = {"required": [other], "properties": {other: {"enum": list(values)}}}
    return {"if": when, "then": {"required": [spec.name], "properties": {spec.name: {"not": {"type": "null"}}}}}


def _field(spec: Field | None, region_slugs: Sequence[str], nullable: bool | None = None) -> Schema:
    assert spec is not None  # a list's item, an either's two sides (model.py)
    nullable = not spec.required if nullable is None else nullable
    if spec.type == "mapping":
        schema = _object(spec.fields, region_slugs, nullable)
    elif spec.type == "list":
        item = _field(spec.item, region_slugs, nullable=True)
        array: Schema = {"type": "array", "items": item}
        if spec.required:
            array["minItems"] = 1
        branches = [array, _field(spec.item, region_slugs, nullable=False)]
        schema = {"anyOf": branches + ([{"type": "null"}] if nullable else [])}
    elif spec.type == "record":
        schema = {"type": ["object", "null"] if nullable else "object"}
    elif spec.type == "either":
        branches = [_field(spec.scalar, region_slugs, False), _field(spec.mapping, region_slugs, False)]
        schema = {"anyOf": branches + ([{"type": "null"}] if nullable else [])}
    else:
        schema = _scalar(spec, region_slugs, nullable)
    return _described(spec, schema)


def _scalar(spec: Field, region_slugs: Sequence[str], nullable: bool) -> Schema:
    field_type = spec.type
    if field_type in ("choice", "country", "region"):
        choices = {"choice": list(spec.choices), "country": sorted(COUNTRIES), "region": list(region_slugs)}[field_type]
        return {"enum": choices + ([None] if nullable else [])}
    schema: Schema
    if field_type == "integer":
        pattern = r"^\d+$" if spec.minimum < 1 else r"^0*[1-9]\d*$"
        schema = {"type": ["integer", "string"], "minimum": spec.minimum, "pattern": pattern}
    elif field_type == "number":
        schema = {"type": ["number", "string"], "minimum": 0, "pattern": PATTERNS["number"]}
    elif field_type in ("latitude", "longitude"):
        limit = 90 if field_type == "latitude" else 180
        schema = {"type": ["number", "string"], "minimum": -limit, "maximum": limit, "pattern": r"^-?\d+(?:[.,]\d+)?$"}
    elif field_type in PATTERNS:
        schema = {"type": ["string"], "pattern": PATTERNS[field_type]}
    else:  # text, city, image, file
        schema = {"type": list(TEXT_TYPES), "minLength": 1}
    if nullable:  # `end:` or `url: ""` is an absent field
        schema["type"] = schema["type"] + ["null"]
        schema.pop("minLength", None)
        if "pattern" in schema:
            schema["pattern"] = r"^\s*$|" + schema["pattern"]
    if len(schema["type"]) == 1:
        schema["type"] = schema["type"][0]
    return schema


def _described(spec: Field, schema: Schema) -> Schema:
    described: Schema = {}
    if spec.help:
        described["description"] = spec.help_in("fr")
    if spec.default is not None:
        described["default"] = list(spec.default) if isinstance(spec.default, tuple) else spec.default
    if spec.type == "timezone":
        described["examples"] = ["America/Toronto", "Europe/Paris"]
    return {**described, **schema}


def places_schema(region_slugs: Sequence[str]) -> Schema:
    """The schema of content/data/places.yml (read by hub_core.places)."""
    coordinate = {"type": ["number", "string"], "pattern": r"^-?\d+(?:\.\d+)?$"}
    return {
        "$schema": DRAFT,
        "title": "maillage — lieux du site (content/data/places.yml)",
        "description": "Lieux que les données du Québec ne connaissent pas ; voir docs/guide-redaction.md.",
        "type": "array",
        "items": {
            "type": "object",
            "properties": {
                "name": {"description": "nom de la municipalité", "type": "string", "minLength": 1},
                "country": {"description": "pays (code ISO à deux lettres)", "default": "CA", "enum": sorted(COUNTRIES)},
                "region": {"description": "région (lieux du Québec seulement)", "enum": list(region_slugs)},
                "province": {"description": "province ou subdivision ISO 3166-2 (ON, PDL…)", "type": "string", "pattern": r"^[A-Z0-9]{1,3}$"},
                "latitude": {"description": "latitude en degrés décimaux", **coordinate, "minimum": -90, "maximum": 90},
                "longitude": {"description": "longitude en degrés décimaux", **coordinate, "minimum": -180, "maximum": 180},
            },
            "required": ["name", "latitude", "longitude"],
        },
    }


def calendars_schema(region_slugs: Sequence[str]) -> Schema:
    """The schema of content/data/calendars.yml (the sources of `hub import`)."""
    source = _object(CALENDAR, region_slugs, nullable=False)
    source["properties"]["url"]["pattern"] = r"^\s*$|^(?:https|webcal)://[^\s/?#]+[^\s]*$"
    source["oneOf"] = [{"required": ["url"]}, {"required": ["file"]}]
    return {
        "$schema": DRAFT,
        "title": "maillage — calendriers des groupes (content/data/calendars.yml)",
        "description": "Calendriers que make import suit ; voir docs/guide-redaction.md.",
        "type": ["array", "null"],
        "items": source,
    }


def region_slugs() -> list[str]:
    regions, _municipalities = places.builtin_places()
    return [region.slug for region in sorted(regions, key=lambda r: r.code)]


def all_schemas() -> dict[str, Schema]:
    """{file name: schema} for every content type, places.yml and calendars.yml."""
    slugs = region_slugs()
    schemas = {f"{content_type}.schema.json": schema_for(content_type, slugs) for content_type in TYPES}
    schemas[PLACES_FILE] = places_schema(slugs)
    schemas[CALENDARS_FILE] = calendars_schema(slugs)
    return schemas


def render(schema: Schema) -> bytes:
    """The bytes written for a schema: stable, readable, UTF-8."""
    return (json.dumps(schema, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def editor_associations(folder: str = "schemas") -> dict[str, list[str]]:
    """`yaml.schemas` for VS Code: schema path -> the globs of the files it describes."""
    associations = {f"./{folder}/{content_type}.schema.json": list(globs) for content_type, globs in LOCATIONS.items()}
    associations[f"./{folder}/{PLACES_FILE}"] = [PLACES_LOCATION]
    associations[f"./{folder}/{CALENDARS_FILE}"] = [CALENDARS_LOCATION]
    return associations
