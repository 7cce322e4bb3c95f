"""hub_core.items: one file to one parsed item (type, slug, language, address)."""

import re

import pytest

from hub_core.items import read_item, slugify
from hub_core.model import content_type_of


def document(*lines, body="Texte.\n"):
    return "---\n" + "".join(line + "\n" for line in lines) + "---\n" + body


EVENT = ("date: 2026-09-01", "start: 2026-10-07", "venue: {name: Salle, city: Lévis}")
POST = ("date: 2026-09-01",)
CHRONICLE = ("date: 2026-09-01", "authors: [Marie Tremblay]")
MISSION = (
    "start: 2017-06-01",
    "end: 2017-06-10",
    "destinations: [{city: Angers, country: FR, from: 2017-06-01, to: 2017-06-10}]",
)
DIRECTORY = ("date: 2026-09-01", "kind: meetup", "city: Rimouski")

READ = [
    # path, front matter lines, kind, slug, lang, url, parent, key
    pytest.param(
        "events/atelier.md", ("title: Événement à Lévis", *EVENT),
        "event", "evenement-a-levis", "fr", "evenements/evenement-a-levis/", "", "event:evenement-a-levis",
        id="event-slug-from-title",
    ),
    pytest.param(
        "events/2026/atelier.md", ("title: Événement à Lévis", "slug: atelier-ia", *EVENT),
        "event", "atelier-ia", "fr", "evenements/atelier-ia/", "", "event:atelier-ia",
        id="event-slug-written-in-subfolder",
    ),
    pytest.param(
        "events/atelier.en.md", ("title: AI workshop", "slug: atelier-ia", "lang: en", *EVENT),
        "event", "atelier-ia", "en", "en/events/atelier-ia/", "", "event:atelier-ia",
        id="event-english",
    ),
    pytest.param(
        "blog/bilan.md", ("title: Bilan de l'année 2026", *POST),
        "post", "bilan-de-l-annee-2026", "fr", "blogue/bilan-de-l-annee-2026/", "", "post:bilan-de-l-annee-2026",
        id="post",
    ),
    pytest.param(
        "blog/bilan.en.md", ("title: Year in review", "slug: bilan-de-l-annee-2026", "lang: en", *POST),
        "post", "bilan-de-l-annee-2026", "en", "en/blog/bilan-de-l-annee-2026/", "", "post:bilan-de-l-annee-2026",
        id="post-english",
    ),
    pytest.param(
        "chronicles/donnees.md", ("title: Les données ouvertes", "column: Chronique numérique", *CHRONICLE),
        "chronicle", "les-donnees-ouvertes", "fr", "chroniques/chronique-numerique/les-donnees-ouvertes/",
        "chronique-numerique", "chronicle:les-donnees-ouvertes",
        id="chronicle",
    ),
    pytest.param(
        "chronicles/data.en.md",
        ("title: Open data", "slug: les-donnees-ouvertes", "lang: en", "column: Digital column", *CHRONICLE),
        "chronicle", "les-donnees-ouvertes", "en", "en/columns/digital-column/les-donnees-ouvertes/",
        "digital-column", "chronicle:les-donnees-ouvertes",
        id="chronicle-english",
    ),
    pytest.param(
        "missions/angers-nantes-2017/mission.md", ("title: Mission numérique Angers–Nantes 2017", *MISSION),
        "mission", "angers-nantes-2017", "fr", "missions/angers-nantes-2017/", "angers-nantes-2017",
        "mission:angers-nantes-2017",
        id="mission-slug-is-the-folder",
    ),
    pytest.param(
        "missions/angers-nantes-2017/mission.md", ("title: Digital mission", "slug: other", *MISSION),
        "mission", "angers-nantes-2017", "fr", "missions/angers-nantes-2017/", "angers-nantes-2017",
        "mission:angers-nantes-2017",
        id="mission-ignores-written-slug",
    ),
    pytest.param(
        "missions/angers-nantes-2017/mission.en.md", ("title: Digital mission", "lang: en", *MISSION),
        "mission", "angers-nantes-2017", "en", "en/missions/angers-nantes-2017/", "angers-nantes-2017",
        "mission:angers-nantes-2017",
        id="mission-en-md-is-the-mission-in-english",
    ),
    pytest.param(
        "missions/angers-nantes-2017/jour-1.md", ("title: Jour 1 à Angers", "date: 2017-06-02"),
        "report", "jour-1-a-angers", "fr", "missions/angers-nantes-2017/jour-1-a-angers/", "angers-nantes-2017",
        "report:angers-nantes-2017:jour-1-a-angers",
        id="trip-report",
    ),
    pytest.param(
        "directory/cafe.md", ("title: Café numérique", *DIRECTORY),
        "directory", "cafe-numerique", "fr", "repertoire/cafe-numerique/", "", "directory:cafe-numerique",
        id="directory",
    ),
    pytest.param(
        "directory/cafe.en.md", ("title: Digital café", "slug: cafe-numerique", "lang: en", *DIRECTORY),
        "directory", "cafe-numerique", "en", "en/directory/cafe-numerique/", "", "directory:cafe-numerique",
        id="directory-english",
    ),
    pytest.param(
        "pages/a-propos.md", ("title: À propos",),
        "page", "a-propos", "fr", "a-propos/", "", "page:a-propos",
        id="page",
    ),
    pytest.param(
        "pages/about.md", ("title: About us", "slug: about", "lang: en"),
        "page", "about", "en", "en/about/", "", "page:about",
        id="page-english",
    ),
    pytest.param(
        "events/mon-fichier.md", EVENT,
        "event", "mon-fichier", "fr", "evenements/mon-fichier/", "", "event:mon-fichier",
        id="no-title-slug-from-file-name",
    ),
    pytest.param(
        "events/atelier.md", ("title: Atelier IA", "slug: Mauvais Slug", *EVENT),
        "event", "atelier-ia", "fr", "evenements/atelier-ia/", "", "event:atelier-ia",
        id="invalid-slug-falls-back-to-title",
    ),
]  # fmt: skip


