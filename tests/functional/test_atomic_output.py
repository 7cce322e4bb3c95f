"""A build replaces output/ only when all of it succeeded (plugins/hub_output): a content error, a
plugin's exception, a SIGKILL at any moment or a second build at once leave the previous site
byte-for-byte as it was, and the next build cleans up after a killed one."""

import os
import shutil
import signal
import subprocess
import time
from pathlib import Path

import pytest

from sitebuild import FIXTURES, ROOT, build, build_command

CONTENT = FIXTURES / "site" / "content"
EVENT = Path("events") / "annule-rimouski.md"


def tree(path):
    """Every file and folder of a site with its bytes: what "byte-for-byte intact" compares."""
    return {
        p.relative_to(path).as_posix(): (p.read_bytes() if p.is_file() else "folder")
        for p in sorted(path.rglob("*"))
    }


def leftovers(base):
    return sorted(p.name for p in base.iterdir() if p.name.startswith(".output.staging-"))


@pytest.fixture
def site(tmp_path):
    """A content tree of our own and its first, good build in tmp_path/output."""
    content = tmp_path / "content"
    shutil.copytree(CONTENT, content)
    first = build(content, tmp_path / "output", tmp_path / "cache")
    assert first.returncode == 0, first.stderr
    return content


def break_an_event(content):
    path = content / EVENT
    path.write_text(path.read_text(encoding="utf-8").replace("end: 2026-12-10 20:00", "end: 2026-12-09 20:00"), encoding="utf-8")


def test_a_content_error_leaves_the_previous_site_intact(site, tmp_path):
    before = tree(tmp_path / "output")
    assert "pagefind/pagefind-entry.json" in before  # the search index is part of the site
    break_an_event(site)
    failed = build(site, tmp_path / "output", tmp_path / "cache")
    assert failed.returncode != 0
    assert [line for line in failed.stderr.splitlines() if line.endswith("est avant le début 2026-12-10 18:00")]
    assert tree(tmp_path / "output") == before
    assert leftovers(tmp_path) == []


PLUGIN = """\
from pelican import signals

def boom(*args, **kwargs):
    raise RuntimeError("extension en panne")

def register():
    signals.{signal}.connect(boom)
"""
SETTINGS = """\
import sys
sys.path.insert(0, {root!r})
sys.path.insert(0, {here!r})
from pelicanconf import *  # noqa: F403
import boom
PLUGINS = [*PLUGINS, boom]
"""


@pytest.mark.parametrize("signal_name", ["article_generator_finalized", "finalized"], ids=["before-writing", "after-writing"])
def test_a_plugin_exception_leaves_the_previous_site_intact(site, tmp_path, signal_name):
    plugins = tmp_path / "extra"
    plugins.mkdir()
    (plugins / "boom.py").write_text(PLUGIN.format(signal=signal_name), encoding="utf-8")
    settings = tmp_path / "boomconf.py"
    settings.write_text(SETTINGS.format(root=str(ROOT), here=str(plugins)), encoding="utf-8")
    before = tree(tmp_path / "output")
    failed = build(site, tmp_path / "output", tmp_path / "cache", settings=str(settings))
    assert failed.returncode != 0 and "extension en panne" in failed.stdout + failed.stderr
    assert tree(tmp_path / "output") == before
    assert leftovers(tmp_path) == []


def staging_files(base):
    return sum(len(files) for folder in base.glob(".output.staging-*") for _root, _dirs, files in os.walk(folder))


def wait_for(condition, process):
    """Poll until `condition()` holds or the build ended (bounded by the build, not a clock)."""
    while not condition() and process.poll() is None:
        time.sleep(0.005)


MOMENTS = {
    "staging-created": lambda base: bool(leftovers(base)),
    "50-files-written": lambda base: staging_files(base) >= 50,
    "300-files-written": lambda base: staging_files(base) >= 300,
    "search-index": lambda base: any(base.glob(".output.staging-*/pagefind/fragment/*")),
}


@pytest.mark.parametrize("moment", [*MOMENTS, 0.2, 0.5, 1.0])
def test_a_build_killed_at_any_moment_leaves_the_previous_site_intact(site, tmp_path, moment):
    before = tree(tmp_path / "output")
    (site / EVENT).write_text((site / EVENT).read_text(encoding="utf-8").replace("Atelier annulé", "Atelier modifié"), encoding="utf-8")
    command, env = build_command(site, tmp_path / "output", tmp_path / "cache")
    process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    if isinstance(moment, float):
        try:
            process.wait(timeout=moment)
        except subprocess.TimeoutExpired:
            pass
    else:
        wait_for(lambda: MOMENTS[moment](tmp_path), process)
        assert process.poll() is None, f"the build ended before {moment}"
    killed = process.poll() is None
    process.kill()
    process.wait()
    if killed:
        assert tree(tmp_path / "output") == before
    again = build(site, tmp_path / "output", tmp_path / "cache")
    assert again.returncode == 0, again.stderr
    assert leftovers(tmp_path) == []
    assert "Atelier modifié" in (tmp_path / "output" / "evenements" / "annule-rimouski" / "index.html").read_text(encoding="utf-8")


def test_a_second_build_at_once_says_so_in_one_line_and_touches_nothing(site, tmp_path):
    command, env = build_command(site, tmp_path / "output", tmp_path / "cache")
    first = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    wait_for(lambda: bool(leftovers(tmp_path)), first)  # the first build holds the lock
    assert first.poll() is None, "the first build ended before the second started"
    second = build(site, tmp_path / "output", tmp_path / "cache")
    assert second.returncode == 1
    assert second.stderr.splitlines() == [
        f"Une autre construction est en cours (PID {first.pid}) ; rien n'a été modifié. Réessayez quand elle aura fini."
    ]
    assert first.wait() == 0, first.stderr.read()
    assert leftovers(tmp_path) == []


def test_in_english_too(site, tmp_path):
    command, env = build_command(site, tmp_path / "output", tmp_path / "cache")
    first = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wait_for(lambda: bool(leftovers(tmp_path)), first)
    second = build(site, tmp_path / "output", tmp_path / "cache", lang="en")
    first.wait()
    assert second.stderr.startswith("Another build is running (PID ") and len(second.stderr.splitlines()) == 1


def read_only(folder, on):
    """Make a folder read-only, for root too (chattr +i: immutable); skip where impossible."""
    if os.geteuid() != 0:
        os.chmod(folder, 0o555 if on else 0o755)
        return
    done = subprocess.run(["chattr", "+i" if on else "-i", str(folder)], capture_output=True, text=True)
    if on and done.returncode != 0:
        pytest.skip(f"cannot make a folder read-only here: {done.stderr.strip()}")


def test_an_output_folder_that_cannot_be_replaced_is_one_line_and_the_site_stays(tmp_path):
    base = tmp_path / "site"
    base.mkdir()
    first = build(CONTENT, base / "output", tmp_path / "cache")
    assert first.returncode == 0, first.stderr
    before = tree(base / "output")
    read_only(base, True)  # the folder that holds output/: no staging folder, no swap
    try:
        failed = build(CONTENT, base / "output", tmp_path / "cache")
    finally:
        read_only(base, False)
    assert failed.returncode == 1
    lines = (failed.stdout + failed.stderr).splitlines()
    assert len(lines) == 1 and lines[0].startswith("Construction impossible : "), lines
    assert lines[0].endswith(f" ; le site précédent est intact dans {base / 'output'}/")
    assert tree(base / "output") == before
    assert leftovers(base) == []
