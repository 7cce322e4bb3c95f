"""hub_events.calendars: which .ics files exist and which events each holds.

Paths are the public addresses of design.md (`/calendrier.ics`,
`/regions/<region>/calendrier.ics`, `/evenements/<slug>.ics`) plus one per organizer
directory entry and one per category; each again in English under `/en/`
(`/en/calendar.ics`, `/en/regions/<region>/calendar.ics`, `/en/events/<slug>.ics`…)."""

import random
from types import SimpleNamespace

import pytest

from hub_core.places import Region
from hub_events import calendars
from hub_events.calendars import plan

CDC = {"name": "CDC Rimouski-Neigette", "url": "repertoire/cdc-rimouski-neigette/", "internal": True}
MONTREAL = Region("06", "montreal", "Montréal", "Montréal")
COTE_NORD = Region("09", "cote-nord", "Côte-Nord", "North Shore")
CONFERENCES = SimpleNamespace(name="Conférences", slug="conferences")


def paths(files, lang="fr"):
    return [f.path for f in files if f.lang == lang]


def holding(files, slug):
    return sorted(f.path for f in files if slug in [e.slug for e in f.events])


def by_path(files):
    return {f.path: f for f in files}


def test_rimouski_event_with_organizer_and_category_lands_in_exactly_five_calendars(make_event, words):
    event = make_event("atelier-tricot", organizer="cdc-rimouski-neigette", organizer_link=CDC)
    files = plan([event], words)
    assert sorted(paths(files)) == [
        "calendrier.ics",
        "categories/ateliers/calendrier.ics",
        "evenements/atelier-tricot.ics",
        "regions/bas-saint-laurent/calendrier.ics",
        "repertoire/cdc-rimouski-neigette/calendrier.ics",
    ]
    assert sorted(paths(files, "en")) == [
        "en/calendar.ics",
        "en/categories/ateliers/calendar.ics",
        "en/directory/cdc-rimouski-neigette/calendar.ics",
        "en/events/atelier-tricot.ics",
        "en/regions/bas-saint-laurent/calendar.ics",
    ]
    assert len(files) == 10
    assert all([e.slug for e in f.events] == ["atelier-tricot"] for f in files)


# Each family's French file, then its English one: the same key, the same events.
IN_ENGLISH = [
    ("calendrier.ics", "en/calendar.ics"),
    ("regions/bas-saint-laurent/calendrier.ics", "en/regions/bas-saint-laurent/calendar.ics"),
    ("repertoire/cdc-rimouski-neigette/calendrier.ics", "en/directory/cdc-rimouski-neigette/calendar.ics"),
    ("categories/ateliers/calendrier.ics", "en/categories/ateliers/calendar.ics"),
    ("evenements/tricot.ics", "en/events/tricot.ics"),
    ("missions/mission-2017/calendrier.ics", "en/missions/mission-2017/calendar.ics"),
]


@pytest.mark.parametrize("french, english", IN_ENGLISH, ids=[e for _f, e in IN_ENGLISH])
def test_every_calendar_has_an_english_twin_with_the_same_events(make_event, words, french, english):
    trip = make_event("mission-2017", hub_type="mission", title="Mission 2017", region=None, category=None)
    events = [*several(make_event), trip]
    files = by_path(plan(events, words))
    assert (files[french].lang, files[english].lang) == ("fr", "en")
    assert (files[english].family, files[english].slug) == (files[french].family, files[french].slug)
    assert files[english].events == files[french].events
    assert {f.path for f in files.values() if f.lang == "en"} == {path for _f, path in IN_ENGLISH} | {
        f"en/events/{e.slug}.ics" for e in events if e.hub_type == "event"} | {
        "en/regions/montreal/calendar.ics", "en/categories/conferences/calendar.ics"}  # fmt: skip


def test_calendar_titles_and_families(make_event, words):
    event = make_event("atelier-tricot", title="Atelier de tricot", organizer="cdc-rimouski-neigette", organizer_link=CDC)
    files = by_path(f for f in plan([event], words) if f.lang == "fr")
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


