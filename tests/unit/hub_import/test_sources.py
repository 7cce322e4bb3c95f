"""content/data/calendars.yml: every problem at its line, in French and in English."""

import pytest

from hub_core import places
from hub_core.validate import Site
from hub_import.sources import Source, is_allowed_url, load_sources

ORGANIZERS = {"groupe-rimouski", "yulbiz-montreal"}


@pytest.fixture(scope="module")
def site():
    return Site(places=places.Places(*places.builtin_places()))


@pytest.fixture()
def calendars(tmp_path):
    """calendars(yaml text) -> the content folder holding it (and repository files beside it)."""

    def write(text):
        content = tmp_path / "content"
        (content / "data").mkdir(parents=True, exist_ok=True)
        (content / "data" / "calendars.yml").write_text(text, encoding="utf-8")
        (tmp_path / "calendriers").mkdir(exist_ok=True)
        (tmp_path / "calendriers" / "groupe.ics").write_text("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n")
        return content

    return write


GOOD = """\
- name: bas-saint-laurent-2-0
  url: https://www.meetup.com/bas-saint-laurent-2-0/events/ical/
  organizer: groupe-rimouski
  region: bas-saint-laurent
  tags: [Réseautage, Numérique]
  languages: fr
  match: Rimouski
- name: yulbiz
  file: calendriers/groupe.ics
  organizer: yulbiz-montreal
  format: hybrid
"""


def test_good_sources(calendars, site):
    sources, problems = load_sources(calendars(GOOD), site, ORGANIZERS)
    assert problems == []
    assert sources[0] == Source(
        name="bas-saint-laurent-2-0", organizer="groupe-rimouski", url="https://www.meetup.com/bas-saint-laurent-2-0/events/ical/",
        region="bas-saint-laurent", tags=("Réseautage", "Numérique"), languages=("fr",), match="Rimouski", line=1,
    )
    assert (sources[1].file, sources[1].format) == ("calendriers/groupe.ics", "hybrid")


BAD = [
    # (case, calendars.yml, expected French line, expected English message part)
    ("http is refused", "- name: a\n  url: http://example.org/cal.ics\n  organizer: groupe-rimouski\n",
     "content/data/calendars.yml:2: url: « http://example.org/cal.ics » : l'adresse d'un calendrier doit commencer par https://",
     "a calendar's address must start with https://"),
    ("not a web address", "- name: a\n  url: webcal//example.org\n  organizer: groupe-rimouski\n",
     "content/data/calendars.yml:2: url: « webcal//example.org » n'est pas une adresse web complète (https://…)", "is not a full web address"),
    ("neither url nor file", "- name: a\n  organizer: groupe-rimouski\n",
     "content/data/calendars.yml:1: url: écrivez soit url (adresse https:// du calendrier), soit file (fichier .ics du dépôt)",
     "write either url"),
    ("both url and file", "- name: a\n  url: https://example.org/c.ics\n  file: calendriers/groupe.ics\n  organizer: groupe-rimouski\n",
     "content/data/calendars.yml:2: url: écrivez soit url (adresse https:// du calendrier), soit file (fichier .ics du dépôt)", "write either url"),
    ("a file that is not there", "- name: a\n  file: calendriers/absent.ics\n  organizer: groupe-rimouski\n",
     "content/data/calendars.yml:2: file: fichier introuvable : calendriers/absent.ics (chemin depuis la racine du dépôt)", "file not found"),
    ("a file out of the repository", "- name: a\n  file: /etc/passwd\n  organizer: groupe-rimouski\n",
     "content/data/calendars.yml:2: file: fichier introuvable : /etc/passwd", "file not found"),
    ("unknown organizer", "- name: a\n  file: calendriers/groupe.ics\n  organizer: groupe-inconnu\n",
     "content/data/calendars.yml:3: organizer: aucune fiche du répertoire n'a l'identifiant « groupe-inconnu »", "no directory entry has the slug"),
    ("organizer missing", "- name: a\n  file: calendriers/groupe.ics\n",
     "content/data/calendars.yml:1: organizer: champ obligatoire manquant", "required field is missing"),
    ("name not a slug", "- name: Bas Saint-Laurent\n  file: calendriers/groupe.ics\n  organizer: groupe-rimouski\n",
     "content/data/calendars.yml:1: name: « Bas Saint-Laurent » n'est pas un identifiant valide (minuscules sans accents, chiffres et traits d'union)",
     "is not a valid slug"),
    ("a name used twice", "- name: a\n  file: calendriers/groupe.ics\n  organizer: groupe-rimouski\n- name: a\n  file: calendriers/groupe.ics\n  organizer: groupe-rimouski\n",
     "content/data/calendars.yml:4: name: la source « a » est déjà décrite à la ligne 1 ; donnez à chaque source son propre name",
     "is already described on line 1"),
    ("bad region", "- name: a\n  file: calendriers/groupe.ics\n  organizer: groupe-rimouski\n  region: gaspesie\n",
     "content/data/calendars.yml:4: region: « gaspesie » n'est pas une région du Québec ; vouliez-vous dire « gaspesie-iles-de-la-madeleine » ?",
     "is not a Quebec region"),
    ("bad format", "- name: a\n  file: calendriers/groupe.ics\n  organizer: groupe-rimouski\n  format: virtuel\n",
     "content/data/calendars.yml:4: format: « virtuel » n'est pas permis ; valeurs possibles : in-person, online, hybrid", "is not allowed"),
    ("not a list", "name: a\n", "content/data/calendars.yml:1: -: une liste est attendue", "a list is expected"),
    ("an entry that is not a mapping", "- https://example.org/c.ics\n",
     "content/data/calendars.yml:1: -: des sous-champs « nom: valeur » sont attendus", "a mapping of 'name: value' sub-fields is expected"),
    ("YAML error", "- name: a\n  url: https://x: y\n", "content/data/calendars.yml:2: -: YAML invalide", "invalid YAML"),
]


