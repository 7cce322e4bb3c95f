"""YAML syntax errors said where the editor must look, in the editor's language.

PyYAML reports where it gave up (`problem_mark`), often lines after the mistake:
an unclosed quote is found at the end of the front matter. Its `context_mark`
is usually where the trouble began (the opening quote or bracket, the line
without its colon). `explain` picks the line to show, the field it belongs to
(the top-level key on or above that line) and a message in French and
English; PyYAML's own English never reaches a French message.
"""

import re

import yaml

from . import limits
from .i18n import N_, words
from .shapes import Params

# What the limits' pre-pass refuses before any node is built (header.TextLoader).
ANCHOR_PROBLEM = "anchors and aliases are not allowed"
DEPTH_PROBLEM = "nested too deep"
SIZE_PROBLEM = "too many values"
LIMITS = {ANCHOR_PROBLEM: "anchor", DEPTH_PROBLEM: "too_deep", SIZE_PROBLEM: "too_big"}
LIMIT_VALUES = {"too_deep": limits.MAX_YAML_DEPTH, "too_big": limits.MAX_YAML_EVENTS}

# reason: its French words, marked for the catalog (theme/translations has the English);
# %(quote)s, %(char)s, %(limit)s come from the error. %(problem)s is PyYAML's own (English) words,
# given to English messages only: a French message gets "" (the French never quotes PyYAML).
REASONS = {
    "unclosed_quote": N_("la valeur s'ouvre par %(quote)s sur cette ligne et ce guillemet n'est jamais fermé ; ajoutez %(quote)s à la fin de la valeur"),
    "quote_inside": N_("la valeur entre guillemets se termine avant la fin de la ligne ; dans une valeur entre apostrophes, doublez l'apostrophe ('') ou mettez toute la valeur entre guillemets droits \"…\""),
    "unclosed_bracket": N_("le crochet « [ » ouvert sur cette ligne n'est jamais fermé ; terminez la liste par « ] » sur la même ligne"),
    "unclosed_brace": N_("l'accolade « { » ouverte sur cette ligne n'est jamais fermée ; terminez-la par « } » sur la même ligne"),
    "tab": N_("une tabulation ; indentez avec des espaces"),
    "indent": N_("indentation incorrecte : alignez ce champ sur les autres champs du même niveau (avec des espaces)"),
    "missing_colon": N_("il manque « : » après le nom du champ ; écrivez « nom: valeur »"),
    "colon_in_value": N_("un « : » dans une valeur ; mettez la valeur entre guillemets"),
    "alias": N_("un « * » en début de valeur ; mettez la valeur entre guillemets"),
    "anchor": N_("un « & » ou un « * » en début de valeur : les ancres et alias YAML ne sont pas permis ; mettez la valeur entre guillemets"),
    "too_deep": N_("plus de %(limit)s niveaux de listes ou de sous-champs imbriqués"),
    "too_big": N_("plus de %(limit)s valeurs dans l'en-tête"),
    "reserved_start": N_("une valeur ne peut pas commencer par « %(char)s » ; mettez la valeur entre guillemets"),
    "control_character": N_("un caractère invisible (de contrôle) ; effacez-le et retapez le texte autour"),
    "unexpected_end": N_("l'en-tête se termine au milieu d'une valeur ; vérifiez les guillemets et les crochets de cette ligne"),
    "generic": N_("la syntaxe n'est pas valide à cette ligne%(problem)s ; vérifiez les guillemets, les « : » et l'indentation (des espaces, pas de tabulation)"),
}

KEY_LINE = re.compile(r"^(\s*)(?:-\s+)?([^\s:#'\"\[\]{}][^:#]*?)\s*:(?:\s|$)")
TOP_LEVEL = re.compile(r"^([^\s#:?\-\[\]{}'\"][^:\s#]*)")
QUOTES = "\"'"
# Where to look and why: (line index, key of REASONS, values for its message).
Located = tuple[int, str, dict[str, object]]


def explain(error: yaml.YAMLError, yaml_text: str) -> tuple[int, Params]:
    """(index of the line to show in yaml_text, from 0, params of the yaml_syntax problem).

    The params: `detail` (French), `detail_en` (English), `key` (the top-level field, or "").
    """
    lines = yaml_text.splitlines() or [""]
    index, reason, values = _locate(error, lines)
    index = min(max(index, 0), len(lines) - 1)
    values = {"quote": "", "char": "", "limit": LIMIT_VALUES.get(reason, ""), **values}
    french = words("fr", REASONS[reason], problem="", **values)
    english = words("en", REASONS[reason], problem=f" ({_problem(error)})", **values)
    return index, {"detail": french, "detail_en": english, "key": field_at(lines, index)}