@pytest.mark.parametrize("path, lines, kind, slug, lang, url, parent, key", READ)
def test_read_item(site, path, lines, kind, slug, lang, url, parent, key):
    item = read_item(path, document(*lines), site)
    assert (item.content_type, item.slug, item.lang, item.url, item.parent, item.key) == (kind, slug, lang, url, parent, key)
    assert item.save_as == url + "index.html"
    assert item.path == "content/" + path


def test_read_item_keeps_body_values_and_lines(site):
    item = read_item("events/atelier.md", document("title: Atelier", *EVENT, body="Corps\n\ndu texte.\n"), site)
    assert item.body == "Corps\n\ndu texte.\n"
    assert item.body_line == 7
    assert item.values["place"].name == "Lévis"
    assert item.line_of(("venue", "city")) == 5
    assert item.line_of(("venue", "nope")) == 5
    assert item.line_of(("nope",)) == 1
    assert item.problems == [] and item.is_valid


def test_read_item_carries_problems(site):
    item = read_item("events/atelier.md", document("title: Atelier", *EVENT, "end: 2026-10-06"), site)
    assert [(p.path, p.line, p.field, p.code) for p in item.problems] == [
        ("content/events/atelier.md", 6, "end", "end_before_start")
    ]
    assert not item.is_valid


def test_warnings_leave_the_item_valid(site):
    item = read_item("events/atelier.md", document("title: Atelier", *EVENT, "sumary: x"), site)
    assert [p.code for p in item.problems] == ["unknown_field"]
    assert item.is_valid


def test_read_item_shown_root_and_windows_path(site):
    item = read_item("events\\2026\\atelier.md", document("title: Atelier", *EVENT), site, shown_root="site")
    assert item.path == "site/events/2026/atelier.md"
    assert item.content_type == "event"


def test_file_outside_the_content_folders_is_a_page(site):
    item = read_item("a-propos.md", document("title: À propos"), site)
    assert (item.content_type, item.url) == ("page", "a-propos/")


def test_broken_file_still_gives_an_item(site):
    item = read_item("events/casse.md", "Pas d'en-tête.\n", site)
    assert (item.content_type, item.slug, item.lang, item.url) == ("event", "casse", "fr", "evenements/casse/")
    assert [(p.line, p.code) for p in item.problems] == [(1, "no_front_matter")]


SLUGS = [
    ("Événement à Lévis", "evenement-a-levis"),
    ("Mission numérique Angers–Nantes 2017", "mission-numerique-angers-nantes-2017"),
    ("L'Œuvre d'art", "l-oeuvre-d-art"),
    ("Bilan de l’année", "bilan-de-l-annee"),
    ("  Bonjour, le monde !  ", "bonjour-le-monde"),
    ("Ça coûte 25,50 $", "ca-coute-25-50"),
    ("ÉTÉ 2026", "ete-2026"),
    ("Straße", "strasse"),
    ("Æsir", "aesir"),
    ("naïve café", "naive-cafe"),
    ("Chronique numérique", "chronique-numerique"),
    ("déjà--vu", "deja-vu"),
    ("C++ et C#", "c-et-c"),
    ("---", ""),
    ("", ""),
]


@pytest.mark.parametrize("text, slug", SLUGS, ids=[s[1] or repr(s[0]) for s in SLUGS])
def test_slugify(text, slug):
    assert slugify(text) == slug


@pytest.mark.parametrize("text, _slug", SLUGS, ids=[s[1] or repr(s[0]) for s in SLUGS])
def test_slugify_output_is_a_valid_slug(text, _slug):
    result = slugify(text)
    assert result == "" or re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", result)


@pytest.mark.parametrize(
    "path, expected",
    [
        ("missions/x/mission.md", "mission"),
        ("missions/x/mission-en.md", "mission"),
        ("missions/x/mission.en.md", "mission"),
        ("missions/x/jour-1.md", "report"),
        ("missions/x/missionnaires.md", "report"),
        ("missions/mission.md", "report"),
        ("events/mission.md", "event"),
    ],
)
def test_mission_files_and_their_translations(path, expected):
    assert content_type_of(path) == expected


def test_translated_mission_shares_the_mission_slug(site):
    text = document("title: Digital mission", "lang: en", *MISSION)
    item = read_item("missions/mission-x/mission-en.md", text, site)
    assert (item.content_type, item.slug, item.url) == ("mission", "mission-x", "en/missions/mission-x/")
