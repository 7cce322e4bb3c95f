"""Broken front matter is reported where the editor must look: the line of the
unclosed quote, the bad indent, the tab, the line without its colon, the
misspelled required field; the field it belongs to; a message in French or in
English, never PyYAML's English inside a French message."""

import pytest
import yaml

from hub_core import yaml_errors
from hub_core.items import read_item


def event(*lines):
    """An event whose front matter is `lines` (file line 2 onward), body after."""
    return "---\n" + "".join(line + "\n" for line in lines) + "---\nTexte.\n"


GOOD = ("date: 2026-09-01", "start: 2026-10-07 18:00", "venue:", "  name: Salle Desjardins", "  city: Rimouski")

# (front matter lines from file line 2, line, field, French message, English message)
BROKEN = [
    pytest.param(
        ('title: "Dîner réseautage', *GOOD), 2, "title",
        "YAML invalide : la valeur s'ouvre par \" sur cette ligne et ce guillemet n'est jamais fermé ; ajoutez \" à la fin de la valeur",
        "invalid YAML: the value opens with \" on this line and the quote is never closed; add \" at the end of the value",
        id="unclosed-double-quote",
    ),
    pytest.param(
        ('title: "Dîner réseautage', "date: 2026-09-01", 'summary: "Un dîner."', "start: 2026-10-07 18:00"), 2, "title",
        "YAML invalide : la valeur s'ouvre par \" sur cette ligne et ce guillemet n'est jamais fermé ; ajoutez \" à la fin de la valeur",
        "invalid YAML: the value opens with \" on this line and the quote is never closed; add \" at the end of the value",
        id="unclosed-double-quote-before-a-quoted-value",
    ),
    pytest.param(
        ("title: Dîner", "summary: 'Le dîner de Rimouski", *GOOD), 3, "summary",
        "YAML invalide : la valeur s'ouvre par ' sur cette ligne et ce guillemet n'est jamais fermé ; ajoutez ' à la fin de la valeur",
        "invalid YAML: the value opens with ' on this line and the quote is never closed; add ' at the end of the value",
        id="unclosed-single-quote",
    ),
    pytest.param(
        ("title: Dîner", "summary: 'L'été à Rimouski'", *GOOD), 3, "summary",
        "YAML invalide : la valeur entre guillemets se termine avant la fin de la ligne ; dans une valeur entre apostrophes, "
        "doublez l'apostrophe ('') ou mettez toute la valeur entre guillemets droits \"…\"",
        "invalid YAML: the quoted value ends before the end of the line; inside a value in apostrophes, "
        "double the apostrophe ('') or put the whole value in double quotes \"…\"",
        id="apostrophe-inside-single-quotes",
    ),
    pytest.param(
        ("title: Dîner", *GOOD[:4], "   city: Rimouski"), 7, "venue",
        "YAML invalide : indentation incorrecte : alignez ce champ sur les autres champs du même niveau (avec des espaces)",
        "invalid YAML: wrong indentation: align this field with the other fields of the same level (with spaces)",
        id="indent-too-deep",
    ),
    pytest.param(
        ("title: Dîner", *GOOD[:4], " city: Rimouski"), 7, "venue",
        "YAML invalide : indentation incorrecte : alignez ce champ sur les autres champs du même niveau (avec des espaces)",
        "invalid YAML: wrong indentation: align this field with the other fields of the same level (with spaces)",
        id="indent-too-shallow",
    ),
    pytest.param(
        ("title: Dîner", *GOOD[:3], "\tname: Salle Desjardins", "\tcity: Rimouski"), 6, "venue",
        "YAML invalide : une tabulation ; indentez avec des espaces",
        "invalid YAML: a tab character; indent with spaces",
        id="tab-indent",
    ),
    pytest.param(
        ("title: Dîner", *GOOD[:4], "\tcity: Rimouski"), 7, "venue",
        "YAML invalide : une tabulation ; indentez avec des espaces",
        "invalid YAML: a tab character; indent with spaces",
        id="tab-after-spaces",
    ),
    pytest.param(
        ("title: Dîner", "date: 2026-09-01", "start 2026-10-07 18:00", *GOOD[2:]), 4, "start",
        "YAML invalide : il manque « : » après le nom du champ ; écrivez « nom: valeur »",
        "invalid YAML: a ':' is missing after the field name; write 'name: value'",
        id="missing-colon",
    ),
    pytest.param(
        ("title: Dîner", *GOOD[:3], "  name Salle Desjardins", "  city: Rimouski"), 6, "venue",
        "YAML invalide : il manque « : » après le nom du champ ; écrivez « nom: valeur »",
        "invalid YAML: a ':' is missing after the field name; write 'name: value'",
        id="missing-colon-in-a-sub-field",
    ),
    pytest.param(
        ("title: Dîner : Rimouski, le retour", *GOOD), 2, "title",
        "YAML invalide : un « : » dans une valeur ; mettez la valeur entre guillemets",
        "invalid YAML: a ':' inside a value; put the value in quotes",
        id="colon-in-a-value",
    ),
    pytest.param(
        ("title: Dîner", "tags: [réseautage, Rimouski", *GOOD), 3, "tags",
        "YAML invalide : le crochet « [ » ouvert sur cette ligne n'est jamais fermé ; terminez la liste par « ] » sur la même ligne",
        "invalid YAML: the bracket '[' opened on this line is never closed; end the list with ']' on the same line",
        id="unclosed-bracket",
    ),
    pytest.param(
        ("title: Dîner", "summary: @Rimouski en fête", *GOOD), 3, "summary",
        "YAML invalide : une valeur ne peut pas commencer par « @ » ; mettez la valeur entre guillemets",
        "invalid YAML: a value cannot start with '@'; put the value in quotes",
        id="reserved-character",
    ),
    pytest.param(
        ("date: 2026-09-01", "titel: Dîner", *GOOD[1:]), 3, "title",
        "champ obligatoire manquant ; « titel » (ligne 3) est-il une faute de frappe pour « title » ?",
        "required field is missing; is 'titel' (line 3) a typo for 'title'?",
        id="misspelled-required-field",
    ),
    pytest.param(
        ("title: Dîner", "date: 2026-09-01", "start: 2026-10-07 18:00", "venue:", "  nmae: Salle Desjardins", "  city: Rimouski"), 6, "venue.name",
        "champ obligatoire manquant ; « nmae » (ligne 6) est-il une faute de frappe pour « name » ?",
        "required field is missing; is 'nmae' (line 6) a typo for 'name'?",
        id="misspelled-required-sub-field",
    ),
]


