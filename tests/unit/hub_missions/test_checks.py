"""hub_missions.checks (registered with hub_core.registry): a mission's folder name is its slug."""

import pytest

from hub_core.items import read_item
from hub_core.places import Places, builtin_places
from hub_core.registry import capability_checks
from hub_core.validate import Site
from hub_missions.checks import cross_problems

MISSION = "---\ntitle: Mission\n{extra}start: 2027-04-12\nend: 2027-04-14\ndestinations: [{{city: Rimouski, country: CA, from: 2027-04-12, to: 2027-04-14}}]\n---\nTexte.\n"
REPORT = "---\ntitle: Jour 1\ndate: 2027-04-13\n---\nTexte.\n"


def found(files):
    site = Site(places=Places(*builtin_places()))
    items = [read_item(path, text, site) for path, text in files.items()]
    return [(p.path, p.line, p.field, p.code, p.params.get("suggestion")) for p in cross_problems(items)]


CASES = [
    pytest.param({"missions/mission-2027/mission.md": MISSION.format(extra="")}, [], id="folder-is-a-slug"),
    pytest.param({"missions/mission-2027/mission.md": MISSION.format(extra="slug: mission-2027\n")}, [], id="slug-equal-to-folder"),
    pytest.param(
        {"missions/Mission été 2027/mission.md": MISSION.format(extra=""), "missions/Mission été 2027/jour-1.md": REPORT},
        [("content/missions/Mission été 2027/mission.md", 1, "", "mission_folder_slug", "mission-ete-2027")],
        id="spaces-and-accents-once-per-folder",
    ),
    pytest.param({"missions/rss.xml/mission.md": MISSION.format(extra="")}, [("content/missions/rss.xml/mission.md", 1, "", "mission_folder_slug", "rss-xml")], id="named-like-an-output-file"),
    pytest.param({"missions/a'b/jour-1.md": REPORT}, [("content/missions/a'b/jour-1.md", 1, "", "mission_folder_slug", "a-b")], id="report-without-mission-md"),
    pytest.param(
        {"missions/mission-2027/mission.md": MISSION.format(extra="slug: autre\n")},
        [("content/missions/mission-2027/mission.md", 3, "slug", "mission_slug_ignored", None)],
        id="slug-other-than-folder",
    ),
]


@pytest.mark.parametrize("files, expected", CASES)
def test_mission_folders(files, expected):
    assert found(files) == expected


def test_the_checks_are_registered_with_hub_core():
    assert cross_problems in capability_checks()
