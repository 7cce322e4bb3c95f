"""The demo content shows a living hub and builds without a single problem."""

import os
import subprocess
import sys
from collections import Counter

import pytest

from sitebuild import EPOCH, ROOT

from hub_core.check import check_tree


def test_demo_content_builds_without_errors_or_warnings(demo_site):
    assert demo_site.problem_lines == []


# "Now" decides the reminders (an event over without attendance, a replay gone).
# Pinned, so CI does not fail as the calendar moves on: the fixtures' now, and
# the day the demo content was last reviewed (move it forward when you review it).
REVIEWED = "1796644800"  # 2026-12-07 12:00 UTC


@pytest.mark.parametrize("epoch", [EPOCH, REVIEWED], ids=["fixtures-now", "reviewed"])
def test_make_check_on_the_demo_content_prints_no_warning(epoch):
    """What every editor sees on day one: nothing about other people's files."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(str(ROOT / folder) for folder in ("plugins", "cli")), "HUB_LANG": "fr", "SOURCE_DATE_EPOCH": epoch}
    result = subprocess.run([sys.executable, "-m", "hub_cli", "check", "-s", "pelicanconf.py"],
                            cwd=ROOT, env=env, capture_output=True, encoding="utf-8")
    assert result.returncode == 0
    assert result.stderr == ""
    assert result.stdout.endswith(" fichiers vérifiés : 0 erreur(s), 0 avertissement(s).\n")


def test_demo_content_is_a_living_hub():
    items, problems = check_tree(ROOT / "content")
    assert problems == []
    kinds = Counter(item.content_type for item in items)
    assert len(items) >= 25
    assert kinds["event"] >= 10 and kinds["post"] >= 3 and kinds["chronicle"] >= 3
    assert kinds["mission"] >= 1 and kinds["report"] >= 2
    regions = {item.values["region"].slug for item in items if item.content_type == "directory"}
    assert len(regions) >= 6
    assert [item for item in items if item.lang == "en"], "some English translations"


def test_demo_site_has_upcoming_and_past_events(demo_site):
    upcoming = [a["href"] for a in demo_site.page("evenements/").find_all("a", href=True) if a["href"].startswith("/evenements/") and a["href"].count("/") == 3]
    archive = [a["href"] for a in demo_site.page("evenements/archives/").find_all("a", href=True) if a["href"].startswith("/evenements/") and a["href"].count("/") == 3]
    assert len(upcoming) >= 3
    assert len(archive) >= 3


def test_a_moved_event_says_its_new_date_once(demo_site):
    """The banner says « Nouvelle date » (the guide tells editors not to write it again in the text)."""
    pages = sorted((demo_site.output / "evenements").glob("*/index.html"))
    moved = []
    for path in pages:
        page = demo_site.page(path.parent.relative_to(demo_site.output).as_posix() + "/")
        main = page.find("main")
        if main.select_one(".banner-rescheduled") is not None:
            moved.append(path.parent.name)
            assert main.get_text(" ").count("Nouvelle date") == 1, path.parent.name
    assert moved, "the demo shows a moved event"
