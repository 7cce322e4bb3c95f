"""hub_cli.content_model: docs/content-model.md, the contributors' content model, has a field
reference generated from the field table, and the committed file matches it."""

import re
from pathlib import Path

import pytest

from hub_core import model, places
from hub_cli import content_model

ROOT = Path(__file__).resolve().parents[3]
DOC = (ROOT / content_model.DOC).read_text(encoding="utf-8")


def test_the_committed_content_model_matches_the_field_table():
    assert content_model.rewrite(DOC) == DOC, "out of date: run `make guide`"


def test_rewrite_touches_only_the_part_between_the_markers():
    text = f"before\n{content_model.BEGIN}\nold\n{content_model.END}\nafter\n"
    new = content_model.rewrite(text)
    assert new.startswith(f"before\n{content_model.BEGIN}\n") and new.endswith(f"{content_model.END}\nafter\n")
    assert content_model.rewrite(new) == new


def section(kind):
    title, folder = content_model.SECTIONS[kind]
    start = DOC.index(f"### {title} — `{folder}`")
    return DOC[start:DOC.index("\n### ", start + 1)]


def names(fields, prefix=""):
    for spec in fields:
        yield prefix + spec.name
        shape = spec.mapping if spec.type == "either" else spec.item if spec.type == "list" else spec
        if shape is not None and shape.type == "mapping":
            yield from names(shape.fields, f"{prefix}{spec.name}[]." if spec.type == "list" else f"{prefix}{spec.name}.")


def test_every_content_type_has_a_section():
    assert sorted(content_model.SECTIONS) == sorted(model.TYPES)


@pytest.mark.parametrize("kind", sorted(model.TYPES))
def test_every_field_of_the_table_is_listed_and_nothing_else(kind):
    assert re.findall(r"^\| `([^`]+)` \|", section(kind), re.MULTILINE) == list(names(model.TYPES[kind]))


@pytest.mark.parametrize("kind", sorted(model.TYPES))
def test_required_choices_defaults_and_meaning_in_english(kind):
    rows = {line.split(" | ")[0][3:-1]: line for line in section(kind).splitlines() if line.startswith("| `")}
    for spec in model.TYPES[kind]:
        row = rows[spec.name]
        assert row.split(" | ")[1] == content_model.required_of(spec)
        assert all(f"`{choice}`" in row for choice in spec.choices)
        assert spec.help_in("en") in row
        if isinstance(spec.default, str):
            assert f"default `{spec.default}`" in row
    assert "| oui |" not in section(kind) and "texte" not in section(kind)  # the guide's French stays in the guide


@pytest.mark.parametrize(
    "spec, expected",
    [
        pytest.param(model.fields_of("event")["start"], "yes", id="required"),
        pytest.param(model.fields_of("event")["venue"], "when `format` is `in-person` or `hybrid`", id="required-when-value"),
        pytest.param(model.fields_of("post")["image_alt"], "when `image` is set", id="required-when-set"),
        pytest.param(model.fields_of("post")["tags"], "no", id="optional"),
    ],
)
def test_required_of(spec, expected):
    assert content_model.required_of(spec) == expected


def test_regions_and_their_main_towns_are_listed():
    known = places.Places(*places.builtin_places())
    for region in known.regions:
        assert f"| {region.code} | `{region.slug}` | {region.name_fr} | {region.name_en} | {known.main_town(region).name} |" in DOC
    assert "| 11 | `gaspesie-iles-de-la-madeleine` | Gaspésie–Îles-de-la-Madeleine | Gaspésie–Îles-de-la-Madeleine | Gaspé |" in DOC


def test_the_general_rules_are_written():
    for heading in ("## Folders", "## The time rule", "## Translations", "## Places and regions", "## What bad input gets", "## Field reference"):
        assert heading in DOC
