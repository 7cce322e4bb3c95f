"""hub_directory.guide: what each region holds, the overview of /regions/, a region's page."""

import datetime as dt

import pytest

from hub_directory.guide import RegionGuide

OPTIONS = {"nearby_km": 150, "recent_posts": 2, "past_events": 12}


@pytest.fixture()
def guide(known_places, item):
    entries = [
        item("Rimouski", slug="groupe-rimouski"),
        item("Le Bic", slug="club-bic"),
        item("Québec", slug="media-quebec"),
        item("Toronto", slug="reseau-toronto"),
        item("Nantes", slug="cantine-nantes"),
    ]
    posts = [item("Rimouski", slug=f"post-{n}", date=dt.date(2026, 10, 30 - n)) for n in range(3)]
    posts.append(item("Nantes", slug="post-nantes"))
    return RegionGuide(known_places, entries, posts, OPTIONS)


@pytest.fixture()
def upcoming(item):
    return [
        item("Rimouski", slug="diner-rimouski"),
        item("Québec", slug="soiree-quebec"),
        item("Montréal", slug="dejeuner-montreal"),
        item("Toronto", slug="forum-toronto"),
        item(None, slug="webinaire", format="online"),
    ]


def slugs(items):
    return [i.slug for i in items]


def test_the_overview_lists_the_17_regions_in_code_order(guide, upcoming):
    overview = guide.summary(upcoming)
    assert [s.area.region.code for s in overview.regions] == [f"{n:02}" for n in range(1, 18)]


@pytest.mark.parametrize(
    "slug, entries, events, posts",
    [
        ("bas-saint-laurent", ["groupe-rimouski", "club-bic"], ["diner-rimouski"], ["post-0", "post-1", "post-2"]),
        ("capitale-nationale", ["media-quebec"], ["soiree-quebec"], []),
        ("montreal", [], ["dejeuner-montreal"], []),
        ("cote-nord", [], [], []),
    ],
)
def test_each_region_holds_exactly_its_own_items(guide, upcoming, slug, entries, events, posts):
    [summary] = [s for s in guide.summary(upcoming).regions if s.area.slug == slug]
    assert (slugs(summary.entries), slugs(summary.upcoming), slugs(summary.posts)) == (entries, events, posts)
    assert summary.is_empty is not (entries or events or posts)


def test_outside_quebec_is_grouped_by_province_then_country(guide, upcoming):
    outside = guide.summary(upcoming).outside
    assert [(s.area.title, slugs(s.entries), slugs(s.upcoming), slugs(s.posts)) for s in outside] == [
        ("Ontario", ["reseau-toronto"], ["forum-toronto"], []),
        ("France", ["cantine-nantes"], [], ["post-nantes"]),
    ]


def test_the_map_draws_entries_and_events_that_take_place_in_quebec(guide, upcoming):
    drawn = guide.summary(upcoming).map
    assert {d.place for d in drawn.entry_dots} == {"Rimouski", "Le Bic", "Québec"}
    assert {d.place for d in drawn.event_dots} == {"Rimouski", "Québec", "Montréal"}


def test_a_region_page(guide, upcoming, known_places):
    page = guide.page(known_places.region("bas-saint-laurent"), upcoming)
    assert page.region.slug == "bas-saint-laurent"
    assert slugs(page.summary.entries) == ["groupe-rimouski", "club-bic"]
    assert [(n.event.slug, n.place.name) for n in page.nearby] == [("soiree-quebec", "La Pocatière")]
    assert page.nearby_km == 150
    assert slugs(page.recent_posts) == ["post-0", "post-1"]  # HUB_DIRECTORY["recent_posts"]


def test_a_region_pages_map_is_drawn_when_a_template_asks_for_it(guide, upcoming, known_places):
    """An incremental build that takes the page from output/ decides from the page's fingerprint,
    which names what the map is drawn from without drawing it (what the map reads of each item,
    the render records)."""
    region = known_places.region("bas-saint-laurent")
    page = guide.page(region, upcoming)
    entries, events, highlight = page.fingerprint_state()["map"]
    assert (slugs(entries), slugs(events), highlight) == (["groupe-rimouski", "club-bic"], ["diner-rimouski"], region)
    assert "map" not in vars(page)
    assert {d.place for d in page.map.entry_dots} == {"Rimouski", "Le Bic"}
    assert page.map.highlight is region and page.map is page.map  # drawn once


def test_without_events_the_regions_still_show(guide, known_places):
    overview = guide.summary(None)
    assert len(overview.regions) == 17 and overview.map.event_dots == []
    assert guide.page(known_places.region("laval"), []).nearby == []
