"""hub_events.facets: the pre-built filtered listings (region, format, category) of
upcoming occurrences, at addresses that work without JavaScript, titled in French and English."""

import datetime as dt
from types import SimpleNamespace
from zoneinfo import ZoneInfo

import pytest

from hub_core.places import Region
from hub_events.facets import facets, in_order
from hub_events.occurrences import expand

TORONTO = ZoneInfo("America/Toronto")
FAR = dt.datetime(2030, 1, 1, tzinfo=TORONTO)
MONTREAL = Region("06", "montreal", "Montréal", "Montréal")
MONTEREGIE = Region("16", "monteregie", "Montérégie", "Montérégie")
COTE_NORD = Region("09", "cote-nord", "Côte-Nord", "North Shore")
LAURENTIDES = Region("15", "laurentides", "Laurentides", "Laurentians")
CONFERENCES = SimpleNamespace(name="Conférences", slug="conferences")


def at(*args):
    return dt.datetime(*args, tzinfo=TORONTO)


def sample(make_event):
    return [
        make_event("tricot"),  # Bas-Saint-Laurent, in person, Ateliers
        make_event("conference-mtl", region=MONTREAL, format="online", category=CONFERENCES,
                   start=at(2026, 4, 3, 12), end=at(2026, 4, 3, 13)),
        make_event("forum-hybride", format="hybrid", category=CONFERENCES, start=at(2026, 4, 4, 9), end=at(2026, 4, 4, 16)),
        make_event("cafe-deplace", region=MONTREAL, format="in-person", event_status="moved-online",
                   start=at(2026, 4, 5, 10), end=at(2026, 4, 5, 11)),
        make_event("tricot-hebdo", start=at(2026, 4, 6, 18), end=at(2026, 4, 6, 20),
                   recurrence={"rule": "FREQ=WEEKLY", "count": 3}),
        make_event("sans-categorie", category=None, region=None, format="online",
                   start=at(2026, 4, 7, 12), end=at(2026, 4, 7, 13)),
    ]  # fmt: skip


def grouped(make_event):
    return facets(expand(sample(make_event), FAR))


def table(found, kind):
    return {f.slug: sorted(e.slug for e in f.events) for f in found[kind]}


def test_region_facets(make_event):
    assert table(grouped(make_event), "region") == {
        "bas-saint-laurent": ["forum-hybride", "tricot", "tricot-hebdo"],
        "montreal": ["cafe-deplace", "conference-mtl"],
    }


def test_format_facets_count_moved_online_as_online(make_event):
    assert table(grouped(make_event), "format") == {
        "en-personne": ["tricot", "tricot-hebdo"],
        "en-ligne": ["cafe-deplace", "conference-mtl", "sans-categorie"],
        "hybride": ["forum-hybride"],
    }


def test_category_facets(make_event):
    assert table(grouped(make_event), "category") == {
        "ateliers": ["cafe-deplace", "tricot", "tricot-hebdo"],
        "conferences": ["conference-mtl", "forum-hybride"],
    }


def test_events_are_distinct_and_occurrences_all_kept(make_event):
    (in_person,) = [f for f in grouped(make_event)["format"] if f.slug == "en-personne"]
    assert len(in_person.events) == 2  # tricot, tricot-hebdo: not 4
    assert len(in_person.occurrences) == 4  # tricot once, tricot-hebdo three times
    starts = [o.start_instant() for o in in_person.occurrences]
    assert starts == sorted(starts)


def test_facet_titles(make_event):
    found = grouped(make_event)
    titles = {(kind, f.slug): f.title for kind in found for f in found[kind]}
    assert titles == {
        ("region", "bas-saint-laurent"): "Bas-Saint-Laurent",
        ("region", "montreal"): "Montréal",
        ("format", "en-personne"): "En personne",
        ("format", "en-ligne"): "En ligne",
        ("format", "hybride"): "Hybride",
        ("category", "ateliers"): "Ateliers",
        ("category", "conferences"): "Conférences",
    }


ADDRESSES = [
    ("region", "bas-saint-laurent", "evenements/region/bas-saint-laurent/"),
    ("region", "montreal", "evenements/region/montreal/"),
    ("format", "en-personne", "evenements/format/en-personne/"),
    ("format", "en-ligne", "evenements/format/en-ligne/"),
    ("format", "hybride", "evenements/format/hybride/"),
    ("category", "ateliers", "evenements/categorie/ateliers/"),
    ("category", "conferences", "evenements/categorie/conferences/"),
]


@pytest.mark.parametrize("kind, slug, url", ADDRESSES)
def test_url_and_save_as(make_event, kind, slug, url):
    (facet,) = [f for f in grouped(make_event)[kind] if f.slug == slug]
    assert facet.url == url
    assert facet.save_as == url + "index.html"


