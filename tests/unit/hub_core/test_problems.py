"""hub_core.problems: messages in French and English, the report line shape,
the language of messages, and every problem code the library raises."""

import ast
import re
from pathlib import Path

import pytest

import hub_core
from hub_core.i18n import message_catalogs
from hub_core.problems import ERROR, MESSAGES, WARNING, ContentErrors, Problem, message_language, sort_problems

SOURCE = Path(hub_core.__file__).parent
ENGLISH = message_catalogs().catalogs["en"]


def placeholders(template):
    return set(re.findall(r"%\((\w+)\)s", template))


def english(code):
    """The English words of a code's message: its msgstr in theme/translations (the catalog)."""
    entry = ENGLISH.get(MESSAGES[code])
    return entry.string if entry is not None and not entry.fuzzy else ""


# --- Rendering ----------------------------------------------------------------

END_BEFORE_START = Problem(
    "content/events/foo.md", 7, "end", "end_before_start", {"value": "2026-10-06", "start": "2026-10-07"}
)

RENDER = [
    pytest.param(END_BEFORE_START, "en", "content/events/foo.md:7: end: 2026-10-06 is before start 2026-10-07", id="error-en"),
    pytest.param(END_BEFORE_START, "fr", "content/events/foo.md:7: end: 2026-10-06 est avant le début 2026-10-07", id="error-fr"),
    pytest.param(
        Problem("content/events/foo.md", 9, "strat", "unknown_field", {"suggestion": "start"}, WARNING),
        "en",
        "content/events/foo.md:9: strat: warning: unknown field; did you mean 'start'?",
        id="warning-en",
    ),
    pytest.param(
        Problem("content/events/foo.md", 9, "strat", "unknown_field", {"suggestion": "start"}, WARNING),
        "fr",
        "content/events/foo.md:9: strat: avertissement : champ inconnu ; vouliez-vous dire « start » ?",
        id="warning-fr",
    ),
    pytest.param(
        Problem("content/blog/a.md", 1, "", "no_front_matter"),
        "en",
        "content/blog/a.md:1: -: the file must start with a YAML front matter between two '---' lines",
        id="no-field-shows-dash",
    ),
    pytest.param(
        Problem("content/blog/a.md", 3, "", "yaml_syntax", {"detail": "une tabulation", "detail_en": "a tab"}),
        "fr",
        "content/blog/a.md:3: -: YAML invalide : une tabulation",
        id="yaml-fr-detail",
    ),
    pytest.param(
        Problem("content/blog/a.md", 3, "", "yaml_syntax", {"detail": "une tabulation", "detail_en": "a tab"}),
        "en",
        "content/blog/a.md:3: -: invalid YAML: a tab",
        id="yaml-en-detail",
    ),
    pytest.param(END_BEFORE_START, "de", "content/events/foo.md:7: end: 2026-10-06 est avant le début 2026-10-07", id="other-language-is-french"),
]  # fmt: skip


@pytest.mark.parametrize("problem, lang, line", RENDER)
def test_render(problem, lang, line):
    assert problem.render(lang) == line


def test_render_defaults_to_french():
    assert END_BEFORE_START.render() == END_BEFORE_START.render("fr")


def test_severity():
    assert END_BEFORE_START.severity == ERROR and END_BEFORE_START.is_error
    warning = Problem("a.md", 1, "x", "unknown_field_no_suggestion", {}, WARNING)
    assert not warning.is_error


def test_problems_compare_without_params():
    assert Problem("a.md", 1, "x", "empty", {"a": 1}) == Problem("a.md", 1, "x", "empty", {"b": 2})
    assert hash(Problem("a.md", 1, "x", "empty", {"a": 1})) == hash(Problem("a.md", 1, "x", "empty"))
    assert Problem("a.md", 1, "x", "empty") != Problem("a.md", 2, "x", "empty")


# --- ContentErrors ------------------------------------------------------------------

def test_content_errors_counts_errors_only():
    problems = [
        END_BEFORE_START,
        Problem("a.md", 2, "title", "required"),
        Problem("a.md", 3, "strat", "unknown_field", {"suggestion": "start"}, WARNING),
    ]
    assert str(ContentErrors(problems)) == "2 erreur(s) de contenu ; rien n'a été publié"
    assert str(ContentErrors(problems, "en")) == "2 content error(s); nothing was published"
    assert ContentErrors(iter(problems)).problems == problems


