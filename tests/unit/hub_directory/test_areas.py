"""hub_directory.areas and kinds: which region (or which country) an item belongs to,
and the grouping of the directory by region, then by kind."""

import re

import pytest

from hub_core import model
from hub_directory.areas import area_of, group_entries, outside_area
from hub_directory.kinds import DETAILS, DIRECTORY_KINDS, by_kind, directory_kinds, kind_of

AREAS = [
    # (city, extra attributes, area slug, in Quebec, title)
    pytest.param("Rimouski", {}, "bas-saint-laurent", True, "Bas-Saint-Laurent", id="quebec-town"),
    pytest.param("St-Jérôme", {}, "laurentides", True, "Laurentides", id="abbreviated-saint"),
    pytest.param("Le Bic", {}, "bas-saint-laurent", True, "Bas-Saint-Laurent", id="site-place-in-quebec"),
    pytest.param(None, {"region": "bas-saint-laurent"}, "bas-saint-laurent", True, "Bas-Saint-Laurent", id="region-without-place"),
    pytest.param("Toronto", {}, "hors-quebec-ontario", False, "Ontario", id="canada-with-province"),
    pytest.param("Nantes", {}, "hors-quebec-france", False, "France", id="abroad-by-country"),
]


@pytest.mark.parametrize("city, attributes, slug, in_quebec, title", AREAS)
def test_area_of(item, city, attributes, slug, in_quebec, title):
    area = area_of(item(city, **attributes))
    assert (area.slug, area.in_quebec, area.title) == (slug, in_quebec, title)
    assert area.url == (f"regions/{slug}/" if in_quebec else None)


def test_an_item_without_place_or_region_is_nowhere(item):
    assert area_of(item(None, format="online")) is None


@pytest.mark.parametrize(
    "country, province, title",
    [("CA", "ON", "Ontario"), ("CA", "BC", "Colombie-Britannique"), ("CA", None, "Canada"), ("FR", None, "France"), ("US", None, "États-Unis"), ("BE", None, "Belgique")],
)
def test_outside_area_titles_are_french(country, province, title):
    assert outside_area(country, province).title == title


@pytest.mark.parametrize(
    "city, attributes, french, english",
    [
        pytest.param("St-Jérôme", {}, "Laurentides", "Laurentians", id="region"),
        pytest.param("Rimouski", {}, "Bas-Saint-Laurent", "Bas-Saint-Laurent", id="region-same-name"),
        pytest.param(None, {"region": "cote-nord"}, "Côte-Nord", "North Shore", id="region-without-place"),
        pytest.param("Toronto", {}, "Ontario", "Ontario", id="province"),
        pytest.param("Nantes", {}, "France", "France", id="country"),
    ],
)
def test_area_names_in_french_and_english(item, city, attributes, french, english):
    area = area_of(item(city, **attributes))
    assert (area.name(), area.name("fr"), area.name("en")) == (french, french, english)


@pytest.mark.parametrize(
    "country, province, english",
    [("CA", "BC", "British Columbia"), ("CA", "PE", "Prince Edward Island"), ("CA", None, "Canada"), ("US", None, "United States"), ("BE", None, "Belgium"), ("CH", None, "Switzerland")],
)
def test_outside_area_names_in_english(country, province, english):
    area = outside_area(country, province)
    assert area.name("en") == english
    assert area.name("fr") == area.title  # the French name, which makes the slug
    assert area.slug == outside_area(country, province).slug


def test_outside_areas_sort_after_the_regions_canada_first():
    titles = [a.title for a in sorted([outside_area("FR"), outside_area("CA"), outside_area("US"), outside_area("CA", "ON"), outside_area("BE"), outside_area("CA", "BC")], key=lambda a: a.key)]
    assert titles == ["Colombie-Britannique", "Ontario", "Canada", "Belgique", "États-Unis", "France"]


def test_group_entries_by_region_in_code_order_then_outside(item):
    entries = [
        item("Nantes", slug="nantes", kind="coworking"),
        item("Saint-Jérôme", slug="jerome", kind="association"),
        item("Rimouski", slug="rimouski-1", kind="meetup"),
        item("Toronto", slug="toronto", kind="association"),
        item("Rivière-du-Loup", slug="loup", kind="coworking"),
        item("Rimouski", slug="rimouski-2", kind="incubator"),
        item("Québec", slug="quebec", kind="media"),
        item(None, slug="online-only", kind="meetup", format="online"),
    ]
    groups = group_entries(entries)
    assert [(g.area.title, [e.slug for e in g.entries]) for g in groups] == [
        ("Bas-Saint-Laurent", ["rimouski-1", "loup", "rimouski-2"]),
        ("Capitale-Nationale", ["quebec"]),
        ("Laurentides", ["jerome"]),
        ("Ontario", ["toronto"]),
        ("France", ["nantes"]),
    ]
    first = groups[0]
    assert [(kind.name, [e.slug for e in found]) for kind, found in first.kinds] == [
        ("meetup", ["rimouski-1"]),
        ("incubator", ["rimouski-2"]),
        ("coworking", ["loup"]),
    ]


