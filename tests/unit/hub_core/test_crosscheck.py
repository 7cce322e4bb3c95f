"""hub_core.crosscheck: problems that only show once every item is known."""

import pytest

from hub_core.crosscheck import cross_check
from hub_core.items import read_item


def document(*lines):
    return "---\n" + "".join(line + "\n" for line in lines) + "---\nTexte.\n"


def event(title="Atelier", *lines):
    # title 2, date 3, start 4, venue 5, then the extra lines from 6
    return document(f"title: {title}", "date: 2026-09-01", "start: 2026-10-07", "venue: {name: Salle, city: Rimouski}", *lines)


def post(title="Billet", *lines):
    return document(f"title: {title}", "date: 2026-09-01", *lines)


def mission(*lines):
    # title 2, start 3, end 4, destinations 5, then the extra lines from 6
    return document(
        "title: Mission Angers–Nantes 2017",
        "start: 2017-06-01",
        "end: 2017-06-10",
        "destinations: [{city: Angers, country: FR, from: 2017-06-01, to: 2017-06-10}]",
        *lines,
    )


def directory(title="Café numérique", *lines):
    return document(f"title: {title}", "date: 2026-09-01", "kind: meetup", "city: Rimouski", *lines)


def check(site, files):
    """cross_check on items read from {path under content/: text}."""
    items = [read_item(path, text, site) for path, text in files.items()]
    for item in items:
        assert item.problems == [], (item.path, [p.render() for p in item.problems])
    return cross_check(items)


def found(problems):
    return [(p.path, p.line, p.field, p.code) for p in problems]


CASES = [
    pytest.param(
        {"events/a.md": event("A", "slug: atelier"), "events/b.md": event("B", "slug: atelier")},
        [("content/events/b.md", 6, "slug", "duplicate_slug")],
        id="duplicate-written-slug",
    ),
    pytest.param(
        {"events/b.md": event("Atelier IA"), "events/2026/a.md": event("Atelier IA")},
        [("content/events/b.md", 1, "slug", "duplicate_slug")],
        id="duplicate-slug-from-title-across-folders",
    ),
    pytest.param(
        {"blog/a.md": post("Bilan"), "blog/b.md": post("Bilan")},
        [("content/blog/b.md", 1, "slug", "duplicate_slug")],
        id="duplicate-post",
    ),
    pytest.param(
        {"events/a.md": event("A", "slug: atelier"), "events/a.en.md": event("A", "slug: atelier", "lang: en")},
        [],
        id="same-slug-french-and-english",
    ),
    pytest.param(
        {"events/a.md": event("A", "slug: bilan"), "blog/a.md": post("B", "slug: bilan")},
        [],
        id="same-slug-event-and-post",
    ),
    pytest.param(
        {
            "missions/m1/mission.md": mission(),
            "missions/m2/mission.md": mission(),
            "missions/m1/jour-1.md": post("Jour 1"),
            "missions/m2/jour-1.md": post("Jour 1"),
        },
        [],
        id="same-report-slug-in-two-missions",
    ),
    pytest.param(
        {"events/a.md": event("A", "organizer: cafe-numerique")},
        [("content/events/a.md", 6, "organizer", "unknown_organizer")],
        id="unknown-organizer",
    ),
    pytest.param(
        {"events/a.md": event("A", "organizer: cafe-numerique"), "directory/cafe.md": directory("Café numérique")},
        [],
        id="known-organizer",
    ),
    pytest.param(
        {"events/a.md": event("A", "organizer: {name: Café numérique, url: 'https://example.org'}")},
        [],
        id="organizer-mapping-not-checked",
    ),
    pytest.param(
        {"events/a.md": event("A", "mission: angers-nantes-2017")},
        [("content/events/a.md", 6, "mission", "unknown_mission")],
        id="unknown-mission",
    ),
    pytest.param(
        {"events/a.md": event("A", "mission: angers-nantes-2017"), "missions/angers-nantes-2017/mission.md": mission()},
        [],
        id="known-mission",
    ),
    pytest.param(
        {"missions/m1/mission.md": mission("organizer: reseau-numerique")},
        [("content/missions/m1/mission.md", 6, "organizer", "unknown_organizer")],
        id="mission-unknown-organizer",
    ),
    pytest.param(
        {
            "missions/m1/mission.md": mission("partners:", "  - cafe-numerique", "  - {name: Ville de Nantes}", "  - inconnu"),
            "directory/cafe.md": directory("Café numérique"),
        },
        [("content/missions/m1/mission.md", 9, "partners[3]", "unknown_organizer")],
        id="mission-unknown-partner",
    ),
    pytest.param(
        {
            "missions/m1/mission.md": document(
                "title: Mission",
                "start: 2017-06-01",
                "end: 2017-06-10",
                "destinations:",
                "  - city: Angers",
                "    country: FR",
                "    from: 2017-06-01",
                "    to: 2017-06-10",
                "    events:",
                "      - atelier-angers",
                "      - fantome",
            ),
            "events/angers.md": event("A", "slug: atelier-angers"),
        },
        [("content/missions/m1/mission.md", 12, "destinations[1].events[2]", "unknown_event")],
        id="mission-destination-unknown-event",
    ),
    pytest.param(
        {"missions/m1/jour-1.md": post("Jour 1")},
        [("content/missions/m1/jour-1.md", 1, "", "mission_without_description")],
        id="report-without-mission-md",
    ),
    pytest.param(
        {"missions/m1/jour-1.md": post("Jour 1"), "missions/m1/mission.md": mission()},
        [],
        id="report-with-mission-md",
    ),
]


