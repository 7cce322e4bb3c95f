"""What a digest holds: occurrences overlapping the coming window (recurring events' dates, with
their exceptions), only what was known on Monday, grouped by region; the past week's new posts
and directory entries."""

import datetime as dt
from types import SimpleNamespace
from zoneinfo import ZoneInfo

import pytest

from hub_core.places import Region
from hub_digest.contents import Timeline, collect, group_by_region, occurrences_in
from hub_digest.weeks import Week

MONTREAL = ZoneInfo("America/Toronto")
PARIS = ZoneInfo("Europe/Paris")
BSL = Region("01", "bas-saint-laurent", "Bas-Saint-Laurent", "Bas-Saint-Laurent")
MTL = Region("06", "montreal", "Montréal", "Montréal")
ABITIBI = Region("08", "abitibi-temiscamingue", "Abitibi-Témiscamingue", "Abitibi-Témiscamingue")
WEEK = Week(dt.date(2026, 11, 23), MONTREAL, weeks_ahead=2)  # window: 23 Nov 00:00 to 7 Dec 00:00


def at(*parts, tz=MONTREAL):
    return dt.datetime(*parts, tzinfo=tz)


def event(slug, start, end=None, region=MTL, date=at(2026, 11, 1), **extra):
    end = end or (start + dt.timedelta(hours=2) if isinstance(start, dt.datetime) else start)
    values = {"slug": slug, "hub_type": "event", "lang": "fr", "status": "published", "date": date,
              "start": start, "end": end, "region": region, "recurrence": None, "timezone": None, "translations": []}
    return SimpleNamespace(**{**values, **extra})


def post(slug, date, hub_type="post", **extra):
    values = {"slug": slug, "hub_type": hub_type, "lang": "fr", "status": "published", "date": date, "translations": []}
    return SimpleNamespace(**{**values, **extra})


def digest_of(events=(), posts=(), entries=(), week=WEEK):
    return collect(Timeline(events, week.end, "America/Toronto"), posts, entries, week, {})


def dates_of(found):
    return [(o.event.slug, o.start) for o in found]


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        (event("in-window", at(2026, 12, 4, 12)), [at(2026, 12, 4, 12)]),
        (event("first-minute", at(2026, 11, 23, 0)), [at(2026, 11, 23, 0)]),
        (event("last-evening", at(2026, 12, 6, 22)), [at(2026, 12, 6, 22)]),
        (event("just-after", at(2026, 12, 7, 0)), []),
        (event("ended-on-sunday", at(2026, 11, 22, 18)), []),
        (event("ends-after-monday-midnight", at(2026, 11, 22, 23), at(2026, 11, 23, 1)), [at(2026, 11, 22, 23)]),
        (event("all-day-sunday-before", dt.date(2026, 11, 22)), []),
        (event("all-day-last-sunday", dt.date(2026, 12, 6)), [dt.date(2026, 12, 6)]),
        (event("three-days-started-saturday", dt.date(2026, 11, 21), dt.date(2026, 11, 23)), [dt.date(2026, 11, 21)]),
        # 7 Dec 00:30 in Paris is 6 Dec 18:30 in Montréal: inside the window
        (event("paris-morning", at(2026, 12, 7, 0, 30, tz=PARIS), timezone="Europe/Paris"), [at(2026, 12, 7, 0, 30, tz=PARIS)]),
        (event("monthly", at(2026, 10, 1, 7, 30), recurrence={"rule": "FREQ=MONTHLY;BYDAY=1TH"}), [at(2026, 12, 3, 7, 30)]),
        (event("weekly-with-exception", at(2026, 11, 5, 18), recurrence={"rule": "FREQ=WEEKLY", "except": [dt.date(2026, 11, 26)]}),
         [at(2026, 12, 3, 18)]),
        (event("weekly-until", at(2026, 11, 5, 18), recurrence={"rule": "FREQ=WEEKLY", "until": dt.date(2026, 11, 26)}),
         [at(2026, 11, 26, 18)]),
    ],
    ids=lambda value: value.slug if isinstance(value, SimpleNamespace) else None,
)
def test_occurrences_overlapping_the_coming_window(item, expected):
    assert [o.start for o in occurrences_in(item, WEEK, "America/Toronto")] == expected


