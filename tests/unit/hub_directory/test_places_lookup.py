"""What the directory needs from hub_core.places: finding the city an editor wrote,
the places of a region, distances, and the province of a place outside Quebec."""

import pytest

from hub_core import places
from hub_core.places import distance_km, normalize

# (written by an editor, the place found, its region code)
SPELLINGS = [
    ("Saint-Jérôme", "Saint-Jérôme", "15"),
    ("St-Jérôme", "Saint-Jérôme", "15"),
    ("st jerome", "Saint-Jérôme", "15"),
    ("ST. JÉRÔME", "Saint-Jérôme", "15"),
    ("Ste-Thérèse", "Sainte-Thérèse", "15"),
    ("Ste Therese", "Sainte-Thérèse", "15"),
    ("Rivière-du-Loup", "Rivière-du-Loup", "01"),
    ("riviere du loup", "Rivière-du-Loup", "01"),
    ("RIVIERE-DU-LOUP", "Rivière-du-Loup", "01"),
    ("Riviere—du—Loup", "Rivière-du-Loup", "01"),
    ("St-Jean-sur-Richelieu", "Saint-Jean-sur-Richelieu", "16"),
    ("Sept-Iles", "Sept-Îles", "09"),
    ("Val d’Or", "Val-d'Or", "08"),
    ("l'assomption", "L'Assomption", "14"),
    ("  Lévis ", "Lévis", "12"),
    ("quebec", "Québec", "03"),
]


@pytest.mark.parametrize("written, name, code", SPELLINGS, ids=[s[0] for s in SPELLINGS])
def test_find_ignores_accents_case_hyphens_and_saint_abbreviations(known_places, written, name, code):
    place = known_places.find(written)
    assert (place.name, place.region.code) == (name, code)


@pytest.mark.parametrize(
    "written",
    ["Saint-Jérômes", "Jérôme", "Sainte-Jérôme", "Rivière-du-Loups", "Saint", ""],
)
def test_find_misses_other_names(known_places, written):
    assert known_places.find(written) is None


@pytest.mark.parametrize(
    "first, second",
    [("St-Jérôme", "Saint-Jérôme"), ("Ste-Anne-des-Monts", "Sainte-Anne-des-Monts"), ("Riviere-du-Loup", "Rivière-du-Loup")],
)
def test_normalized_keys_are_equal(first, second):
    assert normalize(first) == normalize(second)


# --- Distances ------------------------------------------------------------------------

DISTANCES = [
    ("Rimouski", "Rivière-du-Loup", 100),
    ("Montréal", "Saint-Jérôme", 46),
    ("Québec", "La Pocatière", 108),
    ("Montréal", "Toronto", 504),
    ("Gatineau", "Rouyn-Noranda", 395),
]


@pytest.mark.parametrize("first, second, kilometres", DISTANCES, ids=[f"{a}-{b}" for a, b, _ in DISTANCES])
def test_distance_km_between_towns(known_places, first, second, kilometres):
    a, b = known_places.find(first), known_places.find(second)
    assert distance_km(a, b) == pytest.approx(kilometres, rel=0.05)
    assert distance_km(b, a) == pytest.approx(distance_km(a, b))


def test_distance_across_the_atlantic_is_a_great_circle(known_places):
    # Montréal–Nantes: about 5,300 km along the great circle (a flat map would say otherwise).
    assert distance_km(known_places.find("Montréal"), known_places.find("Nantes")) == pytest.approx(5330, rel=0.02)


# --- The places of a region ------------------------------------------------------------


def test_in_region_holds_exactly_the_region_places_in_name_order(known_places):
    region = known_places.region("bas-saint-laurent")
    found = known_places.in_region(region)
    assert found and all(p.region == region for p in found)
    assert {p.name for p in found} >= {"Rimouski", "Rivière-du-Loup", "La Pocatière", "Le Bic"}
    assert [normalize(p.name) for p in found] == sorted(normalize(p.name) for p in found)
    assert sum(len(known_places.in_region(r)) for r in known_places.regions) == sum(1 for p in known_places if p.in_quebec)


# --- province in places.yml ------------------------------------------------------------

def load(tmp_path, text):
    content = tmp_path / "content"
    (content / "data").mkdir(parents=True)
    (content / "data" / "places.yml").write_text(text, encoding="utf-8")
    known, problems = places.load(content)
    return known, [(p.line, p.field, p.code, p.params.get("value")) for p in problems]


PROVINCES = [
    pytest.param("- name: Toronto\n  province: ON\n  latitude: 43.65\n  longitude: -79.38\n", "Toronto", "ON", "ON", id="ontario"),
    pytest.param("- name: Moncton\n  latitude: 46.09\n  longitude: -64.78\n", "Moncton", None, None, id="no-province"),
    pytest.param(
        "- name: Nantes\n  country: FR\n  province: PDL\n  latitude: 47.2\n  longitude: -1.55\n", "Nantes", "PDL", "PDL", id="abroad"
    ),
    pytest.param(
        "- name: Le Bic\n  region: bas-saint-laurent\n  province: QC\n  latitude: 48.37\n  longitude: -68.7\n",
        "Le Bic", None, "QC", id="quebec-written-QC",
    ),
    pytest.param(
        "- name: Le Bic\n  region: bas-saint-laurent\n  latitude: 48.37\n  longitude: -68.7\n", "Le Bic", None, "QC", id="quebec"
    ),
]


@pytest.mark.parametrize("text, name, province, subdivision", PROVINCES)
def test_province_of_a_site_place(tmp_path, text, name, province, subdivision):
    known, problems = load(tmp_path, text)
    assert problems == []
    place = known.find(name)
    assert (place.province, place.subdivision) == (province, subdivision)


BAD_PROVINCES = [
    pytest.param("- name: Toronto\n  province: ZZ\n  latitude: 43.65\n  longitude: -79.38\n", [(2, "province", "choice", "ZZ")], id="unknown-in-canada"),
    pytest.param("- name: Toronto\n  province: on\n  latitude: 43.65\n  longitude: -79.38\n", [(2, "province", "choice", "on")], id="lowercase"),
    pytest.param("- name: Moncton\n  province: QC\n  latitude: 46.09\n  longitude: -64.78\n", [(2, "province", "choice", "QC")], id="quebec-without-region"),
    pytest.param(
        "- name: Le Bic\n  region: bas-saint-laurent\n  province: ON\n  latitude: 48.37\n  longitude: -68.7\n",
        [(3, "province", "choice", "ON")], id="region-and-another-province",
    ),
    pytest.param(
        "- name: Nantes\n  country: FR\n  province: Pays de la Loire\n  latitude: 47.2\n  longitude: -1.55\n",
        [(3, "province", "choice", "Pays de la Loire")], id="a-name-not-a-code",
    ),
]


@pytest.mark.parametrize("text, expected", BAD_PROVINCES)
def test_bad_province_is_a_problem_on_its_line(tmp_path, text, expected):
    known, problems = load(tmp_path, text)
    assert problems == expected
