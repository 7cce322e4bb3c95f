"""hub_directory.exports: /repertoire/repertoire.json and /repertoire/repertoire.geojson."""

import json
from types import SimpleNamespace

import pytest

from hub_directory.exports import directory_geojson, directory_json, dumps, entry_record

SITE = "https://maillage.quebec"


def entry(item, city, **attributes):
    values = {"slug": "groupe", "title": "Groupe", "url": "repertoire/groupe/", "kind": "meetup", "summary": "Un <em>groupe</em> &amp; ses amis"}
    values.update(attributes)
    return item(city, **values)


def test_record_of_an_entry_in_quebec(item):
    record = entry_record(entry(item, "Rimouski", email="info@groupe.example.org", social={"x": "https://x.example/g", "linkedin": "https://l.example/g"}, tags=[SimpleNamespace(name="réseautage")], languages=["fr"]), SITE, "repertoire/groupe/calendrier.ics", "repertoire/groupe/rss.xml")
    assert record["url"] == "https://maillage.quebec/repertoire/groupe/"
    assert (record["kind"], record["kind_label"]) == ("meetup", "Groupe de rencontre")
    assert record["region"] == {"code": "01", "slug": "bas-saint-laurent", "name": "Bas-Saint-Laurent", "url": "https://maillage.quebec/regions/bas-saint-laurent/"}
    assert (record["city"], record["province"], record["country"]) == ("Rimouski", "QC", "CA")
    assert (record["latitude"], record["longitude"]) == pytest.approx((48.45, -68.52), abs=0.1)
    assert list(record["social"]) == ["linkedin", "x"]
    assert record["tags"] == ["réseautage"]
    assert record["summary"] == "Un groupe & ses amis"
    assert record["calendar"] == "https://maillage.quebec/repertoire/groupe/calendrier.ics"
    assert record["feed"] == "https://maillage.quebec/repertoire/groupe/rss.xml"


@pytest.mark.parametrize(
    "city, attributes, region, province, country, located",
    [
        pytest.param("Toronto", {}, None, "ON", "CA", "city", id="ontario"),
        pytest.param("Nantes", {}, None, None, "FR", "city", id="france"),
        pytest.param(None, {"region": "bas-saint-laurent"}, "bas-saint-laurent", "QC", "CA", None, id="region-without-place"),
        pytest.param("Saint-Fabien", {"region": "bas-saint-laurent"}, "bas-saint-laurent", "QC", "CA", "region", id="unknown-city-with-region"),
    ],
)
def test_record_location(item, city, attributes, region, province, country, located):
    record = entry_record(entry(item, city, **attributes), SITE)
    assert (record["region"] or {}).get("slug") == region
    assert (record["province"], record["country"]) == (province, country)
    assert (record["latitude"] is not None) is (located is not None)
    assert record["located"] == located
    assert record["calendar"] is None and record["feed"] is None


def test_an_unknown_city_with_its_region_is_at_the_regions_main_town(item):
    record = entry_record(entry(item, "Saint-Fabien", region="bas-saint-laurent"), SITE)
    rimouski = entry_record(entry(item, "Rimouski"), SITE)
    assert record["city"] == "Saint-Fabien"
    assert (record["latitude"], record["longitude"]) == (rimouski["latitude"], rimouski["longitude"])
    geometry = directory_geojson([record])["features"][0]["geometry"]
    assert geometry == {"type": "Point", "coordinates": [rimouski["longitude"], rimouski["latitude"]]}


def test_geojson_points_are_longitude_then_latitude_and_unlocated_features_have_no_geometry(item):
    records = [
        entry_record(entry(item, "Rimouski", slug="b-rimouski"), SITE),
        entry_record(entry(item, None, slug="a-nowhere", region="bas-saint-laurent"), SITE),
    ]
    collection = directory_geojson(records)
    assert collection["type"] == "FeatureCollection"
    assert [f["id"] for f in collection["features"]] == ["a-nowhere", "b-rimouski"]
    nowhere, rimouski = collection["features"]
    assert nowhere["geometry"] is None
    assert rimouski["geometry"]["type"] == "Point"
    longitude, latitude = rimouski["geometry"]["coordinates"]
    assert (longitude, latitude) == (records[0]["longitude"], records[0]["latitude"])
    assert longitude < 0 < latitude
    assert "latitude" not in rimouski["properties"] and rimouski["properties"]["slug"] == "b-rimouski"


def test_json_export_is_sorted_counted_and_stable(item):
    records = [entry_record(entry(item, "Matane", slug=s, title=s.upper()), SITE) for s in ("c", "a", "b")]
    data = directory_json(records, "maillage", SITE)
    assert [r["slug"] for r in data["entries"]] == ["a", "b", "c"]
    assert (data["count"], data["url"]) == (3, "https://maillage.quebec/repertoire/")
    text = dumps(data)
    assert text == dumps(directory_json(list(reversed(records)), "maillage", SITE))
    assert json.loads(text) == data and text.endswith("\n") and "Répertoire" in text  # UTF-8 kept
