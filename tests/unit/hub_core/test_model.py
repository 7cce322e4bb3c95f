"""hub_core.model: the declared field table matches shared/content-model.md.

The expected tables below are transcribed from content-model.md, not from the
code. A type may declare more fields than the contract lists ("a field not
listed here may be added"), but every listed field exists with the contract's
name, kind of value, required flag and allowed values.
"""

import re

import pytest

from hub_core import model
from hub_core.i18n import message_catalogs
from hub_core.model import content_type_of, fields_of

# Kinds of value, as the model names them: "when" is a date or a local
# date-time (the time rule), "date" a date only, "either" a scalar or a mapping.
COMMON = {
    "title": ("text", True),
    "date": ("when", True),
    "modified": ("when", False),
    "lang": ("choice", False),
    "slug": ("slug", False),
    "summary": ("text", False),
    "authors": ("list", False),
    "author": ("text", False),
    "tags": ("list", False),
    "category": ("text", False),
    "status": ("choice", False),
    "image": ("image", False),
    "image_alt": ("text", False),
    "city": ("city", False),
    "region": ("region", False),
    "country": ("country", False),
}

EVENT = {
    **COMMON,
    "start": ("when", True),
    "end": ("when", False),
    "timezone": ("timezone", False),
    "format": ("choice", False),
    "venue": ("mapping", False),
    "online": ("mapping", False),
    "organizer": ("either", False),
    "registration": ("either", False),
    "languages": ("list", False),
    "speakers": ("list", False),
    "program": ("list", False),
    "event_status": ("choice", False),
    "previous_start": ("when", False),
    "recurrence": ("mapping", False),
    "replay": ("mapping", False),
    "attendance": ("integer", False),
    "mission": ("slug", False),
}

POST = {
    **COMMON,
    "series": ("text", False),
    "series_index": ("integer", False),
    "series_upcoming": ("list", False),
}

CHRONICLE = {**COMMON, "column": ("text", True), "authors": ("list", True)}

MISSION = {
    **COMMON,
    "date": ("when", False),
    "start": ("date", True),
    "end": ("date", True),
    "destinations": ("list", True),
    "delegation": ("integer", False),
    "organizer": ("either", False),
    "partners": ("list", False),
}

REPORT = {**COMMON, "stop": ("text", False)}

DIRECTORY = {
    **COMMON,
    "kind": ("choice", True),
    "city": ("city", True),
    "website": ("url", False),
    "email": ("email", False),
    "social": ("mapping", False),
    "languages": ("list", False),
    "tags": ("list", False),
    "meets": ("text", False),
}

CONTRACT = {
    "event": EVENT,
    "post": POST,
    "chronicle": CHRONICLE,
    "mission": MISSION,
    "report": REPORT,
    "directory": DIRECTORY,
}


FIELD_CASES = [
    pytest.param(
        kind,
        name,
        kind_of_value,
        required,
        id=f"{kind}.{name}",
    )
    for kind, table in CONTRACT.items()
    for name, (kind_of_value, required) in table.items()
]


@pytest.mark.parametrize("kind, name, kind_of_value, required", FIELD_CASES)
def test_contract_field_is_declared(kind, name, kind_of_value, required):
    spec = fields_of(kind).get(name)
    assert spec is not None, f"{kind} has no field {name}"
    assert spec.name == name
    assert spec.type == kind_of_value
    assert spec.required is required


REQUIRED = {
    "event": {"title", "date", "start"},
    "post": {"title", "date"},
    "chronicle": {"title", "date", "column", "authors"},
    "mission": {"title", "start", "end", "destinations"},
    "report": {"title", "date"},
    "directory": {"title", "date", "kind", "city"},
}

REQUIRED_CASES = [pytest.param(kind, names, id=kind) for kind, names in REQUIRED.items()]


@pytest.mark.parametrize("kind, names", REQUIRED_CASES)
def test_exactly_the_contract_fields_are_required(kind, names):
    assert {f.name for f in model.TYPES[kind] if f.required} == names


