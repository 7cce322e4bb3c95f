"""hub_events.context: upcoming and past events, month and year groupings, and the
calendar links each page declares. The build's context is a plain dict with stand-in
articles (see conftest.py); "now" is fixed, never the clock."""

import datetime as dt
from types import SimpleNamespace
from urllib.parse import parse_qs, urlsplit
from zoneinfo import ZoneInfo

import pytest

from hub_events import calendars
from hub_events.context import (add_calendar_links, add_event_calendars, add_to_calendar, by_month, calendar_link, event_lists,
                                 refresh_calendar_links, refresh_event)
from hub_events.occurrences import Occurrence

TORONTO = ZoneInfo("America/Toronto")
PARIS = ZoneInfo("Europe/Paris")
D = dt.date
PUBLIC = "https://maillage.example"
HORIZON_DAYS = 730


def at(*args, tz=TORONTO):
    return dt.datetime(*args, tzinfo=tz)


NOW = at(2026, 4, 15, 12)


def site(events, pages=()):
    return {"articles": list(events), "hidden_articles": [], "hidden_pages": list(pages)}


def run(events, now=NOW, horizon_days=HORIZON_DAYS, pages=()):
    context = site(events, pages)
    event_lists(context, now, horizon_days)
    return context


def slugs(items):
    return [item.slug for item in items]


# --- Upcoming or past -----------------------------------------------------------------

WHEN = [
    # start, end, timezone, recurrence, now, upcoming?
    pytest.param(D(2026, 4, 13), D(2026, 4, 15), TORONTO, None, at(2026, 4, 15, 23, 59), True,
                 id="all-day-last-day-evening"),
    pytest.param(D(2026, 4, 13), D(2026, 4, 15), TORONTO, None, at(2026, 4, 16, 0, 1), False,
                 id="all-day-day-after"),
    # Paris midnight is 18:00 in Montréal.
    pytest.param(D(2026, 4, 15), D(2026, 4, 15), PARIS, None, at(2026, 4, 15, 17, 59), True,
                 id="all-day-paris-before-paris-midnight"),
    pytest.param(D(2026, 4, 15), D(2026, 4, 15), PARIS, None, at(2026, 4, 15, 18, 1), False,
                 id="all-day-paris-after-paris-midnight"),
    pytest.param(at(2026, 4, 15, 9), at(2026, 4, 15, 17), TORONTO, None, at(2026, 4, 15, 12), True, id="ongoing"),
    pytest.param(at(2026, 4, 15, 9), at(2026, 4, 15, 17), TORONTO, None, at(2026, 4, 15, 17, 1), False, id="just-ended"),
    pytest.param(at(2026, 4, 15, 9), at(2026, 4, 15, 17), TORONTO, None, at(2026, 4, 1), True, id="later"),
    # Weekly, three times: 1, 8 and 15 April, 18:00 to 20:00.
    pytest.param(at(2026, 4, 1, 18), at(2026, 4, 1, 20), TORONTO, {"rule": "FREQ=WEEKLY", "count": 3},
                 at(2026, 4, 10), True, id="recurring-between-dates"),
    pytest.param(at(2026, 4, 1, 18), at(2026, 4, 1, 20), TORONTO, {"rule": "FREQ=WEEKLY", "count": 3},
                 at(2026, 4, 15, 19), True, id="recurring-during-last-date"),
    pytest.param(at(2026, 4, 1, 18), at(2026, 4, 1, 20), TORONTO, {"rule": "FREQ=WEEKLY", "count": 3},
                 at(2026, 4, 15, 20, 1), False, id="recurring-after-last-date"),
    pytest.param(at(2026, 4, 1, 18), at(2026, 4, 1, 20), TORONTO,
                 {"rule": "FREQ=WEEKLY", "until": D(2026, 4, 22), "except": [D(2026, 4, 22)]},
                 at(2026, 4, 15, 20, 1), False, id="recurring-last-date-excepted"),
]  # fmt: skip


