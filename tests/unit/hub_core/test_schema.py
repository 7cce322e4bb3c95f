"""hub_core.schema: the JSON Schemas of the front matter, generated from the
field table, committed under schemas/, accept every demo file (as the site's
loader reads it and as a YAML 1.2 editor reads it) and reject what is wrong
at the level of one file."""

import json
import re
from pathlib import Path

import jsonschema
import pytest
import yaml

from hub_core import header, schema
from hub_core.model import TYPES, content_type_of

ROOT = Path(__file__).resolve().parents[3]
SCHEMAS = ROOT / "schemas"
FIXTURES = ROOT / "tests" / "fixtures"
GENERATED = schema.all_schemas()
CONTENT_TREES = [ROOT / "content", FIXTURES / "site" / "content"]  # the demo, and the valid fixture site


class Yaml12Loader(yaml.SafeLoader):
    """What an editor's YAML 1.2 tools see: numbers and booleans typed, dates and `18:00` text."""

    yaml_implicit_resolvers = {}


for tag, pattern, first in (
    ("bool", r"^(?:true|True|TRUE|false|False|FALSE)$", "tTfF"),
    ("int", r"^[-+]?[0-9]+$", "-+0123456789"),
    ("float", r"^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$", "-+.0123456789"),
    ("null", r"^(?:~|null|Null|NULL|)$", ["~", "n", "N", ""]),
):
    Yaml12Loader.add_implicit_resolver(f"tag:yaml.org,2002:{tag}", re.compile(pattern), list(first))


def validator(kind):
    return jsonschema.Draft7Validator(GENERATED[f"{kind}.schema.json"])


def content_files():
    for tree in CONTENT_TREES:
        for path in sorted(tree.rglob("*.md")):
            relative = path.relative_to(tree)
            if content_type_of(relative) is not None:
                yield pytest.param(tree, relative, id=f"{'demo' if tree.parent == ROOT else 'fixture'}/{relative.as_posix()}")


def errors(kind, data):
    return sorted(f"{'.'.join(map(str, e.absolute_path))}: {e.validator}" for e in validator(kind).iter_errors(data))


@pytest.mark.parametrize("name", sorted(GENERATED))
def test_committed_schemas_are_what_the_table_gives(name):
    path = SCHEMAS / name
    assert path.is_file(), f"missing {path}; run: make schemas"
    assert path.read_bytes() == schema.render(GENERATED[name]), f"{path} is out of date; run: make schemas"


def test_no_stale_schema_file():
    assert sorted(p.name for p in SCHEMAS.glob("*.json")) == sorted(GENERATED)


def test_regenerating_gives_the_same_bytes():
    assert {n: schema.render(s) for n, s in schema.all_schemas().items()} == {n: schema.render(s) for n, s in GENERATED.items()}


@pytest.mark.parametrize("name", sorted(GENERATED))
def test_schemas_are_valid_draft_07(name):
    jsonschema.Draft7Validator.check_schema(GENERATED[name])


@pytest.mark.parametrize("kind", sorted(TYPES))
def test_every_field_of_the_table_is_in_the_schema(kind):
    properties = GENERATED[f"{kind}.schema.json"]["properties"]
    assert list(properties) == [f.name for f in TYPES[kind]]
    assert GENERATED[f"{kind}.schema.json"].get("required", []) == [f.name for f in TYPES[kind] if f.required]


@pytest.mark.parametrize("tree, relative", list(content_files()))
def test_every_demo_and_fixture_file_is_accepted(tree, relative):
    kind = content_type_of(relative)
    text = (tree / relative).read_text(encoding="utf-8")
    parsed = header.parse(text)
    assert parsed.problems == []
    assert errors(kind, parsed.data) == [], "as the site reads it (every scalar as text)"
    yaml_text = text.split("---\n", 2)[1]
    assert errors(kind, yaml.load(yaml_text, Loader=Yaml12Loader)) == [], "as a YAML 1.2 editor reads it"


@pytest.mark.parametrize("tree", CONTENT_TREES, ids=["demo", "fixture"])
def test_places_files_are_accepted(tree):
    path = tree / "data" / "places.yml"
    data, _lines, problems = header.load_yaml(path.read_text(encoding="utf-8"))
    assert problems == []
    check = jsonschema.Draft7Validator(GENERATED[schema.PLACES_FILE])
    assert list(check.iter_errors(data)) == []
    assert list(check.iter_errors(yaml.load(path.read_text(encoding="utf-8"), Loader=Yaml12Loader))) == []


INVALID = FIXTURES / "invalid" / "content"

# The invalid fixture's problems a schema can see (one file at a time, no places
# data, no calendar): the field and the JSON Schema keyword that fails.
SCHEMA_LEVEL = [
    ("directory/kind-missing.md", [": required"]),
    ("events/missing-start.md", [": required"]),
    ("events/unknown-format.md", ["format: enum"]),
    ("events/unknown-region-slug.md", ["region: enum"]),
    ("events/wrong-type-attendance.md", ["attendance: pattern"]),
    ("events/unknown-field-warning-only.md", [": additionalProperties"]),  # a warning for hub check
]
NOT_SCHEMA_LEVEL = [
    "events/dangling-mission.md",  # another file is missing
    "events/dangling-organizer.md",
    "events/duplicate-slug-first.md",
    "events/duplicate-slug-second.md",
    "events/end-before-start.md",  # compares two fields' dates
    "events/time-in-dst-gap.md",  # needs the time zone rules
    "events/unknown-city-without-region.md",  # needs the places data
    "missions/mission-sans-evenement/mission.md",
]


