from types import SimpleNamespace

import pytest

from hub_core.references import DONE, link, resolve_references


@pytest.mark.parametrize(
    ("reference", "expected"),
    [
        ("groupe", {"name": "Groupe", "url": "repertoire/groupe/", "internal": True}),
        ("inconnu", None),
        ({"name": "Web2day", "url": "https://web2day.example"}, {"name": "Web2day", "url": "https://web2day.example", "internal": False}),
        ({"name": "Sans site"}, {"name": "Sans site", "url": None, "internal": False}),
    ],
)
def test_link(reference, expected):
    entries = {"groupe": SimpleNamespace(title="Groupe", url="repertoire/groupe/")}
    assert link(reference, entries) == expected


def item(**attributes):
    return SimpleNamespace(translations=[], in_default_lang=True, **attributes)


def test_resolve_references_once_per_build():
    entry = item(hub_type="directory", slug="groupe", title="Groupe", url="repertoire/groupe/")
    mission = item(hub_type="mission", slug="mission-2017", hub_parent="mission-2017", partners=["groupe", {"name": "Ville"}])
    report = item(hub_type="report", slug="carnet", hub_parent="mission-2017")
    translation = item(hub_type="event", slug="diner", organizer="groupe", mission="mission-2017")
    event = item(hub_type="event", slug="diner", organizer="groupe", mission="mission-2017")
    event.translations = [translation]
    context = {"articles": [event, report], "hidden_articles": [mission], "hidden_pages": [entry]}
    resolve_references(context)
    assert event.organizer_link["url"] == "repertoire/groupe/"
    assert translation.organizer_link == event.organizer_link
    assert event.mission_item is mission
    assert report.mission_item is mission and mission.mission_item is mission
    assert [p["name"] for p in mission.partner_links] == ["Groupe", "Ville"]
    assert context[DONE] is True
    event.organizer_link = "untouched"
    resolve_references(context)
    assert event.organizer_link == "untouched"