@pytest.mark.parametrize("start, end, zone, recurrence, now, upcoming", WHEN)
def test_upcoming_until_the_last_date_ends(make_event, start, end, zone, recurrence, now, upcoming):
    event = make_event("evenement", start=start, end=end, timezone=zone, recurrence=recurrence)
    context = run([event], now=now)
    assert slugs(context["upcoming_events"]) == (["evenement"] if upcoming else [])
    assert slugs(context["past_events"]) == ([] if upcoming else ["evenement"])
    assert (event.next_start is not None) is upcoming
    assert bool(context["upcoming_occurrences"]) is upcoming


@pytest.mark.parametrize(
    "now, next_start, next_end",
    [
        (at(2026, 4, 1, 12), at(2026, 4, 1, 18), at(2026, 4, 1, 20)),
        (at(2026, 4, 1, 19), at(2026, 4, 1, 18), at(2026, 4, 1, 20)),  # ongoing
        (at(2026, 4, 1, 20, 30), at(2026, 4, 8, 18), at(2026, 4, 8, 20)),
        (at(2026, 4, 10), at(2026, 4, 15, 18), at(2026, 4, 15, 20)),
    ],
)
def test_next_start_on_the_event_and_its_translations(make_event, now, next_start, next_end):
    english = make_event("tricot-hebdo", lang="en", title="Knitting", url="en/events/tricot-hebdo/")
    event = make_event("tricot-hebdo", start=at(2026, 4, 1, 18), end=at(2026, 4, 1, 20),
                       recurrence={"rule": "FREQ=WEEKLY", "count": 3}, translations=[english])  # fmt: skip
    run([event], now=now)
    for item in (event, english):
        assert item.next_start == next_start
        assert item.next_end == next_end
        assert item.upcoming_dates[0].start == next_start


def test_past_event_has_no_next_start(make_event):
    english = make_event("ancien", lang="en")
    event = make_event("ancien", start=at(2025, 4, 1, 18), end=at(2025, 4, 1, 20), translations=[english])
    run([event])
    for item in (event, english):
        assert item.next_start is None and item.next_end is None
        assert item.upcoming_dates == []


@pytest.mark.parametrize(
    "start, end, state",
    [
        (at(2026, 4, 20, 18), at(2026, 4, 20, 20), "open"),  # to come: registration open
        (at(2025, 4, 1, 18), at(2025, 4, 1, 20), "closed"),  # over: closed, on the translation too
    ],
)
def test_event_view_on_the_event_and_its_translations(make_event, start, end, state):
    english = make_event("atelier", lang="en", event_status=None, format=None,
                         registration={"url": "https://inscription.example/"})  # fmt: skip
    event = make_event("atelier", start=start, end=end, event_status="moved-online",
                       registration={"url": "https://inscription.example/"}, translations=[english])  # fmt: skip
    run([event])
    assert (event.status_shown, event.format_shown, event.registration_state.state) == ("moved-online", "online", state)
    assert (english.status_shown, english.format_shown, english.registration_state.state) == ("scheduled", "in-person", state)
    assert event.program_days == english.program_days == []


def test_upcoming_dates_capped_at_ten(make_event):
    event = make_event("quotidien", start=at(2026, 4, 10, 18), end=at(2026, 4, 10, 19),
                       recurrence={"rule": "FREQ=DAILY", "count": 30})  # fmt: skip
    context = run([event], now=at(2026, 4, 15, 12))
    assert [o.start for o in event.upcoming_dates] == [at(2026, 4, d, 18) for d in range(15, 25)]
    # The listings still get every coming date (15 April to 9 May), not only ten.
    assert len(context["upcoming_occurrences"]) == 25


def test_recurring_event_with_a_date_past_the_horizon_is_not_past(make_event):
    # Yearly on 1 May, three times (2025, 2026, 2027); on 2 May 2026 the next date is 1 May 2027.
    event = make_event("annuel", start=at(2025, 5, 1, 18), end=at(2025, 5, 1, 20),
                       recurrence={"rule": "FREQ=YEARLY", "count": 3})  # fmt: skip
    context = run([event], now=at(2026, 5, 2, 12), horizon_days=180)
    assert slugs(context["past_events"]) == []
    assert event.next_start == at(2027, 5, 1, 18)


# --- Which items count --------------------------------------------------------------------


def test_only_events_are_listed(make_event):
    items = [make_event("evenement"), make_event("billet", hub_type="post"), make_event("autre")]
    context = run(items)
    assert sorted(slugs(context["events"])) == ["autre", "evenement"]


