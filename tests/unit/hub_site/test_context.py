import datetime as dt
from types import SimpleNamespace
from zoneinfo import ZoneInfo

from hub_site import context

MONTREAL = ZoneInfo("America/Toronto")


def test_now_comes_from_source_date_epoch(monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1795435200")
    generator = SimpleNamespace(context={"TIMEZONE": "America/Toronto"})
    context.add_now(generator)
    assert generator.context["HUB_NOW"] == dt.datetime(2026, 11, 23, 7, 0, tzinfo=MONTREAL)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "0")
    context.add_now(generator)  # one "now" per build: the first one stays
    assert generator.context["HUB_NOW"].year == 2026
