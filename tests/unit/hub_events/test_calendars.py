"""hub_events.calendars: which .ics files exist and which events each holds.

Paths are the public addresses of design.md (`/calendrier.ics`,
`/regions/<region>/calendrier.ics`, `/evenements/<slug>.ics`) plus one per organizer
directory entry and one per category."""

import random
from types import SimpleNamespace

import pytest

from hub_core.places import Region
from hub_events.calendars import plan

CDC = {"name": "CDC Rimouski-Neigette", "url": "repertoire/cdc-rimouski-neigette/", "internal": True}
MONTREAL = Region("06", "montreal", "Montréal", "Montréal")
COTE_NORD = Region("09", "cote-nord", "Côte-Nord", "North Shore")
CONFERENCES = SimpleNamespace(name="Conférences", slug="conferences")


def paths(files):
    return [f.path for f in files]


def holding(files, slug):
    return sorted(f.path for f in files if slug in [e.slug for e in f.events])


def by_path(files):
    return {f.path: f for f in files}


def test_rimouski_event_with_organizer_and_category_lands_in_exactly_five_calendars(make_event):
    event = make_event("atelier-tricot", organizer="cdc-rimouski-neigette", organizer_link=CDC)
    files = plan([event])
    assert sorted(paths(files)) == [
        "calendrier.ics",
        "categories/ateliers/calendrier.ics",
        "evenements/atelier-tricot.ics",
        "regions/bas-saint-laurent/calendrier.ics",
        "repertoire/cdc-rimouski-neigette/calendrier.ics",
    ]
    assert all([e.slug for e in f.events] == ["atelier-tricot"] for f in files)


def test_calendar_titles_and_families(make_event):
    event = make_event("atelier-tricot", title="Atelier de tricot", organizer="cdc-rimouski-neigette", organizer_link=CDC)
    files = by_path(plan([event]))
    expected = {
        "calendrier.ics": ("all", ""),
        "regions/bas-saint-laurent/calendrier.ics": ("region", "bas-saint-laurent"),
        "repertoire/cdc-rimouski-neigette/calendrier.ics": ("organizer", "cdc-rimouski-neigette"),
        "categories/ateliers/calendrier.ics": ("category", "ateliers"),
        "evenements/atelier-tricot.ics": ("event", "atelier-tricot"),
    }
    assert {path: (f.family, f.slug) for path, f in files.items()} == expected
    assert "Bas-Saint-Laurent" in files["regions/bas-saint-laurent/calendrier.ics"].title
    assert "CDC Rimouski-Neigette" in files["repertoire/cdc-rimouski-neigette/calendrier.ics"].title
    assert "Ateliers" in files["categories/ateliers/calendrier.ics"].title
    assert "Atelier de tricot" in files["evenements/atelier-tricot.ics"].title
    titles = [f.title for f in files.values()]
    assert len(set(titles)) == len(titles)
    assert all(title.strip() for title in titles)


# path -> {lang: title}: English words where the family has them; an item's own calendar is
# titled in its French title only (the name its file carries).
TITLES = [
    ("calendrier.ics", {"fr": "Tous les événements", "en": "All events"}),
    ("regions/cote-nord/calendrier.ics", {"fr": "Événements — Côte-Nord", "en": "Events — North Shore"}),
    ("repertoire/cdc-rimouski-neigette/calendrier.ics",
     {"fr": "Événements — CDC Rimouski-Neigette", "en": "Events — CDC Rimouski-Neigette"}),
    ("categories/conferences/calendrier.ics", {"fr": "Événements — Conférences", "en": "Events — Conférences"}),
    ("evenements/forum-baie-comeau.ics", {"fr": "Forum de Baie-Comeau"}),
]  # fmt: skip


@pytest.mark.parametrize("path, titles", TITLES, ids=[t[0] for t in TITLES])
def test_calendar_titles_in_each_language(make_event, path, titles):
    event = make_event("forum-baie-comeau", title="Forum de Baie-Comeau", region=COTE_NORD, category=CONFERENCES,
                       organizer="cdc-rimouski-neigette", organizer_link=CDC)
    calendar = by_path(plan([event]))[path]
    assert calendar.titles == titles
    assert calendar.title == titles["fr"]