@pytest.mark.parametrize(("case", "text", "french", "english"), BAD, ids=[row[0] for row in BAD])
def test_problems(case, text, french, english, calendars, site):
    sources, problems = load_sources(calendars(text), site, ORGANIZERS)
    errors = [p for p in problems if p.is_error]
    assert errors, case
    assert any(p.render("fr").startswith(french) for p in errors), [p.render("fr") for p in errors]
    assert any(english in p.render("en") for p in errors)
    assert len(sources) == (1 if case == "a name used twice" else 0)  # the first of two keeps its name


def test_an_unknown_field_is_a_warning_with_a_suggestion(calendars, site):
    sources, problems = load_sources(calendars("- name: a\n  file: calendriers/groupe.ics\n  organizer: groupe-rimouski\n  regoin: x\n"), site, ORGANIZERS)
    assert [p.render("fr") for p in problems] == ["content/data/calendars.yml:4: regoin: avertissement : champ inconnu ; vouliez-vous dire « region » ?"]
    assert len(sources) == 1


def test_webcal_is_https(calendars, site):
    sources, problems = load_sources(calendars("- name: a\n  url: webcal://api.lu.ma/ics/get?entity=calendar&id=cal-x\n  organizer: groupe-rimouski\n"), site, ORGANIZERS)
    assert problems == [] and sources[0].url == "https://api.lu.ma/ics/get?entity=calendar&id=cal-x"


def test_no_calendars_file_is_no_source(tmp_path, site):
    assert load_sources(tmp_path, site, ORGANIZERS) == ([], [])


@pytest.mark.parametrize(("url", "local", "allowed"), [
    ("https://example.org/c.ics", False, True),
    ("http://example.org/c.ics", False, False),
    ("http://127.0.0.1:8000/c.ics", False, False),
    ("http://127.0.0.1:8000/c.ics", True, True),
    ("http://example.org/c.ics", True, False),
    ("file:///etc/passwd", True, False),
    ("ftp://example.org/c.ics", False, False),
    ("https://[example.org/c.ics", False, False),  # an unclosed IPv6 bracket: urlsplit raises
])
def test_allowed_addresses(url, local, allowed):
    assert is_allowed_url(url, local) is allowed