# --- Orders and groupings -------------------------------------------------------------------


def mixed(make_event):
    return [
        make_event("passe-2024", start=at(2024, 6, 1, 10), end=at(2024, 6, 1, 12)),
        make_event("passe-nov-2025", start=at(2025, 11, 5, 19), end=at(2025, 11, 5, 21)),
        make_event("passe-fev-2026", start=D(2026, 2, 10), end=D(2026, 2, 10)),
        make_event("passe-mars-2026", start=at(2026, 3, 20, 19), end=at(2026, 3, 20, 21)),
        make_event("juin", start=at(2026, 6, 5, 9), end=at(2026, 6, 5, 10)),
        make_event("en-cours", start=at(2026, 4, 15, 9), end=at(2026, 4, 15, 17)),
        make_event("mai", start=D(2026, 5, 1), end=D(2026, 5, 2)),
        make_event("hebdo", start=at(2026, 4, 16, 18), end=at(2026, 4, 16, 20),
                   recurrence={"rule": "FREQ=WEEKLY", "count": 3}),  # 16, 23, 30 April
    ]  # fmt: skip


def test_upcoming_events_ordered_by_their_next_start(make_event):
    context = run(mixed(make_event))
    assert slugs(context["upcoming_events"]) == ["en-cours", "hebdo", "mai", "juin"]


def test_past_events_newest_first_grouped_by_year(make_event):
    context = run(mixed(make_event))
    assert slugs(context["past_events"]) == ["passe-mars-2026", "passe-fev-2026", "passe-nov-2025", "passe-2024"]
    assert [(year, slugs(events)) for year, events in context["past_events_by_year"]] == [
        (2026, ["passe-mars-2026", "passe-fev-2026"]),
        (2025, ["passe-nov-2025"]),
        (2024, ["passe-2024"]),
    ]


def test_upcoming_by_month_shows_each_event_once_at_its_next_date(make_event):
    context = run(mixed(make_event))
    assert [(month, [o.event.slug for o in items]) for month, items in context["upcoming_by_month"]] == [
        (D(2026, 4, 1), ["en-cours", "hebdo"]),
        (D(2026, 5, 1), ["mai"]),
        (D(2026, 6, 1), ["juin"]),
    ]


def test_every_occurrence_is_kept_in_event_occurrences(make_event):
    context = run(mixed(make_event))
    found = [o.event.slug for o in context["event_occurrences"]]
    assert sorted(found) == sorted(["passe-2024", "passe-nov-2025", "passe-fev-2026", "passe-mars-2026", "juin",
                                    "en-cours", "mai", "hebdo", "hebdo", "hebdo"])  # fmt: skip


def test_each_month_listed_once_and_in_order_across_time_zones(make_event):
    nantes = make_event("congres-nantes", start=D(2026, 5, 1), end=D(2026, 5, 2), timezone=PARIS)
    montreal = make_event("cinq-a-sept", start=at(2026, 4, 30, 19), end=at(2026, 4, 30, 21))
    occurrences = [Occurrence(nantes, nantes.start, nantes.end), Occurrence(montreal, montreal.start, montreal.end)]
    occurrences.sort(key=lambda o: o.start_instant())
    months = [month for month, _items in by_month(occurrences)]
    assert months == sorted(set(months))
    assert sum(len(items) for _month, items in by_month(occurrences)) == 2


# --- Calendar links ----------------------------------------------------------------------------

def directory_entry(slug, title, translations=()):
    return SimpleNamespace(slug=slug, title=title, url=f"repertoire/{slug}/", hub_type="directory",
                           in_default_lang=True, lang="fr", translations=list(translations))  # fmt: skip


def linked(make_event, words):
    english = make_event("tricot", lang="en", title="Knitting workshop", url="en/events/tricot/",
                         organizer="cdc-rimouski-neigette", summary="<p>Bring your needles.</p>",
                         venue={"name": "Parish hall", "city": "Rimouski"})  # fmt: skip
    events = [
        make_event("tricot", organizer="cdc-rimouski-neigette", translations=[english]),
        make_event("webinaire", region=None, category=None, format="online", place=None),
    ]
    entry_en = SimpleNamespace(slug="cdc-rimouski-neigette", title="CDC Rimouski-Neigette", lang="en",
                               url="en/directory/cdc-rimouski-neigette/", hub_type="directory", translations=[])  # fmt: skip
    pages = [directory_entry("cdc-rimouski-neigette", "CDC Rimouski-Neigette", [entry_en]), directory_entry("autre", "Autre groupe")]
    context = run(events, pages=pages)
    files = calendars.plan(context["events"], words)
    add_calendar_links(context, context["events"], files, PUBLIC, words)
    return context, {e.slug: e for e in context["events"]}, english, {p.slug: p for p in pages}


