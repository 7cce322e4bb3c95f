"""The JSON Schema of content/data/calendars.yml, as an editor's tool applies it."""

import jsonschema
import pytest

from hub_core import schema

GOOD = {"name": "yulbiz", "url": "https://api.lu.ma/ics/get?entity=calendar&id=cal-x", "organizer": "yulbiz-montreal"}


def errors(entries):
    validator = jsonschema.Draft7Validator(schema.calendars_schema(schema.region_slugs()))
    return sorted(error.validator for error in validator.iter_errors(entries))


@pytest.mark.parametrize(("change", "expected"), [
    ({}, []),
    ({"url": "webcal://api.lu.ma/ics/get?id=cal-x"}, []),
    ({"url": None, "file": "calendriers/swaff.ics"}, []),
    ({"url": "http://example.org/c.ics"}, ["pattern"]),
    ({"file": "calendriers/swaff.ics"}, ["oneOf"]),
    ({"url": None}, ["oneOf"]),
    ({"organizer": None}, ["required"]),
    ({"region": "gaspesie"}, ["enum"]),
    ({"format": "virtuel"}, ["enum"]),
    ({"regoin": "x"}, ["additionalProperties"]),
])
def test_calendars_schema(change, expected):
    entry = {key: value for key, value in {**GOOD, **change}.items() if value is not None}
    assert errors([entry]) == expected


def test_an_empty_list_is_valid():
    assert errors([]) == [] and errors(None) == []
