"""hub_missions.generator: the context step sets the journey on missions and reports."""

import datetime as dt
from pathlib import Path

import pytest
from pelican.settings import DEFAULT_CONFIG

from hub_core.settings import SettingsError
from hub_missions.generator import DEFAULTS, MissionsGenerator

THEME = Path(__file__).resolve().parents[3] / "theme"
NOW = dt.datetime(2026, 11, 23, 7, 0, tzinfo=dt.timezone(dt.timedelta(hours=-5)))


def generator(content, tmp_path, context, **settings):
    config = {**DEFAULT_CONFIG, "PATH": str(content), "THEME": str(THEME), **settings}
    context.setdefault("HUB_NOW", NOW)
    return MissionsGenerator(context, config, str(content), str(THEME), str(tmp_path / "output"))


@pytest.fixture()
def site(make_mission, make_report, make_event):
    past = make_mission("loire-2025")
    upcoming = make_mission("lyon-2027", start=dt.date(2027, 4, 12), end=dt.date(2027, 4, 18), destinations=[])
    current = make_mission("en-cours-2026", start=dt.date(2026, 11, 20), end=dt.date(2026, 11, 30), destinations=[])
    english = make_mission("loire-2025", lang="en", url="en/missions/loire-2025/", in_default_lang=False)
    past.translations = [english]
    angers = make_report("angers", "Angers", day=14)
    nantes = make_report("nantes", "Nantes", day=15)
    nantes_en = make_report("nantes", "Nantes", day=15, lang="en", url="en/missions/loire-2025/nantes/", in_default_lang=False)
    nantes.translations = [nantes_en]
    grappe = make_event("grappe-angers", 3)
    context = {"articles": [grappe, nantes, angers], "hidden_articles": [upcoming, past, current], "hidden_pages": []}
    return context, {"past": past, "upcoming": upcoming, "current": current, "english": english, "angers": angers, "nantes": nantes, "nantes_en": nantes_en}


def test_missions_newest_first_split_on_now(content, tmp_path, site):
    context, items = site
    generator(content, tmp_path, context).generate_context()
    assert [m.slug for m in context["missions"]] == ["lyon-2027", "en-cours-2026", "loire-2025"]
    assert [m.slug for m in context["upcoming_missions"]] == ["lyon-2027", "en-cours-2026"]
    assert [m.slug for m in context["past_missions"]] == ["loire-2025"]
    assert [items[k].mission_status for k in ("past", "upcoming", "current")] == ["past", "upcoming", "current"]


def test_mission_itinerary_and_reports(content, tmp_path, site):
    context, items = site
    generator(content, tmp_path, context).generate_context()
    past = items["past"]
    assert [s["city"] for s in past.itinerary] == ["Angers", "Nantes"]
    assert [e.slug for e in past.itinerary[0]["events"]] == ["grappe-angers"]
    assert past.trip_reports == [items["angers"], items["nantes"]]
    assert past.reports_without_stop == []
    assert past.route_map["width"] == DEFAULTS["map_width"]
    assert past.total_km > 0


def test_each_report_knows_its_mission_stop_and_the_others(content, tmp_path, site):
    context, items = site
    generator(content, tmp_path, context).generate_context()
    angers, nantes = items["angers"], items["nantes"]
    assert angers.mission_page is items["past"] and angers.mission_stop["number"] == 1
    assert nantes.mission_stop["city"] == "Nantes"
    assert angers.other_reports == [nantes] and nantes.other_reports == [angers]


def test_translations_get_the_mission_in_their_language(content, tmp_path, site):
    context, items = site
    generator(content, tmp_path, context).generate_context()
    english, nantes_en = items["english"], items["nantes_en"]
    assert nantes_en.mission_page is english
    assert nantes_en.mission_stop["number"] == 2
    assert english.trip_reports == [items["angers"], nantes_en], "the English version when there is one"
    assert nantes_en.other_reports == [items["angers"]]
    assert items["nantes"].mission_page is items["past"], "the French report keeps the French mission"


def test_settings_change_the_map(content, tmp_path, site):
    context, items = site
    generator(content, tmp_path, context, HUB_MISSIONS={"map_width": 800}).generate_context()
    assert items["past"].route_map["width"] == 800


def test_an_unknown_setting_stops_the_build(content, tmp_path, site, monkeypatch):
    monkeypatch.setenv("HUB_LANG", "en")
    context, _ = site
    with pytest.raises(SettingsError, match="hub_missions: Invalid 'HUB_MISSIONS' key: 'map_widht'"):
        generator(content, tmp_path, context, HUB_MISSIONS={"map_widht": 800}).generate_context()