# --- Language of messages -------------------------------------------------------------

LANGUAGES = [
    pytest.param({}, "fr", id="nothing-set"),
    pytest.param({"LANG": ""}, "fr", id="empty-LANG"),
    pytest.param({"LANG": "C.UTF-8"}, "fr", id="C-locale"),
    pytest.param({"LANG": "POSIX"}, "fr", id="POSIX"),
    pytest.param({"LANG": "fr_CA.UTF-8"}, "fr", id="fr_CA"),
    pytest.param({"LANG": "en_CA.UTF-8"}, "en", id="en_CA"),
    pytest.param({"LANG": "en_US"}, "en", id="en_US"),
    pytest.param({"HUB_LANG": "en"}, "en", id="HUB_LANG-en"),
    pytest.param({"HUB_LANG": "EN"}, "en", id="HUB_LANG-capitals"),
    pytest.param({"HUB_LANG": "fr", "LANG": "en_CA.UTF-8"}, "fr", id="HUB_LANG-wins-over-LANG"),
    pytest.param({"HUB_LANG": "en", "LANG": "fr_CA.UTF-8"}, "en", id="HUB_LANG-en-wins"),
    pytest.param({"HUB_LANG": "", "LANG": "en_CA.UTF-8"}, "en", id="empty-HUB_LANG-ignored"),
    pytest.param({"LC_ALL": "en_CA.UTF-8", "LANG": "fr_CA.UTF-8"}, "en", id="LC_ALL-over-LANG"),
    pytest.param({"LC_MESSAGES": "en_GB.UTF-8", "LANG": "fr_CA.UTF-8"}, "en", id="LC_MESSAGES-over-LANG"),
]


@pytest.mark.parametrize("environ, lang", LANGUAGES)
def test_message_language(environ, lang):
    assert message_language(environ) == lang


def test_message_language_reads_the_process_environment(monkeypatch):
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("HUB_LANG", "en")
    assert message_language() == "en"
    monkeypatch.setenv("HUB_LANG", "fr")
    assert message_language() == "fr"


# --- Order --------------------------------------------------------------------------------

def test_sort_problems_by_path_line_field_code():
    expected = [
        Problem("content/blog/a.md", 1, "", "no_front_matter"),
        Problem("content/events/a.md", 2, "title", "empty"),
        Problem("content/events/a.md", 7, "end", "end_before_start"),
        Problem("content/events/a.md", 10, "format", "choice"),
        Problem("content/events/a.md", 10, "venue", "expected_mapping"),
        Problem("content/events/a.md", 10, "venue", "required_when"),
        Problem("content/events/b.md", 1, "", "mission_without_description"),
    ]
    shuffled = [expected[i] for i in (4, 6, 0, 3, 1, 5, 2)]
    assert sort_problems(shuffled) == expected
    assert sort_problems([]) == []


# --- Every code formats ------------------------------------------------------------------

# Messages that carry a phrase of their own in each language: `x` in French, its twin `x_en` in English.
TEXT_PARAMS = {"yaml_syntax": {"detail"}, "unknown_field_seen": {"without"}}


@pytest.mark.parametrize("code", sorted(MESSAGES))
def test_every_message_has_french_and_english_with_the_same_placeholders(code):
    french = MESSAGES[code]
    assert french and english(code) and french != english(code)
    assert placeholders(french) == placeholders(english(code))
    assert TEXT_PARAMS.get(code, set()) <= placeholders(french)


@pytest.mark.parametrize("code", sorted(MESSAGES))
def test_every_message_renders_with_its_placeholders(code):
    params = {name: f"<{name}>" for name in placeholders(MESSAGES[code])}
    params.update({f"{name}_en": f"<{name}_en>" for name in TEXT_PARAMS.get(code, ())})
    problem = Problem("content/x.md", 3, "field", code, params)
    rendered = {}
    for lang in ("fr", "en"):
        rendered[lang] = text = problem.render(lang)
        assert text.startswith("content/x.md:3: field: ")
        assert "%(" not in text and "{" not in text and "}" not in text
    for name in TEXT_PARAMS.get(code, ()):  # the English message says the English twin
        assert f"<{name}>" in rendered["fr"] and f"<{name}_en>" not in rendered["fr"]
        assert f"<{name}_en>" in rendered["en"] and f"<{name}>" not in rendered["en"]