@pytest.mark.parametrize("relative, expected", SCHEMA_LEVEL)
def test_invalid_fixtures_are_rejected(relative, expected):
    parsed = header.parse((INVALID / relative).read_text(encoding="utf-8"))
    assert errors(content_type_of(relative), parsed.data) == expected


@pytest.mark.parametrize("relative", NOT_SCHEMA_LEVEL)
def test_problems_beyond_one_file_are_left_to_hub_check(relative):
    parsed = header.parse((INVALID / relative).read_text(encoding="utf-8"))
    assert errors(content_type_of(relative), parsed.data) == []


def test_the_invalid_places_file_is_rejected():
    data, _lines, _problems = header.load_yaml((INVALID / "data" / "places.yml").read_text(encoding="utf-8"))
    found = jsonschema.Draft7Validator(GENERATED[schema.PLACES_FILE]).iter_errors(data)
    assert sorted(f"{'.'.join(map(str, e.absolute_path))}: {e.validator}" for e in found) == ["0.country: enum"]


EVENT = {"title": "Atelier", "date": "2026-09-01", "start": "2026-10-07 18:00", "venue": {"name": "Salle", "city": "Rimouski"}}


@pytest.mark.parametrize(
    "change, expected",
    [
        pytest.param({}, [], id="valid"),
        pytest.param({"start": "2026-10-07T18:00:00+02:00"}, [], id="offset"),
        pytest.param({"start": "2026-10-07 18 h 30"}, [], id="quebec-clock"),
        pytest.param({"start": "07/10/2026"}, ["start: pattern"], id="not-iso"),
        pytest.param({"end": None, "summary": ""}, [], id="empty-optional-is-absent"),
        pytest.param({"format": "online", "venue": None}, [": required"], id="online-needs-online"),
        pytest.param({"format": "online", "venue": None, "online": {"url": ""}}, [], id="online-url-may-stay-empty"),
        pytest.param({"format": "hybrid", "online": {"platform": "Zoom"}}, [], id="hybrid"),
        pytest.param({"venue": None}, ["venue: not"], id="in-person-by-default-needs-venue"),
        pytest.param({"format": "in-person", "venue": "Salle"}, ["venue: type"], id="venue-is-a-mapping"),
        pytest.param({"image": "a.jpg"}, [": required"], id="image-needs-alt"),
        pytest.param({"image": "a.jpg", "image_alt": "Affiche"}, [], id="image-with-alt"),
        pytest.param({"event_status": "rescheduled"}, [": required"], id="rescheduled-needs-previous-start"),
        pytest.param({"registration": "https://example.org/i"}, [], id="registration-url"),
        pytest.param({"registration": {"price": 25}}, [], id="price-number"),
        pytest.param({"registration": {"price": "25,50"}}, [], id="price-text"),
        pytest.param({"registration": {"price": "gratuit"}}, ["registration: anyOf"], id="price-wrong"),
        pytest.param({"organizer": "Groupe Rimouski"}, ["organizer: anyOf"], id="organizer-not-a-slug"),
        pytest.param({"tags": "réseautage"}, [], id="single-value-list"),
        pytest.param({"languages": ["fr", "de"]}, ["languages: anyOf"], id="unknown-language"),
        pytest.param({"attendance": 0}, [], id="zero-attendance"),
        pytest.param({"attendance": -3}, ["attendance: minimum"], id="negative"),
        pytest.param({"program": [{"start": "09:30", "title": "Accueil"}]}, [], id="program"),
        pytest.param({"program": [{"start": "9h30", "title": "Accueil"}]}, [], id="program-quebec-clock"),
        pytest.param({"recurrence": {"rule": "FREQ=MONTHLY;BYDAY=1TH", "count": 0}}, ["recurrence.count: minimum"], id="count-0"),
        pytest.param({"recurrence": {"rule": "BYDAY=1TH"}}, ["recurrence.rule: pattern"], id="rrule-without-freq"),
        pytest.param({"venue": {"name": "Salle"}}, ["venue: required"], id="venue-city-required"),
        pytest.param({"country": "NO"}, [], id="norway-stays-a-country"),
        pytest.param({"timezone": "Europe/Paris"}, [], id="timezone"),
    ],
)
def test_event_schema(change, expected):
    data = {**EVENT, **change}
    assert errors("event", {k: v for k, v in data.items()}) == expected


def test_editor_settings_point_at_the_schemas():
    settings = json.loads((ROOT / ".vscode" / "settings.json").read_text(encoding="utf-8"))
    assert settings["yaml.schemas"] == schema.editor_associations()
    for path in settings["yaml.schemas"]:
        assert (ROOT / path).is_file()