def test_by_month_groups_the_facet_events_once_at_their_next_date(make_event):
    (in_person,) = [f for f in grouped(make_event)["format"] if f.slug == "en-personne"]
    assert [(month, [o.event.slug for o in items]) for month, items in in_person.by_month] == [
        (dt.date(2026, 4, 1), ["tricot", "tricot-hebdo"]),
    ]


def test_nothing_upcoming_no_facet():
    assert facets([]) == {"region": [], "format": [], "category": []}


def test_facets_are_sorted_by_title(make_event):
    found = grouped(make_event)
    for kind in ("region", "format", "category"):
        titles = [f.title for f in found[kind]]
        assert titles == sorted(titles, key=str.casefold)


def test_accented_titles_sort_in_french_order(make_event):
    events = [
        make_event("a", region=MONTREAL, category=SimpleNamespace(name="Santé", slug="sante")),
        make_event("b", region=MONTEREGIE, category=SimpleNamespace(name="Éducation", slug="education")),
        make_event("c", region=Region("05", "estrie", "Estrie", "Estrie"),
                   category=SimpleNamespace(name="Arts", slug="arts")),
    ]  # fmt: skip
    found = facets(expand(events, FAR))
    assert [f.title for f in found["region"]] == ["Estrie", "Montérégie", "Montréal"]
    assert [f.title for f in found["category"]] == ["Arts", "Éducation", "Santé"]


# (kind, slug, lang) -> (the title on a page in lang, the language it is written in)
TITLES = [
    ("region", "bas-saint-laurent", "fr", "Bas-Saint-Laurent", "fr"),
    ("region", "bas-saint-laurent", "en", "Bas-Saint-Laurent", "en"),
    ("region", "cote-nord", "fr", "Côte-Nord", "fr"),
    ("region", "cote-nord", "en", "North Shore", "en"),
    ("region", "laurentides", "en", "Laurentians", "en"),
    ("format", "en-personne", "fr", "En personne", "fr"),
    ("format", "en-personne", "en", "In person", "en"),
    ("format", "en-ligne", "fr", "En ligne", "fr"),
    ("format", "en-ligne", "en", "Online", "en"),
    ("format", "hybride", "fr", "Hybride", "fr"),
    ("format", "hybride", "en", "Hybrid", "en"),
    ("category", "conferences", "fr", "Conférences", "fr"),
    ("category", "conferences", "en", "Conférences", "fr"),  # the editors' name, as written
]


def bilingual(make_event):
    events = [
        make_event("tricot"),
        make_event("forum", region=COTE_NORD, format="hybrid", category=CONFERENCES),
        make_event("webinaire", region=LAURENTIDES, format="online"),
    ]
    return facets(expand(events, FAR))


@pytest.mark.parametrize("kind, slug, lang, title, language", TITLES)
def test_title_in_a_language(make_event, kind, slug, lang, title, language):
    (facet,) = [f for f in bilingual(make_event)[kind] if f.slug == slug]
    assert facet.title_in(lang) == title
    assert facet.title_language(lang) == language


def test_title_is_the_french_one(make_event):
    for group in bilingual(make_event).values():
        for facet in group:
            assert facet.title == facet.title_in("fr")


def test_in_order_sorts_by_the_titles_of_the_language(make_event):
    found = bilingual(make_event)
    assert [f.title for f in found["region"]] == ["Bas-Saint-Laurent", "Côte-Nord", "Laurentides"]
    english = in_order(found, "en")
    assert [f.title_in("en") for f in english["region"]] == ["Bas-Saint-Laurent", "Laurentians", "North Shore"]
    assert [f.title_in("en") for f in english["format"]] == ["Hybrid", "In person", "Online"]
    assert [f.title for f in found["format"]] == ["En ligne", "En personne", "Hybride"]
    # The same facets, only reordered.
    for kind in found:
        assert sorted(map(id, english[kind])) == sorted(map(id, found[kind]))


def test_category_titles_in_english_from_the_editors_table(make_event):
    """content/data/translations.yml (hub_core.terms) names « Conférences » in English, not « Ateliers »."""
    from hub_core.terms import Terms

    terms = Terms({"categories": {"conferences": "Conferences"}})
    found = facets(expand(sample(make_event), FAR), terms)
    by_slug = {f.slug: f for f in found["category"]}
    assert (by_slug["conferences"].title_in("en"), by_slug["conferences"].title_language("en")) == ("Conferences", "en")
    assert (by_slug["ateliers"].title_in("en"), by_slug["ateliers"].title_language("en")) == ("Ateliers", "fr")
    assert by_slug["conferences"].title_in("fr") == "Conférences"