@pytest.mark.parametrize(
    ("item", "listed"),
    [
        (event("known", at(2026, 12, 1, 18), date=at(2026, 11, 22, 23, 59)), True),
        (event("announced-monday-morning", at(2026, 12, 1, 18), date=at(2026, 11, 23, 0)), False),
        (event("draft", at(2026, 12, 1, 18), status="draft"), False),
        (event("english-translation", at(2026, 12, 1, 18), lang="en"), False),
        (event("cancelled", at(2026, 12, 1, 18), event_status="cancelled"), True),  # listed, and marked by the templates
    ],
    ids=lambda value: value.slug if isinstance(value, SimpleNamespace) else None,
)
def test_only_what_was_known_on_monday_is_listed(item, listed):
    digest = digest_of([item])
    assert bool(digest.occurrences) is listed


def test_groups_follow_the_official_region_codes_and_events_without_region_come_last():
    # by code (01, 06, 08), not by name: Abitibi-Témiscamingue is 08
    events = [
        event("online", at(2026, 11, 24, 12), region=None, format="online"),
        event("montreal-late", at(2026, 12, 2, 18)),
        event("rimouski", at(2026, 12, 4, 12), region=BSL),
        event("montreal-early", at(2026, 11, 25, 7, 30)),
        event("rouyn-noranda", at(2026, 11, 30, 9), region=ABITIBI),
    ]
    digest = digest_of(events)
    assert [(g.region.slug if g.region else None, [o.event.slug for o in g.occurrences]) for g in digest.groups] == [
        ("bas-saint-laurent", ["rimouski"]),
        ("montreal", ["montreal-early", "montreal-late"]),
        ("abitibi-temiscamingue", ["rouyn-noranda"]),
        (None, ["online"]),
    ]


def test_a_recurring_event_appears_once_per_date_in_its_region():
    weekly = event("weekly", at(2026, 11, 5, 18), recurrence={"rule": "FREQ=WEEKLY"})
    groups = group_by_region(occurrences_in(weekly, WEEK, "America/Toronto"))
    assert dates_of(groups[0].occurrences) == [("weekly", at(2026, 11, 26, 18)), ("weekly", at(2026, 12, 3, 18))]


def test_new_posts_and_entries_are_those_of_the_week_before_monday():
    posts = [
        post("last-monday-midnight", at(2026, 11, 16, 0)),
        post("chronicle", at(2026, 11, 20, 9), hub_type="chronicle"),
        post("report", at(2026, 11, 22, 23, 59), hub_type="report"),
        post("too-old", at(2026, 11, 15, 23, 59)),
        post("monday-morning", at(2026, 11, 23, 6)),  # next week's digest
        post("a-page", at(2026, 11, 20), hub_type="page"),
        post("english", at(2026, 11, 20), lang="en"),
    ]
    entries = [
        post("new-group", at(2026, 11, 18), hub_type="directory", status="hidden"),
        post("old-group", at(2026, 1, 15), hub_type="directory", status="hidden"),
    ]
    digest = digest_of(posts=posts, entries=entries)
    assert [p.slug for p in digest.posts] == ["last-monday-midnight", "chronicle", "report"]
    assert [e.slug for e in digest.entries] == ["new-group"]


def test_updated_is_monday_or_the_latest_revision_of_what_it_shows():
    shown = event("revised", at(2026, 12, 1, 18), revised=at(2026, 11, 30, 10))
    unseen = event("later", at(2027, 1, 5, 18), revised=at(2026, 12, 1, 10))
    digest = digest_of([shown, unseen])
    assert digest.updated() == at(2026, 11, 30, 10)
    assert digest_of([unseen]).updated() == WEEK.start


def test_a_timeline_finds_a_long_event_among_short_ones_in_every_week():
    exhibition = event("exhibition", dt.date(2026, 11, 2), dt.date(2026, 11, 29))  # four weeks, all day
    weekly = event("weekly", at(2026, 10, 1, 18), recurrence={"rule": "FREQ=WEEKLY;BYDAY=TH"})
    weeks = [Week(dt.date(2026, 11, 2) + dt.timedelta(days=7 * n), MONTREAL, weeks_ahead=1) for n in range(6)]
    timeline = Timeline([weekly, exhibition], weeks[-1].end, "America/Toronto")
    listed = [[o.event.slug for o in collect(timeline, [], [], week, {}).occurrences] for week in weeks]
    assert listed == [
        ["exhibition", "weekly"], ["exhibition", "weekly"], ["exhibition", "weekly"], ["exhibition", "weekly"],
        ["weekly"], ["weekly"],
    ]
