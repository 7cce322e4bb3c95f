"""hub_events.links: subscribe and add-to-calendar links.

Each URL is taken apart with urllib.parse and every query value checked on its own;
UTC times are worked out by hand (Montréal UTC−4 in summer, Paris UTC+2)."""

import datetime as dt
from urllib.parse import parse_qs, urlsplit
from zoneinfo import ZoneInfo

import pytest

from hub_events.links import google_event, google_subscribe, outlook_event, webcal

TORONTO = ZoneInfo("America/Toronto")
PARIS = ZoneInfo("Europe/Paris")
PLUS_TWO = dt.timezone(dt.timedelta(hours=2))
D = dt.date
PAGE = "https://maillage.example/evenements/atelier-tricot/"
LOCATION = "Salle paroissiale, 12, rue Saint-Germain Est, Rimouski"


def at(*args, tz=TORONTO):
    return dt.datetime(*args, tzinfo=tz)


def query(url):
    """(scheme://host/path, {name: value}) with each name present exactly once."""
    parts = urlsplit(url)
    values = parse_qs(parts.query, keep_blank_values=True, strict_parsing=True)
    assert all(len(v) == 1 for v in values.values()), values
    return f"{parts.scheme}://{parts.netloc}{parts.path}", {k: v[0] for k, v in values.items()}


# --- Subscribing to a calendar ------------------------------------------------------

WEBCALS = [
    ("https://maillage.example/calendrier.ics", "webcal://maillage.example/calendrier.ics"),
    ("https://maillage.example/regions/bas-saint-laurent/calendrier.ics",
     "webcal://maillage.example/regions/bas-saint-laurent/calendrier.ics"),
    ("https://www.maillage.example/evenements/atelier-tricot.ics",
     "webcal://www.maillage.example/evenements/atelier-tricot.ics"),
    ("http://localhost:8000/calendrier.ics", "webcal://localhost:8000/calendrier.ics"),
]  # fmt: skip


@pytest.mark.parametrize("https, expected", WEBCALS)
def test_webcal_from_absolute_url(https, expected):
    assert webcal(https) == expected


@pytest.mark.parametrize("https, expected", WEBCALS)
def test_google_subscribe_carries_the_webcal_url_encoded(https, expected):
    url = google_subscribe(https)
    base, values = query(url)
    assert base == "https://calendar.google.com/calendar/render"
    assert values == {"cid": expected}
    raw_cid = urlsplit(url).query.removeprefix("cid=")
    assert ":" not in raw_cid and "/" not in raw_cid  # percent-encoded, not left raw


# --- Adding one event -----------------------------------------------------------------


def event(make_event, title="Atelier de tricot", **overrides):
    return make_event("atelier-tricot", title=title, **overrides)


TIMED = [
    # start, end, Google dates (UTC), ctz
    pytest.param(at(2026, 4, 2, 18), at(2026, 4, 2, 20), "20260402T220000Z/20260403T000000Z", "America/Toronto",
                 id="montreal-evening-crosses-utc-midnight"),
    pytest.param(at(2026, 1, 15, 9, 30), at(2026, 1, 15, 11), "20260115T143000Z/20260115T160000Z",
                 "America/Toronto", id="montreal-winter"),
    pytest.param(at(2026, 6, 5, 9, tz=PARIS), at(2026, 6, 5, 18, tz=PARIS), "20260605T070000Z/20260605T160000Z",
                 "Europe/Paris", id="paris"),
    pytest.param(at(2026, 6, 5, 9, tz=PLUS_TWO), at(2026, 6, 5, 18, tz=PLUS_TWO),
                 "20260605T070000Z/20260605T160000Z", None, id="fixed-offset"),
]  # fmt: skip


