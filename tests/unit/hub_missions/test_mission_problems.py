"""hub_missions.checks (registered with hub_core.registry): a mission's stops in order and within its dates; report stops."""

import pytest

from hub_missions.checks import dated_stops, mission_problems
from hub_core.crosscheck import cross_check
from hub_core.items import read_item
from hub_core.problems import Problem


def mission(*stops, start="2025-06-02", end="2025-06-10"):
    """mission.md: title 2, start 3, end 4, destinations 5; stop n (from 1) on lines 6+5(n-1) (city),
    then country, from (8+5(n-1)), to (9+5(n-1)), hosts."""
    lines = ["title: Mission Loire 2025", f"start: {start}", f"end: {end}", "destinations:"]
    for city, first, last in stops:
        lines += [f"  - city: {city}", "    country: FR" if city in ("Angers", "Nantes") else "    country: CA"]
        lines += [f"    from: {first}", f"    to: {last}", "    hosts: [Ville]"]
    return "---\n" + "\n".join(lines) + "\n---\nTexte.\n"


def report(stop=None):
    """A trip report: title 2, date 3, stop 4."""
    lines = ["title: Carnet", "date: 2025-06-12"] + ([f"stop: {stop}"] if stop is not None else [])
    return "---\n" + "\n".join(lines) + "\n---\nTexte.\n"


def problems_of(site, files):
    items = [read_item(path, text, site) for path, text in files.items()]
    for item in items:
        assert item.problems == [], (item.path, [p.render() for p in item.problems])
    return mission_problems(items)


def found(problems):
    return [(p.path, p.line, p.field, p.code) for p in problems]


M = "content/missions/loire-2025/mission.md"
R = "content/missions/loire-2025/carnet.md"

ITINERARIES = [
    pytest.param([("Angers", "2025-06-02", "2025-06-04"), ("Nantes", "2025-06-04", "2025-06-10")], [], id="one-shared-travel-day"),
    pytest.param([("Angers", "2025-06-02", "2025-06-03"), ("Nantes", "2025-06-05", "2025-06-06")], [], id="days-between-stops"),
    pytest.param([("Angers", "2025-06-02", "2025-06-02")], [], id="one-day-stop"),
    pytest.param(
        [("Angers", "2025-06-01", "2025-06-04"), ("Nantes", "2025-06-04", "2025-06-10")],
        [(M, 8, "destinations[1].from", "stop_before_mission")],
        id="first-stop-before-start",
    ),
    pytest.param(
        [("Angers", "2025-06-02", "2025-06-04"), ("Nantes", "2025-06-04", "2025-06-11")],
        [(M, 14, "destinations[2].to", "stop_after_mission")],
        id="last-stop-after-end",
    ),
    pytest.param(
        [("Angers", "2025-05-30", "2025-06-12")],
        [(M, 8, "destinations[1].from", "stop_before_mission"), (M, 9, "destinations[1].to", "stop_after_mission")],
        id="stop-outside-on-both-sides",
    ),
    pytest.param(
        [("Nantes", "2025-06-06", "2025-06-10"), ("Angers", "2025-06-02", "2025-06-04")],
        [(M, 13, "destinations[2].from", "stop_out_of_order")],
        id="stops-out-of-order",
    ),
    pytest.param(
        [("Angers", "2025-06-02", "2025-06-05"), ("Nantes", "2025-06-04", "2025-06-10")],
        [(M, 13, "destinations[2].from", "stops_overlap")],
        id="stops-overlap-by-a-day",
    ),
    pytest.param(
        [("Angers", "2025-06-02", "2025-06-08"), ("Nantes", "2025-06-02", "2025-06-03")],
        [(M, 13, "destinations[2].from", "stops_overlap")],
        id="same-first-day-is-an-overlap",
    ),
    pytest.param(
        [("Angers", "2025-06-02", "2025-06-04"), ("Nantes", "2025-06-04", "2025-06-06"), ("Montréal", "2025-06-05", "2025-06-10")],
        [(M, 18, "destinations[3].from", "stops_overlap")],
        id="third-stop-compared-with-the-second",
    ),
]  # fmt: skip


@pytest.mark.parametrize("stops, expected", ITINERARIES)
def test_itinerary(site, stops, expected):
    assert found(problems_of(site, {"missions/loire-2025/mission.md": mission(*stops)})) == expected


def test_a_stop_ending_before_it_starts_is_left_to_validation(site):
    text = mission(("Angers", "2025-06-04", "2025-06-02"), ("Nantes", "2025-06-03", "2025-06-10"))
    item = read_item("missions/loire-2025/mission.md", text, site)
    assert [(p.line, p.code) for p in item.problems] == [(9, "end_before_start")]
    assert mission_problems([item]) == [], "one mistake, one line"