def _codes_raised_in_source():
    """(module, line, code, params or None) for every problem code written in hub_core and in
    the checks plugins register with it (plugins/hub_*/checks.py, hub_core.registry).

    Forms: report(keypath, code, ..., **params); Problem(path, line, field, code, {params});
    ProblemError(code, **params) (once TimeError, Invalid); crosscheck's expect(keypath, value,
    kind, code); a code chosen by `a if x else b`; header's (line, code, {params})
    tuples; places' (code, {params}) pairs; split's ValueError(code). params is None when
    they are passed on dynamically (**something).
    """
    found = []
    for path in sorted(SOURCE.glob("*.py")) + sorted(SOURCE.parent.glob("hub_*/checks.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            code, params = None, None
            if isinstance(node, ast.Call):
                name = getattr(node.func, "attr", None) or getattr(node.func, "id", None)
                # expect(keypath, value, kind, code) is crosscheck's helper around Problem.
                position = {"report": 1, "Problem": 3, "ProblemError": 0, "TimeError": 0, "Invalid": 0, "ValueError": 0, "expect": 3}.get(name)
                if position is None or len(node.args) <= position:
                    continue
                argument = node.args[position]
                if isinstance(argument, ast.IfExp):  # "empty" if empty else "required"
                    for branch in (argument.body, argument.orelse):
                        if isinstance(branch, ast.Constant) and isinstance(branch.value, str):
                            found.append((path.relative_to(SOURCE.parent).as_posix(), node.lineno, branch.value, None))
                    continue
                if not (isinstance(argument, ast.Constant) and isinstance(argument.value, str)):
                    continue
                code = argument.value
                if name == "ValueError" and code not in MESSAGES and " " in code:
                    continue  # an ordinary ValueError message, not a code
                if name == "Problem":
                    given = node.args[4] if len(node.args) > 4 else next((k.value for k in node.keywords if k.arg == "params"), None)
                    if given is None:
                        params = set()
                    elif isinstance(given, ast.Dict) and all(isinstance(k, ast.Constant) for k in given.keys):
                        params = {k.value for k in given.keys}
                elif name == "expect":
                    params = {"value"}
                else:
                    keywords = [k.arg for k in node.keywords]
                    if None not in keywords:  # no **params
                        params = set(keywords) - {"severity"}
            elif isinstance(node, ast.Tuple) and len(node.elts) in (2, 3):
                *_, first, second = node.elts if len(node.elts) == 3 else (None, *node.elts)
                if isinstance(first, ast.Constant) and isinstance(first.value, str) and isinstance(second, ast.Dict):
                    code = first.value
                    if all(isinstance(k, ast.Constant) for k in second.keys):
                        params = {k.value for k in second.keys}
            if code is not None:
                found.append((path.relative_to(SOURCE.parent).as_posix(), node.lineno, code, params))
    return found


RAISED = _codes_raised_in_source()


def test_the_source_scan_finds_the_codes():
    codes = {code for _, _, code, _ in RAISED}
    assert {
        "required", "empty", "end_before_start", "duplicate_key", "nonexistent_time",
        "duplicate_slug", "unknown_organizer", "unknown_event", "no_front_matter",
    } <= codes  # fmt: skip


@pytest.mark.parametrize("module, line, code, params", RAISED, ids=[f"{m}-{c}" for m, _, c, _ in RAISED])
def test_every_code_written_in_the_source_has_a_message_and_its_params(module, line, code, params):
    assert code in MESSAGES, f"{module}:{line}: code {code!r} has no message"
    if params is not None:
        needed = placeholders(MESSAGES[code]) | {f"{name}_en" for name in TEXT_PARAMS.get(code, ())}
        assert needed <= params, f"{module}:{line}: {code} needs {needed - params}"
