"""Every address of the site is spelled once, in hub_core/urls.py: no other module of plugins/
writes a string that starts with a page's folder (`"regions/…"`, `f"evenements/{…}"`,
`"en/events/…"`) or names a calendar file (`calendrier.ics`) or a data file (`repertoire.json`).
Docstrings may show examples; template names (`get_template("regions/region")`, hub_frontmatter's
TEMPLATES) and content folders (`events/…` under content/) are not addresses.

No template of theme/templates/ spells one either: they call hub_site's globals (`page_url`,
`key_url`, `own_calendar_url`, `data_file_url`, `folder`…). A template's string that starts with
a folder (`'regions/' ~ slug`), text that goes to one (`href="{{ SITEURL }}/repertoire/…"`), a
file name, or a bare French folder (`('type', 'blogue')`, a type feed's key) is refused; its
comments may show examples, and the names in `{% from "regions/_map.html" … %}` are templates.
The feeds' stylesheet is a template too (`feed.xsl`, rendered by hub_site).

Nor does a text file of theme/static/ (CSS, JavaScript, SVG…) outside its comments: a link in one
would not follow urls.py; what needs an address is a template, as feed.xsl."""

import ast
import re
from pathlib import Path

import pytest
from jinja2 import Environment

from hub_core import urls

ROOT = Path(__file__).resolve().parents[3]
PLUGINS = ROOT / "plugins"
CLI = ROOT / "cli"
TEMPLATES = ROOT / "theme" / "templates"
# module -> why its strings that look like addresses are something else
NOT_ADDRESSES = {
    "hub_frontmatter/reader.py": "template names (`missions/mission`)",
    "hub_frontmatter/revisions.py": "content folders (`missions/…/mission.md`)",
}
FOLDERS = sorted({french for french, _english in urls.PAGES.values() if french})
ENGLISH = sorted({"en/" + english for _french, english in urls.PAGES.values()})
FILES = sorted([*urls.CALENDAR_FILES.values(), *(name for _page, name in urls.DATA_FILES.values())])


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
    for path in sorted(PLUGINS.rglob("*.py")) + sorted(CLI.rglob("*.py")):
        name = path.relative_to(PLUGINS if path.is_relative_to(PLUGINS) else CLI).as_posix()
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


# --- templates ---------------------------------------------------------------------------

# A type feed's key is its page's French folder without the slash (`blogue`): one of these in a
# template is an address, unless it is also a page's name (`missions`, given to page_url).
BARE_FOLDERS = sorted({folder.rstrip("/") for folder, _english in urls.PAGES.values() if folder} - set(urls.PAGES))
# template -> {string: why it is not an address there}
NOT_ADDRESSES_IN_TEMPLATES = {
    "article.html": {"ressources": "the id of the resources section (`aria-labelledby`)"},
}
TEMPLATE_TAGS = {"extends", "include", "import", "from"}  # their strings name templates
MESSAGES = {"_", "gettext", "ngettext", "pgettext"}  # their strings are words of the catalog
PATHS = tuple(FOLDERS + ENGLISH)


def string_is_an_address(text: str) -> bool:
    return spells_an_address(text.removeprefix("/")) or text in BARE_FOLDERS


def lines_with_addresses(text: str) -> list:
    """(line offset, line) of HTML text that goes to an address: `/regions/…` at the start (after
    `{{ SITEURL }}`) or in an attribute (`href="/en/subscribe/"`), or that names a file of urls."""
    found = []
    for offset, line in enumerate(text.split("\n")):
        starts = (line, *(line[at + 1:] for at, char in enumerate(line) if char in "\"'= "))
        if any(part.startswith("/") and part[1:].startswith(PATHS) for part in starts) or any(name in line for name in FILES):
            found.append((offset, line.strip()))
    return found


