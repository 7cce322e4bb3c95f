"""Reading and rendering on several processes (HUB_OUTPUT's `workers`, plugins/hub_output/rendering.py,
plugins/hub_frontmatter/prefetch.py) give the serial build's site byte for byte, the serial build's
problems line for line, and a page that cannot be rendered stops the build in one line."""

import json
import shutil
import subprocess
import sys

import pytest

from sitebuild import FIXTURES, ROOT, build

SITE = FIXTURES / "site" / "content"
INVALID = FIXTURES / "invalid" / "content"
EXPECTED_PROBLEMS = (FIXTURES / "invalid" / "expected-problems.txt").read_text(encoding="utf-8").splitlines()


def workers(count):
    """The -e setting: `count` processes, no search index (Pagefind reads the pages, it does not write them)."""
    return (f"HUB_OUTPUT={json.dumps({'search_index': False, 'workers': count})}",)


def tree(path):
    return {p.relative_to(path).as_posix(): p.read_bytes() for p in sorted(path.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """60 generated items (bench/generate.py): enough files that every worker reads and renders a share."""
    folder = tmp_path_factory.mktemp("corpus")
    generate = [sys.executable, str(ROOT / "bench" / "generate.py"), "--count", "60", "--out", str(folder)]
    subprocess.run(generate, check=True, capture_output=True)
    return folder


@pytest.mark.parametrize("site", ["fixture", "corpus"])
def test_a_parallel_build_is_the_serial_build_byte_for_byte(site, corpus, tmp_path):
    content = SITE if site == "fixture" else corpus
    built = {}
    for count in (1, 2, 3):
        result = build(content, tmp_path / f"output-{count}", tmp_path / f"cache-{count}", extra=workers(count))
        assert result.returncode == 0, result.stderr
        built[count] = tree(tmp_path / f"output-{count}")
    assert len(built[1]) > 50
    assert built[2] == built[1]
    assert built[3] == built[1]


@pytest.mark.parametrize("count", [1, 2, 3])
def test_content_errors_are_reported_completely_and_in_order(count, tmp_path):
    result = build(INVALID, tmp_path / "output", tmp_path / "cache", extra=workers(count))
    assert result.returncode != 0
    assert result.problem_lines == EXPECTED_PROBLEMS
    assert "Traceback" not in result.stderr


SETTINGS = """\
import sys
sys.path.insert(0, {root!r})
from pelicanconf import *  # noqa: F403
THEME = {theme!r}
"""


@pytest.fixture
def failing_settings(tmp_path):
    """Settings with a theme whose page template raises (the pages of content/pages/ only)."""
    theme = tmp_path / "theme"
    shutil.copytree(ROOT / "theme", theme)
    page = theme / "templates" / "page.html"
    page.write_text(page.read_text(encoding="utf-8").replace("{% block content %}", "{% block content %}{{ 1 // 0 }}", 1), encoding="utf-8")
    settings = tmp_path / "brokenconf.py"
    settings.write_text(SETTINGS.format(root=str(ROOT), theme=str(theme)), encoding="utf-8")
    return settings


@pytest.mark.parametrize("count", [2, 3])
def test_a_page_that_cannot_be_rendered_stops_the_build_in_one_line(count, failing_settings, tmp_path):
    content = tmp_path / "content"
    shutil.copytree(SITE, content)
    first = build(content, tmp_path / "output", tmp_path / "cache", extra=workers(count))
    assert first.returncode == 0, first.stderr
    before = tree(tmp_path / "output")
    failed = build(content, tmp_path / "output", tmp_path / "cache", settings=str(failing_settings), extra=workers(count))
    assert failed.returncode == 1
    said = [line for line in failed.stderr.splitlines() if "ZeroDivisionError" in line]
    # the first page written with that template, whichever process rendered it
    assert said == ["Page a-propos/index.html impossible à produire : ZeroDivisionError: integer division or modulo by zero ; "
                    f"le site précédent est intact dans {tmp_path / 'output'}/"]
    assert "Traceback" not in failed.stderr
    assert tree(tmp_path / "output") == before
    assert not list(tmp_path.glob(".output.staging-*"))


def test_a_warm_parallel_build_after_an_edit_is_the_cold_serial_build(tmp_path):
    """With the content cache on, workers read what it does not hold (the edited file): the site is
    the cold serial build of the edited content."""
    content = tmp_path / "content"
    shutil.copytree(SITE, content)
    cached = ("CACHE_CONTENT=true", *workers(2))
    primed = build(content, tmp_path / "warm", tmp_path / "cache", load_cache=True, extra=cached)
    assert primed.returncode == 0, primed.stderr
    event = content / "events" / "annule-rimouski.md"
    event.write_text(event.read_text(encoding="utf-8") + "\nUne phrase ajoutée après la première construction.\n", encoding="utf-8")
    warm = build(content, tmp_path / "warm", tmp_path / "cache", load_cache=True, extra=cached)
    cold = build(content, tmp_path / "cold", tmp_path / "cold-cache", extra=workers(1))
    assert warm.returncode == 0 and cold.returncode == 0, warm.stderr + cold.stderr
    page = warm.page("evenements/annule-rimouski/")
    assert "Une phrase ajoutée après la première construction." in page.get_text()
    assert tree(tmp_path / "warm") == tree(tmp_path / "cold")
