"""hub_directory.jsonld: schema.org JSON-LD of an entry, and hub_core.jsonscript escaping."""

import dataclasses
import json
from types import SimpleNamespace

import pytest

from hub_core.jsonscript import script_json
from hub_directory.jsonld import organization_jsonld


@pytest.mark.parametrize(
    "kind, schema_type",
    [("meetup", "Organization"), ("public-body", "GovernmentOrganization"), ("media", "NewsMediaOrganization"), ("coworking", "LocalBusiness")],
)
def test_type_follows_the_kind(item, kind, schema_type):
    data = organization_jsonld(item("Rimouski", kind=kind, title="Groupe", url="repertoire/groupe/"), "https://maillage.quebec")
    assert data["@type"] == schema_type


def test_organization_of_an_entry_in_quebec(item):
    entry = item(
        "Rimouski", kind="meetup", title="Groupe", url="repertoire/groupe/", website="https://groupe.example.org/",
        email="info@groupe.example.org", social={"x": "https://x.example/g", "linkedin": "https://l.example/g"},
        languages=["fr", "en"], tags=[SimpleNamespace(name="dîners")], summary="Un <b>groupe</b>",
    )
    data = organization_jsonld(entry, "https://maillage.quebec")
    assert data["@id"] == "https://maillage.quebec/repertoire/groupe/#organisation"
    assert (data["url"], data["mainEntityOfPage"]) == ("https://groupe.example.org/", "https://maillage.quebec/repertoire/groupe/")
    assert data["sameAs"] == ["https://l.example/g", "https://x.example/g"]
    assert data["knowsLanguage"] == ["fr-CA", "en-CA"]
    assert data["address"] == {"@type": "PostalAddress", "addressLocality": "Rimouski", "addressRegion": "QC", "addressCountry": "CA"}
    assert data["location"]["geo"]["latitude"] == pytest.approx(48.45, abs=0.1)
    assert data["areaServed"]["name"] == "Bas-Saint-Laurent"
    assert data["description"] == "Un groupe"


def test_unknown_values_are_left_out_never_null(item):
    data = organization_jsonld(item("Nantes", kind="coworking", title="Cantine", url="repertoire/cantine/"), "")
    assert data["url"] == "/repertoire/cantine/"  # local preview: root-relative
    assert data["address"] == {"@type": "PostalAddress", "addressLocality": "Nantes", "addressCountry": "FR"}
    assert not {"email", "sameAs", "knowsLanguage", "keywords", "areaServed", "description"} & set(data)
    assert "null" not in json.dumps(data)


@pytest.mark.parametrize("text", ["</script><script>alert(1)</script>", "<!-- x", "a & b", "ligne\u2028suivante"])
def test_script_json_cannot_end_the_script_element_and_parses_back(text):
    written = str(script_json({"name": text}))
    assert "<" not in written and ">" not in written and "&" not in written and "\u2028" not in written
    assert json.loads(written) == {"name": text}


def test_script_json_is_deterministic():
    assert script_json({"b": 1, "a": [2, "é"]}) == script_json({"a": [2, "é"], "b": 1}) == '{"a":[2,"é"],"b":1}'


def test_the_premises_coordinates_come_before_the_city_centre(item):
    entry = item("Rimouski", kind="meetup", title="Groupe", url="repertoire/groupe/")
    entry.point = dataclasses.replace(entry.place, latitude=48.4521, longitude=-68.5212)
    data = organization_jsonld(entry, "")
    assert (data["location"]["geo"]["latitude"], data["location"]["geo"]["longitude"]) == (48.4521, -68.5212)
