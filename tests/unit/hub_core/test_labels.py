"""hub_core.labels: the content model's values named in the catalog, in French and English, and
written as the page's `_()` writes them."""

import re

import pytest
from jinja2 import Environment, pass_context

from hub_core import labels, model
from hub_core.i18n import TRANSLATIONS, load_catalogs, message_catalogs
from hub_site.i18n import Translations

MESSAGES = sorted(
    [("content type", value, message) for value, message in labels.CONTENT_TYPE_LABELS.items()]
    + [("country", code, message) for code, message in labels.COUNTRY_NAMES.items()]
)


def test_every_content_type_is_named():
    assert set(labels.CONTENT_TYPE_LABELS) == set(model.TYPES)


def test_countries_are_iso_codes():
    assert all(re.fullmatch(r"[A-Z]{2}", code) for code in labels.COUNTRY_NAMES)


@pytest.mark.parametrize(("table", "value", "message"), MESSAGES)
def test_each_label_exists_in_french_and_english(table, value, message):
    catalogs = message_catalogs()
    assert message and catalogs.has("fr", message)
    assert catalogs.has("en", message), f"{table} {value!r}: {message!r} has no English: run `make translations`, then translate"


@pass_context
def words(context, message, lang=None):
    return labels.in_page_words(context, message, lang)


@pytest.mark.parametrize(
    ("source", "context", "expected"),
    [
        pytest.param("{{ words('Carnet de route') }}", {}, "Carnet de route", id="french-page"),
        pytest.param("{{ words('Carnet de route') }}", {"lang": "en"}, "Trip report", id="english-page"),
        pytest.param("{{ words('Carnet de route', 'en') }}", {}, "Trip report", id="language-given"),
        pytest.param("{{ words('Carnet de route', 'fr') }}", {"lang": "en"}, "Carnet de route", id="french-on-english-page"),
        pytest.param("{{ words(\"Aucune publication pour l'instant.\") }}", {}, "Aucune publication pour l’instant.", id="typeset-as-gettext"),
    ],
)
def test_in_page_words_writes_as_the_pages_gettext(source, context, expected):
    env = Environment(autoescape=True, extensions=["jinja2.ext.i18n"])
    env.globals.update(Translations(load_catalogs(TRANSLATIONS), "fr").callables())
    env.globals["words"] = words
    assert env.from_string(source).render(**context) == expected