@pytest.mark.parametrize("start, end, dates, ctz", TIMED)
def test_google_event_timed(make_event, start, end, dates, ctz):
    base, values = query(google_event(event(make_event, start=start, end=end), PAGE, LOCATION, "Apportez vos aiguilles."))
    assert base == "https://calendar.google.com/calendar/render"
    assert values["action"] == "TEMPLATE"
    assert values["text"] == "Atelier de tricot"
    assert values["dates"] == dates
    assert values["location"] == LOCATION
    assert values["details"].startswith("Apportez vos aiguilles.")
    assert values["details"].endswith(PAGE)
    if ctz is None:
        assert "ctz" not in values
    else:
        assert values["ctz"] == ctz


ALL_DAY = [
    # first day, last day, Google dates (end exclusive)
    (D(2026, 4, 12), D(2026, 4, 16), "20260412/20260417"),
    (D(2026, 4, 12), D(2026, 4, 12), "20260412/20260413"),
    (D(2026, 12, 31), D(2026, 12, 31), "20261231/20270101"),
]


@pytest.mark.parametrize("first, last, dates", ALL_DAY)
def test_google_event_all_day(make_event, first, last, dates):
    _base, values = query(google_event(event(make_event, start=first, end=last), PAGE, LOCATION, ""))
    assert values["dates"] == dates
    assert "ctz" not in values


@pytest.mark.parametrize(
    "title",
    ["Café & jasette", "Tricot + crochet = 100 %", "Soirée #2 : « Qui? Quoi? »", "a=b&c=d", "Œuvres d’art / été"],
)
def test_title_survives_encoding(make_event, title):
    for link in (google_event, outlook_event):
        url = link(event(make_event, title=title), PAGE, "Rimouski & environs", "Un; deux & trois")
        _base, values = query(url)
        assert values["text" if link is google_event else "subject"] == title
        assert values["location"] == "Rimouski & environs"
        assert " " not in url and "\n" not in url


DETAILS = [
    # details, what the link's text must start with, what must not be in it
    pytest.param("Apportez vos aiguilles.", "Apportez vos aiguilles.", None, id="short"),
    pytest.param("a" * 500 + "b" * 100, "a" * 500, "b", id="cut-at-500"),
    pytest.param("é" * 499 + "z" * 2, "é" * 499 + "z", "zz", id="accents-count-as-characters"),
    pytest.param("", PAGE, None, id="empty"),
]


@pytest.mark.parametrize("link, field", [(google_event, "details"), (outlook_event, "body")])
@pytest.mark.parametrize("details, head, absent", DETAILS)
def test_details_cut_to_500_characters_then_page_url(make_event, link, field, details, head, absent):
    _base, values = query(link(event(make_event), PAGE, LOCATION, details))
    text = values[field]
    assert text.startswith(head)
    assert text.endswith(PAGE)
    assert text.count(PAGE) == 1
    if absent:
        assert absent not in text
    assert len(text) <= 500 + len("\n\n") + len(PAGE)


@pytest.mark.parametrize("start, end, _dates, _ctz", TIMED)
def test_outlook_event_timed(make_event, start, end, _dates, _ctz):
    base, values = query(outlook_event(event(make_event, start=start, end=end), PAGE, LOCATION, "Apportez vos aiguilles."))
    assert base == "https://outlook.live.com/calendar/0/action/compose"
    assert values["path"] == "/calendar/action/compose"
    assert values["rru"] == "addevent"
    assert values["subject"] == "Atelier de tricot"
    assert values["allday"] == "false"
    for name, expected in (("startdt", start), ("enddt", end)):
        value = dt.datetime.fromisoformat(values[name])
        assert value.utcoffset() is not None  # an instant, not the reader's wall clock
        assert value == expected
    assert values["location"] == LOCATION
    assert values["body"].startswith("Apportez vos aiguilles.")


@pytest.mark.parametrize("first, last, _dates", ALL_DAY)
def test_outlook_event_all_day(make_event, first, last, _dates):
    _base, values = query(outlook_event(event(make_event, start=first, end=last), PAGE, LOCATION, ""))
    assert values["allday"] == "true"
    assert values["startdt"] == first.isoformat()
    # Same convention as iCalendar's DTEND and Google's dates: the day after the last day.
    assert dt.date.fromisoformat(values["enddt"]) == last + dt.timedelta(days=1)