ORGANIZERS = [
    # organizer, organizer_link, organizer calendar expected
    pytest.param("cdc-rimouski-neigette", CDC, True, id="directory-slug"),
    pytest.param({"name": "Groupe X", "url": "https://groupe-x.example"},
                 {"name": "Groupe X", "url": "https://groupe-x.example", "internal": False}, False, id="mapping"),
    pytest.param("inconnu", None, False, id="slug-not-in-directory"),
    pytest.param(None, None, False, id="none"),
]  # fmt: skip


@pytest.mark.parametrize("organizer, link, has_calendar", ORGANIZERS)
def test_organizer_calendar_only_for_a_directory_entry(make_event, organizer, link, has_calendar):
    files = plan([make_event(organizer=organizer, organizer_link=link)])
    organizer_paths = [p for p in paths(files) if p.startswith("repertoire/")]
    assert organizer_paths == (["repertoire/cdc-rimouski-neigette/calendrier.ics"] if has_calendar else [])
    assert "calendrier.ics" in paths(files) and "evenements/atelier-tricot.ics" in paths(files)


@pytest.mark.parametrize(
    "overrides, absent_prefix",
    [({"region": None}, "regions/"), ({"category": None}, "categories/")],
)
def test_no_region_or_category_no_such_calendar(make_event, overrides, absent_prefix):
    files = plan([make_event(**overrides)])
    assert not [p for p in paths(files) if p.startswith(absent_prefix)]
    assert "calendrier.ics" in paths(files)


def test_event_without_region_category_or_organizer_has_two_calendars(make_event):
    files = plan([make_event("en-ligne", region=None, category=None, format="online", place=None)])
    assert sorted(paths(files)) == ["calendrier.ics", "evenements/en-ligne.ics"]


def several(make_event):
    return [
        make_event("tricot", organizer="cdc-rimouski-neigette", organizer_link=CDC),
        make_event("conference-mtl", region=MONTREAL, category=CONFERENCES),
        make_event("soupe", category=None),
        make_event("webinaire", region=None, category=CONFERENCES, format="online", place=None),
        make_event("cafe-mtl", region=MONTREAL, organizer="cdc-rimouski-neigette", organizer_link=CDC),
    ]


def test_each_calendar_holds_its_events_only(make_event):
    events = several(make_event)
    files = by_path(plan(events))
    slugs = {path: sorted(e.slug for e in f.events) for path, f in files.items()}
    assert slugs["calendrier.ics"] == sorted(e.slug for e in events)
    assert slugs["regions/bas-saint-laurent/calendrier.ics"] == ["soupe", "tricot"]
    assert slugs["regions/montreal/calendrier.ics"] == ["cafe-mtl", "conference-mtl"]
    assert slugs["categories/ateliers/calendrier.ics"] == ["cafe-mtl", "tricot"]
    assert slugs["categories/conferences/calendrier.ics"] == ["conference-mtl", "webinaire"]
    assert slugs["repertoire/cdc-rimouski-neigette/calendrier.ics"] == ["cafe-mtl", "tricot"]
    for event in events:
        assert slugs[f"evenements/{event.slug}.ics"] == [event.slug]
    assert len(files) == 1 + 2 + 2 + 1 + len(events)


def test_no_event_no_calendar():
    assert plan([]) == []


def test_files_are_in_a_stable_order_whatever_the_input_order(make_event):
    events = several(make_event)
    first = paths(plan(events))
    assert first == sorted(first)
    assert paths(plan(events)) == first
    shuffled = list(events)
    for seed in range(5):
        random.Random(seed).shuffle(shuffled)
        assert paths(plan(shuffled)) == first


def test_events_inside_a_file_keep_the_given_order(make_event):
    # The generator hands events over in the site's article order (date, then source path);
    # every file lists its events in that same order, plan after plan.
    events = several(make_event)
    files = plan(events)
    order = [e.slug for e in events]
    for calendar in files:
        slugs = [e.slug for e in calendar.events]
        assert slugs == [s for s in order if s in slugs]
    again = plan(events)
    assert [[e.slug for e in f.events] for f in again] == [[e.slug for e in f.events] for f in files]


def test_an_event_is_never_twice_in_one_calendar(make_event):
    events = several(make_event)
    for calendar in plan(events):
        slugs = [e.slug for e in calendar.events]
        assert len(slugs) == len(set(slugs))