def test_page_requires_only_a_title():
    assert {f.name for f in model.TYPES["page"] if f.required} == {"title"}


# --- Choices and defaults ---------------------------------------------------------

CHOICES = [
    pytest.param("event", "lang", ("fr", "en"), "fr", id="lang"),
    pytest.param("post", "status", ("published", "draft", "hidden"), "published", id="status"),
    pytest.param("event", "status", ("published", "draft"), "published", id="status-of-an-event-never-hidden"),
    pytest.param("event", "format", ("in-person", "online", "hybrid"), "in-person", id="format"),
    pytest.param(
        "event",
        "event_status",
        ("scheduled", "cancelled", "postponed", "rescheduled", "moved-online"),
        "scheduled",
        id="event_status",
    ),
    pytest.param(
        "directory",
        "kind",
        ("organization", "association", "meetup", "incubator", "coworking", "public-body", "media"),
        None,
        id="directory-kind",
    ),
]


@pytest.mark.parametrize("kind, name, choices, default", CHOICES)
def test_choices_and_default(kind, name, choices, default):
    spec = fields_of(kind)[name]
    assert set(spec.choices) == set(choices)
    assert len(spec.choices) == len(choices)
    assert spec.default == default


def test_default_country_is_canada():
    for kind in model.TYPES:
        assert fields_of(kind)["country"].default == "CA"


def test_event_languages_default_to_french_and_allow_fr_en():
    spec = fields_of("event")["languages"]
    assert list(spec.default) == ["fr"]
    assert set(spec.item.choices) == {"fr", "en"}


@pytest.mark.parametrize(
    "kind, name, other, values",
    [
        pytest.param("event", "venue", "format", {"in-person", "hybrid"}, id="venue"),
        pytest.param("event", "online", "format", {"online", "hybrid"}, id="online"),
        pytest.param("event", "previous_start", "event_status", {"rescheduled"}, id="previous_start"),
    ],
)
def test_required_when(kind, name, other, values):
    written_other, written_values = fields_of(kind)[name].required_when
    assert (written_other, set(written_values)) == (other, values)


def test_image_alt_is_required_whenever_image_is_set():
    # An empty tuple of values means "whatever value `image` has".
    assert fields_of("event")["image_alt"].required_when == ("image", ())


# --- Sub-fields -------------------------------------------------------------------------

def sub_fields(spec):
    """Names of the sub-fields of a mapping, a list of mappings, or an either."""
    if spec.type == "list":
        spec = spec.item
    if spec.type == "either":
        spec = spec.mapping
    return {f.name for f in spec.fields}


SUB_FIELDS = [
    pytest.param("event", "venue", {"name", "address", "city", "postal_code"}, id="venue"),
    pytest.param("event", "online", {"url", "platform"}, id="online"),
    pytest.param("event", "organizer", {"name", "url"}, id="organizer"),
    pytest.param("event", "registration", {"url", "price", "currency", "deadline"}, id="registration"),
    pytest.param("event", "speakers", {"name", "affiliation", "url"}, id="speakers"),
    pytest.param("event", "program", {"start", "end", "title", "speakers", "room", "language"}, id="program"),
    pytest.param("event", "recurrence", {"rule", "until", "count", "except"}, id="recurrence"),
    pytest.param("event", "replay", {"url", "until"}, id="replay"),
    pytest.param("post", "series_upcoming", {"title", "expected"}, id="series_upcoming"),
    pytest.param("mission", "destinations", {"city", "country", "from", "to", "hosts", "events"}, id="destinations"),
    pytest.param("mission", "organizer", {"name", "url"}, id="mission-organizer"),
    pytest.param("mission", "partners", {"name", "url"}, id="partners"),
    pytest.param(
        "directory", "social", {"linkedin", "mastodon", "bluesky", "x", "facebook", "youtube"}, id="social"
    ),
]


@pytest.mark.parametrize("kind, name, names", SUB_FIELDS)
def test_sub_fields(kind, name, names):
    assert names <= sub_fields(fields_of(kind)[name])


