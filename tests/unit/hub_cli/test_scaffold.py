"""hub_cli.scaffold: a new file of each type is generated from the field table,
is valid as written, and shows the common optional fields commented out."""

import datetime as dt
import re

import pytest

from hub_core import header, model
from hub_core.placeholders import PLACEHOLDER
from hub_core.validate import validate
from hub_cli import scaffold

CONTEXT = scaffold.Context(today=dt.date(2026, 11, 23))
TITLE = "Dîner réseautage : « Rimouski » #3"


def text_of(kind, title=TITLE, context=CONTEXT):
    return scaffold.new_file_text(kind, title, context)


def uncommented_keys(text):
    """Top-level keys written without `#`."""
    return [m.group(1) for m in re.finditer(r"^([a-z_]+):", text.split("---")[1], re.MULTILINE)]


def commented_keys(text):
    return [m.group(1) for m in re.finditer(r"^# ([a-z_]+):", text.split("---")[1], re.MULTILINE)]


@pytest.mark.parametrize("kind", scaffold.CONTENT_TYPES)
def test_a_new_file_is_valid_as_written(kind, site):
    parsed = header.parse(text_of(kind))
    assert parsed.problems == []
    values, problems = validate(kind, parsed, site, "content/x.md")
    assert [p for p in problems if p.is_error] == []
    assert values["title"] == TITLE


@pytest.mark.parametrize("kind", scaffold.CONTENT_TYPES)
def test_every_required_field_is_written_and_the_title_today_and_slug(kind):
    text = text_of(kind)
    written = uncommented_keys(text)
    required = [f.name for f in model.TYPES[kind] if f.required]
    assert set(required) <= set(written)
    assert "date: 2026-11-23" in text
    assert ("slug" in written) == (kind != "mission")  # a mission's slug is its folder
    assert "slug: diner-reseautage-rimouski-3" in text or kind == "mission"


@pytest.mark.parametrize("kind", scaffold.CONTENT_TYPES)
def test_optional_fields_are_commented_with_their_meaning_and_nothing_rare(kind):
    text = text_of(kind)
    shown = commented_keys(text)
    table = model.fields_of(kind)
    assert shown, "common optional fields are shown, commented"
    rare = set(scaffold.RARELY_USED["*"]) | set(scaffold.RARELY_USED.get(kind, ()))
    beside = set(scaffold.BESIDE.get(kind, {}).values())  # rare, but shown where it matters
    for name in shown:
        assert not table[name].required
        assert name not in rare - beside
        line = next(line for line in text.splitlines() if line.startswith(f"# {name}:"))
        assert (scaffold.NOTES[name] if name in scaffold.NOTES else table[name].help) in line
    mission_slug = {"slug"} if kind == "mission" else set()  # the folder's name
    assert set(shown) | set(uncommented_keys(text)) | rare | mission_slug == set(table)


@pytest.mark.parametrize("lang, note", [("fr", "# région, seulement si make check dit que la ville est inconnue"),
                                        ("en", "# region, only when make check says the city is unknown")])
def test_a_directory_entry_says_when_region_is_needed_right_under_its_city(lang, note):
    lines = text_of("directory", context=scaffold.Context(today=dt.date(2026, 11, 23), lang=lang)).splitlines()
    city = next(i for i, line in enumerate(lines) if line.startswith("city: "))
    assert lines[city + 1].startswith("# region: montreal  " + note)
    assert sum(line.startswith("# region:") for line in lines) == 1
    data, _lines, problems = header.load_yaml(lines[city + 1].removeprefix("# ").split("  #")[0])
    assert problems == [] and data == {"region": "montreal"}  # uncommented, it is a valid line


def test_a_slug_given_replaces_the_title_s():
    text = scaffold.new_file_text("event", TITLE, CONTEXT, slug="diner-rimouski-2027-03")
    assert "slug: diner-rimouski-2027-03  # " in text and "diner-reseautage" not in text


@pytest.mark.parametrize("kind", sorted(scaffold.RARELY_USED))
def test_rarely_used_names_exist_in_the_table(kind):
    names = set(model.fields_of("event" if kind == "*" else kind))
    assert set(scaffold.RARELY_USED[kind]) <= names


def test_choices_and_defaults_come_from_the_table():
    text = text_of("event")
    assert "# format: in-person  # en personne, en ligne ou hybride (in-person, online, hybrid)" in text
    assert "# event_status: scheduled" in text
    assert "#   currency: CAD" in text  # a sub-field's default
    assert "# languages: [fr]" in text


def test_the_venue_required_by_the_default_format_is_written_with_its_required_sub_fields():
    lines = text_of("event").splitlines()
    venue = lines.index("venue:  # lieu")
    assert lines[venue + 1 : venue + 4] == ["  name: À compléter", "  # address: À compléter", "  city: Montréal"]


def test_a_list_of_mappings_is_written_as_one_item():
    text = text_of("mission")
    assert "destinations:  # étapes, dans l'ordre\n  - city: Montréal\n    country: CA\n    from: 2026-12-21\n" in text
    assert "    # hosts: [À compléter]" in text
    speakers = text_of("event")
    assert "# speakers:  # personnes conférencières\n#   - name: À compléter\n#     affiliation: À compléter" in speakers


def test_placeholders_are_left_where_only_the_editor_knows():
    text = text_of("chronicle")
    assert f"column: {PLACEHOLDER}" in text and f"authors: [{PLACEHOLDER}]" in text
    assert text.rstrip().endswith(f"{PLACEHOLDER} : le texte, en Markdown.")


def test_comments_in_english():
    text = text_of("post", context=scaffold.Context(today=dt.date(2026, 11, 23), lang="en"))
    assert "# series: À compléter  # series title, the same on every part" in text


@pytest.mark.parametrize(
    "kind, slug, mission, path",
    [
        ("event", "diner", None, "events/diner.md"),
        ("post", "bilan", None, "blog/bilan.md"),
        ("chronicle", "fibre", None, "chronicles/fibre.md"),
        ("directory", "waq", None, "directory/waq.md"),
        ("mission", "angers-2027", None, "missions/angers-2027/mission.md"),
        ("report", "jour-1", "angers-2027", "missions/angers-2027/jour-1.md"),
    ],
)
def test_relative_path(kind, slug, mission, path):
    assert scaffold.relative_path(kind, slug, mission).as_posix() == path
    assert model.content_type_of(path) == kind


@pytest.mark.parametrize(
    "text, written",
    [
        ("Dîner réseautage", "Dîner réseautage"),
        ("Webinaire : exporter", '"Webinaire : exporter"'),  # ": " starts a mapping
        ("Webinaire: exporter", '"Webinaire: exporter"'),
        ("Partie #2", '"Partie #2"'),  # " #" starts a comment
        ("# Partie 2", '"# Partie 2"'),
        ("- liste", '"- liste"'),
        ("« guillemets »", "« guillemets »"),
        ('"citation"', '"\\"citation\\""'),
        ("null", '"null"'),
        ("fin :", '"fin :"'),
        ("fin:", '"fin:"'),
        ("L'été", "L'été"),
        ("Québec–Ontario 2027", "Québec–Ontario 2027"),
        ("[crochets]", '"[crochets]"'),
        ("a #b", '"a #b"'),
    ],
)
def test_quote_reads_back_as_the_same_text(text, written):
    assert scaffold.quote(text) == written
    data, _lines, problems = header.load_yaml(f"title: {written}\n")
    assert problems == [] and data == {"title": text}
