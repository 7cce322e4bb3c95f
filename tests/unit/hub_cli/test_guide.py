"""hub_cli.guide: the field reference of docs/guide-redaction.md is generated
from the field table, and the committed guide matches it."""

import re
from pathlib import Path

import pytest

from hub_core import model
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
        if spec.help_fr:
            assert spec.help_fr in row


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