# path -> {lang: title}, the title the file carries: English words where the catalog has
# them; an item's own calendar is titled in its own title, in English when it is translated.
TITLES = [
    ("calendrier.ics", {"fr": "Tous les événements", "en": "All events"}, "Tous les événements"),
    ("en/calendar.ics", {"fr": "Tous les événements", "en": "All events"}, "All events"),
    ("regions/cote-nord/calendrier.ics", {"fr": "Événements — Côte-Nord", "en": "Events — North Shore"},
     "Événements — Côte-Nord"),
    ("en/regions/cote-nord/calendar.ics", {"fr": "Événements — Côte-Nord", "en": "Events — North Shore"},
     "Events — North Shore"),
    ("en/directory/cdc-rimouski-neigette/calendar.ics",
     {"fr": "Événements — CDC Rimouski-Neigette", "en": "Events — CDC Rimouski-Neigette"}, "Events — CDC Rimouski-Neigette"),
    ("en/categories/conferences/calendar.ics", {"fr": "Événements — Conférences", "en": "Events — Conférences"},
     "Events — Conférences"),
    ("evenements/forum-baie-comeau.ics", {"fr": "Forum de Baie-Comeau"}, "Forum de Baie-Comeau"),
    ("en/events/forum-baie-comeau.ics", {"fr": "Forum de Baie-Comeau"}, "Forum de Baie-Comeau"),  # untranslated
    ("evenements/tricot.ics", {"fr": "Atelier de tricot", "en": "Knitting workshop"}, "Atelier de tricot"),
    ("en/events/tricot.ics", {"fr": "Atelier de tricot", "en": "Knitting workshop"}, "Knitting workshop"),
]  # fmt: skip


@pytest.mark.parametrize("path, titles, title", TITLES, ids=[t[0] for t in TITLES])
def test_calendar_titles_in_each_language(make_event, path, titles, title, words):
    event = make_event("forum-baie-comeau", title="Forum de Baie-Comeau", region=COTE_NORD, category=CONFERENCES,
                       organizer="cdc-rimouski-neigette", organizer_link=CDC)
    english = make_event("tricot", lang="en", title="Knitting workshop", url="en/events/tricot/")
    translated = make_event("tricot", title="Atelier de tricot", translations=[english])
    calendar = by_path(plan([event, translated], words))[path]
    assert calendar.titles == titles
    assert calendar.title == title


ORGANIZERS = [
    # organizer, organizer_link, organizer calendar expected
    pytest.param("cdc-rimouski-neigette", CDC, True, id="directory-slug"),
    pytest.param({"name": "Groupe X", "url": "https://groupe-x.example"},
                 {"name": "Groupe X", "url": "https://groupe-x.example", "internal": False}, False, id="mapping"),
    pytest.param("inconnu", None, False, id="slug-not-in-directory"),
    pytest.param(None, None, False, id="none"),
]  # fmt: skip


@pytest.mark.parametrize("organizer, link, has_calendar", ORGANIZERS)
def test_organizer_calendar_only_for_a_directory_entry(make_event, organizer, link, has_calendar, words):
    files = plan([make_event(organizer=organizer, organizer_link=link)], words)
    organizer_paths = [p for p in paths(files) if p.startswith("repertoire/")]
    assert organizer_paths == (["repertoire/cdc-rimouski-neigette/calendrier.ics"] if has_calendar else [])
    assert "calendrier.ics" in paths(files) and "evenements/atelier-tricot.ics" in paths(files)


@pytest.mark.parametrize(
    "overrides, absent_prefix",
    [({"region": None}, "regions/"), ({"category": None}, "categories/")],
)
def test_no_region_or_category_no_such_calendar(make_event, overrides, absent_prefix, words):
    files = plan([make_event(**overrides)], words)
    assert not [p for p in paths(files) if p.startswith(absent_prefix)]
    assert "calendrier.ics" in paths(files)


def test_event_without_region_category_or_organizer_has_two_calendars(make_event, words):
    files = plan([make_event("en-ligne", region=None, category=None, format="online", place=None)], words)
    assert sorted(paths(files)) == ["calendrier.ics", "evenements/en-ligne.ics"]


