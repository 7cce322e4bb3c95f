"""`hub places [RECHERCHE]` (make places): the municipalities and places the site knows, with
their region, found as the lookup finds names (accents, case, hyphens and `St-` ignored)."""

import pytest

from hub_core.places import builtin_places
from hub_cli.cli import cli

PLACES_YML = """\
- name: Nantes
  country: FR
  latitude: 47.2184
  longitude: -1.5536
- name: Sainte-Luce
  country: CA
  region: bas-saint-laurent
  latitude: 48.55
  longitude: -68.3833
- name: Toronto
  country: CA
  province: ON
  latitude: 43.6532
  longitude: -79.3832
"""
BUILTIN = len(builtin_places()[1])  # plugins/hub_core/data/municipalities.csv
GASPESIE = "Gaspésie–Îles-de-la-Madeleine (region: gaspesie-iles-de-la-madeleine)"


@pytest.fixture()
def site(tmp_path, monkeypatch):
    """A site folder without pelicanconf.py, its content/data/places.yml adding three places."""
    (tmp_path / "content" / "data").mkdir(parents=True)
    (tmp_path / "content" / "data" / "places.yml").write_text(PLACES_YML, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def places(runner, *args):
    return runner.invoke(cli, ["places", *args], catch_exceptions=False)


@pytest.mark.parametrize(
    "search, lines",
    [
        pytest.param("Percé", [f"Percé — {GASPESIE}"], id="accents"),
        pytest.param("perce", [f"Percé — {GASPESIE}"], id="no-accents"),
        pytest.param("PERCÉ", [f"Percé — {GASPESIE}"], id="capitals"),
        pytest.param("st-jerome", ["Saint-Jérôme — Laurentides (region: laurentides)"], id="st-abbreviation"),
        pytest.param("riviere du loup", ["Rivière-du-Loup — Bas-Saint-Laurent (region: bas-saint-laurent)"], id="spaces"),
        pytest.param("luce", ["Sainte-Luce — Bas-Saint-Laurent (region: bas-saint-laurent) [content/data/places.yml]"], id="site-place"),
        pytest.param("nantes", ["Nantes — France [content/data/places.yml]"], id="abroad"),
        pytest.param("toronto", ["Toronto — Ontario, Canada [content/data/places.yml]"], id="province"),
    ],
)
def test_a_search_finds_places_as_the_lookup_does(runner, site, search, lines):
    result = places(runner, search)
    assert result.exit_code == 0 and result.stderr == ""
    assert result.stdout.splitlines() == [*lines, f"1 lieu / {BUILTIN + 3}."]


def test_a_search_by_region_lists_its_places(runner, site):
    result = places(runner, "gaspesie")
    assert result.stdout.splitlines() == [
        f"{name} — {GASPESIE}"
        for name in ("Carleton-sur-Mer", "Chandler", "Gaspé", "Les Îles-de-la-Madeleine", "New Richmond", "Percé", "Sainte-Anne-des-Monts")
    ] + [f"7 lieux / {BUILTIN + 3}."]


def test_without_a_search_every_place_in_name_order(runner, site):
    lines = places(runner).stdout.splitlines()
    assert len(lines) == BUILTIN + 3 + 1 and lines[-1] == f"{BUILTIN + 3} lieux."
    assert lines[0].startswith("Acton Vale — Montérégie") and "Percé — " + GASPESIE in lines


def test_in_english(runner, site, monkeypatch):
    assert places(runner, "sept-iles", "--lang", "en").stdout.splitlines() == [
        "Sept-Îles — North Shore (region: cote-nord)", f"1 place / {BUILTIN + 3}."
    ]
    monkeypatch.setenv("HUB_LANG", "en")
    assert places(runner, "toronto").stdout.splitlines() == ["Toronto — Ontario, Canada [content/data/places.yml]", f"1 place / {BUILTIN + 3}."]


@pytest.mark.parametrize(
    "lang, expected",
    [
        ("fr", "Aucun lieu connu du site ne correspond à « Murdochville ». Au Québec, ajoutez aussi `region:`"),
        ("en", "No place the site knows matches “Murdochville”. In Quebec, write the event's or entry's `region:` too"),
    ],
)
def test_nothing_found_says_what_to_do(runner, site, lang, expected):
    result = places(runner, "Murdochville", "--lang", lang)
    assert result.exit_code == 0
    assert result.stdout.startswith(expected) and "content/data/places.yml" in result.stdout


def test_a_broken_places_file_is_reported_and_the_rest_listed(runner, site):
    (site / "content" / "data" / "places.yml").write_text("- name: Nulle part\n  country: CA\n  latitude: 99\n  longitude: 0\n", encoding="utf-8")
    result = places(runner, "percé")
    assert result.exit_code == 1
    assert result.stderr.startswith("content/data/places.yml:3: latitude: ")
    assert result.stdout.splitlines()[0] == f"Percé — {GASPESIE}"
