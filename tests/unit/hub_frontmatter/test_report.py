"""hub_frontmatter.report: Pelican neither reads nor copies what hub_core.inputs refuses,
build after build of the same preview (ignore_refused_inputs); a build reports the problems of
its items, with the checks of the plugins in its PLUGINS (report_problems)."""

import fnmatch
import os
from types import SimpleNamespace

import pytest

from hub_core.items import read_item
from hub_core.problems import ContentErrors
from hub_core.site import site_from_settings
from hub_frontmatter.report import ignore_refused_inputs, report_problems


def test_refused_names_are_ignored_afresh_at_each_build(tmp_path):
    content = tmp_path / "content"
    (content / "images").mkdir(parents=True)
    os.symlink("/proc/self/environ", content / "images" / "env[1].txt")
    pelican = SimpleNamespace(settings={"PATH": str(content), "IGNORE_FILES": ["**/.*"]})
    ignore_refused_inputs(pelican)
    patterns = pelican.settings["IGNORE_FILES"]
    assert patterns[0] == "**/.*"
    assert any(fnmatch.fnmatch("env[1].txt", p) for p in patterns)
    (content / "images" / "env[1].txt").unlink()  # fixed before the next build of the preview
    ignore_refused_inputs(pelican)
    assert pelican.settings["IGNORE_FILES"] == ["**/.*"]


def part(index):
    return f"---\ntitle: Partie {index}\ndate: 2026-09-0{index}\nseries: Démarrer\nseries_index: {index}\n---\nTexte.\n"


@pytest.mark.parametrize(
    "plugins, expected",
    [
        (None, ["series_gap"]),  # no PLUGINS: every plugin's checks
        (["hub_frontmatter", "hub_series"], ["series_gap"]),
        (["hub_frontmatter", "hub_missions"], None),  # hub_series is not built: its checks do not run
    ],
)
def test_a_build_runs_the_checks_of_its_plugins(tmp_path, plugins, expected):
    content = tmp_path / "content"
    content.mkdir()
    settings = {"PATH": str(content), "IGNORE_FILES": [], "REVISIONS_FROM_GIT": False, "PLUGINS": plugins}
    site, _problems = site_from_settings(settings)
    parts = {"blog/a.md": part(1), "blog/c.md": part(3)}
    generated = {path: SimpleNamespace(metadata={"hub_item": read_item(path, text, site)}) for path, text in parts.items()}
    generators = [SimpleNamespace(context={"generated_content": generated}, settings=settings)]
    if expected is None:
        report_problems(generators)
        return
    with pytest.raises(ContentErrors) as stopped:
        report_problems(generators)
    assert [p.code for p in stopped.value.problems] == expected
