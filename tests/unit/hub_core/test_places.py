"""hub_core.places: name matching, the shipped regions and municipalities, and a
site's own places in content/data/places.yml."""

import csv

import pytest

from hub_core import places
from hub_core.places import Place, Places, distance_km, normalize

# The 17 administrative regions of Quebec: official code, slug (the official
# French name in lowercase ASCII) and official French name.
REGIONS = [
    ("01", "bas-saint-laurent", "Bas-Saint-Laurent"),
    ("02", "saguenay-lac-saint-jean", "Saguenay–Lac-Saint-Jean"),
    ("03", "capitale-nationale", "Capitale-Nationale"),
    ("04", "mauricie", "Mauricie"),
    ("05", "estrie", "Estrie"),
    ("06", "montreal", "Montréal"),
    ("07", "outaouais", "Outaouais"),
    ("08", "abitibi-temiscamingue", "Abitibi-Témiscamingue"),
    ("09", "cote-nord", "Côte-Nord"),
    ("10", "nord-du-quebec", "Nord-du-Québec"),
    ("11", "gaspesie-iles-de-la-madeleine", "Gaspésie–Îles-de-la-Madeleine"),
    ("12", "chaudiere-appalaches", "Chaudière-Appalaches"),
    ("13", "laval", "Laval"),
    ("14", "lanaudiere", "Lanaudière"),
    ("15", "laurentides", "Laurentides"),
    ("16", "monteregie", "Montérégie"),
    ("17", "centre-du-quebec", "Centre-du-Québec"),
]

# Quebec's extent (the province, generously rounded).
QUEBEC_LATITUDES = (44.9, 62.6)
QUEBEC_LONGITUDES = (-79.8, -57.0)