def addresses_in_template(source: str) -> list:
    """(line, text) of every string or HTML text of a template that spells an address."""
    found = []
    tag = None  # the name of the {% tag %} being read
    depth = 0  # parentheses open
    message = None  # the depth of the `_(`… call being read, if any
    previous = None
    for token in Environment().lexer.tokenize(source):
        if token.type == "block_begin":
            tag = ""
        elif token.type == "block_end":
            tag = None
        elif token.type == "name" and tag == "":
            tag = token.value
        elif token.type == "lparen":
            depth += 1
            if message is None and previous is not None and previous.type == "name" and previous.value in MESSAGES:
                message = depth
        elif token.type == "rparen":
            message = None if message == depth else message
            depth -= 1
        elif token.type == "string":
            if tag not in TEMPLATE_TAGS and message is None and string_is_an_address(token.value):
                found.append((token.lineno, token.value))
        elif token.type == "data":
            found += [(token.lineno + offset, line) for offset, line in lines_with_addresses(token.value)]
        previous = token
    return found


def templates():
    for path in sorted(TEMPLATES.rglob("*")):
        if path.suffix in (".html", ".xsl"):
            yield path.relative_to(TEMPLATES).as_posix(), path


def test_the_feed_stylesheet_is_one_of_the_templates_read():
    assert "feed.xsl" in dict(templates())


def test_no_template_spells_an_address():
    found = [
        f"{name}:{line}: {text!r}"
        for name, path in templates()
        for line, text in addresses_in_template(path.read_text(encoding="utf-8"))
        if text not in NOT_ADDRESSES_IN_TEMPLATES.get(name, {})
    ]
    assert not found, "templates take addresses from hub_site's globals (page_url, key_url…):\n" + "\n".join(found)


def test_every_exception_of_a_template_is_still_in_it():
    for name, texts in NOT_ADDRESSES_IN_TEMPLATES.items():
        found = {text for _line, text in addresses_in_template((TEMPLATES / name).read_text(encoding="utf-8"))}
        assert set(texts) <= found, f"{name}: no more {sorted(set(texts) - found)}; remove it from NOT_ADDRESSES_IN_TEMPLATES"


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        pytest.param("{{ m.listing_href('regions/' ~ slug ~ '/', lang) }}", [(1, "regions/")], id="folder-string"),
        pytest.param("{{ x or ('evenements/' ~ slug ~ '.ics') }}", [(1, "evenements/")], id="folder-concatenated"),
        pytest.param("{% if not url.startswith('en/') %}x{% endif %}", [(1, "en/")], id="english-home"),
        pytest.param("{{ SITEURL }}/{{ '/recherche/' }}", [(1, "/recherche/")], id="rooted-string"),
        pytest.param("{% set f = feed_index[('type', 'blogue')] %}", [(1, "blogue")], id="type-feed-key"),
        pytest.param('<a href="{{ SITEURL }}/abonnements/">', [(1, "/abonnements/\">")], id="text-after-siteurl"),
        pytest.param('<a href="/en/subscribe/">x</a>', [(1, '<a href="/en/subscribe/">x</a>')], id="text-attribute"),
        pytest.param("<p>{{ a }}regions/calendrier.ics</p>", [(1, "regions/calendrier.ics</p>")], id="calendar-file"),
        pytest.param("<a>repertoire.json</a>", [(1, "<a>repertoire.json</a>")], id="data-file"),
        pytest.param('{{ x }}\n<link href="/regions/">\n<p>', [(2, '<link href="/regions/">')], id="line-of-text"),
        pytest.param("{#- /regions/<slug>/ : one region -#}<p>", [], id="comment"),
        pytest.param('{% from "regions/_map.html" import quebec_map with context %}', [], id="template-name"),
        pytest.param("{% extends 'missions/_base.html' %}", [], id="extends"),
        pytest.param("{{ _('blogue') }} {{ ngettext('chronique', 'chroniques', n) }}", [], id="message"),
        pytest.param("{{ m.page_href('missions', lang) }} {{ page_url('events', lang) }}", [], id="page-name"),
        pytest.param("{{ feed_index[('type', folder('blog'))] }}", [], id="folder-global"),
        pytest.param("<p>Nos missions/voyages, les régions</p>", [], id="prose"),
        pytest.param("{{ SITEURL ~ '/' ~ item.url }}", [], id="slash"),
    ],
)
def test_what_counts_as_an_address_in_a_template(source, expected):
    assert addresses_in_template(source) == expected


