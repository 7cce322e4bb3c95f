"""Every address of the site is spelled once, in hub_core/urls.py: no other module of plugins/
writes a string that starts with a page's folder (`"regions/…"`, `f"evenements/{…}"`,
`"en/events/…"`) or names a calendar file (`calendrier.ics`). Docstrings may show examples;
template names (`get_template("regions/region")`, hub_frontmatter's TEMPLATES) and content
folders (`events/…` under content/) are not addresses."""

import ast
from pathlib import Path

import pytest

from hub_core import urls

PLUGINS = Path(__file__).resolve().parents[3] / "plugins"
# module -> why its strings that look like addresses are something else
NOT_ADDRESSES = {
    "hub_frontmatter/reader.py": "template names (`missions/mission`)",
    "hub_frontmatter/revisions.py": "content folders (`missions/…/mission.md`)",
}
FOLDERS = sorted({french for french, _english in urls.PAGES.values() if french})
ENGLISH = sorted({"en/" + english for _french, english in urls.PAGES.values()})
FILES = sorted(urls.CALENDAR_FILES.values())


def spells_an_address(text: str) -> bool:
    return text.startswith(tuple(FOLDERS + ENGLISH)) or any(name in text for name in FILES)


def docstrings(tree) -> set:
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                found.add(id(first.value))
    return found


def template_names(tree) -> set:
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and getattr(node.func, "attr", None) == "get_template":
            found.update(id(arg) for arg in node.args)
    return found


def strings(tree):
    """(line, text) of every string literal; an f-string's literal start (`f"regions/{slug}/"` -> `regions/`)."""
    skipped = docstrings(tree) | template_names(tree)
    for node in ast.walk(tree):
        if id(node) in skipped:
            continue
        if isinstance(node, ast.JoinedStr) and node.values and isinstance(node.values[0], ast.Constant):
            skipped.add(id(node.values[0]))
            yield node.lineno, node.values[0].value
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            yield node.lineno, node.value


def addresses_in(source: str) -> list:
    return [(line, text) for line, text in strings(ast.parse(source)) if spells_an_address(text)]


def modules():
    for path in sorted(PLUGINS.rglob("*.py")):
        name = path.relative_to(PLUGINS).as_posix()
        if name != "hub_core/urls.py" and name not in NOT_ADDRESSES:
            yield name, path


def test_no_module_but_urls_spells_an_address():
    found = [f"{name}:{line}: {text!r}" for name, path in modules() for line, text in addresses_in(path.read_text(encoding="utf-8"))]
    assert not found, "addresses belong in hub_core/urls.py (page_url, key_url, calendar_url):\n" + "\n".join(found)


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        pytest.param('URL = "regions/{slug}/"', [(1, "regions/{slug}/")], id="constant"),
        pytest.param('url = f"evenements/{kind}/{slug}/"', [(1, "evenements/")], id="f-string"),
        pytest.param('PATH = "en/directory/x/"', [(1, "en/directory/x/")], id="english"),
        pytest.param('NAME = "ville/calendrier.ics"', [(1, "ville/calendrier.ics")], id="calendar-file"),
        pytest.param('def f():\n    """Writes `regions/gaspesie/`."""\n', [], id="docstring"),
        pytest.param('t = self.get_template("regions/region")', [], id="template-name"),
        pytest.param('x = key_url("regions", slug)', [], id="page-name"),
        pytest.param('x = "events/event"', [], id="english-segment-without-en"),
    ],
)
def test_what_counts_as_an_address(source, expected):
    assert addresses_in(source) == expected


def test_every_address_is_spelled_once_in_the_pages_table():
    french = [pair[0] for name, pair in urls.PAGES.items() if name != "home"]
    english = [pair[1] for name, pair in urls.PAGES.items() if name != "home"]
    assert len(set(french)) == len(french) and len(set(english)) == len(english)
