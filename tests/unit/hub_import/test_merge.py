"""A second import: the source's fields follow the source, an editor's changes stay."""

import datetime as dt

import pytest

from hub_core import header
from hub_import.mapping import ImportedEvent
from hub_import.merge import CANCELLED, UNCHANGED, UPDATED, merge, new_file, render

TODAY = dt.date(2026, 11, 23)
FIRST = {"title": "Dîner", "start": "2027-01-14 18:00", "end": "2027-01-14 20:00",
         "venue": {"name": "Salle", "city": "Rimouski"}, "organizer": "groupe-rimouski"}


def imported(body="Texte.", **changes):
    fields = {**FIRST, **changes}
    return ImportedEvent(key="uid-1", fields={k: v for k, v in fields.items() if v is not None}, body=body)


def reread(front, body):
    """What the file gives back when read (every scalar as text)."""
    parsed = header.parse(render(front, body))
    return parsed.data, parsed.body.strip()


def first_file():
    return reread(*new_file(imported(), "groupe", "diner-2027-01-14", TODAY))


def test_a_new_file_records_its_source():
    front, body = first_file()
    assert front["source"]["name"] == "groupe" and front["source"]["uid"] == "uid-1"
    assert set(front["source"]["imported"]) == {"title", "start", "end", "venue", "organizer", "body"}
    assert (front["slug"], front["date"], body) == ("diner-2027-01-14", "2026-11-23", "Texte.")


EDITS = [
    # (case, the editor's change, what the source says next, expected value of `field`, status)
    ("nothing changed anywhere", {}, {}, ("title", "Dîner"), UNCHANGED),
    ("the source changes a field", {}, {"title": "Dîner de janvier"}, ("title", "Dîner de janvier"), UPDATED),
    ("the editor's title survives the source's", {"title": "Dîner réseautage"}, {"title": "Dîner de janvier"},
     ("title", "Dîner réseautage"), UNCHANGED),
    ("the editor's city survives", {"venue": {"name": "Salle", "city": "Rimouski", "address": "1 rue X"}},
     {"venue": {"name": "Salle B", "city": "Rimouski"}}, ("venue", {"name": "Salle", "city": "Rimouski", "address": "1 rue X"}), UNCHANGED),
    ("a field the editor removed stays removed", {"end": None}, {"end": "2027-01-14 21:00"}, ("end", None), UNCHANGED),
    ("a field the source drops goes", {}, {"end": None}, ("end", None), UPDATED),
    ("a field the source adds comes", {}, {"registration": "https://example.org/r"}, ("registration", "https://example.org/r"), UPDATED),
    ("a field the editor added first stays", {"registration": "https://example.org/mine"}, {"registration": "https://example.org/r"},
     ("registration", "https://example.org/mine"), UNCHANGED),
    ("an editor's own field stays", {"attendance": "40"}, {"title": "Dîner 2"}, ("attendance", "40"), UPDATED),
    ("a cancellation", {}, {"event_status": "cancelled"}, ("event_status", "cancelled"), CANCELLED),
    ("the editor's cancellation stays", {"event_status": "postponed"}, {"event_status": "cancelled"}, ("event_status", "postponed"), UNCHANGED),
]


@pytest.mark.parametrize(("case", "edit", "next_fields", "expected", "status"), EDITS, ids=[row[0] for row in EDITS])
def test_second_import(case, edit, next_fields, expected, status):
    front, body = first_file()
    for name, value in edit.items():
        if value is None:
            front.pop(name)
        else:
            front[name] = value
    front, body, found = merge(front, body, imported(**next_fields))
    front, body = reread(front, body)
    name, value = expected
    assert front.get(name) == value
    assert found == status


def test_the_editor_body_survives_and_the_source_body_follows():
    front, body = first_file()
    _front, kept, _status = merge(front, "Mon texte à moi.", imported(body="Nouveau texte."))
    assert kept == "Mon texte à moi."
    _front, followed, status = merge(front, body, imported(body="Nouveau texte."))
    assert (followed, status) == ("Nouveau texte.", UPDATED)


def test_an_edited_field_stays_the_editors_at_every_import():
    front, body = first_file()
    front["title"] = "Titre de la rédaction"
    for title in ("Source 2", "Source 3"):
        front, body, _status = merge(front, body, imported(title=title))
        front, body = reread(front, body)
    assert front["title"] == "Titre de la rédaction"


def test_back_in_the_source_is_no_longer_missing():
    front, body = first_file()
    front["source"]["missing"] = "2026-12-01"
    front, _body, status = merge(front, body, imported())
    assert "missing" not in front["source"] and status == UPDATED


@pytest.mark.parametrize("value", ["no", "yes", "on", "18:00", "2027-01-14", "null", "~", "0x1F", "1e3", "'quoted'", "a: b", "#tag", "- x", "", "</script>"])
def test_values_come_back_as_the_same_text(value):
    front = {"title": value, "tags": [value, "18:00"], "venue": {"name": value}}
    data, _body = reread(front, "")
    assert data["title"] == value and data["venue"]["name"] == value
    assert data["tags"] == [value, "18:00"]


@pytest.mark.parametrize("value", ["no", "18:00", "2027-01-14", "null"])
def test_yaml_traps_are_quoted_in_the_file(value):
    assert f"title: '{value}'\n" in render({"title": value}, "")


def test_fingerprints_an_editor_broke_make_every_field_the_editors():
    front, body = first_file()
    front["source"]["imported"] = "effacé"
    front, _body, _status = merge(front, body, imported(title="Dîner de janvier"))
    assert front["title"] == "Dîner"  # differs from the source: the editor's from now on
    assert "title" not in front["source"]["imported"] and "start" in front["source"]["imported"]  # same as the source: the source's
