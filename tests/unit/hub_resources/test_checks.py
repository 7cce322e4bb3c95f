"""The library's fields: `resources` (every article type), `exhibitors` and `survey`
(events). Each case is a table row: the lines added to a valid item, and every problem
(line, field, code) they give. The checks live in hub_core.validate and
hub_resources.checks (registered with hub_core.registry); the existence of an exhibitor's directory entry in
hub_core.crosscheck (tested in test_crosscheck_resources below).
"""

import datetime as dt

import pytest

from hub_core import header
from hub_core.crosscheck import cross_check
from hub_core.items import read_item
from hub_core.registry import item_checks
from hub_core.validate import Site, validate
from hub_resources.checks import check_item

PATH = "content/x.md"
FILES = frozenset({"diapos.pdf", "2021/bilan.pdf"})

# Valid minimal items; the extra lines start at the line given.
BASE = {
    "event": ["title: Forum", "date: 2021-02-01", "start: 2021-04-14 09:00", "format: online", "online: {platform: Hopin}"],  # extra from 7
    "post": ["title: Billet", "date: 2023-06-10"],  # extra from 4
    "chronicle": ["title: Chronique", "date: 2023-06-10", "column: Chronique numérique", "authors: [Marie Tremblay]"],  # 6
    "mission": [
        "title: Mission", "start: 2017-06-03", "end: 2017-06-11",
        "destinations: [{city: Angers, country: FR, from: 2017-06-03, to: 2017-06-11}]",
    ],  # extra from 6
    "report": ["title: Carnet", "date: 2017-06-19"],  # extra from 4
}


def text(kind, *extra):
    return "---\n" + "\n".join(BASE[kind] + list(extra)) + "\n---\nTexte.\n"


def first(kind):
    return len(BASE[kind]) + 2


@pytest.fixture()
def files_site(site_places):
    return Site(places=site_places, timezone="America/Toronto", files=FILES)


def problems_of(kind, source, site):
    _values, problems = validate(kind, header.parse(source), site, PATH)
    return sorted((p.line, p.field, p.code) for p in problems)


E = first("event")  # 7
GOOD = [
    pytest.param("event", [
        "resources:",
        "  - {title: Diapos, kind: slides, file: diapos.pdf, language: fr, speakers: [Samuel Côté]}",
        "  - {title: Ouverture, kind: recording, url: 'https://x.example.org/r', access: registrants, until: 2021-07-15}",
        "  - {title: Bilan, kind: document, file: 2021/bilan.pdf, access: public, until: 2021-04-14}",
        "  - {title: Vidéo, kind: video, url: 'https://v.example.org/1'}",
        "  - {title: Lien, kind: link, url: 'https://l.example.org/'}",
        "exhibitors:",
        "  - {directory: incubateur-numerique-estrie, booth: 'https://x.example.org/k/1', description: Jeunes pousses}",
        "  - {name: Lakeshore Digital, url: 'https://l.example.com/', resources: [{title: Checklist, kind: document, url: 'https://l.example.com/c'}]}",
        "survey: {url: 'https://x.example.org/sondage', until: 2021-04-30}",
    ], id="event-every-field"),
    pytest.param("post", ["resources: [{title: Diapos, kind: slides, file: diapos.pdf, until: 2023-06-10}]"], id="post-until-on-its-date"),
    pytest.param("chronicle", ["resources: {title: Lien, kind: link, url: 'https://l.example.org/'}"], id="chronicle-one-mapping"),
    pytest.param("mission", ["resources: [{title: Bilan, kind: document, file: 2021/bilan.pdf}]"], id="mission-file-in-a-folder"),
    pytest.param("report", ["resources: [{title: Web2day, kind: link, url: 'https://web2day.example.org/'}]"], id="report-link"),
    pytest.param("event", ["survey: {url: 'https://x.example.org/sondage'}"], id="survey-without-until"),
]


@pytest.mark.parametrize("kind, extra", GOOD)
def test_good_resources_give_no_problem(kind, extra, files_site):
    assert problems_of(kind, text(kind, *extra), files_site) == []