def test_site_region_and_category_calendars_in_the_context(make_event, words):
    context, _events, _english, _pages = linked(make_event, words)
    site_calendar = context["site_calendar"]
    assert (site_calendar.url, site_calendar.lang) == ("calendrier.ics", "fr")
    assert site_calendar.absolute == "https://maillage.example/calendrier.ics"
    assert site_calendar.webcal == "webcal://maillage.example/calendrier.ics"
    google = urlsplit(site_calendar.google)
    assert parse_qs(google.query) == {"cid": ["webcal://maillage.example/calendrier.ics"]}
    assert set(context["region_calendars"]) == {"bas-saint-laurent"}
    assert context["region_calendars"]["bas-saint-laurent"].url == "regions/bas-saint-laurent/calendrier.ics"
    assert set(context["category_calendars"]) == {"ateliers"}
    assert all(c.lang == "fr" for c in context["all_calendars"])


# French calendar in the context -> its English translation (what English pages link)
ENGLISH_TWINS = [
    ("calendrier.ics", "en/calendar.ics", "All events"),
    ("regions/bas-saint-laurent/calendrier.ics", "en/regions/bas-saint-laurent/calendar.ics", "Events — Bas-Saint-Laurent"),
    ("categories/ateliers/calendrier.ics", "en/categories/ateliers/calendar.ics", "Events — Ateliers"),
    ("repertoire/cdc-rimouski-neigette/calendrier.ics", "en/directory/cdc-rimouski-neigette/calendar.ics",
     "Events — CDC Rimouski-Neigette"),
    ("evenements/tricot.ics", "en/events/tricot.ics", "Knitting workshop"),
    ("evenements/webinaire.ics", "en/events/webinaire.ics", "Atelier de tricot"),  # untranslated: its French title
]  # fmt: skip


@pytest.mark.parametrize("french, english, title", ENGLISH_TWINS, ids=[t[1] for t in ENGLISH_TWINS])
def test_each_calendar_links_its_english_translation(make_event, words, french, english, title):
    context, _events, _english, _pages = linked(make_event, words)
    (calendar,) = [c for c in context["all_calendars"] if c.url == french]
    (twin,) = calendar.translations
    assert (twin.url, twin.lang, twin.title) == (english, "en", title)
    assert twin.webcal == f"webcal://maillage.example/{english}"
    assert twin.translations == [calendar]
    assert (twin.family, twin.slug) == (calendar.family, calendar.slug)


def test_calendars_carry_their_titles_in_each_language(make_event, words):
    context, _events, _english, _pages = linked(make_event, words)
    assert context["site_calendar"].titles == {"fr": "Tous les événements", "en": "All events"}
    assert context["site_calendar"].title == "Tous les événements"
    region = context["region_calendars"]["bas-saint-laurent"]
    assert region.titles == {"fr": "Événements — Bas-Saint-Laurent", "en": "Events — Bas-Saint-Laurent"}


NAMES = [
    # calendar, name in French, name in English, language of the English name
    ("calendrier.ics", "Tous les événements", "All events", "en"),
    ("regions/bas-saint-laurent/calendrier.ics", "Bas-Saint-Laurent", "Bas-Saint-Laurent", "en"),
    ("repertoire/cdc-rimouski-neigette/calendrier.ics", "CDC Rimouski-Neigette", "CDC Rimouski-Neigette", "fr"),
    ("categories/ateliers/calendrier.ics", "Ateliers", "Ateliers", "fr"),
    ("evenements/tricot.ics", "Atelier de tricot", "Knitting workshop", "en"),
    ("evenements/webinaire.ics", "Atelier de tricot", "Atelier de tricot", "fr"),
]