def several(make_event):
    return [
        make_event("tricot", organizer="cdc-rimouski-neigette", organizer_link=CDC),
        make_event("conference-mtl", region=MONTREAL, category=CONFERENCES),
        make_event("soupe", category=None),
        make_event("webinaire", region=None, category=CONFERENCES, format="online", place=None),
        make_event("cafe-mtl", region=MONTREAL, organizer="cdc-rimouski-neigette", organizer_link=CDC),
    ]


def test_each_calendar_holds_its_events_only(make_event, words):
    events = several(make_event)
    files = by_path(plan(events, words))
    slugs = {path: sorted(e.slug for e in f.events) for path, f in files.items()}
    assert slugs["calendrier.ics"] == sorted(e.slug for e in events)
    assert slugs["regions/bas-saint-laurent/calendrier.ics"] == ["soupe", "tricot"]
    assert slugs["regions/montreal/calendrier.ics"] == ["cafe-mtl", "conference-mtl"]
    assert slugs["categories/ateliers/calendrier.ics"] == ["cafe-mtl", "tricot"]
    assert slugs["categories/conferences/calendrier.ics"] == ["conference-mtl", "webinaire"]
    assert slugs["repertoire/cdc-rimouski-neigette/calendrier.ics"] == ["cafe-mtl", "tricot"]
    for event in events:
        assert slugs[f"evenements/{event.slug}.ics"] == [event.slug]
    assert len(files) == 2 * (1 + 2 + 2 + 1 + len(events))  # in French and in English


def test_no_event_no_calendar(words):
    assert plan([], words) == []


def test_files_are_in_a_stable_order_whatever_the_input_order(make_event, words):
    events = several(make_event)
    first = paths(plan(events, words))
    assert first == sorted(first)
    assert paths(plan(events, words)) == first
    shuffled = list(events)
    for seed in range(5):
        random.Random(seed).shuffle(shuffled)
        assert paths(plan(shuffled, words)) == first


def test_events_inside_a_file_keep_the_given_order(make_event, words):
    # The generator hands events over in the site's article order (date, then source path);
    # every file lists its events in that same order, plan after plan.
    events = several(make_event)
    files = plan(events, words)
    order = [e.slug for e in events]
    for calendar in files:
        slugs = [e.slug for e in calendar.events]
        assert slugs == [s for s in order if s in slugs]
    again = plan(events, words)
    assert [[e.slug for e in f.events] for f in again] == [[e.slug for e in f.events] for f in files]


def test_an_event_is_never_twice_in_one_calendar(make_event, words):
    events = several(make_event)
    for calendar in plan(events, words):
        slugs = [e.slug for e in calendar.events]
        assert len(slugs) == len(set(slugs))



# --- rows by name, never by position ---------------------------------------------------------------


def test_an_event_s_calendars_are_named_rows_own_file_first(monkeypatch):
    from hub_events import calendars  # noqa: PLC0415

    expected = ["mission", "event", "region", "organizer", "category"]
    assert [f.name for f in calendars.named(calendars.ITEM_CALENDARS)] == expected
    # The order the event page has always used (the table after its "all" row, own files first).
    assert [f.name for f in sorted(calendars.FAMILIES[1:], key=lambda f: f.name not in calendars.OWN_FILES)] == expected
    monkeypatch.setattr(calendars, "FAMILIES", tuple(reversed(calendars.FAMILIES)))
    assert [f.name for f in calendars.named(calendars.ITEM_CALENDARS)] == expected


@pytest.mark.parametrize(
    "name, french, english",
    [
        ("all", "calendrier.ics", "en/calendar.ics"),
        ("region", "regions/{slug}/calendrier.ics", "en/regions/{slug}/calendar.ics"),
        ("organizer", "repertoire/{slug}/calendrier.ics", "en/directory/{slug}/calendar.ics"),
        ("category", "categories/{slug}/calendrier.ics", "en/categories/{slug}/calendar.ics"),
        ("mission", "missions/{slug}/calendrier.ics", "en/missions/{slug}/calendar.ics"),
        ("event", "evenements/{slug}.ics", "en/events/{slug}.ics"),
    ],
)
def test_each_family_writes_where_hub_core_urls_says(name, french, english):
    (family,) = calendars.named((name,))
    assert family.paths == {"fr": french, "en": english}
