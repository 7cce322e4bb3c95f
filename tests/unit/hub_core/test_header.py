"""hub_core.header: splitting a file, loading YAML without YAML 1.1's
implicit typing, line numbers of keys, and problems reported (never raised)."""

import pytest

from hub_core.header import FrontMatter, load_yaml, parse, split


def document(*lines, body="Texte.\n"):
    """A file: `---`, the given front matter lines, `---`, then the body."""
    return "---\n" + "".join(line + "\n" for line in lines) + "---\n" + body


# --- split --------------------------------------------------------------------

SPLIT_GOOD = [
    pytest.param("---\ntitle: A\n---\nBody\n", "title: A\n", "Body\n", 4, id="lf"),
    pytest.param("---\r\ntitle: A\r\n---\r\nBody\r\n", "title: A\r\n", "Body\r\n", 4, id="crlf"),
    pytest.param("\ufeff---\ntitle: A\n---\nBody\n", "title: A\n", "Body\n", 4, id="bom"),
    pytest.param("---\ntitle: A\n...\nBody\n", "title: A\n", "Body\n", 4, id="dots-closing"),
    pytest.param("---  \ntitle: A\n--- \t\nBody\n", "title: A\n", "Body\n", 4, id="trailing-blanks-on-delimiters"),
    pytest.param("---\ntitle: A\n---\n", "title: A\n", "", 4, id="empty-body"),
    pytest.param("---\ntitle: A\n---", "title: A\n", "", 4, id="no-final-newline"),
    pytest.param("---\n---\nBody\n", "", "Body\n", 3, id="empty-front-matter"),
    pytest.param(
        "---\ntitle: A\ndate: 2026-01-01\n---\nIntro\n\n---\n\nSuite\n",
        "title: A\ndate: 2026-01-01\n",
        "Intro\n\n---\n\nSuite\n",
        5,
        id="horizontal-rule-in-body-is-body",
    ),
]


@pytest.mark.parametrize("text, yaml_text, body, body_line", SPLIT_GOOD)
def test_split_good(text, yaml_text, body, body_line):
    assert split(text) == (yaml_text, body, body_line)


SPLIT_BAD = [
    pytest.param("", "no_front_matter", id="empty-file"),
    pytest.param("title: A\n\nBody\n", "no_front_matter", id="no-delimiters"),
    pytest.param("Intro\n---\ntitle: A\n---\n", "no_front_matter", id="text-before-opening"),
    pytest.param("----\ntitle: A\n----\n", "no_front_matter", id="four-dashes"),
    pytest.param("\n---\ntitle: A\n---\n", "no_front_matter", id="blank-line-before-opening"),
    pytest.param("---\ntitle: A\n\nBody\n", "unclosed_front_matter", id="unclosed"),
    pytest.param("---\n", "unclosed_front_matter", id="opening-only"),
    pytest.param("---\ntitle: A\n-- \nBody\n", "unclosed_front_matter", id="two-dashes-do-not-close"),
]


@pytest.mark.parametrize("text, code", SPLIT_BAD)
def test_split_bad(text, code):
    with pytest.raises(ValueError) as caught:
        split(text)
    assert str(caught.value) == code


@pytest.mark.parametrize("text, code", SPLIT_BAD)
def test_parse_bad_split_is_one_problem_on_line_1(text, code):
    result = parse(text)
    assert result.problems == [(1, code, {})]
    assert result.data == {}


@pytest.mark.parametrize(
    "text, body, body_line",
    [
        pytest.param("---\ntitle: A\n---\nBody\n", "Body\n", 4, id="lf"),
        pytest.param("---\r\ntitle: A\r\n---\r\nBody\r\n", "Body\r\n", 4, id="crlf"),
        pytest.param("\ufeff---\ntitle: A\ndate: x\n...\nBody\n", "Body\n", 5, id="bom-and-dots"),
    ],
)
def test_parse_good_gives_data_body_and_body_line(text, body, body_line):
    result = parse(text)
    assert result.problems == []
    assert result.data["title"] == "A"
    assert (result.body, result.body_line) == (body, body_line)


def test_parse_empty_front_matter_is_empty_data_without_problem():
    result = parse("---\n---\nBody\n")
    assert (result.data, result.problems, result.body) == ({}, [], "Body\n")


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(document("- a", "- b"), id="list"),
        pytest.param(document("juste du texte"), id="scalar"),
    ],
)
def test_front_matter_that_is_not_a_mapping(text):
    result = parse(text)
    assert result.problems == [(2, "not_a_mapping", {})]
    assert result.data == {}


# --- YAML 1.1 traps: every plain scalar stays the text written -------------------