@pytest.mark.parametrize(
    "destinations, expected",
    [
        pytest.param([], [], id="none"),
        pytest.param("Nantes", [], id="not-a-list"),
        pytest.param([{"city": "Nantes"}], [], id="no-dates"),
        pytest.param([{"city": "Nantes", "from": "2025-06-02", "to": "2025-06-03"}], [], id="dates-still-text"),
    ],
)
def test_dated_stops_skips_what_validation_reported(destinations, expected):
    assert list(dated_stops(destinations)) == expected


REPORT_STOPS = [
    pytest.param("Nantes", [], id="stop-of-the-itinerary"),
    pytest.param("NANTES", [], id="case-does-not-matter"),
    pytest.param("montreal", [], id="accents-do-not-matter"),
    pytest.param(None, [], id="no-stop"),
    pytest.param("Nante", [(R, 4, "stop", "unknown_stop_suggestion")], id="misspelled-stop-gets-a-suggestion"),
    pytest.param("Lyon", [(R, 4, "stop", "unknown_stop")], id="city-not-in-the-itinerary"),
]

TWO_STOPS = mission(("Angers", "2025-06-02", "2025-06-04"), ("Montréal", "2025-06-04", "2025-06-06"), ("Nantes", "2025-06-06", "2025-06-10"))


@pytest.mark.parametrize("stop, expected", REPORT_STOPS)
def test_report_stop(site, stop, expected):
    files = {"missions/loire-2025/mission.md": TWO_STOPS, "missions/loire-2025/carnet.md": report(stop)}
    assert found(problems_of(site, files)) == expected


def test_unknown_stop_message_names_the_stops_and_the_close_match(site):
    files = {"missions/loire-2025/mission.md": TWO_STOPS, "missions/loire-2025/carnet.md": report("Lyon")}
    (problem,) = problems_of(site, files)
    assert problem.render("fr") == f"{R}:4: stop: « Lyon » n'est pas une étape de la mission ; étapes : Angers, Montréal, Nantes"
    assert problem.render("en") == f"{R}:4: stop: 'Lyon' is not a stop of the mission; stops: Angers, Montréal, Nantes"
    files["missions/loire-2025/carnet.md"] = report("Nante")
    (problem,) = problems_of(site, files)
    assert problem.render("fr") == f"{R}:4: stop: « Nante » n'est pas une étape de la mission ; vouliez-vous dire « Nantes » ?"


def test_itinerary_messages_name_the_stops_and_dates(site):
    text = mission(("Angers", "2025-06-02", "2025-06-05"), ("Nantes", "2025-06-04", "2025-06-11"))
    problems = problems_of(site, {"missions/loire-2025/mission.md": text})
    assert [p.render("fr") for p in problems] == [
        f"{M}:13: destinations[2].from: l'étape Nantes commence le 2025-06-04, avant la fin de l'étape précédente Angers (2025-06-05) ; deux étapes ne partagent au plus qu'un jour de voyage",
        f"{M}:14: destinations[2].to: l'étape Nantes finit le 2025-06-11, après la fin de la mission (2025-06-10)",
    ]
    assert problems[1].render("en") == f"{M}:14: destinations[2].to: the Nantes stop ends on 2025-06-11, after the mission ends (2025-06-10)"


def test_reports_of_a_folder_without_mission_md_are_left_to_crosscheck(site):
    files = {"missions/sans-description/carnet.md": report("Nantes")}
    assert problems_of(site, files) == []
    items = [read_item(p, t, site) for p, t in files.items()]
    assert [p.code for p in cross_check(items)] == ["mission_without_description"]


def test_reports_are_checked_against_their_own_mission_only(site):
    other = mission(("Montréal", "2025-06-02", "2025-06-10"))
    files = {
        "missions/loire-2025/mission.md": TWO_STOPS,
        "missions/montreal-2025/mission.md": other,
        "missions/montreal-2025/carnet.md": report("Nantes"),
    }
    assert found(problems_of(site, files)) == [("content/missions/montreal-2025/carnet.md", 4, "stop", "unknown_stop")]


def test_cross_check_reports_mission_problems(site):
    text = mission(("Nantes", "2025-06-06", "2025-06-10"), ("Angers", "2025-06-02", "2025-06-04"))
    items = [read_item("missions/loire-2025/mission.md", text, site)]
    assert cross_check(items) == [Problem(M, 13, "destinations[2].from", "stop_out_of_order")]
