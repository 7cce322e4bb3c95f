"""The demo content shows a living hub and builds without a single problem."""

from collections import Counter

from sitebuild import ROOT

from hub_core.check import check_tree


def test_demo_content_builds_without_errors_or_warnings(demo_site):
    assert demo_site.problem_lines == []


def test_demo_content_is_a_living_hub():
    items, problems = check_tree(ROOT / "content")
    assert problems == []
    kinds = Counter(item.kind for item in items)
    assert len(items) >= 25
    assert kinds["event"] >= 10 and kinds["post"] >= 3 and kinds["chronicle"] >= 3
    assert kinds["mission"] >= 1 and kinds["report"] >= 2
    regions = {item.values["region"].slug for item in items if item.kind == "directory"}
    assert len(regions) >= 6
    assert [item for item in items if item.lang == "en"], "some English translations"


def test_demo_site_has_upcoming_and_past_events(demo_site):
    upcoming = [a["href"] for a in demo_site.page("evenements/").find_all("a", href=True) if a["href"].startswith("/evenements/") and a["href"].count("/") == 3]
    archive = [a["href"] for a in demo_site.page("evenements/archives/").find_all("a", href=True) if a["href"].startswith("/evenements/") and a["href"].count("/") == 3]
    assert len(upcoming) >= 3
    assert len(archive) >= 3