@pytest.mark.parametrize("files, expected", CASES)
def test_cross_check(site, files, expected):
    assert found(check(site, files)) == expected


def test_duplicate_names_the_other_file_and_address(site):
    (problem,) = check(site, {"events/b.md": event("B", "slug: atelier"), "events/a.md": event("A", "slug: atelier")})
    assert problem.params == {"value": "atelier", "url": "evenements/atelier/", "other": "content/events/a.md"}
    assert problem.render("en") == (
        "content/events/b.md:6: slug: slug 'atelier' is already used by content/events/a.md"
    )
    assert problem.is_error


def test_three_files_with_one_slug_give_two_problems(site):
    problems = check(site, {f"blog/{n}.md": post("Bilan") for n in ("c", "a", "b")})
    assert [(p.path, p.params["other"]) for p in problems] == [
        ("content/blog/b.md", "content/blog/a.md"),
        ("content/blog/c.md", "content/blog/a.md"),
    ]


def test_result_does_not_depend_on_the_order_of_items(site):
    files = {
        "events/a.md": event("A", "slug: atelier", "organizer: inconnu"),
        "events/b.md": event("B", "slug: atelier"),
        "missions/m1/jour-1.md": post("Jour 1"),
    }
    items = [read_item(path, text, site) for path, text in files.items()]
    assert found(cross_check(items)) == found(cross_check(list(reversed(items))))


def test_references_are_checked_across_languages(site):
    # An English event may point to a French directory entry: slugs are shared.
    files = {
        "events/a.en.md": event("A", "lang: en", "organizer: cafe-numerique"),
        "directory/cafe.md": directory("Café numérique"),
    }
    assert check(site, files) == []


@pytest.mark.parametrize(
    "slug, lang, url",
    [("evenements", "fr", "evenements/"), ("regions", "fr", "regions/"), ("events", "en", "en/events/")],
)
def test_a_page_cannot_take_the_address_of_a_listing(site, slug, lang, url):
    text = document("title: Page", f"slug: {slug}", f"lang: {lang}")
    problems = check(site, {"pages/page.md": text})
    assert found(problems) == [("content/pages/page.md", 3, "slug", "reserved_address")]
    assert problems[0].params["url"] == url



def test_a_capability_check_that_breaks_is_one_line_not_a_traceback(site, monkeypatch):
    """A fault in a plugin's cross-file checks stops the build with one line naming the check."""
    from hub_core import crosscheck

    def broken(items):
        raise KeyError("destinations")

    broken.__module__ = "hub_missions.checks"
    monkeypatch.setattr(crosscheck, "capability_checks", lambda plugins: [broken])
    (problem,) = check(site, {"events/a.md": event("A")})
    assert problem.is_error
    assert problem.render("fr") == (
        "content:1: -: erreur inattendue dans les vérifications de hub_missions.checks (un défaut du site, "
        "pas de votre contenu : signalez-le) : KeyError: 'destinations'"
    )
