"""Stand-in events for the hub_events unit tests (ics, calendars, links, facets, context,
occurrences): `types.SimpleNamespace` objects with the attributes an event article has
after hub_frontmatter, as test_month.py builds them."""

import datetime as dt
from pathlib import Path
from types import SimpleNamespace
from zoneinfo import ZoneInfo

import pytest

from hub_core.i18n import Catalogs, load_catalogs
from hub_core.places import Region

TRANSLATIONS = Path(__file__).resolve().parents[3] / "theme" / "translations"

TORONTO = ZoneInfo("America/Toronto")

RIMOUSKI = SimpleNamespace(
    name="Rimouski", latitude=48.4488, longitude=-68.5236, country="CA", region="bas-saint-laurent"
)
BAS_SAINT_LAURENT = Region("01", "bas-saint-laurent", "Bas-Saint-Laurent", "Bas-Saint-Laurent")
ATELIERS = SimpleNamespace(name="Ateliers", slug="ateliers")
VENUE = {
    "name": "Salle paroissiale",
    "address": "12, rue Saint-Germain Est",
    "city": "Rimouski",
    "postal_code": "G5L 1A1",
}


def build_event(slug="atelier-tricot", **overrides):
    """An in-person event in Rimouski on 2 April 2026, 18 h à 20 h; any attribute overridable.

    `all_day` follows `start` (a date or a datetime) unless given."""
    values = dict(
        slug=slug,
        title="Atelier de tricot",
        url=f"evenements/{slug}/",
        lang="fr",
        summary="<p>Apportez vos aiguilles.</p>",
        date=dt.datetime(2026, 3, 1, 9, 0, tzinfo=TORONTO),
        modified=None,
        start=dt.datetime(2026, 4, 2, 18, 0, tzinfo=TORONTO),
        end=dt.datetime(2026, 4, 2, 20, 0, tzinfo=TORONTO),
        timezone=TORONTO,
        settings={"TIMEZONE": "America/Toronto"},
        format="in-person",
        event_status="scheduled",
        venue=dict(VENUE),
        online={},
        place=RIMOUSKI,
        region=BAS_SAINT_LAURENT,
        category=ATELIERS,
        tags=[],
        recurrence=None,
        organizer=None,
        organizer_link=None,
        translations=[],
        hub_type="event",
        in_default_lang=True,
    )
    values.update(overrides)
    values.setdefault("all_day", not isinstance(values["start"], dt.datetime))
    return SimpleNamespace(**values)


@pytest.fixture
def make_event():
    return build_event


@pytest.fixture(scope="session")
def words():
    """The site's catalog (theme/translations): the calendars' words in French and English."""
    return Catalogs(load_catalogs(TRANSLATIONS))
