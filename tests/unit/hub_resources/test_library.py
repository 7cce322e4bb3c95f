"""hub_resources.library: which resources the library lists, in which order, under which filters."""

import datetime as dt
from types import SimpleNamespace

import pytest

from hub_core.i18n import message_catalogs
from hub_core.model import RESOURCE_KINDS
from hub_resources import library

TZ = dt.timezone(dt.timedelta(hours=-5))


def region(slug, fr, en):
    return SimpleNamespace(slug=slug, name=lambda lang: en if lang == "en" else fr)


def category(name, slug):
    return SimpleNamespace(name=name, slug=slug)


BSL = region("bas-saint-laurent", "Bas-Saint-Laurent", "Lower St. Lawrence")
NORD = region("cote-nord", "Côte-Nord", "North Shore")
RH = category("Ressources humaines", "ressources-humaines")


def item(kind, source, day, resources=(), exhibitors=(), **extra):
    when = dt.datetime.combine(day, dt.time(12), TZ)
    values = {"hub_type": kind, "hub_source": source, "date": when, "resources": list(resources), "exhibitors": list(exhibitors)}
    if kind in ("event", "mission"):
        values["start"] = when + dt.timedelta(days=30)
    values.update(extra)
    return SimpleNamespace(**values)


def res(title, kind="slides", **extra):
    return {"title": title, "kind": kind, "url": f"https://x.example.org/{title}", "access": "public", **extra}


DINER = item("event", "events/diner.md", dt.date(2025, 9, 1), [res("Diapos"), res("Vidéo", "video", until=dt.date(2025, 12, 31))], region=BSL, category=RH)
FORUM = item(
    "event", "events/forum.md", dt.date(2021, 2, 1),
    [res("Ouverture", "recording", until=dt.date(2021, 7, 15)), {"title": "Cartable", "kind": "document", "file": "cartable.pdf", "access": "public"}],
    [{"name": "Lakeshore", "resources": [res("Checklist", "document", language="en")]}, {"directory": "incubateur", "resources": [res("Cohorte", "document")]}],
)
BILLET = item("post", "blog/billet.md", dt.date(2024, 3, 5), [res("Guide", "link")], region=NORD)
ENTRIES = {"incubateur": SimpleNamespace(title="Incubateur numérique de l'Estrie")}


def titles(resources):
    return [r.title for r in resources]


def test_every_resource_once_newest_first_own_before_exhibitors():
    found = library.collect([BILLET, FORUM, DINER], ENTRIES)
    assert titles(found) == ["Diapos", "Vidéo", "Guide", "Ouverture", "Cartable", "Checklist", "Cohorte"]


def test_an_event_is_filed_under_its_start_a_post_under_its_date():
    found = {r.title: r.day for r in library.collect([BILLET, DINER])}
    assert found == {"Diapos": dt.date(2025, 10, 1), "Vidéo": dt.date(2025, 10, 1), "Guide": dt.date(2024, 3, 5)}


def test_an_exhibitors_resource_names_it_by_name_or_by_its_entry():
    found = {r.title: r.exhibitor for r in library.collect([FORUM], ENTRIES)}
    assert found == {"Ouverture": None, "Cartable": None, "Checklist": "Lakeshore", "Cohorte": "Incubateur numérique de l'Estrie"}


def test_a_file_is_served_from_files():
    cartable = next(r for r in library.collect([FORUM]) if r.title == "Cartable")
    assert (cartable.href, cartable.is_file, cartable.target) == ("files/cartable.pdf", True, "file:cartable-pdf")


@pytest.mark.parametrize(
    "today, expected",
    [
        (dt.date(2021, 7, 15), ["Diapos", "Vidéo", "Guide", "Ouverture", "Cartable", "Checklist", "Cohorte"]),  # its last day
        (dt.date(2021, 7, 16), ["Diapos", "Vidéo", "Guide", "Cartable", "Checklist", "Cohorte"]),
        (dt.date(2025, 12, 31), ["Diapos", "Vidéo", "Guide", "Cartable", "Checklist", "Cohorte"]),
        (dt.date(2026, 1, 1), ["Diapos", "Guide", "Cartable", "Checklist", "Cohorte"]),
    ],
)
def test_an_expired_resource_leaves_the_library_the_day_after_until(today, expected):
    assert titles(library.available(library.collect([BILLET, FORUM, DINER]), today)) == expected


def test_the_day_it_ended():
    ouverture = library.collect([FORUM])[0]
    assert (ouverture.until, ouverture.ended) == (dt.date(2021, 7, 15), dt.date(2021, 7, 16))


def test_facets_by_kind_topic_region_and_year():
    groups = library.facets(library.collect([BILLET, FORUM, DINER]))
    got = {kind: {f.slug: titles(f.resources) for f in facets} for kind, facets in groups.items()}
    assert got == {
        "kind": {
            "enregistrements": ["Ouverture"], "videos": ["Vidéo"], "presentations": ["Diapos"],
            "documents": ["Cartable", "Checklist", "Cohorte"], "liens": ["Guide"],
        },
        "topic": {"ressources-humaines": ["Diapos", "Vidéo"]},
        "region": {"bas-saint-laurent": ["Diapos", "Vidéo"], "cote-nord": ["Guide"]},
        "year": {"2025": ["Diapos", "Vidéo"], "2024": ["Guide"], "2021": ["Ouverture", "Cartable", "Checklist", "Cohorte"]},
    }
    assert [f.slug for f in groups["year"]] == ["2025", "2024", "2021"]  # newest year first
    assert [f.url for f in groups["kind"]][0] == "ressources/type/enregistrements/"


def test_regions_follow_the_titles_of_the_pages_language():
    found = library.collect([BILLET, DINER])
    assert [f.slug for f in library.facets(found, "fr")["region"]] == ["bas-saint-laurent", "cote-nord"]
    assert [f.slug for f in library.facets(found, "en")["region"]] == ["bas-saint-laurent", "cote-nord"]  # Lower… before North…


def test_item_page_order_recordings_first():
    found = library.resources_of(DINER) + library.resources_of(FORUM)
    assert titles(sorted(found, key=lambda r: r.rank)) == ["Ouverture", "Vidéo", "Diapos", "Cartable", "Checklist", "Cohorte"]


def test_other_types_bring_no_resources():
    page = item("page", "pages/a.md", dt.date(2024, 1, 1), [res("Rien")])
    assert library.collect([page]) == []


def test_an_address_gives_a_target_of_letters_digits_and_hyphens():
    diapos = library.collect([DINER])[0]
    assert diapos.target == "url:https-x-example-org-diapos"


def test_every_resource_kind_of_the_content_model_is_named():
    assert set(library.KIND_LABELS) == set(RESOURCE_KINDS) == set(library.KIND_SLUGS)


@pytest.mark.parametrize(
    ("kind", "message"),
    sorted((kind, message) for kind, labels in library.KIND_LABELS.items() for message in labels),
)
def test_each_resource_kind_label_exists_in_french_and_english(kind, message):
    assert message_catalogs().has("en", message), f"{kind}: {message!r} has no English: run `make translations`, then translate"