TRAPS = [
    pytest.param("18:00", "18:00", id="sexagesimal-time-not-1080"),
    pytest.param("1:30", "1:30", id="short-sexagesimal"),
    pytest.param("no", "no", id="no"),
    pytest.param("yes", "yes", id="yes"),
    pytest.param("on", "on", id="on"),
    pytest.param("off", "off", id="off"),
    pytest.param("NO", "NO", id="norway"),
    pytest.param("Yes", "Yes", id="Yes"),
    pytest.param("true", "true", id="true"),
    pytest.param("False", "False", id="False"),
    pytest.param("2026-12-04 09:00", "2026-12-04 09:00", id="timestamp-not-datetime"),
    pytest.param("2026-12-04T09:00:00Z", "2026-12-04T09:00:00Z", id="timestamp-with-z"),
    pytest.param("2026-12-04", "2026-12-04", id="date-not-date-object"),
    pytest.param("007", "007", id="leading-zeros"),
    pytest.param("1e3", "1e3", id="exponent"),
    pytest.param("0x1F", "0x1F", id="hexadecimal"),
    pytest.param("0o17", "0o17", id="octal"),
    pytest.param("1_000", "1_000", id="underscore-number"),
    pytest.param("3.50", "3.50", id="decimal-keeps-trailing-zero"),
    pytest.param("25,50", "25,50", id="decimal-comma"),
    pytest.param(".inf", ".inf", id="infinity"),
    pytest.param(".nan", ".nan", id="nan"),
    pytest.param("none", "none", id="none-is-not-null"),
    pytest.param("nULL", "nULL", id="odd-case-null-is-text"),
    pytest.param('"18:00"', "18:00", id="quoted-stays-text"),
    pytest.param("'no'", "no", id="single-quoted"),
]


@pytest.mark.parametrize("written, expected", TRAPS)
def test_plain_scalars_stay_text(written, expected):
    result = parse(document(f"value: {written}"))
    assert result.problems == []
    assert result.data == {"value": expected}
    assert type(result.data["value"]) is str


@pytest.mark.parametrize(
    "written", [pytest.param(w, id=w or "nothing") for w in ("", "~", "null", "Null", "NULL")]
)
def test_null_forms_give_none(written):
    result = parse(document(f"value: {written}".rstrip()))
    assert result.data == {"value": None}


def test_traps_inside_lists_and_mappings_stay_text():
    result = parse(
        document(
            "languages: [fr, no]",
            "venue:",
            "  country: NO",
            "program:",
            "  - start: 18:00",
            "    end: 19:30",
        )
    )
    assert result.data == {
        "languages": ["fr", "no"],
        "venue": {"country": "NO"},
        "program": [{"start": "18:00", "end": "19:30"}],
    }


def test_python_tags_are_refused_not_executed():
    result = parse(document("title: !!python/object/apply:os.system [echo hi]"))
    assert result.data == {}
    assert [(line, code) for line, code, _ in result.problems] == [(2, "yaml_syntax")]


# --- Line numbers ------------------------------------------------------------------

LINES_DOCUMENT = document(
    "title: Atelier",  # 2
    "venue:",  # 3
    "  name: Salle",  # 4
    "  city: Rimouski",  # 5
    "program:",  # 6
    '  - start: "18:00"',  # 7
    "    title: Accueil",  # 8
    "  - start: 19:00",  # 9
    "",  # 10
    "    title: Conférence",  # 11
    "tags: [a, b]",  # 12
    "authors:",  # 13
    "  - Marie",  # 14
    "  - Luc",  # 15
)

LINES = [
    pytest.param(("title",), 2, id="title"),
    pytest.param(("venue",), 3, id="venue"),
    pytest.param(("venue", "name"), 4, id="venue.name"),
    pytest.param(("venue", "city"), 5, id="venue.city"),
    pytest.param(("program",), 6, id="program"),
    pytest.param(("program", 0), 7, id="program[1]"),
    pytest.param(("program", 0, "start"), 7, id="program[1].start"),
    pytest.param(("program", 0, "title"), 8, id="program[1].title"),
    pytest.param(("program", 1), 9, id="program[2]"),
    pytest.param(("program", 1, "title"), 11, id="program[2].title-after-blank-line"),
    pytest.param(("tags",), 12, id="tags"),
    pytest.param(("tags", 1), 12, id="flow-list-item"),
    pytest.param(("authors", 0), 14, id="block-list-item-1"),
    pytest.param(("authors", 1), 15, id="block-list-item-2"),
]


@pytest.mark.parametrize("keypath, line", LINES)
def test_line_of_every_key(keypath, line):
    result = parse(LINES_DOCUMENT)
    assert result.problems == []
    assert result.lines[keypath] == line
    assert result.line_of(keypath) == line


