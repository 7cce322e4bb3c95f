"""`hub check` and what `hub import` brings: calendars.yml's problems, imported events'
warnings (a place to complete, an event gone from its calendar)."""

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from hub_cli import checking

NOW = dt.datetime(2026, 11, 23, 12, tzinfo=ZoneInfo("America/Toronto"))
ENTRY = "---\ntitle: Groupe\ndate: 2026-01-01\nkind: meetup\ncity: Rimouski\n---\n"
SOURCE = "source:\n  name: groupe\n  uid: uid-1@example.org\n  imported: {title: 0123456789abcdef}\n"


def event(*lines, source=SOURCE):
    return "---\ntitle: Dîner\ndate: 2026-11-01\nstart: 2027-01-14 18:00\n" + "".join(f"{line}\n" for line in lines) + source + "---\n"


@pytest.fixture()
def check(write_tree, monkeypatch):
    def run(files, lang="fr"):
        content = write_tree({"directory/groupe.md": ENTRY, **files})
        monkeypatch.chdir(content.parent)
        return [p.render(lang) for p in checking.run([], content, {}, NOW).problems]

    return run


def test_calendars_yml_problems_are_reported_at_their_line(check):
    calendars = "- name: groupe\n  url: http://example.org/c.ics\n  organizer: groupe\n- name: autre\n  url: https://example.org/c.ics\n  organizer: inconnu\n"
    assert check({"data/calendars.yml": calendars}) == [
        "content/data/calendars.yml:2: url: « http://example.org/c.ics » : l'adresse d'un calendrier doit commencer par https://",
        "content/data/calendars.yml:6: organizer: aucune fiche du répertoire n'a l'identifiant « inconnu »",
    ]
    assert check({"data/calendars.yml": calendars}, "en")[1] == "content/data/calendars.yml:6: organizer: no directory entry has the slug 'inconnu'"


@pytest.mark.parametrize(("lines", "source", "expected"), [
    (["venue: {name: Café Morgane}"], SOURCE,
     ["content/events/e.md:5: venue.city: avertissement : événement importé : son calendrier ne donne pas ce champ, "
      "ou une ville que le site ne connaît pas ; complétez-le (make places liste les villes connues)"]),
    ([], SOURCE, ["content/events/e.md:1: venue: avertissement : événement importé : son calendrier ne donne pas ce champ, "
                  "ou une ville que le site ne connaît pas ; complétez-le (make places liste les villes connues)"]),
    (["venue: {name: Café Morgane}"], "", ["content/events/e.md:5: venue.city: champ obligatoire manquant"]),
    (["format: online", "online: {url: ''}"], SOURCE, []),
    (["venue: {name: Salle, city: Rimouski}"], SOURCE + "  missing: 2026-11-20\n",
     ["content/events/e.md:10: source.missing: avertissement : l'événement n'est plus dans le calendrier de la source « groupe » "
      "depuis le 2026-11-20 ; vérifiez s'il est annulé ou déplacé (event_status), puis retirez source.missing"]),
    (["venue: {name: Salle, city: Rimouski}", "event_status: cancelled"], SOURCE + "  missing: 2026-11-20\n", []),
], ids=["no town: a warning", "no place: a warning", "not imported: an error", "online", "gone from its calendar", "gone and cancelled"])
def test_imported_events(check, lines, source, expected):
    assert check({"events/e.md": event(*lines, source=source)}) == expected