@pytest.mark.parametrize("lines, line, field, french, english", BROKEN)
def test_broken_front_matter_is_reported_where_the_editor_must_look(site, lines, line, field, french, english):
    item = read_item("events/diner.md", event(*lines), site)
    errors = [p for p in item.problems if p.is_error]
    assert len(errors) == 1, [p.render() for p in item.problems]
    assert [p.is_error for p in item.problems] == [True], "no extra warning (the typo is not also an unknown field)"
    assert errors[0].render("fr") == f"content/events/diner.md:{line}: {field}: {french}"
    assert errors[0].render("en") == f"content/events/diner.md:{line}: {field}: {english}"


@pytest.mark.parametrize("lines", [case.values[0] for case in BROKEN[:-2]], ids=[case.id for case in BROKEN[:-2]])
def test_no_english_from_pyyaml_in_a_french_message(site, lines):
    (problem,) = read_item("events/diner.md", event(*lines), site).problems
    french = problem.message("fr")
    for english in ("found", "expected", "while", "mapping", "scanning", "stream", "token"):
        assert english not in french


def test_an_unknown_problem_gets_the_generic_message_in_french_and_pyyaml_s_words_in_english():
    error = yaml.MarkedYAMLError(problem="found something new", problem_mark=yaml.Mark("x", 0, 1, 0, None, None))
    index, params = yaml_errors.explain(error, "title: A\nsummary: B\n")
    assert index == 1 and params["key"] == "summary"
    assert "found" not in params["detail"] and params["detail"].startswith("la syntaxe n'est pas valide à cette ligne")
    assert "(found something new)" in params["detail_en"]


@pytest.mark.parametrize(
    "text, index, field",
    [
        ("title: A\nvenue:\n  name: B\n  city: C\n", 3, "venue"),
        ("title: A\nvenue:\n  name: B\n", 0, "title"),
        ("  indented: A\n", 0, ""),
        ("- name: Nantes\n  country: FR\n", 1, ""),  # places.yml: a list, no field
        ("# comment\ntitle: A\n", 0, ""),
    ],
)
def test_the_field_is_the_top_level_key_on_or_above_the_line(text, index, field):
    assert yaml_errors.field_at(text.splitlines(), index) == field
