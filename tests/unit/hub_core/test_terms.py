"""hub_core.terms: content/data/translations.yml, the English names of categories and columns."""

import pytest

from hub_core import terms

GOOD = """\
categories:
  Réseautage: Networking
  Vie associative: Community life
columns:
  Chronique numérique: Digital column
"""


def write(tmp_path, text):
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "translations.yml").write_text(text, encoding="utf-8")
    return tmp_path


def test_no_file_no_translation(tmp_path):
    found, problems = terms.load(tmp_path)
    assert problems == []
    assert found.name_in("categories", "Réseautage", "en") == "Réseautage"
    assert found.language_of("categories", "Réseautage", "en") == "fr"


@pytest.mark.parametrize(
    "kind, name, lang, shown, language",
    [
        pytest.param("categories", "Réseautage", "en", "Networking", "en", id="english"),
        pytest.param("categories", "réseautage", "en", "Networking", "en", id="case-insensitive"),
        pytest.param("categories", "Reseautage", "en", "Networking", "en", id="accents-folded"),
        pytest.param("categories", "Réseautage", "fr", "Réseautage", "fr", id="french-page"),
        pytest.param("categories", "Santé", "en", "Santé", "fr", id="untranslated-stays-french"),
        pytest.param("columns", "Chronique numérique", "en", "Digital column", "en", id="column"),
        pytest.param("columns", "Réseautage", "en", "Réseautage", "fr", id="kinds-apart"),
    ],
)
def test_name_in(tmp_path, kind, name, lang, shown, language):
    found, problems = terms.load(write(tmp_path, GOOD))
    assert problems == []
    assert found.name_in(kind, name, lang) == shown
    assert found.language_of(kind, name, lang) == language


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("- Réseautage\n", [(1, "", "expected_mapping")], id="a-list"),
        pytest.param("categories:\n  - Réseautage\n", [(1, "categories", "expected_mapping")], id="categories-a-list"),
        pytest.param("categories:\n  Réseautage:\n", [(2, "categories.Réseautage", "empty")], id="empty-translation"),
        pytest.param("categories:\n  Réseautage: [a, b]\n", [(2, "categories.Réseautage", "expected_text_not_list")], id="list-translation"),
        pytest.param("themes:\n  Réseautage: Networking\n", [(1, "themes", "unknown_term_kind")], id="unknown-list"),
        pytest.param("categories:\n  Réseautage: Networking\n  Réseautage: Other\n", [(3, None, "duplicate_key")], id="duplicate"),
        pytest.param("categories: [\n", [(None, "", "yaml_syntax")], id="yaml-syntax"),
    ],
)
def test_problems_at_their_line(tmp_path, text, expected):
    _found, problems = terms.load(write(tmp_path, text))
    got = [(p.line, p.field, p.code) for p in problems]
    assert len(got) == len(expected)
    for (line, field, code), (want_line, want_field, want_code) in zip(got, expected, strict=True):
        assert code == want_code
        assert want_line is None or line == want_line
        assert want_field is None or field == want_field
    for problem in problems:
        assert problem.render("fr") and problem.render("en")
        assert str(problem.path).endswith("data/translations.yml")


def test_the_site_carries_the_terms_and_their_problems(tmp_path):
    """What `hub check` and the build report: site_from_settings adds the file's problems."""
    from hub_core.site import site_from_settings

    write(tmp_path, "categories:\n  Réseautage: Networking\n  Santé:\n")
    site, problems = site_from_settings({"PATH": str(tmp_path)})
    assert site.terms.name_in("categories", "Réseautage", "en") == "Networking"
    assert [(p.line, p.code) for p in problems] == [(3, "empty")]