def municipality_rows():
    with open(places.DATA / "municipalities.csv", encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


# --- normalize ------------------------------------------------------------------

SAME_NAMES = [
    pytest.param(["Saint-Jérôme", "St-Jérôme", "saint jerome", "ST-JEROME", "St. Jérôme", "saint-jérôme"], id="saint-jerome"),
    pytest.param(["Sainte-Julie", "Ste-Julie", "STE JULIE"], id="sainte-julie"),
    pytest.param(["Rivière-du-Loup", "Riviere-du-Loup", "RIVIÈRE DU LOUP", "riviere du loup"], id="riviere-du-loup"),
    pytest.param(["Val-d'Or", "Val-d’Or", "Val d Or", "VAL-D'OR"], id="curly-apostrophe"),
    pytest.param(["Trois-Rivières", "Trois–Rivières", "Trois—Rivières", "Trois Rivières"], id="en-and-em-dash"),
    pytest.param(["Mont-Royal", "Mt-Royal"], id="mont"),
    pytest.param(["Montréal", "Montreal", "MONTRÉAL", "  Montréal  "], id="montreal"),
    pytest.param(["Saint-Lin–Laurentides", "St-Lin-Laurentides"], id="en-dash-in-official-name"),
]


@pytest.mark.parametrize("names", SAME_NAMES)
def test_normalize_spellings_of_one_place_match(names):
    assert len({normalize(name) for name in names}) == 1


@pytest.mark.parametrize(
    "name, key",
    [
        pytest.param("St-Jérôme", "saint-jerome", id="saint"),
        pytest.param("Ste-Julie", "sainte-julie", id="sainte"),
        pytest.param("Val-d’Or", "val-d-or", id="apostrophe"),
        pytest.param("Trois–Rivières", "trois-rivieres", id="dash"),
    ],
)
def test_normalize_key(name, key):
    assert normalize(name) == key


@pytest.mark.parametrize(
    "first, second",
    [
        pytest.param("Saint-Jérôme", "Sainte-Jérôme", id="saint-vs-sainte"),
        pytest.param("Sainte-Marie", "Sainte-Marthe", id="different-towns"),
        pytest.param("Stanstead", "Saintanstead", id="st-only-as-a-word"),
    ],
)
def test_normalize_keeps_different_names_apart(first, second):
    assert normalize(first) != normalize(second)


# --- Shipped regions ------------------------------------------------------------------


def test_exactly_the_17_regions(builtin_places):
    assert [(r.code, r.slug, r.name_fr) for r in builtin_places.regions] == REGIONS


@pytest.mark.parametrize("code, slug, name", REGIONS, ids=[r[1] for r in REGIONS])
def test_region_by_slug_and_by_code(builtin_places, code, slug, name):
    region = builtin_places.region(slug)
    assert region is builtin_places.region_by_code(code)
    assert (region.code, region.slug, region.name("fr")) == (code, slug, name)
    assert region.name_en  # an English name is present


def test_region_lookup_misses(builtin_places):
    assert builtin_places.region("06") is None  # a code is not a slug
    assert builtin_places.region("Montréal") is None  # nor is a name
    assert builtin_places.region_by_code("18") is None
    assert builtin_places.region_by_code("6") is None


def test_region_name_in_english(builtin_places):
    region = builtin_places.region("laurentides")
    assert region.name("en") == region.name_en
    assert region.name("fr") == "Laurentides"


@pytest.mark.parametrize(
    "text, suggestion",
    [
        pytest.param("monteregi", "monteregie", id="typo"),
        pytest.param("Montérégie", "monteregie", id="written-as-name"),
        pytest.param("gaspesie", "gaspesie-iles-de-la-madeleine", id="prefix"),
        pytest.param("Abitibi", "abitibi-temiscamingue", id="prefix-capitalized"),
        pytest.param("xyz", None, id="nothing-close"),
    ],
)
def test_suggest_region(builtin_places, text, suggestion):
    assert builtin_places.suggest_region(text) == suggestion


def test_region_problem(builtin_places):
    assert builtin_places.region_problem("monteregi") == (
        "region_suggestion",
        {"value": "monteregi", "suggestion": "monteregie"},
    )
    code, params = builtin_places.region_problem("xyz")
    assert code == "region"
    assert params == {"value": "xyz", "choices": ", ".join(r[1] for r in REGIONS)}


# --- Shipped municipalities ------------------------------------------------------------


def test_every_municipality_is_in_a_shipped_region():
    codes = {r[0] for r in REGIONS}
    assert [row["name"] for row in municipality_rows() if row["region_code"] not in codes] == []


def test_no_two_municipalities_share_a_normalized_name():
    seen = {}
    for row in municipality_rows():
        key = normalize(row["name"])
        assert key not in seen, f"{row['name']} and {seen[key]}"
        seen[key] = row["name"]


def test_coordinates_are_inside_quebec():
    outside = [
        row["name"]
        for row in municipality_rows()
        if not QUEBEC_LATITUDES[0] <= float(row["latitude"]) <= QUEBEC_LATITUDES[1]
        or not QUEBEC_LONGITUDES[0] <= float(row["longitude"]) <= QUEBEC_LONGITUDES[1]
    ]
    assert outside == []


def test_every_region_has_at_least_one_place(builtin_places):
    regions_with_places = {place.region.code for place in builtin_places}
    assert regions_with_places == {r[0] for r in REGIONS}


def test_at_least_90_municipalities_of_10000_inhabitants_or_more():
    big = [row for row in municipality_rows() if int(row["population"]) >= 10000]
    assert len(big) >= 90


def test_every_row_has_a_whole_population():
    assert all(row["population"].isdigit() for row in municipality_rows())


KNOWN_TOWNS = [
    ("Rimouski", "01"),
    ("Matane", "01"),
    ("La Pocatière", "01"),
    ("Rivière-du-Loup", "01"),
    ("Saguenay", "02"),
    ("Québec", "03"),
    ("Trois-Rivières", "04"),
    ("Sherbrooke", "05"),
    ("Montréal", "06"),
    ("Gatineau", "07"),
    ("Rouyn-Noranda", "08"),
    ("Sept-Îles", "09"),
    ("Chibougamau", "10"),
    ("Gaspé", "11"),
    ("Lévis", "12"),
    ("Laval", "13"),
    ("Joliette", "14"),
    ("Saint-Jérôme", "15"),
    ("Longueuil", "16"),
    ("Drummondville", "17"),
]


@pytest.mark.parametrize("name, code", KNOWN_TOWNS, ids=[t[0] for t in KNOWN_TOWNS])
def test_known_town_is_in_its_region(builtin_places, name, code):
    place = builtin_places.find(name)
    assert place is not None
    assert (place.name, place.country, place.region.code) == (name, "CA", code)
    assert place.in_quebec


@pytest.mark.parametrize(
    "written, name",
    [
        pytest.param("Riviere-du-Loup", "Rivière-du-Loup", id="no-accents"),
        pytest.param("ST-JEROME", "Saint-Jérôme", id="abbreviated-capitals"),
        pytest.param("Sept-Iles", "Sept-Îles", id="sept-iles"),
        pytest.param("quebec", "Québec", id="quebec"),
        pytest.param("Val-d’Or", "Val-d'Or", id="curly-apostrophe"),
    ],
)
def test_find_with_spelling_variants(builtin_places, written, name):
    assert builtin_places.find(written).name == name


# --- find, distance ------------------------------------------------------------------

def test_find_with_country(builtin_places):
    assert builtin_places.find("Rimouski", "CA").name == "Rimouski"
    assert builtin_places.find("Rimouski", "FR") is None
    assert builtin_places.find("Atlantide") is None


def test_find_prefers_canada_then_the_first_country(builtin_places):
    regions = builtin_places.regions
    known = Places(
        regions,
        [
            Place("London", "GB", None, 51.5072, -0.1276),
            Place("London", "CA", None, 42.9849, -81.2453),
            Place("Perth", "AU", None, -31.9523, 115.8613),
            Place("Perth", "CA", None, 44.8998, -76.2487),
            Place("Valence", "FR", None, 44.9334, 4.8924),
            Place("Valence", "ES", None, 39.4699, -0.3763),
        ],
    )
    assert known.find("London").country == "CA"
    assert known.find("London", "GB").country == "GB"
    assert known.find("Perth").country == "CA"  # Canada first, though AU sorts before CA
    assert known.find("Perth", "AU").country == "AU"
    assert known.find("Valence").country == "ES"


def test_later_places_win(builtin_places):
    first = Place("Nantes", "FR", None, 1.0, 1.0)
    second = Place("Nantes", "FR", None, 47.2184, -1.5536)
    assert Places(builtin_places.regions, [first, second]).find("Nantes") is second


def test_iteration_is_sorted_and_complete(builtin_places):
    listed = list(builtin_places)
    assert len(listed) == len(municipality_rows())
    keys = [(normalize(p.name), p.country) for p in listed]
    assert keys == sorted(keys)


@pytest.mark.parametrize(
    "first, second, kilometres",
    [
        pytest.param("Rimouski", "Rivière-du-Loup", 100, id="rimouski-riviere-du-loup"),
        pytest.param("Montréal", "Québec", 233, id="montreal-quebec"),
        pytest.param("Montréal", "Gatineau", 165, id="montreal-gatineau"),
    ],
)
def test_distance_km(builtin_places, first, second, kilometres):
    a, b = builtin_places.find(first), builtin_places.find(second)
    assert distance_km(a, b) == pytest.approx(kilometres, abs=10)
    assert distance_km(a, b) == pytest.approx(distance_km(b, a))


def test_distance_to_itself_is_zero(builtin_places):
    rimouski = builtin_places.find("Rimouski")
    assert distance_km(rimouski, rimouski) == 0


# --- A site's places.yml ----------------------------------------------------------------

def write_places(tmp_path, text):
    content = tmp_path / "content"
    (content / "data").mkdir(parents=True)
    (content / "data" / "places.yml").write_text(text, encoding="utf-8")
    return content


def test_load_without_places_file_gives_the_shipped_places(tmp_path):
    known, problems = places.load(tmp_path)
    assert problems == []
    assert known.find("Rimouski").region.slug == "bas-saint-laurent"
    assert len(list(known)) == len(municipality_rows())


def test_load_adds_the_site_places(tmp_path):
    content = write_places(
        tmp_path,
        "- name: Nantes\n"
        "  country: FR\n"
        "  latitude: 47.2184\n"
        "  longitude: -1.5536\n"
        "- name: Toronto\n"
        "  country: CA\n"
        "  latitude: 43.6532\n"
        "  longitude: -79.3832\n"
        "- name: Sainte-Luce\n"
        "  region: bas-saint-laurent\n"
        "  latitude: 48.55\n"
        "  longitude: -68.39\n",
    )
    known, problems = places.load(content)
    assert problems == []
    assert known.find("Nantes") == Place("Nantes", "FR", None, 47.2184, -1.5536)
    toronto = known.find("toronto")
    assert (toronto.country, toronto.region, toronto.in_quebec) == ("CA", None, False)
    luce = known.find("Ste-Luce")
    assert (luce.country, luce.region.code, luce.in_quebec) == ("CA", "01", True)
    assert known.find("Rimouski") is not None  # shipped places are kept


def test_site_place_overrides_a_shipped_one(tmp_path):
    content = write_places(
        tmp_path, "- name: Rimouski\n  region: bas-saint-laurent\n  latitude: 48.45\n  longitude: -68.53\n"
    )
    known, problems = places.load(content)
    assert problems == []
    assert (known.find("Rimouski").latitude, known.find("Rimouski").longitude) == (48.45, -68.53)
    assert sum(1 for p in known if p.name == "Rimouski") == 1


BAD_PLACES = [
    pytest.param(
        "- country: FR\n  latitude: 47.2\n  longitude: -1.5\n", [(1, "name", "required")], id="missing-name"
    ),
    pytest.param(
        "- name: ''\n  country: FR\n  latitude: 47.2\n  longitude: -1.5\n", [(1, "name", "required")], id="empty-name"
    ),
    pytest.param(
        "- name: Paris\n  country: France\n  latitude: 48.85\n  longitude: 2.35\n",
        [(2, "country", "country")],
        id="country-France",
    ),
    pytest.param(
        "- name: Paris\n  country: fr\n  latitude: 48.85\n  longitude: 2.35\n",
        [(2, "country", "country")],
        id="country-lowercase",
    ),
    pytest.param(
        "- name: Bic\n  region: xyz\n  latitude: 48.37\n  longitude: -68.7\n",
        [(2, "region", "region")],
        id="unknown-region",
    ),
    pytest.param(
        "- name: Bic\n  region: bas-st-laurent\n  latitude: 48.37\n  longitude: -68.7\n",
        [(2, "region", "region_suggestion")],
        id="mistyped-region",
    ),
    pytest.param(
        "- name: Bic\n  region: 01\n  latitude: 48.37\n  longitude: -68.7\n",
        [(2, "region", "region")],
        id="region-code-instead-of-slug",
    ),
    pytest.param(
        "- name: Nantes\n  country: FR\n  latitude: 200\n  longitude: -1.5\n",
        [(3, "latitude", "coordinate")],
        id="latitude-200",
    ),
    pytest.param(
        "- name: Nantes\n  country: FR\n  latitude: 47.2\n  longitude: -181\n",
        [(4, "longitude", "coordinate")],
        id="longitude-minus-181",
    ),
    pytest.param(
        "- name: Nantes\n  country: FR\n  latitude: nord\n  longitude: -1.5\n",
        [(3, "latitude", "coordinate")],
        id="latitude-text",
    ),
    pytest.param(
        "- name: Nantes\n  country: FR\n  latitude: .nan\n  longitude: -1.5\n",
        [(3, "latitude", "coordinate")],
        id="latitude-nan",
    ),
    pytest.param(
        "- name: Nantes\n  country: FR\n  longitude: -1.5\n", [(1, "latitude", "required")], id="latitude-missing"
    ),
    pytest.param(
        "- name: Nantes\n  country: France\n  latitude: 200\n  longitude: x\n",
        [(2, "country", "country"), (3, "latitude", "coordinate"), (4, "longitude", "coordinate")],
        id="every-problem-of-an-entry",
    ),
    pytest.param("name: Nantes\ncountry: FR\n", [(1, "", "expected_list")], id="not-a-list"),
    pytest.param("- Nantes\n", [(1, "", "expected_mapping")], id="item-not-a-mapping"),
    pytest.param(
        "- name: Nantes\n  country: FR\n- name: Angers: ville\n", [(3, "", "yaml_syntax")], id="yaml-error"
    ),
]


@pytest.mark.parametrize("text, expected", BAD_PLACES)
def test_load_reports_bad_entries(tmp_path, text, expected):
    content = write_places(tmp_path, text)
    known, problems = places.load(content)
    assert [(p.line, p.field, p.code) for p in problems] == expected
    assert {p.path for p in problems} == {"content/data/places.yml"}
    assert all(p.is_error for p in problems)
    for problem in problems:  # every message formats with the params given
        assert problem.render("fr") and problem.render("en")
    assert len(list(known)) == len(municipality_rows())  # nothing bad was added


def test_bad_entries_do_not_stop_good_ones(tmp_path):
    content = write_places(
        tmp_path,
        "- name: Nantes\n  country: FR\n  latitude: 47.2184\n  longitude: -1.5536\n"
        "- name: Nulle-Part\n  latitude: 200\n  longitude: 0\n"
        "- name: Angers\n  country: FR\n  latitude: 47.4784\n  longitude: -0.5632\n",
    )
    known, problems = places.load(content)
    assert [(p.line, p.field, p.code) for p in problems] == [(6, "latitude", "coordinate")]
    assert known.find("Nantes") is not None and known.find("Angers") is not None
    assert known.find("Nulle-Part") is None


def test_empty_places_file_adds_nothing(tmp_path):
    known, problems = places.load(write_places(tmp_path, "# nothing yet\n"))
    assert problems == []
    assert len(list(known)) == len(municipality_rows())


def test_display_path(tmp_path):
    content = tmp_path / "content"
    assert places.display_path(content, content / "data" / "places.yml") == "content/data/places.yml"


# --- A region's main town: the map point of a city the site does not know --------------------

MAIN_TOWNS = [
    ("bas-saint-laurent", "Rimouski"),
    ("gaspesie-iles-de-la-madeleine", "Gaspé"),
    ("cote-nord", "Sept-Îles"),
    ("nord-du-quebec", "Chibougamau"),
    ("laval", "Laval"),
]


@pytest.mark.parametrize("slug, town", MAIN_TOWNS)
def test_a_regions_main_town_is_its_most_populous_municipality(builtin_places, slug, town):
    region = builtin_places.region(slug)
    assert builtin_places.main_town(region).name == town
    rows = [r for r in municipality_rows() if r["region_code"] == region.code]
    assert max(rows, key=lambda r: int(r["population"]))["name"] == town


def test_every_region_has_a_main_town(builtin_places):
    assert all(builtin_places.main_town(region) is not None for region in builtin_places.regions)


def test_a_site_place_without_population_is_never_a_main_town(builtin_places):
    region = builtin_places.region("bas-saint-laurent")
    bigger = Place("Ville imaginaire", "CA", region, 48.0, -68.0)  # no population: from places.yml
    with_it = Places(builtin_places.regions, (*builtin_places, bigger))
    assert with_it.main_town(region).name == "Rimouski"


def test_approximate_is_named_as_written_at_the_main_town(builtin_places):
    region = builtin_places.region("gaspesie-iles-de-la-madeleine")
    point, gaspe = builtin_places.approximate("Murdochville", region), builtin_places.find("Gaspé")
    assert (point.name, point.region, point.country, point.approximate) == ("Murdochville", region, "CA", True)
    assert (point.latitude, point.longitude) == (gaspe.latitude, gaspe.longitude)
    assert builtin_places.approximate("Murdochville", None) is None


@pytest.mark.parametrize(
    "attributes, expected",
    [
        pytest.param({"point": "P", "place": "Q"}, "P", id="point"),
        pytest.param({"place": "Q"}, "Q", id="place-only"),
        pytest.param({"point": None, "place": None}, None, id="none"),
    ],
)
def test_point_of(attributes, expected):
    from types import SimpleNamespace

    assert places.point_of(SimpleNamespace(**attributes)) == expected