@pytest.mark.parametrize("url, french, english, english_lang", NAMES, ids=[n[0] for n in NAMES])
def test_a_calendar_is_named_by_what_it_follows_in_its_language(make_event, words, url, french, english, english_lang):
    context, _events, _english, _pages = linked(make_event, words)
    (calendar,) = [c for c in context["all_calendars"] if c.url == url]
    (twin,) = calendar.translations
    assert (calendar.name, calendar.name_lang) == (french, "fr")
    assert (twin.name, twin.name_lang) == (english, english_lang)


def test_event_declares_its_own_file_first_then_region_organizer_category(make_event, words):
    _context, events, english, _pages = linked(make_event, words)
    expected = [
        "evenements/tricot.ics",
        "regions/bas-saint-laurent/calendrier.ics",
        "repertoire/cdc-rimouski-neigette/calendrier.ics",
        "categories/ateliers/calendrier.ics",
    ]
    assert [c.url for c in events["tricot"].calendars] == expected
    assert "CDC Rimouski-Neigette" in events["tricot"].calendars[2].title
    for info in events["tricot"].calendars:
        assert info.absolute == f"{PUBLIC}/{info.url}"
        assert info.webcal == f"webcal://maillage.example/{info.url}"
    assert [c.url for c in events["webinaire"].calendars] == ["evenements/webinaire.ics"]


def test_a_translation_declares_the_calendars_of_its_language(make_event, words):
    _context, events, english, _pages = linked(make_event, words)
    assert [c.url for c in english.calendars] == [
        "en/events/tricot.ics",
        "en/regions/bas-saint-laurent/calendar.ics",
        "en/directory/cdc-rimouski-neigette/calendar.ics",
        "en/categories/ateliers/calendar.ics",
    ]
    assert english.calendar_file == "en/events/tricot.ics"
    assert events["tricot"].calendar_file == "evenements/tricot.ics"
    assert english.calendars[0].title == "Knitting workshop"


def test_directory_entry_declares_its_organizer_calendar(make_event, words):
    _context, _events, _english, pages = linked(make_event, words)
    entry = pages["cdc-rimouski-neigette"]
    assert [c.url for c in entry.calendars] == ["repertoire/cdc-rimouski-neigette/calendrier.ics"]
    assert [c.url for c in entry.translations[0].calendars] == ["en/directory/cdc-rimouski-neigette/calendar.ics"]
    assert pages["autre"].calendars == []


ADD_TO_CALENDAR = [
    # which item, its .ics, title, page, location
    ("fr", "evenements/tricot.ics", "Atelier de tricot", "https://maillage.example/evenements/tricot/",
     "Salle paroissiale, 12, rue Saint-Germain Est, Rimouski, G5L 1A1"),
    ("en", "en/events/tricot.ics", "Knitting workshop", "https://maillage.example/en/events/tricot/", "Parish hall, Rimouski"),
]  # fmt: skip


@pytest.mark.parametrize("lang, ics_file, title, page, location", ADD_TO_CALENDAR, ids=["fr", "en"])
def test_add_to_calendar_on_the_event_and_its_translation(make_event, words, lang, ics_file, title, page, location):
    _context, events, english, _pages = linked(make_event, words)
    links = (english if lang == "en" else events["tricot"]).add_to_calendar
    assert links["ics"] == ics_file
    google = parse_qs(urlsplit(links["google"]).query)
    assert google["text"] == [title]
    assert google["details"][0].endswith(page)
    assert google["location"] == [location]
    outlook = parse_qs(urlsplit(links["outlook"]).query)
    assert outlook["subject"] == [title]


@pytest.mark.parametrize("lang, location", [("fr", "En ligne"), ("en", "Online")])
def test_add_to_calendar_says_online_in_the_items_language(make_event, words, lang, location):
    english = make_event("webinaire", lang="en", title="Webinar", url="en/events/webinaire/", format="in-person")  # the original says
    event = make_event("webinaire", format="online", place=None, translations=[english])
    item = english if lang == "en" else event
    links = add_to_calendar(item, event, PUBLIC, "evenements/webinaire.ics", words)
    assert parse_qs(urlsplit(links["google"]).query)["location"] == [location]