def test_the_template_globals_give_the_addresses_of_urls():
    from hub_site.filters import GLOBALS

    environment = Environment()
    environment.globals.update(GLOBALS)
    source = (
        "{{ page_url('events', 'en') }} {{ key_url('regions', 'gaspesie') }} {{ calendar_url('regions', 'gaspesie', 'en') }}"
        " {{ own_calendar_url('events', 'atelier') }} {{ data_file_url('directory_json') }} {{ folder('blog') }}"
        " {{ listing_url('evenements/region/gaspesie/', 'en') }}"
    )
    assert environment.from_string(source).render().split() == [
        "en/events/", "regions/gaspesie/", "en/regions/gaspesie/calendar.ics",
        "evenements/atelier.ics", "repertoire/repertoire.json", "blogue",
        "en/events/region/gaspesie/",
    ]


def test_every_address_is_spelled_once_in_the_pages_table():
    french = [pair[0] for name, pair in urls.PAGES.items() if name != "home"]
    english = [pair[1] for name, pair in urls.PAGES.items() if name != "home"]
    assert len(set(french)) == len(french) and len(set(english)) == len(english)


# --- the theme's static files -------------------------------------------------------------

STATIC = ROOT / "theme" / "static"
TEXT_FILES = {".css", ".js", ".mjs", ".svg", ".xsl", ".xml", ".html", ".txt", ".json", ".webmanifest"}
# CSS and JavaScript block comments, XML comments, JavaScript line comments (not `https://`)
COMMENTS = re.compile(r"/\*.*?\*/|<!--.*?-->|(?<![:\w\"'\\])//[^\n]*", re.S)


def without_comments(text: str) -> str:
    """`text` with its comments blanked, each line where it was (comments may show examples)."""
    return COMMENTS.sub(lambda match: "\n" * match.group().count("\n"), text)


def addresses_in_static(text: str) -> list:
    """(line, text) of every line of a static file that spells an address outside its comments."""
    return [(offset + 1, line) for offset, line in lines_with_addresses(without_comments(text))]


def static_files():
    for path in sorted(STATIC.rglob("*")):
        if path.is_file() and path.suffix in TEXT_FILES:
            yield path.relative_to(STATIC).as_posix(), path


def test_the_theme_has_static_text_files_to_read():
    assert {"css/site.css", "js/search.js"} <= dict(static_files()).keys()


def test_no_static_file_of_the_theme_spells_an_address():
    found = [
        f"theme/static/{name}:{line}: {text!r}"
        for name, path in static_files()
        for line, text in addresses_in_static(path.read_text(encoding="utf-8"))
    ]
    assert not found, "a static file that needs an address becomes a template (as feed.xsl):\n" + "\n".join(found)


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        pytest.param('<li><a href="/abonnements/">Tous les fils</a></li>', [(1, '<li><a href="/abonnements/">Tous les fils</a></li>')], id="xsl-link"),
        pytest.param('x\nlocation.href = "/en/subscribe/";', [(2, 'location.href = "/en/subscribe/";')], id="js-string"),
        pytest.param("fetch('/repertoire/repertoire.json')", [(1, "fetch('/repertoire/repertoire.json')")], id="data-file"),
        pytest.param("/* /abonnements/ */\n.a { color: red }", [], id="css-comment"),
        pytest.param("/* The map of\n   /regions/ */\nb", [], id="comment-over-lines"),
        pytest.param("<!-- links to /abonnements/ -->", [], id="xml-comment"),
        pytest.param("const x = 1; // see /recherche/", [], id="js-line-comment"),
        pytest.param('import("https://example.org/regions/x.js")', [], id="absolute-url"),
        pytest.param('import("/pagefind/pagefind.js")', [], id="not-a-page"),
    ],
)
def test_what_counts_as_an_address_in_a_static_file(source, expected):
    assert addresses_in_static(source) == expected
