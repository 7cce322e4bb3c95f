"""Stand-ins for the hub_missions unit tests: `types.SimpleNamespace` objects with the
attributes a mission, a trip report and an event have after hub_frontmatter, and the
places a site knows (the shipped table plus Paris, Angers, Nantes)."""

import datetime as dt
from types import SimpleNamespace
from zoneinfo import ZoneInfo

import pytest

from hub_core import places

PARIS_TZ = ZoneInfo("Europe/Paris")
TORONTO = ZoneInfo("America/Toronto")

SITE_PLACES_YML = """\
- name: Paris
  country: FR
  latitude: 48.8566
  longitude: 2.3522
- name: Angers
  country: FR
  latitude: 47.4784
  longitude: -0.5632
- name: Nantes
  country: FR
  latitude: 47.2184
  longitude: -1.5536
"""

LOIRE = [
    {"city": "Angers", "country": "FR", "from": dt.date(2025, 6, 2), "to": dt.date(2025, 6, 4), "hosts": ["Ville d'Angers"], "events": ["grappe-angers"]},
    {"city": "Nantes", "country": "FR", "from": dt.date(2025, 6, 4), "to": dt.date(2025, 6, 8), "hosts": [], "events": []},
]  # fmt: skip


@pytest.fixture(scope="session")
def content(tmp_path_factory):
    """A content folder with data/places.yml."""
    root = tmp_path_factory.mktemp("missions") / "content"
    (root / "data").mkdir(parents=True)
    (root / "data" / "places.yml").write_text(SITE_PLACES_YML, encoding="utf-8")
    return root


@pytest.fixture(scope="session")
def known_places(content):
    found, problems = places.load(content)
    assert problems == []
    return found


def build_mission(slug="loire-2025", **overrides):
    values = dict(
        slug=slug,
        title="Mission Loire 2025",
        url=f"missions/{slug}/",
        lang="fr",
        hub_type="mission",
        hub_parent=slug,
        start=dt.date(2025, 6, 2),
        end=dt.date(2025, 6, 8),
        destinations=[dict(d) for d in LOIRE],
        translations=[],
        in_default_lang=True,
        date=dt.datetime(2025, 1, 10, tzinfo=TORONTO),
    )
    values.update(overrides)
    return SimpleNamespace(**values)


def build_report(slug, stop=None, day=12, mission="loire-2025", **overrides):
    values = dict(
        slug=slug,
        title=f"Carnet {slug}",
        url=f"missions/{mission}/{slug}/",
        lang="fr",
        hub_type="report",
        hub_parent=mission,
        stop=stop,
        date=dt.datetime(2025, 6, day, 9, 0, tzinfo=TORONTO),
        translations=[],
        in_default_lang=True,
    )
    values.update(overrides)
    return SimpleNamespace(**values)


def build_event(slug, day, city="Angers", mission=None, **overrides):
    values = dict(
        slug=slug,
        title=f"Événement {slug}",
        url=f"evenements/{slug}/",
        lang="fr",
        hub_type="event",
        start=dt.datetime(2025, 6, day, 14, 0, tzinfo=PARIS_TZ),
        end=dt.datetime(2025, 6, day, 17, 0, tzinfo=PARIS_TZ),
        place=SimpleNamespace(name=city) if city else None,
        mission=mission,
        translations=[],
        in_default_lang=True,
    )
    values.update(overrides)
    return SimpleNamespace(**values)


@pytest.fixture
def make_mission():
    return build_mission


@pytest.fixture
def make_report():
    return build_report


@pytest.fixture
def make_event():
    return build_event