BAD = [
    pytest.param("event", ["resources: [{title: Diapos, kind: slides, file: absent.pdf}]"],
                 [(E, "resources[1].file", "file_missing")], id="missing-file"),
    pytest.param("event", ["resources: [{title: Diapos, kind: slides, file: ../pelicanconf.py}]"],
                 [(E, "resources[1].file", "file_outside")], id="file-with-dot-dot"),
    pytest.param("event", ["resources: [{title: Diapos, kind: slides, file: /etc/passwd}]"],
                 [(E, "resources[1].file", "file_outside")], id="absolute-file"),
    pytest.param("event", ["resources: [{title: Vidéo, kind: video, url: 'www.example.org/v'}]"],
                 [(E, "resources[1].url", "url")], id="bad-url"),
    pytest.param("event", ["resources: [{title: Vidéo, kind: movie, url: 'https://v.example.org/'}]"],
                 [(E, "resources[1].kind", "choice")], id="unknown-kind"),
    pytest.param("event", ["resources: [{title: Vidéo, url: 'https://v.example.org/'}]"],
                 [(E, "resources[1].kind", "required")], id="no-kind"),
    pytest.param("event", ["resources: [{kind: video, url: 'https://v.example.org/'}]"],
                 [(E, "resources[1].title", "required")], id="no-title"),
    pytest.param("event", ["resources: [{title: Rien, kind: link}]"],
                 [(E, "resources[1]", "resource_needs_target")], id="neither-url-nor-file"),
    pytest.param("event", ["resources: [{title: Deux, kind: slides, url: 'https://x.example.org/', file: diapos.pdf}]"],
                 [(E, "resources[1].file", "resource_url_and_file")], id="url-and-file"),
    pytest.param("event", ["resources: [{title: Deux, kind: slides, url: 'https://x.example.org/', file: absent.pdf}]"],
                 [(E, "resources[1].file", "file_missing"), (E, "resources[1].file", "resource_url_and_file")], id="url-and-missing-file"),
    pytest.param("event", ["resources: [{title: Réservé, kind: recording, file: diapos.pdf, access: registrants}]"],
                 [(E, "resources[1].access", "registrants_file")], id="registrants-with-a-file"),
    pytest.param("event", ["resources: [{title: Réservé, kind: recording, url: 'https://x.example.org/', access: members}]"],
                 [(E, "resources[1].access", "choice")], id="unknown-access"),
    pytest.param("event", ["resources: [{title: Tôt, kind: video, url: 'https://x.example.org/', until: 2021-04-13}]"],
                 [(E, "resources[1].until", "until_before_start")], id="until-before-the-event"),
    pytest.param("event", ["resources: [{title: Tôt, kind: video, url: 'https://x.example.org/', until: 2021-13-01}]"],
                 [(E, "resources[1].until", "impossible_date")], id="until-not-a-date"),
    pytest.param("post", ["resources: [{title: Tôt, kind: video, url: 'https://x.example.org/', until: 2023-06-09}]"],
                 [(4, "resources[1].until", "until_before_date")], id="until-before-the-post"),
    pytest.param("mission", ["resources: [{title: Tôt, kind: document, url: 'https://x.example.org/', until: 2017-06-02}]"],
                 [(6, "resources[1].until", "until_before_start")], id="until-before-the-mission"),
    pytest.param("event", ["resources: [{title: Vidéo, kind: video, url: 'https://v.example.org/', duration: 3}]"],
                 [(E, "resources[1].duration", "unknown_field_no_suggestion")], id="unknown-sub-field"),
    pytest.param("event", ["resources: Diapos"], [(E, "resources[1]", "expected_mapping")], id="resource-as-text"),
    pytest.param("event", ["exhibitors: [{url: 'https://x.example.org/'}]"],
                 [(E, "exhibitors[1]", "exhibitor_needs_name")], id="exhibitor-without-name"),
    pytest.param("event", ["exhibitors: [{name: X, booth: 'kiosque 12'}]"],
                 [(E, "exhibitors[1].booth", "url")], id="booth-not-a-url"),
    pytest.param("event", ["exhibitors: [{directory: Pas Un Slug}]"],
                 [(E, "exhibitors[1].directory", "slug")], id="directory-not-a-slug"),
    pytest.param("event", ["exhibitors:", "  - name: X", "    resources: [{title: Rien, kind: document}]"],
                 [(E + 2, "exhibitors[1].resources[1]", "resource_needs_target")], id="exhibitor-resource-without-target"),
    pytest.param("event", ["exhibitors:", "  - name: X", "    resources: [{title: D, kind: document, file: absent.pdf}]"],
                 [(E + 2, "exhibitors[1].resources[1].file", "file_missing")], id="exhibitor-resource-missing-file"),
    pytest.param("event", ["survey: {until: 2021-04-30}"], [(E, "survey.url", "required")], id="survey-without-url"),
    pytest.param("event", ["survey: {url: 'https://x.example.org/s', until: 2021-04-01}"],
                 [(E, "survey.until", "until_before_start")], id="survey-until-before-the-event"),
    pytest.param("event", ["survey: 'https://x.example.org/s'"], [(E, "survey", "expected_mapping")], id="survey-as-text"),
    pytest.param("post", ["survey: {url: 'https://x.example.org/s'}"], [(4, "survey", "unknown_field")], id="survey-on-a-post"),
    pytest.param("post", ["exhibitors: [{name: X}]"], [(4, "exhibitors", "unknown_field_no_suggestion")], id="exhibitors-on-a-post"),
]


@pytest.mark.parametrize("kind, extra, expected", BAD)
def test_bad_resources_are_reported_at_their_line_and_field(kind, extra, expected, files_site):
    assert problems_of(kind, text(kind, *extra), files_site) == sorted(expected)


def test_the_values_of_a_resource(files_site):
    source = text("event", "resources: [{title: Ouverture, kind: recording, url: 'https://x.example.org/r', access: registrants, until: 2021-07-15, speakers: Samuel Côté}]")
    values, _problems = validate("event", header.parse(source), files_site, PATH)
    assert values["resources"] == [{
        "title": "Ouverture", "kind": "recording", "url": "https://x.example.org/r", "access": "registrants",
        "until": dt.date(2021, 7, 15), "speakers": ["Samuel Côté"],
    }]


def test_access_defaults_to_public(files_site):
    values, _ = validate("post", header.parse(text("post", "resources: [{title: D, kind: slides, file: diapos.pdf}]")), files_site, PATH)
    assert values["resources"][0]["access"] == "public"


def test_an_exhibitor_names_a_directory_entry_that_exists(files_site):
    event = text("event", "exhibitors: [{directory: cafe-numerique}, {directory: inconnu}, {name: Sans fiche}]")
    entry = "---\ntitle: Café numérique\ndate: 2020-01-01\nkind: meetup\ncity: Rimouski\n---\nTexte.\n"
    items = [read_item("events/forum.md", event, files_site), read_item("directory/cafe-numerique.md", entry, files_site)]
    found = [(p.path, p.line, p.field, p.code, p.params) for p in cross_check(items)]
    assert found == [("content/events/forum.md", 7, "exhibitors[2].directory", "unknown_organizer", {"value": "inconnu"})]


def test_the_checks_are_registered_with_hub_core():
    assert check_item in item_checks()
    assert check_item not in item_checks(frozenset({"hub_series"}))
