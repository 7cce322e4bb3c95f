"""hub_core.i18n: the tools' messages (problems, `hub`, the build) in the theme's catalog."""

import pytest

from hub_core.i18n import N_, message_catalogs, ngettext, words

WORDS = [
    ("fr", "Fichier créé : content/events/a.md"),
    ("en", "File created: content/events/a.md"),
    ("es", "Fichier créé : content/events/a.md"),  # a language without a catalog: the French source
]


@pytest.mark.parametrize("lang, expected", WORDS)
def test_words_are_the_catalogs_in_the_language_asked(lang, expected):
    assert words(lang, N_("Fichier créé : %(path)s"), path="content/events/a.md") == expected


def test_a_variable_may_be_named_like_a_parameter():
    assert words("en", N_("avertissement : %(message)s"), message="x") == "warning: x"


COUNTS = [
    ("fr", 0, "0 erreur"),
    ("fr", 1, "1 erreur"),
    ("fr", 2, "2 erreurs"),
    ("en", 0, "0 errors"),
    ("en", 1, "1 error"),
    ("en", 2, "2 errors"),
]


@pytest.mark.parametrize("lang, number, expected", COUNTS)
def test_ngettext_follows_each_languages_plural_rule(lang, number, expected):
    """French says the singular for 0 and 1; English for 1 only (the catalog's Plural-Forms)."""
    assert ngettext("%(num)d erreur", "%(num)d erreurs", number, lang=lang) == expected


def test_the_catalogs_are_read_once():
    assert message_catalogs() is message_catalogs()
