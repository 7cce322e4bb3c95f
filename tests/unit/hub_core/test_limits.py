"""hub_core.limits: each limit of what editors may write is one problem, on its line
and field, in French and English; values just inside the limits pass."""

import tracemalloc

import pytest

from hub_core import header, limits
from hub_core.items import read_item
from hub_core.recurrence import occurrences
from hub_core.validate import validate

PATH = "content/x.md"
EVENT = [
    "title: Atelier",  # 2
    "date: 2026-09-01",  # 3
    "start: 2026-10-07",  # 4
    "venue: {name: Salle, city: Rimouski}",  # 5
]
EXTRA = 6  # line of the first extra line


def event(*extra, replace=None):
    lines = [replace.get(line.split(":")[0], line) if replace else line for line in EVENT]
    return "---\n" + "\n".join(lines + list(extra)) + "\n---\nTexte.\n"


def problems_of(text, site):
    _values, problems = validate("event", header.parse(text), site, PATH)
    return sorted((p.line, p.field, p.code) for p in problems if p.is_error)


BOMB = "".join(
    f"{chr(97 + i)}: &{chr(97 + i)} [{','.join(['*' + chr(96 + i)] * 9) if i else ','.join(['lol'] * 9)}]\n" for i in range(9)
)

CASES = [
    # Inside the limits
    pytest.param(event(), [], id="valid"),
    pytest.param(event(replace={"title": "title: " + "a" * limits.MAX_TITLE_LENGTH}), [], id="longest-title"),
    pytest.param(event("tags: [Numérique\t régional]"), [(EXTRA, "tags[1]", "control_character")], id="tab-in-tag"),
    pytest.param(event('summary: "Première ligne\\n\\tseconde"'), [], id="newline-and-tab-in-summary"),
    pytest.param(event("registration: {url: 'https://example.org/', price: 1000000}"), [], id="largest-price"),
    pytest.param(event(replace={"start": "start: 1900-01-01"}), [], id="first-year"),
    pytest.param(event(replace={"start": "start: 2200-12-31"}), [], id="last-year"),
    pytest.param(event(replace={"start": "start: 2026-10-07T09:00+14:00"}), [], id="largest-offset"),
    pytest.param(event(replace={"start": "start: 2026-10-07T09:00-12:00"}), [], id="smallest-offset"),
    pytest.param(event("recurrence: {rule: 'FREQ=DAILY', count: 1000}"), [], id="largest-count"),
    pytest.param(event("recurrence: {rule: 'FREQ=WEEKLY;COUNT=1000'}"), [], id="largest-count-in-rule"),
    pytest.param(event("recurrence: {rule: 'FREQ=MONTHLY', until: 2026-10-07}"), [], id="until-on-start"),
    pytest.param(event("tags: [" + ", ".join(["[" * 7 + "x" + "]" * 7]) + "]"), [(EXTRA, "tags[1]", "expected_text_not_list")], id="nesting-within-limit"),
    # Past them
    pytest.param(event(replace={"title": "title: " + "a" * (limits.MAX_TITLE_LENGTH + 1)}), [(2, "title", "too_long")], id="title-too-long"),
    pytest.param(event("tags: [" + "t" * 101 + "]"), [(EXTRA, "tags[1]", "too_long")], id="tag-too-long"),
    pytest.param(event("slug: " + "a" * 121), [(EXTRA, "slug", "too_long")], id="slug-too-long"),
    pytest.param(event(replace={"title": 'title: "Atelier\\u0001"'}), [(2, "title", "control_character")], id="soh-in-title"),
    pytest.param(event(replace={"title": 'title: "Ate\\x85lier"'}), [(2, "title", "control_character")], id="c1-in-title"),
    pytest.param(event(replace={"title": 'title: "Atelier\\nsuite"'}), [(2, "title", "control_character")], id="newline-in-title"),
    pytest.param(event('tags: ["a\\0"]'), [(EXTRA, "tags[1]", "control_character")], id="nul-in-tag"),
    pytest.param(event('category: "Santé\\x7f"'), [(EXTRA, "category", "control_character")], id="del-in-category"),
    pytest.param(event('summary: "texte \\x1b[31m"'), [(EXTRA, "summary", "control_character")], id="escape-in-summary"),
    pytest.param(event('summary: "\\ud800"'), [(EXTRA, "summary", "yaml_syntax")], id="lone-surrogate"),
    pytest.param(event("registration: \"https://example.org/a\\r\\nX: 1\""), [(EXTRA, "registration", "control_character")], id="crlf-in-url"),
    pytest.param(event("registration: {url: 'https://example.org/', price: 1000001}"), [(EXTRA, "registration.price", "number_too_large")], id="price-too-large"),
    pytest.param(event("attendance: " + "9" * 40), [(EXTRA, "attendance", "number_too_large")], id="forty-digit-attendance"),
    pytest.param(event(replace={"start": "start: 1899-12-31"}), [(4, "start", "year_range")], id="year-1899"),
    pytest.param(event(replace={"start": "start: 0001-01-01"}), [(4, "start", "year_range")], id="year-0001"),
    pytest.param(event(replace={"date": "date: 9999-12-31 23:00"}), [(3, "date", "year_range")], id="year-9999"),
    pytest.param(event("end: 2201-01-01"), [(EXTRA, "end", "year_range")], id="year-2201"),
    pytest.param(event(replace={"start": "start: 2026-10-07T09:00+99:00"}), [(4, "start", "utc_offset")], id="offset-99"),
    pytest.param(event(replace={"start": "start: 2026-10-07T09:00-13:00"}), [(4, "start", "utc_offset")], id="offset-minus-13"),
    pytest.param(event(replace={"start": "start: 2026-10-07T09:00+05:75"}), [(4, "start", "utc_offset")], id="offset-75-minutes"),
    pytest.param(event("recurrence: {rule: 'FREQ=MINUTELY', count: 10}"), [(EXTRA, "recurrence.rule", "rrule_frequency")], id="minutely"),
    pytest.param(event("recurrence: {rule: 'FREQ=SECONDLY'}"), [(EXTRA, "recurrence.rule", "rrule_frequency")], id="secondly"),
    pytest.param(event("recurrence: {rule: 'FREQ=HOURLY'}"), [(EXTRA, "recurrence.rule", "rrule_frequency")], id="hourly"),
    pytest.param(event("recurrence: {rule: 'FREQ=DAILY', count: 1001}"), [(EXTRA, "recurrence.count", "number_too_large")], id="count-too-large"),
    pytest.param(event("recurrence: {rule: 'FREQ=DAILY;COUNT=100000'}"), [(EXTRA, "recurrence.rule", "number_too_large")], id="count-in-rule-too-large"),
    pytest.param(event("recurrence: {rule: 'FREQ=DAILY;UNTIL=99991231'}"), [(EXTRA, "recurrence.rule", "rrule_until")], id="until-in-rule"),
    pytest.param(event("recurrence: {rule: 'FREQ=MONTHLY', until: 2026-10-06}"), [(EXTRA, "recurrence.until", "end_before_start")], id="until-before-start"),
    pytest.param(event("tags: " + "[" * 11 + "x" + "]" * 11), [(EXTRA, "tags", "yaml_syntax")], id="nesting-too-deep"),
    pytest.param(event("tags: " + "[" * 5000 + "x" + "]" * 5000), [(EXTRA, "tags", "yaml_syntax")], id="nesting-thousands-deep"),
    pytest.param(event("x: &a [1]", "y: *a"), [(EXTRA, "x", "yaml_syntax")], id="anchor"),
    pytest.param("---\ntitle: Bombe\n" + BOMB + "---\n", [(3, "a", "yaml_syntax")], id="alias-bomb"),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_limits(text, expected, site):
    assert problems_of(text, site) == sorted(expected)
    for _values, problem in [validate("event", header.parse(text), site, PATH)]:
        for each in problem:
            assert each.render("fr") and each.render("en")  # every message renders in both languages


def test_a_title_whose_slug_is_too_long_asks_for_a_shorter_slug(site):
    title = " ".join(["Dîner réseautage des entrepreneurs"] * 5)  # 174 characters of slug
    item = read_item("events/x.md", event(replace={"title": f"title: {title}"}), site)
    assert [(p.line, p.field, p.code) for p in item.problems] == [(2, "title", "slug_too_long")]
    assert "ajoutez un slug plus court" in item.problems[0].render("fr")
    item = read_item("events/x.md", event("slug: diner-reseautage", replace={"title": f"title: {title}"}), site)
    assert item.problems == [] and item.slug == "diner-reseautage"


def test_the_alias_bomb_is_refused_before_it_grows():
    tracemalloc.start()
    data, _lines, problems = header.load_yaml("title: Bombe\n" + BOMB, first_line=2)
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert data is None
    assert [code for _line, code, _params in problems] == ["yaml_syntax"]
    assert peak < 5_000_000  # bytes: the events, never the expansion (gigabytes)


def test_an_alias_without_anchor_keeps_its_hint():
    _data, _lines, problems = header.load_yaml("title: *important*\n")
    assert problems and problems[0][1] == "yaml_syntax"


@pytest.mark.parametrize(
    "text, found",
    [
        ("plain text, accents é, guillemets « »", None),
        ("tab\tand\nnewline", None),
        ("bell\a", "U+0007"),
        ("delete\x7f", "U+007F"),
        ("next line\x85", "U+0085"),
        ("non-character\uffff", "U+FFFF"),
    ],
)
def test_forbidden_character(text, found):
    assert limits.forbidden_character(text) == found


def test_a_rule_that_never_matches_stops_at_the_horizon():
    import datetime as dt

    # February 30th never comes: the expansion stops MAX_RECURRENCE_YEARS later, not in the year 9999.
    rule = {"rule": "FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30", "count": 5}
    assert list(occurrences(dt.date(2026, 1, 1), dt.date(2026, 1, 1), rule)) == []


def test_the_quick_search_finds_every_character_the_rule_refuses():
    """forbidden_character reads a text character by character only when CANDIDATES finds one:
    the two must agree on every code point, or a forbidden character would slip through."""
    import unicodedata

    for point in range(0x110000):
        character = chr(point)
        refused = unicodedata.category(character) in ("Cc", "Cs") or character in "\ufffe\uffff"
        assert bool(limits.CANDIDATES.search(character)) == refused, f"U+{point:04X}"


@pytest.mark.parametrize("allowed", [frozenset(), limits.ALLOWED_CONTROLS, frozenset("\t\r\n")])
@pytest.mark.parametrize("text", ["", "é" * 50, "a\tb", "a\r\nb", "x\x00", "\ud800", "fin\x9f"])
def test_forbidden_character_with_each_allowed_set(text, allowed):
    expected = next(
        (f"U+{ord(c):04X}" for c in text if c not in allowed and (c in "\ufffe\uffff" or ord(c) < 0x20 or 0x7F <= ord(c) <= 0x9F or 0xD800 <= ord(c) <= 0xDFFF)),
        None,
    )
    assert limits.forbidden_character(text, allowed) == expected
