"""hub_frontmatter.report.ignore_refused_inputs: Pelican neither reads nor copies what
hub_core.inputs refuses, build after build of the same preview."""

import fnmatch
import os
from types import SimpleNamespace

from hub_frontmatter.report import ignore_refused_inputs


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
