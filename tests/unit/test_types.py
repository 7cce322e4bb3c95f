"""The type hints are checked: mypy (pinned in requirements-dev.txt, configured by mypy.ini) passes
on hub_core, the generators and the plugins' signal receivers, and fails on what it must refuse.

A refused change is checked without touching the tree: mypy's --shadow-file reads a broken copy
of one module in its place.
"""

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def mypy(*args: str) -> subprocess.CompletedProcess[str]:
    """`python -m mypy` from the repository's root, with mypy.ini (its `files`) and its cache."""
    command = [sys.executable, "-m", "mypy", "--config-file", str(ROOT / "mypy.ini"), *args]
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)


def test_the_type_hints_check() -> None:
    result = mypy()
    assert result.returncode == 0, f"mypy found problems (run `.venv/bin/python -m mypy`):\n{result.stdout}{result.stderr}"


# (module, text replaced, its broken version, mypy's error code)
BREAKS = [
    # A public function of hub_core without hints (disallow_untyped_defs).
    ("plugins/hub_core/urls.py", "def language_prefix(lang: str) -> str:", "def language_prefix(lang):", "no-untyped-def"),
    # A hint that does not hold: a str function returning a number.
    ("plugins/hub_core/urls.py", 'return "en/" if lang == "en" else ""', 'return 1 if lang == "en" else ""', "return-value"),
    # A generic without its parameters (disallow_any_generics): `list` says nothing of its items.
    ("plugins/hub_core/inputs.py", "markdown: list[Path]", "markdown: list", "type-arg"),
    # A generator's method without hints.
    ("plugins/hub_events/generator.py", "def generate_output(self, writer: Writer) -> None:", "def generate_output(self, writer):", "no-untyped-def"),
    # A signal receiver of a plugin's __init__.py without hints.
    ("plugins/hub_series/__init__.py", "def register() -> None:", "def register():", "no-untyped-def"),
    # A call with the wrong type: a date where the time zone's name goes.
    ("plugins/hub_core/site.py", "timezone=site_timezone(settings),", "timezone=content_path,", "arg-type"),
]


@pytest.mark.parametrize(("module", "written", "broken", "code"), BREAKS, ids=[b[3] + ":" + b[0] for b in BREAKS])
def test_mypy_refuses(tmp_path: Path, module: str, written: str, broken: str, code: str) -> None:
    text = (ROOT / module).read_text(encoding="utf-8")
    assert text.count(written) == 1, f"{module} no longer has {written!r}: update this table"
    shadow = tmp_path / Path(module).name
    shadow.write_text(text.replace(written, broken), encoding="utf-8")
    result = mypy("--shadow-file", module, str(shadow))
    output = result.stdout + result.stderr
    assert result.returncode == 1, output
    assert f"[{code}]" in output and module in output, output