def test_every_entry_is_in_exactly_one_group(item):
    entries = [item(city, slug=f"e{i}", kind="meetup") for i, city in enumerate(["Rimouski", "Matane", "Gaspé", "Laval", "Nantes", "Toronto"])]
    listed = [e.slug for g in group_entries(entries) for e in g.entries]
    assert sorted(listed) == sorted(e.slug for e in entries)


# --- kinds -----------------------------------------------------------------------------

def test_the_kinds_are_exactly_the_content_model_ones_in_its_order():
    assert tuple(k.name for k in DIRECTORY_KINDS) == model.DIRECTORY_KINDS


@pytest.mark.parametrize(
    ("names", "details", "differ"),
    [
        pytest.param(("meetup", "media"), {"media": DETAILS["media"], "meetup": DETAILS["meetup"]}, None, id="same-kinds"),
        pytest.param(("meetup", "fablab"), {"meetup": DETAILS["meetup"]}, "missing ['fablab']", id="a-kind-without-details"),
        pytest.param(("meetup",), {"meetup": DETAILS["meetup"], "media": DETAILS["media"]}, "extra ['media']", id="details-of-no-kind"),
    ],
)
def test_the_directory_kinds_follow_the_content_model_by_name(names, details, differ):
    if differ:
        with pytest.raises(ValueError, match=re.escape(differ)):
            directory_kinds(names, details)
    else:
        assert [k.name for k in directory_kinds(names, details)] == list(names)


def test_kind_slugs_are_french_unique_addresses():
    slugs = [k.slug for k in DIRECTORY_KINDS]
    assert len(set(slugs)) == len(slugs)
    assert all(slug.isascii() and slug == slug.lower() and " " not in slug for slug in slugs)
    assert [k.url for k in DIRECTORY_KINDS][:3] == ["repertoire/type/organisme/", "repertoire/type/association/", "repertoire/type/groupe-de-rencontre/"]


KIND_LABELS = [
    # (kind, French label, French plural, English label, English plural)
    ("organization", "Organisme", "Organismes", "Organization", "Organizations"),
    ("meetup", "Groupe de rencontre", "Groupes de rencontre", "Meetup group", "Meetup groups"),
    ("coworking", "Espace de cotravail", "Espaces de cotravail", "Coworking space", "Coworking spaces"),
    ("public-body", "Organisme public", "Organismes publics", "Public body", "Public bodies"),
    ("media", "Média", "Médias", "Media outlet", "Media outlets"),
]


@pytest.mark.parametrize("kind, label, plural, label_en, plural_en", KIND_LABELS)
def test_kind_labels(item, kind, label, plural, label_en, plural_en):
    found = kind_of(item("Rimouski", kind=kind))
    assert (found.label, found.plural) == (label, plural)
    assert (found.label_in(), found.plural_in()) == (label, plural)
    assert (found.label_in("fr"), found.plural_in("fr")) == (label, plural)
    assert (found.label_in("en"), found.plural_in("en")) == (label_en, plural_en)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_every_kind_has_distinct_labels_in_each_language(lang):
    labels = [k.label_in(lang) for k in DIRECTORY_KINDS]
    plurals = [k.plural_in(lang) for k in DIRECTORY_KINDS]
    assert all(labels) and all(plurals)
    assert len(set(labels)) == len(set(plurals)) == len(DIRECTORY_KINDS)


def test_by_kind_keeps_table_order_and_leaves_out_empty_kinds(item):
    entries = [item("Rimouski", slug=s, kind=k) for s, k in (("a", "media"), ("b", "meetup"), ("c", "media"), ("d", "organization"))]
    assert [(k.name, [e.slug for e in found]) for k, found in by_kind(entries)] == [
        ("organization", ["d"]),
        ("meetup", ["b"]),
        ("media", ["a", "c"]),
    ]


@pytest.mark.parametrize("order", ["as declared", "reversed"])
@pytest.mark.parametrize("kind", [None, "fablab"])
def test_an_unknown_kind_is_an_organization_whatever_the_table_order(item, monkeypatch, order, kind):
    from hub_directory import kinds  # noqa: PLC0415

    if order == "reversed":
        monkeypatch.setattr(kinds, "DIRECTORY_KINDS", tuple(reversed(kinds.DIRECTORY_KINDS)))
    assert kind_of(item("Rimouski", kind=kind)).name == "organization"