def test_directory_social_networks_are_exactly_the_contract_ones():
    assert sub_fields(fields_of("directory")["social"]) == {
        "linkedin", "mastodon", "bluesky", "x", "facebook", "youtube"
    }  # fmt: skip


@pytest.mark.parametrize(
    "kind, keypath, kind_of_value",
    [
        pytest.param("event", ("venue", "city"), "city", id="venue.city-sets-region"),
        pytest.param("event", ("online", "url"), "url", id="online.url"),
        pytest.param("event", ("registration", "price"), "number", id="registration.price"),
        pytest.param("event", ("registration", "deadline"), "when", id="registration.deadline"),
        pytest.param("event", ("program", "start"), "clock", id="program.start"),
        pytest.param("event", ("program", "end"), "clock", id="program.end"),
        pytest.param("event", ("recurrence", "rule"), "rrule", id="recurrence.rule"),
        pytest.param("event", ("recurrence", "until"), "date", id="recurrence.until"),
        pytest.param("event", ("replay", "until"), "date", id="replay.until"),
        pytest.param("post", ("series_upcoming", "expected"), "date", id="series_upcoming.expected"),
        pytest.param("mission", ("destinations", "from"), "date", id="destinations.from"),
        pytest.param("mission", ("destinations", "to"), "date", id="destinations.to"),
        pytest.param("mission", ("destinations", "country"), "country", id="destinations.country"),
        pytest.param("mission", ("destinations", "hosts"), "list", id="destinations.hosts"),
        pytest.param("mission", ("destinations", "events"), "list", id="destinations.events"),
    ],
)
def test_sub_field_kinds(kind, keypath, kind_of_value):
    spec = fields_of(kind)[keypath[0]]
    if spec.type == "list":
        spec = spec.item
    if spec.type == "either":
        spec = spec.mapping
    assert spec.sub(keypath[1]).type == kind_of_value


def test_registration_currency_defaults_to_cad():
    assert fields_of("event")["registration"].mapping.sub("currency").default == "CAD"


def test_sub_of_unknown_name_is_none():
    assert fields_of("event")["venue"].sub("nope") is None


# --- The table as a whole ---------------------------------------------------------------

def test_the_seven_content_types():
    assert set(model.TYPES) == {"event", "post", "chronicle", "mission", "report", "directory", "page"}


@pytest.mark.parametrize("kind", sorted(model.TYPES))
def test_every_type_has_the_common_fields(kind):
    assert set(COMMON) <= set(fields_of(kind))


@pytest.mark.parametrize("kind", sorted(model.TYPES))
def test_field_names_are_snake_case_and_unique(kind):
    names = [f.name for f in model.TYPES[kind]]
    assert len(names) == len(set(names))
    assert all(re.fullmatch(r"[a-z][a-z0-9_]*", name) for name in names)


@pytest.mark.parametrize("kind", sorted(model.TYPES))
def test_every_field_is_documented_in_both_languages(kind):
    undocumented = [f.name for f in model.TYPES[kind] if not (f.help and message_catalogs().has("en", f.help))]
    assert undocumented == []


# --- content_type ---------------------------------------------------------------------------

CONTENT_TYPES = [
    ("events/a.md", "event"),
    ("events/sub/a.md", "event"),
    ("events\\windows\\a.md", "event"),
    ("blog/a.md", "post"),
    ("blog/series/part-1.md", "post"),
    ("chronicles/a.md", "chronicle"),
    ("missions/x/mission.md", "mission"),
    ("missions/x/report.md", "report"),
    ("directory/a.md", "directory"),
    ("pages/a.md", "page"),
    ("data/places.yml", None),
    ("images/affiche.jpg", None),
    ("a.md", None),
    ("events", None),
    ("unknown/a.md", None),
]


@pytest.mark.parametrize("path, kind", CONTENT_TYPES, ids=[c[0] for c in CONTENT_TYPES])
def test_content_type(path, kind):
    assert content_type_of(path) == kind