def _problem(error: yaml.YAMLError) -> str:
    problem = getattr(error, "problem", None) or str(error).splitlines()[0]
    return problem.strip()


def _locate(error: yaml.YAMLError, lines: list[str]) -> Located:
    """(line index, reason, values) for a PyYAML error."""
    if isinstance(error, yaml.reader.ReaderError):
        return _found(_line_of_position(lines, error.position), "control_character")
    problem = getattr(error, "problem", None) or ""
    context = getattr(error, "context", None) or ""
    problem_mark = getattr(error, "problem_mark", None)
    context_mark = getattr(error, "context_mark", None)
    at = problem_mark.line if problem_mark else (context_mark.line if context_mark else 0)
    began = context_mark.line if context_mark else at
    if problem in LIMITS:
        return _found(at, LIMITS[problem])
    for index in dict.fromkeys((at, began)):
        if index < len(lines) and "\t" in _indentation(lines[index]):
            return _found(index, "tab")
    if "tab" in problem:
        return _found(at, "tab")
    if "quoted scalar" in context:
        return _found(began, "unclosed_quote", quote=_char_at(lines, context_mark, default='"'))
    if "flow sequence" in context or "flow mapping" in context:
        return _found(began, "unclosed_brace" if "mapping" in context else "unclosed_bracket")
    if "could not find expected ':'" in problem:
        return _found(began, "missing_colon")
    if "alias" in context or "alias" in problem:
        return _found(at, "alias")
    if problem.startswith("mapping values are not allowed"):
        return _colon(lines, at, problem_mark.column if problem_mark else 0)
    if "expected key" in problem or "expected <block end>" in problem or "expected '-'" in problem:
        opened = _unclosed_above(lines, at)
        if opened:
            return _found(opened[0], "unclosed_quote", quote=opened[1])
        if _value(lines[at] if at < len(lines) else "")[:1] in QUOTES and _value(lines[at]):
            return _found(at, "quote_inside")
        return _found(at, "indent")
    if "cannot start any token" in problem:
        return _found(at, "reserved_start", char=_char_at(lines, problem_mark, default="?"))
    if "unexpected end" in problem:
        return _found(began, "unexpected_end")
    return _found(at, "generic")


def _found(index: int, reason: str, **values: object) -> Located:
    return index, reason, values


def _colon(lines: list[str], index: int, column: int) -> Located:
    """A ': ' PyYAML did not expect: inside a value, or a field line after a mistake."""
    line = lines[index] if index < len(lines) else ""
    match = KEY_LINE.match(line)
    if not match or line.find(":", match.start(2)) != column:  # not the colon after a field name
        return _found(index, "colon_in_value")
    previous = next((i for i in range(index - 1, -1, -1) if lines[i].strip() and not lines[i].lstrip().startswith("#")), None)
    if previous is not None and not KEY_LINE.match(lines[previous]) and not lines[previous].lstrip().startswith("-"):
        return _found(previous, "missing_colon")
    return _found(index, "indent")


def _unclosed_above(lines: list[str], index: int) -> tuple[int, str] | None:
    """(line, quote) of a quoted value opened above `index` and not closed on its line."""
    for number in range(min(index, len(lines)) - 1, -1, -1):
        value = _value(lines[number])
        if value[:1] in QUOTES and value and not _closes(value):
            return number, value[0]
    return None


def _closes(value: str) -> bool:
    quote, rest = value[0], value[1:]
    if quote == "'":
        return "'" in rest.replace("''", "")
    return re.search(r'(?<!\\)(?:\\\\)*"', rest) is not None


def _value(line: str) -> str:
    """The value of a `key: value` line, stripped; "" for other lines."""
    match = KEY_LINE.match(line)
    return line[match.end():].strip() if match else ""


def _indentation(line: str) -> str:
    return line[: len(line) - len(line.lstrip(" \t"))]


def _char_at(lines: list[str], mark: yaml.Mark | None, default: str) -> str:
    if mark is None or mark.line >= len(lines) or mark.column >= len(lines[mark.line]):
        return default
    return lines[mark.line][mark.column]


def _line_of_position(lines: list[str], position: int) -> int:
    seen = 0
    for index, line in enumerate(lines):
        seen += len(line) + 1
        if position < seen:
            return index
    return len(lines) - 1


def field_at(lines: list[str], index: int) -> str:
    """The top-level field a line belongs to: the key on or above it ("" when none)."""
    for number in range(min(index, len(lines) - 1), -1, -1):
        match = TOP_LEVEL.match(lines[number])
        if match:
            return match.group(1)
    return ""
