"""Every plugin package says what it reads and writes, in its own README (house rule 9).

Each `plugins/hub_*/` package (and `cli/hub_*/`, where the editors' command line lives) has a
README.md with the same level-2 headings: Fields read, Settings, Context added, Files written,
Signals, Checks. Every key of a plugin's settings defaults (a module-level `DEFAULTS = {…}` of
the package) is named in it as `` `key` ``, and every settings dict it reads through
`plugin_settings(settings, "HUB_…", …)` is named too: a key added to the code and not to the
README fails here. Keys and names are read from the code with `ast`, without importing it."""

import ast
from pathlib import Path

import pytest
from markdown_it import MarkdownIt

ROOT = Path(__file__).resolve().parents[3]
PACKAGES = sorted(
    folder for pattern in ("plugins/hub_*", "cli/hub_*") for folder in ROOT.glob(pattern) if (folder / "__init__.py").is_file()
)
HEADINGS = ("Fields read", "Settings", "Context added", "Files written", "Signals", "Checks")
PARSER = MarkdownIt("commonmark").enable("table")


def headings(text):
    """The level-2 headings of a Markdown text, as plain text, in order."""
    tokens = PARSER.parse(text)
    return [tokens[i + 1].content for i, token in enumerate(tokens) if token.type == "heading_open" and token.tag == "h2"]


def settings_of(package: Path):
    """(settings names read through plugin_settings, keys of module-level DEFAULTS dicts) of a package."""
    names, keys = set(), set()
    for module in sorted(package.glob("*.py")):
        tree = ast.parse(module.read_text(encoding="utf-8"))
        for node in tree.body:
            if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "DEFAULTS" for t in node.targets):
                if isinstance(node.value, ast.Dict):
                    keys.update(k.value for k in node.value.keys if isinstance(k, ast.Constant))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and getattr(node.func, "id", getattr(node.func, "attr", None)) == "plugin_settings":
                names.update(a.value for a in node.args if isinstance(a, ast.Constant) and isinstance(a.value, str))
    return names, keys


def missing(package: Path):
    """What the package's README lacks: its file, a heading, a settings name or a DEFAULTS key."""
    readme = package / "README.md"
    if not readme.is_file():
        return ["README.md"]
    text = readme.read_text(encoding="utf-8")
    found = [h.split(" (")[0].strip() for h in headings(text)]
    lacking = [f"## {h}" for h in HEADINGS if h not in found]
    names, keys = settings_of(package)
    lacking += [name for name in sorted(names) if f"`{name}" not in text]
    lacking += [f"`{key}`" for key in sorted(keys) if f"`{key}`" not in text]
    return lacking


def test_every_plugin_is_found():
    names = {p.name for p in PACKAGES}
    assert {"hub_core", "hub_events", "hub_feeds", "hub_frontmatter", "hub_site", "hub_import"} <= names


@pytest.mark.parametrize("package", PACKAGES, ids=lambda path: path.relative_to(ROOT).as_posix())
def test_the_readme_has_the_parts_and_names_every_setting(package):
    assert missing(package) == []


CODE = '''
from hub_core.settings import plugin_settings

DEFAULTS = {
    "max_items": 50,  # items per feed
    "horizon_days": 730,
}


def options(settings):
    return plugin_settings(settings, "HUB_THING", DEFAULTS)
'''
COMPLETE = """# `hub_thing`

## Fields read
`start`.

## Settings
`HUB_THING`: `max_items` (50), `horizon_days` (730).

## Context added (set in generate_context)
None.

## Files written
None.

## Signals
`get_generators`.

## Checks
None.
"""


@pytest.mark.parametrize(
    "readme, expected",
    [
        pytest.param(COMPLETE, [], id="complete"),
        pytest.param(None, ["README.md"], id="no-readme"),
        pytest.param(COMPLETE.replace(", `horizon_days` (730)", ""), ["`horizon_days`"], id="key-left-out"),
        pytest.param(COMPLETE.replace("`HUB_THING`", "HUB_THING"), ["HUB_THING"], id="settings-name-unquoted"),
        pytest.param(COMPLETE.replace("## Signals\n", "Signals\n"), ["## Signals"], id="heading-left-out"),
        pytest.param(COMPLETE.replace("## Files written", "### Files written"), ["## Files written"], id="heading-too-deep"),
        pytest.param(COMPLETE.replace("## Context added", "## Context variables"), ["## Context added"], id="other-heading"),
        pytest.param("```\n## Checks\n```\n" + COMPLETE.replace("## Checks\n", ""), ["## Checks"], id="heading-in-code"),
    ],
)
def test_the_check_itself(tmp_path, readme, expected):
    (tmp_path / "__init__.py").write_text("", encoding="utf-8")
    (tmp_path / "generator.py").write_text(CODE, encoding="utf-8")
    if readme is not None:
        (tmp_path / "README.md").write_text(readme, encoding="utf-8")
    assert missing(tmp_path) == expected