@pytest.mark.parametrize(
    "keypath, line",
    [
        pytest.param(("venue", "postal_code"), 3, id="missing-sub-key-gives-parent"),
        pytest.param(("program", 1, "end"), 9, id="missing-key-of-list-item"),
        pytest.param(("program", 5, "start"), 6, id="missing-list-item-gives-list"),
        pytest.param(("start",), 1, id="missing-top-key-gives-line-1"),
        pytest.param((), 1, id="empty-path"),
    ],
)
def test_line_of_falls_back_to_nearest_written_parent(keypath, line):
    assert parse(LINES_DOCUMENT).line_of(keypath) == line


@pytest.mark.parametrize(
    "prefix", [pytest.param("", id="lf"), pytest.param("\ufeff", id="bom")]
)
def test_lines_count_from_the_file_start(prefix):
    result = parse(prefix + "---\r\ntitle: A\r\nvenue:\r\n  city: Rimouski\r\n---\r\n")
    assert result.lines == {("title",): 2, ("venue",): 3, ("venue", "city"): 4}


def test_line_of_on_a_bare_front_matter():
    assert FrontMatter().line_of(("title",)) == 1


# --- Duplicate keys -----------------------------------------------------------------

DUPLICATES = [
    pytest.param(
        document("title: A", "date: 2026-01-01", "title: B"),
        [(4, "duplicate_key", {"first": 2, "key": "title"})],
        id="top-level",
    ),
    pytest.param(
        document("venue:", "  city: Rimouski", "  name: Salle", "  city: Matane"),
        [(5, "duplicate_key", {"first": 3, "key": "venue.city"})],
        id="nested",
    ),
    pytest.param(
        document("program:", "  - title: A", "    room: 1", "    title: B"),
        [(5, "duplicate_key", {"first": 3, "key": "program[1].title"})],
        id="inside-list-item",
    ),
    pytest.param(
        document("a: 1", "a: 2", "a: 3"),
        [
            (3, "duplicate_key", {"first": 2, "key": "a"}),
            (4, "duplicate_key", {"first": 2, "key": "a"}),
        ],
        id="three-times-names-the-first",
    ),
    pytest.param(
        document("venue:", "  name: A", "online:", "  name: B"), [], id="same-key-in-two-mappings"
    ),
    pytest.param(
        document("program:", "  - title: A", "  - title: B"), [], id="same-key-in-two-list-items"
    ),
]


@pytest.mark.parametrize("text, problems", DUPLICATES)
def test_duplicate_keys(text, problems):
    assert parse(text).problems == problems


def test_duplicate_key_still_gives_data():
    result = parse(document("title: A", "title: B"))
    assert "title" in result.data


# --- YAML syntax errors (the table of broken files is in test_yaml_errors.py) ----------


def test_a_syntax_error_is_one_problem_with_the_line_the_field_and_both_languages():
    result = parse(document("title: A", "summary: Lieu: Rimouski"))
    assert result.data == {}
    assert result.problems == [(3, "yaml_syntax", {
        "detail": "un « : » dans une valeur ; mettez la valeur entre guillemets",
        "detail_en": "a ':' inside a value; put the value in quotes",
        "key": "summary",
    })]


def test_control_character_is_a_syntax_problem_not_an_exception():
    (line, code, params), = parse(document("title: A", "summary: a\x01b")).problems
    assert (line, code, params["key"]) == (3, "yaml_syntax", "summary")
    assert "caractère invisible" in params["detail"] and "control" in params["detail_en"]


# --- load_yaml ------------------------------------------------------------------------


def test_load_yaml_counts_lines_from_first_line():
    data, lines, problems = load_yaml("a: 1\nb:\n  c: 2\n", first_line=10)
    assert data == {"a": "1", "b": {"c": "2"}}
    assert lines == {("a",): 10, ("b",): 11, ("b", "c"): 12}
    assert problems == []


def test_load_yaml_default_first_line_is_1():
    _, lines, _ = load_yaml("- name: Nantes\n  country: FR\n")
    assert lines == {(0,): 1, (0, "name"): 1, (0, "country"): 2}


@pytest.mark.parametrize(
    "first_line, line", [pytest.param(1, 2, id="from-1"), pytest.param(10, 11, id="from-10")]
)
def test_load_yaml_syntax_error_line_follows_first_line(first_line, line):
    data, _, problems = load_yaml("a: 1\nb: x: y\n", first_line=first_line)
    assert data is None
    assert [(problem_line, code) for problem_line, code, _ in problems] == [(line, "yaml_syntax")]


@pytest.mark.parametrize("text", [pytest.param("", id="empty"), pytest.param("# comment\n", id="comment-only")])
def test_load_yaml_of_nothing(text):
    assert load_yaml(text) == (None, {}, [])


def test_load_yaml_list_at_top():
    data, _, problems = load_yaml("- 18:00\n- no\n")
    assert (data, problems) == (["18:00", "no"], [])
