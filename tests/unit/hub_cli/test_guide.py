"""hub_cli.guide: the field reference of docs/guide-redaction.md is generated
from the field table, and the committed guide matches it."""

import re
from pathlib import Path

import pytest

from hub_core import model, places
from hub_cli import guide

ROOT = Path(__file__).resolve().parents[3]
GUIDE = (ROOT / guide.GUIDE).read_text(encoding="utf-8")


def test_the_committed_guide_matches_the_field_table():
    assert guide.rewrite(GUIDE) == GUIDE, "out of date: run `make guide`"


def test_rewrite_touches_only_the_part_between_the_markers():
    text = f"avant\n{guide.BEGIN}\nvieux\n{guide.END}\naprès\n"
    new = guide.rewrite(text)
    assert new.startswith(f"avant\n{guide.BEGIN}\n") and new.endswith(f"{guide.END}\naprès\n")
    assert guide.rewrite(new) == new


def section(kind):
    title, folder = guide.SECTIONS[kind]
    start = GUIDE.index(f"### {title} — `{folder}`")
    end = GUIDE.index("\n### ", start + 1)
    return GUIDE[start:end]


def expected_names(fields, prefix=""):
    for spec in fields:
        yield prefix + spec.name
        shape = spec.mapping if spec.type == "either" else spec.item if spec.type == "list" else spec
        if shape is not None and shape.type == "mapping":
            yield from expected_names(shape.fields, f"{prefix}{spec.name}[]." if spec.type == "list" else f"{prefix}{spec.name}.")


@pytest.mark.parametrize("kind", sorted(model.TYPES))
def test_every_field_of_the_table_is_listed_in_the_guide_and_nothing_else(kind):
    names = re.findall(r"^\| `([^`]+)` \|", section(kind), re.MULTILINE)
    assert names == list(expected_names(model.TYPES[kind]))


@pytest.mark.parametrize("kind", sorted(model.TYPES))
def test_required_fields_and_choices_are_in_the_guide(kind):
    text = section(kind)
    for spec in model.TYPES[kind]:
        row = next(line for line in text.splitlines() if line.startswith(f"| `{spec.name}` |"))
        assert row.split(" | ")[1] == ("oui" if spec.required else guide.required_of(spec))
        for choice in spec.choices:
            assert f"`{choice}`" in row
        if spec.help:
            assert spec.help in row


def known_places_paragraph():
    start, end = GUIDE.index(guide.PLACES_BEGIN), GUIDE.index(guide.PLACES_END)
    return GUIDE[start:end]


def test_the_guide_says_which_municipalities_the_site_knows_from_the_data():
    text = known_places_paragraph()
    _regions, municipalities = places.builtin_places()
    small = [p for p in municipalities if p.population < places.LARGE_TOWN]
    assert f"{len(municipalities)} municipalités : les {len(municipalities) - len(small)} de 10\u00a0000 habitants et plus, et {len(small)} plus petites" in text
    assert all(re.search(rf"(\(|, ){re.escape(p.name)}[,)]", text) for p in small)
    assert "Percé" in text and "Rimouski" not in text  # the small ones are named; the rule covers the rest
    assert "make places" in text
    assert "villes-centres" not in GUIDE


def test_the_guide_explains_region_for_entries_and_the_map_point():
    start = GUIDE.index("## Ajouter un lieu que le site ne connaît pas")
    text = " ".join(GUIDE[start:GUIDE.index("\n## ", start + 1)].split())
    assert "fiche du répertoire" in text and "`region: bas-saint-laurent`" in text
    assert "ville principale de la région" in text and "Rimouski" in text
    assert "calendriers" in text and "Près de chez vous" in text  # where the approximate point is not used


def test_the_known_places_part_is_only_rewritten_when_marked():
    text = f"{guide.BEGIN}\n{guide.END}\n{guide.PLACES_BEGIN}\nvieux\n{guide.PLACES_END}\nfin\n"
    new = guide.rewrite(text)
    assert "vieux" not in new and "plus petites" in new and new.endswith(f"{guide.PLACES_END}\nfin\n")
    assert "plus petites" not in guide.rewrite(f"{guide.BEGIN}\n{guide.END}\n")


def test_the_regions_table_gives_each_regions_main_town():
    known = places.Places(*places.builtin_places())
    for region in known.regions:
        assert f"| `{region.slug}` | {region.name_fr} | {known.main_town(region).name} |" in GUIDE


def test_the_regions_are_listed():
    assert "`bas-saint-laurent`" in GUIDE and "`gaspesie-iles-de-la-madeleine`" in GUIDE


def test_the_guide_covers_what_editors_need():
    for heading in (
        "## Créer un contenu",
        "## Un exemple complet par type",
        "## Les dates, les heures et les fuseaux horaires",
        "## Annuler, reporter ou déplacer un événement",
        "## Annoncer la suite d'une série",
        "## Ajouter un lieu que le site ne connaît pas",
        "## Vérifier",
        "## Prévisualiser",
        "## Publier",
        "## Référence des champs",
    ):
        assert heading in GUIDE
    assert "modified:" in GUIDE and "series_upcoming" in GUIDE and "places.yml" in GUIDE


def test_the_guide_images_exist():
    images = re.findall(r"!\[[^\]]+\]\(([^)]+)\)", GUIDE)
    assert images
    for image in images:
        assert (ROOT / "docs" / image).is_file(), image
