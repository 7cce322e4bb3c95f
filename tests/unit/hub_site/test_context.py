import datetime as dt
from types import SimpleNamespace
from zoneinfo import ZoneInfo

import pytest

from hub_site import context

MONTREAL = ZoneInfo("America/Toronto")
PARIS = ZoneInfo("Europe/Paris")


def event(start, end, timezone=None):
    return SimpleNamespace(start=start, end=end, timezone=timezone, settings={"TIMEZONE": "America/Toronto"})


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        (event(dt.date(2017, 6, 3), dt.date(2017, 6, 11)), dt.datetime(2017, 6, 12, tzinfo=MONTREAL)),
        (
            event(dt.date(2017, 6, 7), dt.date(2017, 6, 7), "Europe/Paris"),
            dt.datetime(2017, 6, 8, tzinfo=PARIS),
        ),
        (
            event(dt.datetime(2026, 12, 4, 12, tzinfo=MONTREAL), dt.datetime(2026, 12, 4, 13, 30, tzinfo=MONTREAL)),
            dt.datetime(2026, 12, 4, 13, 30, tzinfo=MONTREAL),
        ),
    ],
    ids=["all-day multi-day", "all-day abroad", "timed"],
)
def test_event_end_is_the_instant_it_is_over(item, expected):
    assert context.event_end(item) == expected


def test_now_comes_from_source_date_epoch(monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1795435200")
    generator = SimpleNamespace(context={"TIMEZONE": "America/Toronto"})
    context.add_now(generator)
    assert generator.context["HUB_NOW"] == dt.datetime(2026, 11, 23, 7, 0, tzinfo=MONTREAL)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "0")
    context.add_now(generator)  # one "now" per build: the first one stays
    assert generator.context["HUB_NOW"].year == 2026


@pytest.mark.parametrize(
    ("reference", "expected"),
    [
        ("groupe", {"name": "Groupe", "url": "repertoire/groupe/", "internal": True}),
        ("inconnu", None),
        ({"name": "Web2day", "url": "https://web2day.example"}, {"name": "Web2day", "url": "https://web2day.example", "internal": False}),
    ],
)
def test_organizer_links(reference, expected):
    entries = {"groupe": SimpleNamespace(title="Groupe", url="repertoire/groupe/")}
    assert context._link(reference, entries) == expected