def test_add_to_calendar_carries_place_and_plain_summary(make_event, words):
    event = make_event("tricot", summary="<p>Apportez vos <em>aiguilles</em> &amp; votre laine.</p>")
    links = add_to_calendar(event, event, PUBLIC, "evenements/atelier-tricot.ics", words)
    google = {k: v[0] for k, v in parse_qs(urlsplit(links["google"]).query).items()}
    assert google["location"] == "Salle paroissiale, 12, rue Saint-Germain Est, Rimouski, G5L 1A1"
    assert google["details"].startswith("Apportez vos aiguilles & votre laine.")
    assert google["dates"] == "20260402T220000Z/20260403T000000Z"
    outlook = {k: v[0] for k, v in parse_qs(urlsplit(links["outlook"]).query).items()}
    assert outlook["location"] == google["location"]
    assert outlook["body"] == google["details"]


@pytest.mark.parametrize("order", ["as declared", "reversed"])
def test_an_event_s_own_file_is_found_by_its_family_not_its_place(make_event, words, monkeypatch, order):
    if order == "reversed":
        monkeypatch.setattr(calendars, "ITEM_CALENDARS", tuple(reversed(calendars.ITEM_CALENDARS)))
    _context, events, english, _pages = linked(make_event, words)
    assert events["tricot"].calendar_file == "evenements/tricot.ics"
    assert events["tricot"].add_to_calendar["ics"] == "evenements/tricot.ics"
    assert english.calendar_file == "en/events/tricot.ics"


# --- The preview: one saved event refreshed in the model (hub_output.saved) ------------------

def derived(item):
    """What the context step derives for an item's page."""
    return {
        "next": (item.next_start, item.next_end),
        "upcoming": [(o.start, o.end) for o in item.upcoming_dates],
        "recurrence_text": item.recurrence_text,
        "calendars": [(c.family, c.url, c.title) for c in item.calendars],
        "calendar_file": item.calendar_file,
        "add_to_calendar": item.add_to_calendar,
    }


WEEKLY = {"rule": "FREQ=WEEKLY;COUNT=3"}

SAVED = [  # what the editor changed in the saved file
    pytest.param({"title": "Atelier de tricot avancé"}, id="title"),
    pytest.param({"start": at(2026, 5, 6, 17), "end": at(2026, 5, 6, 19)}, id="dates"),
    pytest.param({"recurrence": WEEKLY}, id="made-recurring"),
    pytest.param({"start": at(2026, 4, 1, 18), "end": at(2026, 4, 1, 20), "title": "Passé"}, id="now-past"),
]


@pytest.mark.parametrize("changes", SAVED)
def test_a_saved_event_refreshed_in_the_model_gets_what_a_full_context_step_gives(make_event, words, changes):
    context, events, _english, _pages = linked(make_event, words)
    by_key = {(f.family, f.slug, f.lang): calendar_link(f, PUBLIC) for f in calendars.plan(context["events"], words)}
    event = events["tricot"]
    for name, value in changes.items():  # the model's object, given the file's new state in place
        setattr(event, name, value)
    refresh_event(event, NOW, HORIZON_DAYS)
    refresh_calendar_links(by_key, event, PUBLIC, words)
    add_event_calendars(event, by_key, PUBLIC, words)
    fresh_context, fresh_events, _e, _p = linked(lambda slug, **kw: make_event(slug, **({**kw, **changes} if slug == "tricot" and kw.get("lang") != "en" else kw)), words)
    assert derived(event) == derived(fresh_events["tricot"])


def test_a_saved_event_in_a_new_category_gets_a_link_to_that_calendar(make_event, words):
    context, events, _english, _pages = linked(make_event, words)
    by_key = {(f.family, f.slug, f.lang): calendar_link(f, PUBLIC) for f in calendars.plan(context["events"], words)}
    event = events["tricot"]
    event.category = SimpleNamespace(name="Conférences", slug="conferences")
    refresh_calendar_links(by_key, event, PUBLIC, words)
    add_event_calendars(event, by_key, PUBLIC, words)
    assert "categories/conferences/calendrier.ics" in [c.url for c in event.calendars]
    english = {c.url: c for c in event.calendars}["categories/conferences/calendrier.ics"].translations
    assert [c.url for c in english] == ["en/categories/conferences/calendar.ics"]
