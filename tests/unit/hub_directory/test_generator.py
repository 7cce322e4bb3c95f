"""hub_directory.generator: settings, which entries are listed, and the context it adds."""

from types import SimpleNamespace

import pytest
from pelican.settings import DEFAULT_CONFIG

from hub_core.settings import SettingsError, plugin_settings
from hub_core.model import SOCIAL_NETWORKS
from hub_directory.generator import DEFAULTS, DirectoryGenerator, directory_entries, region_posts
from hub_directory.social import NETWORK_NAMES, social_links

ROOT = __import__("pathlib").Path(__file__).resolve().parents[3]


def test_defaults():
    assert plugin_settings({}, "HUB_DIRECTORY", DEFAULTS) == {"nearby_km": 150, "recent_posts": 6, "past_events": 12}
    assert plugin_settings({"HUB_DIRECTORY": {"nearby_km": 80}}, "HUB_DIRECTORY", DEFAULTS)["nearby_km"] == 80


def test_an_unknown_setting_stops_the_build_naming_the_key(monkeypatch):
    monkeypatch.setenv("HUB_LANG", "en")
    with pytest.raises(SettingsError, match="hub_directory: Invalid 'HUB_DIRECTORY' key: 'nearby'"):
        plugin_settings({"HUB_DIRECTORY": {"nearby": 80}}, "HUB_DIRECTORY", DEFAULTS)


def page(title, **attributes):
    values = {
        "title": title, "slug": title.lower(), "hub_type": "directory", "in_default_lang": True, "status": "published",
        "translations": [], "url": f"repertoire/{title.lower()}/", "kind": "meetup", "place": None, "region": None,
        "city": None, "summary": "", "lang": "fr",
    }
    values.update(attributes)
    return SimpleNamespace(**values)


def test_listed_entries_are_french_and_not_hidden_in_name_order():
    context = {
        "hidden_pages": [
            page("Zèbre"), page("Écho"), page("Caché", status="hidden"), page("English", in_default_lang=False),
            page("Apropos", hub_type="page"),
        ]
    }
    assert [p.title for p in directory_entries(context)] == ["Écho", "Zèbre"]


def test_region_posts_are_posts_chronicles_and_reports_newest_first():
    def article(slug, hub_type, day):
        return SimpleNamespace(slug=slug, hub_type=hub_type, date=day)

    context = {"articles": [article("a", "post", 1), article("b", "event", 3), article("c", "chronicle", 2), article("d", "report", 4)]}
    assert [a.slug for a in region_posts(context)] == ["d", "c", "a"]


def test_generate_context_adds_the_directory_and_the_regions(tmp_path, known_places):
    rimouski, toronto = known_places.find("Rimouski"), known_places.find("Toronto")
    entries = [
        page("Rimouski", place=rimouski, region=rimouski.region, kind="meetup"),
        page("Toronto", place=toronto, kind="association"),
    ]
    settings = {**DEFAULT_CONFIG, "PATH": str(tmp_path), "THEME": str(ROOT / "theme"), "PUBLIC_SITEURL": "https://maillage.quebec"}
    context = {"hidden_pages": entries, "articles": []}
    generator = DirectoryGenerator(context, settings, str(tmp_path), str(ROOT / "theme"), str(tmp_path / "output"))
    generator.generate_context()
    assert [e.title for e in context["directory_entries"]] == ["Rimouski", "Toronto"]
    assert [(g.area.title, [e.title for e in g.entries]) for g in context["directory_groups"]] == [
        ("Bas-Saint-Laurent", ["Rimouski"]),
        ("Ontario", ["Toronto"]),
    ]
    assert [(k["kind"].slug, len(k["entries"])) for k in context["directory_kinds"]] == [("association", 1), ("groupe-de-rencontre", 1)]
    assert [a.slug for a in context["regions"]][:2] == ["bas-saint-laurent", "saguenay-lac-saint-jean"]
    assert len(context["regions"]) == 17
    assert entries[0].jsonld["@id"] == "https://maillage.quebec/repertoire/rimouski/#organisation"
    assert entries[0].kind_info.slug == "groupe-de-rencontre"
    assert context["directory_settings"] == DEFAULTS


@pytest.mark.parametrize(
    ("status", "in_default_lang", "kind", "label_en", "on_kind_page"),
    [
        pytest.param("published", True, "meetup", "Meetup group", True, id="listed"),
        pytest.param("hidden", True, "coworking", "Coworking space", False, id="hidden"),
        pytest.param("published", False, "media", "Media outlet", False, id="english-only"),
        pytest.param("published", True, "unknown", "Organization", True, id="unknown-kind"),
    ],
)
def test_every_entry_and_its_translations_get_their_kind_named(tmp_path, status, in_default_lang, kind, label_en, on_kind_page):
    """Templates need no label of their own: kind_info on every entry that gets a page; kind_page
    (the link of its kicker) only on one its kind's page lists."""
    english = page("Groupe-en", lang="en", kind=kind, social={"x": "https://x.com/g", "linkedin": "https://linkedin.com/g"})
    entry = page("Groupe", status=status, in_default_lang=in_default_lang, kind=kind, translations=[english])
    settings = {**DEFAULT_CONFIG, "PATH": str(tmp_path), "THEME": str(ROOT / "theme")}
    generator = DirectoryGenerator({"hidden_pages": [entry], "articles": []}, settings, str(tmp_path), str(ROOT / "theme"), str(tmp_path / "output"))
    generator.generate_context()
    for item in (entry, english):
        assert item.kind_info.label_in("en") == label_en
        assert item.kind_page == (item.kind_info if on_kind_page else None)
    assert entry.social_links == []
    assert english.social_links == [("LinkedIn", "https://linkedin.com/g"), ("X", "https://x.com/g")]


@pytest.mark.parametrize(
    ("social", "expected"),
    [
        pytest.param(None, [], id="none"),
        pytest.param({"youtube": "https://y/", "bluesky": "https://b/"}, [("Bluesky", "https://b/"), ("YouTube", "https://y/")], id="by-key"),
        pytest.param({"myspace": "https://m/"}, [("myspace", "https://m/")], id="unknown-as-is"),
    ],
)
def test_social_links_name_each_network(social, expected):
    assert social_links(SimpleNamespace(social=social)) == expected


def test_every_network_of_the_content_model_has_its_name():
    assert set(NETWORK_NAMES) == set(SOCIAL_NETWORKS)
