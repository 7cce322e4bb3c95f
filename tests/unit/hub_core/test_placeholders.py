"""hub_core.placeholders: a « À compléter » left by `hub new` is an error in a
published file (the build and the commit hook stop), a warning in a draft, and
a warning in the preview."""

import pytest

from hub_core.check import check_tree
from hub_core.items import read_item
from hub_core.placeholders import PLACEHOLDER, for_preview, placeholder_problems


def document(*lines, body="Texte."):
    return "---\n" + "".join(line + "\n" for line in lines) + "---\n" + body + "\n"


CHRONICLE = (
    "title: Chronique",  # 2
    "date: 2026-09-01",  # 3
    f"column: {PLACEHOLDER}",  # 4
    f"authors: [Marie, {PLACEHOLDER}]",  # 5
)
BODY = f"Premier paragraphe.\n\n{PLACEHOLDER} : la suite."  # body from line 7


def found(problems):
    return [(p.line, p.field, p.code, p.severity) for p in problems]


@pytest.mark.parametrize(
    "extra, expected",
    [
        ((), [
            (4, "column", "placeholder_left", "error"),
            (5, "authors[2]", "placeholder_left", "error"),
            (9, "", "placeholder_left", "error"),
        ]),
        (("status: published",), [
            (4, "column", "placeholder_left", "error"),
            (5, "authors[2]", "placeholder_left", "error"),
            (10, "", "placeholder_left", "error"),
        ]),
        (("status: draft",), [
            (4, "column", "placeholder_left_draft", "warning"),
            (5, "authors[2]", "placeholder_left_draft", "warning"),
            (10, "", "placeholder_left_draft", "warning"),
        ]),
    ],
    ids=["published", "status-published", "draft"],
)
def test_placeholders_in_fields_lists_and_body(site, extra, expected):
    item = read_item("chronicles/a.md", document(*CHRONICLE, *extra, body=BODY), site)
    assert found(placeholder_problems(item)) == expected
    assert found(p for p in item.problems if p.code.startswith("placeholder")) == expected


@pytest.mark.parametrize(
    "text",
    [
        document("title: Chronique du « À compléter »", "date: 2026-09-01", "column: IA en région"),  # inside a value
        document("title: Chronique", "date: 2026-09-01", "column: IA en région", body=f"Le mot {PLACEHOLDER} au milieu."),
        document("title: Chronique", "date: 2026-09-01", "column: IA en région", "authors: [Marie]"),
    ],
    ids=["in-a-title", "in-a-sentence", "none"],
)
def test_only_a_whole_value_or_a_line_start_is_a_placeholder(site, text):
    assert placeholder_problems(read_item("chronicles/a.md", text, site)) == []


def test_the_preview_makes_them_warnings_and_keeps_other_errors(site):
    text = document(*CHRONICLE, "strat: 2026-10-07", body=BODY)
    item = read_item("chronicles/a.md", text, site)
    preview = for_preview(item.problems)
    assert [p.severity for p in preview if p.code == "placeholder_left"] == ["warning"] * 3
    assert [p for p in preview if p.code != "placeholder_left"] == [p for p in item.problems if p.code != "placeholder_left"]


def test_check_tree_stops_on_a_published_placeholder_without_now(write_tree):
    """What the build and `check_tree` (hub check's library) find: no "now" needed."""
    root = write_tree({"chronicles/a.md": document(*CHRONICLE, body=BODY), "chronicles/b.md": document(*CHRONICLE, "status: draft", "slug: b")})
    _items, problems = check_tree(root)
    assert [(p.path, p.line, p.is_error) for p in problems] == [
        ("content/chronicles/a.md", 4, True),
        ("content/chronicles/a.md", 5, True),
        ("content/chronicles/a.md", 9, True),
        ("content/chronicles/b.md", 4, False),
        ("content/chronicles/b.md", 5, False),
    ]
    assert problems[0].render("fr") == (
        "content/chronicles/a.md:4: column: « À compléter » est à remplacer par la vraie valeur avant publication"
        " (ou gardez le fichier en brouillon : status: draft)"
    )
    assert problems[3].render("en") == (
        "content/chronicles/b.md:4: column: warning: 'À compléter' is a placeholder: replace it with the real value"
        " before publishing this draft"
    )
