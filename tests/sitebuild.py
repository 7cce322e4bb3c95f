"""Build sites with the real `pelican` command, as editors and CI do (test helpers)."""

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from bs4 import BeautifulSoup

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures"
EPOCH = "1795435200"  # 2026-11-23 12:00 UTC: "now" for every fixture build


@dataclass
class Build:
    returncode: int
    stdout: str
    stderr: str
    output: Path

    @property
    def problem_lines(self):
        """The `path:line: field: message` lines the build printed."""
        return [line for line in self.stderr.splitlines() if line.startswith("content/")]

    def page(self, address):
        """Parsed HTML of an address like `evenements/slug/`."""
        path = self.output / address
        if address.endswith("/") or not address:
            path = path / "index.html"
        return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")

    def files(self):
        return sorted(p.relative_to(self.output).as_posix() for p in self.output.rglob("*") if p.is_file())


def build_command(content, output, cache, settings="pelicanconf.py", lang="fr", epoch=EPOCH, load_cache=False, history=False, extra=()):
    """The `pelican content -s settings` command into `output`, with its own cache (`extra`: more -e
    settings), and its environment.

    Revisions come from `modified`/`date` unless `history`: the fixtures live in this repository,
    and their commits must not change what they build (tests of history make their own repository)."""
    env = {**os.environ, "SOURCE_DATE_EPOCH": epoch, "HUB_LANG": lang}
    command = [
        sys.executable, "-m", "pelican", str(content),
        "-s", str(ROOT / settings),
        "-o", str(output),
        "-e", f'CACHE_PATH="{cache}"', f"LOAD_CONTENT_CACHE={'true' if load_cache else 'false'}",
        f"REVISIONS_FROM_GIT={'true' if history else 'false'}", *extra,
    ]
    return command, env


def build(content, output, cache, settings="pelicanconf.py", lang="fr", epoch=EPOCH, load_cache=False, history=False, extra=()):
    """Run `pelican content -s settings` into `output`, with its own cache."""
    command, env = build_command(content, output, cache, settings, lang, epoch, load_cache, history, extra)
    result = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, encoding="utf-8", timeout=600)
    return Build(result.returncode, result.stdout, result.stderr, Path(output))


def build_once(tmp_path_factory, content, name):
    """A fixture content tree built into a fresh folder; the build must succeed."""
    base = tmp_path_factory.mktemp(name)
    result = build(content, base / "output", base / "cache")
    assert result.returncode == 0, result.stderr
    return result


def text(tag):
    """The text of an element, spaces collapsed."""
    return " ".join(tag.get_text(" ").split())


def hrefs(tag):
    return [a["href"] for a in tag.find_all("a", href=True)]
