"""The content model's labels on pages: hub_site's globals (content_type_label, country_name),
hub_resources' (resource_kind_label), hub_events' (event_format_label, event_status_label),
hub_missions' (mission_status_label); each label in French and English; no template with a
label table of its own."""

from pathlib import Path

import pytest
from jinja2 import Environment

from hub_core.i18n import message_catalogs
from hub_core.model import EVENT_STATUSES, FORMATS
from hub_events import labels as event_labels
from hub_events.facets import FORMATS as FORMAT_PAGES
from hub_missions import labels as mission_labels
from hub_resources.library import GLOBALS as RESOURCE_GLOBALS
from hub_site.filters import GLOBALS
from hub_site.i18n import Translations, load_catalogs

ROOT = Path(__file__).resolve().parents[3]
TEMPLATES = ROOT / "theme" / "templates"
TRANSLATIONS = ROOT / "theme" / "translations"


@pytest.fixture(scope="module")
def render():
    env = Environment(autoescape=True, extensions=["jinja2.ext.i18n"])
    env.globals.update(Translations(load_catalogs(TRANSLATIONS), "fr").callables())
    env.globals.update(GLOBALS | RESOURCE_GLOBALS | event_labels.GLOBALS | mission_labels.GLOBALS)
    env.newstyle_gettext = True
    return lambda source, **context: env.from_string(source).render(**context)


@pytest.mark.parametrize(
    ("source", "context", "expected"),
    [
        pytest.param("{{ content_type_label('report') }}", {}, "Carnet de route", id="type-french-page"),
        pytest.param("{{ content_type_label('report') }}", {"lang": "en"}, "Trip report", id="type-english-page"),
        pytest.param("{{ content_type_label('post', 'en') }}", {}, "Blog", id="type-language-given"),
        pytest.param("{{ content_type_label(none) }}", {}, "", id="type-none"),
        pytest.param("{{ content_type_label('recipe') }}", {}, "", id="type-unknown"),
        pytest.param("{{ country_name('US') }}", {}, "États-Unis", id="country-french"),
        pytest.param("{{ country_name('US', 'en') }}", {}, "United States", id="country-english"),
        pytest.param("{{ country_name('DE') }}", {"lang": "en"}, "Germany", id="country-english-page"),
        pytest.param("{{ country_name('JP', 'en') }}", {}, "JP", id="country-unknown-as-is"),
        pytest.param("{{ country_name('<b>') }}", {}, "&lt;b&gt;", id="country-unknown-escaped"),
        pytest.param("{{ resource_kind_label('slides') }}", {}, "Présentation", id="resource-one"),
        pytest.param("{{ resource_kind_label('video', several=true) }}", {}, "Vidéos", id="resource-several"),
        pytest.param("{{ resource_kind_label('recording', 'en', several=true) }}", {}, "Recordings", id="resource-english"),
        pytest.param("{{ resource_kind_label('slides') }}", {"lang": "en"}, "Slides", id="resource-english-page"),
        pytest.param("{{ resource_kind_label('podcast') }}", {}, "podcast", id="resource-unknown-as-is"),
        pytest.param("{{ event_format_label('hybrid') }}", {}, "Hybride", id="format-french"),
        pytest.param("{{ event_format_label('online', 'en') }}", {}, "Online", id="format-english"),
        pytest.param("{{ event_format_label(none) }}", {"lang": "en"}, "In person", id="format-none-in-person"),
        pytest.param("{{ event_status_label('cancelled') }}", {}, "Annulé", id="event-status-french"),
        pytest.param("{{ event_status_label('moved-online', 'en') }}", {}, "Now online", id="event-status-english"),
        pytest.param("{{ event_status_label('scheduled') }}", {}, "", id="event-status-scheduled"),
        pytest.param("{{ mission_status_label('past') }}", {}, "Terminée", id="mission-status-french"),
        pytest.param("{{ mission_status_label('current', 'en') }}", {}, "Under way", id="mission-status-english"),
        pytest.param("{{ mission_status_label(none) }}", {}, "", id="mission-status-none"),
    ],
)
def test_the_label_globals(render, source, context, expected):
    assert render(source, **context) == expected


def test_every_format_and_status_is_named():
    assert set(FORMAT_PAGES) == set(FORMATS)
    assert set(event_labels.STATUS_LABELS) == set(EVENT_STATUSES) - {"scheduled"}
    assert set(mission_labels.STATUS_LABELS) == {"upcoming", "current", "past"}


@pytest.mark.parametrize(
    ("table", "message"),
    sorted(
        [("event format", title) for _slug, title in FORMAT_PAGES.values()]
        + [("event status", message) for message in event_labels.STATUS_LABELS.values()]
        + [("mission status", message) for message in mission_labels.STATUS_LABELS.values()]
    ),
)
def test_each_label_exists_in_french_and_english(table, message):
    assert message_catalogs().has("en", message), f"{table}: {message!r} has no English: run `make translations`, then translate"


# --- no template keeps a table ----------------------------------------------------------------


def inline_tables(source: str) -> list[tuple[int, str]]:
    """(line, key) of every dict literal of a template (`{'event': _('Événement'), …}`): a table
    of labels belongs in Python, in the catalog (hub_core.labels, a plugin's own table)."""
    tokens = [token for token in Environment().lexer.tokenize(source) if token.type != "whitespace"]
    found = []
    for first, second, third in zip(tokens, tokens[1:], tokens[2:]):
        if first.type == "lbrace" and second.type in ("string", "name", "integer") and third.type == "colon":
            found.append((second.lineno, second.value))
    return found


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        pytest.param("{{ {'event': _('Événement', lang=l), 'post': _('Blogue')}.get(x, '') }}", [(1, "event")], id="dict-of-messages"),
        pytest.param("{% set networks = {'x': 'X'} %}", [(1, "x")], id="dict-of-words"),
        pytest.param("{% set n = {\n  \"CA\": 'Canada'} %}", [(2, "CA")], id="double-quotes-next-line"),
        pytest.param("{{ {key: 1}[key] }}", [(1, "key")], id="name-key"),
        pytest.param("{{ content_type_label(item.hub_type, item.lang) }}", [], id="global"),
        pytest.param("{{ x[1:2] }} {% if a %}{ 'b': c }{% endif %}", [], id="slice-and-html-text"),
        pytest.param("{{ {}|length }}", [], id="empty-dict"),
    ],
)
def test_what_counts_as_an_inline_table(source, expected):
    assert inline_tables(source) == expected


def test_no_template_defines_a_table():
    found = [
        f"{path.relative_to(TEMPLATES)}:{line}: {{{key!r}: …}}"
        for path in sorted(TEMPLATES.rglob("*"))
        if path.suffix in (".html", ".xsl")
        for line, key in inline_tables(path.read_text(encoding="utf-8"))
    ]
    assert not found, "a table of labels belongs in Python (hub_core.labels, the owning plugin's, with N_()):\n" + "\n".join(found)
